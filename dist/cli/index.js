#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 57:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(434)


/***/ }),

/***/ 587:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(587)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(580)
const FIFO = __nccwpck_require__(867)
const TextDecoder = __nccwpck_require__(934)

const StreamError = __nccwpck_require__(657)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 657:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 775:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(204)
const FIFO = __nccwpck_require__(867)
const b4a = __nccwpck_require__(57)
const headers = __nccwpck_require__(428)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(57)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(763)
/* unused reexport */ __nccwpck_require__(861)


/***/ }),

/***/ 861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(204)
const b4a = __nccwpck_require__(57)

const constants = __nccwpck_require__(775)
const headers = __nccwpck_require__(428)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(256)
const UTF8Decoder = __nccwpck_require__(414)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(57)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(57)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 926:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _runner_env_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(944);
/* harmony import */ var _sizes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7);
/**
 * The `hoist-sizes` command (package.json `bin`, bundled to dist/cli/index.js): the step's
 * size report for an image on a laptop. Usage and exit codes: docs/sizes-cli.md.
 */


process.exitCode = await (0,_sizes_js__WEBPACK_IMPORTED_MODULE_1__/* .runSizes */ .kj)(process.argv.slice(2), (0,_sizes_js__WEBPACK_IMPORTED_MODULE_1__/* .processIo */ .Wr)((0,_runner_env_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunEnv */ .pu)(), process.stdout, process.stderr));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Wr: () => (/* binding */ processIo),
  kj: () => (/* binding */ runSizes)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(643);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: ./src/registry/reference.ts
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const NAME_MAX = 255;
class reference_InvalidReferenceError extends Error {
}
/** Parses and normalises `ref`; throws InvalidReferenceError saying what is wrong with it. */
function reference_parseReference(ref) {
    const match = REFERENCE.exec(ref);
    if (!match) {
        throw new reference_InvalidReferenceError(explainBadReference(ref));
    }
    const name = match[1];
    if (name.length > NAME_MAX) {
        throw new reference_InvalidReferenceError(`repository name is longer than ${NAME_MAX} characters`);
    }
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    const hasDomain = first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost');
    let domain = hasDomain ? first : 'docker.io';
    let path = hasDomain ? name.slice(slash + 1) : name;
    if (domain === 'index.docker.io')
        domain = 'docker.io';
    if (domain === 'docker.io' && !path.includes('/'))
        path = `library/${path}`;
    return { domain, path, tag: match[2], digest: match[3] };
}
function explainBadReference(ref) {
    if (ref.trim() !== ref || /\s/.test(ref))
        return 'it contains whitespace';
    const withoutDigest = ref.split('@')[0];
    const lastColon = withoutDigest.lastIndexOf(':');
    const name = lastColon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, lastColon) : withoutDigest;
    const repo = name.includes('/') && /[.:]|^localhost$/.test(name.split('/')[0]) ? name.slice(name.indexOf('/') + 1) : name;
    if (/[A-Z]/.test(repo))
        return `the repository '${repo}' has uppercase letters; repository names must be lowercase (e.g. '${repo.toLowerCase()}')`;
    if (lastColon > withoutDigest.lastIndexOf('/') && !new RegExp(`^${TAG}$`).test(withoutDigest.slice(lastColon + 1))) {
        return `the tag '${withoutDigest.slice(lastColon + 1)}' is not valid: up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`;
    }
    if (ref.includes('://'))
        return 'it is a URL; write the registry host without a scheme (e.g. ghcr.io/acme/app:1.0)';
    return 'it is not a valid image reference (form: [registry[:port]/]repository[:tag][@digest])';
}
/** A sha256 content digest as registries and BuildKit write it; for values read from untrusted files. */
function isSha256Digest(value) {
    return typeof value === 'string' && /^sha256:[0-9a-f]{64}$/.test(value);
}
/** `domain/path` as docker prints it (docker.io kept, so it is unambiguous). */
function repositoryName(ref) {
    return `${ref.domain}/${ref.path}`;
}
/** The host to talk HTTP(S) to: Docker Hub's API lives at registry-1.docker.io. */
function registryHost(domain) {
    return domain === 'docker.io' ? 'registry-1.docker.io' : domain;
}
/** A branch name as a tag: the characters tags allow, at most 128, like docker/metadata-action. */
function branchTag(branch) {
    return (branch
        .replace(/[^\w.-]/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128) || 'latest');
}

;// CONCATENATED MODULE: ./src/util/bytes.ts
/** Sizes in bytes, read from inputs and written for people. */
const UNITS = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
/** `20MB`, `20 MB`, `19.5MiB`, `1048576` → bytes; undefined when it is not a size. */
function bytes_parseSize(text) {
    const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?$/i.exec(text.trim());
    if (!m)
        return undefined;
    return Math.round(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]);
}
/** `10%` or a size; undefined when it is neither. */
function bytes_parseIncrease(text) {
    const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(text.trim());
    if (pct)
        return { percent: Number(pct[1]) };
    const bytes = bytes_parseSize(text);
    return bytes === undefined ? undefined : { bytes };
}
/** Decimal units (MB = 10^6), one decimal, as registries bill and `docker images` shows. */
function bytes_formatBytes(bytes) {
    const abs = Math.abs(bytes);
    if (abs >= 1e9)
        return `${(bytes / 1e9).toFixed(1)} GB`;
    if (abs >= 1e6)
        return `${(bytes / 1e6).toFixed(1)} MB`;
    if (abs >= 1e3)
        return `${(bytes / 1e3).toFixed(1)} kB`;
    return `${bytes} B`;
}

;// CONCATENATED MODULE: ./src/readback/files.ts
/**
 * Where an image's bytes are, from the files in its layers (`size-analysis: files`): the
 * largest files each layer adds, and the bytes wasted by file copies that a later layer
 * overwrites or deletes. Pure: the entries come from the layers' tar headers
 * (readback/layer-scan.ts), in the order the tar holds them.
 *
 * The layers stack as the OCI image spec applies changesets: a later entry replaces the
 * path (a directory over a directory merges); `.wh.<name>` hides <name>, and all below it,
 * of the layers beneath; `.wh..wh..opq` hides all its directory held beneath; a whiteout
 * never hides its own layer's entries, whatever their order in the tar. A hard link shares
 * its target's bytes: they are wasted only once no name of them is left.
 *
 * "Wasted" is dive's idea, counted differently on purpose: dive adds up every copy of a
 * path seen in more than one layer, the copy the image still shows included, and follows
 * neither an opaque directory nor a deleted directory into the files below it. hoist
 * counts the copies nothing in the final image shows, so an image that hides nothing
 * wastes 0 bytes, and a deleted directory wastes all it held.
 * Follows wagoodman/dive v0.13.1: dive/filetree/efficiency.go, dive/image/analysis.go.
 * Follows opencontainers/image-spec v1.1.1: layer.md.
 */
/** How many files each list keeps. */
const TOP_FILES = 10;
/** The `n` largest items seen, in a min-heap: memory stays at `n` however many are pushed. */
class TopN {
    n;
    key;
    heap = [];
    constructor(n, key) {
        this.n = n;
        this.key = key;
    }
    push(item) {
        const { heap, key } = this;
        if (this.n <= 0)
            return;
        if (heap.length < this.n) {
            heap.push(item);
            for (let i = heap.length - 1; i > 0;) {
                const parent = (i - 1) >> 1;
                if (key(heap[parent]) <= key(heap[i]))
                    break;
                [heap[parent], heap[i]] = [heap[i], heap[parent]];
                i = parent;
            }
            return;
        }
        if (key(item) <= key(heap[0]))
            return;
        heap[0] = item;
        for (let i = 0;;) {
            const [l, r] = [2 * i + 1, 2 * i + 2];
            let least = i;
            if (l < heap.length && key(heap[l]) < key(heap[least]))
                least = l;
            if (r < heap.length && key(heap[r]) < key(heap[least]))
                least = r;
            if (least === i)
                break;
            [heap[least], heap[i]] = [heap[i], heap[least]];
            i = least;
        }
    }
    /** Largest first; equal keys in the order `tie` gives. */
    sorted(tie = () => 0) {
        return [...this.heap].sort((a, b) => this.key(b) - this.key(a) || tie(a, b));
    }
}
const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
/** A tar name as path parts from the root (`./usr/bin/` → usr, bin); undefined for one that climbs out of it. */
function pathParts(name) {
    const parts = [];
    for (const part of name.split('/')) {
        if (part === '..')
            return undefined;
        if (part !== '' && part !== '.')
            parts.push(part);
    }
    return parts;
}
const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
/** The regular files one layer holds, the largest `top` of them by name from the root. */
function layerFiles(entries, top = TOP_FILES) {
    const largest = new TopN(top, f => f.size);
    let files = 0;
    let bytes = 0;
    for (const entry of entries) {
        const parts = entry.kind === 'file' ? pathParts(entry.path) : undefined;
        if (!parts?.length || parts[parts.length - 1].startsWith(WHITEOUT))
            continue;
        files++;
        bytes += entry.size;
        if (entry.size > 0)
            largest.push({ path: `/${parts.join('/')}`, size: entry.size });
    }
    return { files, bytes, largest: largest.sorted(byPath) };
}
/** The layers stacked one by one, counting the bytes each hides. */
class Stack {
    root = { held: { layer: -1, dir: true } };
    wasted = 0;
    fileBytes = 0;
    largest = new TopN(TOP_FILES, f => f.size);
    layer = 0;
    apply(layer, entries) {
        this.layer = layer;
        for (const entry of entries) {
            const parts = pathParts(entry.path);
            if (!parts?.length)
                continue;
            const name = parts[parts.length - 1];
            if (name.startsWith(WHITEOUT))
                this.whiteout(parts.slice(0, -1), name);
            else
                this.put(parts, entry);
        }
    }
    whiteout(dirParts, name) {
        const dir = this.find(dirParts);
        if (!dir?.children)
            return;
        if (name === OPAQUE) {
            for (const [child, node] of dir.children)
                if (this.hideBelow(node, this.layer, 'deleted'))
                    dir.children.delete(child);
        }
        else if (!name.startsWith(`${WHITEOUT}${WHITEOUT}`)) {
            // `.wh..wh.<x>` other than the opaque marker is aufs's bookkeeping, not a deletion.
            const target = name.slice(WHITEOUT.length);
            const node = dir.children.get(target);
            if (node && this.hideBelow(node, this.layer, 'deleted'))
                dir.children.delete(target);
        }
    }
    put(parts, entry) {
        let node = this.root;
        for (const part of parts.slice(0, -1)) {
            node = this.child(node, part);
            // A file where this layer now has a directory: the file is gone.
            if (node.held && !node.held.dir)
                this.hide(node, 'deleted');
            node.held ??= { layer: this.layer, dir: true };
        }
        const target = this.child(node, parts[parts.length - 1]);
        if (entry.kind === 'dir') {
            if (target.held && !target.held.dir)
                this.hide(target, 'deleted');
            target.held = { layer: this.layer, dir: true };
            return;
        }
        // Anything but a directory replaces the path, and all a directory there held.
        if (target.held)
            this.hide(target, target.held.dir ? 'deleted' : 'overwritten');
        if (target.children)
            for (const child of target.children.values())
                this.hideBelow(child, Infinity, 'deleted');
        target.children = undefined;
        let inode;
        if (entry.kind === 'file') {
            inode = { path: `/${parts.join('/')}`, size: entry.size, layer: this.layer, names: 1 };
            this.fileBytes += entry.size;
        }
        else if (entry.kind === 'link' && entry.link !== undefined) {
            const linkParts = pathParts(entry.link);
            inode = linkParts?.length ? this.find(linkParts)?.held?.inode : undefined;
            if (inode)
                inode.names++;
        }
        target.held = { layer: this.layer, dir: false, ...(inode ? { inode } : {}) };
    }
    child(node, part) {
        node.children ??= new Map();
        let child = node.children.get(part);
        if (!child) {
            child = {};
            node.children.set(part, child);
        }
        return child;
    }
    find(parts) {
        let node = this.root;
        for (const part of parts)
            node = node?.children?.get(part);
        return node;
    }
    /** Hides what `node` and all below it hold from layers under `under`; true when nothing is left there. */
    hideBelow(node, under, how) {
        if (node.children) {
            for (const [name, child] of node.children)
                if (this.hideBelow(child, under, how))
                    node.children.delete(name);
            if (node.children.size === 0)
                node.children = undefined;
        }
        if (node.held && node.held.layer < under)
            this.hide(node, how);
        return !node.held && !node.children;
    }
    hide(node, how) {
        const inode = node.held?.inode;
        node.held = undefined;
        if (!inode || --inode.names > 0)
            return;
        this.wasted += inode.size;
        if (inode.size > 0)
            this.largest.push({ path: inode.path, size: inode.size, layer: inode.layer, hiddenBy: this.layer, how });
    }
}
/** The bytes the layers waste, stacked in order: what later layers overwrite or delete. */
function wastedBytes(layers) {
    const stack = new Stack();
    let index = 0;
    for (const entries of layers)
        stack.apply(index++, entries);
    return { bytes: stack.wasted, fileBytes: stack.fileBytes, largest: stack.largest.sorted(byPath) };
}
/** One platform: each layer's files, and the waste when every layer was read. */
function platformFiles(layers, top = TOP_FILES) {
    const result = { layers: layers.map(l => ('entries' in l ? layerFiles(l.entries, top) : { notAnalysed: l.notAnalysed })) };
    const read = layers.flatMap(l => ('entries' in l ? [l.entries] : []));
    if (read.length === layers.length)
        result.wasted = wastedBytes(read);
    return result;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(118);
;// CONCATENATED MODULE: ./src/readback/layer-scan.ts
/**
 * One layer read once, as a stream: its blob's bytes hashed (the sha256 must be its
 * digest) while they are unpacked (gzip; zstd where node:zlib has it) and their tar
 * headers read (tar-stream); file contents pass through and are dropped. Memory stays at
 * the streams' buffers plus one entry per path; no layer is held whole.
 */





/** Larger than node's 16 kB default: with it, reading the tar costs little beside unpacking (measured by bench/bench-files.mjs). */
const CHUNK = 256 * 1024;
/** How a layer of this media type is unpacked: a transform, none (a plain tar), or why it cannot be. */
function unpackerFor(mediaType, unpackers = external_node_zlib_namespaceObject, nodeVersion = process.version) {
    if (/foreign|nondistributable/.test(mediaType))
        return { cannot: 'a foreign layer, which registries do not serve' };
    if (/\+encrypted$/.test(mediaType))
        return { cannot: 'an encrypted layer' };
    if (/tar\+gzip$|tar\.gzip$/.test(mediaType))
        return { unpack: () => unpackers.createGunzip({ chunkSize: CHUNK }) };
    if (/tar\+zstd$/.test(mediaType)) {
        const zstd = unpackers.createZstdDecompress;
        if (!zstd)
            return { cannot: `a zstd layer, and this Node (${nodeVersion}) has no zstd decompressor (node:zlib has one from Node 22.15)` };
        return { unpack: () => zstd({ chunkSize: CHUNK }) };
    }
    if (/\.tar$|layer\.v1\.tar$|rootfs\.diff\.tar$/.test(mediaType))
        return {};
    return { cannot: `its media type '${mediaType}' is not a layer hoist reads` };
}
function entryOf(header) {
    switch (header.type) {
        case 'file':
        case 'contiguous-file':
            return { path: header.name, kind: 'file', size: header.size ?? 0 };
        case 'directory':
            return { path: header.name, kind: 'dir', size: 0 };
        case 'link':
            return { path: header.name, kind: 'link', size: 0, link: header.linkname ?? '' };
        default:
            return { path: header.name, kind: 'other', size: 0 };
    }
}
/**
 * Reads one layer from `open()`'s stream. Throws when the stream fails, the tar is broken,
 * or the bytes are not `layer.digest` (then nothing of it is used).
 */
async function scanLayer(open, layer, unpackers) {
    const how = unpackerFor(layer.mediaType, unpackers);
    if ('cannot' in how)
        return { notAnalysed: how.cannot };
    if (!/^sha256:[a-f0-9]{64}$/.test(layer.digest))
        return { notAnalysed: `its digest '${layer.digest.slice(0, 80)}' is not a sha256 digest` };
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let bytes = 0;
    const counted = new external_node_stream_namespaceObject.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            done(null, chunk);
        }
    });
    const entries = [];
    const tar = (0,tar_stream.extract)();
    tar.on('entry', (header, stream, next) => {
        entries.push(entryOf(header));
        stream.on('end', () => next());
        stream.resume();
    });
    const source = await open();
    // tar-stream's extract is a streamx Writable, which node's pipeline drives as any other.
    const sink = tar;
    await (how.unpack ? (0,promises_namespaceObject.pipeline)(source, counted, how.unpack(), sink) : (0,promises_namespaceObject.pipeline)(source, counted, sink));
    const digest = `sha256:${hash.digest('hex')}`;
    if (bytes !== layer.size || digest !== layer.digest) {
        throw new Error(`layer ${layer.digest} read as ${bytes} bytes of digest ${digest}, not the ${layer.size} bytes the manifest names: content does not match`);
    }
    return { entries };
}

;// CONCATENATED MODULE: ./src/readback/analyse-files.ts




/** Layers downloaded at once: enough to overlap one layer's unpacking with the next ones' transfer, few enough not to crowd the registry or the runner. */
const CONCURRENCY = 3;
/** Reads of one layer, the first included: a connection cut mid-layer is read again, once. */
const ATTEMPTS = 2;
/** Each distinct layer's scan, `concurrency` at a time; a layer that fails twice is "not analysed", with the reason. */
async function scanAll(source, ref, layers, options) {
    const scans = new Map();
    const queue = [...layers];
    const worker = async () => {
        for (let layer = queue.shift(); layer; layer = queue.shift()) {
            let scan;
            for (let attempt = 1; !scan; attempt++) {
                try {
                    scan = await scanLayer(() => source.openBlob(ref, layer.digest), layer, options.unpackers);
                }
                catch (e) {
                    if (attempt >= ATTEMPTS)
                        scan = { notAnalysed: e.message };
                }
            }
            scans.set(layer.digest, scan);
        }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? CONCURRENCY, queue.length) }, worker));
    return scans;
}
/** The image with each platform's `files`; layers shared by platforms are read once. */
async function analyseFiles(source, image, options = {}) {
    const distinct = new Map(image.platforms.flatMap(p => p.layers.map(l => [l.digest, l])));
    const scans = await scanAll(source, reference_parseReference(image.reference), [...distinct.values()], options);
    return { ...image, platforms: image.platforms.map(p => ({ ...p, files: platformFiles(p.layers.map(l => scans.get(l.digest))) })) };
}
/**
 * analyseFiles, said in the log: how many layers and bytes were read, in what time, and a
 * warning for each layer that could not be read. Any failure warns and gives the image as
 * it was: the analysis never fails the step.
 */
function analyseFilesOrWarn(runner, source, image, now = () => performance.now()) {
    return sayAnalysis(runner, image, () => analyseFiles(source, image), now);
}
/** What analyseFilesOrWarn says of an analysis, for one run elsewhere (hoist-sizes reads through its own io). */
async function sayAnalysis(runner, image, analysing, now = () => performance.now()) {
    const started = now();
    try {
        const analysed = await analysing();
        const layers = new Map(analysed.platforms.flatMap(p => p.layers.map((l, i) => [l.digest, { layer: l, files: p.files.layers[i] }])));
        const read = [...layers.values()].filter(l => !('notAnalysed' in l.files));
        const bytes = read.reduce((sum, l) => sum + l.layer.size, 0);
        runner.info(`size-analysis: read the files of ${read.length} layer(s) (${bytes_formatBytes(bytes)} downloaded) in ${((now() - started) / 1000).toFixed(1)} s`);
        for (const { layer, files } of layers.values()) {
            if ('notAnalysed' in files)
                runner.warning(`size-analysis: layer ${layer.digest} was not analysed: ${files.notAnalysed}`);
        }
        return analysed;
    }
    catch (e) {
        runner.warning(`size-analysis: the layers' files could not be listed: ${e.message}`);
        return image;
    }
}

;// CONCATENATED MODULE: ./src/util/words.ts
/** Levenshtein distance: how many one-letter edits turn `a` into `b`. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** The candidate a typo most likely meant (at most `within` edits away), for "did you mean". */
function closest(word, candidates, within = 2) {
    let best;
    let bestDistance = within + 1;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best;
}
/** `; did you mean <candidate>?` when one is close, else nothing: appended to a problem. */
function words_didYouMean(word, candidates) {
    const near = closest(word, candidates);
    return near ? `; did you mean ${near}?` : '';
}

;// CONCATENATED MODULE: ./src/util/platform.ts
/**
 * Platform strings as buildx accepts them (containerd's platforms.Parse), checked
 * up front so a typo fails in a second instead of after a long build.
 * Follows containerd/platforms v1.0.0-rc.4: platforms.go, database.go.
 */

const OSES = ['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos', 'aix', 'android', 'ios', 'js', 'wasip1', 'plan9', 'dragonfly'];
const ARCH_ALIASES = {
    amd64: { architecture: 'amd64' },
    x86_64: { architecture: 'amd64' },
    'x86-64': { architecture: 'amd64' },
    arm64: { architecture: 'arm64' },
    aarch64: { architecture: 'arm64' },
    arm: { architecture: 'arm' },
    armhf: { architecture: 'arm', variant: 'v7' },
    armel: { architecture: 'arm', variant: 'v6' },
    '386': { architecture: '386' },
    i386: { architecture: '386' },
    i686: { architecture: '386' },
    ppc64le: { architecture: 'ppc64le' },
    ppc64: { architecture: 'ppc64' },
    s390x: { architecture: 's390x' },
    riscv64: { architecture: 'riscv64' },
    mips64le: { architecture: 'mips64le' },
    mips64: { architecture: 'mips64' },
    mipsle: { architecture: 'mipsle' },
    mips: { architecture: 'mips' },
    loong64: { architecture: 'loong64' },
    wasm: { architecture: 'wasm' }
};
const VARIANTS = {
    arm: ['v5', 'v6', 'v7', 'v8'],
    arm64: ['v8', 'v8.0', 'v8.1', 'v8.2', 'v8.3', 'v8.4', 'v8.5', 'v8.6', 'v8.7', 'v8.8', 'v8.9', 'v9', 'v9.0', 'v9.1', 'v9.2', 'v9.3', 'v9.4', 'v9.5'],
    amd64: ['v1', 'v2', 'v3', 'v4']
};
const COMMON_PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64'];
class PlatformError extends Error {
}
/** Parses `os/arch[/variant]` (aliases normalised); throws PlatformError with a suggestion. */
function platform_parsePlatform(value) {
    const parts = value.toLowerCase().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some(p => p === '')) {
        throw new PlatformError(`'${value}' is not of the form os/arch[/variant]${suggestion(value)}`);
    }
    const [os, arch, variant] = parts;
    if (!OSES.includes(os)) {
        throw new PlatformError(`'${value}' has an unknown operating system '${os}'${suggestion(value)}`);
    }
    const known = ARCH_ALIASES[arch];
    if (!known) {
        throw new PlatformError(`'${value}' has an unknown architecture '${arch}'${suggestion(value)}`);
    }
    const v = variant ?? known.variant;
    if (variant !== undefined && !(VARIANTS[known.architecture] ?? []).includes(variant)) {
        throw new PlatformError(`'${value}' has an unknown variant '${variant}' for ${known.architecture}${suggestion(value)}`);
    }
    return v === undefined ? { os, architecture: known.architecture } : { os, architecture: known.architecture, variant: v };
}
function formatPlatform(p) {
    return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
}
function suggestion(value) {
    let best = '';
    let bestDistance = Infinity;
    for (const candidate of COMMON_PLATFORMS) {
        const d = editDistance(value.toLowerCase(), candidate);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return bestDistance <= 3 ? `; did you mean '${best}'?` : `; e.g. ${COMMON_PLATFORMS.slice(0, 3).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/registry/auth.ts
/**
 * Registry credentials as docker and buildx find them: the docker config (auths, credential
 * helpers), and the scoped configs under buildx's config directory that login-action's `scope` writes.
 * Follows docker/buildx v0.36.1: util/dockerutil/dockerconfig/configprovider.go.
 */


/** `Bearer realm="https://x/token",service="x",scope="repository:a:pull"` → scheme + params. */
function parseChallenge(header) {
    const m = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    for (const p of m[2].matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
        params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    }
    return { scheme: m[1].toLowerCase(), params };
}
const DOCKER_HUB_HOSTS = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];
/** The key `docker login` stores a registry under: Docker Hub's legacy URL, else the host. */
function loginKey(host) {
    return DOCKER_HUB_HOSTS.includes(host) ? 'https://index.docker.io/v1/' : host;
}
/** The keys docker itself may have stored a host under, `docker login`'s first. */
function configKeys(host) {
    if (DOCKER_HUB_HOSTS.includes(host))
        return [loginKey(host), 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    return [loginKey(host), `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}
/**
 * Credentials the way `docker login` stored them: the config file's `auths`, then a
 * credential helper (credHelpers/credsStore), so hoist reads what docker/login-action wrote.
 * With a buildx config directory, a scoped login (login-action's `scope`) there is taken
 * where buildx would take it (scopedConfigFor), so hoist's reads use the login buildx's do.
 */
function dockerConfigCredentials(run, configDir, buildxConfigDir) {
    return async (host, scopes) => {
        let config;
        try {
            // Read at each use: hoist's own login points DOCKER_CONFIG at a config of its own after the client is made.
            const dir = (buildxConfigDir && scopedConfigFor(buildxConfigDir(), host, scopes)) ?? (typeof configDir === 'string' ? configDir : configDir());
            config = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(dir, 'config.json'), 'utf8'));
        }
        catch {
            return undefined;
        }
        const keys = configKeys(host);
        const helper = keys.map(k => config.credHelpers?.[k]).find(Boolean) ?? config.credsStore;
        for (const key of keys) {
            const entry = config.auths?.[key];
            if (!entry)
                continue;
            if (entry.auth) {
                const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon > 0)
                    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
            }
            if (entry.username && entry.password)
                return { username: entry.username, password: entry.password };
        }
        if (helper) {
            for (const key of keys.slice(0, 2)) {
                const result = await run(`docker-credential-${helper}`, ['get'], { input: key });
                if (result.exitCode !== 0)
                    continue;
                const found = JSON.parse(result.stdout);
                if (found.Username && found.Secret)
                    return { username: found.Username, password: found.Secret };
            }
        }
        return undefined;
    };
}
function parseScopedConfigKey(key) {
    const at = key.indexOf('@');
    const main = at < 0 ? key : key.slice(0, at);
    const actions = at < 0
        ? []
        : [
            ...new Set(key
                .slice(at + 1)
                .split(',')
                .map(a => a.trim())
                .filter(Boolean))
        ];
    const slash = main.indexOf('/');
    return slash < 0 ? { host: main, repo: '', actions } : { host: main.slice(0, slash), repo: main.slice(slash + 1), actions };
}
/** A token request's scopes (`repository:acme/app:pull,push`, several per string when space-separated) → resource → actions; undefined when one is empty, as buildx's parseScopes. */
function parseTokenScopes(scopes) {
    const parsed = new Map();
    for (const text of scopes) {
        if (text === '')
            return undefined;
        for (const scope of text.split(' ')) {
            const [type, name, actions] = splitN(scope, ':', 3);
            const resource = name === undefined ? type : `${type}:${name}`;
            const set = parsed.get(resource) ?? new Set();
            for (const a of actions?.split(',') ?? [])
                set.add(a);
            parsed.set(resource, set);
        }
    }
    return parsed;
}
function splitN(text, sep, n) {
    const parts = text.split(sep);
    return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}
/** Whether a scoped config answers a token request: its repository is asked for, and every action it names is asked for there. */
function matchesScopes(config, request) {
    if (config.repo && !request.has(`repository:${config.repo}`))
        return false;
    if (config.actions.length === 0)
        return true;
    // Without a repository, one resource of the request must carry all the actions.
    if (!config.repo)
        return [...request.values()].some(actions => config.actions.every(a => actions.has(a)));
    const asked = request.get(`repository:${config.repo}`) ?? new Set();
    return config.actions.every(a => asked.has(a));
}
/** Docker Hub's host as buildx asks for it (and names its scoped directory). */
const hubHost = (host) => (DOCKER_HUB_HOSTS.includes(host) ? 'registry-1.docker.io' : host);
/**
 * The scoped config buildx would read for this token request, or undefined for the
 * default one. As buildx's authConfigProvider (v0.31.0+, util/dockerutil/dockerconfig/
 * configprovider.go): only a request for exactly one resource picks one; among those that
 * match, one with a repository first, then the one naming more actions.
 */
function scopedConfigFor(buildxConfigDir, host, scopes) {
    const request = parseTokenScopes(scopes ?? []);
    if (!request || request.size !== 1)
        return undefined;
    const base = external_node_path_.join(buildxConfigDir, 'config');
    const candidates = configFiles(base)
        .map(dir => ({ dir, config: parseScopedConfigKey(external_node_path_.relative(base, dir).split(external_node_path_.sep).join('/')) }))
        .filter(c => c.config.host === hubHost(host) && matchesScopes(c.config, request));
    candidates.sort((a, b) => (a.config.repo === b.config.repo ? b.config.actions.length - a.config.actions.length : a.config.repo < b.config.repo ? 1 : -1));
    return candidates[0]?.dir;
}
/** Every directory under `base` that holds a config.json (none when there is no such directory). */
function configFiles(base) {
    let entries;
    try {
        entries = external_node_fs_.readdirSync(base, { withFileTypes: true, recursive: true });
    }
    catch {
        return [];
    }
    return entries.filter(e => !e.isDirectory() && e.name === 'config.json').map(e => e.parentPath);
}

;// CONCATENATED MODULE: ./src/registry/errors.ts
/** A registry problem already put in words for the step's log; `status` when the registry answered. */
class RegistryError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'RegistryError';
    }
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./src/registry/http.ts



function header(response, name) {
    const value = response.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}
const REDIRECTS = 5;
const DEFAULT_TIMEOUT_MS = 30_000;
/** A body read into memory is cut off beyond this (a stream, `request.stream`, is not: its reader bounds it). */
const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** For a message: scheme, host and path; no userinfo, no query (a signed storage URL's is a credential). */
function withoutQuery(url) {
    return `${url.protocol}//${url.host}${url.pathname}`;
}
function timedOut(url, ms) {
    return Object.assign(new Error(`no complete answer from ${url.host} within ${(ms / 1000).toFixed(1)} s`), { code: 'ETIMEDOUT' });
}
/** The body, cut off (ETIMEDOUT) when no byte of it passes for `ms`; read at the reader's pace (nothing is buffered beyond the streams' own). */
function withIdleTimeout(res, url, ms) {
    let timer;
    const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => res.destroy(Object.assign(new Error(`${url.host} sent no byte for ${(ms / 1000).toFixed(1)} s`), { code: 'ETIMEDOUT' })), ms);
    };
    const out = new external_node_stream_namespaceObject.Transform({
        transform(chunk, _encoding, done) {
            arm();
            done(null, chunk);
        }
    });
    arm();
    (0,external_node_stream_namespaceObject.pipeline)(res, out, () => clearTimeout(timer));
    return out;
}
/**
 * node:http(s) with keep-alive agents. Not the global fetch: its first use loads
 * undici (~35 ms) and its idle sockets keep the process alive ~70 ms after the
 * work is done, both paid on every run. HTTPS trusts NODE_EXTRA_CA_CERTS as node does.
 * `trace`, when given, sees one line per request (each redirect hop too) once it is over.
 */
function nodeTransport(trace) {
    const agents = { 'http:': new external_node_http_namespaceObject.Agent({ keepAlive: true, maxSockets: 16 }), 'https:': new external_node_https_namespaceObject.Agent({ keepAlive: true, maxSockets: 16 }) };
    const once = (url, request, timeoutMs) => new Promise((resolve, reject) => {
        const client = url.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject;
        // Named, as docker's tools name themselves: a registry's logs and rate limits can tell hoist's reads apart.
        const req = client.request(url, { method: request.method ?? 'GET', headers: { 'user-agent': 'hoist', ...request.headers }, agent: agents[url.protocol] }, res => {
            const status = res.statusCode ?? 0;
            if (request.stream && status >= 200 && status < 300) {
                clearTimeout(timer);
                resolve({ status, headers: res.headers, body: Buffer.alloc(0), stream: withIdleTimeout(res, url, request.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
                return;
            }
            const chunks = [];
            let received = 0;
            res.on('data', (c) => {
                received += c.length;
                // What is read whole is a manifest, a config, a token or an error: a registry that sends more is not answering one (a fork may name the registry).
                if (received > MAX_BODY_BYTES)
                    req.destroy(Object.assign(new Error(`${url.host} sent more than ${MAX_BODY_BYTES / 1024 / 1024} MiB for ${url.pathname}: no manifest, config or token is that large`), { code: 'EFBIG' }));
                else
                    chunks.push(c);
            });
            res.on('end', () => {
                clearTimeout(timer);
                resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
            });
            res.on('error', e => {
                clearTimeout(timer);
                reject(e);
            });
        });
        // A deadline for the whole exchange, not an idle timeout: a server that sends a byte now and then must not hold the step.
        const timer = setTimeout(() => req.destroy(timedOut(url, timeoutMs)), Math.max(0, timeoutMs));
        req.on('error', e => {
            clearTimeout(timer);
            reject(e);
        });
        req.end(request.body);
    });
    // Method, where and how it went; never headers (the token) nor the query (a signed storage URL's is a credential).
    const traced = async (url, request, timeoutMs) => {
        if (!trace)
            return once(url, request, timeoutMs);
        const started = performance.now();
        const line = (outcome) => `${request.method ?? 'GET'} ${url.protocol}//${url.host}${url.pathname} -> ${outcome} in ${Math.round(performance.now() - started)} ms`;
        try {
            const response = await once(url, request, timeoutMs);
            trace(line(String(response.status)));
            return response;
        }
        catch (e) {
            trace(line(e?.message ?? String(e)));
            throw e;
        }
    };
    return async (url, request = {}) => {
        let current = url;
        let headers = request.headers ?? {};
        const deadline = Date.now() + (request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        for (let hop = 0; hop <= REDIRECTS; hop++) {
            const response = await traced(current, { ...request, headers }, deadline - Date.now());
            const location = header(response, 'location');
            if (![301, 302, 303, 307, 308].includes(response.status) || !location)
                return response;
            const next = new URL(location, current);
            const credentials = current.username !== '' || current.password !== '' || Object.keys(headers).some(k => k.toLowerCase() === 'authorization');
            // Not over plain HTTP: not even to the same host (whose port may speak both), a listener on the path could read them.
            if (credentials && current.protocol === 'https:' && next.protocol !== 'https:') {
                throw new Error(`refused the redirect from ${withoutQuery(current)} to ${withoutQuery(next)}: it would send the credentials unencrypted`);
            }
            // Blob redirects go to storage (S3, a CDN) that must not see the registry's token: it goes along only to the same origin (scheme, host and port).
            if (next.origin !== current.origin)
                headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
            current = next;
        }
        throw new Error(`too many redirects from ${url.host}`);
    };
}

;// CONCATENATED MODULE: ./src/registry/retry.ts
/**
 * The one retry policy for every registry request hoist makes (read-back, baseline,
 * cache-mount image, token service): which outcomes are retried, how long to wait,
 * and a time budget shared by all requests of one RegistryClient, i.e. of one step.
 */


/**
 * At a fault rate p per request, a request fails only if all its attempts do: p^attempts.
 * The read-back and baseline of a two-platform image with attestations make about 20
 * requests (measured); at p = 0.5, 15 attempts lose 20 × 0.5^15 ≈ 0.0006 of the steps.
 * The budget, not the attempt count, bounds the time: 30 s at most per step.
 */
const DEFAULT_RETRY_POLICY = { attempts: 15, backoffMs: 200, maxBackoffMs: 2_000, budgetMs: 30_000, attemptTimeoutMs: 10_000 };
/** Statuses that say "not now" (timeouts, rate limits, an overloaded or restarting server); never auth or not-found. */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Network errors a second attempt can get past; a DNS name that does not exist or a TLS failure is not one. */
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);
function isRetryableStatus(status) {
    return RETRYABLE_STATUSES.has(status);
}
function isRetryableError(e) {
    if (e instanceof RegistryError)
        return false; // already explained: a certificate, a refused login
    const { code, message } = (e ?? {});
    return (code !== undefined && RETRYABLE_CODES.has(code)) || /socket hang up/i.test(message ?? '');
}
/** Retry-After as milliseconds from `nowMs`: delay-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    const text = value?.trim();
    if (!text)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) * 1000;
    // An HTTP date names its day and month; Date.parse alone would read '-1' as a year.
    const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
    return Number.isFinite(date) ? Math.max(0, date - nowMs) : undefined;
}
/**
 * The wait before retry number `retry` (1 = the first retry): exponential backoff with
 * full jitter, capped; with Retry-After, never sooner than asked, plus up to 10 % so
 * the requests one burst of 503s sent back do not all come again in the same instant.
 * `random` is in [0, 1).
 */
function retryWaitMs(policy, retry, retryAfterMs, random) {
    const backoff = random * Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (retry - 1));
    return retryAfterMs === undefined ? backoff : Math.max(retryAfterMs * (1 + 0.1 * random), backoff);
}
/**
 * Time spent in faults, shared by every request of a client: the wall time during which
 * at least one request was failing and being retried, counted once however many fail
 * together (ten requests waiting the same second cost one second of the step, not ten).
 * A request counts from the start of its first failed attempt until it ends.
 */
class RetryBudget {
    budgetMs;
    now;
    spentBefore = 0;
    failing = 0;
    failingSince = 0;
    /** When the last stretch of failures ended: the time before it is counted already. */
    quietSince = -Infinity;
    /** Failed attempts (statuses and errors retried or given up on), for the log and the tests. */
    faults = 0;
    requestsRetried = 0;
    constructor(budgetMs, now) {
        this.budgetMs = budgetMs;
        this.now = now;
    }
    startFailing(attemptStartedAt) {
        const from = Math.max(attemptStartedAt, this.quietSince);
        this.failingSince = this.failing === 0 ? from : Math.min(this.failingSince, from);
        this.failing++;
    }
    stopFailing() {
        if (--this.failing > 0)
            return;
        const now = this.now();
        this.spentBefore += now - this.failingSince;
        this.quietSince = now;
    }
    spentMs() {
        return this.spentBefore + (this.failing > 0 ? this.now() - this.failingSince : 0);
    }
    remainingMs() {
        return Math.max(0, this.budgetMs - this.spentMs());
    }
}
const realClock = {
    now: () => performance.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: Math.random
};
const seconds = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
/**
 * Sends one request under the policy: returns the first response that is not a
 * retryable status; throws a RegistryError naming `what` when it gives up. An attempt
 * after a failure is cut off when the budget ends, so retries never outlast it.
 */
async function sendWithRetries(what, attempt, policy, budget, clock) {
    let retrying = false;
    try {
        for (let n = 1;; n++) {
            const startedAt = clock.now();
            const timeoutMs = retrying ? Math.min(policy.attemptTimeoutMs, budget.remainingMs()) : policy.attemptTimeoutMs;
            let response;
            let error;
            try {
                response = await attempt(timeoutMs);
                if (!isRetryableStatus(response.status))
                    return response;
            }
            catch (e) {
                if (!isRetryableError(e))
                    throw e;
                error = e;
            }
            budget.faults++;
            if (!retrying) {
                budget.startFailing(startedAt);
                budget.requestsRetried++;
                retrying = true;
            }
            const failure = response ? ` answered HTTP ${response.status}` : `: ${error?.message ?? String(error)}`;
            const giveUp = (why) => new RegistryError(`${what}${failure} (gave up after ${n} attempt${n === 1 ? '' : 's'}${why})`, response?.status);
            if (n >= policy.attempts)
                throw giveUp('');
            const retryAfterMs = response ? parseRetryAfter(header(response, 'retry-after'), Date.now()) : undefined;
            const waitMs = retryWaitMs(policy, n, retryAfterMs, clock.random());
            const remainingMs = budget.remainingMs();
            if (waitMs >= remainingMs) {
                // A long Retry-After is the reason only while most of the budget is left; otherwise the budget is.
                const askedTooLong = retryAfterMs !== undefined && retryAfterMs >= remainingMs && remainingMs >= budget.budgetMs / 2;
                throw giveUp(askedTooLong
                    ? `: it asked to retry after ${seconds(retryAfterMs)}, past the ${seconds(remainingMs)} left of the ${seconds(budget.budgetMs)} registry retry budget`
                    : `: the ${seconds(budget.budgetMs)} registry retry budget is spent`);
            }
            await clock.sleep(waitMs);
        }
    }
    finally {
        if (retrying)
            budget.stopFailing();
    }
}

;// CONCATENATED MODULE: ./src/registry/client.ts








const MANIFEST_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
};
/** BuildKit's attestation manifests sit in the index as `unknown/unknown`; they are not platforms. */
function isAttestation(d) {
    return d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || (d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown');
}
function isIndex(mediaType, manifest) {
    return Array.isArray(manifest.manifests) || /index|manifest\.list/.test(mediaType);
}
/** Loopback registries may speak plain HTTP, as docker allows for them without configuration. */
function isLoopbackHost(host) {
    const name = host.replace(/:\d+$/, '');
    return name === 'localhost' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}
/**
 * A small OCI distribution client: manifests and blobs with the auth real registries
 * use (anonymous, Basic, Bearer via the WWW-Authenticate challenge) and one retry
 * policy with one time budget for all its requests (retry.ts), so reporting is as
 * sturdy as the build it reports on and a failing registry costs the step boundedly.
 */
class RegistryClient {
    options;
    tokens = new Map();
    /** The scheme each host answered on; loopback hosts try HTTPS first, as docker does. */
    schemes = new Map();
    policy;
    budget;
    clock;
    transport;
    constructor(options = {}) {
        this.options = options;
        this.policy = { ...DEFAULT_RETRY_POLICY };
        for (const key of Object.keys(DEFAULT_RETRY_POLICY))
            this.policy[key] = options[key] ?? DEFAULT_RETRY_POLICY[key];
        this.clock = options.clock ?? realClock;
        this.budget = new RetryBudget(this.policy.budgetMs, () => this.clock.now());
        this.transport = options.transport ?? nodeTransport();
        for (const host of options.plainHttp ?? [])
            if (isLoopbackHost(host))
                this.schemes.set(host, 'http');
    }
    /** The loopback hosts that answered over plain HTTP, for a later client (the post step's) to start with. */
    plainHttpHosts() {
        return [...this.schemes].filter(([, scheme]) => scheme === 'http').map(([host]) => host);
    }
    /**
     * A client like this one (transport, retry policy, clock) that never sends a login: for
     * images a less trusted party names (a fork's report), so that it reads only what anyone can.
     */
    anonymous() {
        return new RegistryClient({ ...this.options, credentials: undefined });
    }
    retryStats() {
        const { faults, requestsRetried, budgetMs } = this.budget;
        return { faults, requestsRetried, spentMs: this.budget.spentMs(), budgetMs };
    }
    /**
     * Content addressed by digest never changes, so each is fetched once per client:
     * layers shared across platforms, and whatever the baseline (read during the
     * build) has in common with the new image, cost nothing the second time.
     */
    byDigest = new Map();
    once(ref, key, fetch) {
        const id = `${ref.domain}/${ref.path}@${key}`;
        let pending = this.byDigest.get(id);
        if (!pending) {
            pending = fetch();
            this.byDigest.set(id, pending);
            pending.catch(() => this.byDigest.delete(id));
        }
        return pending;
    }
    getManifest(ref, reference) {
        return reference.startsWith('sha256:') ? this.once(ref, reference, () => this.fetchManifest(ref, reference)) : this.fetchManifest(ref, reference);
    }
    async fetchManifest(ref, reference) {
        const accept = Object.values(MANIFEST_TYPES).join(', ');
        const response = await this.request(ref, `manifests/${reference}`, { accept });
        const body = response.body;
        const digest = `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(body).digest('hex')}`;
        if (reference.startsWith('sha256:') && reference !== digest) {
            throw new RegistryError(`manifest ${reference} from ${ref.domain}/${ref.path} has digest ${digest}: content does not match`);
        }
        const manifest = JSON.parse(body.toString('utf8'));
        const mediaType = manifest.mediaType ?? header(response, 'content-type')?.split(';')[0] ?? '';
        return { digest, mediaType, manifest, bytes: body.length };
    }
    /** The repository's tags (`GET /v2/<name>/tags/list`, following `Link` pages); none for a repository that does not exist yet. */
    async listTags(ref) {
        const tags = [];
        let suffix = 'tags/list?n=1000';
        for (let page = 0; suffix && page < 20; page++) {
            let response;
            try {
                response = await this.request(ref, suffix, { accept: 'application/json' });
            }
            catch (e) {
                if (e instanceof RegistryError && e.status === 404)
                    return tags;
                throw e;
            }
            tags.push(...(JSON.parse(response.body.toString('utf8')).tags ?? []));
            // `Link: </v2/<name>/tags/list?last=x&n=1000>; rel="next"`
            const next = /<\/v2\/[^>]*?\/(tags\/list\?[^>]*)>;\s*rel="?next"?/.exec(header(response, 'link') ?? '')?.[1];
            suffix = next;
        }
        return tags;
    }
    getBlob(ref, digest) {
        return this.once(ref, digest, async () => (await this.request(ref, `blobs/${digest}`, {})).body);
    }
    /** Bytes [start, end] of a blob (HTTP Range); a registry that ignores Range still works, at a cost. */
    getBlobRange(ref, digest, start, end) {
        return this.once(ref, `${digest}#${start}-${end}`, async () => {
            const response = await this.request(ref, `blobs/${digest}`, { range: `bytes=${start}-${end}` });
            return response.status === 206 ? response.body : response.body.subarray(start, end + 1);
        });
    }
    /** The digest a tag points at now (`HEAD`, `Docker-Content-Digest`), or undefined when there is no such tag. */
    async headManifest(ref, reference) {
        try {
            const response = await this.request(ref, `manifests/${reference}`, { accept: Object.values(MANIFEST_TYPES).join(', ') }, { method: 'HEAD' });
            return header(response, 'docker-content-digest');
        }
        catch (e) {
            if (e instanceof RegistryError && e.status === 404)
                return undefined;
            throw e;
        }
    }
    /**
     * Uploads a blob, monolithically (`POST /blobs/uploads/`, then `PUT <location>&digest=`), as the
     * distribution spec's "monolithic upload" in two requests; every registry takes this form, the
     * single-POST one is optional. Skipped when the registry already has it, unless `new` says it
     * cannot have it yet (then the HEAD that asks is one round trip saved). Returns its digest.
     */
    async putBlob(ref, data, options = {}) {
        const digest = `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(data).digest('hex')}`;
        try {
            if (!options.new) {
                await this.request(ref, `blobs/${digest}`, {}, { method: 'HEAD' });
                return digest;
            }
        }
        catch (e) {
            if (!(e instanceof RegistryError && e.status === 404))
                throw e;
        }
        const started = await this.request(ref, 'blobs/uploads/', { 'content-length': '0' }, { method: 'POST', body: Buffer.alloc(0) });
        const location = header(started, 'location');
        if (!location)
            throw new RegistryError(`${ref.domain}/${ref.path}: the blob upload was accepted without a Location`);
        // The Location is relative or on the same host (distribution, ghcr.io); its query carries the upload's state.
        const url = new URL(location, `https://${registryHost(ref.domain)}`);
        url.searchParams.set('digest', digest);
        await this.request(ref, '', { 'content-type': 'application/octet-stream', 'content-length': String(data.length) }, { method: 'PUT', body: data, pathAndQuery: `${url.pathname}${url.search}` });
        return digest;
    }
    /** `PUT /manifests/<reference>`; returns the digest of what was sent. */
    async putManifest(ref, reference, mediaType, body) {
        await this.request(ref, `manifests/${reference}`, { 'content-type': mediaType, 'content-length': String(body.length) }, { method: 'PUT', body });
        return `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(body).digest('hex')}`;
    }
    /**
     * A blob as a stream, for one too large to hold (a layer read file by file): retried like
     * any request until its answer starts; what comes after is the reader's to check (its digest).
     */
    async openBlob(ref, digest) {
        const response = await this.request(ref, `blobs/${digest}`, {}, { stream: true });
        return response.stream ?? external_node_stream_namespaceObject.Readable.from([response.body]);
    }
    /** One exchange with a registry host; a loopback host that does not speak TLS is retried, once, over HTTP. */
    async send(host, pathAndQuery, headers, timeoutMs, write = {}) {
        const scheme = this.schemes.get(host) ?? 'https';
        try {
            const response = await this.transport(new URL(`${scheme}://${host}${pathAndQuery}`), {
                headers,
                timeoutMs,
                ...(write.method ? { method: write.method } : {}),
                ...(write.body ? { body: write.body } : {}),
                ...(write.stream ? { stream: true } : {})
            });
            this.schemes.set(host, scheme);
            return response;
        }
        catch (e) {
            // Not `!schemes.has(host)`: a request sent beside the first one meets the same TLS error after the first has already switched.
            if (scheme === 'https' && this.schemes.get(host) !== 'https' && isLoopbackHost(host) && speaksPlainHttp(e)) {
                this.schemes.set(host, 'http');
                return this.send(host, pathAndQuery, headers, timeoutMs, write);
            }
            throw describeTlsError(e, host);
        }
    }
    async request(ref, suffix, headers, write = {}) {
        const host = registryHost(ref.domain);
        const pathAndQuery = write.pathAndQuery ?? `/v2/${ref.path}/${suffix}`;
        const scopeKey = `${host}/${ref.path}`;
        let authorization = this.tokens.get(scopeKey);
        for (let round = 0; round < 2; round++) {
            const response = await this.withRetries(`${host}/${ref.path}/${suffix}`, timeoutMs => this.send(host, pathAndQuery, { ...headers, ...(authorization ? { authorization } : {}) }, timeoutMs, write));
            if (response.status !== 401 || round === 1) {
                if (response.status >= 200 && response.status < 300)
                    return response;
                throw new RegistryError(describeFailure(response.status, host, ref.path, suffix || 'blobs/upload', authorization !== undefined, write.method === 'POST' || write.method === 'PUT' ? 'push' : 'pull'), response.status);
            }
            const challenge = parseChallenge(header(response, 'www-authenticate') ?? '');
            authorization = await this.authorize(challenge, host, ref.path, write.method);
            this.tokens.set(scopeKey, authorization);
        }
        throw new RegistryError(`unreachable`);
    }
    async authorize(challenge, host, repository, method = 'GET') {
        // A write's 401 names `pull,push` in its challenge (distribution, ghcr.io); one that names no scope gets it asked for.
        const scope = challenge?.params.scope ?? `repository:${repository}:${method === 'GET' || method === 'HEAD' ? 'pull' : 'pull,push'}`;
        // A token request names its scope (buildx picks a scoped login by it); Basic asks with none, as BuildKit's Credentials.
        const credentials = await this.options.credentials?.(host, challenge?.scheme === 'bearer' ? [scope] : undefined);
        if (challenge?.scheme === 'basic') {
            if (!credentials)
                throw new RegistryError(`${host} requires a login: log in first (docker/login-action) or give hoist the registry credentials`, 401);
            return basic(credentials);
        }
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm) {
            throw new RegistryError(`${host} answered 401 without a usable WWW-Authenticate challenge`, 401);
        }
        const response = await this.askTokenService(host, challenge.params, { scope }, credentials);
        if (response.status !== 200) {
            throw new RegistryError(response.status === 401 || response.status === 403
                ? `${host}'s token service refused ${credentials ? `the credentials for user '${credentials.username}'` : 'anonymous access'} (HTTP ${response.status}): check the username and password/token`
                : `${host}'s token service answered HTTP ${response.status}`, response.status);
        }
        const body = JSON.parse(response.body.toString('utf8'));
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RegistryError(`${host}'s token service returned no token`);
        return `Bearer ${token}`;
    }
    /**
     * Checks a login the way `docker login` does, before anything is built: `GET /v2/`,
     * then the same with Basic credentials, or the token service's answer to them (no
     * scope: the login itself, not a repository). Throws a RegistryError naming the host.
     */
    async checkLogin(domain, credentials) {
        const host = registryHost(domain);
        const ping = await this.withRetries(`${host}/v2/`, timeoutMs => this.send(host, '/v2/', {}, timeoutMs));
        if (ping.status >= 200 && ping.status < 300)
            return;
        if (ping.status !== 401)
            throw new RegistryError(`${host}/v2/ answered HTTP ${ping.status}`, ping.status);
        const challenge = parseChallenge(header(ping, 'www-authenticate') ?? '');
        let response;
        if (challenge?.scheme === 'basic') {
            response = await this.withRetries(`${host}/v2/`, timeoutMs => this.send(host, '/v2/', { authorization: basic(credentials) }, timeoutMs));
        }
        else if (challenge?.scheme === 'bearer' && challenge.params.realm) {
            response = await this.askTokenService(host, challenge.params, { account: credentials.username }, credentials);
        }
        else {
            throw new RegistryError(`${host} answered 401 without a usable WWW-Authenticate challenge`, 401);
        }
        if (response.status === 401 || response.status === 403)
            throw new RegistryError(`${host} refused the credentials for user '${credentials.username}' (HTTP ${response.status})`, response.status);
        if (response.status < 200 || response.status >= 300)
            throw new RegistryError(`${host} answered HTTP ${response.status} to the login`, response.status);
    }
    /** One request to a Bearer challenge's token service (`realm`, with its `service` and `query`), Basic credentials when there are any. */
    askTokenService(host, challenge, query, credentials) {
        const tokenUrl = new URL(challenge.realm);
        if (challenge.service)
            tokenUrl.searchParams.set('service', challenge.service);
        for (const [name, value] of Object.entries(query))
            tokenUrl.searchParams.set(name, value);
        return this.withRetries(`${host}'s token service`, timeoutMs => this.transport(tokenUrl, { headers: credentials ? { authorization: basic(credentials) } : {}, timeoutMs }));
    }
    withRetries(what, attempt) {
        return sendWithRetries(what, attempt, this.policy, this.budget, this.clock);
    }
}
/** The TLS handshake met a plain-HTTP server (OpenSSL: "wrong version number" / "packet length too long"). */
function speaksPlainHttp(e) {
    const { code, message } = e;
    return code === 'EPROTO' || code === 'ERR_SSL_WRONG_VERSION_NUMBER' || /wrong version number|packet length too long|http request/i.test(message ?? '');
}
function describeTlsError(e, host) {
    const code = e.code ?? '';
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT/.test(code)) {
        return new RegistryError(`${host}'s TLS certificate is not trusted (${code}): give node its CA with NODE_EXTRA_CA_CERTS=/path/to/ca.pem`);
    }
    return e;
}
function basic(c) {
    return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}
function describeFailure(status, host, path, suffix, authenticated, rights) {
    if (status === 401 || status === 403) {
        return `${host} refused access to ${path} (HTTP ${status})${authenticated ? `: the credentials lack ${rights} rights` : ': log in first'}`;
    }
    if (status === 404)
        return `${host}/${path}: ${suffix.split('/')[1]} not found (HTTP 404)`;
    return `${host}/${path}/${suffix} answered HTTP ${status}`;
}

;// CONCATENATED MODULE: ./src/readback/inspect.ts


const GZIP_LAYER = /tar\+gzip$|tar\.gzip$/;
const PLAIN_LAYER = /\.tar$|layer\.v1\.tar$|rootfs\.diff\.tar$/;
/**
 * Everything the size report needs from the registry, fetched in three parallel
 * waves: the index; each platform's manifest; then each config (for the layer's
 * Dockerfile instruction) and each gzip layer's last 4 bytes (its uncompressed
 * size, gzip ISIZE) by Range request — no layer is downloaded.
 * Undefined when the reference does not exist (404).
 */
async function inspectImage(client, ref, reference) {
    let top;
    try {
        top = await client.getManifest(ref, reference);
    }
    catch (e) {
        if (e instanceof RegistryError && e.status === 404)
            return undefined;
        throw e;
    }
    const name = `${ref.domain}/${ref.path}`;
    if (!isIndex(top.mediaType, top.manifest)) {
        const platform = await platformImage(client, ref, { digest: top.digest, manifest: top.manifest, bytes: top.bytes });
        return { reference: `${name}@${top.digest}`, digest: top.digest, platforms: platform ? [platform] : [], attestations: [] };
    }
    const children = top.manifest.manifests ?? [];
    const [platforms, attestations] = await Promise.all([
        Promise.all(children
            .filter(d => !isAttestation(d))
            .map(async (d) => {
            const child = await client.getManifest(ref, d.digest);
            return platformImage(client, ref, { digest: d.digest, manifest: child.manifest, bytes: child.bytes }, d);
        })),
        Promise.all(children.filter(isAttestation).map(d => attestation(client, ref, d)))
    ]);
    return {
        reference: `${name}@${top.digest}`,
        digest: top.digest,
        platforms: platforms.filter((p) => p !== undefined),
        attestations
    };
}
async function platformImage(client, ref, fetched, descriptor) {
    const { manifest } = fetched;
    if (!manifest.config)
        return undefined;
    const layers = manifest.layers ?? [];
    const [config, uncompressed] = await Promise.all([
        client.getBlob(ref, manifest.config.digest).then(b => JSON.parse(b.toString('utf8'))),
        Promise.all(layers.map(l => uncompressedSize(client, ref, l)))
    ]);
    const platform = descriptor?.platform ?? configPlatform(config);
    if (!platform)
        return undefined;
    const instructions = layerInstructions(config, layers.length);
    const image = {
        platform: formatPlatform(platform),
        digest: fetched.digest,
        manifestBytes: fetched.bytes,
        config: { digest: manifest.config.digest, size: manifest.config.size },
        layers: layers.map((l, i) => {
            const layer = { digest: l.digest, size: l.size, mediaType: l.mediaType };
            if (uncompressed[i] !== undefined)
                layer.uncompressed = uncompressed[i];
            if (instructions[i])
                layer.instruction = instructions[i];
            return layer;
        })
    };
    if (Array.isArray(config.history))
        image.history = config.history.map(h => ({ createdBy: typeof h.created_by === 'string' ? h.created_by : '', emptyLayer: h.empty_layer === true }));
    return image;
}
async function uncompressedSize(client, ref, layer) {
    if (PLAIN_LAYER.test(layer.mediaType))
        return layer.size;
    if (!GZIP_LAYER.test(layer.mediaType) || layer.size < 18)
        return undefined;
    // gzip ISIZE: the uncompressed length mod 2^32, little-endian, in the last 4 bytes.
    const tail = await client.getBlobRange(ref, layer.digest, layer.size - 4, layer.size - 1);
    return tail.length === 4 ? tail.readUInt32LE(0) : undefined;
}
/** The platform an image config describes, when it names its os and architecture. */
function configPlatform(config) {
    return config.os && config.architecture ? { os: config.os, architecture: config.architecture, variant: config.variant } : undefined;
}
/** The Dockerfile instruction that made each layer, from the config's history. */
function layerInstructions(config, layerCount) {
    const made = (config.history ?? []).filter(h => !h.empty_layer);
    if (made.length !== layerCount)
        return [];
    return made.map(h => (h.created_by ?? '')
        .replace(/\s*# buildkit$/, '')
        .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
        .replace(/^\/bin\/sh -c /, 'RUN ')
        .trim());
}
async function attestation(client, ref, d) {
    const child = await client.getManifest(ref, d.digest);
    const blobs = [child.manifest.config, ...(child.manifest.layers ?? [])].reduce((sum, b) => sum + (b?.size ?? 0), 0);
    return { digest: d.digest, for: d.annotations?.['vnd.docker.reference.digest'], bytes: child.bytes + blobs };
}

;// CONCATENATED MODULE: ./src/readback/layout.ts
/**
 * An OCI image layout on disk (`index.json`, `blobs/<alg>/<hex>`), as BuildKit's `type=oci`
 * exporter writes it, read like a registry: what an image that was built but not pushed
 * measures, with the same bytes a push would store (the same blobs, the same compression).
 */





class OciLayout {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    blobPath(digest) {
        const [algorithm, hex] = digest.split(':');
        if (!algorithm || !hex || !/^[a-z0-9]+$/.test(algorithm) || !/^[a-f0-9]+$/.test(hex))
            throw new RegistryError(`'${digest}' is not a digest`);
        return external_node_path_.join(this.dir, 'blobs', algorithm, hex);
    }
    read(digest) {
        try {
            return external_node_fs_.readFileSync(this.blobPath(digest));
        }
        catch (e) {
            if (e.code === 'ENOENT')
                throw new RegistryError(`${digest} is not in the OCI layout ${this.dir}`, 404);
            throw e;
        }
    }
    getManifest(_ref, digest) {
        const bytes = this.read(digest);
        const manifest = JSON.parse(bytes.toString('utf8'));
        return Promise.resolve({ digest, mediaType: manifest.mediaType ?? '', manifest, bytes: bytes.length });
    }
    getBlob(_ref, digest) {
        return Promise.resolve(this.read(digest));
    }
    getBlobRange(_ref, digest, start, end) {
        const fd = external_node_fs_.openSync(this.blobPath(digest), 'r');
        try {
            const buffer = Buffer.alloc(end - start + 1);
            const read = external_node_fs_.readSync(fd, buffer, 0, buffer.length, start);
            return Promise.resolve(buffer.subarray(0, read));
        }
        finally {
            external_node_fs_.closeSync(fd);
        }
    }
    /** A blob as a stream (a layer, read file by file). */
    openBlob(_ref, digest) {
        const file = this.blobPath(digest);
        if (!external_node_fs_.existsSync(file))
            return Promise.reject(new RegistryError(`${digest} is not in the OCI layout ${this.dir}`, 404));
        return Promise.resolve(external_node_fs_.createReadStream(file, { highWaterMark: 1 << 20 }));
    }
    /** The image the layout holds (its index.json's first entry: the multi-platform index, or the one manifest). */
    async image(name) {
        const index = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(this.dir, 'index.json'), 'utf8'));
        const top = index.manifests?.[0];
        if (!top)
            return undefined;
        return inspectImage(this, reference_parseReference(name), top.digest);
    }
}

;// CONCATENATED MODULE: ./src/plan/size-history.ts
/**
 * The size history of an image (issue 31): one point per push on the default branch, with
 * its commit, time and per platform sizes; capped, and merged so that concurrent writers
 * keep each other's points. Pure: the registry I/O is src/readback/size-history.ts.
 */
/** The artifactType of the history manifest, and the media type of its one layer. */
const size_history_HISTORY_MEDIA_TYPE = 'application/vnd.hoist.size-history.v1+json';
/** The tag the history lives under, in the image's own repository. */
const size_history_HISTORY_TAG = 'hoist-size-history';
const HISTORY_SCHEMA = 'hoist.size-history/v1';
/** Points kept: enough for any chart (size-trend takes at most this), small enough to read in one request (~40 kB). */
const HISTORY_CAP = 200;
const emptyHistory = () => ({ schema: HISTORY_SCHEMA, points: [] });
/** A point's identity: the same build read twice is one point; a commit built again is another. */
const pointKey = (p) => `${p.commit} ${p.time} ${p.digest}`;
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const PLATFORM = /^[a-z0-9._-]+(\/[a-z0-9._-]+){1,2}$/i;
const COMMIT = /^[0-9a-f]{4,64}$/i;
const size_history_DIGEST = /^sha256:[0-9a-f]{64}$/;
/** The point if it is one a history keeps (parseHistory drops the rest), else undefined. */
function validPoint(raw) {
    const p = raw;
    if (!p || typeof p !== 'object')
        return undefined;
    if (typeof p.commit !== 'string' || !COMMIT.test(p.commit) || typeof p.digest !== 'string' || !size_history_DIGEST.test(p.digest))
        return undefined;
    if (typeof p.time !== 'string' || Number.isNaN(Date.parse(p.time)) || !p.platforms || typeof p.platforms !== 'object')
        return undefined;
    const platforms = {};
    for (const [name, s] of Object.entries(p.platforms)) {
        if (!PLATFORM.test(name) || !s || !isCount(s.compressed) || !isCount(s.layers) || !(s.unpacked === null || isCount(s.unpacked)))
            return undefined;
        platforms[name] = { compressed: s.compressed, unpacked: s.unpacked, layers: s.layers };
    }
    if (Object.keys(platforms).length === 0)
        return undefined;
    return { commit: p.commit, time: new Date(p.time).toISOString(), digest: p.digest, platforms };
}
/**
 * The history blob as read from the registry, checked: anyone who can push to the
 * repository can write it, and its text ends up in a chart. Points that do not check are
 * dropped; a blob that is not a history at all throws.
 */
function parseHistory(text) {
    const raw = JSON.parse(text);
    if (raw?.schema !== HISTORY_SCHEMA || !Array.isArray(raw.points))
        throw new Error(`not a ${HISTORY_SCHEMA} document`);
    return { schema: HISTORY_SCHEMA, points: sortCap(raw.points.map(validPoint).filter((p) => p !== undefined)) };
}
/** Oldest first (by time, then commit), each point once, the newest `cap` kept. */
function sortCap(points, cap = HISTORY_CAP) {
    const unique = new Map(points.map(p => [pointKey(p), p]));
    const sorted = [...unique.values()].sort((a, b) => a.time.localeCompare(b.time) || a.commit.localeCompare(b.commit) || a.digest.localeCompare(b.digest));
    return sorted.slice(Math.max(0, sorted.length - cap));
}
/** Every point of both histories, once each, oldest first, capped: what two concurrent writers agree on. */
function size_history_mergeHistories(a, b, cap = HISTORY_CAP) {
    return { schema: HISTORY_SCHEMA, points: sortCap([...a.points, ...b.points], cap) };
}
function size_history_appendPoint(history, point, cap = HISTORY_CAP) {
    return { schema: HISTORY_SCHEMA, points: sortCap([...history.points, point], cap) };
}
/** Whether the history holds the point (the check after a write: a concurrent writer may have replaced it). */
function size_history_hasPoint(history, point) {
    const key = pointKey(point);
    return history.points.some(p => pointKey(p) === key);
}

;// CONCATENATED MODULE: ./src/readback/size-history.ts
/**
 * The size history in the registry: an OCI artifact under the tag `hoist-size-history` in
 * the image's own repository (an OCI image manifest with `artifactType`
 * application/vnd.hoist.size-history.v1+json, the empty config, and one JSON layer).
 *
 * A tag, not the referrers API: distribution v2 (this repository's loopback registry) has no
 * referrers endpoint, and a referrer needs a subject, while the history is about the
 * repository, not one image; a plain tag is read and written the same way on every registry,
 * with the push rights the step already has.
 *
 * Registries have no conditional manifest PUT, so a write is read → append → HEAD (the tag
 * still where it was read?) → PUT, and, after a pause, read again (is the point there?),
 * retried with jitter. The action reads while the build runs, writes after the push, and
 * reads again in its post step, by when the pause has long passed (src/report/history.ts).
 */



const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
/** The OCI empty descriptor's content (image-spec v1.1 manifest.md, "Guidance for an Empty Descriptor"). */
const EMPTY_CONFIG = Buffer.from('{}');
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/** A history blob larger than this is not read (200 points are ~40 kB). */
const MAX_HISTORY_BYTES = 1024 * 1024;
/** The repository with the history's tag in place of the image's. */
function historyRef(repository) {
    return { domain: repository.domain, path: repository.path, tag: size_history_HISTORY_TAG };
}
/** The history and the manifest digest it was read from; an empty one when the tag does not exist. */
async function readHistory(registry, repository) {
    const ref = historyRef(repository);
    let fetched;
    try {
        fetched = await registry.getManifest(ref, size_history_HISTORY_TAG);
    }
    catch (e) {
        if (e instanceof RegistryError && e.status === 404)
            return { history: emptyHistory() };
        throw e;
    }
    const layer = fetched.manifest.layers?.find(l => l.mediaType === size_history_HISTORY_MEDIA_TYPE);
    if (!layer)
        throw new Error(`${size_history_HISTORY_TAG} holds no ${size_history_HISTORY_MEDIA_TYPE} layer`);
    if (layer.size > MAX_HISTORY_BYTES)
        throw new Error(`${size_history_HISTORY_TAG}'s history is ${layer.size} bytes, more than the ${MAX_HISTORY_BYTES} read`);
    const blob = await registry.getBlob(ref, layer.digest);
    const actual = `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(blob).digest('hex')}`;
    if (actual !== layer.digest)
        throw new Error(`${size_history_HISTORY_TAG}'s history blob has digest ${actual}, not ${layer.digest}`);
    return { history: parseHistory(blob.toString('utf8')), digest: fetched.digest };
}
/** Uploads the history's blobs; returns the manifest to PUT (not yet PUT: the caller checks the tag first). */
async function uploadHistory(registry, ref, history, time) {
    const data = Buffer.from(JSON.stringify(history));
    // The layer is new (it holds this point), so its upload skips the HEAD that asks whether it is there.
    const [config, layer] = await Promise.all([registry.putBlob(ref, EMPTY_CONFIG), registry.putBlob(ref, data, { new: true })]);
    const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: HISTORY_MEDIA_TYPE,
        config: { mediaType: EMPTY_MEDIA_TYPE, digest: config, size: EMPTY_CONFIG.length, data: EMPTY_CONFIG.toString('base64') },
        layers: [{ mediaType: HISTORY_MEDIA_TYPE, digest: layer, size: data.length }],
        annotations: { 'org.opencontainers.image.created': time }
    };
    return Buffer.from(JSON.stringify(manifest));
}
const realSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/**
 * Appends the point to the history read and writes it, unless the tag moved since that
 * read (a HEAD right before the PUT: the distribution spec has no conditional PUT); then
 * the newer history is merged in and written instead. Throws when it cannot write within
 * `attempts`.
 */
async function writePoint(registry, repository, point, read, options = {}) {
    const ref = historyRef(repository);
    const attempts = options.attempts ?? 8;
    const clock = options.clock ?? (() => performance.now());
    for (let attempt = 1;; attempt++) {
        const wanted = appendPoint(read.history, point);
        const manifest = await uploadHistory(registry, ref, wanted, point.time);
        const asked = clock();
        const now = await registry.headManifest(ref, HISTORY_TAG);
        const roundTripMs = clock() - asked;
        if (now === read.digest) {
            await registry.putManifest(ref, HISTORY_TAG, OCI_MANIFEST, manifest);
            return { history: wanted, roundTripMs };
        }
        // The tag moved since the read: merge in what is there now, apart in time from the other writer.
        if (attempt >= attempts)
            throw new Error(`the history kept changing under ${attempts} writes; this build's point may be missing`);
        await waitApart(options, attempt);
        const moved = await readHistory(registry, ref);
        read = { history: mergeHistories(moved.history, wanted), ...(moved.digest ? { digest: moved.digest } : {}) };
    }
}
function waitApart(options, attempt) {
    return (options.sleep ?? realSleep)(100 + Math.floor((options.random ?? Math.random)() * 400 * attempt));
}
/**
 * How long the check after a write waits: a writer whose HEAD came just before this PUT
 * sends its own PUT one of its round trips later, so two of ours, plus 25-50 ms for a
 * busy machine (against a loopback registry on two busy cores, 4 writers at once lost a
 * point now and then with 5-10 ms, never with this).
 */
function pauseBeforeCheck(written, random = Math.random) {
    return 25 + 2 * Math.ceil(written.roundTripMs) + Math.floor(random() * 25);
}
/**
 * The check after a write, once `pauseBeforeCheck` has passed: the history is read again
 * and must hold the point and every point written (unless the cap dropped it). A writer
 * whose HEAD and PUT straddled ours replaced it without them: they are merged in and
 * written again, and checked again after the pause. Returns the history as checked.
 */
async function checkPoint(registry, repository, point, written, options = {}) {
    const ref = historyRef(repository);
    const attempts = options.attempts ?? 8;
    const sleep = options.sleep ?? realSleep;
    for (let attempt = 1;; attempt++) {
        const after = await readHistory(registry, ref);
        const kept = (p) => hasPoint(after.history, p) || !hasPoint(mergeHistories(after.history, written.history), p);
        if (hasPoint(after.history, point) && written.history.points.every(kept))
            return after.history;
        if (attempt >= attempts)
            throw new Error(`the history kept losing this build's point under ${attempts} writes`);
        await waitApart(options, attempt);
        const again = { history: mergeHistories(after.history, written.history), ...(after.digest ? { digest: after.digest } : {}) };
        written = await writePoint(registry, ref, point, again, options);
        await sleep(pauseBeforeCheck(written, options.random));
    }
}

;// CONCATENATED MODULE: ./src/report/gates.ts

function evaluateGates(report, maxSize, maxIncrease) {
    const results = [];
    const size = maxSize ? bytes_parseSize(maxSize) : undefined;
    if (size !== undefined) {
        const failures = report.platforms.filter(p => p.compressed > size).map(p => `${p.platform} is ${bytes_formatBytes(p.compressed)} compressed, over max-size ${maxSize}`);
        results.push({ name: 'max-size', limit: maxSize, passed: failures.length === 0, failures });
    }
    const increase = maxIncrease ? bytes_parseIncrease(maxIncrease) : undefined;
    if (increase) {
        const compared = report.platforms.filter(p => p.delta);
        const failures = compared
            .filter(p => ('percent' in increase ? (p.delta?.percent ?? (p.delta.bytes > 0 ? Infinity : 0)) > increase.percent : p.delta.bytes > increase.bytes))
            .map(p => `${p.platform} grew ${bytes_formatBytes(p.delta.bytes)}${p.delta.percent !== undefined ? ` (+${p.delta.percent.toFixed(1)} %)` : ''}, over max-size-increase ${maxIncrease}`);
        results.push({ name: 'max-size-increase', limit: maxIncrease, passed: compared.length === 0 ? undefined : failures.length === 0, failures });
    }
    return results;
}

;// CONCATENATED MODULE: ./src/report/cells.ts
/** Cells of the report's markdown tables: inline code, one short line, a Dockerfile line linked to the built commit. */
/** Inline code in a table cell. */
function code(text) {
    return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
/** One line of at most `max` characters. */
function cells_cut(text, max) {
    const line = text.replace(/\s+/g, ' ');
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
/** `Dockerfile:7`, linked to that line at the built commit when the report knows where the file is on the web. */
function lineCell(report, line) {
    if (line === undefined)
        return '—';
    const where = `${cells_cut(report.dockerfile?.path ?? 'Dockerfile', 120)}:${line}`.replace(/[[\]|`]/g, '_');
    return report.dockerfile?.url ? `[${where}](${report.dockerfile.url}#L${line})` : `\`${where}\``;
}

;// CONCATENATED MODULE: ./src/report/format.ts

/** `▲ 0.3 MB (+5.2 %)`, `▼ 12.0 kB (−0.2 %)`, `=` for no change. */
function format_formatDelta(d, withPercent = true) {
    if (d.bytes === 0)
        return '=';
    const arrow = d.bytes > 0 ? '▲' : '▼';
    // A delta reads in the unit of the sizes beside it: 300 kB next to 6.0 MB is "0.3 MB".
    const abs = Math.abs(d.bytes);
    const amount = abs >= 1e5 && abs < 1e9 ? `${(abs / 1e6).toFixed(1)} MB` : bytes_formatBytes(abs);
    const percent = withPercent && d.percent !== undefined ? ` (${d.percent > 0 ? '+' : '−'}${Math.abs(d.percent).toFixed(1)} %)` : '';
    return `${arrow} ${amount}${percent}`;
}

;// CONCATENATED MODULE: ./src/dockerfile/expand.ts
/**
 * Shell word processing as BuildKit's Dockerfile frontend does it (moby/buildkit
 * frontend/dockerfile/shell, its shell lexer): quotes, escapes and $VAR, ${VAR},
 * ${VAR:-x}, ${VAR-x}, ${VAR:+x}, ${VAR+x}, ${VAR:?x}, ${VAR#p}, ${VAR%p}, ${VAR/p/r}.
 * The parser uses it to unquote words and find heredoc names; mounts.ts uses it to
 * expand ARG and ENV values, FROM and `--mount=` fields, noting which variables had
 * no value the text can tell. Pure: no I/O.
 * Follows moby/buildkit v0.32.2: frontend/dockerfile/shell/lex.go.
 */
/** Every variable left exactly as written (BuildKit's SkipUnsetEnv with no environment). */
const keepAsWritten = () => ({ kind: 'raw' });
function newTracking() {
    return { unknown: new Set(), missing: new Set() };
}
function mergeTracking(into, from) {
    for (const n of from.unknown)
        into.unknown.add(n);
    for (const n of from.missing)
        into.missing.add(n);
}
class ShellError extends Error {
}
class Words {
    words = [];
    buf = '';
    inWord = false;
    addChar(ch) {
        if (/\s/.test(ch)) {
            if (this.inWord && this.buf !== '') {
                this.words.push(this.buf);
                this.buf = '';
                this.inWord = false;
            }
        }
        else
            this.addRaw(ch);
    }
    addRaw(s) {
        this.buf += s;
        this.inWord = true;
    }
    addString(s) {
        for (const ch of s)
            this.addChar(ch);
    }
    done() {
        if (this.buf !== '')
            this.words.push(this.buf);
        this.buf = '';
        return this.words;
    }
}
class ShellWord {
    opts;
    chars;
    pos = 0;
    rawEscapes;
    tracking = newTracking();
    constructor(source, opts) {
        this.opts = opts;
        this.chars = Array.from(source);
        this.rawEscapes = opts.rawEscapes ?? false;
    }
    /** The word with quotes removed and variables substituted. Throws ShellError as BuildKit would fail. */
    word() {
        return this.processStopOn(undefined, this.rawEscapes, this.tracking).text;
    }
    /** The same, split into words on unquoted blanks. */
    words() {
        return this.processStopOn(undefined, this.rawEscapes, this.tracking).words;
    }
    peek() {
        return this.chars[this.pos];
    }
    next() {
        return this.chars[this.pos++];
    }
    processStopOn(stop, rawEscapes, track) {
        const saved = this.rawEscapes;
        this.rawEscapes = rawEscapes;
        try {
            let text = '';
            const words = new Words();
            while (this.peek() !== undefined) {
                const ch = this.peek();
                if (stop !== undefined && ch === stop) {
                    this.next();
                    return { text, words: words.done() };
                }
                if (ch === '$') {
                    const v = this.processDollar(track);
                    text += v;
                    words.addString(v);
                    continue;
                }
                if (ch === "'" || ch === '"' || ch === '<') {
                    const v = ch === "'" ? this.singleQuote() : ch === '"' ? this.doubleQuote(track) : this.possibleHeredoc();
                    text += v;
                    words.addRaw(v);
                    continue;
                }
                let c = this.next();
                if (c === this.opts.escape) {
                    if (this.rawEscapes) {
                        words.addRaw(c);
                        text += c;
                    }
                    const escaped = this.next();
                    if (escaped === undefined)
                        break;
                    c = escaped;
                    words.addRaw(c);
                }
                else
                    words.addChar(c);
                text += c;
            }
            if (stop !== undefined)
                throw new ShellError(`unexpected end of statement while looking for matching ${stop}`);
            return { text, words: words.done() };
        }
        finally {
            this.rawEscapes = saved;
        }
    }
    singleQuote() {
        let out = '';
        const open = this.next();
        if (this.opts.rawQuotes)
            out += open;
        for (;;) {
            const ch = this.next();
            if (ch === undefined)
                throw new ShellError('unexpected end of statement while looking for matching single-quote');
            if (ch === "'") {
                if (this.opts.rawQuotes)
                    out += ch;
                return out;
            }
            out += ch;
        }
    }
    doubleQuote(track) {
        let out = '';
        const open = this.next();
        if (this.opts.rawQuotes)
            out += open;
        for (;;) {
            const ch = this.peek();
            if (ch === undefined)
                throw new ShellError('unexpected end of statement while looking for matching double-quote');
            if (ch === '"') {
                this.next();
                if (this.opts.rawQuotes)
                    out += ch;
                return out;
            }
            if (ch === '$') {
                out += this.processDollar(track);
                continue;
            }
            let c = this.next();
            if (c === this.opts.escape) {
                if (this.rawEscapes)
                    out += c;
                const after = this.peek();
                if (after === undefined)
                    continue;
                if (after === '"' || after === '$' || after === this.opts.escape)
                    c = this.next();
            }
            out += c;
        }
    }
    /** `<<` and the blanks after it stay glued to the heredoc word that follows. */
    possibleHeredoc() {
        this.next();
        if (this.peek() !== '<')
            return '<';
        this.next();
        let out = '<<';
        while (this.peek() !== undefined && /[ \t\r\n\v\f]/.test(this.peek()))
            out += this.next();
        return out;
    }
    name() {
        const first = this.peek();
        if (first === undefined)
            return '';
        if (/[0-9]/.test(first)) {
            let digits = '';
            while (this.peek() !== undefined && /[0-9]/.test(this.peek()))
                digits += this.next();
            return digits;
        }
        if ('@*#?-$!0'.includes(first))
            return this.next();
        let name = '';
        while (this.peek() !== undefined && /[\p{L}\p{Nd}_]/u.test(this.peek()))
            name += this.next();
        return name;
    }
    resolve(name, asWritten, track) {
        const v = this.opts.lookup(name);
        if (v.kind === 'raw') {
            track.unknown.add(name);
            return asWritten;
        }
        if (v.kind === 'unset') {
            track.missing.add(name);
            return '';
        }
        if (v.unknown)
            track.unknown.add(name);
        return v.value;
    }
    processDollar(track) {
        this.next(); // $
        if (this.peek() !== '{') {
            const name = this.name();
            return name === '' ? '$' : this.resolve(name, `$${name}`, track);
        }
        this.next(); // {
        const first = this.peek();
        if (first === undefined)
            throw new ShellError("syntax error: missing '}'");
        if (first === '{' || first === '}' || first === ':')
            throw new ShellError('syntax error: bad substitution');
        const name = this.name();
        let op = this.next();
        if (op === undefined)
            throw new ShellError("syntax error: missing '}'");
        if (op === '}')
            return this.resolve(name, `\${${name}}`, track);
        if (op === '/') {
            const all = this.peek() === '/';
            if (all)
                this.next();
            const sub = newTracking();
            const pattern = this.processStopOn('/', true, sub).text;
            const replacement = this.processStopOn('}', true, sub).text;
            const v = this.opts.lookup(name);
            if (v.kind === 'raw') {
                track.unknown.add(name);
                return `\${${name}${all ? '//' : '/'}${pattern}/${replacement}}`;
            }
            mergeTracking(track, sub);
            if (v.kind === 'unset') {
                track.missing.add(name);
                return '';
            }
            if (v.unknown)
                track.unknown.add(name);
            const re = new RegExp(globToRegex(pattern, true), all ? 'gs' : 's');
            return v.value.replace(re, () => replacement);
        }
        let modifier = op;
        const nullIsUnset = op === ':';
        if (nullIsUnset) {
            op = this.next();
            if (op === undefined)
                throw new ShellError("syntax error: missing '}'");
            modifier += op;
        }
        if (!'+-?#%'.includes(op))
            throw new ShellError(`unsupported modifier (${modifier}) in substitution`);
        const trims = op === '#' || op === '%';
        if (nullIsUnset && trims)
            throw new ShellError(`unsupported modifier (${modifier}) in substitution`);
        const sub = newTracking();
        const word = this.processStopOn('}', trims, sub).text;
        const v = this.opts.lookup(name);
        if (v.kind === 'raw') {
            track.unknown.add(name);
            return `\${${name}${modifier}${word}}`;
        }
        const set = v.kind === 'set';
        const value = v.kind === 'set' ? v.value : '';
        if (v.kind === 'set' && v.unknown)
            track.unknown.add(name);
        const empty = !set || (nullIsUnset && value === '');
        switch (op) {
            case '-':
                if (empty) {
                    mergeTracking(track, sub);
                    return word;
                }
                return value;
            case '+':
                if (empty)
                    return '';
                mergeTracking(track, sub);
                return word;
            case '?':
                if (empty)
                    throw new ShellError(`${name}: ${word || (set ? 'is not allowed to be empty' : 'is not allowed to be unset')}`);
                return value;
            default: {
                if (!set)
                    track.missing.add(name);
                mergeTracking(track, sub);
                const greedy = word.startsWith(op);
                const pattern = greedy ? word.slice(1) : word;
                return op === '#' ? trimPrefix(value, pattern, greedy) : trimSuffix(value, pattern, greedy);
            }
        }
    }
}
/** A shell pattern (`*`, `?`, `[...]`, `\x`) as a regular expression source. */
function globToRegex(pattern, greedy) {
    let out = '';
    const chars = Array.from(pattern);
    for (let p = 0; p < chars.length; p++) {
        const ch = chars[p];
        if (ch === '*')
            out += greedy ? '.*' : '.*?';
        else if (ch === '?')
            out += '.';
        else if (ch === '\\' && p + 1 < chars.length)
            out += escapeRegex(chars[++p]);
        else if (ch === '[') {
            const close = chars.indexOf(']', p + 2);
            if (close < 0)
                out += '\\[';
            else {
                let cls = chars.slice(p + 1, close).join('');
                if (cls.startsWith('!'))
                    cls = '^' + cls.slice(1);
                out += `[${cls.replace(/\\/g, '\\\\')}]`;
                p = close;
            }
        }
        else
            out += escapeRegex(ch);
    }
    return out;
}
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function trimPrefix(value, pattern, greedy) {
    const re = new RegExp(`^(?:${globToRegex(pattern, true)})$`, 's');
    const order = [...Array(value.length + 1).keys()];
    for (const end of greedy ? order.reverse() : order)
        if (re.test(value.slice(0, end)))
            return value.slice(end);
    return value;
}
function trimSuffix(value, pattern, greedy) {
    const re = new RegExp(`^(?:${globToRegex(pattern, true)})$`, 's');
    const order = [...Array(value.length + 1).keys()];
    for (const start of greedy ? order : order.reverse())
        if (re.test(value.slice(start)))
            return value.slice(0, start);
    return value;
}
function expand(word, escape, lookup) {
    const shell = new ShellWord(word, { escape, lookup });
    try {
        const text = shell.word();
        return { text, unknown: [...shell.tracking.unknown], missing: [...shell.tracking.missing] };
    }
    catch (e) {
        return { text: '', unknown: [], missing: [], error: e instanceof Error ? e.message : String(e) };
    }
}

;// CONCATENATED MODULE: ./src/dockerfile/parse.ts
/**
 * A Dockerfile reader that follows BuildKit's Dockerfile frontend (moby/buildkit
 * frontend/dockerfile/parser) closely enough to find stages, global ARGs, heredocs
 * and flags the way a build would: lines, parser directives, continuations, heredoc
 * bodies, `--flags`, instructions and stages. Pure: no I/O.
 *
 * It never throws on a malformed file: what BuildKit would reject is either skipped or,
 * for file-level problems, listed in `problems`. Quotes, escapes and variables in a
 * word are expand.ts's job; build-arg scopes and RUN cache mounts are mounts.ts's.
 * Follows moby/buildkit v0.32.2: frontend/dockerfile/parser/parser.go, frontend/dockerfile/parser/line_parsers.go, frontend/dockerfile/parser/split_command.go, frontend/dockerfile/parser/directives.go, frontend/dockerfile/instructions/parse.go.
 */

const WHITESPACE = /[\t\v\f\r ]+/; // BuildKit's reWhitespace
const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/;
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const DIRECTIVE_KEYS = new Set(['syntax', 'escape', 'check']);
function parse_parseDockerfile(text) {
    const lines = splitLines(text.replace(/^\uFEFF/, ''));
    const problems = [];
    let escape = '\\';
    let syntax;
    const seenDirectives = new Set();
    let directivesDone = false;
    const instructions = [];
    let i = 0;
    while (i < lines.length) {
        // Instruction start: leading whitespace is dropped, a comment line is nothing.
        const first = trimNewline(lines[i].text).replace(/^\s+/, '');
        if (!directivesDone) {
            const d = directive(first);
            if (!d)
                directivesDone = true;
            else if (seenDirectives.has(d.name))
                problems.push({ line: i + 1, message: `only one ${d.name} parser directive can be used` });
            else {
                seenDirectives.add(d.name);
                if (d.name === 'escape') {
                    if (d.value === '\\' || d.value === '`')
                        escape = d.value;
                    else
                        problems.push({ line: i + 1, message: `invalid escape token '${d.value}' does not match \` or \\` });
                }
                else if (d.name === 'syntax')
                    syntax = d.value.split(' ')[0];
            }
        }
        i++;
        const startLine = i;
        let [content, ended] = trimContinuation(isComment(first) ? '' : first, escape);
        if (ended && content === '')
            continue;
        // Continuation lines: comment lines and blank lines are skipped, leading whitespace kept.
        let joined = content;
        while (!ended && i < lines.length) {
            const next = trimNewline(lines[i].text);
            i++;
            if (isComment(next) || next.trim() === '')
                continue;
            [content, ended] = trimContinuation(next, escape);
            joined += content;
        }
        const { keyword, flags, args } = splitCommand(joined, escape);
        const heredocs = [];
        if (canContainHeredoc(keyword, args, escape) && joined.includes('<<')) {
            for (const { name, chomp } of heredocsFromLine(joined)) {
                let body = '';
                let terminated = false;
                while (i < lines.length) {
                    const line = lines[i];
                    i++;
                    let candidate = trimNewline(line.text);
                    if (chomp)
                        candidate = candidate.replace(/^\t+/, '');
                    if (candidate === name) {
                        terminated = true;
                        break;
                    }
                    body += line.text + (line.newline ? '\n' : '');
                }
                if (!terminated)
                    problems.push({ line: startLine, message: `unterminated heredoc ${name}` });
                heredocs.push({ name, body: chomp ? body.replace(/^\t+/gm, '') : body, chomp });
            }
        }
        instructions.push({ keyword, flags, args, heredocs, line: startLine, endLine: i });
    }
    const globalArgs = [];
    const stages = [];
    for (const ins of instructions) {
        if (ins.keyword === 'FROM') {
            stages.push(fromStage(ins, stages.length, problems));
        }
        else if (stages.length > 0) {
            stages[stages.length - 1].instructions.push(ins);
        }
        else if (ins.keyword === 'ARG') {
            for (const arg of argPairs(ins.args, escape)) {
                if (arg.name === '') {
                    problems.push({ line: ins.line, message: 'ARG names can not be blank' });
                    continue;
                }
                const entry = { name: arg.name };
                if (arg.raw !== undefined) {
                    entry.value = unquote(arg.raw, escape);
                    if (entry.value !== arg.raw)
                        entry.raw = arg.raw;
                }
                globalArgs.push(entry);
            }
        }
        else {
            problems.push({ line: ins.line, message: `${ins.keyword} before the first FROM: no build stage in current context` });
        }
    }
    if (instructions.length === 0)
        problems.push({ line: lines.length, message: 'file with no instructions' });
    const parsed = { escape, globalArgs, stages };
    if (syntax !== undefined)
        parsed.syntax = syntax;
    if (problems.length > 0)
        parsed.problems = problems;
    return parsed;
}
function splitLines(text) {
    if (text === '')
        return [];
    const parts = text.split('\n');
    const lines = parts.map((t, n) => ({ text: t, newline: n < parts.length - 1 }));
    if (lines[lines.length - 1].text === '')
        lines.pop(); // the file ended with a newline
    return lines;
}
function trimNewline(s) {
    return s.replace(/[\r\n]+$/, '');
}
function isComment(s) {
    return /^\s*#/.test(s);
}
function directive(line) {
    if (!line.startsWith('#'))
        return undefined;
    const m = DIRECTIVE.exec(line.slice(1).replace(/^\s+/, ''));
    if (!m)
        return undefined;
    const name = m[1].toLowerCase();
    return DIRECTIVE_KEYS.has(name) ? { name, value: m[2] } : undefined;
}
/**
 * The escape token as the last non-blank character continues the line, unless it is
 * itself escaped; the token and what follows it are dropped, what precedes it is kept.
 */
function trimContinuation(line, escape) {
    const trimmed = line.replace(/[ \t]+$/, '');
    if (trimmed.endsWith(escape) && (trimmed.length === 1 || trimmed[trimmed.length - 2] !== escape)) {
        return [trimmed.slice(0, -1), false];
    }
    return [line, true];
}
function splitCommand(line, escape) {
    const trimmed = line.trim();
    const m = WHITESPACE.exec(trimmed);
    const keyword = (m ? trimmed.slice(0, m.index) : trimmed).toUpperCase();
    if (!m)
        return { keyword, flags: [], args: '' };
    const { rest, flags } = extractFlags(trimmed.slice(m.index + m[0].length), escape);
    return { keyword, flags, args: rest.trim() };
}
/** Leading `--words` (quotes removed, escapes applied); a bare `--` ends them. */
function extractFlags(line, escape) {
    const flags = [];
    let pos = 0;
    for (;;) {
        while (pos < line.length && /\s/.test(line[pos]))
            pos++;
        if (pos >= line.length)
            return { rest: '', flags };
        if (!line.startsWith('--', pos))
            return { rest: line.slice(pos), flags };
        let word = '';
        let quote = '';
        let blankOk = false;
        for (; pos < line.length; pos++) {
            const ch = line[pos];
            if (quote) {
                if (ch === quote)
                    quote = '';
                else if (ch === escape) {
                    if (pos + 1 === line.length)
                        quote = '';
                    else
                        word += line[++pos];
                }
                else
                    word += ch;
                continue;
            }
            if (/\s/.test(ch))
                break;
            if (ch === '"' || ch === "'") {
                quote = ch;
                blankOk = true;
            }
            else if (ch === escape) {
                if (pos + 1 < line.length)
                    word += line[++pos];
            }
            else
                word += ch;
        }
        if (word === '--')
            return { rest: line.slice(pos), flags };
        if (blankOk || word.length > 0)
            flags.push(word);
    }
}
/** RUN/COPY/ADD (also under ONBUILD) in shell form may carry heredocs; the JSON form never does. */
function canContainHeredoc(keyword, args, escape) {
    if (keyword === 'ONBUILD') {
        const sub = splitCommand(args, escape);
        return HEREDOC_KEYWORDS.has(sub.keyword) && !isJsonArray(sub.args);
    }
    return HEREDOC_KEYWORDS.has(keyword) && !isJsonArray(args);
}
/** The exec form's words (`["go", "build"]`), or undefined for the shell form. */
function jsonArray(args) {
    const trimmed = args.replace(/^\s+/, '');
    if (!trimmed.startsWith('['))
        return undefined;
    try {
        const value = JSON.parse(trimmed);
        if (Array.isArray(value) && value.every(v => typeof v === 'string'))
            return value;
    }
    catch {
        // not JSON: shell form
    }
    return undefined;
}
function isJsonArray(args) {
    return jsonArray(args) !== undefined;
}
/** Every `<<WORD`, `<<-WORD`, `<<"WORD"`, `3<<WORD` word of the line, in order (lexed with `\`, whatever the escape directive). */
function heredocsFromLine(line) {
    let words;
    try {
        words = new ShellWord(line, { escape: '\\', rawQuotes: true, rawEscapes: true, lookup: keepAsWritten }).words();
    }
    catch {
        return [];
    }
    const docs = [];
    for (const word of words) {
        const doc = heredocWord(word);
        if (doc)
            docs.push(doc);
    }
    return docs;
}
function heredocWord(word) {
    const m = HEREDOC_WORD.exec(word);
    if (!m || m[3] === '')
        return undefined;
    let names;
    try {
        names = new ShellWord(m[3], { escape: '\\', lookup: keepAsWritten }).words();
    }
    catch {
        return undefined;
    }
    return names.length === 1 ? { name: names[0], chomp: m[2] === '-' } : undefined;
}
function fromStage(ins, index, problems) {
    const words = ins.args === '' ? [] : ins.args.split(WHITESPACE);
    const stage = { index, base: words[0] ?? '', line: ins.line, instructions: [] };
    for (const flag of ins.flags) {
        if (flag.startsWith('--platform='))
            stage.platform = flag.slice('--platform='.length);
    }
    if (words.length === 3 && words[1].toLowerCase() === 'as') {
        stage.name = words[2].toLowerCase();
        if (!/^[a-z][a-z0-9-_.]*$/.test(stage.name))
            problems.push({ line: ins.line, message: `invalid name for build stage: "${words[2]}"` });
    }
    else if (words.length !== 1) {
        problems.push({ line: ins.line, message: 'FROM requires either one or three arguments' });
    }
    return stage;
}
/**
 * Words of an ARG/ENV line as BuildKit's parser splits them: on blanks outside quotes,
 * quotes and escapes kept for the later word processing.
 */
function parseWords(rest, escape) {
    const words = [];
    const chars = Array.from(rest);
    let word = '';
    let inWord = false;
    let quote = '';
    let blankOk = false;
    for (let p = 0; p < chars.length; p++) {
        const ch = chars[p];
        if (!inWord) {
            if (/\s/.test(ch))
                continue;
            inWord = true;
        }
        if (quote) {
            if (ch === quote)
                quote = '';
            else if (ch === escape && quote !== "'") {
                if (p + 1 === chars.length) {
                    quote = '';
                    continue;
                }
                word += ch;
                word += chars[++p];
                continue;
            }
            word += ch;
            continue;
        }
        if (/\s/.test(ch)) {
            if (blankOk || word.length > 0)
                words.push(word);
            word = '';
            blankOk = false;
            inWord = false;
            continue;
        }
        if (ch === '"' || ch === "'") {
            quote = ch;
            blankOk = true;
        }
        if (ch === escape) {
            if (p + 1 === chars.length)
                continue;
            word += ch;
            word += chars[++p];
            continue;
        }
        word += ch;
    }
    if (inWord && (blankOk || word.length > 0))
        words.push(word);
    return words;
}
/** `ARG A=1 B` → A with raw default `1`, B without one. */
function argPairs(args, escape) {
    return parseWords(args, escape).map(word => {
        const eq = word.indexOf('=');
        return eq < 0 ? { name: word } : { name: word.slice(0, eq), raw: word.slice(eq + 1) };
    });
}
/** `ENV A=1 B="x y"` or the old `ENV A some value`. */
function envPairs(args, escape) {
    const words = parseWords(args, escape);
    if (words.length === 0)
        return [];
    if (!words[0].includes('=')) {
        const m = WHITESPACE.exec(args);
        return m ? [{ name: args.slice(0, m.index), raw: args.slice(m.index + m[0].length) }] : [];
    }
    const pairs = [];
    for (const word of words) {
        const eq = word.indexOf('=');
        if (eq <= 0)
            return []; // BuildKit rejects the instruction
        pairs.push({ name: word.slice(0, eq), raw: word.slice(eq + 1) });
    }
    return pairs;
}
function unquote(raw, escape) {
    try {
        return new ShellWord(raw, { escape, lookup: keepAsWritten }).word();
    }
    catch {
        return raw;
    }
}
/** Source paths of a COPY/ADD (heredoc sources left out); JSON or shell form. */
function copySources(ins) {
    const args = jsonArray(ins.args) ?? (ins.args === '' ? [] : ins.args.split(WHITESPACE));
    return args.slice(0, -1).filter(src => heredocWord(src) === undefined);
}

;// CONCATENATED MODULE: ./src/report/lines.ts
/**
 * Which Dockerfile instruction, and which line, made each layer of an image. Pure.
 *
 * The source is the image config's `history`, not BuildKit's provenance. Every image config
 * carries a history, whoever built it: the baseline may come from any builder, or from a
 * BuildKit build without provenance (`provenance: false`, `mode=min`, a loaded image), and
 * provenance carries source locations only in `mode=max`, as an extra attestation manifest
 * and blob per platform to fetch, while the config is already read for every platform. The
 * history's entries without `empty_layer` are the manifest's layers, one each, in order, and
 * the base image's entries come first (a stage starts from its base's config). What history
 * lacks is the line: it comes from the Dockerfile hoist already read. The target stage and
 * the stages it is built `FROM` make the last entries of the history, one per instruction
 * (BuildKit records every instruction but FROM), so the two are laid side by side from the
 * end and checked keyword by keyword; when they disagree (ONBUILD triggers, another
 * Dockerfile), each entry is matched by its text instead, and what matches nothing, or
 * several lines alike, is named so, never guessed.
 * Follows moby/buildkit v0.32.2: frontend/dockerfile/dockerfile2llb/convert.go.
 */

/** A history entry's keyword and text, the way a Dockerfile line is compared with it. */
function historyText(createdBy) {
    let s = createdBy.replace(/\s*# buildkit$/, '').trim();
    // The legacy builder's forms: `/bin/sh -c #(nop) ENV …` and `/bin/sh -c make`.
    const nop = /^\/bin\/sh -c #\(nop\)\s*([\s\S]*)$/.exec(s);
    if (nop)
        s = nop[1];
    else if (s.startsWith('/bin/sh -c '))
        s = `RUN ${s}`;
    const keyword = (/^\S+/.exec(s)?.[0] ?? '').toUpperCase();
    let rest = s.slice(keyword.length).trim();
    if (keyword === 'RUN') {
        // BuildKit writes the build args a RUN saw first: `RUN |2 A=1 B=2 /bin/sh -c make`.
        const args = /^\|(\d+)\s+/.exec(rest);
        if (args)
            rest = rest.slice(args[0].length).split(' ').slice(Number(args[1])).join(' ');
        rest = rest.replace(/^\/bin\/sh -c /, '');
    }
    return { keyword, text: collapse(`${keyword} ${rest}`) };
}
function collapse(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** The instruction as people read it: its first line, flags and all, without a heredoc's body. */
function instructionLabel(ins) {
    return collapse([ins.keyword, ...ins.flags, ins.args.split('\n')[0]].join(' '));
}
/** The text BuildKit records for an instruction, when hoist can tell it (RUN, COPY and ADD without heredocs). */
function expectedText(ins) {
    if (ins.heredocs.length > 0)
        return undefined;
    if (ins.keyword === 'RUN')
        return collapse(`RUN ${(jsonArray(ins.args)?.join(' ') ?? ins.args).replace(/^\/bin\/sh -c /, '')}`);
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD')
        return collapse(`${ins.keyword} ${ins.args}`);
    return undefined;
}
/** Whether a history entry's text is what an instruction records; a RUN's may start with another SHELL's words. */
function sameText(recorded, expected) {
    if (expected === undefined)
        return false;
    return recorded === expected || (expected.startsWith('RUN ') && recorded.startsWith('RUN ') && recorded.endsWith(` ${expected.slice(4)}`));
}
function findStage(stages, name, before) {
    const lower = name.toLowerCase();
    const byName = stages.find(s => s.index < before && s.name === lower);
    if (byName)
        return byName;
    // BuildKit also takes a stage by its index (`FROM 0`).
    return /^\d+$/.test(name) && Number(name) < before ? stages[Number(name)] : undefined;
}
/** The target stage and the stages it is built FROM, first to last; undefined when the target is not a stage of the file. */
function stageChain(dockerfile, target) {
    const stages = dockerfile.stages;
    let stage = target ? stages.find(s => s.name === target.toLowerCase()) : stages[stages.length - 1];
    const chain = [];
    while (stage && chain.length <= stages.length) {
        chain.unshift(stage);
        stage = findStage(stages, stage.base, stage.index);
    }
    return chain.length > 0 ? chain : undefined;
}
/** The origin of each entry of `history`, in order. */
function mapHistory(history, source) {
    const chain = source ? stageChain(source.dockerfile, source.target) : undefined;
    if (!source || !chain) {
        const why = source ? `the target stage is not in the Dockerfile` : 'the Dockerfile was not read';
        return history.map(h => ({ kind: 'unmapped', instruction: historyText(h.createdBy).text, why }));
    }
    const root = chain[0];
    const baseOrigin = source.contexts.includes(root.base) ? { kind: 'context', from: root.base, line: root.line } : { kind: 'base', from: root.base, line: root.line };
    const steps = chain.flatMap(s => s.instructions);
    const texts = history.map(h => historyText(h.createdBy));
    const first = history.length - steps.length;
    const expected = steps.map(expectedText);
    // Side by side: every keyword the same, and every text hoist can tell (COPY and ADD expand variables, so not theirs with a `$`).
    const agrees = (i) => {
        const want = expected[i];
        return texts[first + i].keyword === steps[i].keyword && (want === undefined || (want.includes('$') && steps[i].keyword !== 'RUN') || sameText(texts[first + i].text, want));
    };
    if (first >= 0 && steps.every((_, i) => agrees(i))) {
        return history.map((_, i) => (i < first ? baseOrigin : lineOrigin(steps[i - first])));
    }
    return matchByText(texts, steps, expected, baseOrigin);
}
function lineOrigin(ins) {
    const origin = { kind: 'line', line: ins.line, instruction: instructionLabel(ins) };
    if (ins.heredocs.length > 0)
        origin.heredoc = true;
    return origin;
}
/**
 * When the history and the Dockerfile do not line up: the longest run of entries, in order,
 * whose text is the text an instruction records. Entries before the first match are the
 * base image's; the others that match nothing are named as the history names them.
 */
function matchByText(texts, steps, expected, baseOrigin) {
    const pairs = longestCommonRun(texts.map(t => t.text), expected, sameText);
    if (pairs.length === 0)
        return texts.map(t => ({ kind: 'unmapped', instruction: t.text, why: 'no line of the Dockerfile made it' }));
    const matched = new Map(pairs);
    const firstMatch = pairs[0][0];
    return texts.map((t, i) => {
        const step = matched.get(i);
        if (step === undefined)
            return i < firstMatch ? baseOrigin : { kind: 'unmapped', instruction: t.text, why: 'no line of the Dockerfile made it' };
        const lines = steps.filter((_, k) => sameText(t.text, expected[k])).map(s => s.line);
        return lines.length > 1 ? { kind: 'ambiguous', lines, instruction: instructionLabel(steps[step]) } : lineOrigin(steps[step]);
    });
}
/** Index pairs [i, j] of a longest common subsequence of `a` and `b` under `same`, in order. */
function longestCommonRun(a, b, same) {
    const n = a.length;
    const m = b.length;
    // lengths[i][j]: the longest run of a[i..] and b[j..].
    const lengths = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            lengths[i][j] = same(a[i], b[j]) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
        }
    }
    const pairs = [];
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
        if (same(a[i], b[j]) && lengths[i][j] === lengths[i + 1][j + 1] + 1) {
            pairs.push([i, j]);
            i++;
            j++;
        }
        else if (lengths[i + 1][j] >= lengths[i][j + 1])
            i++;
        else
            j++;
    }
    return pairs;
}

;// CONCATENATED MODULE: ./src/report/changes.ts

/** The history entries with the layer each made; one "layer N" entry per layer when the history does not line up with them. */
function entries(image, origins) {
    const history = image.history ?? [];
    if (history.filter(h => !h.emptyLayer).length !== image.layers.length) {
        return image.layers.map((layer, i) => ({ text: `layer ${i + 1}`, origin: { kind: 'unmapped', instruction: `layer ${i + 1}`, why: 'the history does not line up with the layers' }, layer }));
    }
    const named = origins(history);
    let next = 0;
    return history.map((h, i) => ({ text: historyText(h.createdBy).text, origin: named[i], ...(h.emptyLayer ? {} : { layer: image.layers[next++] }) }));
}
const isBase = (o) => o.kind === 'base' || o.kind === 'context';
function changes_status(was, now) {
    if (was.length === 0)
        return 'added';
    if (now.length === 0)
        return 'removed';
    if (was.length === now.length && was.every((l, i) => l.digest === now[i].digest))
        return 'unchanged';
    const delta = sum(now) - sum(was);
    return delta > 0 ? 'grown' : delta < 0 ? 'shrunk' : 'changed';
}
const sum = (layers) => layers.reduce((s, l) => s + l.size, 0);
/** The longest instruction text kept: a RUN of a long script stays readable, and the `sizes` output bounded. */
const INSTRUCTION_MAX = 200;
function change(instruction, origin, line, was, now) {
    const words = instruction.length > INSTRUCTION_MAX ? `${instruction.slice(0, INSTRUCTION_MAX - 1)}…` : instruction;
    const c = { instruction: words, origin, status: changes_status(was, now), delta: sum(now) - sum(was) };
    if (line !== undefined)
        c.line = line;
    if (was.length > 0)
        c.base = sum(was);
    if (now.length > 0)
        c.current = sum(now);
    return c;
}
function described(o) {
    switch (o.kind) {
        case 'base':
            return { instruction: `base image (FROM ${o.from})`, origin: 'base', line: o.line };
        case 'context':
            return { instruction: `build context ${o.from} (FROM ${o.from})`, origin: 'context', line: o.line };
        case 'line':
            return { instruction: o.instruction, origin: 'line', line: o.line };
        case 'ambiguous':
            return { instruction: `${o.instruction} (lines ${o.lines.join(', ')})`, origin: 'ambiguous' };
        case 'unmapped':
            return { instruction: o.instruction, origin: 'unmapped' };
    }
}
/** What made each layer of an image, in the manifest's order: its instruction and line, as compareLayers names them. */
function layerNames(image, source) {
    return entries(image, h => mapHistory(h, source))
        .filter(e => e.layer)
        .map(e => {
        const d = described(e.origin);
        return d.line !== undefined ? { instruction: d.instruction, line: d.line } : { instruction: d.instruction };
    });
}
/** This build's layers against the baseline's, per instruction, in this build's order, then what only the baseline had. */
function compareLayers(current, baseline, source) {
    const now = entries(current, h => mapHistory(h, source));
    // The baseline's entries are named through the build's: the Dockerfile may have changed since.
    const was = entries(baseline, h => h.map(() => ({ kind: 'unmapped', instruction: '', why: 'baseline' })));
    const pairs = longestCommonRun(now, was, (a, b) => a.text === b.text);
    const pairedWith = new Map(pairs.map(([i, j]) => [j, i]));
    const partner = new Map(pairs);
    // Before the first entry the build made itself, an entry of the baseline's that pairs with nothing is its base's (a bump changes those).
    const mapped = now.some(e => e.origin.kind !== 'unmapped');
    const firstOwn = pairs.find(([i]) => !isBase(now[i].origin))?.[1] ?? was.length;
    const baseOrigin = now.find(e => isBase(e.origin))?.origin;
    const wasBase = (j) => {
        const i = pairedWith.get(j);
        return i !== undefined ? isBase(now[i].origin) : mapped && j < firstOwn;
    };
    const changes = [];
    const baseNow = now.filter(e => isBase(e.origin) && e.layer).map(e => e.layer);
    const baseWas = was.filter((e, j) => wasBase(j) && e.layer).map(e => e.layer);
    if (baseNow.length > 0 || baseWas.length > 0) {
        const d = baseOrigin ? described(baseOrigin) : { instruction: 'base image', origin: 'base' };
        changes.push(change(d.instruction, d.origin, d.line, baseWas, baseNow));
    }
    now.forEach((e, i) => {
        if (isBase(e.origin) || !e.layer)
            return;
        const j = partner.get(i);
        const before = j !== undefined ? was[j].layer : undefined;
        const d = described(e.origin);
        changes.push(change(d.instruction, d.origin, d.line, before ? [before] : [], [e.layer]));
    });
    was.forEach((e, j) => {
        if (!e.layer || wasBase(j))
            return;
        const i = pairedWith.get(j);
        if (i !== undefined && now[i].layer)
            return;
        changes.push(change(e.text, 'removed', undefined, [e.layer], []));
    });
    return changes;
}
/** The same instruction across platforms: a line by its number, the base by itself, anything else by its words. */
function rowKey(c) {
    if (c.origin === 'base' || c.origin === 'context')
        return 'base';
    return c.origin === 'line' ? `line:${c.line}` : `${c.origin}:${c.instruction}`;
}
/** The instructions whose layers changed, the largest change on any platform first. */
function changes_changedRows(changes) {
    const rows = new Map();
    for (const [platform, list] of Object.entries(changes)) {
        for (const c of list) {
            if (c.status === 'unchanged')
                continue;
            const key = rowKey(c);
            const row = rows.get(key) ?? { instruction: c.instruction, origin: c.origin, ...(c.line !== undefined ? { line: c.line } : {}), platforms: {} };
            const had = row.platforms[platform];
            // Two unmapped layers of the same words on one platform add up.
            row.platforms[platform] = had ? { status: had.status, delta: had.delta + c.delta } : { status: c.status, delta: c.delta };
            rows.set(key, row);
        }
    }
    const largest = (r) => Math.max(...Object.values(r.platforms).map(p => Math.abs(p.delta)));
    return [...rows.values()].sort((a, b) => largest(b) - largest(a) || (a.line ?? Infinity) - (b.line ?? Infinity));
}
/** The line to annotate: the one whose layer grew most on any platform, when some platform grew more than `threshold`. */
function growthToAnnotate(rows, platforms, threshold) {
    if (!threshold)
        return undefined;
    const over = (d) => ('percent' in threshold ? d.bytes > 0 && (d.percent ?? Infinity) > threshold.percent : d.bytes > threshold.bytes);
    const grewOn = platforms.filter(p => p.delta && over(p.delta)).map(p => p.platform);
    if (grewOn.length === 0)
        return undefined;
    const grown = (r) => Math.max(...Object.values(r.platforms).map(p => p.delta));
    const row = rows.filter(r => r.line !== undefined && grown(r) > 0).sort((a, b) => grown(b) - grown(a))[0];
    return row ? { row, grewOn } : undefined;
}

;// CONCATENATED MODULE: ./src/report/where.ts



/** At most this many layers listed per platform (the ones with the most file bytes), and characters of a path. */
const LAYERS_MAX = 10;
const PATH_MAX = 256;
/** The markdown shows fewer: layers and files per layer, and wasted files. */
const MD_LAYERS = 5;
const MD_FILES = 5;
const where_short = (f) => ({ path: cells_cut(f.path, PATH_MAX), size: f.size });
function platformWhere(p, base, lines) {
    const files = p.files;
    if (!files)
        return undefined;
    const names = layerNames(p, lines);
    const name = (i) => ({ layer: i + 1, ...(names[i] ?? { instruction: `layer ${i + 1}` }) });
    const before = base ? new Set(base.layers.map(l => l.digest)) : undefined;
    const where = { changedOnly: before !== undefined, layers: [], notAnalysed: [] };
    const listed = [];
    files.layers.forEach((f, i) => {
        const digest = p.layers[i].digest;
        if ('notAnalysed' in f)
            where.notAnalysed.push({ layer: i + 1, digest, reason: f.notAnalysed });
        else if (!before?.has(digest))
            listed.push({ ...name(i), digest, files: f.files, bytes: f.bytes, largest: f.largest.map(where_short) });
    });
    const kept = new Set([...listed].sort((a, b) => b.bytes - a.bytes).slice(0, LAYERS_MAX));
    where.layers = listed.filter(l => kept.has(l));
    if (files.wasted) {
        const w = files.wasted;
        where.wasted = { bytes: w.bytes, fileBytes: w.fileBytes, largest: w.largest.map(f => ({ ...where_short(f), how: f.how, addedBy: name(f.layer), hiddenBy: name(f.hiddenBy) })) };
    }
    return where;
}
/** Per platform, where its bytes are; undefined when no platform's files were read. */
function whereTheBytesAre(image, baseline, lines) {
    const out = {};
    for (const p of image.platforms) {
        const where = platformWhere(p, baseline?.platforms.find(b => b.platform === p.platform), lines);
        if (where)
            out[p.platform] = where;
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
const percent = (part, whole) => (whole > 0 ? ` (${((part / whole) * 100).toFixed(1)} %)` : '');
const layerText = (n) => `layer ${n.layer} ${cut(n.instruction, 60)}`;
/** The listed layers with the most file bytes, at most MD_LAYERS. */
const biggest = (w) => [...w.layers].sort((a, b) => b.bytes - a.bytes).slice(0, MD_LAYERS);
/** The `sizes` output's `files` of one platform (exact bytes). */
function whereJson(where) {
    return {
        changedOnly: where.changedOnly,
        wasted: where.wasted ? { bytes: where.wasted.bytes, fileBytes: where.wasted.fileBytes, files: where.wasted.largest } : null,
        layers: where.layers,
        notAnalysed: where.notAnalysed
    };
}
/** The wasted cell of the summary table: the bytes and their share of the files' bytes, or why they are not known. */
function wastedCell(where) {
    if (!where.wasted)
        return `not known: layer ${where.notAnalysed.map(n => n.layer).join(', ')} not analysed`;
    return where.wasted.bytes === 0 ? 'none' : `${bytes_formatBytes(where.wasted.bytes)}${percent(where.wasted.bytes, where.wasted.fileBytes)}`;
}
/**
 * The markdown blocks: first the summary table (one row per platform), then one
 * `<details>` per platform; sizeMarkdown keeps as many as fit the comment.
 */
function whereMarkdown(report) {
    const files = report.files;
    if (!files)
        return [];
    const platforms = Object.keys(files).sort();
    const summary = [
        '#### Where the bytes are',
        '',
        'Unpacked bytes of the files in the layers (`size-analysis: files`). Wasted: file copies a later layer overwrites or deletes, which a pull still downloads.',
        '',
        '| platform | in files | wasted | largest wasted file |',
        '|---|---:|---:|---|'
    ];
    for (const platform of platforms) {
        const w = files[platform];
        const top = w.wasted?.largest[0];
        const largest = top ? `${code(cells_cut(top.path, 80))} ${bytes_formatBytes(top.size)}, ${top.how} by layer ${top.hiddenBy.layer}` : '—';
        summary.push(`| ${platform} | ${w.wasted ? bytes_formatBytes(w.wasted.fileBytes) : 'n/a'} | ${wastedCell(w)} | ${largest} |`);
    }
    summary.push('');
    const details = platforms.map(platform => {
        const w = files[platform];
        const what = w.changedOnly ? `the ${w.layers.length} layer(s) that changed` : 'the largest layers';
        const block = [`<details><summary>Largest files on ${platform}, in ${what}</summary>`, ''];
        if (w.layers.length > 0) {
            block.push('| layer (Dockerfile instruction) | line | file | size |', '|---|---|---|---:|');
            for (const l of biggest(w)) {
                l.largest.slice(0, MD_FILES).forEach((f, i) => {
                    const layer = i === 0 ? `${l.layer} ${code(cells_cut(l.instruction, 60))}` : '';
                    block.push(`| ${layer} | ${i === 0 ? lineCell(report, l.line) : ''} | ${code(cells_cut(f.path, 100))} | ${bytes_formatBytes(f.size)} |`);
                });
                if (l.largest.length === 0)
                    block.push(`| ${l.layer} ${code(cells_cut(l.instruction, 60))} | ${lineCell(report, l.line)} | _no file_ | |`);
            }
            block.push('');
        }
        if (w.wasted && w.wasted.largest.length > 0) {
            block.push('| wasted file | size | added by | hidden by |', '|---|---:|---|---|');
            for (const f of w.wasted.largest.slice(0, MD_FILES)) {
                const by = (n) => `${n.layer} ${code(cells_cut(n.instruction, 40))} ${n.line !== undefined ? lineCell(report, n.line) : ''}`.trim();
                block.push(`| ${code(cells_cut(f.path, 100))} | ${bytes_formatBytes(f.size)} | ${by(f.addedBy)} | ${f.how}: ${by(f.hiddenBy)} |`);
            }
            block.push('');
        }
        for (const n of w.notAnalysed)
            block.push(`_Layer ${n.layer} was not analysed: ${cells_cut(n.reason, 200).replace(/[_*`|<>]/g, ' ')}._`, '');
        block.push('</details>', '');
        return block;
    });
    return [summary, ...details];
}
/** The same for the log. */
function where_whereText(report) {
    if (!report.files)
        return [];
    const lines = ['  where the bytes are (unpacked file bytes; wasted: copies a later layer overwrites or deletes):'];
    for (const [platform, w] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
        const top = w.wasted?.largest[0];
        const wasted = w.wasted ? `${formatBytes(w.wasted.fileBytes)} in files, ${formatBytes(w.wasted.bytes)} wasted${percent(w.wasted.bytes, w.wasted.fileBytes)}` : wastedCell(w);
        lines.push(`    ${platform}: ${wasted}${top ? `; largest: ${top.path} ${formatBytes(top.size)} (${layerText(top.addedBy)}, ${top.how} by layer ${top.hiddenBy.layer})` : ''}`);
        for (const l of biggest(w)) {
            const where = l.line !== undefined ? ` (${report.dockerfile?.path ?? 'Dockerfile'}:${l.line})` : '';
            lines.push(`      ${layerText(l)}${where}: ${l.largest
                .slice(0, 3)
                .map(f => `${f.path} ${formatBytes(f.size)}`)
                .join(', ') || 'no file'}`);
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts





function baseLabel(report) {
    const ref = report.baseline.reference ?? '';
    const tag = /:([^/:@]+)$/.exec(ref.split('@')[0])?.[1];
    return tag ?? (ref ? ref : 'base');
}
function gateLine(gates, report) {
    const parts = gates.map(g => `${g.name} ${g.limit} ${g.passed === undefined ? '— (no baseline)' : g.passed ? '✅' : '❌'}`);
    if (report.attestations.count > 0) {
        parts.push(`${report.attestations.count} attestation manifest${report.attestations.count === 1 ? '' : 's'} not counted`);
    }
    return parts.length > 0 ? `${gates.length > 0 ? 'Gates: ' : ''}${parts.join(' · ')}` : '';
}
/** What sizeMarkdown writes at most unless told: GitHub refuses a comment of more than 65,536 characters, and the marker and a footer go with it. */
const MARKDOWN_MAX_CHARS = 60_000;
const LIMIT_NOTE = "the comment would pass GitHub's size limit";
/** The characters `lines` take once joined with line breaks (one after each). */
const charsOf = (lines) => lines.reduce((sum, line) => sum + line.length + 1, 0);
/**
 * The job summary and PR comment body: one table per image, details per changed platform.
 * At most `maxChars` characters (GitHub takes at most 65,536 in a comment): when the rows do
 * not fit, the platforms past the limit, then their layer details, are left out with a note;
 * the header, the totals and the gates always stay.
 */
function sizeMarkdown(report, gates, maxChars = MARKDOWN_MAX_CHARS) {
    const base = baseLabel(report);
    const measured = report.source === 'build' ? ' · measured from the build, not pushed' : '';
    const head = [`### hoist · image size · ${code(report.image)}${measured}`, '', `| platform | compressed | Δ vs ${code(base)} | unpacked | layers |`, '|---|---:|---:|---:|---:|'];
    const rows = report.platforms.map(p => {
        const d = p.delta ? format_formatDelta(p.delta) : report.baseline.found ? 'new platform' : '—';
        return `| ${p.platform} | ${bytes_formatBytes(p.compressed)} | ${d} | ${p.uncompressed !== undefined ? bytes_formatBytes(p.uncompressed) : 'n/a'} | ${p.layers} |`;
    });
    for (const r of report.removed)
        rows.push(`| ~~${r.platform}~~ | removed | ▼ ${bytes_formatBytes(r.compressed)} | | |`);
    const totals = [`| **registry bytes** (shared layers once) | ${bytes_formatBytes(report.registryBytes)} | ${report.registryDelta ? format_formatDelta(report.registryDelta, false) : ''} | | |`];
    if (!report.baseline.found)
        totals.push(`| _no baseline: ${report.baseline.reason}_ | | | | |`);
    totals.push('');
    const details = Object.entries(report.layerChanges)
        .map(([platform, changes]) => [platform, changes.filter(c => c.status !== 'unchanged')])
        .filter(([, changes]) => changes.length > 0)
        .map(([platform, changes]) => {
        const block = [`<details><summary>What changed on ${platform}</summary>`, '', `| layer (Dockerfile instruction) | line | ${code(base)} | this build | Δ | |`, '|---|---|---:|---:|---:|---|'];
        for (const c of changes.slice(0, 20)) {
            block.push(`| ${code(cells_cut(c.instruction, 80))} | ${lineCell(report, c.line)} | ${c.base !== undefined ? bytes_formatBytes(c.base) : '—'} | ${c.current !== undefined ? bytes_formatBytes(c.current) : '—'} | ${format_formatDelta({ bytes: c.delta }, false)} | ${c.status} |`);
        }
        block.push('</details>', '');
        return block;
    });
    const changed = whatChanged(report);
    const gateText = gateLine(gates, report);
    const tail = gateText ? [gateText, ''] : [];
    // What always stays, and room for the two notes; then rows, then details, while they fit.
    const rowNote = (n) => `| _… ${n} more platform(s) not shown: ${LIMIT_NOTE}; the \`sizes\` output has them all_ | | | | |`;
    const detailNote = (n) => `_What changed on ${n} more platform(s) is not shown: ${LIMIT_NOTE}._`;
    const changedNote = `_The "what changed" table is not shown: ${LIMIT_NOTE}; the \`sizes\` output has the changes._`;
    const where = whereMarkdown(report);
    const whereNote = (n) => `_Where the bytes are${n < where.length ? ` on ${n} more platform(s)` : ''} is not shown: ${LIMIT_NOTE}; the \`sizes\` output has it._`;
    let room = maxChars - charsOf([...head, ...totals, ...tail]) - charsOf([rowNote(rows.length), detailNote(details.length), changedNote, '', ...(where.length > 0 ? [whereNote(where.length), ''] : [])]);
    const keptRows = takeWhileFits(rows.map(row => [row]), room);
    room -= charsOf(keptRows.flat());
    const keptChanged = takeWhileFits([changed], room);
    room -= charsOf(keptChanged.flat());
    const keptDetails = takeWhileFits(details, room);
    room -= charsOf(keptDetails.flat());
    // Last, when asked for (size-analysis: files): the summary table first, then each platform's details.
    const keptWhere = takeWhileFits(where, room);
    const lines = [...head, ...keptRows.flat()];
    if (keptRows.length < rows.length)
        lines.push(rowNote(rows.length - keptRows.length));
    lines.push(...totals, ...keptDetails.flat());
    if (keptDetails.length < details.length)
        lines.push(detailNote(details.length - keptDetails.length), '');
    // Below the size tables: the instructions that changed most, each linked to its line.
    if (keptChanged.length > 0)
        lines.push(...changed);
    else if (changed.length > 0)
        lines.push(changedNote, '');
    lines.push(...keptWhere.flat());
    if (keptWhere.length < where.length)
        lines.push(whereNote(where.length - keptWhere.length), '');
    lines.push(...tail);
    const text = lines.join('\n');
    // Only a header or totals longer than any report's (an image name of thousands of characters) get here.
    return text.length <= maxChars ? text : `${text.slice(0, Math.max(0, maxChars - 80))}\n\n_… cut: ${LIMIT_NOTE}._\n`;
}
/** Rows of the "what changed" table, and platform columns in it, at most. */
const CHANGED_ROWS = 5;
const CHANGED_PLATFORMS = 8;
/**
 * The "what changed" table: the instructions whose layers changed most, at most
 * CHANGED_ROWS, with the change in compressed bytes on each platform; empty when nothing changed.
 */
function whatChanged(report) {
    const rows = changes_changedRows(report.layerChanges);
    if (rows.length === 0)
        return [];
    const compared = Object.keys(report.layerChanges).sort();
    const shown = compared.slice(0, CHANGED_PLATFORMS);
    const lines = [
        '#### What changed',
        '',
        `The instructions whose layers changed most (compressed bytes, vs ${code(baseLabel(report))}).`,
        '',
        `| instruction | line | ${shown.join(' | ')} |`,
        `|---|---|${shown.map(() => '---:|').join('')}`
    ];
    for (const row of rows.slice(0, CHANGED_ROWS)) {
        const cells = shown.map(p => {
            const c = row.platforms[p];
            return c ? `${format_formatDelta({ bytes: c.delta }, false)} ${c.status}` : '=';
        });
        lines.push(`| ${code(cells_cut(row.instruction, 60))} | ${lineCell(report, row.line)} | ${cells.join(' | ')} |`);
    }
    const notes = [];
    if (rows.length > CHANGED_ROWS)
        notes.push(`${rows.length - CHANGED_ROWS} more instruction(s) changed`);
    if (compared.length > shown.length)
        notes.push(`${compared.length - shown.length} more platform(s) compared`);
    if (notes.length > 0)
        lines.push('', `_${notes.join('; ')}: the \`sizes\` output lists every change._`);
    lines.push('');
    return lines;
}
/** The first of `blocks` that fit in `room` characters together; none after the first that does not. */
function takeWhileFits(blocks, room) {
    const kept = [];
    let left = room;
    for (const block of blocks) {
        const chars = charsOf(block);
        if (chars > left)
            break;
        kept.push(block);
        left -= chars;
    }
    return kept;
}
/** The same numbers for the log, as plain columns. */
function sizeText(report) {
    const lines = [`image size · ${report.image}${report.source === 'build' ? ', measured from the build (not pushed)' : ''} (compressed = pull size; MB = 10^6 bytes)`];
    for (const p of report.platforms) {
        const d = p.delta ? `  ${formatDelta(p.delta)} vs ${baseLabel(report)}` : '';
        lines.push(`  ${p.platform.padEnd(16)} ${formatBytes(p.compressed).padStart(9)} compressed  ${(p.uncompressed !== undefined ? formatBytes(p.uncompressed) : 'n/a').padStart(9)} unpacked  ${p.layers} layers${d}`);
    }
    lines.push(`  registry bytes   ${formatBytes(report.registryBytes).padStart(9)} (shared layers once)${report.registryDelta ? `  ${formatDelta(report.registryDelta, false)}` : ''}`);
    if (!report.baseline.found)
        lines.push(`  no baseline: ${report.baseline.reason}`);
    const changed = changedRows(report.layerChanges);
    if (changed.length > 0)
        lines.push(`  what changed most vs ${baseLabel(report)}:`);
    for (const row of changed.slice(0, CHANGED_ROWS)) {
        const where = row.line !== undefined ? ` (${report.dockerfile?.path ?? 'Dockerfile'}:${row.line})` : '';
        const platforms = Object.entries(row.platforms).map(([p, c]) => `${p} ${formatDelta({ bytes: c.delta }, false)} ${c.status}`);
        lines.push(`    ${cut(row.instruction, 80)}${where}: ${platforms.join(', ')}`);
    }
    lines.push(...whereText(report));
    if (report.attestations.count > 0)
        lines.push(`  ${report.attestations.count} attestation manifests (${formatBytes(report.attestations.bytes)}) not counted`);
    return lines.join('\n');
}
/** The `sizes` output: exact bytes. */
function sizesJson(report, gates) {
    return JSON.stringify({
        image: report.image,
        digest: report.digest,
        // `build`: measured from what the build wrote, not read from a registry (nothing was pushed).
        source: report.source,
        unit: 'bytes',
        platforms: Object.fromEntries(report.platforms.map(p => [
            p.platform,
            {
                digest: p.digest,
                compressed: p.compressed,
                uncompressed: p.uncompressed ?? null,
                layers: p.layers,
                base: p.base ? { digest: p.base.digest, compressed: p.base.compressed, uncompressed: p.base.uncompressed ?? null, layers: p.base.layers } : null,
                delta: p.delta ? { bytes: p.delta.bytes, percent: p.delta.percent ?? null } : null,
                // Per instruction against the baseline (null without one): what changed, and which line made it.
                changes: report.layerChanges[p.platform]?.map(c => ({
                    instruction: c.instruction,
                    origin: c.origin,
                    line: c.line ?? null,
                    status: c.status,
                    base: c.base ?? null,
                    current: c.current ?? null,
                    delta: c.delta
                })) ?? null,
                // Where the bytes are, only when size-analysis: files read the layers.
                ...(report.files?.[p.platform] ? { files: whereJson(report.files[p.platform]) } : {})
            }
        ])),
        registryBytes: report.registryBytes,
        registryDelta: report.registryDelta?.bytes ?? null,
        dockerfile: report.dockerfile?.path ?? null,
        attestations: report.attestations,
        baseline: report.baseline,
        gates: gates.map(g => ({ name: g.name, limit: g.limit, passed: g.passed ?? null, failures: g.failures }))
    });
}

;// CONCATENATED MODULE: ./src/report/sizes.ts

function sizes_platformSize(p) {
    const compressed = p.config.size + p.layers.reduce((sum, l) => sum + l.size, 0);
    const size = { platform: p.platform, digest: p.digest, compressed, layers: p.layers.length };
    if (p.layers.every(l => l.uncompressed !== undefined))
        size.uncompressed = p.layers.reduce((sum, l) => sum + (l.uncompressed ?? 0), 0);
    return size;
}
/** Config and layer blobs, each digest once: what the registry stores for the image. */
function registryBytes(image) {
    const blobs = new Map();
    for (const p of image.platforms) {
        blobs.set(p.config.digest, p.config.size);
        for (const l of p.layers)
            blobs.set(l.digest, l.size);
    }
    return [...blobs.values()].reduce((a, b) => a + b, 0);
}
function delta(current, base) {
    const d = { bytes: current - base };
    if (base > 0)
        d.percent = ((current - base) / base) * 100;
    return d;
}
function sizeReport(image, name, baseline, source = 'registry', lines) {
    const base = baseline.image;
    const baseSizes = new Map((base?.platforms ?? []).map(p => [p.platform, sizes_platformSize(p)]));
    const platforms = image.platforms.map((p) => {
        const row = sizes_platformSize(p);
        const b = baseSizes.get(p.platform);
        if (b) {
            row.base = b;
            row.delta = delta(row.compressed, b.compressed);
        }
        return row;
    });
    platforms.sort((a, b) => a.platform.localeCompare(b.platform));
    const current = new Set(image.platforms.map(p => p.platform));
    const report = {
        image: name,
        source,
        digest: image.digest,
        platforms,
        removed: [...baseSizes.values()].filter(b => !current.has(b.platform)),
        registryBytes: registryBytes(image),
        attestations: { count: image.attestations.length, bytes: image.attestations.reduce((s, a) => s + a.bytes, 0) },
        baseline: base ? { reference: baseline.reference ?? base.reference, found: true } : { reference: baseline.reference, found: false, reason: baseline.reason },
        layerChanges: {}
    };
    if (base) {
        report.baseRegistryBytes = registryBytes(base);
        report.registryDelta = delta(report.registryBytes, report.baseRegistryBytes);
        for (const p of image.platforms) {
            const b = base.platforms.find(x => x.platform === p.platform);
            if (b)
                report.layerChanges[p.platform] = compareLayers(p, b, lines);
        }
    }
    return report;
}

;// CONCATENATED MODULE: ./src/report/trend.ts




/** Lines drawn at most: xychart-beta has no legend, and more lines than colours say nothing. */
const MAX_LINES = 6;
/** The point this build makes, from what was read back (or measured). */
function pointOf(image, commit, time) {
    const platforms = {};
    for (const p of image.platforms) {
        const s = platformSize(p);
        platforms[p.platform] = { compressed: s.compressed, unpacked: s.uncompressed ?? null, layers: s.layers };
    }
    return { commit, time: time.toISOString(), digest: image.digest, platforms };
}
/** `size-trend`: how many builds to draw; 0 for none ('none', '0' or empty). */
function trendLength(input) {
    const n = /^\d+$/.test((input ?? '').trim()) ? Number(input) : 0;
    return Number.isSafeInteger(n) ? n : 0;
}
const mb = (bytes) => String(Math.round(bytes / 1000) / 1000);
/** Short commit shas as x labels, a repeat (the same commit built again) told apart by a count. */
function labels(points) {
    const seen = new Map();
    return points.map(p => {
        const short = p.commit.slice(0, 7);
        const n = (seen.get(short) ?? 0) + 1;
        seen.set(short, n);
        return n === 1 ? short : `${short}·${n}`;
    });
}
/**
 * The chart of the last `count` points (oldest first; the last is this build), one line per
 * platform of this build, in compressed MB (10^6 bytes). Earlier builds that lack one of
 * those platforms are left out, said below the chart (a line cannot skip a point).
 * Empty when fewer than two points remain or `count` is 0.
 */
function trendMarkdown(points, count, thisBuild) {
    if (count < 2 || points.length < 2)
        return '';
    const current = points[points.length - 1];
    const platforms = Object.keys(current.platforms).sort();
    const shown = platforms.slice(0, MAX_LINES);
    const complete = points.filter(p => shown.every(name => p.platforms[name] !== undefined));
    const drawn = complete.slice(-count);
    if (drawn.length < 2)
        return '';
    const lines = [
        `#### Size trend · last ${drawn.length} builds`,
        '',
        '```mermaid',
        'xychart-beta',
        `  title "Compressed size (MB), ${thisBuild} last"`,
        `  x-axis [${labels(drawn)
            .map(l => `"${l}"`)
            .join(', ')}]`,
        '  y-axis "compressed (MB)"'
    ];
    for (const name of shown)
        lines.push(`  line [${drawn.map(p => mb(p.platforms[name].compressed)).join(', ')}]`);
    lines.push('```', '');
    const notes = [`Lines, in the chart's colour order: ${shown.map(p => `\`${p}\``).join(', ')}.`];
    if (platforms.length > shown.length)
        notes.push(`${platforms.length - shown.length} more platform(s) not drawn.`);
    const older = points.length - complete.length;
    if (older > 0 && drawn.length < count)
        notes.push(`${older} earlier build(s) without every one of these platforms left out.`);
    lines.push(`_${notes.join(' ')}_`, '');
    return lines.join('\n');
}
/**
 * The last `count` points as a table, for a terminal (hoist-sizes --size-trend), where a chart
 * is no use: oldest first, each build's commit, time (UTC, to the minute) and per platform its
 * compressed size and the change from the build before it in the history (shown or not).
 * `current` is the digest of the image reported on, said below the table when it is one of them.
 */
function trendTable(points, count, where, current) {
    const first = Math.max(0, points.length - count);
    const shown = points.slice(first);
    const head = `#### Size trend · ${code(where)}`;
    if (count < 1 || shown.length === 0)
        return [head, '', "No build recorded yet: pushes on the default branch record theirs (the step's `size-trend`).", ''].join('\n');
    const platforms = [...new Set(shown.flatMap(p => Object.keys(p.platforms)))].sort();
    const lines = [
        head,
        '',
        `The last ${shown.length} build(s) recorded, oldest first (compressed; Δ vs the build before).`,
        '',
        `| commit | time (UTC) | ${platforms.map(p => `${p} | Δ`).join(' | ')} |`,
        `|---|---|${platforms.map(() => '---:|---:|').join('')}`
    ];
    shown.forEach((point, i) => {
        const before = points[first + i - 1];
        const cells = platforms.map(name => {
            const now = point.platforms[name];
            const then = before?.platforms[name];
            if (!now)
                return '— | ';
            return `${bytes_formatBytes(now.compressed)} | ${then ? format_formatDelta({ bytes: now.compressed - then.compressed }, false) : '—'}`;
        });
        lines.push(`| ${code(point.commit.slice(0, 7))} | ${point.time.slice(0, 16).replace('T', ' ')} | ${cells.join(' | ')} |`);
    });
    lines.push('');
    const at = current === undefined ? -1 : shown.map(p => p.digest).lastIndexOf(current);
    lines.push(at >= 0 ? `_The image reported on is build ${at + 1} of these (commit ${code(shown[at].commit.slice(0, 7))})._` : '_The image reported on is not among these builds._', '');
    return lines.join('\n');
}
/** What a PR comment holds at most (markdown.ts's MARKDOWN_MAX_CHARS: GitHub takes 65,536 characters, with the marker and a footer). */
const COMMENT_MAX_CHARS = 60_000;
/** The size report with the chart below it, or without it when both would not fit in a comment. */
function withTrend(markdown, chart, maxChars = COMMENT_MAX_CHARS) {
    return chart && markdown.length + 1 + chart.length <= maxChars ? `${markdown}\n${chart}` : markdown;
}

;// CONCATENATED MODULE: ./src/inputs/files.ts

/** What is at `p`, or undefined when nothing can be: missing, or a path through a file (ENOTDIR). */
function statOf(p) {
    try {
        return external_node_fs_.statSync(p, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
const files_realFiles = {
    isFile: p => statOf(p)?.isFile() ?? false,
    isDirectory: p => statOf(p)?.isDirectory() ?? false,
    readText: p => {
        try {
            return external_node_fs_.readFileSync(p, 'utf8');
        }
        catch {
            return undefined;
        }
    }
};

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/util/exec.ts

const exec = (command, args, options = {}) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
        env: options.env ? { ...process.env, ...options.env } : process.env,
        cwd: options.cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
        signal: options.signal,
        killSignal: 'SIGINT'
    });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => {
        stdout.push(chunk);
        if (options.stream)
            process.stdout.write(chunk);
        options.onOutput?.(chunk.toString('utf8'));
    });
    child.stderr.on('data', (chunk) => {
        stderr.push(chunk);
        // Build progress goes to stdout too: the runner shows both streams in one log.
        if (options.stream)
            process.stdout.write(chunk);
        options.onOutput?.(chunk.toString('utf8'));
    });
    child.on('error', err => {
        // An abort is asked for: 'close' follows with the exit status.
        if (err.name !== 'AbortError')
            reject(new Error(`could not run ${command}: ${err.message}`));
    });
    child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 130 : 1), stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
    // A program that exits without reading its stdin closes the pipe (EPIPE): its exit status says what happened.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
});
/** The command as one could paste it into a shell: only the arguments that need it are quoted. */
function commandLine(command, args) {
    return [command, ...args].map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
/**
 * Shows each command line before it runs and its exit status after (for the debug log).
 * Never stdin: it may carry a secret (a registry password), so only its size is shown.
 */
function tracedExec(base, trace) {
    return async (command, args, options = {}) => {
        trace(options.input === undefined ? commandLine(command, args) : `${commandLine(command, args)} (stdin: ${Buffer.byteLength(options.input)} bytes)`);
        // Named in the result line too: programs run side by side and their lines interleave.
        const name = [command, ...args.slice(0, 2)].join(' ');
        const started = performance.now();
        const elapsed = () => `${Math.round(performance.now() - started)} ms`;
        try {
            const result = await base(command, args, options);
            trace(`${name} -> exit ${result.exitCode} in ${elapsed()}`);
            return result;
        }
        catch (e) {
            trace(`${name} -> ${e?.message ?? String(e)} in ${elapsed()}`);
            throw e;
        }
    };
}
/** Adds variables to every program's environment, read at each call; a call's own env wins. */
function withProgramEnv(base, extra) {
    return (command, args, options = {}) => base(command, args, { ...options, env: { ...extra(), ...options.env } });
}
/** Runs and throws with the program's own last words when it fails. */
async function execChecked(run, command, args, options) {
    const result = await run(command, args, options);
    if (result.exitCode !== 0) {
        const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-5).join('\n');
        throw new ExecError(`${command} ${args.slice(0, 2).join(' ')} failed (exit ${result.exitCode})${detail ? `: ${detail}` : ''}`, result);
    }
    return result;
}
class ExecError extends Error {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
        this.name = 'ExecError';
    }
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/dockerfile/stages.ts

function stages_parseStages(text) {
    return parseDockerfile(text).stages.map(({ index, name, base, platform, line }) => {
        const stage = { index, base, line };
        if (name !== undefined)
            stage.name = name;
        if (platform !== undefined)
            stage.platform = platform;
        return stage;
    });
}

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString(options.encoding)
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_columns_array.js



const normalize_columns_array = function (columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === undefined || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal",
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`,
      ]);
    }
  }
  return normalizedColumns;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/ResizeableBuffer.js
class ResizeableBuffer {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.slice(0, this.length).toString(encoding);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}

/* harmony default export */ const utils_ResizeableBuffer = (ResizeableBuffer);

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/init_state.js


// white space characters
// https://en.wikipedia.org/wiki/Whitespace_character
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_Expressions/Character_Classes#Types
// \f\n\r\t\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff
const np = 12;
const cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal
const space = 32;
const tab = 9;

const init_state = function (options) {
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    // Current error encountered by a record
    error: undefined,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote:
      Buffer.isBuffer(options.escape) &&
      Buffer.isBuffer(options.quote) &&
      Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns)
      ? options.columns.length
      : undefined,
    field: new utils_ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      // Skip if the remaining buffer can be delimiter
      ...options.delimiter.map((delimiter) => delimiter.length),
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
    ),
    previousBuf: undefined,
    quoting: false,
    stop: false,
    rawBuffer: new utils_ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength:
      options.record_delimiter.length === 0
        ? 0
        : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("\t", options.encoding)[0],
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: [
      Buffer.from(Buffer.from([cr], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([nl], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([np], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([space], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([tab], "utf8").toString(), options.encoding),
    ],
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js




const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `encoding`
  // Note: defined first because other options depends on it
  // to convert chars/strings into buffers.
  if (options.encoding === undefined || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (
    typeof options.encoding !== "string" &&
    options.encoding !== null
  ) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`,
      ],
      options,
    );
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`,
      ],
      options,
    );
  }
  // Normalize option `cast`
  options.cast_function = null;
  if (
    options.cast === undefined ||
    options.cast === null ||
    options.cast === false ||
    options.cast === ""
  ) {
    options.cast = undefined;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`,
      ],
      options,
    );
  }
  // Normalize option `cast_date`
  if (
    options.cast_date === undefined ||
    options.cast_date === null ||
    options.cast_date === false ||
    options.cast_date === ""
  ) {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function (value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`,
      ],
      options,
    );
  }
  // Normalize option `columns`
  options.cast_first_line_to_header = undefined;
  if (options.columns === true) {
    // Fields in the first line are converted as-is to columns
    options.cast_first_line_to_header = undefined;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (
    options.columns === undefined ||
    options.columns === null ||
    options.columns === false
  ) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`,
      ],
      options,
    );
  }
  // Normalize option `group_columns_by_name`
  if (
    options.group_columns_by_name === undefined ||
    options.group_columns_by_name === null ||
    options.group_columns_by_name === false
  ) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`,
      ],
      options,
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated.",
      ],
      options,
    );
  }
  // Normalize option `comment`
  if (
    options.comment === undefined ||
    options.comment === null ||
    options.comment === false ||
    options.comment === ""
  ) {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `comment_no_infix`
  if (
    options.comment_no_infix === undefined ||
    options.comment_no_infix === null ||
    options.comment_no_infix === false
  ) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`,
      ],
      options,
    );
  }
  // Normalize option `delimiter`
  const delimiter_json = JSON.stringify(options.delimiter);
  if (!Array.isArray(options.delimiter))
    options.delimiter = [options.delimiter];
  if (options.delimiter.length === 0) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER",
      [
        "Invalid option delimiter:",
        "delimiter must be a non empty string or buffer or array of string|buffer,",
        `got ${delimiter_json}`,
      ],
      options,
    );
  }
  options.delimiter = options.delimiter.map(function (delimiter) {
    if (delimiter === undefined || delimiter === null || delimiter === false) {
      return Buffer.from(",", options.encoding);
    }
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`,
        ],
        options,
      );
    }
    return delimiter;
  });
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`,
      );
    }
  }
  // Normalize option `from`
  if (options.from === undefined || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`,
      );
    }
  }
  // Normalize option `from_line`
  if (options.from_line === undefined || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (
      typeof options.from_line === "string" &&
      /\d+/.test(options.from_line)
    ) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`,
      );
    }
  }
  // Normalize options `ignore_last_delimiters`
  if (
    options.ignore_last_delimiters === undefined ||
    options.ignore_last_delimiters === null
  ) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`,
      ],
      options,
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option",
      ],
      options,
    );
  }
  // Normalize option `info`
  if (
    options.info === undefined ||
    options.info === null ||
    options.info === false
  ) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`,
    );
  }
  // Normalize option `max_record_size`
  if (
    options.max_record_size === undefined ||
    options.max_record_size === null ||
    options.max_record_size === false
  ) {
    options.max_record_size = 0;
  } else if (
    Number.isInteger(options.max_record_size) &&
    options.max_record_size >= 0
  ) {
    // Great, nothing to do
  } else if (
    typeof options.max_record_size === "string" &&
    /\d+/.test(options.max_record_size)
  ) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`,
    );
  }
  // Normalize option `objname`
  if (
    options.objname === undefined ||
    options.objname === null ||
    options.objname === false
  ) {
    options.objname = undefined;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
      // Don't call `toString`, leave objname as a buffer
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
    // Great, nothing to do
  } else if (typeof options.objname === "number") {
    // if(options.objname.length === 0){
    //   throw new Error(`Invalid Option: objname must be a non empty string`);
    // }
    // Great, nothing to do
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`,
    );
  }
  if (options.objname !== undefined) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field",
        );
      }
    } else {
      // A string or a buffer
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index",
        );
      }
    }
  }
  // Normalize option `on_record`
  if (options.on_record === undefined || options.on_record === null) {
    options.on_record = undefined;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`,
      ],
      options,
    );
  }
  // Normalize option `on_skip`
  // options.on_skip ??= (err, chunk) => {
  //   this.emit('skip', err, chunk);
  // };
  if (
    options.on_skip !== undefined &&
    options.on_skip !== null &&
    typeof options.on_skip !== "function"
  ) {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`,
    );
  }
  // Normalize option `quote`
  if (
    options.quote === null ||
    options.quote === false ||
    options.quote === ""
  ) {
    options.quote = null;
  } else {
    if (options.quote === undefined || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`,
      );
    }
  }
  // Normalize option `raw`
  if (
    options.raw === undefined ||
    options.raw === null ||
    options.raw === false
  ) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`,
    );
  }
  // Normalize option `record_delimiter`
  if (options.record_delimiter === undefined) {
    options.record_delimiter = [];
  } else if (
    typeof options.record_delimiter === "string" ||
    Buffer.isBuffer(options.record_delimiter)
  ) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`,
        ],
        options,
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`,
      ],
      options,
    );
  }
  options.record_delimiter = options.record_delimiter.map(function (rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  // Normalize option `relax_column_count`
  if (typeof options.relax_column_count === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count === undefined ||
    options.relax_column_count === null
  ) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`,
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_less === undefined ||
    options.relax_column_count_less === null
  ) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`,
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_more === undefined ||
    options.relax_column_count_more === null
  ) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`,
    );
  }
  // Normalize option `relax_quotes`
  if (typeof options.relax_quotes === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_quotes === undefined ||
    options.relax_quotes === null
  ) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`,
    );
  }
  // Normalize option `skip_empty_lines`
  if (typeof options.skip_empty_lines === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_empty_lines === undefined ||
    options.skip_empty_lines === null
  ) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`,
    );
  }
  // Normalize option `skip_records_with_empty_values`
  if (typeof options.skip_records_with_empty_values === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_empty_values === undefined ||
    options.skip_records_with_empty_values === null
  ) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`,
    );
  }
  // Normalize option `skip_records_with_error`
  if (typeof options.skip_records_with_error === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_error === undefined ||
    options.skip_records_with_error === null
  ) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`,
    );
  }
  // Normalize option `rtrim`
  if (
    options.rtrim === undefined ||
    options.rtrim === null ||
    options.rtrim === false
  ) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`,
    );
  }
  // Normalize option `ltrim`
  if (
    options.ltrim === undefined ||
    options.ltrim === null ||
    options.ltrim === false
  ) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`,
    );
  }
  // Normalize option `trim`
  if (
    options.trim === undefined ||
    options.trim === null ||
    options.trim === false
  ) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`,
    );
  }
  // Normalize options `trim`, `ltrim` and `rtrim`
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  // Normalize option `to`
  if (options.to === undefined || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`,
      );
    }
  }
  // Normalize option `to_line`
  if (options.to_line === undefined || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`,
      );
    }
  }
  return options;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/index.js





const isRecordEmpty = function (record) {
  return record.every(
    (field) =>
      field == null || (field.toString && field.toString().trim() === ""),
  );
};

const api_cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const api_nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal

const boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
};

const transform = function (original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0,
  };
  const options = normalize_options(original_options);
  return {
    info: info,
    original_options: original_options,
    options: options,
    state: init_state(options),
    __needMoreData: function (i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } =
        this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0
          ? Buffer.from("\r\n", encoding).length
          : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0,
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function (nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line,
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const { bomSkipped, previousBuf, rawBuffer, escapeIsQuote } = this.state;
      let buf;
      if (previousBuf === undefined) {
        if (nextBuf === undefined) {
          // Handle empty string
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== undefined && nextBuf === undefined) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      // Handle UTF BOM
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          // No enough data
          if (end === false) {
            // Wait for more data
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding in boms) {
            if (boms[encoding].compare(buf, 0, boms[encoding].length) === 0) {
              // Skip BOM
              const bomLength = boms[encoding].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              // Renormalize original options with the new encoding
              const options = normalize_options({
                ...this.original_options,
                encoding: encoding,
              });
              // Properties are merged with the existing options instance
              for (const key in options) {
                this.options[key] = options[key];
              }
              // Options will re-evaluate the Buffer with the new encoding
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        // Ensure we get enough space to look ahead
        // There should be a way to move this out of the loop
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        // Auto discovery of record_delimiter, unix, mac and windows supported
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos,
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if (
          (chr === api_cr || chr === api_nl) &&
          this.state.wasRowDelimiter === false
        ) {
          this.state.wasRowDelimiter = true;
        }
        // Previous char was a valid escape char
        // treat the current char as a regular char
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          // Escape is only active inside quoted fields
          // We are quoting, the char is an escape chr and there is a chr to escape
          // if(escape !== null && this.state.quoting === true && chr === escape && pos + 1 < bufLen){
          if (
            escape !== null &&
            this.state.quoting === true &&
            this.__isEscape(buf, pos, chr) &&
            pos + escape.length < bufLen
          ) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          // Not currently escaping and chr is a quote
          // TODO: need to compare bytes instead of single char
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable =
                rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment =
                comment !== null &&
                this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr,
              );
              const isNextChrRecordDelimiter =
                record_delimiter.length === 0
                  ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length)
                  : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              // Escape a quote
              // Treat next char as a regular character
              if (
                escape !== null &&
                this.__isEscape(buf, pos, chr) &&
                this.__isQuote(buf, pos + escape.length)
              ) {
                pos += escape.length - 1;
              } else if (
                !nextChr ||
                isNextChrDelimiter ||
                isNextChrRecordDelimiter ||
                isNextChrComment ||
                isNextChrTrimable
              ) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment",
                    ],
                    this.options,
                    this.__infoField(),
                  ),
                );
                if (err !== undefined) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                // In relax_quotes mode, treat opening quote preceded by chrs as regular
                if (relax_quotes === false) {
                  const info = this.__infoField();
                  const bom = Object.keys(boms)
                    .map((b) =>
                      boms[b].equals(this.state.field.toString()) ? b : false,
                    )
                    .filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info.column)} at line ${info.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom ? `(${bom} bom)` : undefined,
                      ],
                      this.options,
                      info,
                      {
                        field: this.state.field,
                      },
                    ),
                  );
                  if (err !== undefined) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos,
            );
            if (recordDelimiterLength !== 0) {
              // Do not emit comments which take a full line
              const skipCommentLine =
                this.state.commenting &&
                this.state.wasQuoting === false &&
                this.state.record.length === 0 &&
                this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
                // Skip full comment line
              } else {
                // Activate records emission if above from_line
                if (
                  this.state.enabled === false &&
                  this.info.lines +
                    (this.state.wasRowDelimiter === true ? 1 : 0) >=
                    from_line
                ) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                // Skip if line is empty and skip_empty_lines activated
                if (
                  skip_empty_lines === true &&
                  this.state.wasQuoting === false &&
                  this.state.record.length === 0 &&
                  this.state.field.length === 0
                ) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== undefined) return errField;
                this.info.bytes =
                  this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== undefined) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (
              comment !== null &&
              (comment_no_infix === false ||
                (this.state.record.length === 0 &&
                  this.state.field.length === 0))
            ) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== undefined) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (
            max_record_size !== 0 &&
            this.state.record_length + this.state.field.length > max_record_size
          ) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
              ),
            );
          }
        }
        const lappend =
          ltrim === false ||
          this.state.quoting === true ||
          this.state.field.length !== 0 ||
          !this.__isCharTrimable(buf, pos);
        // rtrim in non quoting is handle in __onField
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        // Ensure we are not ending in a quoting state
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
          if (err !== undefined) return err;
        } else {
          // Skip last line if it has no characters
          if (
            this.state.wasQuoting === true ||
            this.state.record.length !== 0 ||
            this.state.field.length !== 0
          ) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== undefined) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== undefined) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function (push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values,
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      // Convert the first line into column names
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err =
          columns === false
            ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              )
            : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`, // rename columns
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              );
        if (
          relax_column_count === true ||
          (relax_column_count_less === true &&
            recordLength < this.state.expectedRecordLength) ||
          (relax_column_count_more === true &&
            recordLength > this.state.expectedRecordLength)
        ) {
          this.info.invalid_field_length++;
          this.state.error = err;
          // Error is undefined with skip_records_with_error
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        // With columns, records are object
        if (columns !== false) {
          const obj = {};
          // Transform record array to an object
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === undefined || columns[i].disabled) continue;
            // Turn duplicate columns into an array
            if (
              group_columns_by_name === true &&
              obj[columns[i].name] !== undefined
            ) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              obj[columns[i].name] = record[i];
            }
          }
          // Without objname (default)
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [obj[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? obj : [obj[objname], obj],
              push,
            );
            if (err) {
              return err;
            }
          }
          // Without columns, records are array
        } else {
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: record },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [record[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? record : [record[objname], record],
              push,
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function (record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers =
          firstLineToHeaders === undefined
            ? record
            : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`,
              ],
              this.options,
              this.__infoField(),
              {
                headers: headers,
              },
            ),
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function () {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = undefined;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function () {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      // Short circuit for the from_line options
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== undefined) return err;
        field = f;
      }
      this.state.record.push(field);
      // Increment record length if record size must not exceed a limit
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function () {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function (record, push) {
      const { on_record } = this.options;
      if (on_record !== undefined) {
        const info = this.__infoRecord();
        try {
          record = on_record.call(null, record, info);
        } catch (err) {
          return err;
        }
        if (record === undefined || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function (field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      // Dont loose time calling cast
      // because the final record is an object
      // and this field can't be associated to a key present in columns
      if (
        isColumns === true &&
        relax_column_count &&
        this.options.columns.length <= this.state.record.length
      ) {
        return [undefined, undefined];
      }
      if (this.state.castField !== null) {
        try {
          const info = this.__infoField();
          return [undefined, this.state.castField.call(null, field, info)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [undefined, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info = this.__infoField();
        return [undefined, this.options.cast_date.call(null, field, info)];
      }
      return [undefined, field];
    },
    // Helper to test if a character is a space or a line delimiter
    __isCharTrimable: function (buf, pos) {
      const isTrim = (buf, pos) => {
        const { timchars } = this.state;
        loop1: for (let i = 0; i < timchars.length; i++) {
          const timchar = timchars[i];
          for (let j = 0; j < timchar.length; j++) {
            if (timchar[j] !== buf[pos + j]) continue loop1;
          }
          return timchar.length;
        }
        return 0;
      };
      return isTrim(buf, pos);
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isFloat: function (value) {
      return value - parseFloat(value) + 1 >= 0; // Borrowed from jquery
    },
    __compareBytes: function (sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    __isDelimiter: function (buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (
        ignore_last_delimiters === true &&
        this.state.record.length === this.options.columns.length - 1
      ) {
        return 0;
      } else if (
        ignore_last_delimiters !== false &&
        typeof ignore_last_delimiters === "number" &&
        this.state.record.length === ignore_last_delimiters - 1
      ) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isRecordDelimiter: function (chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __isEscape: function (buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isQuote: function (buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __autoDiscoverRecordDelimiter: function (buf, pos) {
      const { encoding } = this.options;
      // Note, we don't need to cache this information in state,
      // It is only called on the first line until we find out a suitable
      // record delimiter.
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding),
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function (msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== undefined) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : undefined,
            );
          } catch (err) {
            return err;
          }
        }
        // this.emit('skip', err, raw ? this.state.rawBuffer.toString(encoding) : undefined);
        return undefined;
      } else {
        return err;
      }
    },
    __infoDataSet: function () {
      return {
        ...this.info,
        columns: this.options.columns,
      };
    },
    __infoRecord: function () {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : undefined,
      };
    },
    __infoField: function () {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      // Bytes records are only incremented when all records'fields are parsed
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records: bytes_records,
        column:
          isColumns === true
            ? columns.length > this.state.record.length
              ? columns[this.state.record.length].name
              : null
            : this.state.record.length,
        quoting: this.state.wasQuoting,
      };
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/sync.js


const sync_parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? {} : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  // 250606: `parser.parse` was implemented as 2 calls:
  // const err1 = parser.parse(data, false, push, close);
  // if (err1 !== undefined) throw err1;
  // const err2 = parser.parse(undefined, true, push, close);
  // if (err2 !== undefined) throw err2;
  return records;
};

// export default parse



// EXTERNAL MODULE: ./src/util/boolean.ts
var util_boolean = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./src/inputs/attrs.ts
/**
 * The syntax of entries inside list inputs: `key=value` pairs and the CSV attribute
 * lists buildx reads (`type=registry,ref=x`, `type=provenance,mode=max`).
 * Follows docker/actions-toolkit v0.92.0: src/buildx/build.ts.
 * Follows tonistiigi/go-csvvalue 030d3b2: csvvalue.go.
 */



/** `KEY=value` → [key, value], splitting at the first `=`. */
function attrs_splitKeyValue(entry) {
    const eq = entry.indexOf('=');
    return eq === -1 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
}
/** `type=registry,ref=x` records as [key, value] pairs (CSV-aware: quoted values keep commas). */
function attrs_parseAttrs(value) {
    // A quote inside a field is data, as buildx's CSV reader has it (csvFields too).
    const records = parse(value, { delimiter: ',', trim: true, columns: false, relaxColumnCount: true, relaxQuotes: true });
    const pairs = [];
    for (const record of records) {
        for (const field of record) {
            const eq = field.indexOf('=');
            pairs.push(eq === -1 ? [field, ''] : [field.slice(0, eq).trim(), field.slice(eq + 1).trim()]);
        }
    }
    return pairs;
}
function hasType(type, value) {
    return attrs_parseAttrs(value).some(([k, v]) => k === 'type' && v === type);
}
/** Exporter type of one `outputs` entry; a bare path means the local exporter (buildx's rule). */
function exporterType(output) {
    // buildx's rule (outputFindings says it too): one field that is the whole entry and not type=… is a directory for the local exporter.
    const fields = csvFields(output);
    if (fields.length === 1 && fields[0] === output && !output.startsWith('type='))
        return 'local';
    return attrs_parseAttrs(output).find(([k]) => k === 'type')?.[1] ?? '';
}
function attrs_hasExporter(type, outputs) {
    return outputs.some(o => exporterType(o) === type);
}
/** The outputs that produce an image (not files: `local`, `tar`; not only a cache: `cacheonly`). */
function attrs_imageOutputs(outputs) {
    return outputs.filter(o => !['local', 'tar', 'cacheonly'].includes(exporterType(o)));
}
/** Go's strconv.ParseBool words turned into `disabled=…`, as buildx reads `--attest type=x,true`. */
function resolveAttestationAttrs(attrs) {
    return parse(attrs, { delimiter: ',', trim: true, columns: false, relaxColumnCount: true, relaxQuotes: true })
        .flat()
        .map((attr) => {
        const enabled = parseBool(attr, 'go');
        return enabled === undefined ? attr : `disabled=${!enabled}`;
    })
        .join(',');
}
/** The fields of one comma-separated list as buildx's csvvalue reads them: quotes keep commas, nothing is trimmed. */
function csvFields(value) {
    if (value === '')
        return [];
    const records = sync_parse(value, { delimiter: ',', relaxColumnCount: true, relaxQuotes: true });
    return records.flat();
}
/** What `value` should have been when it does not fit `kind` ("true or false"), else undefined. */
function expected(kind, value) {
    if (kind === 'text')
        return undefined;
    if (kind === 'bool' || kind === 'flag')
        return (kind === 'flag' && value === '') || (0,util_boolean/* parseBool */.q)(value, 'go') !== undefined ? undefined : 'true or false';
    if (kind === 'integer')
        return /^[-+]?\d+$/.test(value) ? undefined : 'a whole number';
    return kind.includes(value) ? undefined : `${kind.slice(0, -1).join(', ')} or ${kind[kind.length - 1]}`;
}
/** The problem with one `key=value` of `entry` against the attribute table, as [problem, fix]; undefined when it fits or the key is not in the table. */
function attrProblem(entry, key, value, table) {
    const kind = Object.hasOwn(table, key) ? table[key] : undefined;
    const want = kind && expected(kind, value);
    return want ? [`'${entry}' has ${key}=${value === '' ? "''" : value}`, `${key} takes ${want}.`] : undefined;
}
/** "did you mean" for a key that is not in the table, or the keys it has. */
function knownKeys(key, table) {
    const keys = Object.keys(table);
    if (keys.length === 0)
        return 'it takes no attributes';
    const near = closest(key, keys);
    return near ? `did you mean ${near}?` : `it knows ${keys.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/util/qemu.ts
/**
 * The architectures QEMU emulates, as the binfmt image (tonistiigi/binfmt, which
 * docker/setup-qemu-action runs) names them for `--install`, and QEMU's own names for
 * their kernel handlers. Shared by the input check (`binfmt-platforms`) and the
 * registration itself (docker/binfmt.ts).
 */

/** QEMU's name for each architecture, as its handlers are called (`qemu-aarch64`). */
const qemu_QEMU_ARCH = {
    arm64: 'aarch64',
    arm: 'arm',
    amd64: 'x86_64',
    '386': 'i386',
    riscv64: 'riscv64',
    ppc64le: 'ppc64le',
    s390x: 's390x',
    mips64le: 'mips64el',
    mips64: 'mips64',
    loong64: 'loongarch64'
};
/** The platform's architecture as binfmt's `--install` takes it (`arm64`), or undefined when QEMU has none. */
function qemu_binfmtArch(platform) {
    try {
        const arch = parsePlatform(platform).architecture;
        return arch in qemu_QEMU_ARCH ? arch : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/inputs/builder.ts
/**
 * The inputs of the builder hoist sets up, under docker/setup-buildx-action's names:
 * `driver`, `driver-opts`, `buildkitd-flags`, `buildkitd-config`,
 * `buildkitd-config-inline`, `endpoint`, `append` (its YAML is read in plan/nodes.ts) and `name`;
 * `keep-state`, `version` and setup-qemu-action's `platforms` (`binfmt-platforms`). Checked before anything is asked of docker.
 */



/** The drivers `docker buildx create` can set up; `docker` is the engine's own builder and cannot be created. */
const SETUP_DRIVERS = (/* unused pure expression or super */ null && (['docker-container', 'remote', 'kubernetes']));
/** The inputs that describe a builder for hoist to set up; any of them asks for one. */
const SETUP_INPUTS = (/* unused pure expression or super */ null && (['driver', 'driver-opts', 'buildkitd-flags', 'buildkitd-config', 'buildkitd-config-inline', 'endpoint', 'append', 'name']));
/** setup-buildx-action's `version` as hoist takes it: `latest` or a release (`v0.19.0`, `0.19.0`, `v0.20.0-rc1`). */
const BUILDX_VERSION = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
/** `latest`, or the release tag (`v0.19.0`) for a version given with or without its `v`; undefined when it is neither. */
function buildxRelease(version) {
    if (version === 'latest')
        return version;
    return BUILDX_VERSION.test(version) ? `v${version.replace(/^v/, '')}` : undefined;
}
/**
 * setup-qemu-action's `platforms` as the binfmt image's `--install` takes them: `all`, or
 * architectures and platforms (`arm64`, `linux/riscv64`); the entries it has no emulator for.
 */
function unknownBinfmtPlatforms(entries) {
    return entries.filter(e => e !== 'all' && !(e in QEMU_ARCH) && binfmtArch(e) === undefined);
}
/** The setup inputs that were given (non-empty). */
function givenSetupInputs(inputs) {
    return SETUP_INPUTS.filter(name => (Array.isArray(inputs[name]) ? inputs[name].length > 0 : inputs[name].trim() !== ''));
}
function builder_checkBuilderSetup(inputs, files, found) {
    const given = givenSetupInputs(inputs);
    if (inputs.builder && given.length > 0) {
        found.error('builder', `'${inputs.builder}' is given together with ${given.join(', ')}`, `builder names a builder that exists; ${given.join(', ')} describe${given.length === 1 ? 's' : ''} one for hoist to set up. Give one or the other.`);
    }
    const driver = inputs.driver;
    if (driver === 'docker') {
        found.error('driver', "the docker driver is the Docker engine's own builder, which cannot be set up", "Leave driver empty (hoist uses the engine's builder when it can do what the inputs ask), or use docker-container.");
    }
    else if (driver && !SETUP_DRIVERS.includes(driver)) {
        found.error('driver', `'${driver}' is not a driver hoist can set up${didYouMean(driver, SETUP_DRIVERS)}`, `Use one of: ${SETUP_DRIVERS.join(', ')}.`);
    }
    if (driver === 'remote' && !inputs.endpoint) {
        found.error('endpoint', 'the remote driver needs the address of a running BuildKit', 'Set endpoint, e.g. tcp://buildkitd:1234 or unix:///run/buildkit/buildkitd.sock.');
    }
    inputs['driver-opts'].forEach((entry, i) => {
        const [key] = splitKeyValue(entry);
        if (!entry.includes('=') || key === '') {
            found.error('driver-opts', `entry ${i + 1} ('${entry}') is not of the form key=value`, 'Write one option per line, e.g. image=moby/buildkit:master or network=host.');
        }
    });
    if (inputs['buildkitd-config'] && inputs['buildkitd-config-inline']) {
        found.error('buildkitd-config-inline', 'is given together with buildkitd-config', 'Give the BuildKit config either as a file or inline, not both.');
    }
    else if (inputs['buildkitd-config'] && !files.isFile(inputs['buildkitd-config'])) {
        found.error('buildkitd-config', `no file at '${inputs['buildkitd-config']}'`, 'Give the path of a buildkitd.toml, relative to the workspace, or use buildkitd-config-inline.');
    }
    // setup-buildx-action refuses it too: only a docker-container builder has a state volume to keep.
    if (inputs['keep-state'] && driver && driver !== 'docker-container') {
        found.error('keep-state', `the ${driver} driver has no BuildKit state volume to keep`, 'Leave keep-state false, or use the docker-container driver.');
    }
    if (inputs.version && !buildxRelease(inputs.version)) {
        found.error('version', `'${inputs.version}' is not a buildx release`, 'Use latest, or a release such as v0.19.0 (building buildx from a Git ref, and cloud: or lab: versions, are not supported).');
    }
    const unknown = unknownBinfmtPlatforms(inputs['binfmt-platforms']);
    if (unknown.length > 0) {
        found.error('binfmt-platforms', `no QEMU emulator for ${unknown.map(u => `'${u}'`).join(', ')}`, `Use all, or architectures or platforms such as arm64, riscv64, linux/arm/v7 (one of: ${Object.keys(QEMU_ARCH).join(', ')}).`);
    }
}

;// CONCATENATED MODULE: ./src/inputs/cache.ts
/**
 * The syntax of the caching inputs: the `cache` modes and buildx's cache-from/cache-to entries.
 * Follows docker/buildx v0.36.1: util/buildflags/cache.go.
 */

/** The `cache` input's modes; an empty input means `none`. */
const cache_CACHE_MODES = (/* unused pure expression or super */ null && (['none', 'registry', 'gha', 'local']));
function cache_isCacheMode(value) {
    return cache_CACHE_MODES.includes(value);
}
const CACHE_TYPES = (/* unused pure expression or super */ null && (['registry', 'local', 'gha', 'inline', 's3', 'azblob']));
/** What is wrong with one cache-from/cache-to entry, or undefined. */
function cache_cacheEntryProblem(entry, direction) {
    let pairs;
    try {
        pairs = parseAttrs(entry);
    }
    catch {
        return `'${entry}' is not a key=value list`;
    }
    const attrs = new Map(pairs);
    // A bare reference (user/app:cache) means type=registry, as buildx reads it.
    if (pairs.length === 1 && pairs[0][1] === '')
        return undefined;
    const type = attrs.get('type') ?? '';
    if (!CACHE_TYPES.includes(type))
        return `'${entry}' has type '${type || '(none)'}'; known types: ${CACHE_TYPES.join(', ')}`;
    if (type === 'registry' && !attrs.get('ref'))
        return `'${entry}' needs ref=<image>`;
    if (type === 'local' && !attrs.get(direction === 'from' ? 'src' : 'dest'))
        return `'${entry}' needs ${direction === 'from' ? 'src' : 'dest'}=<directory>`;
    const mode = attrs.get('mode');
    if (direction === 'to' && mode !== undefined && mode !== 'min' && mode !== 'max')
        return `'${entry}' has mode '${mode}'; use min or max`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/inputs/errors.ts
/**
 * A problem with one action input, found before anything is built or pushed.
 * The message names the input, the offending value and what to do instead.
 */
class errors_InputError extends Error {
    input;
    problem;
    fix;
    constructor(input, problem, fix) {
        // A problem ending in a question ("did you mean x?") needs no full stop.
        super(`input '${input}': ${problem}${problem.endsWith('?') ? '' : '.'} ${fix}`);
        this.input = input;
        this.problem = problem;
        this.fix = fix;
        this.name = 'InputError';
    }
}
/** Several input problems reported together, so a user fixes them in one go. */
class InputErrors extends Error {
    errors;
    constructor(errors) {
        super(errors.length === 1 ? errors[0].message : `${errors.length} input problems:\n${errors.map(e => `  - ${e.message}`).join('\n')}`);
        this.errors = errors;
        this.name = 'InputErrors';
    }
}
/**
 * Something in one input that docker/build-push-action tolerates, or that buildx
 * ignores: said as a warning naming the input and what happens instead, and the step goes on.
 */
class InputWarning {
    input;
    problem;
    consequence;
    message;
    constructor(input, problem, consequence) {
        this.input = input;
        this.problem = problem;
        this.consequence = consequence;
        this.message = `input '${input}': ${problem}${problem.endsWith('?') ? '' : ';'} ${consequence}.`;
    }
}
const fails = (problem, fix) => ({ problem, fix });
const warns = (problem, consequence) => ({ problem, consequence });
/** Everything the checks found, in the order found. */
class errors_Findings {
    errors = [];
    warnings = [];
    add(input, finding) {
        if ('fix' in finding)
            this.errors.push(new errors_InputError(input, finding.problem, finding.fix));
        else
            this.warnings.push(new InputWarning(input, finding.problem, finding.consequence));
    }
    error(input, problem, fix) {
        this.add(input, fails(problem, fix));
    }
    warn(input, problem, consequence) {
        this.add(input, warns(problem, consequence));
    }
}

;// CONCATENATED MODULE: ./src/inputs/dockerfile-source.ts
/**
 * The Dockerfile the build reads, found once before the input checks and handed down to
 * everything that reads it (the `target`/`cache-stages` checks, the QEMU analysis, the
 * cache plan and its mounts, the advice and the annotations). Where it is depends on the
 * context: a local directory, or build-push-action's default Git context, which BuildKit
 * fetches itself and which hoist reads from the checkout or through GitHub's API
 * (phases/inputs.ts; the choice is plan/dockerfile-source.ts).
 * Follows docker/buildx v0.36.1: build/opt.go.
 * Follows moby/buildkit v0.32.2: frontend/dockerui/context.go, frontend/dockerui/config.go.
 */

/** build-push-action's `{{defaultContext}}`, alone or with a subdirectory (`{{defaultContext}}:app`). */
const DEFAULT_CONTEXT = /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/;
/** A context buildx fetches itself: git/HTTP URLs, build-push-action's `{{defaultContext}}`, `-` for stdin, or a named context. */
function dockerfile_source_isRemoteContext(context) {
    return context === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@') || /\{\{\s*defaultContext\s*\}\}/.test(context);
}
/** The Dockerfile buildx will read from a local context: `file` (relative to the workspace), else <context>/Dockerfile; undefined for stdin. */
function dockerfile_source_localDockerfilePath(inputs) {
    if (inputs.file === '-')
        return undefined;
    return inputs.file || path.join(inputs.context, 'Dockerfile');
}
function dockerfileLocation(inputs) {
    if (inputs.file === '-')
        return { kind: 'unread' };
    if (inputs.context && !dockerfile_source_isRemoteContext(inputs.context))
        return { kind: 'local', path: dockerfile_source_localDockerfilePath(inputs), context: inputs.context };
    if (path.isAbsolute(inputs.file))
        return { kind: 'local', path: inputs.file };
    const git = inputs.context ? DEFAULT_CONTEXT.exec(inputs.context) : ['', ''];
    if (!git)
        return { kind: 'unread' };
    // BuildKit scopes the Git state to the subdirectory and reads `filename` in it (frontend/dockerui/context.go).
    const subdir = path.posix
        .join('/', git[1] ?? '')
        .slice(1)
        .replace(/\/$/, '');
    return { kind: 'git', path: path.posix.join('/', subdir, inputs.file || 'Dockerfile').slice(1), subdir };
}
/** A local context's Dockerfile and .dockerignore as buildx sends them; undefined when there is no file to read. */
function dockerfile_source_readLocalDockerfile(inputs, files) {
    const where = dockerfileLocation(inputs);
    if (where.kind !== 'local')
        return undefined;
    const text = files.isFile(where.path) ? files.readText(where.path) : undefined;
    if (text === undefined)
        return undefined;
    const source = { path: where.path, text, origin: 'local', localPath: where.path };
    if (where.context) {
        source.contextDir = where.context;
        // buildx prefers <Dockerfile>.dockerignore next to the Dockerfile over <context>/.dockerignore.
        const ignore = files.readText(`${where.path}.dockerignore`) || files.readText(path.join(where.context, '.dockerignore'));
        if (ignore !== undefined)
            source.dockerignore = ignore;
    }
    return source;
}

;// CONCATENATED MODULE: ./src/inputs/attests.ts
/**
 * Attestations: `attests` entries (`type=sbom|provenance,key=value,…`) and the
 * `provenance`/`sbom` shorthands (a boolean, or the attributes alone). A Go boolean
 * word stands for disabled=<not it>, as build-push-action and buildx read it.
 * BuildKit fails the build on an unknown type, a provenance mode or SLSA version it
 * does not have, and a non-boolean where it parses one; an attribute provenance does
 * not have is ignored (a warning). SBOM attributes go to the scanner as they are.
 * Follows docker/buildx v0.36.1: util/buildflags/attests.go.
 * Follows moby/buildkit v0.32.2: solver/llbsolver/provenance.go, solver/llbsolver/proc/provenance.go, solver/llbsolver/provenance/types/types.go, frontend/attestations/parse.go.
 */




/** The provenance generator's attributes (BuildKit's solver/llbsolver/provenance.go and proc/provenance.go). */
const PROVENANCE = {
    mode: ['min', 'max', 'full'],
    version: ['v0.2', 'v1'],
    'builder-id': 'text',
    filename: 'text',
    reproducible: 'bool',
    'complete-materials': 'bool',
    // BuildKit reads these leniently: anything but true is false.
    'inline-only': 'text',
    'capture-usage': 'text'
};
const TYPES = ['sbom', 'provenance'];
const EXAMPLES = { provenance: 'mode=max', sbom: 'generator=docker/buildkit-syft-scanner', attests: 'type=provenance,mode=max' };
/** What is wrong with one attestation's attributes; `type` is fixed for the shorthands and read from the entry for `attests`. */
function attestFindings(entry, fixedType) {
    let fields;
    try {
        fields = csvFields(entry);
    }
    catch {
        return [fails(`'${entry}' is not a comma-separated list`, `Write key=value attributes separated by commas, e.g. ${EXAMPLES[fixedType ?? 'attests']}.`)];
    }
    const attrs = new Map();
    for (const field of fields) {
        if ((0,util_boolean/* parseBool */.q)(field.trim(), 'go') !== undefined)
            continue;
        const eq = field.indexOf('=');
        if (eq === -1)
            return [
                fails(`${fields.length === 1 ? '' : `'${entry}': `}'${field}' is neither key=value nor a boolean`, `Write true, false or key=value attributes, e.g. ${EXAMPLES[fixedType ?? 'attests']}.`)
            ];
        attrs.set(field.slice(0, eq).trim(), field.slice(eq + 1));
    }
    const type = fixedType ?? attrs.get('type');
    if (!type)
        return [fails(`'${entry}' has no type`, 'Start the entry with type=sbom or type=provenance.')];
    if (!TYPES.includes(type)) {
        return [fails(`'${entry}' has the unknown type '${type}'${words_didYouMean(type, TYPES)}`, 'BuildKit attests type=sbom and type=provenance.')];
    }
    const findings = [];
    for (const [key, value] of attrs) {
        if (key === 'type')
            continue;
        if (key === 'disabled') {
            if ((0,util_boolean/* parseBool */.q)(value, 'go') === undefined)
                findings.push(fails(`'${entry}' has disabled=${value}`, 'disabled takes true or false.'));
        }
        else if (type === 'provenance') {
            const problem = attrProblem(entry, key, value, PROVENANCE);
            if (problem)
                findings.push(fails(...problem));
            else if (!Object.hasOwn(PROVENANCE, key))
                findings.push(warns(`'${entry}': provenance has no attribute '${key}'`, `BuildKit ignores it (${knownKeys(key, PROVENANCE)})`));
        }
    }
    return findings;
}
const attestEntryFindings = (entry) => attestFindings(entry, undefined);
/** `provenance`: empty, a boolean (the runner's YAML words, as build-push-action reads it), or provenance attributes. */
function provenanceFindings(value) {
    if (value === '' || (0,util_boolean/* parseBool */.q)(value, 'yaml') !== undefined)
        return [];
    return attestFindings(value, 'provenance');
}
/** `sbom`: empty, or what follows `type=sbom,` (a boolean word included). */
function sbomFindings(value) {
    return value === '' ? [] : attestFindings(value, 'sbom');
}

;// CONCATENATED MODULE: ./src/inputs/exporters.ts
/**
 * The `outputs` input, one entry as buildx reads it (util/buildflags/export.go): a bare
 * path is the local exporter, anything else `type=<exporter>,key=value,…`. Exporters and
 * their attributes are BuildKit's (https://docs.docker.com/build/exporters/): a wrong
 * type or value fails the build, so it is an error here; an attribute an exporter does
 * not have is ignored by BuildKit, so it is a warning.
 * Follows docker/buildx v0.36.1: util/buildflags/export.go.
 * Follows moby/buildkit v0.32.2: exporter/containerimage/opts.go, exporter/containerimage/exptypes/keys.go, exporter/containerimage/exptypes/annotations.go, exporter/local/fs.go, exporter/oci/export.go.
 */




const COMPRESSIONS = ['uncompressed', 'gzip', 'estargz', 'zstd', 'nydus'];
/** What every exporter of an image takes (BuildKit's ImageCommitOpts). */
const IMAGE_COMMIT = {
    name: 'text',
    compression: COMPRESSIONS,
    'compression-level': 'integer',
    'force-compression': 'flag',
    'oci-mediatypes': 'bool',
    'oci-artifact': 'bool',
    'rewrite-timestamp': 'bool',
    'source-date-epoch': 'text',
    'attestation-inline': 'bool',
    'prefer-nondist-layers': 'bool',
    buildinfo: 'text',
    'buildinfo-attrs': 'text'
};
const IMAGE = {
    ...IMAGE_COMMIT,
    push: 'flag',
    'push-by-digest': 'flag',
    'registry.insecure': 'flag',
    'dangling-name-prefix': 'text',
    'name-canonical': 'flag',
    unpack: 'flag',
    store: 'flag'
};
const LAYOUT = { ...IMAGE_COMMIT, dest: 'text', tar: 'flag' };
const FILES = { dest: 'text', 'platform-split': 'bool', 'attestation-prefix': 'text', 'source-date-epoch': 'text' };
/** Each exporter buildx knows, with its attributes; `cacheonly` is buildx's own "export nothing". */
const EXPORTERS = {
    image: IMAGE,
    registry: IMAGE,
    local: { ...FILES, mode: ['copy', 'delete'] },
    tar: FILES,
    oci: LAYOUT,
    docker: { ...LAYOUT, context: 'text' },
    cacheonly: {}
};
const exporters_TYPES = Object.keys(EXPORTERS);
const MAKES_IMAGE = new Set(['image', 'registry', 'oci', 'docker']);
/** `annotation[-<type>][[<platform>]].<key>=value` (BuildKit's keyAnnotationRegexp). */
const ANNOTATION_ATTR = /^annotation(?:-([a-z-]+))?(?:\[[A-Za-z0-9_/-]+\])?\.\S+$/;
const ANNOTATION_TYPES = ['index', 'index-descriptor', 'manifest', 'manifest-descriptor'];
const FORM = 'Write type=<exporter>,key=value,…, e.g. type=local,dest=out or type=registry.';
const TYPES_FIX = `Use one of: ${exporters_TYPES.join(', ')}.`;
/** What is wrong with one `outputs` entry (nothing: an empty list). */
function outputFindings(entry, files) {
    let fields;
    try {
        fields = csvFields(entry);
    }
    catch {
        return [fails(`'${entry}' is not a comma-separated list`, FORM)];
    }
    // buildx's rule: one field that is the whole entry and not type=… is a directory for the local exporter.
    if (fields.length === 1 && fields[0] === entry && !entry.startsWith('type=')) {
        if (entry === '-')
            return [fails(`'-' writes a tarball to standard output, which is the step's log`, 'Give a file, e.g. type=tar,dest=image.tar.')];
        const looksLikeAttr = entry.includes('=') ? [warns(`'${entry}' has no type=, so buildx takes it as a directory for the local exporter`, `the result goes to a directory named '${entry}'`)] : [];
        return [...looksLikeAttr, ...destFindings(entry, 'local', entry, true, files)];
    }
    const attrs = new Map();
    for (const field of fields) {
        const eq = field.indexOf('=');
        if (eq === -1)
            return [fails(`'${entry}': '${field}' is not key=value`, FORM)];
        attrs.set(field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1));
    }
    const type = attrs.get('type');
    attrs.delete('type');
    if (!type)
        return [fails(`'${entry}' has no type`, TYPES_FIX)];
    const table = Object.hasOwn(EXPORTERS, type) ? EXPORTERS[type] : undefined;
    if (!table) {
        return [fails(`'${entry}' has the unknown type '${type}'${words_didYouMean(type, exporters_TYPES)}`, TYPES_FIX)];
    }
    const findings = [];
    for (const [key, value] of attrs) {
        const annotation = MAKES_IMAGE.has(type) ? ANNOTATION_ATTR.exec(key) : null;
        if (annotation) {
            if (annotation[1] && !ANNOTATION_TYPES.includes(annotation[1]))
                findings.push(fails(`'${entry}' has the unknown annotation type '${annotation[1]}'`, `Use annotation.<key>, or annotation-<${ANNOTATION_TYPES.join('|')}>.<key>.`));
        }
        else if (!Object.hasOwn(table, key)) {
            findings.push(warns(`'${entry}': the ${type} exporter has no attribute '${key}'`, `BuildKit ignores it (${knownKeys(key, table)})`));
        }
        else {
            const problem = attrProblem(entry, key, value, table);
            if (problem)
                findings.push(fails(...problem));
        }
    }
    // oci and docker write a tarball unless tar=false (buildx reads anything but a boolean as true).
    const tar = (0,util_boolean/* parseBool */.q)(attrs.get('tar') ?? '', 'go') ?? true;
    return [...findings, ...destFindings(entry, type, attrs.get('dest'), tar, files)];
}
/** Where an exporter writes on this machine: a directory (local, oci/docker with tar=false) or a file (tar, oci, docker with dest). */
function destFindings(entry, type, dest, tar, files) {
    const layout = type === 'oci' || type === 'docker';
    if (type === 'local' || (layout && !tar)) {
        if (!dest || dest === '-')
            return [fails(`'${entry}' needs dest=<directory>`, `E.g. type=${type},dest=out (relative to the workspace).`)];
        if (files.isFile(dest))
            return [fails(`'${entry}' writes into '${dest}', which is a file`, 'Give a directory; it is created when missing.')];
    }
    else if (type === 'tar' || layout) {
        // Without a file the tarball goes to buildx's standard output: hoist's log. `docker` without dest loads the image instead.
        if ((!dest && type !== 'docker') || dest === '-')
            return [fails(`'${entry}' has no dest file, so the tarball would be written into the step's log`, `Give a file, e.g. type=${type},dest=image.tar.`)];
        if (dest && files.isDirectory(dest))
            return [fails(`'${entry}' writes to '${dest}', which is a directory`, 'Give a file path, e.g. dest=out/image.tar.')];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/inputs/rules.ts
/**
 * The syntax of each input buildx reads, as data: input → what is wrong with one
 * entry (list inputs), with the whole list, or with the value (string inputs). Each
 * rule follows what buildx/BuildKit do with the form: what fails the build is an error,
 * what is ignored or means something unintended is a warning, and a form buildx gives a
 * meaning (`build-args: NAME` takes the value from the environment) is accepted.
 * Follows docker/buildx v0.36.1: util/buildflags/export.go, util/buildflags/context.go, util/buildflags/callfunc.go, util/buildflags/entitlements.go, build/opt.go.
 * Follows moby/buildkit v0.32.2: util/entitlements/entitlements.go.
 */









const none = [];
/** The fields, or undefined for a quote left open (buildx then fails on its own terms). */
function tryCsvFields(value) {
    try {
        return csvFields(value);
    }
    catch {
        return undefined;
    }
}
function referenceProblem(ref) {
    try {
        reference_parseReference(ref);
        return undefined;
    }
    catch (e) {
        if (!(e instanceof reference_InvalidReferenceError))
            throw e;
        return e.message;
    }
}
// ---- entries -----------------------------------------------------------------
/** `NAME=value`, or `NAME` alone: buildx passes the environment variable of that name. */
const buildArg = (entry, _at, index) => attrs_splitKeyValue(entry)[0] === '' ? [fails(`entry ${index + 1} has no name`, 'Write NAME=value, or NAME alone to pass the environment variable of that name.')] : none;
/** `key=value`; a key alone is a label with an empty value. */
const label = entry => (attrs_splitKeyValue(entry)[0] === '' ? [fails(`'${entry}' has no key`, 'Write key=value, e.g. org.opencontainers.image.source=https://github.com/acme/app.')] : none);
const ANNOTATION_FIX = `Write [type:]key=value, type one of ${ANNOTATION_TYPES.join(', ')} (optionally [os/arch]), e.g. index:org.opencontainers.image.description=My app.`;
/** buildx's ParseAnnotations: `key=value`, optionally after `type[,type…]:` where a type may carry `[platform]`. */
const annotation = entry => {
    const eq = entry.indexOf('=');
    if (eq === -1)
        return [fails(`'${entry}' is not of the form key=value`, ANNOTATION_FIX)];
    const key = entry.slice(0, eq);
    const colon = key.indexOf(':');
    if (colon === -1)
        return none;
    for (const part of key.slice(0, colon).split(',')) {
        const m = /^([a-z-]+)(?:\[([A-Za-z0-9_/-]+)\])?$/.exec(part);
        if (!m || !ANNOTATION_TYPES.includes(m[1]))
            return [fails(`'${entry}' has the unknown annotation type '${part}'`, ANNOTATION_FIX)];
        // containerd also reads a lone os or architecture; only a full os/arch is checked here.
        if (m[2]?.includes('/')) {
            try {
                platform_parsePlatform(m[2]);
            }
            catch (e) {
                if (!(e instanceof PlatformError))
                    throw e;
                return [fails(`'${entry}': ${e.message}`, ANNOTATION_FIX)];
            }
        }
    }
    return none;
};
const CONTEXT_FIX = 'Write name=<directory>, name=docker-image://<image>, name=oci-layout://<path> or name=<Git or HTTP URL>.';
/** Sources buildx does not read from this machine's file system (URLs, Git refs, images, templates), left to it. */
const NOT_A_LOCAL_PATH = /^([a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|target:|input:)|\{\{|\.git(#|$)/i;
/** `name=source`: the name spelled like an image name, a local source an existing directory (buildx's ParseContextNames and build/opt.go). */
const buildContext = (entry, at) => {
    const eq = entry.indexOf('=');
    if (eq <= 0)
        return [fails(`'${entry}' is not of the form name=source`, CONTEXT_FIX)];
    const [name, source] = [entry.slice(0, eq), entry.slice(eq + 1)];
    const badName = referenceProblem(name);
    if (badName)
        return [fails(`'${name}' cannot name a context: ${badName}`, 'A context is named like an image: lowercase, e.g. alpine or project.')];
    if (source === '')
        return [fails(`'${entry}' has no source`, CONTEXT_FIX)];
    if (source.startsWith('docker-image://')) {
        const badImage = referenceProblem(source.slice('docker-image://'.length));
        return badImage ? [fails(`'${entry}': ${badImage}`, 'Give an image after docker-image://, e.g. docker-image://alpine:3.20.')] : none;
    }
    if (!NOT_A_LOCAL_PATH.test(source) && !at.files.isDirectory(source)) {
        return [fails(`'${entry}': '${source}' is not a directory`, 'Give a directory relative to the workspace (check it out or create it in an earlier step), or docker-image://<image>.')];
    }
    return none;
};
const ENTITLEMENTS = ['network.host', 'security.insecure', 'device', 'buildx.local.delete'];
/** BuildKit's entitlements (util/entitlements) and buildx's own buildx.local.delete; `device=<name>` names one device. */
const entitlement = entry => {
    const key = attrs_splitKeyValue(entry)[0];
    if (ENTITLEMENTS.includes(entry) || key === 'device')
        return none;
    return [fails(`'${entry}' is not an entitlement${words_didYouMean(key, ENTITLEMENTS)}`, 'Use network.host, security.insecure, device[=<name>] or buildx.local.delete.')];
};
/** docker's ulimit names (go-units). */
const ULIMITS = ['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'];
const ulimit = entry => {
    const m = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(entry);
    if (!m)
        return [fails(`'${entry}' is not of the form name=soft[:hard]`, 'E.g. nofile=1024:1024.')];
    const [, name, soft, hard] = m;
    if (!ULIMITS.includes(name)) {
        return [fails(`'${entry}' names no ulimit '${name}'${words_didYouMean(name, ULIMITS)}`, `Use one of: ${ULIMITS.join(', ')}.`)];
    }
    // -1 is unlimited.
    if (hard !== undefined && hard !== '-1' && Number(soft) > Number(hard))
        return [fails(`'${entry}' has a soft limit above its hard limit`, `E.g. ${name}=${hard}:${soft}.`)];
    return none;
};
const HOST = /^[^\s:=]+[:=]\S+$/;
const addHost = entry => (HOST.test(entry) ? none : [fails(`'${entry}' is not of the form host:ip`, 'E.g. docker:10.180.0.1.')]);
/** A filter that names no stage matches nothing (BuildKit compares names case-insensitively). */
const noCacheFilter = (entry, at) => {
    const dockerfile = at.dockerfile;
    if (!dockerfile || dockerfile.stages.length === 0 || dockerfile.stages.includes(entry.toLowerCase()))
        return none;
    return [warns(`no stage named '${entry}' in ${dockerfile.path}`, `it matches no stage and changes nothing (stages: ${dockerfile.stages.join(', ')})`)];
};
const ENTRY_RULES = {
    'add-hosts': addHost,
    allow: entitlement,
    annotations: annotation,
    attests: attestEntryFindings,
    'build-args': buildArg,
    'build-contexts': buildContext,
    labels: label,
    'no-cache-filters': noCacheFilter,
    outputs: (entry, at) => outputFindings(entry, at.files),
    ulimit
};
// ---- whole lists -------------------------------------------------------------
/** Each platform as buildx parses it (`local` is the runner's own); one listed twice is built twice into the index. */
const platforms = entries => {
    const findings = [];
    const seen = new Map();
    for (const entry of entries) {
        if (entry.toLowerCase() === 'local')
            continue;
        try {
            const normal = formatPlatform(platform_parsePlatform(entry));
            const first = seen.get(normal);
            if (first !== undefined)
                findings.push(warns(`'${entry}' is listed twice${first === entry ? '' : ` (as '${first}')`}`, 'BuildKit builds it twice and the image index lists it twice; list each platform once'));
            else
                seen.set(normal, entry);
        }
        catch (e) {
            if (!(e instanceof PlatformError))
                throw e;
            findings.push(fails(e.message, 'Use os/arch[/variant] names such as linux/amd64,linux/arm64.'));
        }
    }
    return findings;
};
/** `id[=socket|key[,key…]]`; no id is `default`, and BuildKit refuses an id given twice. */
const ssh = entries => {
    const ids = entries.map(entry => attrs_splitKeyValue(entry)[0] || 'default');
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    return [...new Set(twice)].map(id => fails(`the id '${id}' is given twice`, 'Give each agent socket or key set its own id, e.g. default and github=/home/runner/.ssh/id_ed25519.'));
};
const LIST_RULES = { platforms, ssh };
// ---- values ------------------------------------------------------------------
const CALL_METHODS = ['build', 'check', 'outline', 'targets', 'subrequests.describe'];
const CALL_FIX = `Write a method (${CALL_METHODS.join(', ')}), optionally with format=json or ignorestatus=true, e.g. check,format=json.`;
/** The Dockerfile frontend, under any of its image names (`# syntax=docker/dockerfile:1`). */
const DOCKERFILE_FRONTEND = /^(docker\.io\/)?docker\/dockerfile(-upstream)?(:[\w.-]+)?(@sha256:[0-9a-f]{64})?$/;
/** Another frontend may have other methods: one named by `# syntax=` or BUILDKIT_SYNTAX, or a Dockerfile hoist cannot read. */
function otherFrontendPossible(at) {
    if (!at.dockerfile || at.inputs['build-args'].some(a => a.startsWith('BUILDKIT_SYNTAX=')))
        return true;
    const syntax = parse_parseDockerfile(at.dockerfile.text).syntax;
    return syntax !== undefined && !DOCKERFILE_FRONTEND.test(syntax);
}
/** buildx's ParseCallFunc: one method, then format=… and ignorestatus=<bool>; `check` is `lint`. */
const call = (value, at) => {
    if (value === '')
        return none;
    let method;
    for (const field of tryCsvFields(value) ?? [value]) {
        const [key, option] = attrs_splitKeyValue(field);
        if (!field.includes('=')) {
            if (method !== undefined)
                return [fails(`'${value}' names two methods`, CALL_FIX)];
            method = field;
        }
        else if (key === 'ignorestatus' && (0,util_boolean/* parseBool */.q)(option, 'go') === undefined) {
            return [fails(`'${value}' has ignorestatus=${option}`, 'ignorestatus takes true or false.')];
        }
        else if (key !== 'format' && key !== 'ignorestatus') {
            return [fails(`'${value}': '${field}' is not an option of call`, CALL_FIX)];
        }
    }
    if (method === undefined || method === 'lint' || CALL_METHODS.includes(method) || otherFrontendPossible(at))
        return none;
    return [fails(`the Dockerfile frontend has no method '${method}'${words_didYouMean(method, CALL_METHODS)}`, CALL_FIX)];
};
/** buildx's network modes; a named network is the builder's setting, never the build's. */
const NETWORKS = ['default', 'none', 'host'];
const network = value => value === '' || NETWORKS.includes(value)
    ? none
    : [fails(`'${value}' is not a network mode`, 'Use default, none or host; a custom network is set on the builder (docker/setup-buildx-action driver-opts: network=<name>).')];
/** docker's RAMInBytes: a number, an optional unit (b, k, m, g, t, p), an optional i and b. */
const SIZE = /^\d+(\.\d+)?\s?[kmgtp]?i?b?$/i;
const shmSize = value => (value === '' || SIZE.test(value) ? none : [fails(`'${value}' is not a size`, 'Use a number with an optional unit, e.g. 2g or 512m.')]);
/**
 * cache-scope becomes part of a GitHub Actions cache key and of buildx's comma-separated
 * `type=gha,scope=…` attribute: letters, digits, '.', '_', '-' and '/' are safe in both
 * (no commas, quotes, '=' or whitespace), starting with a letter or digit, at most 200.
 */
const CACHE_SCOPE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;
const cacheScope = value => value === '' || CACHE_SCOPE.test(value)
    ? none
    : [fails(`'${value}' is not a cache scope`, "Use letters, digits, '.', '_', '-' and '/', starting with a letter or digit, at most 200 characters, e.g. acme/backend.")];
const VALUE_RULES = {
    call,
    'cache-scope': cacheScope,
    network,
    provenance: provenanceFindings,
    sbom: sbomFindings,
    'shm-size': shmSize
};
/** Every finding of the syntax rules, input by input. */
function rules_syntaxFindings(at) {
    const found = [];
    const add = (input, findings) => findings.forEach(f => found.push([input, f]));
    for (const [input, rule] of Object.entries(ENTRY_RULES))
        at.inputs[input].forEach((entry, i) => add(input, rule(entry, at, i)));
    for (const [input, rule] of Object.entries(LIST_RULES))
        add(input, rule(at.inputs[input], at));
    for (const [input, rule] of Object.entries(VALUE_RULES))
        add(input, rule(at.inputs[input], at));
    return found;
}

;// CONCATENATED MODULE: ./src/inputs/secrets.ts
/**
 * The secret inputs as docker/build-push-action resolves them (actions-toolkit's
 * Build.resolveSecret*): an entry it cannot resolve — no key, an empty value (the
 * repository secret a fork's pull request does not get), a secret file that is not
 * there — is left out with a warning and the build goes on without it. A warning names
 * the entry's key or position, never its value.
 * Follows docker/actions-toolkit v0.92.0: src/buildx/build.ts.
 * Follows docker/build-push-action v7.3.0: src/context.ts.
 */

/** BuildKit's limit on one secret (secretsprovider.MaxSecretSize): a bigger one fails the build at its start. */
const MAX_SECRET_BYTES = (/* unused pure expression or super */ null && (500 * 1024));
const SKIPPED = 'skipped, the build goes on without it';
/** `KEY=value` with both parts non-empty (build-push-action's parseSecretKvp), else undefined. */
function secretEntry(entry) {
    const eq = entry.indexOf('=');
    if (eq <= 0 || eq === entry.length - 1)
        return undefined;
    return { key: entry.slice(0, eq), value: entry.slice(eq + 1) };
}
/** buildx reads `--secret id=<key>,src=<file>` as CSV: a comma or a quote in a part splits it. */
const breaksCsv = (part) => /[,"]/.test(part);
/**
 * Checks the three secret inputs; returns the entries the build goes on with (what
 * build-push-action would put on argv), reporting the skipped ones as warnings.
 */
function secrets_checkSecrets(inputs, files, found) {
    const secrets = inputs.secrets.filter((entry, i) => {
        const secret = secretEntry(entry);
        if (!secret) {
            // Without a key the entry may be a line of a multi-line value: only its position is said.
            const key = splitKeyValue(entry)[0];
            if (entry.includes('=') && key)
                found.warn('secrets', `'${key}' has an empty value`, `${SKIPPED} (a secret the workflow cannot see, as on a fork's pull request, is empty)`);
            else
                found.warn('secrets', `entry ${i + 1} is not of the form KEY=value`, SKIPPED);
            return false;
        }
        if (breaksCsv(secret.key))
            found.error('secrets', `the id '${secret.key}' contains a comma or a quote, which buildx reads as separators`, 'Rename the secret: letters, digits, -, _ and . are safe.');
        const bytes = Buffer.byteLength(secret.value);
        if (bytes > MAX_SECRET_BYTES)
            found.error('secrets', `'${secret.key}' is ${bytes} bytes; BuildKit takes secrets up to 500 KiB`, 'Pass something smaller, such as a token that fetches the data during the build.');
        return true;
    });
    const secretFiles = inputs['secret-files'].filter(entry => {
        const secret = secretEntry(entry);
        if (!secret) {
            found.warn('secret-files', `'${entry}' is not of the form KEY=path`, SKIPPED);
            return false;
        }
        if (!files.isFile(secret.value)) {
            const what = files.isDirectory(secret.value) ? 'a directory' : 'nothing (no such file)';
            found.warn('secret-files', `'${secret.key}' points at '${secret.value}', which is ${what}`, `${SKIPPED} (create the file in an earlier step, relative to the workspace)`);
            return false;
        }
        if (breaksCsv(secret.key) || breaksCsv(secret.value))
            found.error('secret-files', `'${entry}' contains a comma or a quote, which buildx reads as separators`, 'Rename the secret or the file: letters, digits, -, _, . and / are safe.');
        return true;
    });
    const secretEnvs = inputs['secret-envs'].filter(entry => {
        // An environment variable that is not set is BuildKit's business: it gives the build an empty secret, as buildx does.
        if (secretEntry(entry))
            return true;
        found.warn('secret-envs', `'${entry}' is not of the form KEY=ENV_NAME`, SKIPPED);
        return false;
    });
    return { secrets, 'secret-files': secretFiles, 'secret-envs': secretEnvs };
}

;// CONCATENATED MODULE: ./src/inputs/validate.ts














/**
 * Every input problem that can be seen before a build, each naming the input, what is
 * wrong and the fix (nothing is built or pushed when there is an error); the warnings
 * and the inputs the build goes on with.
 */
function checkInputs(inputs, files = realFiles, source = readLocalDockerfile(inputs, files)) {
    const found = new Findings();
    checkDistribute(inputs, found);
    // The merge step builds nothing: its job need not check out the Dockerfile.
    if (inputs.merge) {
        checkTags(inputs, found);
        checkSizeReport(inputs, found);
        return { errors: found.errors, warnings: found.warnings, inputs };
    }
    const dockerfile = checkContextAndDockerfile(inputs, files, source, found);
    for (const [input, finding] of syntaxFindings({ inputs, files, dockerfile }))
        found.add(input, finding);
    checkTags(inputs, found);
    const kept = checkSecrets(inputs, files, found);
    checkSizeReport(inputs, found);
    checkCaching(inputs, found);
    checkBuilderSetup(inputs, files, found);
    return { errors: found.errors, warnings: found.warnings, inputs: { ...inputs, ...kept } };
}
/** The problems only the builder's facts show; the rest are found before anything is asked of docker. */
function builderProblems(inputs, builder) {
    if (!inputs.load || inputs.platforms.length <= 1 || builder.engineLoadsMultiPlatform)
        return [];
    return [
        new InputError('load', `cannot load a ${inputs.platforms.length}-platform image (${inputs.platforms.join(',')}) into this Docker engine: its image store holds one platform per tag`, 'Set load: false and push instead, load one platform per step, or enable the containerd image store in the Docker engine.')
    ];
}
/** Calls `add` with the reference's problem when `ref` is not an image reference. */
function checkReference(ref, add) {
    try {
        parseReference(ref);
    }
    catch (e) {
        if (!(e instanceof InvalidReferenceError))
            throw e;
        add(e.message);
    }
}
function checkTags(inputs, found) {
    for (const tag of inputs.tags) {
        try {
            if (parseReference(tag).digest)
                found.error('tags', `'${tag}' carries a digest`, 'A tag names where to push; drop the @sha256:… part.');
        }
        catch (e) {
            if (!(e instanceof InvalidReferenceError))
                throw e;
            found.error('tags', `'${tag}': ${e.message}`, 'Write tags as [registry/]repository[:tag], e.g. ghcr.io/acme/app:1.2.3.');
        }
    }
    const pushesByOutput = inputs.outputs.some(o => /(^|,)\s*push\s*=\s*true/.test(o) || /(^|,)\s*type\s*=\s*registry/.test(o));
    // meta-images gives the tags from the git context (after this check): a rule that gives none for the run is refused then.
    if ((inputs.push || pushesByOutput) && inputs.tags.length === 0 && inputs['meta-images'].length === 0 && !inputs.outputs.some(o => /(^|,)\s*name\s*=/.test(o))) {
        found.error('tags', 'push is enabled but no tag is given', 'Add at least one tag (e.g. tags: ghcr.io/acme/app:latest), or set push: false.');
    }
    if (inputs.load && (hasExporter('local', inputs.outputs) || hasExporter('tar', inputs.outputs))) {
        found.error('load', 'load is set together with a local/tar output', 'Use either load: true or outputs: type=local/tar, not both.');
    }
}
/** The size gates' syntax, as the step and the hoist-sizes command (src/cli/) check it: one wording for both. */
function checkGateLimits(limits, error) {
    if (limits['max-size'] && bytes_parseSize(limits['max-size']) === undefined) {
        error('max-size', `'${limits['max-size']}' is not a size`, 'Use a number and a unit, e.g. 20MB (10^6 bytes) or 19.5MiB.');
    }
    if (limits['max-size-increase'] && bytes_parseIncrease(limits['max-size-increase']) === undefined) {
        error('max-size-increase', `'${limits['max-size-increase']}' is neither a percentage nor a size`, 'E.g. 10% or 2MB.');
    }
}
/** The values of `size-analysis`. */
const SIZE_ANALYSES = (/* unused pure expression or super */ null && (['none', 'files']));
function checkSizeReport(inputs, found) {
    if (inputs['compare-to'] && inputs['compare-to'] !== 'none') {
        checkReference(inputs['compare-to'], problem => found.error('compare-to', `'${inputs['compare-to']}': ${problem}`, "Give an image reference such as ghcr.io/acme/app:main, or 'none'."));
    }
    checkGateLimits(inputs, (name, problem, fix) => found.error(name, problem, fix));
    const growth = inputs['annotate-growth'];
    if (growth && growth !== 'none' && parseIncrease(growth) === undefined) {
        found.error('annotate-growth', `'${growth}' is neither a size nor a percentage`, "E.g. 1MB (the default) or 10%; 'none' or 0 turns the annotation off.");
    }
    // The history keeps 200 points (plan/size-history.ts HISTORY_CAP; inputs/ may not import plan/).
    const TREND_MAX = 200;
    const trend = inputs['size-trend'];
    if (trend && trend !== 'none' && !(/^\d+$/.test(trend) && Number(trend) <= TREND_MAX)) {
        found.error('size-trend', `'${trend}' is not a number of builds from 0 to ${TREND_MAX}`, "E.g. 30 (the default); 'none' or 0 turns the trend off.");
    }
    const analysis = inputs['size-analysis'];
    if (analysis && !SIZE_ANALYSES.includes(analysis)) {
        found.error('size-analysis', `'${analysis}' is not a size analysis`, 'Use files (download the layers and list where the bytes are) or none (the default: no layer is downloaded).');
    }
    // An image that is not pushed is measured from the build (plan/measure.ts); files are not an image.
    const filesOnly = inputs.outputs.length > 0 && imageOutputs(inputs.outputs).length === 0;
    if ((inputs['max-size'] || inputs['max-size-increase']) && !inputs.push && filesOnly) {
        found.error(inputs['max-size'] ? 'max-size' : 'max-size-increase', 'size gates need an image, but outputs writes files only', 'Add an image output (or push: true), or drop the gate.');
    }
}
function checkCaching(inputs, found) {
    if (inputs.cache && !isCacheMode(inputs.cache)) {
        found.error('cache', `'${inputs.cache}' is not a cache mode`, `Use one of: ${CACHE_MODES.join(', ')} (or cache-from/cache-to for anything else).`);
    }
    else if (inputs.cache === 'registry' && !inputs['cache-ref'] && inputs.tags.length === 0 && inputs['meta-images'].length === 0) {
        found.error('cache', 'registry caching keeps the cache next to the image, but there is no tag', 'Add a tag, or set cache-ref to an image reference for the cache.');
    }
    if (inputs['cache-stages'].length > 0 && !inputs['cache-ref'] && inputs.tags.length === 0 && inputs['meta-images'].length === 0) {
        found.error('cache-stages', 'each stage is cached next to the image, but there is no tag', 'Add a tag, or set cache-ref to an image reference whose repository holds the stage caches.');
    }
    if (inputs['cache-mounts-max-size'] && parseSize(inputs['cache-mounts-max-size']) === undefined) {
        found.error('cache-mounts-max-size', `'${inputs['cache-mounts-max-size']}' is not a size`, 'Use a number and a unit, e.g. 2GB or 500MiB.');
    }
    if (inputs['cache-ref']) {
        checkReference(inputs['cache-ref'], problem => found.error('cache-ref', `'${inputs['cache-ref']}': ${problem}`, 'Give an image reference, e.g. ghcr.io/acme/app:buildcache.'));
    }
    for (const [input, direction] of [
        ['cache-from', 'from'],
        ['cache-to', 'to']
    ]) {
        for (const entry of inputs[input]) {
            const problem = cacheEntryProblem(entry, direction);
            if (problem)
                found.error(input, problem, "See https://docs.docker.com/build/cache/backends/ for each type's attributes.");
        }
    }
}
/**
 * The context and Dockerfile exist, `target` and `cache-stages` name stages; returns the
 * Dockerfile when it could be read (`source`: as phases/inputs.ts found it, for a remote
 * context too).
 */
function checkContextAndDockerfile(inputs, files, source, found) {
    // A remote context (the default Git context when empty) is fetched by BuildKit: only what was read of it is checked.
    if (inputs.context && !isRemoteContext(inputs.context)) {
        if (!files.isDirectory(inputs.context)) {
            found.error('context', `'${inputs.context}' is not a directory (looked in ${path.resolve(inputs.context)})`, 'Check out the repository first (actions/checkout) and give the path relative to the workspace, e.g. context: .');
            return undefined;
        }
        const file = localDockerfilePath(inputs);
        if (!file)
            return undefined;
        if (!files.isFile(file)) {
            found.error(inputs.file ? 'file' : 'context', `no Dockerfile at '${file}'`, inputs.file ? 'Fix the path; it is relative to the workspace, not to the context.' : "Set 'file' to your Dockerfile's path, or add a Dockerfile to the context.");
            return undefined;
        }
    }
    if (!source)
        return undefined;
    const file = source.path;
    const dockerfile = { path: file, text: source.text, stages: parseStages(source.text).flatMap(s => (s.name ? [s.name] : [])) };
    const names = dockerfile.stages;
    if (inputs.target && names.length > 0 && !names.includes(inputs.target.toLowerCase())) {
        found.error('target', `no stage named '${inputs.target}' in ${file}`, `Use one of: ${names.join(', ')}.`);
    }
    for (const stage of inputs['cache-stages']) {
        if (!names.includes(stage.toLowerCase())) {
            found.error('cache-stages', `no stage named '${stage}' in ${file}`, names.length ? `Use named stages (FROM … AS <name>): ${names.join(', ')}.` : 'Name the stage in the Dockerfile (FROM … AS builder).');
        }
    }
    return dockerfile;
}

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * hoist-sizes' command line, read without touching anything: `<image> [--compare <image>]
 * [--json] [--max-size …] [--max-size-increase …] [--size-trend N | --trend]
 * [--size-analysis files]`. A bad argument is one message naming the argument, the bad
 * part and the fix (the gates, the trend and the analysis in the step's own wording).
 */




const USAGE = `usage: hoist-sizes <image> [--compare <image>] [--json] [--max-size <size>] [--max-size-increase <size|percent>] [-f <Dockerfile>] [--target <stage>] [--size-trend <N> | --trend] [--size-analysis files]

  <image>                 a registry reference (ghcr.io/acme/app:1.2, …@sha256:…) or an OCI
                          image layout: oci:<dir>, or a directory holding index.json
  --compare <image>       the baseline, in the same forms: adds Δ columns and what changed
  --json                  print the step's \`sizes\` output (exact bytes) instead of the table
  --max-size <size>       fail (exit 1) when a platform's compressed size is over it (20MB, 19.5MiB)
  --max-size-increase <v> fail (exit 1) when a platform grew more than it vs --compare (10%, 2MB)
  -f, --file <path>       the Dockerfile the image was built from, to name the line that made each
                          layer, as the step does (default: ./Dockerfile when there is one)
  --target <stage>        the stage the image was built from (default: the last)
  --size-trend <N>        also print the last N builds of the size history the step records in the
                          image's repository (tag hoist-size-history); --trend: the step's default, 30
  --size-analysis files   also download the image's layers and show where the bytes are: the largest
                          files of the changed layers, the bytes wasted (default: none)
  -h, --help              this text

exit codes: 0 ok · 1 a gate failed (the report is still printed) · 2 bad arguments · 3 an image could not be read
credentials: the docker config's (DOCKER_CONFIG, else ~/.docker/config.json), credential helpers included`;
const OPTIONS = {
    compare: { type: 'string' },
    json: { type: 'boolean' },
    'max-size': { type: 'string' },
    'max-size-increase': { type: 'string' },
    file: { type: 'string', short: 'f' },
    target: { type: 'string' },
    'size-trend': { type: 'string' },
    trend: { type: 'boolean' },
    'size-analysis': { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
/** The step's `size-trend` default, which `--trend` stands for. */
const TREND_DEFAULT = 30;
/** An example value for each option that takes one, for the message when it is missing. */
const args_EXAMPLES = {
    '--compare': 'ghcr.io/acme/app:main',
    '--max-size-increase': '10%',
    '--file': './Dockerfile',
    '-f': './Dockerfile',
    '--target': 'runtime',
    '--size-trend': '30',
    '--size-analysis': 'files'
};
/** `--name` when the text names one of the options, for messages. */
const optionNamed = (text) => /'(-[-\w]+)[ ']/.exec(text)?.[1];
/** node:util's parse errors, said the way hoist says a bad input. */
function parseError(e) {
    const named = optionNamed(e.message) ?? 'an option';
    switch (e.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `argument '${named}': unknown option. Use --compare, --json, --max-size, --max-size-increase, --file, --target, --size-trend, --trend or --size-analysis (--help lists them).`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            return /argument missing|ambiguous/.test(e.message)
                ? `argument '${named}': the value is missing. Write it after the option, e.g. ${named} ${args_EXAMPLES[named] ?? '20MB'}.`
                : `argument '${named}': it takes no value. Drop the '=…' part.`;
        default:
            return `${e.message}.`;
    }
}
/**
 * `oci:<dir>` is a layout; so is a directory holding index.json (`isLayoutDir`, the one
 * probe of the disk); anything else is a registry reference, checked against its grammar.
 */
function imageSource(argument, text, isLayoutDir) {
    if (text.startsWith('oci:')) {
        const dir = text.slice('oci:'.length);
        if (!dir)
            return `argument '${argument}': 'oci:' names no directory. Write the layout's directory after it, e.g. oci:./out.`;
        return { kind: 'layout', dir };
    }
    if (isLayoutDir(text))
        return { kind: 'layout', dir: text };
    // A path (no reference starts so) that holds no layout.
    if (/^[./~]/.test(text)) {
        return `argument '${argument}': '${text}' holds no OCI image layout (no index.json). Give the directory a build wrote with --output type=oci,dest=<dir>,tar=false, or a registry reference.`;
    }
    try {
        reference_parseReference(text);
    }
    catch (e) {
        if (!(e instanceof reference_InvalidReferenceError))
            throw e;
        return `argument '${argument}': '${text}': ${e.message}. Give an image reference such as ghcr.io/acme/app:1.2, or an OCI layout as oci:<dir>.`;
    }
    return { kind: 'registry', reference: text };
}
/** The command line → what to report, help, or the first problem found. */
function parseSizesArgs(argv, isLayoutDir) {
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
    }
    catch (e) {
        return { error: parseError(e) };
    }
    if (values.help)
        return { help: true };
    if (positionals.length === 0)
        return { error: "argument '<image>': it is missing. Give the image to report on, e.g. hoist-sizes ghcr.io/acme/app:1.2 (or oci:./out)." };
    if (positionals.length > 1) {
        return { error: `argument '<image>': one image only, got ${positionals.length} ('${positionals.join("', '")}'). Give the baseline with --compare ${positionals[1]}.` };
    }
    const image = imageSource('<image>', positionals[0], isLayoutDir);
    if (typeof image === 'string')
        return { error: image };
    let compare;
    if (values.compare !== undefined) {
        const source = imageSource('--compare', values.compare, isLayoutDir);
        if (typeof source === 'string')
            return { error: source };
        compare = source;
    }
    const problems = [];
    const maxSize = values['max-size'] ?? '';
    const maxSizeIncrease = values['max-size-increase'] ?? '';
    checkGateLimits({ 'max-size': maxSize, 'max-size-increase': maxSizeIncrease }, (name, problem, fix) => problems.push(`argument '--${name}': ${problem}. ${fix}`));
    const trend = trendCount(values['size-trend'], values.trend === true, image, compare);
    if (typeof trend === 'string')
        problems.push(trend);
    const analysis = values['size-analysis'];
    if (analysis !== undefined && analysis !== 'files' && analysis !== 'none') {
        problems.push(`argument '--size-analysis': '${analysis}' is not a size analysis. Use files (download the layers and list where the bytes are) or none (the default: no layer is downloaded).`);
    }
    if (problems.length > 0)
        return { error: problems.join('\n') };
    return {
        args: {
            image,
            ...(compare ? { compare } : {}),
            json: values.json === true,
            maxSize,
            maxSizeIncrease,
            ...(values.file ? { file: values.file } : {}),
            target: values.target ?? '',
            ...(typeof trend === 'number' && trend > 0 ? { trend } : {}),
            ...(analysis === 'files' ? { analysis } : {})
        }
    };
}
/**
 * `--size-trend N` as the step reads `size-trend` (0 to the history's cap, 'none' or 0 for
 * none); `--trend` is the step's default. The history is a registry repository's: an OCI
 * layout has none, so the trend is then `--compare`'s repository's, when that is a registry image.
 */
function trendCount(text, short, image, compare) {
    if (short && text !== undefined)
        return `argument '--trend': it is --size-trend ${TREND_DEFAULT}, and --size-trend ${text} is given too. Give one of them.`;
    let count = short ? TREND_DEFAULT : 0;
    if (text !== undefined && text !== 'none') {
        if (!/^\d+$/.test(text) || Number(text) > HISTORY_CAP) {
            return `argument '--size-trend': '${text}' is not a number of builds from 0 to ${HISTORY_CAP}. E.g. --size-trend ${TREND_DEFAULT} (the step's default, or --trend); 'none' or 0 turns the trend off.`;
        }
        count = Number(text);
    }
    if (count > 0 && image.kind === 'layout' && compare?.kind !== 'registry') {
        return `argument '${short ? '--trend' : '--size-trend'}': '${image.dir}' is an OCI layout, which holds no size history. Give --compare with a registry image whose repository holds it (e.g. --compare ghcr.io/acme/app:main), or leave the trend out.`;
    }
    return count;
}

;// CONCATENATED MODULE: ./src/cli/terminal.ts
/**
 * The job summary's Markdown (report/markdown.ts) as plain text for a terminal: the same
 * rows and numbers, the tables aligned in columns and fitted to the terminal's width.
 * A translation, not a second renderer: whatever table the summary gains, the terminal shows.
 */
/** Markup the summary uses in its text, dropped: code spans, bold, strike-through, links, line breaks. */
function plainInline(text) {
    return text
        .trim()
        .replace(/<br\s*\/?>/gi, ', ')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\*\*([^*]*)\*\*/g, '$1')
        .replace(/~~([^~]*)~~/g, '$1')
        .replace(/^_(.*)_$/, '$1')
        .replace(/\\\|/g, '|')
        .trim();
}
// Emoji take two cells in a terminal.
const WIDE = /[\u{1F300}-\u{1FAFF}\u2705\u274C\u2B50]/gu;
/** Cells the text takes in a terminal. */
function displayWidth(text) {
    return [...text].length + (text.match(WIDE)?.length ?? 0);
}
/** At most `width` cells, cut with '…'. */
function terminal_cut(text, width) {
    if (displayWidth(text) <= width)
        return text;
    let out = '';
    for (const ch of text) {
        if (displayWidth(out + ch) > width - 1)
            break;
        out += ch;
    }
    return `${out}…`;
}
function pad(text, width, right) {
    const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
    return right ? fill + text : text + fill;
}
/** `| a | b \| c |` → ['a', 'b | c'] (the escaped pipe stays in its cell). */
function cells(line) {
    const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
    return inner.split(/(?<!\\)\|/).map(plainInline);
}
const GAP = '  ';
/** A text column is cut no narrower than this before columns are left out. */
const MIN_TEXT = 12;
/**
 * One Markdown table in aligned columns, at most `columns` wide: text columns are cut
 * first (widest first); if that is not enough, columns are left out from the right,
 * and a line says which. A row with only its first cell (a note) runs the whole width.
 */
function renderTable(lines, columns) {
    const rows = lines.map(cells);
    const header = rows[0];
    const rightAligned = (rows[1] ?? []).map(c => /-:$/.test(c));
    const body = rows.slice(2);
    const isNote = (row) => row.length > 1 && row.slice(1).every(c => c === '');
    const grid = [header, ...body.filter(r => !isNote(r))];
    const count = header.length;
    let widths = Array.from({ length: count }, (_, i) => Math.max(...grid.map(r => displayWidth(r[i] ?? ''))));
    const total = (w) => w.reduce((a, b) => a + b, 0) + GAP.length * Math.max(0, w.length - 1);
    // Cut the widest text column until the table fits or every text column is at its minimum.
    for (;;) {
        const over = total(widths) - columns;
        if (over <= 0)
            break;
        const text = widths.map((w, i) => ({ w, i })).filter(c => !rightAligned[c.i] && c.w > MIN_TEXT);
        if (text.length === 0)
            break;
        const widest = text.reduce((a, b) => (b.w > a.w ? b : a));
        widths[widest.i] = Math.max(MIN_TEXT, widest.w - over);
    }
    let shown = count;
    while (shown > 1 && total(widths.slice(0, shown)) > columns)
        shown--;
    widths = widths.slice(0, shown);
    const line = (row) => row
        .slice(0, shown)
        .map((c, i) => pad(terminal_cut(c, widths[i]), widths[i], rightAligned[i] ?? false))
        .join(GAP)
        .trimEnd();
    const out = [line(header), widths.map(w => '-'.repeat(w)).join(GAP)];
    for (const row of body)
        out.push(isNote(row) ? terminal_cut(row[0], columns) : line(row));
    if (shown < count)
        out.push(terminal_cut(`(left out to fit ${columns} columns: ${header.slice(shown).join(', ')}; a wider terminal or --json shows them)`, columns));
    return out;
}
/** Prose wrapped at word boundaries to `columns` cells; a word longer than that keeps its own line. */
function wrap(text, columns) {
    const out = [];
    let current = '';
    for (const word of text.split(' ')) {
        if (current && displayWidth(`${current} ${word}`) > columns) {
            out.push(current);
            current = word;
        }
        else
            current = current ? `${current} ${word}` : word;
    }
    out.push(current);
    return out;
}
/** The summary's Markdown as terminal text, `columns` wide. */
function terminalText(markdown, columns) {
    const lines = markdown.split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.trimStart().startsWith('|')) {
            const table = [];
            while (i < lines.length && lines[i].trimStart().startsWith('|'))
                table.push(lines[i++]);
            i--;
            out.push(...renderTable(table, columns));
        }
        else if (line.startsWith('```')) {
            // A chart (a Mermaid block) has no text form: say where it is.
            const language = line.slice(3).trim();
            while (i + 1 < lines.length && !lines[i + 1].startsWith('```'))
                i++;
            i++;
            out.push(`(${language || 'a'} block: shown in the job summary)`);
        }
        else {
            const text = line
                .replace(/^#{1,6}\s+/, '')
                .replace(/<\/?details>/g, '')
                .replace(/<summary>(.*)<\/summary>/, '$1:');
            out.push(...wrap(plainInline(text), columns));
        }
    }
    // One blank line between blocks at most, none at the ends.
    return (out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim() + '\n');
}

;// CONCATENATED MODULE: ./src/cli/sizes.ts
/**
 * hoist-sizes: the step's size report for an image on a laptop. The image (and the
 * baseline) are read as the step reads them (readback/), the sizes, the gates and the
 * table come from the same code (report/), and `--json` is the step's `sizes` output.
 * `--size-analysis files` reads the layers as the step does (readback/analyse-files.ts);
 * `--size-trend` reads the history the step records (readback/size-history.ts) and shows
 * it as a table. It talks to the terminal directly: no runner protocol, no phase.
 */



















/** The exit codes, as the docs (docs/sizes-cli.md) and --help give them. */
const EXIT = { ok: 0, gateFailed: 1, badArguments: 2, unreadable: 3 };
const describe = (source) => (source.kind === 'layout' ? `oci:${source.dir}` : source.reference);
/** How the step names the image in its report: the repository; a layout by its directory. */
const reportName = (source) => (source.kind === 'layout' ? `oci:${source.dir}` : repositoryName(reference_parseReference(source.reference)));
/** Reads one image; a message and no image when it does not exist or cannot be read. */
async function readImage(io, argument, source) {
    const what = describe(source);
    const fix = source.kind === 'layout'
        ? 'Give the directory an OCI layout was written to (docker buildx build --output type=oci,dest=<dir>,tar=false).'
        : `Check the reference; for a private image, log in first (docker login ${registryHost(reference_parseReference(source.reference).domain)}).`;
    try {
        const image = await io.read(source);
        return image ?? `${argument} '${what}': no such image. ${fix}`;
    }
    catch (e) {
        return `${argument} '${what}' could not be read: ${e.message}. ${fix}`;
    }
}
/** Runs the command; the exit code. */
async function runSizes(argv, io) {
    const parsed = parseSizesArgs(argv, io.isLayoutDir);
    if (parsed.help) {
        io.out(`${USAGE}\n`);
        return EXIT.ok;
    }
    if ('error' in parsed) {
        io.err(`hoist-sizes: ${parsed.error}\n\n${USAGE}\n`);
        return EXIT.badArguments;
    }
    const { args } = parsed;
    // The step names each layer's line from the Dockerfile it built; so does the command, given one.
    const dockerfile = io.readText(args.file ?? 'Dockerfile');
    if (args.file && dockerfile === undefined) {
        io.err(`hoist-sizes: argument '--file': ${args.file} cannot be read. Give the Dockerfile the image was built from, or leave --file out.\n\n${USAGE}\n`);
        return EXIT.badArguments;
    }
    // The history while the images are read, as the step reads it while it builds; a failure only warns.
    const trend = args.trend ? readTrend(io, trendRepository(args.image, args.compare)) : undefined;
    // Both at once, as the step reads the baseline while it builds.
    const [read, base] = await Promise.all([readImage(io, '<image>', args.image), args.compare ? readImage(io, '--compare', args.compare) : undefined]);
    const unreadable = [read, base].filter((r) => typeof r === 'string');
    if (unreadable.length > 0) {
        io.err(unreadable.map(m => `hoist-sizes: ${m}\n`).join(''));
        return EXIT.unreadable;
    }
    const image = args.analysis ? await analyse(io, args.image, read) : read;
    const baseline = args.compare && base && typeof base !== 'string' ? { image: base, reference: describe(args.compare) } : { reason: 'no --compare image given' };
    const lines = dockerfile === undefined ? undefined : { dockerfile: parse_parseDockerfile(dockerfile), target: args.target, contexts: [] };
    const report = sizeReport(image, reportName(args.image), baseline, args.image.kind === 'layout' ? 'build' : 'registry', lines);
    if (dockerfile !== undefined)
        report.dockerfile = { path: external_node_path_.normalize(args.file ?? 'Dockerfile') };
    // As the step's report phase does: only when the layers were read.
    const files = whereTheBytesAre(image, baseline.image, lines);
    if (files)
        report.files = files;
    const gates = evaluateGates(report, args.maxSize, args.maxSizeIncrease);
    const history = trend && (await trend.read);
    const points = history ? history.points.slice(-args.trend) : undefined;
    if (args.json) {
        const json = sizesJson(report, gates);
        // The `trend` key only when asked for: without it, the step's `sizes` output byte for byte.
        io.out(`${trend ? JSON.stringify({ ...JSON.parse(json), trend: points ? { repository: trend.where, points } : null }) : json}\n`);
    }
    else {
        const table = trend && points ? `\n${trendTable(history.points, args.trend, trend.where, image.digest)}` : '';
        io.out(terminalText(sizeMarkdown(report, gates, Number.MAX_SAFE_INTEGER) + table, io.columns));
    }
    const failures = gates.flatMap(g => g.failures);
    if (failures.length === 0)
        return EXIT.ok;
    // The step's own words when it fails the job.
    io.err(`size gate failed:\n  ${failures.join('\n  ')}\n`);
    return EXIT.gateFailed;
}
/** Where the history is: the image's repository; an OCI layout's, `--compare`'s (args.ts allows no other case). */
function trendRepository(image, compare) {
    const source = image.kind === 'registry' ? image : compare;
    if (source?.kind !== 'registry')
        throw new Error('a size trend needs a registry image');
    return reference_parseReference(source.reference);
}
/** The history read, or a warning on stderr and undefined: as in the step, it never fails the command. */
function readTrend(io, repository) {
    const where = `${repositoryName(repository)}:hoist-size-history`;
    const read = io.history(repository).then(r => r.history, (e) => {
        io.err(`hoist-sizes: warning: size trend: the history in ${where} could not be read: ${e.message}\n`);
        return undefined;
    });
    return { where, read };
}
/** The layers' files, as the step's size-analysis reads them, its warnings on stderr (the step's info line left out); a failure leaves the report without them. */
function analyse(io, source, image) {
    const log = { info: () => undefined, warning: (message) => io.err(`hoist-sizes: warning: ${message}\n`) };
    return sayAnalysis(log, image, () => io.analyse(source, image));
}
/** The real terminal, the docker config's credentials and the disk. */
function processIo(env, stdout, stderr) {
    // A laptop's registry that is down should not hold the command for the step's 30 s budget.
    const registry = new RegistryClient({ credentials: dockerConfigCredentials(exec, env.dockerConfig, () => env.buildxConfig), budgetMs: 10_000 });
    return {
        out: text => stdout.write(text),
        err: text => stderr.write(text),
        columns: stdout.columns || 100,
        isLayoutDir: dir => external_node_fs_.existsSync(external_node_path_.join(dir, 'index.json')),
        readText: file => files_realFiles.readText(file),
        read: async (source) => {
            if (source.kind === 'layout') {
                if (!external_node_fs_.existsSync(external_node_path_.join(source.dir, 'index.json')))
                    throw new Error(`${source.dir} holds no index.json`);
                return new OciLayout(source.dir).image('image');
            }
            const ref = reference_parseReference(source.reference);
            return inspectImage(registry, ref, ref.digest ?? ref.tag ?? 'latest');
        },
        analyse: (source, image) => analyseFiles(source.kind === 'layout' ? new OciLayout(source.dir) : registry, image),
        history: repository => readHistory(registry, repository)
    };
}


/***/ }),

/***/ 944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pu: () => (/* binding */ readRunEnv)
});

// UNUSED EXPORTS: readBuildRecordSwitches, withProcessVariable

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./src/util/boolean.ts
var util_boolean = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./src/runner/workflow.ts
/**
 * The workflow run as the runner describes it to an action: the GITHUB_* variables
 * and the event payload file (what @actions/github calls `context`).
 */

/** The event payload (GITHUB_EVENT_PATH), parsed; `{}` when there is none to read (local runs). */
function readEventPayload(env = process.env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        return JSON.parse(external_node_fs_.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        // No readable event: the payload-derived facts stay unknown.
        return {};
    }
}
/** The workflow run as the runner describes it in the environment and the event file (read here unless given). */
function readWorkflowFacts(env = process.env, eventPayload = readEventPayload(env)) {
    const payload = (eventPayload ?? {});
    const facts = {
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        repository: env.GITHUB_REPOSITORY ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        job: env.GITHUB_JOB ?? '',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com'
    };
    if (env.GITHUB_BASE_REF)
        facts.baseRef = env.GITHUB_BASE_REF;
    if (env.GITHUB_HEAD_REF)
        facts.headRef = env.GITHUB_HEAD_REF;
    if (typeof payload.repository?.default_branch === 'string')
        facts.defaultBranch = payload.repository.default_branch;
    if (typeof payload.pull_request?.number === 'number')
        facts.pullRequestNumber = payload.pull_request.number;
    if (typeof payload.repository?.private === 'boolean')
        facts.repositoryPrivate = payload.repository.private;
    if (typeof payload.pull_request?.head?.sha === 'string')
        facts.pullRequestHeadSha = payload.pull_request.head.sha;
    const headRepository = payload.pull_request?.head?.repo?.full_name;
    const baseRepository = payload.repository?.full_name ?? facts.repository;
    // A deleted fork has no head repo at all: still not this repository.
    if (payload.pull_request)
        facts.pullRequestFromFork = payload.pull_request.head?.repo === null || (typeof headRepository === 'string' && headRepository !== baseRepository);
    const run = payload.workflow_run;
    if (typeof run?.id === 'number' && typeof run.head_sha === 'string') {
        facts.workflowRun = {
            id: run.id,
            headSha: run.head_sha,
            event: typeof run.event === 'string' ? run.event : '',
            pullRequests: (Array.isArray(run.pull_requests) ? run.pull_requests : [])
                .filter(p => basedHere(p?.base?.repo, payload.repository, facts))
                .map(p => p?.number)
                .filter((n) => typeof n === 'number')
        };
    }
    return facts;
}
/** An API URL compared as GitHub may spell it: any letter case, a trailing slash or not. */
const sameUrl = (a, b) => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
/**
 * Whether a workflow_run's pull request has this repository as its base. GitHub lists in
 * `pull_requests` the open pull requests whose head is the run's branch and commit, in
 * whatever repository they are (a fork's own pull requests too), so a number alone may be
 * another repository's. Its base repository is matched by id when both the entry and the
 * event give one; else by API URL (the event's, or GITHUB_API_URL/repos/GITHUB_REPOSITORY),
 * with the name, when given, agreeing. A name alone proves nothing (a fork keeps it), and an
 * entry that says neither id nor URL is not taken for ours.
 */
function basedHere(base, repository, facts) {
    if (!base || typeof base !== 'object')
        return false;
    if (typeof base.id === 'number' && typeof repository?.id === 'number')
        return base.id === repository.id;
    if (typeof base.url !== 'string' || !facts.repository)
        return false;
    const ours = [`${facts.apiUrl}/repos/${facts.repository}`, ...(typeof repository?.url === 'string' ? [repository.url] : [])];
    const name = facts.repository.split('/')[1] ?? '';
    return ours.some(url => sameUrl(url, base.url)) && (base.name === undefined || (typeof base.name === 'string' && base.name.toLowerCase() === name.toLowerCase()));
}
/** The branch a run builds: a pull request's head, else the pushed branch. */
function branchOf(github) {
    if (github.headRef)
        return github.headRef;
    return github.ref.startsWith('refs/heads/') ? github.ref.slice('refs/heads/'.length) : undefined;
}

;// CONCATENATED MODULE: ./src/runner/env.ts
/**
 * The environment variables hoist reads, read once when the step starts and handed down
 * as typed facts (`Ports.env`): nothing below the entry reads `process.env` itself. The
 * exec wrapper passes the process environment on to the programs hoist runs, with
 * `programEnv` on top.
 */




/** Reads the DOCKER_BUILD_RECORD_* switches. */
function readBuildRecordSwitches(env) {
    const uploadWord = env.DOCKER_BUILD_RECORD_UPLOAD ?? '';
    // Unset or empty is hoist's default (off); build-push-action reads an empty value as unset too.
    const upload = uploadWord ? (0,util_boolean/* parseBool */.q)(uploadWord, 'go') : false;
    if (upload === undefined)
        return { upload: false, problem: `DOCKER_BUILD_RECORD_UPLOAD=${JSON.stringify(uploadWord)} is not a boolean (true or false): no build record is uploaded` };
    const days = env.DOCKER_BUILD_RECORD_RETENTION_DAYS ?? '';
    // Only an upload reads the retention, as in build-push-action.
    if (!upload || !days)
        return { upload };
    // parseInt, as build-push-action: leading digits count ("7d" is 7), anything else is no number.
    const retentionDays = parseInt(days);
    if (Number.isNaN(retentionDays)) {
        return { upload, problem: `DOCKER_BUILD_RECORD_RETENTION_DAYS=${JSON.stringify(days)} is not a number of days (e.g. 7): no build record is uploaded` };
    }
    return { upload, retentionDays };
}
/** `{ key: value }` when the variable is set and not empty, else nothing: an optional fact stays absent. */
const ifSet = (key, value) => (value ? { [key]: value } : {});
/** Reads the environment once; the only reader of `process.env` besides the runner protocol and the exec wrapper. */
function readRunEnv(env = process.env) {
    const dockerConfig = env.DOCKER_CONFIG || external_node_path_.join(external_node_os_namespaceObject.homedir(), '.docker');
    // The event file is read once: the workflow facts and the metadata rules both use it.
    const eventPayload = readEventPayload(env);
    return {
        workflow: readWorkflowFacts(env, eventPayload),
        eventPayload,
        home: env.HOME || external_node_os_namespaceObject.homedir(),
        runnerTemp: env.RUNNER_TEMP || external_node_os_namespaceObject.tmpdir(),
        toolCache: env.RUNNER_TOOL_CACHE || external_node_path_.join(env.HOME || external_node_os_namespaceObject.homedir(), '.cache', 'hoist-tools'),
        dockerConfig,
        buildxConfig: env.BUILDX_CONFIG || external_node_path_.join(dockerConfig, 'buildx'),
        noDefaultAttestations: (0,util_boolean/* parseBool */.q)(env.BUILDX_NO_DEFAULT_ATTESTATIONS ?? '', 'go') === true,
        buildSummary: (0,util_boolean/* parseBool */.q)(env.DOCKER_BUILD_SUMMARY ?? '', 'go') !== false,
        checksAnnotations: (0,util_boolean/* parseBool */.q)(env.DOCKER_BUILD_CHECKS_ANNOTATIONS ?? '', 'go') !== false,
        buildRecord: readBuildRecordSwitches(env),
        metadataWarnings: env.BUILDX_METADATA_WARNINGS ?? 'true',
        metadata: {
            prHeadSha: /true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? ''),
            ...ifSet('shortShaLength', env.DOCKER_METADATA_SHORT_SHA_LENGTH),
            ...ifSet('annotationLevels', env.DOCKER_METADATA_ANNOTATIONS_LEVELS)
        },
        actions: { ...ifSet('runtimeToken', env.ACTIONS_RUNTIME_TOKEN), ...ifSet('resultsUrl', env.ACTIONS_RESULTS_URL), ...ifSet('cacheUrl', env.ACTIONS_CACHE_URL) },
        programEnv: {},
        ...ifSet('buildxBuilder', env.BUILDX_BUILDER),
        ...ifSet('buildxMirror', env.HOIST_BUILDX_MIRROR),
        ...ifSet('dockerHost', env.DOCKER_HOST)
    };
}
/**
 * A wrapper that runs calls with one process variable set to `value`, for a library that
 * reads it from the process itself (@actions/cache resolves its archive paths against
 * GITHUB_WORKSPACE). Calls may overlap: the first in sets it, the last out puts it back.
 */
function withProcessVariable(name, value) {
    let active = 0;
    let before;
    return async (call) => {
        if (active++ === 0) {
            before = process.env[name];
            process.env[name] = value;
        }
        try {
            return await call();
        }
        finally {
            if (--active === 0) {
                if (before === undefined)
                    delete process.env[name];
                else
                    process.env[name] = before;
            }
        }
    };
}


/***/ }),

/***/ 24:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseBool)
/* harmony export */ });
/**
 * The one place booleans are read from text. Two grammars meet in hoist:
 * - `yaml`: YAML 1.2 core-schema words, as the runner's core.getBooleanInput accepts
 *   them for action inputs (`push: true`);
 * - `go`: Go's strconv.ParseBool, as buildx, BuildKit and docker read booleans in
 *   flags, attributes and environment variables (`BUILDX_NO_DEFAULT_ATTESTATIONS=1`).
 * The YAML words are all valid Go words too.
 * Follows actions/toolkit @actions/core@3.0.1: packages/core/src/core.ts.
 * Follows docker/actions-toolkit v0.92.0: src/util.ts.
 */
const YAML_WORDS = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
const GO_WORDS = { ...YAML_WORDS, '1': true, t: true, T: true, '0': false, f: false, F: false };
/** True or false for a boolean word of the grammar; undefined for anything else. */
function parseBool(value, grammar) {
    const words = grammar === 'yaml' ? YAML_WORDS : GO_WORDS;
    return Object.hasOwn(words, value) ? words[value] : undefined;
}


/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(926);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
