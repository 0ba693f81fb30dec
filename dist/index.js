import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 1826:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ parseInspect),
/* harmony export */   IK: () => (/* binding */ inspectBuilder),
/* harmony export */   Qg: () => (/* binding */ engineLoadsMultiPlatform),
/* harmony export */   hJ: () => (/* binding */ BuilderNotFoundError),
/* harmony export */   jR: () => (/* binding */ parseMetadata),
/* harmony export */   ry: () => (/* binding */ buildxVersion)
/* harmony export */ });
/* unused harmony export parseBuildxVersion */
/* harmony import */ var _util_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8245);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2817);


/** `github.com/docker/buildx v0.36.1 abc123` → `v0.36.1`; unstamped builds (v0.0.0+unknown) → undefined. */
function parseBuildxVersion(stdout) {
    const m = /\bv?(\d+\.\d+\.\d+[^\s]*)/.exec(stdout);
    if (!m || m[1].startsWith('0.0.0'))
        return undefined;
    return `v${m[1]}`;
}
async function buildxVersion(run) {
    const { stdout } = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .execChecked */ .$)(run, 'docker', ['buildx', 'version']);
    return parseBuildxVersion(stdout);
}
/** Reads `docker buildx inspect` text: name, driver, the union of node platforms, BuildKit version. */
function parseInspect(stdout) {
    const facts = { name: '', driver: '', platforms: [] };
    let inNodes = false;
    for (const line of stdout.split('\n')) {
        const m = /^([A-Za-z][A-Za-z ]*?):\s*(.*)$/.exec(line);
        if (!m)
            continue;
        const [, key, value] = m;
        if (key === 'Nodes')
            inNodes = true;
        else if (key === 'Name' && !inNodes)
            facts.name = value.trim();
        else if (key === 'Driver' && !inNodes)
            facts.driver = value.trim();
        else if (key === 'Endpoint' && inNodes)
            (facts.endpoints ??= []).push(value.trim());
        else if (key === 'BuildKit version' || key === 'Buildkit') {
            if (!facts.buildkitVersion && /^v?\d+\.\d+\.\d+/.test(value.trim()) && !value.trim().replace(/^v/, '').startsWith('0.0.0')) {
                facts.buildkitVersion = value.trim();
            }
        }
        else if (key === 'Platforms') {
            for (const p of value.split(',')) {
                const name = p.trim().replace(/\*$/, '');
                if (!name)
                    continue;
                try {
                    const normal = (0,_util_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)((0,_util_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .FL)(name));
                    if (!facts.platforms.includes(normal))
                        facts.platforms.push(normal);
                }
                catch {
                    // A platform hoist does not know is still the builder's business.
                }
            }
        }
    }
    return facts;
}
class BuilderNotFoundError extends Error {
}
async function inspectBuilder(run, name) {
    const result = await run('docker', ['buildx', 'inspect', ...(name ? [name] : [])]);
    if (result.exitCode !== 0) {
        throw new BuilderNotFoundError(result.stderr.trim().split('\n').pop() ?? `exit ${result.exitCode}`);
    }
    return parseInspect(result.stdout);
}
/** The containerd image store can hold multi-platform images; the classic one cannot. */
async function engineLoadsMultiPlatform(run) {
    const result = await run('docker', ['info', '--format', '{{json .DriverStatus}}']);
    return result.exitCode === 0 && result.stdout.includes('io.containerd.snapshotter');
}
function parseMetadata(text) {
    const raw = text.trim() ? JSON.parse(text) : {};
    const descriptor = raw['containerimage.descriptor'];
    const digest = raw['containerimage.digest'] ?? descriptor?.digest;
    return {
        digest,
        mediaType: descriptor?.mediaType,
        imageName: raw['image.name'],
        raw
    };
}


/***/ }),

/***/ 9085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ createBuilder),
/* harmony export */   cD: () => (/* binding */ bootBuilder),
/* harmony export */   iq: () => (/* binding */ removeBuilder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plan_builder_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4548);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2817);
/* harmony import */ var _buildx_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1826);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9013);
/**
 * Setting up the builder planned in plan/builder.ts, and removing it in the post step:
 * `docker buildx create`, then `docker buildx inspect --bootstrap` (which starts the
 * BuildKit container, pulling its image the first time), as setup-buildx-action does,
 * in two calls so the boot can run beside other work.
 */






/**
 * Creates the builder unless an earlier hoist step of this job did; true when this step
 * created it (that step's post removes it). Fast: buildx only records it.
 */
async function createBuilder(exec, setup, tmpDir, env) {
    if ((0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .readStoredBuilder */ .J)(setup.name, env))
        return false;
    let configFile;
    if (setup.config && 'inline' in setup.config) {
        configFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(tmpDir, 'buildkitd.toml');
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(configFile, setup.config.inline);
    }
    await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .execChecked */ .$)(exec, 'docker', (0,_plan_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .createArgv */ .X)(setup, configFile));
    return true;
}
/**
 * Starts the builder's BuildKit (the container, pulling its image the first time) and
 * waits until it answers: the slow part, run while the cache is looked up. A builder this
 * step created and that did not start is removed again.
 */
async function bootBuilder(exec, setup, created) {
    const boot = await exec('docker', ['buildx', 'inspect', '--bootstrap', '--builder', setup.name]);
    if (boot.exitCode !== 0) {
        if (created)
            await exec('docker', ['buildx', 'rm', setup.name]);
        const detail = (boot.stderr.trim() || boot.stdout.trim()).split('\n').slice(-3).join('\n');
        throw new Error(`the ${setup.driver} builder hoist set up did not start: ${detail}. ` +
            (setup.driver === 'docker-container'
                ? "Check that the Docker engine can run the BuildKit image (driver-opts: image=…) and that the runner's user may use docker."
                : 'Check the endpoint and driver-opts.'));
    }
    const facts = (0,_buildx_js__WEBPACK_IMPORTED_MODULE_4__/* .parseInspect */ .E7)(boot.stdout);
    return { ...facts, name: facts.name || setup.name };
}
/** Removes a builder hoist set up, with its container and state volume. */
async function removeBuilder(exec, name) {
    await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .execChecked */ .$)(exec, 'docker', ['buildx', 'rm', name]);
}


/***/ }),

/***/ 9013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readStoredBuilder),
/* harmony export */   U: () => (/* binding */ selectedBuilderName)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8245);




function buildxConfigDir(env) {
    return env.BUILDX_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(), '.docker'), 'buildx');
}
function readJson(file) {
    try {
        return JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** The builder `docker buildx build` would use: the input, then $BUILDX_BUILDER, then `buildx use`'s choice. */
function selectedBuilderName(input, env) {
    if (input)
        return input;
    if (env.BUILDX_BUILDER)
        return env.BUILDX_BUILDER;
    const current = readJson(node_path__WEBPACK_IMPORTED_MODULE_2__.join(buildxConfigDir(env), 'current'));
    return current?.Name || 'default';
}
/** The stored builder, or undefined when buildx has no record of it (the `default` docker builder, contexts). */
function readStoredBuilder(name, env) {
    // buildx keeps instance files under a sanitised, lower-cased name.
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(buildxConfigDir(env), 'instances', name.toLowerCase().replace(/[^a-z0-9_.-]/g, '_'));
    const stored = readJson(file);
    if (!stored?.Driver || !Array.isArray(stored.Nodes))
        return undefined;
    return {
        name: stored.Name ?? name,
        driver: stored.Driver,
        nodes: stored.Nodes.map(n => ({
            name: n.Name ?? '',
            endpoint: n.Endpoint ?? '',
            platforms: (n.Platforms ?? []).map(p => (0,_util_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)({ os: p.OS ?? p.os ?? '', architecture: p.Architecture ?? p.architecture ?? '', variant: p.Variant ?? p.variant }))
        }))
    };
}


/***/ }),

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ processContext)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _inputs_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(944);
/* harmony import */ var _registry_auth_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7481);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9874);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2817);






function processContext(runner, env = process.env) {
    return {
        runner,
        exec: _util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .exec */ .m,
        env,
        files: _inputs_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .realFiles */ .aK,
        registry: new _registry_client_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryClient */ .bP({ credentials: (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_3__/* .dockerConfigCredentials */ .D)(_util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .exec */ .m, () => env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_os__WEBPACK_IMPORTED_MODULE_0__.homedir(), '.docker')) }),
        now: () => performance.now()
    };
}


/***/ }),

/***/ 1424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fT: () => (/* binding */ expand),
/* harmony export */   jx: () => (/* binding */ ShellWord),
/* harmony export */   lh: () => (/* binding */ keepAsWritten)
/* harmony export */ });
/**
 * Shell word processing as BuildKit's Dockerfile frontend does it (moby/buildkit
 * frontend/dockerfile/shell, its shell lexer): quotes, escapes and $VAR, ${VAR},
 * ${VAR:-x}, ${VAR-x}, ${VAR:+x}, ${VAR+x}, ${VAR:?x}, ${VAR#p}, ${VAR%p}, ${VAR/p/r}.
 * The parser uses it to unquote words and find heredoc names; mounts.ts uses it to
 * expand ARG and ENV values, FROM and `--mount=` fields, noting which variables had
 * no value the text can tell. Pure: no I/O.
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


/***/ }),

/***/ 6357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   K1: () => (/* binding */ copySources),
/* harmony export */   YB: () => (/* binding */ argPairs),
/* harmony export */   ff: () => (/* binding */ envPairs)
/* harmony export */ });
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1424);
/**
 * A Dockerfile reader that follows BuildKit's Dockerfile frontend (moby/buildkit
 * frontend/dockerfile/parser) closely enough to find stages, global ARGs, heredocs
 * and flags the way a build would: lines, parser directives, continuations, heredoc
 * bodies, `--flags`, instructions and stages. Pure: no I/O.
 *
 * It never throws on a malformed file: what BuildKit would reject is either skipped or,
 * for file-level problems, listed in `problems`. Quotes, escapes and variables in a
 * word are expand.ts's job; build-arg scopes and RUN cache mounts are mounts.ts's.
 */

const WHITESPACE = /[\t\v\f\r ]+/; // BuildKit's reWhitespace
const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/;
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const DIRECTIVE_KEYS = new Set(['syntax', 'escape', 'check']);
function parseDockerfile(text) {
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
        words = new _expand_js__WEBPACK_IMPORTED_MODULE_0__/* .ShellWord */ .jx(line, { escape: '\\', rawQuotes: true, rawEscapes: true, lookup: _expand_js__WEBPACK_IMPORTED_MODULE_0__/* .keepAsWritten */ .lh }).words();
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
        names = new _expand_js__WEBPACK_IMPORTED_MODULE_0__/* .ShellWord */ .jx(m[3], { escape: '\\', lookup: _expand_js__WEBPACK_IMPORTED_MODULE_0__/* .keepAsWritten */ .lh }).words();
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
        return new _expand_js__WEBPACK_IMPORTED_MODULE_0__/* .ShellWord */ .jx(raw, { escape, lookup: _expand_js__WEBPACK_IMPORTED_MODULE_0__/* .keepAsWritten */ .lh }).word();
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


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(788);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4883);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6661);
/* harmony import */ var _runner_protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1864);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2462);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2817);






// The runner calls this file twice: as the main step, then (action.yml's `post:`) for cleanup.
const runner = (0,_runner_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .processRunner */ .qc)();
await (_state_js__WEBPACK_IMPORTED_MODULE_4__/* .state */ .w.isPost(runner) ? (0,_post_js__WEBPACK_IMPORTED_MODULE_2__/* .post */ .b)({ runner, exec: _util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .exec */ .m }) : (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .processContext */ .z)(runner)));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7953:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ hasExporter),
/* harmony export */   O_: () => (/* binding */ parseAttrs),
/* harmony export */   P$: () => (/* binding */ attrProblem),
/* harmony export */   df: () => (/* binding */ hasType),
/* harmony export */   eE: () => (/* binding */ knownKeys),
/* harmony export */   nb: () => (/* binding */ resolveAttestationAttrs),
/* harmony export */   px: () => (/* binding */ splitKeyValue),
/* harmony export */   qZ: () => (/* binding */ csvFields)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(712);
/* harmony import */ var _util_boolean_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5024);
/* harmony import */ var _util_words_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(333);
/**
 * The syntax of entries inside list inputs: `key=value` pairs and the CSV attribute
 * lists buildx reads (`type=registry,ref=x`, `type=provenance,mode=max`).
 */



/** `KEY=value` → [key, value], splitting at the first `=`. */
function splitKeyValue(entry) {
    const eq = entry.indexOf('=');
    return eq === -1 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
}
/** `type=registry,ref=x` records as [key, value] pairs (CSV-aware: quoted values keep commas). */
function parseAttrs(value) {
    const records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .q)(value, { delimiter: ',', trim: true, columns: false, relaxColumnCount: true });
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
    return parseAttrs(value).some(([k, v]) => k === 'type' && v === type);
}
/** Exporter type of one `outputs` entry; a bare path means the local exporter (buildx's rule). */
function exporterType(output) {
    const pairs = parseAttrs(output);
    if (pairs.length === 1 && pairs[0][1] === '' && !pairs[0][0].startsWith('type='))
        return 'local';
    return pairs.find(([k]) => k === 'type')?.[1] ?? '';
}
function hasExporter(type, outputs) {
    return outputs.some(o => exporterType(o) === type);
}
/** Go's strconv.ParseBool words turned into `disabled=…`, as buildx reads `--attest type=x,true`. */
function resolveAttestationAttrs(attrs) {
    return (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .q)(attrs, { delimiter: ',', trim: true, columns: false, relaxColumnCount: true })
        .flat()
        .map((attr) => {
        const enabled = (0,_util_boolean_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBool */ .q)(attr, 'go');
        return enabled === undefined ? attr : `disabled=${!enabled}`;
    })
        .join(',');
}
/** The fields of one comma-separated list as buildx's csvvalue reads them: quotes keep commas, nothing is trimmed. */
function csvFields(value) {
    if (value === '')
        return [];
    const records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .q)(value, { delimiter: ',', relaxColumnCount: true, relaxQuotes: true });
    return records.flat();
}
/** What `value` should have been when it does not fit `kind` ("true or false"), else undefined. */
function expected(kind, value) {
    if (kind === 'text')
        return undefined;
    if (kind === 'bool' || kind === 'flag')
        return (kind === 'flag' && value === '') || (0,_util_boolean_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBool */ .q)(value, 'go') !== undefined ? undefined : 'true or false';
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
    const near = (0,_util_words_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(key, keys);
    return near ? `did you mean ${near}?` : `it knows ${keys.join(', ')}`;
}


/***/ }),

/***/ 9438:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ givenSetupInputs),
/* harmony export */   l: () => (/* binding */ checkBuilderSetup)
/* harmony export */ });
/* harmony import */ var _attrs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7953);
/* harmony import */ var _util_words_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(333);
/**
 * The inputs of the builder hoist sets up, under docker/setup-buildx-action's names:
 * `driver`, `driver-opts`, `buildkitd-flags`, `buildkitd-config`,
 * `buildkitd-config-inline` and `endpoint`. Checked before anything is asked of docker.
 */


/** The drivers `docker buildx create` can set up; `docker` is the engine's own builder and cannot be created. */
const SETUP_DRIVERS = ['docker-container', 'remote', 'kubernetes'];
/** The inputs that describe a builder for hoist to set up; any of them asks for one. */
const SETUP_INPUTS = ['driver', 'driver-opts', 'buildkitd-flags', 'buildkitd-config', 'buildkitd-config-inline', 'endpoint'];
/** The setup inputs that were given (non-empty). */
function givenSetupInputs(inputs) {
    return SETUP_INPUTS.filter(name => (Array.isArray(inputs[name]) ? inputs[name].length > 0 : inputs[name] !== ''));
}
function checkBuilderSetup(inputs, files, found) {
    const given = givenSetupInputs(inputs);
    if (inputs.builder && given.length > 0) {
        found.error('builder', `'${inputs.builder}' is given together with ${given.join(', ')}`, `builder names a builder that exists; ${given.join(', ')} describe${given.length === 1 ? 's' : ''} one for hoist to set up. Give one or the other.`);
    }
    const driver = inputs.driver;
    if (driver === 'docker') {
        found.error('driver', "the docker driver is the Docker engine's own builder, which cannot be set up", "Leave driver empty (hoist uses the engine's builder when it can do what the inputs ask), or use docker-container.");
    }
    else if (driver && !SETUP_DRIVERS.includes(driver)) {
        found.error('driver', `'${driver}' is not a driver hoist can set up${(0,_util_words_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(driver, SETUP_DRIVERS)}`, `Use one of: ${SETUP_DRIVERS.join(', ')}.`);
    }
    if (driver === 'remote' && !inputs.endpoint) {
        found.error('endpoint', 'the remote driver needs the address of a running BuildKit', 'Set endpoint, e.g. tcp://buildkitd:1234 or unix:///run/buildkit/buildkitd.sock.');
    }
    inputs['driver-opts'].forEach((entry, i) => {
        const [key] = (0,_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .splitKeyValue */ .px)(entry);
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
}


/***/ }),

/***/ 6275:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ cacheEntryProblem),
/* harmony export */   O1: () => (/* binding */ isCacheMode),
/* harmony export */   _R: () => (/* binding */ CACHE_MODES)
/* harmony export */ });
/* harmony import */ var _attrs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7953);
/** The syntax of the caching inputs: the `cache` modes and buildx's cache-from/cache-to entries. */

/** The `cache` input's modes; an empty input means `none`. */
const CACHE_MODES = ['none', 'registry', 'gha', 'local'];
function isCacheMode(value) {
    return CACHE_MODES.includes(value);
}
const CACHE_TYPES = ['registry', 'local', 'gha', 'inline', 's3', 'azblob'];
/** What is wrong with one cache-from/cache-to entry, or undefined. */
function cacheEntryProblem(entry, direction) {
    let pairs;
    try {
        pairs = (0,_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAttrs */ .O_)(entry);
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


/***/ }),

/***/ 1318:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ Findings),
/* harmony export */   G: () => (/* binding */ InputErrors),
/* harmony export */   c6: () => (/* binding */ fails),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   wY: () => (/* binding */ warns)
/* harmony export */ });
/* unused harmony export InputWarning */
/**
 * A problem with one action input, found before anything is built or pushed.
 * The message names the input, the offending value and what to do instead.
 */
class InputError extends Error {
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
class Findings {
    errors = [];
    warnings = [];
    add(input, finding) {
        if ('fix' in finding)
            this.errors.push(new InputError(input, finding.problem, finding.fix));
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


/***/ }),

/***/ 3332:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ checkSecrets),
/* harmony export */   p: () => (/* binding */ secretEntry)
/* harmony export */ });
/* harmony import */ var _attrs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7953);
/**
 * The secret inputs as docker/build-push-action resolves them (actions-toolkit's
 * Build.resolveSecret*): an entry it cannot resolve — no key, an empty value (the
 * repository secret a fork's pull request does not get), a secret file that is not
 * there — is left out with a warning and the build goes on without it. A warning names
 * the entry's key or position, never its value.
 */

/** BuildKit's limit on one secret (secretsprovider.MaxSecretSize): a bigger one fails the build at its start. */
const MAX_SECRET_BYTES = 500 * 1024;
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
function checkSecrets(inputs, files, found) {
    const secrets = inputs.secrets.filter((entry, i) => {
        const secret = secretEntry(entry);
        if (!secret) {
            // Without a key the entry may be a line of a multi-line value: only its position is said.
            const key = (0,_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .splitKeyValue */ .px)(entry)[0];
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


/***/ }),

/***/ 944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kV: () => (/* binding */ builderProblems),
  sw: () => (/* binding */ checkInputs),
  CR: () => (/* binding */ localDockerfile),
  aK: () => (/* reexport */ realFiles)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __nccwpck_require__(6357);
;// CONCATENATED MODULE: ./src/dockerfile/stages.ts

function parseStages(text) {
    return (0,parse/* parseDockerfile */.Ai)(text).stages.map(({ index, name, base, platform, line }) => {
        const stage = { index, base, line };
        if (name !== undefined)
            stage.name = name;
        if (platform !== undefined)
            stage.platform = platform;
        return stage;
    });
}

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __nccwpck_require__(9310);
// EXTERNAL MODULE: ./src/inputs/attrs.ts
var inputs_attrs = __nccwpck_require__(7953);
// EXTERNAL MODULE: ./src/inputs/builder.ts
var builder = __nccwpck_require__(9438);
// EXTERNAL MODULE: ./src/inputs/cache.ts
var cache = __nccwpck_require__(6275);
// EXTERNAL MODULE: ./src/util/bytes.ts
var bytes = __nccwpck_require__(1671);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __nccwpck_require__(1318);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/inputs/files.ts

const realFiles = {
    isFile: p => external_node_fs_.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false,
    isDirectory: p => external_node_fs_.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false,
    readText: p => {
        try {
            return external_node_fs_.readFileSync(p, 'utf8');
        }
        catch {
            return undefined;
        }
    }
};

// EXTERNAL MODULE: ./src/util/boolean.ts
var util_boolean = __nccwpck_require__(5024);
// EXTERNAL MODULE: ./src/util/words.ts
var words = __nccwpck_require__(333);
;// CONCATENATED MODULE: ./src/inputs/attests.ts
/**
 * Attestations: `attests` entries (`type=sbom|provenance,key=value,…`) and the
 * `provenance`/`sbom` shorthands (a boolean, or the attributes alone). A Go boolean
 * word stands for disabled=<not it>, as build-push-action and buildx read it.
 * BuildKit fails the build on an unknown type, a provenance mode or SLSA version it
 * does not have, and a non-boolean where it parses one; an attribute provenance does
 * not have is ignored (a warning). SBOM attributes go to the scanner as they are.
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
        fields = (0,inputs_attrs/* csvFields */.qZ)(entry);
    }
    catch {
        return [(0,errors/* fails */.c6)(`'${entry}' is not a comma-separated list`, `Write key=value attributes separated by commas, e.g. ${EXAMPLES[fixedType ?? 'attests']}.`)];
    }
    const attrs = new Map();
    for (const field of fields) {
        if ((0,util_boolean/* parseBool */.q)(field.trim(), 'go') !== undefined)
            continue;
        const eq = field.indexOf('=');
        if (eq === -1)
            return [
                (0,errors/* fails */.c6)(`${fields.length === 1 ? '' : `'${entry}': `}'${field}' is neither key=value nor a boolean`, `Write true, false or key=value attributes, e.g. ${EXAMPLES[fixedType ?? 'attests']}.`)
            ];
        attrs.set(field.slice(0, eq).trim(), field.slice(eq + 1));
    }
    const type = fixedType ?? attrs.get('type');
    if (!type)
        return [(0,errors/* fails */.c6)(`'${entry}' has no type`, 'Start the entry with type=sbom or type=provenance.')];
    if (!TYPES.includes(type)) {
        return [(0,errors/* fails */.c6)(`'${entry}' has the unknown type '${type}'${(0,words/* didYouMean */.au)(type, TYPES)}`, 'BuildKit attests type=sbom and type=provenance.')];
    }
    const findings = [];
    for (const [key, value] of attrs) {
        if (key === 'type')
            continue;
        if (key === 'disabled') {
            if ((0,util_boolean/* parseBool */.q)(value, 'go') === undefined)
                findings.push((0,errors/* fails */.c6)(`'${entry}' has disabled=${value}`, 'disabled takes true or false.'));
        }
        else if (type === 'provenance') {
            const problem = (0,inputs_attrs/* attrProblem */.P$)(entry, key, value, PROVENANCE);
            if (problem)
                findings.push((0,errors/* fails */.c6)(...problem));
            else if (!Object.hasOwn(PROVENANCE, key))
                findings.push((0,errors/* warns */.wY)(`'${entry}': provenance has no attribute '${key}'`, `BuildKit ignores it (${(0,inputs_attrs/* knownKeys */.eE)(key, PROVENANCE)})`));
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
        fields = (0,inputs_attrs/* csvFields */.qZ)(entry);
    }
    catch {
        return [(0,errors/* fails */.c6)(`'${entry}' is not a comma-separated list`, FORM)];
    }
    // buildx's rule: one field that is the whole entry and not type=… is a directory for the local exporter.
    if (fields.length === 1 && fields[0] === entry && !entry.startsWith('type=')) {
        if (entry === '-')
            return [(0,errors/* fails */.c6)(`'-' writes a tarball to standard output, which is the step's log`, 'Give a file, e.g. type=tar,dest=image.tar.')];
        const looksLikeAttr = entry.includes('=') ? [(0,errors/* warns */.wY)(`'${entry}' has no type=, so buildx takes it as a directory for the local exporter`, `the result goes to a directory named '${entry}'`)] : [];
        return [...looksLikeAttr, ...destFindings(entry, 'local', entry, true, files)];
    }
    const attrs = new Map();
    for (const field of fields) {
        const eq = field.indexOf('=');
        if (eq === -1)
            return [(0,errors/* fails */.c6)(`'${entry}': '${field}' is not key=value`, FORM)];
        attrs.set(field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1));
    }
    const type = attrs.get('type');
    attrs.delete('type');
    if (!type)
        return [(0,errors/* fails */.c6)(`'${entry}' has no type`, TYPES_FIX)];
    const table = Object.hasOwn(EXPORTERS, type) ? EXPORTERS[type] : undefined;
    if (!table) {
        return [(0,errors/* fails */.c6)(`'${entry}' has the unknown type '${type}'${(0,words/* didYouMean */.au)(type, exporters_TYPES)}`, TYPES_FIX)];
    }
    const findings = [];
    for (const [key, value] of attrs) {
        const annotation = MAKES_IMAGE.has(type) ? ANNOTATION_ATTR.exec(key) : null;
        if (annotation) {
            if (annotation[1] && !ANNOTATION_TYPES.includes(annotation[1]))
                findings.push((0,errors/* fails */.c6)(`'${entry}' has the unknown annotation type '${annotation[1]}'`, `Use annotation.<key>, or annotation-<${ANNOTATION_TYPES.join('|')}>.<key>.`));
        }
        else if (!Object.hasOwn(table, key)) {
            findings.push((0,errors/* warns */.wY)(`'${entry}': the ${type} exporter has no attribute '${key}'`, `BuildKit ignores it (${(0,inputs_attrs/* knownKeys */.eE)(key, table)})`));
        }
        else {
            const problem = (0,inputs_attrs/* attrProblem */.P$)(entry, key, value, table);
            if (problem)
                findings.push((0,errors/* fails */.c6)(...problem));
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
            return [(0,errors/* fails */.c6)(`'${entry}' needs dest=<directory>`, `E.g. type=${type},dest=out (relative to the workspace).`)];
        if (files.isFile(dest))
            return [(0,errors/* fails */.c6)(`'${entry}' writes into '${dest}', which is a file`, 'Give a directory; it is created when missing.')];
    }
    else if (type === 'tar' || layout) {
        // Without a file the tarball goes to buildx's standard output: hoist's log. `docker` without dest loads the image instead.
        if ((!dest && type !== 'docker') || dest === '-')
            return [(0,errors/* fails */.c6)(`'${entry}' has no dest file, so the tarball would be written into the step's log`, `Give a file, e.g. type=${type},dest=image.tar.`)];
        if (dest && files.isDirectory(dest))
            return [(0,errors/* fails */.c6)(`'${entry}' writes to '${dest}', which is a directory`, 'Give a file path, e.g. dest=out/image.tar.')];
    }
    return [];
}

// EXTERNAL MODULE: ./src/util/platform.ts
var platform = __nccwpck_require__(8245);
;// CONCATENATED MODULE: ./src/inputs/rules.ts
/**
 * The syntax of each input buildx reads, as data: input → what is wrong with one
 * entry (list inputs), with the whole list, or with the value (string inputs). Each
 * rule follows what buildx/BuildKit do with the form: what fails the build is an error,
 * what is ignored or means something unintended is a warning, and a form buildx gives a
 * meaning (`build-args: NAME` takes the value from the environment) is accepted.
 */









const none = [];
/** The fields, or undefined for a quote left open (buildx then fails on its own terms). */
function tryCsvFields(value) {
    try {
        return (0,inputs_attrs/* csvFields */.qZ)(value);
    }
    catch {
        return undefined;
    }
}
function referenceProblem(ref) {
    try {
        (0,reference/* parseReference */.F2)(ref);
        return undefined;
    }
    catch (e) {
        if (!(e instanceof reference/* InvalidReferenceError */.x_))
            throw e;
        return e.message;
    }
}
// ---- entries -----------------------------------------------------------------
/** `NAME=value`, or `NAME` alone: buildx passes the environment variable of that name. */
const buildArg = (entry, _at, index) => (0,inputs_attrs/* splitKeyValue */.px)(entry)[0] === '' ? [(0,errors/* fails */.c6)(`entry ${index + 1} has no name`, 'Write NAME=value, or NAME alone to pass the environment variable of that name.')] : none;
/** `key=value`; a key alone is a label with an empty value. */
const label = entry => ((0,inputs_attrs/* splitKeyValue */.px)(entry)[0] === '' ? [(0,errors/* fails */.c6)(`'${entry}' has no key`, 'Write key=value, e.g. org.opencontainers.image.source=https://github.com/acme/app.')] : none);
const ANNOTATION_FIX = `Write [type:]key=value, type one of ${ANNOTATION_TYPES.join(', ')} (optionally [os/arch]), e.g. index:org.opencontainers.image.description=My app.`;
/** buildx's ParseAnnotations: `key=value`, optionally after `type[,type…]:` where a type may carry `[platform]`. */
const annotation = entry => {
    const eq = entry.indexOf('=');
    if (eq === -1)
        return [(0,errors/* fails */.c6)(`'${entry}' is not of the form key=value`, ANNOTATION_FIX)];
    const key = entry.slice(0, eq);
    const colon = key.indexOf(':');
    if (colon === -1)
        return none;
    for (const part of key.slice(0, colon).split(',')) {
        const m = /^([a-z-]+)(?:\[([A-Za-z0-9_/-]+)\])?$/.exec(part);
        if (!m || !ANNOTATION_TYPES.includes(m[1]))
            return [(0,errors/* fails */.c6)(`'${entry}' has the unknown annotation type '${part}'`, ANNOTATION_FIX)];
        // containerd also reads a lone os or architecture; only a full os/arch is checked here.
        if (m[2]?.includes('/')) {
            try {
                (0,platform/* parsePlatform */.FL)(m[2]);
            }
            catch (e) {
                if (!(e instanceof platform/* PlatformError */.Wk))
                    throw e;
                return [(0,errors/* fails */.c6)(`'${entry}': ${e.message}`, ANNOTATION_FIX)];
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
        return [(0,errors/* fails */.c6)(`'${entry}' is not of the form name=source`, CONTEXT_FIX)];
    const [name, source] = [entry.slice(0, eq), entry.slice(eq + 1)];
    const badName = referenceProblem(name);
    if (badName)
        return [(0,errors/* fails */.c6)(`'${name}' cannot name a context: ${badName}`, 'A context is named like an image: lowercase, e.g. alpine or project.')];
    if (source === '')
        return [(0,errors/* fails */.c6)(`'${entry}' has no source`, CONTEXT_FIX)];
    if (source.startsWith('docker-image://')) {
        const badImage = referenceProblem(source.slice('docker-image://'.length));
        return badImage ? [(0,errors/* fails */.c6)(`'${entry}': ${badImage}`, 'Give an image after docker-image://, e.g. docker-image://alpine:3.20.')] : none;
    }
    if (!NOT_A_LOCAL_PATH.test(source) && !at.files.isDirectory(source)) {
        return [(0,errors/* fails */.c6)(`'${entry}': '${source}' is not a directory`, 'Give a directory relative to the workspace (check it out or create it in an earlier step), or docker-image://<image>.')];
    }
    return none;
};
const ENTITLEMENTS = ['network.host', 'security.insecure', 'device', 'buildx.local.delete'];
/** BuildKit's entitlements (util/entitlements) and buildx's own buildx.local.delete; `device=<name>` names one device. */
const entitlement = entry => {
    const key = (0,inputs_attrs/* splitKeyValue */.px)(entry)[0];
    if (ENTITLEMENTS.includes(entry) || key === 'device')
        return none;
    return [(0,errors/* fails */.c6)(`'${entry}' is not an entitlement${(0,words/* didYouMean */.au)(key, ENTITLEMENTS)}`, 'Use network.host, security.insecure, device[=<name>] or buildx.local.delete.')];
};
/** docker's ulimit names (go-units). */
const ULIMITS = ['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'];
const ulimit = entry => {
    const m = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(entry);
    if (!m)
        return [(0,errors/* fails */.c6)(`'${entry}' is not of the form name=soft[:hard]`, 'E.g. nofile=1024:1024.')];
    const [, name, soft, hard] = m;
    if (!ULIMITS.includes(name)) {
        return [(0,errors/* fails */.c6)(`'${entry}' names no ulimit '${name}'${(0,words/* didYouMean */.au)(name, ULIMITS)}`, `Use one of: ${ULIMITS.join(', ')}.`)];
    }
    // -1 is unlimited.
    if (hard !== undefined && hard !== '-1' && Number(soft) > Number(hard))
        return [(0,errors/* fails */.c6)(`'${entry}' has a soft limit above its hard limit`, `E.g. ${name}=${hard}:${soft}.`)];
    return none;
};
const HOST = /^[^\s:=]+[:=]\S+$/;
const addHost = entry => (HOST.test(entry) ? none : [(0,errors/* fails */.c6)(`'${entry}' is not of the form host:ip`, 'E.g. docker:10.180.0.1.')]);
/** A filter that names no stage matches nothing (BuildKit compares names case-insensitively). */
const noCacheFilter = (entry, at) => {
    const dockerfile = at.dockerfile;
    if (!dockerfile || dockerfile.stages.length === 0 || dockerfile.stages.includes(entry.toLowerCase()))
        return none;
    return [(0,errors/* warns */.wY)(`no stage named '${entry}' in ${dockerfile.path}`, `it matches no stage and changes nothing (stages: ${dockerfile.stages.join(', ')})`)];
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
            const normal = (0,platform/* formatPlatform */.Bq)((0,platform/* parsePlatform */.FL)(entry));
            const first = seen.get(normal);
            if (first !== undefined)
                findings.push((0,errors/* warns */.wY)(`'${entry}' is listed twice${first === entry ? '' : ` (as '${first}')`}`, 'BuildKit builds it twice and the image index lists it twice; list each platform once'));
            else
                seen.set(normal, entry);
        }
        catch (e) {
            if (!(e instanceof platform/* PlatformError */.Wk))
                throw e;
            findings.push((0,errors/* fails */.c6)(e.message, 'Use os/arch[/variant] names such as linux/amd64,linux/arm64.'));
        }
    }
    return findings;
};
/** `id[=socket|key[,key…]]`; no id is `default`, and BuildKit refuses an id given twice. */
const ssh = entries => {
    const ids = entries.map(entry => (0,inputs_attrs/* splitKeyValue */.px)(entry)[0] || 'default');
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    return [...new Set(twice)].map(id => (0,errors/* fails */.c6)(`the id '${id}' is given twice`, 'Give each agent socket or key set its own id, e.g. default and github=/home/runner/.ssh/id_ed25519.'));
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
    const syntax = (0,parse/* parseDockerfile */.Ai)(at.dockerfile.text).syntax;
    return syntax !== undefined && !DOCKERFILE_FRONTEND.test(syntax);
}
/** buildx's ParseCallFunc: one method, then format=… and ignorestatus=<bool>; `check` is `lint`. */
const call = (value, at) => {
    if (value === '')
        return none;
    let method;
    for (const field of tryCsvFields(value) ?? [value]) {
        const [key, option] = (0,inputs_attrs/* splitKeyValue */.px)(field);
        if (!field.includes('=')) {
            if (method !== undefined)
                return [(0,errors/* fails */.c6)(`'${value}' names two methods`, CALL_FIX)];
            method = field;
        }
        else if (key === 'ignorestatus' && (0,util_boolean/* parseBool */.q)(option, 'go') === undefined) {
            return [(0,errors/* fails */.c6)(`'${value}' has ignorestatus=${option}`, 'ignorestatus takes true or false.')];
        }
        else if (key !== 'format' && key !== 'ignorestatus') {
            return [(0,errors/* fails */.c6)(`'${value}': '${field}' is not an option of call`, CALL_FIX)];
        }
    }
    if (method === undefined || method === 'lint' || CALL_METHODS.includes(method) || otherFrontendPossible(at))
        return none;
    return [(0,errors/* fails */.c6)(`the Dockerfile frontend has no method '${method}'${(0,words/* didYouMean */.au)(method, CALL_METHODS)}`, CALL_FIX)];
};
/** buildx's network modes; a named network is the builder's setting, never the build's. */
const NETWORKS = ['default', 'none', 'host'];
const network = value => value === '' || NETWORKS.includes(value)
    ? none
    : [(0,errors/* fails */.c6)(`'${value}' is not a network mode`, 'Use default, none or host; a custom network is set on the builder (docker/setup-buildx-action driver-opts: network=<name>).')];
/** docker's RAMInBytes: a number, an optional unit (b, k, m, g, t, p), an optional i and b. */
const SIZE = /^\d+(\.\d+)?\s?[kmgtp]?i?b?$/i;
const shmSize = value => (value === '' || SIZE.test(value) ? none : [(0,errors/* fails */.c6)(`'${value}' is not a size`, 'Use a number with an optional unit, e.g. 2g or 512m.')]);
/**
 * cache-scope becomes part of a GitHub Actions cache key and of buildx's comma-separated
 * `type=gha,scope=…` attribute: letters, digits, '.', '_', '-' and '/' are safe in both
 * (no commas, quotes, '=' or whitespace), starting with a letter or digit, at most 200.
 */
const CACHE_SCOPE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;
const cacheScope = value => value === '' || CACHE_SCOPE.test(value)
    ? none
    : [(0,errors/* fails */.c6)(`'${value}' is not a cache scope`, "Use letters, digits, '.', '_', '-' and '/', starting with a letter or digit, at most 200 characters, e.g. acme/backend.")];
const VALUE_RULES = {
    call,
    'cache-scope': cacheScope,
    network,
    provenance: provenanceFindings,
    sbom: sbomFindings,
    'shm-size': shmSize
};
/** Every finding of the syntax rules, input by input. */
function syntaxFindings(at) {
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

// EXTERNAL MODULE: ./src/inputs/secrets.ts
var secrets = __nccwpck_require__(3332);
;// CONCATENATED MODULE: ./src/inputs/validate.ts












/** A context buildx fetches itself: git/HTTP URLs, `-` for stdin, or a named context. */
function isRemoteContext(context) {
    return context === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@');
}
/** The Dockerfile buildx will read: `file` (relative to the workspace), else <context>/Dockerfile; undefined for stdin. */
function dockerfilePath(inputs) {
    if (inputs.file === '-')
        return undefined;
    return inputs.file || external_node_path_.join(inputs.context, 'Dockerfile');
}
/** The Dockerfile on this machine, when there is one to read: not for a remote context or a Dockerfile on stdin. */
function localDockerfile(inputs) {
    return inputs.context && !isRemoteContext(inputs.context) ? dockerfilePath(inputs) : undefined;
}
/**
 * Every input problem that can be seen before a build, each naming the input, what is
 * wrong and the fix (nothing is built or pushed when there is an error); the warnings
 * and the inputs the build goes on with.
 */
function checkInputs(inputs, files = realFiles) {
    const found = new errors/* Findings */.Fv();
    const dockerfile = checkContextAndDockerfile(inputs, files, found);
    for (const [input, finding] of syntaxFindings({ inputs, files, dockerfile }))
        found.add(input, finding);
    checkTags(inputs, found);
    const kept = (0,secrets/* checkSecrets */.K)(inputs, files, found);
    checkSizeReport(inputs, found);
    checkCaching(inputs, found);
    (0,builder/* checkBuilderSetup */.l)(inputs, files, found);
    return { errors: found.errors, warnings: found.warnings, inputs: { ...inputs, ...kept } };
}
/** The problems only the builder's facts show; the rest are found before anything is asked of docker. */
function builderProblems(inputs, builder) {
    if (!inputs.load || inputs.platforms.length <= 1 || builder.engineLoadsMultiPlatform)
        return [];
    return [
        new errors/* InputError */.dz('load', `cannot load a ${inputs.platforms.length}-platform image (${inputs.platforms.join(',')}) into this Docker engine: its image store holds one platform per tag`, 'Set load: false and push instead, load one platform per step, or enable the containerd image store in the Docker engine.')
    ];
}
/** Calls `add` with the reference's problem when `ref` is not an image reference. */
function checkReference(ref, add) {
    try {
        (0,reference/* parseReference */.F2)(ref);
    }
    catch (e) {
        if (!(e instanceof reference/* InvalidReferenceError */.x_))
            throw e;
        add(e.message);
    }
}
function checkTags(inputs, found) {
    for (const tag of inputs.tags) {
        try {
            if ((0,reference/* parseReference */.F2)(tag).digest)
                found.error('tags', `'${tag}' carries a digest`, 'A tag names where to push; drop the @sha256:… part.');
        }
        catch (e) {
            if (!(e instanceof reference/* InvalidReferenceError */.x_))
                throw e;
            found.error('tags', `'${tag}': ${e.message}`, 'Write tags as [registry/]repository[:tag], e.g. ghcr.io/acme/app:1.2.3.');
        }
    }
    const pushesByOutput = inputs.outputs.some(o => /(^|,)\s*push\s*=\s*true/.test(o) || /(^|,)\s*type\s*=\s*registry/.test(o));
    // meta-images gives the tags from the git context (after this check): a rule that gives none for the run is refused then.
    if ((inputs.push || pushesByOutput) && inputs.tags.length === 0 && inputs['meta-images'].length === 0 && !inputs.outputs.some(o => /(^|,)\s*name\s*=/.test(o))) {
        found.error('tags', 'push is enabled but no tag is given', 'Add at least one tag (e.g. tags: ghcr.io/acme/app:latest), or set push: false.');
    }
    if (inputs.load && ((0,inputs_attrs/* hasExporter */.Ig)('local', inputs.outputs) || (0,inputs_attrs/* hasExporter */.Ig)('tar', inputs.outputs))) {
        found.error('load', 'load is set together with a local/tar output', 'Use either load: true or outputs: type=local/tar, not both.');
    }
}
function checkSizeReport(inputs, found) {
    if (inputs['compare-to'] && inputs['compare-to'] !== 'none') {
        checkReference(inputs['compare-to'], problem => found.error('compare-to', `'${inputs['compare-to']}': ${problem}`, "Give an image reference such as ghcr.io/acme/app:main, or 'none'."));
    }
    if (inputs['max-size'] && (0,bytes/* parseSize */.DB)(inputs['max-size']) === undefined) {
        found.error('max-size', `'${inputs['max-size']}' is not a size`, 'Use a number and a unit, e.g. 20MB (10^6 bytes) or 19.5MiB.');
    }
    if (inputs['max-size-increase'] && (0,bytes/* parseIncrease */.KW)(inputs['max-size-increase']) === undefined) {
        found.error('max-size-increase', `'${inputs['max-size-increase']}' is neither a percentage nor a size`, 'E.g. 10% or 2MB.');
    }
    if ((inputs['max-size'] || inputs['max-size-increase']) && !inputs.push) {
        found.error(inputs['max-size'] ? 'max-size' : 'max-size-increase', 'size gates need the image in a registry, but push is false', 'Set push: true (e.g. to a pr-N tag), or drop the gate.');
    }
}
function checkCaching(inputs, found) {
    if (inputs.cache && !(0,cache/* isCacheMode */.O1)(inputs.cache)) {
        found.error('cache', `'${inputs.cache}' is not a cache mode`, `Use one of: ${cache/* CACHE_MODES */._R.join(', ')} (or cache-from/cache-to for anything else).`);
    }
    else if (inputs.cache === 'registry' && !inputs['cache-ref'] && inputs.tags.length === 0 && inputs['meta-images'].length === 0) {
        found.error('cache', 'registry caching keeps the cache next to the image, but there is no tag', 'Add a tag, or set cache-ref to an image reference for the cache.');
    }
    if (inputs['cache-stages'].length > 0 && !inputs['cache-ref'] && inputs.tags.length === 0 && inputs['meta-images'].length === 0) {
        found.error('cache-stages', 'each stage is cached next to the image, but there is no tag', 'Add a tag, or set cache-ref to an image reference whose repository holds the stage caches.');
    }
    if (inputs['cache-mounts-max-size'] && (0,bytes/* parseSize */.DB)(inputs['cache-mounts-max-size']) === undefined) {
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
            const problem = (0,cache/* cacheEntryProblem */.EC)(entry, direction);
            if (problem)
                found.error(input, problem, "See https://docs.docker.com/build/cache/backends/ for each type's attributes.");
        }
    }
}
/** The context and Dockerfile exist, `target` and `cache-stages` name stages; returns the Dockerfile when it could be read. */
function checkContextAndDockerfile(inputs, files, found) {
    // An empty context means the default git context, which BuildKit fetches itself.
    if (!inputs.context || isRemoteContext(inputs.context))
        return undefined;
    if (!files.isDirectory(inputs.context)) {
        found.error('context', `'${inputs.context}' is not a directory (looked in ${external_node_path_.resolve(inputs.context)})`, 'Check out the repository first (actions/checkout) and give the path relative to the workspace, e.g. context: .');
        return undefined;
    }
    const file = dockerfilePath(inputs);
    if (!file)
        return undefined;
    if (!files.isFile(file)) {
        found.error(inputs.file ? 'file' : 'context', `no Dockerfile at '${file}'`, inputs.file ? 'Fix the path; it is relative to the workspace, not to the context.' : "Set 'file' to your Dockerfile's path, or add a Dockerfile to the context.");
        return undefined;
    }
    const text = files.readText(file) ?? '';
    const dockerfile = { path: file, text, stages: parseStages(text).flatMap(s => (s.name ? [s.name] : [])) };
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


/***/ }),

/***/ 4883:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/plan/semver.ts
/** `v0.36.1`, `0.12.0-rc1` → [0, 36, 1]; undefined when there is no usable version. */
function parseSemver(version) {
    const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version ?? '');
    if (!m)
        return undefined;
    const parsed = [Number(m[1]), Number(m[2]), Number(m[3])];
    // `go install` without -ldflags stamps v0.0.0: that says nothing about features.
    return parsed.every(n => n === 0) ? undefined : parsed;
}
/** True when `version` ≥ `minimum`; an unknown version is assumed to be recent. */
function atLeast(version, minimum) {
    const have = parseSemver(version);
    const need = parseSemver(minimum);
    if (!have || !need)
        return true;
    for (let i = 0; i < 3; i++) {
        if (have[i] !== need[i])
            return have[i] > need[i];
    }
    return true;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var inputs_errors = __nccwpck_require__(1318);
;// CONCATENATED MODULE: ./src/plan/login.ts
/**
 * The registry logins the inputs ask for: docker/login-action's `registry`, `username`
 * and `password`, and docker/github-builder's `registry-auths` (a YAML list of the same)
 * for several registries. Pure; src/login.ts carries them out.
 */


/** login-action's default registry when only a username is given. */
const DOCKER_HUB = 'docker.io';
/** The logins, and each problem (naming the input, never a password). */
function registryLogins(inputs) {
    const logins = [];
    const problems = [];
    if (inputs.username || inputs.password) {
        if (!inputs.username)
            problems.push(new inputs_errors/* InputError */.dz('username', `is empty, but a password is given${inputs.registry ? ` for ${inputs.registry}` : ''}`, 'Give the username the password belongs to (for ghcr.io: github.actor).'));
        else if (!inputs.password)
            problems.push(new inputs_errors/* InputError */.dz('password', `is empty for user '${inputs.username}'${inputs.registry ? ` at ${inputs.registry}` : ''}`, 'Pass the password or token from a secret; on a pull request from a fork, secrets are empty: skip the login there (if: github.event.pull_request.head.repo.fork == false).'));
        else
            logins.push({ registry: registryAddress(inputs.registry || DOCKER_HUB), username: inputs.username, password: inputs.password });
    }
    else if (inputs.registry) {
        problems.push(new inputs_errors/* InputError */.dz('registry', `'${inputs.registry}' is given without username and password`, 'Give username and password too, or leave registry empty.'));
    }
    if (inputs['registry-auths'].trim()) {
        let entries;
        try {
            entries = (0,dist/* parse */.qg)(inputs['registry-auths']);
        }
        catch {
            problems.push(new inputs_errors/* InputError */.dz('registry-auths', 'is not YAML', 'Write a list: - registry: ghcr.io, then username: and password: under it.'));
        }
        if (entries !== undefined && !Array.isArray(entries))
            problems.push(new inputs_errors/* InputError */.dz('registry-auths', 'is not a YAML list', 'Start each login with "- registry: …".'));
        if (Array.isArray(entries)) {
            entries.forEach((entry, i) => {
                const e = (entry ?? {});
                const field = (name) => (typeof e[name] === 'string' || typeof e[name] === 'number' ? String(e[name]).trim() : '');
                const [registry, username, password] = [field('registry'), field('username'), field('password')];
                const missing = ['username', 'password'].filter(f => !field(f));
                if (missing.length > 0) {
                    problems.push(new inputs_errors/* InputError */.dz('registry-auths', `entry ${i + 1}${registry ? ` (${registry})` : ''} has no ${missing.join(' and no ')}`, 'Give each entry registry, username and password (from secrets).'));
                }
                else {
                    logins.push({ registry: registryAddress(registry || DOCKER_HUB), username, password });
                }
            });
        }
    }
    const seen = new Set();
    for (const l of logins) {
        if (seen.has(l.registry))
            problems.push(new inputs_errors/* InputError */.dz('registry-auths', `${l.registry} is logged in to twice`, 'Give each registry once.'));
        seen.add(l.registry);
    }
    return { logins, problems };
}
/** `https://ghcr.io/` → `ghcr.io`: the host (and port) docker keys a login by. */
function registryAddress(value) {
    return value.replace(/^https?:\/\//, '').replace(/\/(v1|v2)?\/?$/, '');
}
/** Every password, to be masked before anything is logged (also those of entries with problems). */
function loginSecrets(inputs) {
    const values = [inputs.password];
    try {
        const entries = (0,dist/* parse */.qg)(inputs['registry-auths']);
        if (Array.isArray(entries)) {
            for (const e of entries) {
                const password = e?.password;
                if (typeof password === 'string' || typeof password === 'number')
                    values.push(String(password));
            }
        }
    }
    catch {
        // Not YAML: the whole text may hold a password.
        values.push(inputs['registry-auths']);
    }
    return values.map(v => v.trim()).filter(v => v !== '');
}

// EXTERNAL MODULE: ./src/inputs/secrets.ts
var secrets = __nccwpck_require__(3332);
// EXTERNAL MODULE: ./src/inputs/attrs.ts
var inputs_attrs = __nccwpck_require__(7953);
// EXTERNAL MODULE: ./src/util/boolean.ts
var util_boolean = __nccwpck_require__(5024);
// EXTERNAL MODULE: ./src/inputs/cache.ts
var cache = __nccwpck_require__(6275);
// EXTERNAL MODULE: ./src/inputs/validate.ts + 5 modules
var validate = __nccwpck_require__(944);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __nccwpck_require__(9310);
;// CONCATENATED MODULE: ./src/runner/context.ts
/**
 * The workflow run as the runner describes it to an action: the GITHUB_* variables
 * and the event payload file (what @actions/github calls `context`).
 */

/** The workflow run as the runner describes it in the environment and the event file. */
function readGitHubFacts(env = process.env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse(external_node_fs_.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            // No readable event (local runs): the payload-derived facts stay unknown.
        }
    }
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
    return facts;
}
/** The branch a run builds: a pull request's head, else the pushed branch. */
function branchOf(github) {
    if (github.headRef)
        return github.headRef;
    return github.ref.startsWith('refs/heads/') ? github.ref.slice('refs/heads/'.length) : undefined;
}

// EXTERNAL MODULE: ./src/util/bytes.ts
var util_bytes = __nccwpck_require__(1671);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __nccwpck_require__(5138);
;// CONCATENATED MODULE: ./src/plan/cache.ts
/**
 * The one cache decision: the caching inputs and the run's facts turned, once, into
 * everything the run will do for caching. The image build's argv, the stage builds,
 * `cache: local`'s export and the cache session all read this plan; nothing else
 * reads the `cache` input.
 */







/**
 * Layers new to a registry or local cache are zstd: BuildKit compresses them for
 * the export, and zstd is the faster to write (measured here on a source-only change
 * of the example Go service: "preparing build cache for export" 0.3-0.4 s, against
 * 0.8-0.9 s with gzip). Blobs the builder already has (base image layers) are sent as
 * they are. BuildKit reads zstd caches since v0.10.
 */
const REGISTRY_CACHE_TO = 'mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd';
const LOCAL_CACHE_TO = 'mode=max,oci-mediatypes=true,compression=zstd';
const DEFAULT_MOUNTS_MAX = '2GB';
/**
 * The caching inputs as one plan. `registry`: one ref next to the image
 * (`<repo>:buildcache`), all stages (mode=max), as an OCI image manifest so registries
 * that reject BuildKit's cache manifest list (ECR, some Harbor/Artifactory) take it.
 * `gha`: a scope per image, platforms and branch (`<scope>-<branch>`), read-through to
 * the default branch's scope, so a new branch starts warm but never writes into main's
 * cache, and two images (or the jobs of a per-platform matrix) never overwrite each
 * other's. `local`: BuildKit's local cache in a directory that the Actions cache keeps,
 * exported to a fresh directory each time (a local cache written over in place keeps
 * every old blob).
 * Cache mounts are carried with any mode but `none`, when the Dockerfile is local.
 */
function resolveCache(inputs, facts) {
    // Validation has turned away any other word; an empty input means none.
    let mode = (0,cache/* isCacheMode */.O1)(inputs.cache) ? inputs.cache : 'none';
    let unavailable;
    if ((mode === 'gha' || mode === 'local') && facts.actionsCacheUnusable) {
        unavailable = `cache: ${mode}: the GitHub Actions cache service is ${facts.actionsCacheUnusable}; this build runs without it`;
        mode = 'none';
    }
    const dockerfile = (0,validate/* localDockerfile */.CR)(inputs);
    // cache-scope, when given, is part of the build's identity: two builds told apart by it keep apart everywhere.
    const buildId = [dockerfile ?? '', inputs.target, inputs.platforms.join(','), ...(inputs['cache-scope'] ? [inputs['cache-scope']] : [])].join('|');
    // A directory per build: two hoist steps in one job keep their caches apart.
    const root = external_node_path_.join(facts.cacheRoot, (0,hash/* shortHash */.B)(buildId));
    const cacheRepository = () => (0,registry_reference/* repositoryName */.aR)((0,registry_reference/* parseReference */.F2)(inputs['cache-ref'] || inputs.tags[0]));
    const plan = {
        mode,
        layers: { from: [], to: [] },
        stages: inputs['cache-stages'].map(stage => ({ stage, ref: `${cacheRepository()}:cache-${(0,registry_reference/* branchTag */.TY)(stage.toLowerCase())}` })),
        scope: cacheScope(inputs, dockerfile),
        buildId,
        mountsMaxKilobytes: Math.floor(((0,util_bytes/* parseSize */.DB)(inputs['cache-mounts-max-size'] || DEFAULT_MOUNTS_MAX) ?? 2e9) / 1024)
    };
    if (unavailable)
        plan.unavailable = unavailable;
    if (mode === 'registry') {
        const ref = inputs['cache-ref'] || `${cacheRepository()}:buildcache`;
        plan.registryRef = ref;
        plan.layers = { from: [`type=registry,ref=${ref}`], to: [`type=registry,ref=${ref},${REGISTRY_CACHE_TO}`] };
    }
    else if (mode === 'gha') {
        const branch = (0,registry_reference/* branchTag */.TY)(branchOf(facts.github) ?? 'default');
        const branches = [branch];
        if (facts.github.defaultBranch && (0,registry_reference/* branchTag */.TY)(facts.github.defaultBranch) !== branch)
            branches.push((0,registry_reference/* branchTag */.TY)(facts.github.defaultBranch));
        const [write, ...rest] = branches.map(b => `${plan.scope}-${b}`);
        plan.ghaScopes = { read: [write, ...rest], write };
        plan.layers = { from: plan.ghaScopes.read.map(s => `type=gha,scope=${s}`), to: [`type=gha,scope=${write},mode=max`] };
    }
    else if (mode === 'local') {
        plan.local = { directory: external_node_path_.join(root, 'layers'), fresh: external_node_path_.join(root, 'layers-new') };
    }
    if (mode !== 'none' && inputs['cache-mounts'] && dockerfile) {
        plan.mounts = plan.registryRef ? { image: mountsImageRef(plan.registryRef) } : { directory: external_node_path_.join(root, 'mounts') };
    }
    if (plan.local || (plan.mounts && 'directory' in plan.mounts))
        plan.directory = root;
    return plan;
}
/**
 * The name an image's cache goes by where several images share one store (the Actions
 * cache is one per repository): `cache-scope` as given (docker/github-builder's input),
 * else the first tag's repository, else the Dockerfile and target; then the platforms,
 * so the jobs of a per-platform matrix keep apart. Only characters safe in a cache key
 * and in buildx's comma-separated cache attributes are kept.
 */
function cacheScope(inputs, dockerfile) {
    let name = inputs['cache-scope'];
    if (!name && inputs.tags.length > 0)
        name = (0,registry_reference/* parseReference */.F2)(inputs.tags[0]).path;
    if (!name)
        name = [external_node_path_.normalize(dockerfile ?? (inputs.file || 'Dockerfile')), inputs.target].filter(Boolean).join('-');
    const platforms = inputs.platforms.map(p => p.replace(/\//g, '-'));
    return [name, ...platforms].map(part => part.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '')).join('-');
}
/** Does the cache mode ask for the GitHub Actions cache service (so its health is a fact to gather first)? */
function needsActionsCache(inputs) {
    return inputs.cache === 'gha' || inputs.cache === 'local';
}
/** Where the mounts image lives: next to the registry cache, `<cache ref>-mounts`. */
function mountsImageRef(cacheRef) {
    const ref = (0,registry_reference/* parseReference */.F2)(cacheRef);
    return `${(0,registry_reference/* repositoryName */.aR)(ref)}:${ref.tag ?? 'buildcache'}-mounts`;
}
/** A build's --cache-from and --cache-to entries: the user's own first, then the plan's. */
function cacheFlags(inputs, cache, role) {
    switch (role.kind) {
        case 'stage':
            return { from: [...inputs['cache-from'], `type=registry,ref=${role.stage.ref}`], to: [`type=registry,ref=${role.stage.ref},${REGISTRY_CACHE_TO}`] };
        case 'cache-export':
            return { from: [], to: cache.local ? [`type=local,dest=${cache.local.fresh},${LOCAL_CACHE_TO}`] : [] };
        case 'image': {
            // The stages' caches, then the mode's: the image build reads all of them.
            const from = [...inputs['cache-from'], ...cache.stages.map(s => `type=registry,ref=${s.ref}`), ...cache.layers.from];
            if (role.readLocalCache && cache.local)
                from.push(`type=local,src=${cache.local.directory}`);
            return { from, to: [...inputs['cache-to'], ...cache.layers.to] };
        }
    }
}

;// CONCATENATED MODULE: ./src/plan/plan.ts







/** Every secret value the inputs carry: what must be masked before anything is logged. */
function secretValues(inputs) {
    const values = inputs.secrets.map(s => (0,inputs_attrs/* splitKeyValue */.px)(s)[1]);
    if (inputs['github-token'])
        values.push(inputs['github-token']);
    values.push(...loginSecrets(inputs));
    return values.filter(v => v !== '');
}
/** docker/build-push-action's default context: the workflow's own commit, fetched by BuildKit. */
function defaultGitContext(github) {
    let ref = github.ref;
    if (!ref.startsWith('refs/'))
        ref = `refs/heads/${ref}`;
    let pinned = github.sha || ref;
    if (ref.startsWith('refs/pull/') && ref.endsWith('/head') && github.pullRequestHeadSha)
        pinned = github.pullRequestHeadSha;
    return `${github.serverUrl}/${github.repository}.git#${pinned}`;
}
function workflowRunUrl(github) {
    return `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}/attempts/${github.runAttempt}`;
}
/** Adds `builder-id=<run URL>` (as docker/build-push-action does) unless the user set one or there is no run. */
function withBuilderId(attrs, github) {
    if (!github.repository || (0,inputs_attrs/* parseAttrs */.O_)(attrs).some(([k]) => k === 'builder-id'))
        return attrs;
    const id = `builder-id=${workflowRunUrl(github)}`;
    return attrs ? `${attrs},${id}` : id;
}
/** The `provenance` input: a boolean, or attributes (`mode=max`). */
function provenanceAttrs(input, github) {
    const enabled = (0,util_boolean/* parseBool */.q)(input, 'yaml');
    if (enabled === false)
        return 'false';
    return withBuilderId(enabled ? '' : input, github);
}
function attestArgs(inputs, facts) {
    const args = [];
    const attestsProvenance = inputs.attests.some(a => (0,inputs_attrs/* hasType */.df)('provenance', a));
    let provenanceSet = false;
    if (inputs.provenance) {
        const attrs = provenanceAttrs(inputs.provenance, facts.github);
        args.push('--attest', (0,inputs_attrs/* resolveAttestationAttrs */.nb)(`type=provenance${attrs ? `,${attrs}` : ''}`));
        provenanceSet = true;
    }
    else if (!attestsProvenance && !facts.noDefaultAttestations && atLeast(facts.builder.buildkitVersion, 'v0.11.0') && !inputs.load && !(0,inputs_attrs/* hasExporter */.Ig)('docker', inputs.outputs)) {
        // Same default as build-push-action: full provenance for public repositories,
        // buildx's own minimal inline one for private ones (don't leak build details).
        const mode = facts.github.repositoryPrivate === false ? 'mode=max' : 'mode=min,inline-only=true';
        args.push('--attest', `type=provenance,${withBuilderId(mode, facts.github)}`);
    }
    let sbomSet = false;
    if (inputs.sbom) {
        args.push('--attest', (0,inputs_attrs/* resolveAttestationAttrs */.nb)(`type=sbom,${inputs.sbom}`));
        sbomSet = true;
    }
    // `provenance`/`sbom` inputs win over the same type in `attests`.
    for (const attest of inputs.attests) {
        if ((0,inputs_attrs/* hasType */.df)('provenance', attest)) {
            if (!provenanceSet)
                args.push('--attest', withBuilderId(attest, facts.github));
        }
        else if ((0,inputs_attrs/* hasType */.df)('sbom', attest)) {
            if (!sbomSet)
                args.push('--attest', attest);
        }
        else {
            args.push('--attest', (0,inputs_attrs/* resolveAttestationAttrs */.nb)(attest));
        }
    }
    return args;
}
/** The `KEY=value` entries with both parts (a secret file that is not there is left out by checkInputs, which can look). */
function resolvable(entries) {
    return entries.flatMap(entry => (0,secrets/* secretEntry */.p)(entry) ?? []);
}
/** A build that produces only its cache attests nothing: buildx would add provenance by default. */
const NO_ATTESTATIONS = ['--attest', 'type=provenance,disabled=true', '--attest', 'type=sbom,disabled=true'];
/**
 * Inputs + facts → the exact `docker buildx build` argv of one build of the run
 * (`role`: the image, or a build that produces only its cache). Pure: it touches no
 * file and runs nothing; the argv order follows build-push-action so logs compare 1:1.
 */
function planBuild(inputs, facts, cache = resolveCache(inputs, facts), role = { kind: 'image' }) {
    // Stage builds and the local cache export produce nothing but their cache: no tags,
    // push, load, image outputs, labels, annotations or attestations.
    const image = role.kind === 'image';
    const outputs = image ? inputs.outputs : ['type=cacheonly'];
    const target = role.kind === 'stage' ? role.stage.stage : inputs.target;
    const context = inputs.context || defaultGitContext(facts.github);
    const usesDefaultGitContext = !inputs.context;
    const metadataFile = external_node_path_.join(facts.tmpDir, 'metadata.json');
    const producesImage = !(0,inputs_attrs/* hasExporter */.Ig)('local', outputs) && !(0,inputs_attrs/* hasExporter */.Ig)('tar', outputs);
    const iidFile = producesImage ? external_node_path_.join(facts.tmpDir, 'iidfile') : undefined;
    const files = [];
    const secretFromValue = (key, value) => {
        const file = external_node_path_.join(facts.tmpDir, `secret-${files.length + 1}`);
        files.push({ path: file, content: value });
        return `id=${key},src=${file}`;
    };
    const args = ['buildx', 'build'];
    const each = (flag, values) => values.forEach(v => args.push(flag, v));
    each('--add-host', inputs['add-hosts']);
    each('--allow', inputs.allow);
    if (image)
        each('--annotation', inputs.annotations);
    each('--build-arg', inputs['build-args']);
    each('--build-context', inputs['build-contexts']);
    const caches = cacheFlags(inputs, cache, role);
    each('--cache-from', caches.from);
    each('--cache-to', caches.to);
    if (inputs.call)
        args.push('--call', inputs.call);
    if (inputs['cgroup-parent'])
        args.push('--cgroup-parent', inputs['cgroup-parent']);
    // An entry build-push-action cannot resolve (no key, nothing after =) is not passed on; checkInputs warned about it.
    for (const secret of resolvable(inputs['secret-envs']))
        args.push('--secret', `id=${secret.key},env=${secret.value}`);
    if (inputs.file)
        args.push('--file', inputs.file);
    if (iidFile)
        args.push('--iidfile', iidFile);
    if (image)
        each('--label', inputs.labels);
    each('--no-cache-filter', inputs['no-cache-filters']);
    each('--output', outputs);
    if (inputs.platforms.length > 0)
        args.push('--platform', inputs.platforms.join(','));
    args.push(...(image ? attestArgs(inputs, facts) : NO_ATTESTATIONS));
    for (const secret of resolvable(inputs.secrets))
        args.push('--secret', secretFromValue(secret.key, secret.value));
    for (const secret of resolvable(inputs['secret-files']))
        args.push('--secret', `id=${secret.key},src=${secret.value}`);
    // An empty GIT_AUTH_TOKEN (a fork's pull request) is skipped like any empty secret: github-token stands in for it.
    const hasGitAuthSecret = resolvable(inputs.secrets).some(s => s.key === 'GIT_AUTH_TOKEN' || s.key.startsWith('GIT_AUTH_TOKEN.'));
    if (inputs['github-token'] && usesDefaultGitContext && !hasGitAuthSecret) {
        // BuildKit fetches the default git context itself; private repositories need the token.
        args.push('--secret', secretFromValue(`GIT_AUTH_TOKEN.${new URL(facts.github.serverUrl).host}`, inputs['github-token']));
    }
    if (inputs['shm-size'])
        args.push('--shm-size', inputs['shm-size']);
    each('--ssh', inputs.ssh);
    if (image)
        each('--tag', inputs.tags);
    if (target)
        args.push('--target', target);
    each('--ulimit', inputs.ulimit);
    if (inputs.builder)
        args.push('--builder', inputs.builder);
    if (image && inputs.load)
        args.push('--load');
    args.push('--metadata-file', metadataFile);
    if (inputs.network)
        args.push('--network', inputs.network);
    if (inputs['no-cache'])
        args.push('--no-cache');
    if (inputs.pull)
        args.push('--pull');
    if (image && inputs.push)
        args.push('--push');
    args.push(context);
    return { argv: args, files, metadataFile, iidFile, context };
}
/** The same build without its cache exports: what is retried when only the export failed. */
function withoutCacheExport(argv) {
    return argv.filter((arg, i) => arg !== '--cache-to' && argv[i - 1] !== '--cache-to');
}

// EXTERNAL MODULE: ./src/buildx/buildx.ts
var buildx_buildx = __nccwpck_require__(1826);
;// CONCATENATED MODULE: ./src/buildx/progress.ts
/**
 * The build's cache hit ratio from buildx's plain progress: Dockerfile steps
 * (`#7 [builder 3/6] RUN …`, `#9 [linux/arm64 runtime 2/3] COPY …`) and which of
 * them came from the cache: `CACHED`, or, when a later step needs the cached result,
 * its layers fetched (`sha256:… done`, `extracting …`) with no output of a run.
 * Internal steps (load metadata, context transfer) do not count, nor do FROM steps: a
 * base image is pulled or not, never built, and a fresh builder pulls it even when
 * every step after it comes from the cache.
 */
function cacheHits(progress) {
    const steps = new Set();
    const cached = new Set();
    const fetched = new Set();
    const ran = new Set();
    for (const line of progress.split('\n')) {
        const step = /^#(\d+) \[(?!internal\])[^\]]*\b\d+\/\d+\] (?!FROM )/.exec(line);
        if (step)
            steps.add(step[1]);
        const event = /^#(\d+) (.*)$/.exec(line);
        if (!event)
            continue;
        if (/^CACHED\s*$/.test(event[2]))
            cached.add(event[1]);
        else if (LAYER_FETCH.test(event[2]))
            fetched.add(event[1]);
        else if (/^\d+\.\d+ /.test(event[2]))
            ran.add(event[1]);
    }
    for (const id of fetched)
        if (!ran.has(id))
            cached.add(id);
    return { cached: [...cached].filter(id => steps.has(id)).length, total: steps.size };
}
/** A step's cached layer being fetched, as plain progress prints it. */
const LAYER_FETCH = /^(sha256:[0-9a-f]+ |extracting sha256:)/;
/** buildx's own last words on a failure: the last `ERROR:`/`error:` line, else the last line. */
function lastError(output) {
    const lines = output.trim().split('\n');
    return ([...lines]
        .reverse()
        .find(l => /error:/i.test(l))
        ?.trim() ??
        lines[lines.length - 1]?.trim() ??
        '');
}
/** Did the build fail in a cache export step (`#N exporting cache …` then `#N ERROR: …`)? */
function cacheExportFailed(progress) {
    const exportSteps = new Set();
    for (const line of progress.split('\n')) {
        const step = /^#(\d+) exporting cache/.exec(line);
        if (step)
            exportSteps.add(step[1]);
        const error = /^#(\d+) ERROR:/.exec(line);
        if (error && exportSteps.has(error[1]))
            return true;
    }
    return false;
}
/** A Dockerfile RUN step with a cache mount, as plain progress names it. */
const MOUNT_STEP = /^#(\d+) \[[^\]]*\] RUN .*--mount=\S*type=cache/;
/**
 * Did any RUN step with a cache mount run rather than come from the cache? A cached
 * step says `CACHED`, or, when its layer had to be fetched, shows that download.
 */
function cacheMountStepsRan(progress) {
    const steps = new Set();
    const cached = new Set();
    for (const line of progress.split('\n')) {
        const step = MOUNT_STEP.exec(line);
        if (step)
            steps.add(step[1]);
        const event = /^#(\d+) (.*)$/.exec(line);
        if (event && (/^CACHED\s*$/.test(event[2]) || LAYER_FETCH.test(event[2])))
            cached.add(event[1]);
    }
    return [...steps].some(id => !cached.has(id));
}
/**
 * Watches live plain progress for a cache-mount RUN step that starts to run. A
 * cached step is printed as its name and `CACHED` together, or, when its layer is
 * needed, its name then the layer's download (`sha256:… done`, `extracting …`). A
 * step that runs prints its name, then its output (`#8 0.512 …`) or nothing for a
 * while. So: output, or nothing at all for `graceMs`, is a step that runs.
 *
 * It also says, earlier, when a mount's stage comes to life: a step of that stage, or
 * of a stage it is built FROM, that runs or has its layers fetched (its base image's
 * too) means BuildKit needs the chain's snapshots, i.e. a later step of it will run (a
 * fully cached build fetches none). In `FROM golang AS deps` … `FROM deps AS build`,
 * that is while golang's layers are still being pulled, seconds before build's
 * compile step.
 */
class MountStepWatcher {
    onRun;
    options;
    buffer = '';
    pending = new Map();
    /** Steps already seen to finish: plain progress prints a step's name again with later events. */
    settled = new Set();
    fired = false;
    stageFired = false;
    /**
     * The steps of the watched stages seen so far, FROM included, by id: whether a fetch of
     * the step's layers tells that a step of a chain will run. It does, but for the last
     * step of a mount's own stage: a stage FROM another needs its parent's last step, yet a
     * mount's own stage's last step is fetched for a consumer outside the chain (the
     * image export, a `COPY --from`), and nothing of the chain runs then.
     */
    stageSteps = new Map();
    stagePattern;
    /** Stages some watched stage is built FROM (lower-cased). */
    parents;
    /**
     * `chains`: each carried mount's stage and the stages it is built FROM, nearest first
     * (`[['build', 'deps']]` for `FROM deps AS build`).
     */
    constructor(onRun, options = {}) {
        this.onRun = onRun;
        this.options = options;
        const chains = options.chains ?? [];
        const stages = [...new Set(chains.flat())];
        this.parents = new Set(chains.flatMap(chain => chain.slice(1)).map(s => s.toLowerCase()));
        if (stages.length > 0) {
            const names = stages.map(s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
            this.stagePattern = new RegExp(`^#(\\d+) \\[(?:[^\\]]* )?(${names}) (\\d+)\\/(\\d+)\\] (FROM )?`, 'i');
        }
    }
    get graceMs() {
        return this.options.graceMs ?? 700;
    }
    feed(chunk) {
        this.buffer += chunk;
        const lines = this.buffer.split('\n');
        this.buffer = lines.pop() ?? '';
        for (const line of lines)
            this.line(line);
    }
    line(line) {
        const mount = MOUNT_STEP.exec(line);
        const stage = this.stagePattern?.exec(line);
        if (stage)
            this.stageSteps.set(stage[1], { fetchMeansRun: stage[3] !== stage[4] || this.parents.has(stage[2].toLowerCase()) });
        // A FROM comes to life only by its layers being fetched (below); it prints other events when cached too.
        if (stage?.[5])
            return;
        const header = mount ?? stage;
        if (header) {
            const id = header[1];
            if (this.pending.has(id) || this.settled.has(id))
                return;
            const kind = mount ? 'mount' : 'stage';
            const startedAt = Date.now();
            this.pending.set(id, { kind, startedAt, timer: setTimeout(() => this.ran(id, line), this.graceMs) });
            return;
        }
        const event = /^#(\d+) (.*)$/.exec(line);
        // A stage step's layers fetched, even after it said CACHED: a later step needs them.
        if (event && this.stageSteps.get(event[1])?.fetchMeansRun && LAYER_FETCH.test(event[2]))
            this.stageActive();
        const step = event && this.pending.get(event[1]);
        if (!event || !step)
            return;
        const what = event[2];
        if (/^\d+\.\d+ /.test(what))
            return this.ran(event[1], line);
        // A stage step that did anything but come from the cache (ran, or had its layers
        // fetched) makes the stage active.
        if (step.kind === 'stage' && !/^(CACHED|CANCELED|ERROR)/.test(what))
            return this.ran(event[1], line);
        // A mount step: CACHED, its cached layer being fetched, DONE within the grace (a
        // step too short to matter), CANCELED, ERROR: settled.
        this.settle(event[1]);
    }
    settle(id) {
        const step = this.pending.get(id);
        if (step)
            clearTimeout(step.timer);
        this.pending.delete(id);
        this.settled.add(id);
        return step;
    }
    ran(id, line) {
        const step = this.settle(id);
        if (!step)
            return;
        // A mount step that runs means its stage is active too.
        this.stageActive();
        if (step.kind === 'mount' && !this.fired) {
            this.fired = true;
            this.onRun(line, step.startedAt);
        }
    }
    stageActive() {
        if (this.stageFired)
            return;
        this.stageFired = true;
        this.options.onStageActive?.();
    }
    stop() {
        for (const step of this.pending.values())
            clearTimeout(step.timer);
        this.pending.clear();
    }
}

;// CONCATENATED MODULE: ./src/buildx/build.ts
/**
 * Running one planned build: its secret files on disk for the length of the build,
 * the command echoed once per start, and the retry without `--cache-to` when only the
 * cache export failed.
 */





/** Oldest buildx whose flags hoist's argv uses (--annotation 0.12, --call 0.15). */
const MIN_BUILDX = 'v0.15.0';
/** Echoes the command, as a shell would take it, then runs it with its output streamed into the log. */
function startBuild(deps, argv, options = {}) {
    deps.runner.info(['docker', ...argv].map(quoteArg).join(' '));
    return deps.exec('docker', argv, { stream: true, ...options });
}
/** Runs the build; returns buildx's progress output, or throws with buildx's own last words. */
async function runPlannedBuild(deps, plan, start = argv => startBuild(deps, argv)) {
    for (const file of plan.files)
        external_node_fs_.writeFileSync(file.path, file.content, { mode: 0o600 });
    try {
        let result = await start(plan.argv);
        if (result.exitCode !== 0 && cacheExportFailed(result.stderr)) {
            // A cache that cannot be written (quota, rate limit, no such registry) must not
            // fail a build that succeeded: say so, and build again without exporting it.
            deps.runner.warning(`the build succeeded but exporting its cache failed (${lastError(result.stderr)}); building again without cache-to`);
            result = await startBuild(deps, withoutCacheExport(plan.argv));
        }
        if (result.exitCode !== 0) {
            // Only a failed build asks for the version (a CLI start): was buildx too old for a flag?
            const buildx = await (0,buildx_buildx/* buildxVersion */.ry)(deps.exec).catch(() => undefined);
            const tooOld = buildx && !atLeast(buildx, MIN_BUILDX) ? ` — buildx ${buildx} is older than ${MIN_BUILDX}, which hoist needs: update it (docker/setup-buildx-action)` : '';
            throw new Error(`buildx failed with exit code ${result.exitCode}: ${lastError(result.stderr)}${tooOld}`);
        }
        return result.stderr;
    }
    finally {
        // Secret values live on disk only for the length of the build.
        for (const file of plan.files)
            external_node_fs_.rmSync(file.path, { force: true });
    }
}
function quoteArg(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

// EXTERNAL MODULE: ./src/buildx/store.ts
var store = __nccwpck_require__(9013);
;// CONCATENATED MODULE: ./src/buildx/builder.ts



/**
 * The builder the build will run on. From buildx's own store when it is there (a file
 * read); `docker buildx inspect` only for what the store cannot tell: the engine's
 * built-in builder, whose BuildKit may be too old for attestations, and names the
 * store does not know. `docker info` only when a multi-platform image is to be loaded.
 */
async function builderFacts(exec, builder, env, loadsPlatforms) {
    const facts = await describeBuilder(exec, builder, env);
    if (loadsPlatforms > 1)
        facts.engineLoadsMultiPlatform = await (0,buildx_buildx/* engineLoadsMultiPlatform */.Qg)(exec);
    return facts;
}
async function describeBuilder(exec, builder, env) {
    const stored = (0,store/* readStoredBuilder */.J)((0,store/* selectedBuilderName */.U)(builder, env), env);
    if (stored && stored.driver !== 'docker') {
        return { name: stored.name, driver: stored.driver, platforms: stored.nodes.flatMap(n => n.platforms), endpoints: stored.nodes.map(n => n.endpoint) };
    }
    try {
        return await (0,buildx_buildx/* inspectBuilder */.IK)(exec, builder);
    }
    catch (e) {
        if (!(e instanceof buildx_buildx/* BuilderNotFoundError */.hJ))
            throw new Error(`docker buildx is not available (${e.message}). Install Docker with buildx, or add docker/setup-buildx-action before hoist.`);
        throw new inputs_errors/* InputErrors */.G([
            new inputs_errors/* InputError */.dz('builder', `no usable builder${builder ? ` named '${builder}'` : ''} (${e.message})`, 'Create one first (docker/setup-buildx-action, or docker buildx create --use), or leave builder empty for the current one.')
        ]);
    }
}

;// CONCATENATED MODULE: ./src/cache/actions-cache.ts
/**
 * The GitHub Actions cache, through @actions/cache (loaded only when a cache mode
 * needs it: it is most of the bundle and costs ~100 ms to load). Every failure is
 * soft: the service down, rate-limited or over quota means a colder build, never a
 * failed one.
 */





/**
 * The Actions cache, with entries that come back on any runner. @actions/cache versions
 * an entry by the path strings it is given and stores the files relative to
 * GITHUB_WORKSPACE; both differ between runners (act gives every run a new temp
 * directory, self-hosted runners live in different directories). So hoist keeps its
 * entries under one root in the home directory (`root`), names them `~/…` there, and
 * stores them relative to that root.
 */
function actionsCache(warn, root) {
    const load = () => Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(642)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1642));
    const home = external_node_os_.homedir();
    const portable = (directory) => {
        const relative = external_node_path_.relative(home, directory);
        return relative && !relative.startsWith('..') && !external_node_path_.isAbsolute(relative) ? `~/${relative.split(external_node_path_.sep).join('/')}` : directory;
    };
    const rooted = storedUnder(root);
    return {
        async restore(directory, key, restoreKeys, options) {
            try {
                const cache = await load();
                return await rooted(() => cache.restoreCache([portable(directory)], key, restoreKeys, { lookupOnly: options?.lookupOnly ?? false }));
            }
            catch (e) {
                warn(`restoring ${key} from the Actions cache failed: ${e.message}`);
                return undefined;
            }
        },
        async save(directory, key) {
            try {
                const cache = await load();
                // -1: the key exists (another job saved it first) or the service refused; the library has said which.
                return (await rooted(() => cache.saveCache([portable(directory)], key))) !== -1;
            }
            catch (e) {
                warn(`saving ${key} to the Actions cache failed: ${e.message}`);
                return false;
            }
        }
    };
}
/**
 * Runs @actions/cache calls with GITHUB_WORKSPACE at `root` (it reads the variable for
 * the archive's relative paths, on saving and on extracting). Calls may overlap (the
 * layer restore and the mounts lookup run together): the first in sets it, the last out
 * puts the runner's value back.
 */
function storedUnder(root) {
    let active = 0;
    let runnerWorkspace;
    return async (call) => {
        if (active++ === 0) {
            runnerWorkspace = process.env.GITHUB_WORKSPACE;
            process.env.GITHUB_WORKSPACE = root;
        }
        try {
            return await call();
        }
        finally {
            if (--active === 0) {
                if (runnerWorkspace === undefined)
                    delete process.env.GITHUB_WORKSPACE;
                else
                    process.env.GITHUB_WORKSPACE = runnerWorkspace;
            }
        }
    };
}
/**
 * Keys for `cache: local`'s layer cache: one entry per run that built something
 * (the run id makes it new), found again by the same dependencies on this branch,
 * then any on this branch, then the default branch's. `build` tells builds apart
 * (Dockerfile, target, platforms) so two images in one repository do not share.
 */
function layerCacheKeys(build, depsKey, github, now = Date.now()) {
    const id = (0,hash/* shortHash */.B)(build);
    const deps = depsKey.replace(/^sha256:/, '').slice(0, 16);
    const branch = (0,registry_reference/* branchTag */.TY)(branchOf(github) ?? 'default');
    const run = github.runId ? `${github.runId}-${github.runAttempt || '1'}` : String(now);
    const restoreKeys = [`hoist-layers-${id}-${branch}-${deps}-`, `hoist-layers-${id}-${branch}-`];
    const main = github.defaultBranch ? (0,registry_reference/* branchTag */.TY)(github.defaultBranch) : undefined;
    if (main && main !== branch)
        restoreKeys.push(`hoist-layers-${id}-${main}-${deps}-`, `hoist-layers-${id}-${main}-`);
    return { key: `hoist-layers-${id}-${branch}-${deps}-${run}`, restoreKeys };
}
/**
 * Keys for saved cache mounts: one entry per set of dependencies (an entry never
 * changes once saved, so a run whose dependencies match does not save again), found
 * by any earlier set when the dependencies changed. GitHub scopes entries to the
 * branch and lets every branch read the default branch's.
 */
function mountCacheKeys(build, mountsKey) {
    // `oci`: the entry is an OCI layout; the directories older hoists saved are not looked for.
    const prefix = `hoist-mounts-oci-${(0,hash/* shortHash */.B)(build)}-`;
    return { key: `${prefix}${mountsKey.replace(/^sha256:/, '').slice(0, 32)}`, restoreKeys: [prefix] };
}
const nodePost = async (url, token, body, timeoutMs) => {
    const { request } = url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
    return new Promise((resolve, reject) => {
        const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, timeout: timeoutMs }, res => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] }));
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
        req.on('error', reject);
        req.end(JSON.stringify(body));
    });
};
/**
 * Is the Actions cache service there and willing, before a build depends on it?
 * BuildKit's gha backend waits out a 429 for minutes per request, so a rate-limited
 * service is found here (one lookup of a key that never exists) and the build runs
 * without that cache instead of stalling.
 */
async function checkCacheService(env, post = nodePost) {
    const url = env.ACTIONS_RESULTS_URL;
    const token = env.ACTIONS_RUNTIME_TOKEN;
    if (!url || !token) {
        if (env.ACTIONS_CACHE_URL && token)
            return { usable: true }; // the legacy (v1) service: nothing to ask
        return { usable: false, why: 'not available to this job (no ACTIONS_RESULTS_URL/ACTIONS_RUNTIME_TOKEN: not a GitHub-hosted or cache-enabled runner)' };
    }
    try {
        const endpoint = new URL('twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', url.endsWith('/') ? url : `${url}/`);
        const answer = await post(endpoint, token, { key: 'hoist-service-check', restore_keys: [], version: 'hoist-service-check' }, 5000);
        if (answer.status === 429)
            return { usable: false, why: `rate-limited (HTTP 429${answer.retryAfter ? `, retry after ${answer.retryAfter} s` : ''})` };
        if (answer.status === 401 || answer.status === 403)
            return { usable: false, why: `refusing this job's token (HTTP ${answer.status})` };
        if (answer.status >= 500)
            return { usable: false, why: `failing (HTTP ${answer.status})` };
        return { usable: true };
    }
    catch (e) {
        return { usable: false, why: `unreachable (${e.message})` };
    }
}

;// CONCATENATED MODULE: ./src/cache/restore-race.ts
/**
 * Starting the image build when saved cache mounts exist: they are restored only if
 * the build turns out to need them. As soon as the mounts' stage comes to life (a
 * step of it runs or has its layers fetched) the restore starts beside the build. If
 * a cache-mount step starts before the restore is done, the build is stopped and,
 * once the mounts are in, started again (everything before that step is cached by
 * then). A build whose steps all come from the cache never fetches the mounts.
 */


function startWithMountRestore(deps, session) {
    return async (argv) => {
        if (!session.canRestoreMounts)
            return startBuild(deps, argv);
        const race = new RestoreRace(session);
        const watcher = new MountStepWatcher((line, startedAt) => race.mountStepStarted(line, startedAt), {
            chains: session.mountChains,
            onStageActive: () => void race.restore()
        });
        const first = await startBuild(deps, argv, { onOutput: text => watcher.feed(text), signal: race.abort.signal });
        race.buildEnded();
        watcher.stop();
        // A restore started beside the build is never left running.
        const outcome = await race.restoring;
        if (race.stoppedFor === undefined)
            return first;
        deps.runner.info(`hoist: a cache-mount step started before its saved cache was in place (${race.stoppedFor.trim()}); stopped the build and started it again ` +
            (outcome === 'restored' ? 'with the cache' : 'without it (the restore failed)'));
        return startBuild(deps, argv);
    };
}
/** One build's race between the restore and the build's first cache-mount step. */
class RestoreRace {
    session;
    abort = new AbortController();
    /** The progress line of the mount step that made hoist stop the build. */
    stoppedFor;
    restoring;
    ended = false;
    inPlaceAt = Infinity;
    constructor(session) {
        this.session = session;
    }
    /** Starts the restore once; a builder that already holds the mounts needs none. */
    restore() {
        return (this.restoring ??= this.session.restoreMounts().then(() => {
            if (this.session.builderHoldsMounts)
                return 'warm';
            if (!this.session.mountsInPlace)
                return 'failed';
            this.inPlaceAt = Date.now();
            return 'restored';
        }));
    }
    mountStepStarted(line, startedAt) {
        // A builder that holds the mounts, or a step that began with them in place: the build just goes on.
        if (this.session.builderHoldsMounts || this.inPlaceAt <= startedAt || this.ended)
            return;
        void this.restore();
        // Stopped at once, not when the restore is done: a step left to finish would run
        // while the files are being copied in, and BuildKit would keep its result.
        this.stoppedFor = line;
        this.abort.abort();
    }
    buildEnded() {
        this.ended = true;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/registry/client.ts + 3 modules
var registry_client = __nccwpck_require__(9874);
// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __nccwpck_require__(6357);
// EXTERNAL MODULE: ./src/dockerfile/expand.ts
var expand = __nccwpck_require__(1424);
;// CONCATENATED MODULE: ./src/dockerfile/mounts.ts
/**
 * Build args and RUN cache mounts, resolved as BuildKit's Dockerfile frontend does it
 * (moby/buildkit frontend/dockerfile/instructions and dockerfile2llb): the global and
 * per-stage ARG/ENV scopes, which image a stage starts from (`stageBase`, following
 * `FROM <stage>` chains), and each valid `--mount=type=cache` of a RUN with its
 * variables expanded (`cacheMounts`). Pure: no I/O.
 */



/** Set by BuildKit from the build and target platforms (and the target), unknowable from the text. */
const AUTOMATIC_ARGS = new Set([
    'BUILDPLATFORM',
    'BUILDOS',
    'BUILDOSVERSION',
    'BUILDARCH',
    'BUILDVARIANT',
    'TARGETPLATFORM',
    'TARGETOS',
    'TARGETOSVERSION',
    'TARGETARCH',
    'TARGETVARIANT',
    'TARGETSTAGE'
]);
/** BuildKit's global scope: the automatic platform args, then each global ARG in order (build args win over defaults). */
function globalScope(dockerfile, buildArgs) {
    const env = new Map();
    for (const name of AUTOMATIC_ARGS)
        env.set(name, has(buildArgs, name) ? { value: buildArgs[name], unknown: false } : 'automatic');
    const lookup = scopeLookup(env, 'unset');
    for (const arg of dockerfile.globalArgs) {
        if (has(buildArgs, arg.name))
            env.set(arg.name, { value: buildArgs[arg.name], unknown: false });
        else if (arg.value !== undefined) {
            const r = (0,expand/* expand */.fT)(arg.raw ?? arg.value, dockerfile.escape, lookup);
            env.set(arg.name, { value: r.text, unknown: r.unknown.length > 0 || r.error !== undefined });
        }
        else if (!env.has(arg.name))
            env.set(arg.name, 'declared');
    }
    return env;
}
/** How names absent from the scope read: unset (global scope), or left as written (a stage, whose base image may set them). */
function scopeLookup(env, absent) {
    return name => {
        const v = env.get(name);
        if (v === undefined)
            return { kind: absent };
        if (v === 'automatic')
            return { kind: 'raw' };
        if (v === 'declared')
            return { kind: 'unset' };
        return { kind: 'set', value: v.value, unknown: v.unknown };
    };
}
function has(record, key) {
    return Object.prototype.hasOwnProperty.call(record, key);
}
/** The earlier stage a stage's FROM names (after global ARG expansion), as BuildKit matches it: exactly, against lower-cased names. */
function parentStage(dockerfile, position, globals) {
    const stage = dockerfile.stages[position];
    const base = (0,expand/* expand */.fT)(stage.base, dockerfile.escape, scopeLookup(globals, 'unset'));
    if (base.error || base.unknown.length > 0)
        return { base };
    let parent;
    for (let j = 0; j < position; j++)
        if (dockerfile.stages[j].name !== undefined && dockerfile.stages[j].name === base.text)
            parent = j;
    return { parent, base };
}
/**
 * The stage and the stages it is built `FROM`, nearest first: `FROM deps AS build` gives
 * build, deps. BuildKit brings the whole chain to life for a step of the last one.
 */
function stageChain(dockerfile, stageIndex, buildArgs = {}) {
    return chainIn(dockerfile, stageIndex, globalScope(dockerfile, buildArgs));
}
function chainIn(dockerfile, stageIndex, globals) {
    const chain = [];
    // A stage can only be built FROM an earlier one, so the chain always ends.
    for (let position = stageIndex; position !== undefined && dockerfile.stages[position];) {
        chain.push(position);
        position = parentStage(dockerfile, position, globals).parent;
    }
    return chain;
}
/** The image a stage's chain starts from (its first `FROM` that names no stage), with that stage's `--platform`. */
function stageBase(dockerfile, stageIndex, buildArgs = {}) {
    const globals = globalScope(dockerfile, buildArgs);
    const position = chainIn(dockerfile, stageIndex, globals).at(-1);
    const stage = position === undefined ? undefined : dockerfile.stages[position];
    if (position === undefined || !stage)
        return undefined;
    const { base } = parentStage(dockerfile, position, globals);
    if (base.error || base.unknown.length > 0 || base.missing.length > 0 || base.text === '' || base.text === 'scratch')
        return undefined;
    const result = { image: base.text, stageIndex: position };
    if (stage.platform !== undefined) {
        // $BUILDPLATFORM and friends stay as written; a variable with no value at all leaves the platform unknown.
        const platform = (0,expand/* expand */.fT)(stage.platform, dockerfile.escape, scopeLookup(globals, 'unset'));
        if (platform.error || platform.missing.length > 0 || platform.text === '')
            return undefined;
        result.platform = platform.text;
    }
    return result;
}
function cacheMounts(dockerfile, buildArgs = {}) {
    const globals = globalScope(dockerfile, buildArgs);
    const finalScopes = [];
    const mounts = [];
    dockerfile.stages.forEach((stage, position) => {
        // A stage built on an earlier one inherits its environment, ARGs included (BuildKit copies the state).
        const { parent } = parentStage(dockerfile, position, globals);
        const env = new Map(parent !== undefined ? finalScopes[parent] : []);
        const lookup = scopeLookup(env, 'raw');
        for (const ins of stage.instructions) {
            if (ins.keyword === 'ARG') {
                for (const arg of (0,parse/* argPairs */.YB)(ins.args, dockerfile.escape)) {
                    if (arg.name === '')
                        continue;
                    if (has(buildArgs, arg.name))
                        env.set(arg.name, { value: buildArgs[arg.name], unknown: false });
                    else if (arg.raw !== undefined) {
                        const r = (0,expand/* expand */.fT)(arg.raw, dockerfile.escape, lookup);
                        env.set(arg.name, { value: r.text, unknown: r.unknown.length > 0 || r.error !== undefined });
                    }
                    else {
                        const global = globals.get(arg.name);
                        if (global !== undefined && global !== 'declared')
                            env.set(arg.name, global);
                        else if (!env.has(arg.name))
                            env.set(arg.name, 'declared');
                    }
                }
            }
            else if (ins.keyword === 'ENV') {
                // All values read the environment from before this ENV.
                const values = (0,parse/* envPairs */.ff)(ins.args, dockerfile.escape).map(p => ({ name: p.name, r: (0,expand/* expand */.fT)(p.raw, dockerfile.escape, lookup) }));
                for (const { name, r } of values)
                    env.set(name, { value: r.text, unknown: r.unknown.length > 0 || r.error !== undefined });
            }
            else if (ins.keyword === 'RUN') {
                for (const flag of ins.flags) {
                    if (!flag.startsWith('--mount='))
                        continue;
                    const mount = cacheMount(flag.slice('--mount='.length), dockerfile.escape, lookup);
                    if (mount)
                        mounts.push({ ...mount, stageIndex: stage.index, line: ins.line });
                }
            }
        }
        finalScopes[position] = env;
    });
    return mounts;
}
const MOUNT_TYPES = new Set(['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
const SHARING = new Set(['shared', 'private', 'locked']);
const MOUNT_KEYS = new Set(['type', 'from', 'source', 'src', 'target', 'dst', 'destination', 'readonly', 'ro', 'readwrite', 'rw', 'required', 'size', 'id', 'sharing', 'mode', 'uid', 'gid', 'env']);
/** One `--mount=` value when it is a valid cache mount; anything BuildKit would reject yields undefined. */
function cacheMount(csv, escape, lookup) {
    const fields = csvFields(csv);
    if (!fields)
        return undefined;
    let type = 'bind';
    let id = '';
    let target = '';
    let sharing = 'shared';
    let readonly = false;
    const extra = {};
    const unresolved = new Set();
    for (const field of fields) {
        const eq = field.indexOf('=');
        const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
        if (eq < 0) {
            if (key === 'readonly' || key === 'ro')
                readonly = true;
            else if (key === 'readwrite' || key === 'rw')
                readonly = false;
            else if (key === 'required' && (type === 'secret' || type === 'ssh'))
                continue;
            else
                return undefined;
            continue;
        }
        const written = field.slice(eq + 1);
        if (!MOUNT_KEYS.has(key))
            return undefined;
        if (key === 'from') {
            const dollar = written.indexOf('$');
            if (dollar !== -1 && dollar !== written.length - 1)
                return undefined; // 'from' doesn't support variable expansion
        }
        const r = (0,expand/* expand */.fT)(written, escape, lookup);
        if (r.error !== undefined)
            return undefined;
        for (const n of [...r.unknown, ...r.missing])
            unresolved.add(n);
        const value = r.text;
        switch (key) {
            case 'type':
                type = value.toLowerCase();
                if (!MOUNT_TYPES.has(type))
                    return undefined;
                break;
            case 'from':
                extra.from = value;
                break;
            case 'source':
            case 'src':
                extra.source = value;
                break;
            case 'target':
            case 'dst':
            case 'destination':
                target = value;
                break;
            case 'readonly':
            case 'ro':
            case 'readwrite':
            case 'rw': {
                const b = (0,util_boolean/* parseBool */.q)(value, 'go');
                if (b === undefined)
                    return undefined;
                readonly = key === 'readonly' || key === 'ro' ? b : !b;
                break;
            }
            case 'required':
                if (type !== 'secret' && type !== 'ssh')
                    return undefined;
                break;
            case 'size':
                if (type !== 'tmpfs')
                    return undefined;
                break;
            case 'id':
                id = value;
                break;
            case 'sharing': {
                const s = value.toLowerCase();
                if (!SHARING.has(s))
                    return undefined;
                sharing = s;
                break;
            }
            case 'mode':
                if (!/^[0-7]+$/.test(value) || parseInt(value, 8) > 0xffffffff)
                    return undefined;
                extra.mode = value;
                break;
            case 'uid':
            case 'gid':
                if (!/^[0-9]+$/.test(value) || Number(value) > 0xffffffff)
                    return undefined;
                extra[key] = Number(value);
                break;
            case 'env':
                break;
        }
    }
    if (type !== 'cache')
        return undefined;
    const mount = { id: id || cleanPath(target), target, sharing, ...extra, readonly };
    if (unresolved.size > 0)
        mount.unresolved = [...unresolved].sort();
    return mount;
}
/** One CSV record (fields may be "quoted", "" is a quote inside them); undefined where a strict CSV reader fails. */
function csvFields(line) {
    if (line === '')
        return undefined;
    const fields = [];
    let pos = 0;
    for (;;) {
        if (line[pos] !== '"') {
            const comma = line.indexOf(',', pos);
            const field = comma < 0 ? line.slice(pos) : line.slice(pos, comma);
            if (field.includes('"'))
                return undefined;
            fields.push(field);
            if (comma < 0)
                return fields;
            pos = comma + 1;
            continue;
        }
        let field = '';
        pos++;
        for (;;) {
            const quote = line.indexOf('"', pos);
            if (quote < 0)
                return undefined;
            field += line.slice(pos, quote);
            pos = quote + 1;
            if (line[pos] === '"') {
                field += '"';
                pos++;
                continue;
            }
            break;
        }
        fields.push(field);
        if (pos === line.length)
            return fields;
        if (line[pos] !== ',')
            return undefined;
        pos++;
    }
}
/** Go's path.Clean. */
function cleanPath(p) {
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
        }
        else
            out.push(part);
    }
    const joined = out.join('/');
    return rooted ? '/' + joined : joined || '.';
}

;// CONCATENATED MODULE: ./src/cache/mounts.ts
/**
 * Carrying `RUN --mount=type=cache` contents across runs. BuildKit never exports a
 * cache mount (moby/buildkit#1512), so a fresh runner compiles from scratch even with
 * every layer cached. hoist saves each mount's files after a build and puts them back
 * into the builder's cache mount before the next one. Both moves are small BuildKit
 * builds that mount the same cache (same id and sharing), so they work on any builder
 * and driver, and nothing is copied through this process.
 *
 * This module is the pure part: which mounts, the key, and the helper Dockerfiles.
 */



/** The build's cache mounts, one per id (BuildKit shares a mount by id), and where each can run. */
function selectMounts(dockerfileText, buildArgs) {
    const parsed = (0,parse/* parseDockerfile */.Ai)(dockerfileText);
    const carried = [];
    const skipped = [];
    const seen = new Set();
    for (const mount of cacheMounts(parsed, buildArgs)) {
        if (seen.has(mount.id))
            continue;
        seen.add(mount.id);
        if (mount.unresolved?.length) {
            skipped.push({ id: mount.id, line: mount.line, why: `its options use ${mount.unresolved.map(v => `$${v}`).join(', ')}, which only the build knows` });
            continue;
        }
        if (/['\n]/.test(mount.id)) {
            skipped.push({ id: mount.id, line: mount.line, why: 'its id holds a quote or a line break' });
            continue;
        }
        if (mount.from) {
            // A mount seeded from another stage is keyed by that stage's content too.
            skipped.push({ id: mount.id, line: mount.line, why: `it is seeded from '${mount.from}'` });
            continue;
        }
        const base = stageBase(parsed, mount.stageIndex, buildArgs);
        if (!base) {
            skipped.push({ id: mount.id, line: mount.line, why: 'its stage has no image to run the copy on (scratch, or a base with an unset variable)' });
            continue;
        }
        const stages = stageChain(parsed, mount.stageIndex, buildArgs).map(i => parsed.stages[i].name ?? `stage-${i}`);
        const entry = { id: mount.id, target: mount.target, sharing: mount.sharing, image: base.image, stages, line: mount.line };
        if (mount.uid !== undefined)
            entry.uid = mount.uid;
        if (mount.gid !== undefined)
            entry.gid = mount.gid;
        if (mount.mode !== undefined)
            entry.mode = mount.mode;
        carried.push(entry);
    }
    return { carried, skipped };
}
/** Files whose change means a different set of dependencies, so a fresh mount key. */
const LOCKFILES = [
    'go.sum',
    'go.mod',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lockb',
    'bun.lock',
    'Cargo.lock',
    'poetry.lock',
    'uv.lock',
    'Pipfile.lock',
    'requirements.txt',
    'Gemfile.lock',
    'composer.lock',
    'gradle.lockfile',
    'packages.lock.json',
    'mix.lock',
    'pubspec.lock'
];
/**
 * The key of what the mounts hold: the mounts themselves, the images they run on and
 * the lockfiles' contents. A run whose key equals the saved one does not save again:
 * its sources changed but not its dependencies, and what is saved still serves.
 */
function mountsKey(mounts, lockfiles) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const m of mounts)
        hash.update(JSON.stringify([m.id, m.sharing, m.uid, m.gid, m.mode, m.image])).update('\0');
    for (const f of [...lockfiles].sort((a, b) => a.path.localeCompare(b.path)))
        hash.update(f.path).update('\0').update(f.content).update('\0');
    return `sha256:${hash.digest('hex')}`;
}
/** Where the helper builds mount the cache, and where the saved files appear. */
const CACHE = '/hoist-cache';
const SAVED = '/hoist-saved';
const OUT = '/hoist-out';
/** The build arg every helper step reads, so BuildKit never answers it from cache. */
const NONCE_ARG = 'HOIST_NONCE';
/** Printed by the helper steps and read back from the progress: `hoist-mount <index> <kilobytes>`. */
const SIZE_MARK = 'hoist-mount';
const TOO_LARGE = 'hoist-mount-too-large';
function cacheFlag(m) {
    const fields = [`type=cache`, `id=${m.id}`, `target=${CACHE}`, `sharing=${m.sharing}`];
    if (m.uid !== undefined)
        fields.push(`uid=${m.uid}`);
    if (m.gid !== undefined)
        fields.push(`gid=${m.gid}`);
    if (m.mode !== undefined)
        fields.push(`mode=${m.mode}`);
    // The value is CSV, as BuildKit reads it: a field holding a comma, quote or space is
    // CSV-quoted, and the whole value single-quoted so the Dockerfile keeps those quotes.
    if (!fields.some(f => /[",\s]/.test(f)))
        return `--mount=${fields.join(',')}`;
    return `--mount='${fields.map(f => (/[",\s]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')}'`;
}
/** Where a save puts the restore step's own programs, per build platform (`<os>-<arch><variant>/`). */
const TOOLS = 'hoist-tools';
const BUILD_PLATFORM_DIR = '$BUILDOS-$BUILDARCH$BUILDVARIANT';
/**
 * The restore step, on either root file system. A save holds each mount as one tar file
 * (`<index>.tar`): unpacking the saved layer writes one big file, and `tar -x` writes the
 * mount's many small ones once. Copying a saved directory instead writes them twice,
 * which on a runner still unpacking its base images lost the race to the build's mount
 * step (measured here on the example's Go cache, during a build's base image unpack:
 * 2.4 s against 3.7 s). Saves from images without tar, and older saves, are directories,
 * merged with `cp -u`. Either way files the mount has already are replaced by saved ones
 * of the same name (tar) or kept when newer (cp).
 */
function injectStep(m, i) {
    const tar = `${SAVED}/${i}.tar`;
    const dir = `${SAVED}/${i}`;
    const size = `echo "${SIZE_MARK} ${i} $(du -sk ${CACHE} | cut -f1)"`;
    return [
        `ARG ${NONCE_ARG}`,
        `RUN ${cacheFlag(m)} --mount=type=bind,from=saved,target=${SAVED} \\`,
        `    if [ -f ${tar} ]; then tar -xf ${tar} -C ${CACHE} && ${size}; elif [ -d ${dir} ]; then cp -a -u ${dir}/. ${CACHE}/ && ${size}; fi && ` + `echo "$${NONCE_ARG}" > /hoist-done`
    ];
}
/**
 * Puts the saved files back: one step per mount, on the build machine's platform (no
 * emulation).
 *
 * `onTools`: the steps run on the programs the save copied out of the mount's image
 * (sh, cp, du, cut, tar and the libraries they load; a few MB inside the saved files), so
 * the restore runs while the build is still pulling that image, and is done before
 * the build reaches its mount step; otherwise on the mount's own image, which has
 * them for sure but only once the pull ends (measured here on an empty BuildKit, the
 * example's Go cache: restored in 3.6-4.4 s and no stopped build, against 7.2 s and a
 * build stopped and started again).
 *
 * Why no --no-cache: BuildKit gives a --no-cache build cache mounts of its own, so
 * the files would land where the real build never looks. A nonce arg is used instead.
 */
function injectDockerfile(mounts, source, onTools = false) {
    const lines = ['# hoist: restore cache mounts'];
    // The saved image is labelled linux/amd64 whatever the machine: it holds data only.
    if ('image' in source)
        lines.push(`FROM --platform=linux/amd64 ${source.image} AS saved`);
    if (onTools) {
        lines.push('FROM --platform=$BUILDPLATFORM scratch AS tools', 'ARG BUILDOS', 'ARG BUILDARCH', 'ARG BUILDVARIANT', `COPY --from=saved /${TOOLS}/${BUILD_PLATFORM_DIR}/ /`);
    }
    mounts.forEach((m, i) => {
        lines.push(onTools ? `FROM tools AS inject${i}` : `FROM --platform=$BUILDPLATFORM ${m.image} AS inject${i}`, ...injectStep(m, i));
    });
    lines.push('FROM scratch', ...mounts.map((_, i) => `COPY --from=inject${i} /hoist-done /${i}`));
    return lines.join('\n') + '\n';
}
/**
 * Copies the restore step's programs (sh, cp, du, cut, and tar when the image has it)
 * and the libraries `ldd` lists for them (the loader too) out of an image, each at its
 * own path, into `${OUT}/${TOOLS}/<build platform>/`: a root file system of a few MB.
 * Best effort, and all or nothing for the four the step always runs: an image without
 * one of them, or without `ldd` for a dynamically linked one, leaves the restore on the
 * mount's own image (it tries the tools first and falls back).
 * The PATH is searched by hand: busybox's `command -v cp` names its applet, not a file.
 */
const COLLECT_TOOLS = `o=${OUT}/tools-partial; mkdir -p ${OUT}/${TOOLS} $o/bin $o/etc && ` +
    `for t in sh cp du cut tar; do p=; for d in $(echo "$PATH" | tr : " "); do if [ -x "$d/$t" ]; then p=$d/$t; break; fi; done; ` +
    `if [ -z "$p" ]; then [ $t = tar ] && continue; exit 0; fi; r=$(readlink -f "$p"); ` +
    `for f in "$r" $(ldd "$r" 2>/dev/null | grep -o "/[^ ]*"); do [ -e "$o$f" ] || { mkdir -p "$o\${f%/*}" && cp -L "$f" "$o$f"; } || exit 0; done; ` +
    `[ "$r" = "/bin/$t" ] || ln -s "$r" "$o/bin/$t" || exit 0; done && mv $o ${OUT}/${TOOLS}/${BUILD_PLATFORM_DIR}`;
/**
 * Copies each mount's files out, as `/<index>.tar` of a scratch image (or `/<index>/`
 * when the mount's image has no tar; see injectStep), with the restore's own programs
 * beside them (COLLECT_TOOLS). A mount
 * over `maxKilobytes` fails its step on purpose: nothing is saved, and the previous
 * save stays.
 */
function extractDockerfile(mounts, maxKilobytes) {
    const lines = ['# hoist: save cache mounts'];
    if (mounts.length) {
        lines.push(`FROM --platform=$BUILDPLATFORM ${mounts[0].image} AS tools`, 'ARG BUILDOS', 'ARG BUILDARCH', 'ARG BUILDVARIANT', `RUN ${COLLECT_TOOLS}`);
    }
    mounts.forEach((m, i) => {
        lines.push(`FROM --platform=$BUILDPLATFORM ${m.image} AS extract${i}`, `ARG ${NONCE_ARG}`, `RUN ${cacheFlag(m)} \\`, `    echo "$${NONCE_ARG}" >/dev/null && size=$(du -sk ${CACHE} | cut -f1) && echo "${SIZE_MARK} ${i} $size" && ` +
            `if [ "$size" -gt ${maxKilobytes} ]; then echo "${TOO_LARGE} ${i} $size"; exit 3; fi && mkdir -p ${OUT} && ` +
            `if command -v tar >/dev/null; then tar -cf ${OUT}/${i}.tar -C ${CACHE} .; else cp -a ${CACHE} ${OUT}/${i}; fi`);
    });
    // Labelled linux/amd64 whatever the machine, as the restore step asks for it: it holds data only.
    lines.push('FROM --platform=linux/amd64 scratch', ...mounts.map((_, i) => `COPY --from=extract${i} ${OUT}/ /`));
    if (mounts.length)
        lines.push(`COPY --from=tools ${OUT}/${TOOLS} /${TOOLS}`);
    return lines.join('\n') + '\n';
}
/** The sizes the helper steps printed (plain progress: `#7 0.123 hoist-mount 0 177472`). */
function parseMountSizes(progress) {
    const sizes = { kilobytes: new Map() };
    for (const line of progress.split('\n')) {
        const size = /^#\d+ [\d.]+ hoist-mount (\d+) (\d+)\s*$/.exec(line);
        if (size)
            sizes.kilobytes.set(Number(size[1]), Number(size[2]));
        const large = /^#\d+ [\d.]+ hoist-mount-too-large (\d+) (\d+)\s*$/.exec(line);
        if (large)
            sizes.tooLarge = { index: Number(large[1]), kilobytes: Number(large[2]) };
    }
    return sizes;
}
/** The label on a saved image (and the file next to a saved directory) holding its key. */
const KEY_LABEL = 'dev.hoist.cache-mounts.key';

;// CONCATENATED MODULE: ./src/cache/carry.ts
/**
 * Moving cache-mount contents in and out of the builder: the helper builds from
 * mounts.ts, run with the one Exec, and where the saved files live (an image next to
 * the registry cache, or a directory kept by the Actions cache).
 */







/** A helper build's argv: Dockerfile on stdin, an empty context, no attestations. */
function helperArgv(options) {
    const argv = ['buildx', 'build'];
    if (options.builder)
        argv.push('--builder', options.builder);
    argv.push('--progress', 'plain', '--build-arg', `${NONCE_ARG}=${(0,external_node_crypto_.randomUUID)()}`);
    for (const [name, value] of Object.entries(options.buildContexts ?? {}))
        argv.push('--build-context', `${name}=${value}`);
    for (const [name, value] of Object.entries(options.labels ?? {}))
        argv.push('--label', `${name}=${value}`);
    argv.push('--provenance=false', '--sbom=false', '--output', options.output, '--file', '-', options.context);
    return argv;
}
/** The saved mounts image and its key, or undefined when there is none yet. */
async function findSavedImage(registry, image) {
    const ref = (0,registry_reference/* parseReference */.F2)(image);
    let fetched;
    try {
        fetched = await registry.getManifest(ref, ref.tag ?? 'latest');
    }
    catch (e) {
        if (e instanceof registry_client/* RegistryError */.gl && e.status === 404)
            return undefined;
        throw e;
    }
    const manifest = fetched.manifest;
    if (!manifest.config)
        return undefined;
    const config = JSON.parse((await registry.getBlob(ref, manifest.config.digest)).toString('utf8'));
    return { key: config.config?.Labels?.[KEY_LABEL], bytes: (manifest.layers ?? []).reduce((sum, l) => sum + l.size, 0) };
}
async function runHelper(exec, argv, dockerfile) {
    const started = Date.now();
    const result = await exec('docker', argv, { input: dockerfile });
    const progress = result.stderr + result.stdout;
    const sizes = parseMountSizes(progress);
    const error = result.exitCode === 0 ? undefined : lastError(progress);
    return { ok: result.exitCode === 0, sizes, ms: Date.now() - started, ...(error ? { error } : {}) };
}
function emptyContext(tmpDir) {
    const dir = external_node_path_.join(tmpDir, 'mounts-context');
    external_node_fs_.mkdirSync(dir, { recursive: true });
    return dir;
}
/**
 * Puts saved files into the builder's cache mounts (mounts that already hold files are
 * kept), on the programs saved with them or on the mounts' own images (`onTools`).
 */
async function restoreMounts(exec, builder, tmpDir, mounts, source, onTools) {
    let buildContexts;
    if ('layout' in source) {
        const context = layoutContext(source.layout);
        if (!context)
            return { ok: false, sizes: { kilobytes: new Map() }, ms: 0, error: `${source.layout} holds no OCI image layout (saved by an older hoist?)` };
        buildContexts = { saved: context };
    }
    const argv = helperArgv({ builder, context: emptyContext(tmpDir), output: 'type=cacheonly', buildContexts });
    return runHelper(exec, argv, injectDockerfile(mounts, source, onTools));
}
/**
 * The named context for a saved OCI layout: its image by manifest digest, so BuildKit
 * takes it whatever platform it is labelled with (it holds data and the programs of
 * each build platform that saved into it).
 */
function layoutContext(layout) {
    try {
        const index = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(layout, 'index.json'), 'utf8'));
        const digest = index.manifests?.[0]?.digest;
        return digest ? `oci-layout://${layout}@${digest}` : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Copies the cache mounts out of the builder: pushed as an image, or written as the same
 * image in an OCI layout for the Actions cache. The layout holds compressed layers, not
 * the files: the Actions cache moves and unpacks a fifth of the bytes, and BuildKit reads
 * it back like an image (measured here on the example's Go cache, 181.7 MB of files: 42 MB).
 */
function saveMounts(exec, builder, tmpDir, mounts, target, maxKilobytes) {
    // zstd: measured here 2.8 s to save the Go build cache against 6.5 s with gzip.
    const layers = 'oci-mediatypes=true,compression=zstd,force-compression=true';
    const output = 'image' in target ? `type=image,name=${target.image},push=true,${layers}` : `type=oci,dest=${target.layout},tar=false,${layers}`;
    const argv = helperArgv({ builder, context: emptyContext(tmpDir), output, labels: 'image' in target ? { [KEY_LABEL]: target.key } : undefined });
    return runHelper(exec, argv, extractDockerfile(mounts, maxKilobytes));
}
/**
 * The cache mounts a builder already holds, from `docker buildx du --verbose`
 * (`Description: cached mount … with id "//root/.cache/go-build"`, `Size: 181.7MB`):
 * id → bytes. A long-lived builder that has them needs nothing restored.
 */
function parseCacheMountRecords(du) {
    const found = new Map();
    for (const record of du.split(/\n\s*\n/)) {
        const id = /^Description:\s+cached mount .* with id "\/(.*)"\s*$/m.exec(record)?.[1];
        const size = /^Size:\s+([\d.]+)\s*([kMGT]?B)\s*$/m.exec(record);
        if (id === undefined || !size)
            continue;
        const bytes = Number(size[1]) * { B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 }[size[2]];
        found.set(id, Math.max(found.get(id) ?? 0, bytes));
    }
    return found;
}
async function builderCacheMounts(exec, builder) {
    const result = await exec('docker', ['buildx', 'du', ...(builder ? ['--builder', builder] : []), '--filter', 'type=exec.cachemount', '--verbose']);
    return result.exitCode === 0 ? parseCacheMountRecords(result.stdout) : new Map();
}

;// CONCATENATED MODULE: ./src/cache/session.ts
/**
 * One run's caching beyond buildx's own flags: `cache: local`'s directory in the
 * Actions cache, and cache mounts carried across runs. Opened before the build
 * (restores), asked during it (inject the mounts only when a mount step must run),
 * closed after it (saves). Nothing here fails the build: every problem is a warning.
 */








class CacheSession {
    deps;
    builder;
    maxKilobytes;
    layers;
    mounts;
    held;
    notes = {};
    constructor(deps, builder, maxKilobytes, layers, mounts, 
    /** The cache mounts the builder held before the build (id → bytes). */
    held = new Map()) {
        this.deps = deps;
        this.builder = builder;
        this.maxKilobytes = maxKilobytes;
        this.layers = layers;
        this.mounts = mounts;
        this.held = held;
    }
    /**
     * `cache: local`: did the Actions cache bring back a layer cache for the image build
     * to read? Its export (BuildKit writes every layer, base images included, seconds of
     * work) is a second build, run only when a step ran.
     */
    get localCacheRestored() {
        return Boolean(this.layers?.matched);
    }
    /** Each carried mount's stage and the stages it is built FROM, as build progress names them. */
    get mountChains() {
        return this.mounts?.carried.map(m => m.stages) ?? [];
    }
    /** True while saved mounts exist and have not been put into the builder yet. */
    get canRestoreMounts() {
        return Boolean(this.mounts?.saved?.source && !this.mounts.restored);
    }
    static async open(deps, plan, inputs, github, dockerfile, options = { askBuilder: true }) {
        const lockfiles = dockerfile ? readLockfiles(inputs.context, external_node_path_.dirname(dockerfile.path)) : [];
        const carrying = Boolean(plan.mounts && dockerfile);
        const [layers, mounts, held] = await Promise.all([
            plan.local ? restoreLayers(deps, plan.local, layerKeys(plan.buildId, dockerfile, lockfiles, github)) : Promise.resolve(undefined),
            carrying && dockerfile ? findMounts(deps, plan, { dockerfile: dockerfile.text, buildArgs: Object.fromEntries(inputs['build-args'].map(inputs_attrs/* splitKeyValue */.px)), lockfiles }) : Promise.resolve(undefined),
            // Asked before the build, not during it: BuildKit answers `buildx du` only after
            // the layers it is unpacking (seconds on a runner that is pulling its base images).
            carrying && options.askBuilder ? builderCacheMounts(deps.exec, inputs.builder).catch(() => new Map()) : Promise.resolve(undefined)
        ]);
        return new CacheSession(deps, inputs.builder, plan.mountsMaxKilobytes, layers, mounts, held);
    }
    /**
     * Does the builder hold every carried mount already (a long-lived builder)? Then a
     * restore gains nothing: no download, and the build that reached a mount step goes on.
     */
    get builderHoldsMounts() {
        return Boolean(this.mounts?.carried.every(c => (this.held.get(c.id) ?? 0) > WARM_BYTES));
    }
    /** True once the saved mounts are in the builder (restored, or it held them already). */
    get mountsInPlace() {
        return Boolean(this.mounts?.restored?.ok);
    }
    /** Puts the saved mounts into the builder (once); called when the build is about to need them. */
    restoreMounts() {
        return (this.restoring ??= this.restore());
    }
    restoring;
    async restore() {
        const m = this.mounts;
        const source = m?.saved?.source;
        if (!m || !source || m.restored)
            return;
        if (this.builderHoldsMounts) {
            m.restored = { ok: true, sizes: { kilobytes: new Map() }, ms: 0 };
            this.notes.mounts = 'not restored: the builder already holds them';
            this.deps.info(`cache mounts: ${this.notes.mounts}`);
            return;
        }
        const started = Date.now();
        const entry = m.saved?.entry;
        const restore = async (onTools) => {
            const attempt = () => restoreMounts(this.deps.exec, this.builder, this.deps.tmpDir, m.carried, source, onTools);
            const result = await attempt();
            if (result.ok || !/lease .*not found|context canceled/.test(result.error ?? ''))
                return result;
            // BuildKit is still tearing down the build stopped a moment ago (it held the mount): once more.
            await new Promise(r => setTimeout(r, 500));
            return attempt();
        };
        let result;
        const downloaded = await this.downloadMounts();
        const downloadMs = Date.now() - started;
        if (!downloaded) {
            result = { ok: false, ms: 0, sizes: { kilobytes: new Map() }, error: `the Actions cache entry ${entry} could not be downloaded` };
        }
        else {
            result = await restore(true);
            if (!result.ok) {
                // Saved by an older hoist or a machine of another platform, or the image's programs
                // need more than ldd showed: the mounts' own images have what the step needs.
                this.deps.info(`cache mounts: the saved files' own programs did not run here (${result.error}); restoring on ${[...new Set(m.carried.map(c => c.image))].join(', ')}`);
                result = await restore(false);
            }
        }
        m.restored = result;
        if (!result.ok) {
            this.deps.warning(`cache mounts: restoring them failed (${result.error}); the build goes on without them`);
            this.notes.mounts = 'restore failed';
            return;
        }
        const kb = [...result.sizes.kilobytes.values()].reduce((a, b) => a + b, 0);
        const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
        // Where the time went: the Actions cache download, then the builder's unpack and copy.
        const parts = entry ? ` (download ${seconds(downloadMs)}, into the builder ${seconds(Date.now() - started - downloadMs)})` : '';
        this.notes.mounts = `restored ${(0,util_bytes/* formatBytes */.z3)(kb * 1024)} in ${seconds(Date.now() - started)}${parts}`;
        this.deps.info(`cache mounts: ${this.notes.mounts}`);
    }
    /**
     * The Actions cache's mounts entry, found before the build, is downloaded (once) only
     * when the build is about to need it: a build whose mount steps all come from the cache
     * never pays for it. True when there is nothing to download.
     */
    downloadMounts() {
        return (this.downloading ??= this.download());
    }
    downloading;
    async download() {
        const m = this.mounts;
        const entry = m?.saved?.entry;
        if (!m || !entry || !('directory' in m.store))
            return true;
        external_node_fs_.rmSync(m.store.directory, { recursive: true, force: true });
        return (await this.deps.actionsCache.restore(m.store.directory, entry, [])) === entry;
    }
    /** After a successful build: save what changed. */
    async save(progress, stepsRan) {
        await Promise.all([this.saveMounts(progress), this.saveLayers(stepsRan)]);
    }
    /** `progress`: each build's own (stage builds, then the image), as step numbers restart per build. */
    async saveMounts(progress) {
        const m = this.mounts;
        if (!m)
            return;
        if (!progress.some(cacheMountStepsRan)) {
            this.notes.mounts ??= 'not needed: every step that uses them came from the cache';
            return;
        }
        if (m.saved?.key === m.key) {
            this.notes.mounts = `${this.notes.mounts ? `${this.notes.mounts}; ` : ''}not saved again: dependencies unchanged`;
            return;
        }
        const result = 'image' in m.store
            ? await saveMounts(this.deps.exec, this.builder, this.deps.tmpDir, m.carried, { image: m.store.image, key: m.key }, this.maxKilobytes)
            : await this.saveMountsToActionsCache(m, m.store);
        const kb = [...result.sizes.kilobytes.values()].reduce((a, b) => a + b, 0);
        let said;
        if (result.sizes.tooLarge) {
            const mount = m.carried[result.sizes.tooLarge.index];
            said = `not saved: ${mount.target} holds ${(0,util_bytes/* formatBytes */.z3)(result.sizes.tooLarge.kilobytes * 1024)}, over cache-mounts-max-size (${(0,util_bytes/* formatBytes */.z3)(this.maxKilobytes * 1024)})`;
            this.deps.warning(`cache mounts: ${said}`);
        }
        else if (!result.ok) {
            said = 'saving failed';
            this.deps.warning(`cache mounts: saving them failed (${result.error}); the build itself succeeded`);
        }
        else {
            said = `saved ${(0,util_bytes/* formatBytes */.z3)(kb * 1024)} in ${(result.ms / 1000).toFixed(1)} s`;
            this.deps.info(`cache mounts: ${said} to ${'image' in m.store ? m.store.image : 'the Actions cache'}`);
        }
        this.notes.mounts = `${this.notes.mounts ? `${this.notes.mounts}; ` : ''}${said}`;
    }
    async saveMountsToActionsCache(m, store) {
        const fresh = `${store.directory}-new`;
        external_node_fs_.rmSync(fresh, { recursive: true, force: true });
        const result = await saveMounts(this.deps.exec, this.builder, this.deps.tmpDir, m.carried, { layout: fresh }, this.maxKilobytes);
        if (!result.ok)
            return result;
        swap(fresh, store.directory);
        const saved = await this.deps.actionsCache.save(store.directory, store.entryKey);
        return saved ? result : { ...result, ok: false, error: 'the Actions cache did not take it (see above)' };
    }
    async saveLayers(stepsRan) {
        const l = this.layers;
        if (!l)
            return;
        if (!stepsRan && l.matched) {
            this.notes.layers = `restored ${l.matched}; nothing new to save`;
            return;
        }
        if (!external_node_fs_.existsSync(external_node_path_.join(l.fresh, 'index.json'))) {
            this.notes.layers = 'nothing exported to save';
            return;
        }
        // The fresh export replaces the old directory: what is saved holds this build's blobs only.
        swap(l.fresh, l.directory);
        const bytes = directoryBytes(l.directory);
        const saved = await this.deps.actionsCache.save(l.directory, l.key);
        this.notes.layers = `${l.matched ? `restored ${l.matched}; ` : ''}${saved ? `saved ${(0,util_bytes/* formatBytes */.z3)(bytes)} as ${l.key}` : 'not saved (see the warnings)'}`;
    }
}
/** `cache: local`'s layers are keyed by the Dockerfile and the lockfiles: a run finds the entry of the same recipe first. */
function layerKeys(buildId, dockerfile, lockfiles, github) {
    const recipe = dockerfile ? [...lockfiles, { path: dockerfile.path, content: Buffer.from(dockerfile.text) }] : lockfiles;
    return layerCacheKeys(buildId, mountsKey([], recipe), github);
}
/** `cache: local`'s layer cache: the Actions cache entry of the nearest recipe, restored into its directory. */
async function restoreLayers(deps, local, keys) {
    const layers = { ...local, ...keys };
    external_node_fs_.rmSync(layers.fresh, { recursive: true, force: true });
    const matched = await deps.actionsCache.restore(layers.directory, keys.key, keys.restoreKeys);
    deps.info(matched ? `layer cache: restored ${matched}` : 'layer cache: nothing saved yet for this build; it starts cold');
    if (matched)
        layers.matched = matched;
    return layers;
}
/** The build's carried cache mounts, and the saved ones found for them (in the registry, or looked up in the Actions cache). */
async function findMounts(deps, plan, build) {
    const where = plan.mounts;
    if (!where)
        return undefined;
    const selection = selectMounts(build.dockerfile, build.buildArgs);
    for (const s of selection.skipped)
        deps.info(`cache mounts: not carrying ${s.id} (line ${s.line}): ${s.why}`);
    if (selection.carried.length === 0)
        return undefined;
    const key = mountsKey(selection.carried, build.lockfiles);
    deps.info(`cache mounts: carrying ${selection.carried.map(m => m.target).join(', ')}`);
    if ('image' in where) {
        const image = where.image;
        const state = { carried: selection.carried, key, store: { image } };
        try {
            const saved = await findSavedImage(deps.registry, image);
            if (saved)
                state.saved = { source: { image }, key: saved.key, bytes: saved.bytes };
            deps.info(saved ? `cache mounts: found ${image} (${(0,util_bytes/* formatBytes */.z3)(saved.bytes)})` : `cache mounts: none saved yet at ${image}`);
        }
        catch (e) {
            deps.warning(`cache mounts: could not read ${image} (${e.message}); this build starts without them`);
        }
        return state;
    }
    const directory = where.directory;
    const keys = mountCacheKeys(plan.buildId, key);
    const state = { carried: selection.carried, key, store: { directory, entryKey: keys.key, restoreKeys: keys.restoreKeys } };
    // Only looked up here; downloaded when the build is about to need it (CacheSession.downloadMounts).
    const matched = await deps.actionsCache.restore(directory, keys.key, keys.restoreKeys, { lookupOnly: true });
    if (matched)
        state.saved = { source: { layout: directory }, key: matched === keys.key ? key : undefined, entry: matched };
    deps.info(matched ? `cache mounts: found ${matched} in the Actions cache` : 'cache mounts: none saved yet in the Actions cache');
    return state;
}
/** Over this, a mount the builder holds counts as warm (an empty one is a few kB). */
const WARM_BYTES = 1e6;
/** Lockfiles at the context's root and next to the Dockerfile. */
function readLockfiles(context, dockerfileDir) {
    const found = [];
    for (const dir of new Set([context, dockerfileDir])) {
        for (const name of LOCKFILES) {
            const file = external_node_path_.join(dir, name);
            try {
                found.push({ path: external_node_path_.relative(context, file), content: external_node_fs_.readFileSync(file) });
            }
            catch {
                // absent: fine
            }
        }
    }
    return found;
}
function swap(fresh, directory) {
    external_node_fs_.rmSync(directory, { recursive: true, force: true });
    external_node_fs_.renameSync(fresh, directory);
}
function directoryBytes(dir) {
    let total = 0;
    for (const entry of external_node_fs_.readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (entry.isFile())
            total += external_node_fs_.statSync(external_node_path_.join(entry.parentPath, entry.name)).size;
    }
    return total;
}

;// CONCATENATED MODULE: ./src/cache/phases.ts
/**
 * The cache plan carried out around the image build: the session opened before it
 * (restores), the `cache-stages` builds, and after it `cache: local`'s export and the
 * saves. Every cache problem is a warning: a colder build, never a failed one.
 */









/**
 * Opens the run's cache session (restores what the plan keeps outside buildx); undefined
 * for `cache: none`. `newBuilder`: the builder was created for this step (and may still
 * be booting): it holds no cache mounts, so it is not asked.
 */
async function openCache(deps, inputs, facts, plan, options = {}) {
    if (plan.mode === 'none')
        return undefined;
    const dockerfile = (0,validate/* localDockerfile */.CR)(inputs);
    const text = dockerfile ? deps.files.readText(dockerfile) : undefined;
    const { runner } = deps;
    return CacheSession.open({
        exec: deps.exec,
        registry: deps.registry,
        actionsCache: actionsCache(m => runner.warning(m), facts.cacheRoot),
        info: m => runner.info(m),
        warning: m => runner.warning(m),
        tmpDir: facts.tmpDir
    }, plan, inputs, facts.github, dockerfile && text !== undefined ? { path: dockerfile, text } : undefined, { askBuilder: !options.newBuilder });
}
/** `cache-stages`: each stage built on its own and exported to its own cache ref, before the image. */
async function buildStages(deps, inputs, facts, plan, session) {
    const built = [];
    for (const [i, stage] of plan.stages.entries()) {
        const buildFacts = { ...facts, tmpDir: subdirectory(facts.tmpDir, `stage-${i}`) };
        const build = planBuild(inputs, buildFacts, plan, { kind: 'stage', stage });
        const started = deps.now();
        const progress = await deps.runner.group(`Build stage ${stage.stage} (cache ${stage.ref})`, () => runPlannedBuild(deps, build, startFor(deps, session)));
        built.push({ stage: stage.stage, progress, hits: cacheHits(progress), ms: Math.round(deps.now() - started) });
    }
    return built;
}
/** How the builds of this run start: beside the cache-mount restore when there are mounts to restore. */
function startFor(deps, session) {
    return session ? startWithMountRestore(deps, session) : undefined;
}
/** After a successful build: `cache: local`'s export (only when a step ran), then the saves. */
async function saveCache(deps, inputs, facts, plan, session, progress, stepsRan) {
    if (plan.local && stepsRan)
        await exportLocalCache(deps, inputs, facts, plan);
    await session.save(progress, stepsRan);
}
/** `cache: local`'s export build: nothing but the cache, from the builder's fresh state. */
async function exportLocalCache(deps, inputs, facts, plan) {
    const build = planBuild(inputs, { ...facts, tmpDir: subdirectory(facts.tmpDir, 'cache-export') }, plan, { kind: 'cache-export' });
    try {
        await runPlannedBuild(deps, build);
    }
    catch (e) {
        deps.runner.warning(`cache: local: exporting the cache failed (${e.message}); the image is built and pushed`);
    }
}
/** The summary's line for the stage builds. */
function stageNote(stages) {
    if (stages.length === 0)
        return {};
    return { stages: stages.map(s => `${s.stage}: ${s.hits.cached}/${s.hits.total} steps cached, ${(s.ms / 1000).toFixed(1)} s`).join('; ') };
}
function subdirectory(parent, name) {
    const dir = external_node_path_.join(parent, name);
    external_node_fs_.mkdirSync(dir, { recursive: true });
    return dir;
}

;// CONCATENATED MODULE: ./src/github/comment.ts
function reportMarker(image, job) {
    return `<!-- hoist:size-report image=${image} job=${job} -->`;
}
/**
 * One comment per image and job: edit ours if it is there, else create it.
 * @actions/github is imported here, not at the top: it is large, and only a pull
 * request run with a token needs it.
 */
async function upsertComment(target, body) {
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(413)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
    const fullBody = `${target.marker}\n${body}`;
    const where = { owner: target.owner, repo: target.repo };
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: target.issueNumber, per_page: 100 });
    const ours = comments.find(c => c.body?.includes(target.marker));
    if (ours) {
        const updated = await octokit.rest.issues.updateComment({ ...where, comment_id: ours.id, body: fullBody });
        return { action: 'updated', id: updated.data.id, url: updated.data.html_url };
    }
    const created = await octokit.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body: fullBody });
    return { action: 'created', id: created.data.id, url: created.data.html_url };
}
/** Why a comment could not be written, in words a user can act on. */
function explainCommentFailure(e) {
    const status = e.status;
    if (status === 403 || status === 404) {
        return `the token cannot comment on this pull request (HTTP ${status}): a pull request from a fork gets a read-only token, or the workflow lacks 'permissions: pull-requests: write'. The size report is in the job summary.`;
    }
    return `could not write the pull request comment: ${e.message}. The size report is in the job summary.`;
}
/**
 * The size table as a comment on the pull request this run builds, when `pr-comment`
 * is on; a failure is a warning (the table is in the job summary either way).
 */
async function commentOnPullRequest(runner, options, github, sizes) {
    if (!options.enabled || !github.pullRequestNumber || !github.eventName.startsWith('pull_request'))
        return;
    if (!options.token) {
        runner.warning('no github-token: the size report is in the job summary only');
        return;
    }
    const [owner, repo] = github.repository.split('/');
    try {
        const done = await upsertComment({ token: options.token, apiUrl: github.apiUrl, owner, repo, issueNumber: github.pullRequestNumber, marker: reportMarker(sizes.image, github.job) }, sizes.markdown);
        runner.info(`${done.action} the size comment on pull request #${github.pullRequestNumber}: ${done.url}`);
    }
    catch (e) {
        runner.warning(explainCommentFailure(e));
    }
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __nccwpck_require__(712);
;// CONCATENATED MODULE: ./src/inputs/list.ts

/**
 * Splits a list input the way docker/build-push-action does, so a workflow that
 * works there means the same here: one item per line, and per line a CSV record
 * (quotes protect commas), each field trimmed, empty items dropped.
 */
function parseList(input, opts = {}) {
    if (input === '')
        return [];
    const records = (0,sync/* parse */.q)(input, {
        columns: false,
        relaxQuotes: true,
        relaxColumnCount: true,
        skipEmptyLines: true,
        ...(opts.quote === false ? { quote: false } : {})
    });
    const items = [];
    for (const record of records) {
        if (record.length === 1) {
            if (opts.ignoreComma)
                items.push(record[0]);
            else
                items.push(...record[0].split(','));
        }
        else if (opts.ignoreComma) {
            items.push(record.join(','));
        }
        else {
            items.push(...record);
        }
    }
    return items.filter(item => item).map(item => (opts.trimWhitespace === false ? item : item.trim()));
}

;// CONCATENATED MODULE: ./src/inputs/inputs.ts



/** How each input is read; the one table action.yml is checked against in the tests. */
const INPUT_KINDS = {
    'add-hosts': { list: {} },
    allow: { list: {} },
    annotations: { list: { ignoreComma: true } },
    attests: { list: { ignoreComma: true } },
    'build-args': { list: { ignoreComma: true } },
    'build-contexts': { list: { ignoreComma: true } },
    builder: 'string',
    'cache-from': { list: { ignoreComma: true } },
    'cache-to': { list: { ignoreComma: true } },
    call: 'string',
    'cgroup-parent': 'string',
    context: 'string',
    file: 'string',
    labels: { list: { ignoreComma: true } },
    load: 'boolean',
    network: 'string',
    'no-cache': 'boolean',
    'no-cache-filters': { list: {} },
    outputs: { list: { ignoreComma: true, quote: false } },
    platforms: { list: {} },
    provenance: 'string',
    pull: 'boolean',
    push: 'boolean',
    sbom: 'string',
    secrets: { list: { ignoreComma: true, trimWhitespace: false } },
    'secret-envs': { list: {} },
    'secret-files': { list: { ignoreComma: true } },
    'shm-size': 'string',
    ssh: { list: {} },
    tags: { list: {} },
    target: 'string',
    ulimit: { list: { ignoreComma: true } },
    'github-token': 'string',
    'compare-to': 'string',
    'max-size': 'string',
    'max-size-increase': 'string',
    'pr-comment': 'boolean',
    cache: 'string',
    'cache-ref': 'string',
    'cache-scope': 'string',
    'cache-mounts': 'boolean',
    'cache-mounts-max-size': 'string',
    'cache-stages': { list: {} },
    driver: 'string',
    'driver-opts': { list: { ignoreComma: true, quote: false } },
    'buildkitd-flags': 'string',
    'buildkitd-config': 'string',
    'buildkitd-config-inline': 'string',
    endpoint: 'string',
    'binfmt-image': 'string',
    'meta-images': { list: { ignoreComma: true } },
    'meta-tags': { list: { ignoreComma: true } },
    'meta-flavor': { list: { ignoreComma: true } },
    'meta-labels': { list: { ignoreComma: true } },
    'meta-annotations': { list: { ignoreComma: true } },
    registry: 'string',
    username: 'string',
    password: 'string',
    'registry-auths': 'string',
    logout: 'boolean'
};
/** Booleans whose action.yml default is true (an empty value means the default). */
const DEFAULT_TRUE = new Set(['pr-comment', 'cache-mounts', 'logout']);
/** YAML 1.2 core-schema booleans, as core.getBooleanInput accepts; '' means the default. */
function parseBoolean(name, value) {
    if (value === '')
        return DEFAULT_TRUE.has(name);
    const parsed = (0,util_boolean/* parseBool */.q)(value, 'yaml');
    if (parsed !== undefined)
        return parsed;
    throw new inputs_errors/* InputError */.dz(name, `'${value}' is not a boolean`, `Use true or false.`);
}
/** Raw inputs → typed Inputs. Pure: the reader is the only contact with the outside. */
function parseInputs(read) {
    const inputs = {};
    for (const [name, kind] of Object.entries(INPUT_KINDS)) {
        if (kind === 'boolean') {
            inputs[name] = parseBoolean(name, read(name, true));
        }
        else if (kind === 'string') {
            inputs[name] = read(name, true);
        }
        else {
            inputs[name] = parseList(read(name, kind.list.trimWhitespace !== false), kind.list);
        }
    }
    return inputs;
}

;// CONCATENATED MODULE: ./src/dockerfile/advisor.ts


/**
 * Instructions that copy the whole context (`COPY . .`, `ADD . /src`): with a `.git`
 * directory in the context, that layer changes on every checkout and everything after
 * it rebuilds, whatever the cache. Read with the Dockerfile parser, so a continued
 * `COPY --chown=x \` line counts, a heredoc body that says `COPY . .` does not, and
 * neither does `COPY --from=<stage>` (it copies from that stage, not the context).
 * Returns the 1-based first line of each such instruction.
 */
function wholeContextCopies(text) {
    const lines = [];
    for (const stage of (0,parse/* parseDockerfile */.Ai)(text).stages) {
        for (const ins of stage.instructions) {
            if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD')
                continue;
            if (ins.flags.some(f => f.startsWith('--from=')))
                continue;
            if ((0,parse/* copySources */.K1)(ins).some(isContextRoot))
                lines.push(ins.line);
        }
    }
    return lines;
}
/** `.`, `./`, `./.`, `/`: sources are relative to the context root. */
function isContextRoot(source) {
    const normal = external_node_path_default().posix.normalize(source).replace(/(.)\/+$/, '$1');
    return normal === '.' || normal === '/';
}
/** Does .dockerignore keep `.git` out? (A line `.git`, `.git/`, `/.git`, `**\/.git` or `*`.) */
function ignoresGit(dockerignore) {
    if (!dockerignore)
        return false;
    let ignored = false;
    for (const raw of dockerignore.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const negated = line.startsWith('!');
        const pattern = (negated ? line.slice(1) : line).replace(/^\/+/, '').replace(/\/+$/, '');
        if (['.git', '**/.git', '*', '.*', '**'].includes(pattern))
            ignored = !negated; // later lines win, as in docker
    }
    return ignored;
}

;// CONCATENATED MODULE: ./src/plan/advice.ts



/**
 * `COPY . .` with a `.git` directory in the context: that layer, and every one after
 * it, changes on each checkout, so no cache can help. Said on the Dockerfile line.
 */
function cacheBustingAdvice(inputs, files) {
    const dockerfile = (0,validate/* localDockerfile */.CR)(inputs);
    const gitDir = external_node_path_.join(inputs.context, '.git');
    if (!dockerfile || !(files.isDirectory(gitDir) || files.isFile(gitDir)))
        return [];
    // buildx prefers <Dockerfile>.dockerignore next to the Dockerfile over <context>/.dockerignore.
    const ignore = files.readText(`${dockerfile}.dockerignore`) || files.readText(external_node_path_.join(inputs.context, '.dockerignore'));
    if (ignoresGit(ignore))
        return [];
    const message = `this copies the whole context, and the context's .git directory changes on every checkout: this layer and all after it miss the cache on every run. Add .git to ${external_node_path_.join(inputs.context, '.dockerignore')}.`;
    return wholeContextCopies(files.readText(dockerfile) ?? '').map(line => ({ message, file: dockerfile, line, title: 'cache busting' }));
}

;// CONCATENATED MODULE: ./src/publish/image.ts
/** platform → manifest digest of an image read from the registry. */
function digestsByPlatform(image) {
    return Object.fromEntries(image.platforms.map(p => [p.platform, p.digest]));
}

// EXTERNAL MODULE: ./src/util/platform.ts
var util_platform = __nccwpck_require__(8245);
;// CONCATENATED MODULE: ./src/publish/inspect.ts


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
        if (e instanceof registry_client/* RegistryError */.gl && e.status === 404)
            return undefined;
        throw e;
    }
    const name = `${ref.domain}/${ref.path}`;
    if (!(0,registry_client/* isIndex */.nw)(top.mediaType, top.manifest)) {
        const platform = await platformImage(client, ref, { digest: top.digest, manifest: top.manifest, bytes: top.bytes });
        return { reference: `${name}@${top.digest}`, digest: top.digest, platforms: platform ? [platform] : [], attestations: [] };
    }
    const children = top.manifest.manifests ?? [];
    const [platforms, attestations] = await Promise.all([
        Promise.all(children
            .filter(d => !(0,registry_client/* isAttestation */.H3)(d))
            .map(async (d) => {
            const child = await client.getManifest(ref, d.digest);
            return platformImage(client, ref, { digest: d.digest, manifest: child.manifest, bytes: child.bytes }, d);
        })),
        Promise.all(children.filter(registry_client/* isAttestation */.H3).map(d => attestation(client, ref, d)))
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
    const platform = descriptor?.platform ?? (config.os && config.architecture ? { os: config.os, architecture: config.architecture, variant: config.variant } : undefined);
    if (!platform)
        return undefined;
    const instructions = layerInstructions(config, layers.length);
    return {
        platform: (0,util_platform/* formatPlatform */.Bq)(platform),
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

;// CONCATENATED MODULE: ./src/publish/readback.ts



/**
 * What the registry now holds for the first tag, by the digest buildx reported.
 * Undefined when nothing was pushed, or (with a warning: the push itself went through)
 * when the registry could not be read.
 */
async function readBackPushed(runner, registry, tag, digest) {
    if (!tag || !digest) {
        runner.info('nothing pushed: platform-digests is empty and there is no size report (sizes are read from the registry)');
        return undefined;
    }
    try {
        const image = await inspectImage(registry, (0,registry_reference/* parseReference */.F2)(tag), digest);
        if (!image)
            throw new registry_client/* RegistryError */.gl(`${tag}@${digest} is not in the registry`);
        return image;
    }
    catch (e) {
        runner.warning(`the image was pushed, but reading it back from the registry failed: ${e.message}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/report/baseline.ts


/**
 * What to compare sizes against: `compare-to` if given (`none` turns it off);
 * on a pull request, the first tag's repository at the base branch's tag; on
 * other events, what the first tag pointed at before this push.
 */
function chooseBaseline(compareTo, tags, github) {
    if (compareTo === 'none')
        return { reason: 'comparison turned off (compare-to: none)' };
    if (compareTo)
        return { reference: compareTo, why: 'compare-to' };
    if (tags.length === 0)
        return { reason: 'no tag to compare with' };
    const first = (0,registry_reference/* parseReference */.F2)(tags[0]);
    if (github.baseRef) {
        return { reference: `${(0,registry_reference/* repositoryName */.aR)(first)}:${(0,registry_reference/* branchTag */.TY)(github.baseRef)}`, why: `the base branch ${github.baseRef}` };
    }
    return { reference: tags[0], why: `the previous ${tags[0]}` };
}
/** Reads the chosen baseline from the registry; never throws (an unreadable one is a reason). */
function readBaseline(registry, compareTo, tags, github) {
    const choice = chooseBaseline(compareTo, tags, github);
    if (!('why' in choice))
        return Promise.resolve({ reason: choice.reason });
    const reference = choice.reference;
    const ref = (0,registry_reference/* parseReference */.F2)(reference);
    return inspectImage(registry, ref, ref.digest ?? ref.tag ?? 'latest').then((image) => (image ? { image, reference } : { reference, reason: `${reference} does not exist yet (${choice.why})` }), (e) => ({ reference, reason: `${reference} could not be read: ${e.message}` }));
}

;// CONCATENATED MODULE: ./src/report/gates.ts

function evaluateGates(report, maxSize, maxIncrease) {
    const results = [];
    const size = maxSize ? (0,util_bytes/* parseSize */.DB)(maxSize) : undefined;
    if (size !== undefined) {
        const failures = report.platforms.filter(p => p.compressed > size).map(p => `${p.platform} is ${(0,util_bytes/* formatBytes */.z3)(p.compressed)} compressed, over max-size ${maxSize}`);
        results.push({ name: 'max-size', limit: maxSize, passed: failures.length === 0, failures });
    }
    const increase = maxIncrease ? (0,util_bytes/* parseIncrease */.KW)(maxIncrease) : undefined;
    if (increase) {
        const compared = report.platforms.filter(p => p.delta);
        const failures = compared
            .filter(p => ('percent' in increase ? (p.delta?.percent ?? (p.delta.bytes > 0 ? Infinity : 0)) > increase.percent : p.delta.bytes > increase.bytes))
            .map(p => `${p.platform} grew ${(0,util_bytes/* formatBytes */.z3)(p.delta.bytes)}${p.delta.percent !== undefined ? ` (+${p.delta.percent.toFixed(1)} %)` : ''}, over max-size-increase ${maxIncrease}`);
        results.push({ name: 'max-size-increase', limit: maxIncrease, passed: compared.length === 0 ? undefined : failures.length === 0, failures });
    }
    return results;
}

;// CONCATENATED MODULE: ./src/report/format.ts

/** `▲ 0.3 MB (+5.2 %)`, `▼ 12.0 kB (−0.2 %)`, `=` for no change. */
function formatDelta(d, withPercent = true) {
    if (d.bytes === 0)
        return '=';
    const arrow = d.bytes > 0 ? '▲' : '▼';
    // A delta reads in the unit of the sizes beside it: 300 kB next to 6.0 MB is "0.3 MB".
    const abs = Math.abs(d.bytes);
    const amount = abs >= 1e5 && abs < 1e9 ? `${(abs / 1e6).toFixed(1)} MB` : (0,util_bytes/* formatBytes */.z3)(abs);
    const percent = withPercent && d.percent !== undefined ? ` (${d.percent > 0 ? '+' : '−'}${Math.abs(d.percent).toFixed(1)} %)` : '';
    return `${arrow} ${amount}${percent}`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts


function baseLabel(report) {
    const ref = report.baseline.reference ?? '';
    const tag = /:([^/:@]+)$/.exec(ref.split('@')[0])?.[1];
    return tag ?? (ref ? ref : 'base');
}
function code(text) {
    return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
function gateLine(gates, report) {
    const parts = gates.map(g => `${g.name} ${g.limit} ${g.passed === undefined ? '— (no baseline)' : g.passed ? '✅' : '❌'}`);
    if (report.attestations.count > 0) {
        parts.push(`${report.attestations.count} attestation manifest${report.attestations.count === 1 ? '' : 's'} not counted`);
    }
    return parts.length > 0 ? `${gates.length > 0 ? 'Gates: ' : ''}${parts.join(' · ')}` : '';
}
/** The job summary and PR comment body: one table per image, details per changed platform. */
function sizeMarkdown(report, gates) {
    const base = baseLabel(report);
    const lines = [`### hoist · image size · ${code(report.image)}`, '', `| platform | compressed | Δ vs ${code(base)} | unpacked | layers |`, '|---|---:|---:|---:|---:|'];
    for (const p of report.platforms) {
        const d = p.delta ? formatDelta(p.delta) : report.baseline.found ? 'new platform' : '—';
        lines.push(`| ${p.platform} | ${(0,util_bytes/* formatBytes */.z3)(p.compressed)} | ${d} | ${p.uncompressed !== undefined ? (0,util_bytes/* formatBytes */.z3)(p.uncompressed) : 'n/a'} | ${p.layers} |`);
    }
    for (const r of report.removed)
        lines.push(`| ~~${r.platform}~~ | removed | ▼ ${(0,util_bytes/* formatBytes */.z3)(r.compressed)} | | |`);
    lines.push(`| **registry bytes** (shared layers once) | ${(0,util_bytes/* formatBytes */.z3)(report.registryBytes)} | ${report.registryDelta ? formatDelta(report.registryDelta, false) : ''} | | |`);
    if (!report.baseline.found)
        lines.push(`| _no baseline: ${report.baseline.reason}_ | | | | |`);
    lines.push('');
    for (const [platform, changes] of Object.entries(report.layerChanges)) {
        lines.push(`<details><summary>What changed on ${platform}</summary>`, '', `| layer (Dockerfile instruction) | ${code(base)} | this build | Δ |`, '|---|---:|---:|---:|');
        for (const c of changes.slice(0, 20)) {
            const d = formatDelta({ bytes: (c.current ?? 0) - (c.base ?? 0) }, false);
            const instruction = c.instruction.length > 80 ? `${c.instruction.slice(0, 77)}…` : c.instruction;
            lines.push(`| ${code(instruction)} | ${c.base !== undefined ? (0,util_bytes/* formatBytes */.z3)(c.base) : '—'} | ${c.current !== undefined ? (0,util_bytes/* formatBytes */.z3)(c.current) : '—'} | ${d} |`);
        }
        lines.push('</details>', '');
    }
    const gateText = gateLine(gates, report);
    if (gateText)
        lines.push(gateText, '');
    return lines.join('\n');
}
/** The same numbers for the log, as plain columns. */
function sizeText(report) {
    const lines = [`image size · ${report.image} (compressed = pull size; MB = 10^6 bytes)`];
    for (const p of report.platforms) {
        const d = p.delta ? `  ${formatDelta(p.delta)} vs ${baseLabel(report)}` : '';
        lines.push(`  ${p.platform.padEnd(16)} ${(0,util_bytes/* formatBytes */.z3)(p.compressed).padStart(9)} compressed  ${(p.uncompressed !== undefined ? (0,util_bytes/* formatBytes */.z3)(p.uncompressed) : 'n/a').padStart(9)} unpacked  ${p.layers} layers${d}`);
    }
    lines.push(`  registry bytes   ${(0,util_bytes/* formatBytes */.z3)(report.registryBytes).padStart(9)} (shared layers once)${report.registryDelta ? `  ${formatDelta(report.registryDelta, false)}` : ''}`);
    if (!report.baseline.found)
        lines.push(`  no baseline: ${report.baseline.reason}`);
    if (report.attestations.count > 0)
        lines.push(`  ${report.attestations.count} attestation manifests (${(0,util_bytes/* formatBytes */.z3)(report.attestations.bytes)}) not counted`);
    return lines.join('\n');
}
/** The `sizes` output: exact bytes. */
function sizesJson(report, gates) {
    return JSON.stringify({
        image: report.image,
        digest: report.digest,
        unit: 'bytes',
        platforms: Object.fromEntries(report.platforms.map(p => [
            p.platform,
            {
                digest: p.digest,
                compressed: p.compressed,
                uncompressed: p.uncompressed ?? null,
                layers: p.layers,
                base: p.base ? { digest: p.base.digest, compressed: p.base.compressed, uncompressed: p.base.uncompressed ?? null, layers: p.base.layers } : null,
                delta: p.delta ? { bytes: p.delta.bytes, percent: p.delta.percent ?? null } : null
            }
        ])),
        registryBytes: report.registryBytes,
        registryDelta: report.registryDelta?.bytes ?? null,
        attestations: report.attestations,
        baseline: report.baseline,
        gates: gates.map(g => ({ name: g.name, limit: g.limit, passed: g.passed ?? null, failures: g.failures }))
    });
}

;// CONCATENATED MODULE: ./src/report/sizes.ts
function platformSize(p) {
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
function sizeReport(image, name, baseline) {
    const base = baseline.image;
    const baseSizes = new Map((base?.platforms ?? []).map(p => [p.platform, platformSize(p)]));
    const platforms = image.platforms.map((p) => {
        const row = platformSize(p);
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
            if (b) {
                const changes = layerChanges(b.layers, p.layers);
                if (changes.length > 0)
                    report.layerChanges[p.platform] = changes;
            }
        }
    }
    return report;
}
/**
 * Layers paired by the instruction that made them (the n-th occurrence with the
 * n-th), so a changed COPY shows as one row, not as one removed and one added.
 */
function layerChanges(base, current) {
    const keyed = (layers) => {
        const seen = new Map();
        const out = new Map();
        layers.forEach((l, i) => {
            const instruction = l.instruction || `layer ${i + 1}`;
            const n = (seen.get(instruction) ?? 0) + 1;
            seen.set(instruction, n);
            out.set(n > 1 ? `${instruction}\u0000${n}` : instruction, l);
        });
        return out;
    };
    const b = keyed(base);
    const c = keyed(current);
    const changes = [];
    for (const key of new Set([...c.keys(), ...b.keys()])) {
        const was = b.get(key);
        const now = c.get(key);
        if (was && now && was.digest === now.digest)
            continue;
        const change = { instruction: key.split('\u0000')[0] };
        if (was)
            change.base = was.size;
        if (now)
            change.current = now.size;
        changes.push(change);
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
function cacheLine(cache) {
    return `${cache.cached}/${cache.total} steps cached (${cache.total ? Math.round((cache.cached / cache.total) * 100) : 0} %)`;
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|');
}
function summaryMarkdown(result) {
    const lines = ['### hoist · build', ''];
    lines.push(`| | |`, `|---|---|`);
    lines.push(`| tags | ${result.tags.length ? result.tags.map(t => `\`${escapeCell(t)}\``).join('<br>') : '_none_'} |`);
    lines.push(`| pushed | ${result.pushed ? 'yes' : 'no'} |`);
    if (result.digest)
        lines.push(`| digest | \`${result.digest}\` |`);
    if (result.imageId)
        lines.push(`| image id | \`${result.imageId}\` |`);
    if (result.builder)
        lines.push(`| builder | ${escapeCell(result.builder)} |`);
    lines.push(`| build time | ${(result.durationMs / 1000).toFixed(1)} s |`);
    if (result.cache && result.cache.total > 0)
        lines.push(`| cache | ${cacheLine(result.cache)} |`);
    if (result.cacheNotes?.stages)
        lines.push(`| cache stages | ${escapeCell(result.cacheNotes.stages)} |`);
    if (result.cacheNotes?.layers)
        lines.push(`| layer cache | ${escapeCell(result.cacheNotes.layers)} |`);
    if (result.cacheNotes?.mounts)
        lines.push(`| cache mounts | ${escapeCell(result.cacheNotes.mounts)} |`);
    if (result.stagePlatforms?.length) {
        lines.push('', '| stage | runs on | emulated for |', '|---|---|---|');
        for (const s of result.stagePlatforms)
            lines.push(`| ${escapeCell(s.stage)} | ${s.runsOn.join(', ')} | ${s.emulatedFor.join(', ') || '—'} |`);
    }
    const platforms = Object.entries(result.platformDigests);
    if (platforms.length > 0) {
        lines.push('', '| platform | manifest digest |', '|---|---|');
        for (const [platform, digest] of platforms)
            lines.push(`| ${platform} | \`${digest}\` |`);
    }
    return lines.join('\n') + '\n';
}
function summaryText(result) {
    const lines = [`${result.pushed ? 'pushed' : 'built'} ${result.tags.join(', ') || '(untagged)'}`];
    if (result.digest)
        lines.push(`digest: ${result.digest}`);
    if (result.builder)
        lines.push(`builder: ${result.builder}`);
    if (result.cache && result.cache.total > 0)
        lines.push(`cache: ${cacheLine(result.cache)}`);
    if (result.cacheNotes?.stages)
        lines.push(`cache stages: ${result.cacheNotes.stages}`);
    if (result.cacheNotes?.layers)
        lines.push(`layer cache: ${result.cacheNotes.layers}`);
    if (result.cacheNotes?.mounts)
        lines.push(`cache mounts: ${result.cacheNotes.mounts}`);
    for (const [platform, digest] of Object.entries(result.platformDigests))
        lines.push(`  ${platform.padEnd(16)} ${digest}`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/report.ts





/** Writes the log lines, the `sizes` output and the job summary; the summary is written even when a gate fails. */
async function reportBuild(runner, inputs, result, image, baseline) {
    runner.info(summaryText(result));
    let markdown = summaryMarkdown(result);
    const report = { gateFailures: [] };
    if (image && baseline) {
        const base = await baseline;
        if (!base.image && base.reason.includes('could not be read'))
            runner.warning(`size baseline: ${base.reason}`);
        const name = (0,registry_reference/* repositoryName */.aR)((0,registry_reference/* parseReference */.F2)(inputs.tags[0]));
        const sizes = sizeReport(image, name, base);
        const gates = evaluateGates(sizes, inputs['max-size'], inputs['max-size-increase']);
        runner.info(sizeText(sizes));
        runner.setOutput('sizes', sizesJson(sizes, gates));
        const table = sizeMarkdown(sizes, gates);
        markdown += `\n${table}`;
        report.sizes = { image: name, markdown: table };
        report.gateFailures = gates.flatMap(g => g.failures);
    }
    runner.appendSummary(markdown);
    return report;
}

;// CONCATENATED MODULE: ./src/docker/config.ts
/**
 * A docker config of hoist's own for its logins (docker/login-action writes the user's
 * ~/.docker/config.json instead): the user's config copied (other logins and settings
 * stay), these logins added as `auths`, and the CLI plugins linked so `docker buildx`
 * is still found. The credentials never pass through argv.
 */


/** The key `docker login` stores a registry under: Docker Hub's legacy URL, else the host. */
function authKey(registry) {
    return ['docker.io', 'index.docker.io', 'registry-1.docker.io'].includes(registry) ? 'https://index.docker.io/v1/' : registry;
}
function writeDockerConfig(dir, userDir, logins) {
    external_node_fs_.mkdirSync(dir, { recursive: true, mode: 0o700 });
    let config = {};
    try {
        config = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(userDir, 'config.json'), 'utf8'));
    }
    catch {
        // No config yet (a new runner): start empty.
    }
    const auths = { ...(config.auths ?? {}) };
    const credHelpers = { ...(config.credHelpers ?? {}) };
    for (const login of logins) {
        const key = authKey(login.registry);
        auths[key] = { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') };
        // A helper for this registry would be asked instead of the entry just written.
        delete credHelpers[key];
    }
    // A credential store answers for every registry and would hide these entries.
    const { credsStore: _store, ...rest } = config;
    void _store;
    external_node_fs_.writeFileSync(external_node_path_.join(dir, 'config.json'), JSON.stringify({ ...rest, auths, ...(Object.keys(credHelpers).length ? { credHelpers } : {}) }, null, 2), { mode: 0o600 });
    const plugins = external_node_path_.join(userDir, 'cli-plugins');
    if (external_node_fs_.existsSync(plugins) && !external_node_fs_.existsSync(external_node_path_.join(dir, 'cli-plugins')))
        external_node_fs_.symlinkSync(plugins, external_node_path_.join(dir, 'cli-plugins'));
}

// EXTERNAL MODULE: ./src/state.ts
var state = __nccwpck_require__(2462);
;// CONCATENATED MODULE: ./src/login.ts
/**
 * Registry logins in the same step (docker/login-action's inputs): each is checked
 * against its registry before anything is built, then written to a docker config of
 * hoist's own, which BuildKit's push, the size report, the caches and the baseline all
 * read (DOCKER_CONFIG). The post step removes it (`logout: false` keeps it for the job's
 * later steps). Passwords are masked before this runs and never reach argv.
 */





/** What usually fixes a refused login at this registry. */
function loginHint(registry) {
    if (registry === 'ghcr.io')
        return 'For ghcr.io: username github.actor and password secrets.GITHUB_TOKEN with permissions: packages: write (or a token with write:packages).';
    if (/\.amazonaws\.com$/.test(registry))
        return 'For ECR: username AWS and the password from aws ecr get-login-password.';
    if (/(^|\.)gcr\.io$|-docker\.pkg\.dev$/.test(registry))
        return 'For Google registries: username oauth2accesstoken and an access token (gcloud auth print-access-token) as the password.';
    return 'Check the registry address, the username and the password or token.';
}
async function logIn(ctx, inputs, logins, tmpDir) {
    if (logins.length === 0)
        return;
    const { runner, env } = ctx;
    await Promise.all(logins.map(async (login) => {
        try {
            await ctx.registry.checkLogin(login.registry, login);
        }
        catch (e) {
            throw new Error(`login to ${login.registry} as '${login.username}' failed: ${e.message}. ${loginHint(login.registry)}`);
        }
    }));
    const userDir = env.DOCKER_CONFIG || external_node_path_.join(env.HOME || external_node_os_.homedir(), '.docker');
    // Kept past the post step only with logout: false, so outside hoist's temp directory.
    const dir = inputs.logout ? external_node_path_.join(tmpDir, 'docker-config') : external_node_path_.join(env.RUNNER_TEMP || external_node_os_.tmpdir(), `hoist-docker-config-${(0,external_node_crypto_.randomUUID)()}`);
    writeDockerConfig(dir, userDir, logins);
    // Builders stay where buildx keeps them; only the credentials move.
    const buildxDir = env.BUILDX_CONFIG || external_node_path_.join(userDir, 'buildx');
    env.BUILDX_CONFIG = buildxDir;
    env.DOCKER_CONFIG = dir;
    if (inputs.logout) {
        state/* state */.w.saveDockerConfig(runner, dir);
    }
    else {
        runner.exportVariable('DOCKER_CONFIG', dir);
        runner.exportVariable('BUILDX_CONFIG', buildxDir);
    }
    for (const login of logins)
        runner.info(`logged in to ${login.registry} as ${login.username}${inputs.logout ? '' : ' (kept for the later steps: logout is false)'}`);
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
;// CONCATENATED MODULE: ./src/plan/metadata.ts
/**
 * Image tags, OCI labels and annotations from the git/GitHub context, in docker/metadata-action's
 * rule syntax and with its semantics (read from its src/meta.ts, tag.ts, flavor.ts, image.ts and
 * context.ts), so a workflow can drop that step and hand its inputs to hoist unchanged.
 *
 * Where hoist departs from metadata-action it says so next to the code: the `created` label is the
 * commit's time when the payload has it (reproducible builds), hoist refuses rules metadata-action
 * would silently ignore or crash on (unknown attributes, bad regexes, unknown `{{expressions}}`),
 * and the repository facts come from the event payload (metadata-action asks the REST API).
 */



/** A rule hoist cannot read: an InputError, so validation reports it with the other input problems. */
class MetaRuleError extends inputs_errors/* InputError */.dz {
    input;
    problem;
    fix;
    constructor(input, problem, fix) {
        super(input, problem, fix);
        this.input = input;
        this.problem = problem;
        this.fix = fix;
        this.name = 'MetaRuleError';
    }
}
const objectOf = (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {});
const stringOf = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
const integerOf = (value) => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);
const BRANCH_REF = /^refs\/heads\//;
const TAG_REF = /^refs\/tags\//;
const PULL_REF = /^refs\/pull\//;
/** Pure: builds the context from the environment (GITHUB_*, DOCKER_METADATA_*) and the parsed event payload object. */
function metaContext(env, payload, now) {
    const event = objectOf(payload);
    const repository = objectOf(event.repository);
    const pullRequest = objectOf(event.pull_request);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const prNumber = integerOf(event.number) ?? integerOf(pullRequest.number);
    const prHeadSha = stringOf(objectOf(pullRequest.head).sha);
    let ref = env.GITHUB_REF ?? '';
    // pull_request_target runs on the base branch, so GITHUB_REF names that branch; metadata-action
    // (src/context.ts) shows the rules the pull request instead, so type=ref,event=pr gives pr-N.
    if (/pull_request_target/.test(eventName) && prNumber !== undefined)
        ref = `refs/pull/${prNumber}/merge`;
    // For a pull request GITHUB_SHA is the merge commit GitHub made; metadata-action takes the
    // head commit only when asked to (DOCKER_METADATA_PR_HEAD_SHA=true).
    let sha = env.GITHUB_SHA ?? '';
    if (/true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? '') && /pull_request/.test(eventName) && prHeadSha)
        sha = prHeadSha;
    const fullName = env.GITHUB_REPOSITORY || stringOf(repository.full_name) || '';
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const branch = BRANCH_REF.test(ref) ? ref.replace(BRANCH_REF, '') : undefined;
    return {
        eventName,
        ref,
        sha,
        repository: fullName,
        serverUrl,
        // A schedule's payload carries no repository, and GitHub runs scheduled workflows on the
        // default branch only: that branch is the default one (metadata-action asks the API instead).
        defaultBranch: stringOf(repository.default_branch) ?? (/schedule/.test(eventName) ? branch : undefined),
        baseRef: baseRefOf(ref, event, pullRequest, env),
        headRef: env.GITHUB_HEAD_REF || stringOf(objectOf(pullRequest.head).ref),
        prNumber,
        prHeadSha,
        repo: {
            name: stringOf(repository.name) ?? (fullName.split('/')[1] || undefined),
            description: stringOf(repository.description),
            htmlUrl: stringOf(repository.html_url) ?? (fullName ? `${serverUrl}/${fullName}` : undefined),
            license: stringOf(objectOf(repository.license).spdx_id)
        },
        commitTime: commitTimeOf(event, sha),
        now,
        shortShaLength: shortShaLengthOf(env.DOCKER_METADATA_SHORT_SHA_LENGTH),
        annotationLevels: (env.DOCKER_METADATA_ANNOTATIONS_LEVELS || 'manifest')
            .split(',')
            .map(level => level.trim())
            .filter(level => level !== '')
    };
}
/** metadata-action's `{{base_ref}}`: a tag push's payload.base_ref, or a pull request's base branch. */
function baseRefOf(ref, event, pullRequest, env) {
    if (TAG_REF.test(ref))
        return stringOf(event.base_ref)?.replace(BRANCH_REF, '');
    if (PULL_REF.test(ref))
        return stringOf(objectOf(pullRequest.base).ref) ?? (env.GITHUB_BASE_REF || undefined);
    return undefined;
}
/** The time of the commit `sha` from a push payload (commits[], then head_commit), as metadata-action finds it before asking the API. */
function commitTimeOf(event, sha) {
    const commits = Array.isArray(event.commits) ? event.commits.map(objectOf) : [];
    const headCommit = objectOf(event.head_commit);
    const timestamp = stringOf(commits.find(commit => commit.id === sha)?.timestamp) ?? (headCommit.id === sha ? stringOf(headCommit.timestamp) : undefined);
    return timestamp && !Number.isNaN(Date.parse(timestamp)) ? new Date(timestamp).toISOString() : undefined;
}
function shortShaLengthOf(value) {
    if (!value)
        return undefined;
    if (!/^\d+$/.test(value.trim()) || Number(value) === 0)
        throw new Error(`DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid length: ${value}`);
    return Number(value);
}
// ---------------------------------------------------------------------------------------------
// Reading the inputs
const RULE_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];
/** metadata-action's default priorities: the highest-priority tag is the version. */
const DEFAULT_PRIORITY = { schedule: 1000, semver: 900, pep440: 900, match: 800, edge: 700, ref: 600, raw: 200, sha: 100 };
const COMMON_ATTRIBUTES = ['enable', 'priority', 'prefix', 'suffix'];
const TYPE_ATTRIBUTES = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    pep440: ['pattern', 'value', 'match'],
    match: ['pattern', 'group', 'value'],
    edge: ['branch'],
    ref: ['event'],
    raw: ['value'],
    sha: ['format']
};
const REF_EVENTS = ['branch', 'tag', 'pr'];
/** metadata-action's rules when meta-tags is empty. */
const DEFAULT_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];
/** Entries as metadata-action's input lists give them: `#` lines are comments. */
const entriesOf = (list) => list.map(entry => entry.trim()).filter(entry => entry !== '' && !entry.startsWith('#'));
/** One entry's CSV fields, read as metadata-action does: quotes protect commas. */
function metadata_csvFields(entry) {
    return (0,sync/* parse */.q)(entry, { relaxColumnCount: true, skipEmptyLines: true })[0] ?? [];
}
/** `key=value` split at the first `=` (a field without one, or starting with one, is a bare value). */
function splitField(field) {
    const at = field.indexOf('=');
    if (at <= 0)
        return { value: field.trim() };
    return { key: field.slice(0, at).trim().toLowerCase(), value: field.slice(at + 1).trim() };
}
const CSV_FIX = 'Put a field that holds a comma or a quote in double quotes, e.g. "pattern=^v(\\d+),group=1" ("" inside stands for one quote).';
function readInputs(inputs) {
    const problems = [];
    const tagEntries = entriesOf(inputs.tags);
    const rules = (tagEntries.length > 0 ? tagEntries : DEFAULT_RULES).flatMap(entry => readTagRule(entry, problems) ?? []);
    // Stable: rules of the same priority keep their order.
    rules.sort((a, b) => b.priority - a.priority);
    return {
        rules,
        flavor: readFlavor(entriesOf(inputs.flavor), problems),
        images: readImages(entriesOf(inputs.images), problems),
        labels: readKeyValues('meta-labels', entriesOf(inputs.labels), problems),
        annotations: readKeyValues('meta-annotations', entriesOf(inputs.annotations), problems),
        // Last: the readers above fill it.
        problems
    };
}
function readTagRule(entry, problems) {
    const refuse = (problem, fix) => {
        problems.push(new MetaRuleError('meta-tags', `'${entry}': ${problem}`, fix));
        return undefined;
    };
    let fields;
    try {
        fields = metadata_csvFields(entry);
    }
    catch (e) {
        return refuse(`not a CSV record (${e instanceof Error ? e.message : String(e)})`, CSV_FIX);
    }
    let type = 'raw';
    const attrs = new Map();
    for (const field of fields) {
        const { key, value } = splitField(field);
        if (key === 'type') {
            if (!isRuleType(value))
                return refuse(`unknown type '${value}'`, `Use one of type=${RULE_TYPES.join(', type=')}.`);
            type = value;
            continue;
        }
        // metadata-action keeps the last one: `value={{date 'MMMM D, YYYY'}}` unquoted becomes value ` YYYY'}}`.
        const name = key ?? 'value';
        if (attrs.has(name))
            return refuse(`${name} is given twice ('${attrs.get(name)}' and '${value}')`, `A comma splits an entry into fields: ${CSV_FIX}`);
        attrs.set(name, value);
    }
    const known = [...COMMON_ATTRIBUTES, ...TYPE_ATTRIBUTES[type]];
    for (const key of attrs.keys()) {
        if (known.includes(key))
            continue;
        // metadata-action ignores an attribute it does not know: a typo (lenght=, brnch=) would go unnoticed.
        if (key === 'value')
            return refuse(`a ${type} rule takes no value ('${attrs.get('value')}' has no '=')`, `Write key=value; type=${type} takes ${known.join('=, ')}=.`);
        return refuse(`type=${type} has no '${key}' attribute`, `type=${type} takes ${known.join('=, ')}=.`);
    }
    const problem = fillTypeDefaults(type, attrs) ?? checkCommonAttributes(attrs);
    if (problem)
        return refuse(problem.problem, problem.fix);
    const priority = attrs.has('priority') ? Number(attrs.get('priority')) : DEFAULT_PRIORITY[type];
    return { entry, type, attrs, priority };
}
const isRuleType = (value) => RULE_TYPES.includes(value);
/** Checks a rule's own attributes and fills in metadata-action's defaults (src/tag.ts Parse). */
function fillTypeDefaults(type, attrs) {
    const setDefault = (key, value) => {
        if (!attrs.has(key))
            attrs.set(key, value);
    };
    switch (type) {
        case 'schedule':
            setDefault('pattern', 'nightly');
            return templateProblem(attrs.get('pattern') ?? '', 'schedule', 'pattern');
        case 'semver':
        case 'pep440': {
            const pattern = attrs.get('pattern');
            if (pattern === undefined)
                return { problem: 'a pattern is missing', fix: `Add pattern=, e.g. type=${type},pattern={{version}}.` };
            if (pattern === '')
                return { problem: 'the pattern is empty', fix: `Give one, e.g. pattern={{version}} or pattern={{major}}.{{minor}}.` };
            setDefault('value', '');
            setDefault('match', '');
            return templateProblem(pattern, type, 'pattern') ?? templateProblem(attrs.get('value') ?? '', 'global', 'value') ?? versionMatchProblem(attrs.get('match') ?? '');
        }
        case 'match': {
            const pattern = attrs.get('pattern');
            if (pattern === undefined)
                return { problem: 'a pattern is missing', fix: 'Add a regular expression, e.g. type=match,pattern=^v(\\d+\\.\\d+),group=1.' };
            setDefault('group', '0');
            setDefault('value', '');
            let groups;
            try {
                groups = captureGroups(matchRegExp(pattern));
            }
            catch (e) {
                return { problem: `pattern is not a regular expression (${e instanceof Error ? e.message : String(e)})`, fix: 'Fix the expression (JavaScript syntax; /expression/flags is read too).' };
            }
            const group = attrs.get('group') ?? '0';
            if (!/^\d+$/.test(group))
                return { problem: `group=${group} is not a group number`, fix: 'Give the number of a capture group: 0 for the whole match, 1 for the first (...).' };
            if (Number(group) > groups)
                return { problem: `group=${group} but the pattern has ${groups} capture group${groups === 1 ? '' : 's'}`, fix: 'Add a (...) group to the pattern or lower group=.' };
            return templateProblem(attrs.get('value') ?? '', 'global', 'value');
        }
        case 'edge':
            setDefault('branch', '');
            return undefined;
        case 'ref': {
            const event = attrs.get('event');
            if (event === undefined)
                return { problem: 'an event is missing', fix: 'Add event=branch, event=tag or event=pr.' };
            if (!REF_EVENTS.includes(event))
                return { problem: `event=${event} is not branch, tag or pr`, fix: 'Use event=branch, event=tag or event=pr.' };
            if (event === 'pr')
                setDefault('prefix', 'pr-');
            return undefined;
        }
        case 'raw':
            if (!attrs.has('value'))
                return { problem: 'a value is missing', fix: 'Add value=, e.g. type=raw,value=stable.' };
            return templateProblem(attrs.get('value') ?? '', 'global', 'value');
        case 'sha':
            setDefault('prefix', 'sha-');
            setDefault('format', 'short');
            if (!['short', 'long'].includes(attrs.get('format') ?? ''))
                return { problem: `format=${attrs.get('format')} is not short or long`, fix: 'Use format=short (7 characters) or format=long.' };
            return undefined;
    }
}
function checkCommonAttributes(attrs) {
    const priority = attrs.get('priority');
    if (priority !== undefined && !/^-?\d+$/.test(priority))
        return { problem: `priority=${priority} is not a whole number`, fix: 'Give a number; higher comes first (defaults: schedule 1000, semver 900, match 800, edge 700, ref 600, raw 200, sha 100).' };
    const enable = attrs.get('enable');
    if (enable !== undefined && !isEnableValue(enable)) {
        return { problem: `enable=${enable} is not true, false, {{is_default_branch}} or {{is_not_default_branch}}`, fix: "A GitHub expression works too: enable=${{ github.ref == 'refs/heads/main' }}." };
    }
    return templateProblem(attrs.get('prefix') ?? '', 'global', 'prefix') ?? templateProblem(attrs.get('suffix') ?? '', 'global', 'suffix');
}
/** metadata-action renders `enable` and wants exactly true or false: the forms that can give that. */
function isEnableValue(value) {
    if (value === 'true' || value === 'false')
        return true;
    try {
        const parts = parseTemplate(value);
        return parts.length === 1 && typeof parts[0] !== 'string' && ['is_default_branch', 'is_not_default_branch'].includes(parts[0].name) && parts[0].args.length === 0;
    }
    catch {
        return false;
    }
}
/** semver/pep440 `match=`: metadata-action takes capture group 1 of it (and crashes without one). */
function versionMatchProblem(match) {
    if (match === '')
        return undefined;
    try {
        if (captureGroups(new RegExp(match)) >= 1)
            return undefined;
    }
    catch (e) {
        return { problem: `match is not a regular expression (${e instanceof Error ? e.message : String(e)})`, fix: 'Fix the expression, e.g. match=v(\\d+\\.\\d+\\.\\d+)$.' };
    }
    return { problem: 'match has no capture group: the version is taken from group 1', fix: 'Put the version part in parentheses, e.g. match=v(\\d+\\.\\d+\\.\\d+)$.' };
}
/** type=match's pattern: `/expression/flags`, or a bare expression. */
function matchRegExp(pattern) {
    const literal = /^\/(.+)\/(.*)$/.exec(pattern);
    return literal ? new RegExp(literal[1], literal[2]) : new RegExp(pattern);
}
/** How many capture groups a regular expression has (an alternative that matches the empty string reports them all). */
const captureGroups = (re) => (new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, '')).exec('')?.length ?? 1) - 1;
function readFlavor(entries, problems) {
    const flavor = { latest: 'auto', prefix: '', prefixOnLatest: false, suffix: '', suffixOnLatest: false };
    const refuse = (entry, problem, fix) => void problems.push(new MetaRuleError('meta-flavor', `'${entry}': ${problem}`, fix));
    for (const entry of entries) {
        let fields;
        try {
            fields = metadata_csvFields(entry);
        }
        catch (e) {
            refuse(entry, `not a CSV record (${e instanceof Error ? e.message : String(e)})`, CSV_FIX);
            continue;
        }
        // onlatest= applies to the prefix= or suffix= before it in the same entry.
        let onLatestFor;
        for (const field of fields) {
            const { key, value } = splitField(field);
            if (key === 'latest') {
                if (value === 'auto' || value === 'true' || value === 'false')
                    flavor.latest = value;
                else
                    refuse(entry, `latest=${value} is not auto, true or false`, 'Use latest=auto (latest on semver, match and tag rules), latest=true or latest=false.');
            }
            else if (key === 'prefix' || key === 'suffix') {
                const problem = templateProblem(value, 'global', key);
                if (problem)
                    refuse(entry, problem.problem, problem.fix);
                flavor[key] = value;
                onLatestFor = key;
            }
            else if (key === 'onlatest') {
                if (value !== 'true' && value !== 'false')
                    refuse(entry, `onlatest=${value} is not true or false`, 'Use onlatest=true or onlatest=false.');
                else if (onLatestFor === undefined)
                    refuse(entry, 'onlatest= follows no prefix= or suffix=', 'Put it in the same entry after the one it is for, e.g. prefix=app-,onlatest=true.');
                else
                    flavor[onLatestFor === 'prefix' ? 'prefixOnLatest' : 'suffixOnLatest'] = value === 'true';
            }
            else {
                refuse(entry, key === undefined ? `'${value}' is not key=value` : `unknown flavor '${key}'`, 'meta-flavor takes latest=auto|true|false, prefix=…[,onlatest=true] and suffix=…[,onlatest=true].');
            }
        }
    }
    return flavor;
}
function readImages(entries, problems) {
    const refuse = (entry, problem, fix) => void problems.push(new MetaRuleError('meta-images', `'${entry}': ${problem}`, fix));
    const images = [];
    const fieldsOf = (entry) => {
        try {
            return metadata_csvFields(entry);
        }
        catch (e) {
            refuse(entry, `not a CSV record (${e instanceof Error ? e.message : String(e)})`, CSV_FIX);
            return undefined;
        }
    };
    // metadata-action's old format: a single entry listing names separated by commas.
    if (entries.length === 1) {
        const fields = fieldsOf(entries[0]);
        if (fields === undefined)
            return [];
        if (fields.every(field => !field.includes('='))) {
            for (const field of fields)
                addImage(entries[0], { name: field.trim(), enabled: true });
            return images;
        }
    }
    for (const entry of entries) {
        const fields = fieldsOf(entry);
        if (fields === undefined)
            continue;
        const image = { name: '', enabled: true };
        for (const field of fields) {
            const { key, value } = splitField(field);
            if (key === undefined || key === 'name')
                image.name = value;
            else if (key === 'enable' && (value === 'true' || value === 'false'))
                image.enabled = value === 'true';
            else if (key === 'enable')
                refuse(entry, `enable=${value} is not true or false`, 'Use enable=true or enable=false (a GitHub expression giving one works).');
            else
                refuse(entry, `unknown image attribute '${key}'`, 'An image entry takes name= and enable=.');
        }
        addImage(entry, image);
    }
    return images;
    function addImage(entry, image) {
        if (image.name === '')
            return refuse(entry, 'the image name is empty', 'Give the repository, e.g. ghcr.io/acme/app or name=ghcr.io/acme/app.');
        // The tags are appended as image:tag, so a tag or digest in the name gives a reference docker refuses.
        const lastPart = image.name.slice(image.name.lastIndexOf('/') + 1);
        if (lastPart.includes(':') || image.name.includes('@'))
            return refuse(entry, 'the image name has a tag or digest', `Give the repository only (${image.name.replace(/[:@][^/]*$/, '')}): the rules in meta-tags make the tags.`);
        // metadata-action lowercases image names (repositories are lowercase); tags keep their case.
        images.push({ name: image.name.toLowerCase(), enabled: image.enabled });
    }
}
function readKeyValues(input, entries, problems) {
    return entries.filter(entry => {
        // metadata-action drops an entry without `=` silently.
        if (entry.indexOf('=') <= 0) {
            problems.push(new MetaRuleError(input, `'${entry}' is not key=value`, 'Write one key=value per line, e.g. org.opencontainers.image.vendor=Acme.'));
            return false;
        }
        const problem = templateProblem(entry, 'global', input === 'meta-labels' ? 'label' : 'annotation');
        if (problem)
            problems.push(new MetaRuleError(input, `'${entry}': ${problem.problem}`, problem.fix));
        return !problem;
    });
}
const SLOT_NAMES = {
    global: ['branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'is_not_default_branch', 'date', 'commit_date'],
    schedule: ['date', 'commit_date'],
    semver: ['version', 'major', 'minor', 'patch', 'raw', 'prerelease', 'build'],
    pep440: ['version', 'major', 'minor', 'patch', 'raw']
};
const DATE_HELPERS = ['date', 'commit_date'];
class TemplateError extends Error {
}
function parseTemplate(source) {
    const parts = [];
    let text = '';
    let at = 0;
    while (at < source.length) {
        const open = source.indexOf('{{', at);
        if (open < 0) {
            text += source.slice(at);
            break;
        }
        if (source[open - 1] === '\\') {
            // handlebars: \{{ is text
            text += `${source.slice(at, open - 1)}{{`;
            at = open + 2;
            continue;
        }
        text += source.slice(at, open);
        const triple = source.startsWith('{{{', open);
        const [start, end] = triple ? [open + 3, '}}}'] : [open + 2, '}}'];
        const close = source.indexOf(end, start);
        if (close < 0)
            throw new TemplateError(`'${source.slice(open)}' has no closing ${end}`);
        at = close + end.length;
        let body = source.slice(start, close).trim();
        if (body.startsWith('!'))
            continue;
        let escape = !triple;
        if (!triple && body.startsWith('&'))
            [escape, body] = [false, body.slice(1).trim()];
        if (/^[#/^>~]|~$|^else\b/.test(body))
            throw new TemplateError(`{{${body}}} is a block, partial or whitespace control, which hoist does not read`);
        if (text !== '')
            parts.push(text);
        text = '';
        parts.push(parseMustache(body, escape));
    }
    if (text !== '')
        parts.push(text);
    return parts;
}
const MUSTACHE_TOKEN = /\s*(?:([A-Za-z_][\w-]*)=)?(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([^\s'"=]+))/y;
function parseMustache(body, escape) {
    const tokens = [];
    MUSTACHE_TOKEN.lastIndex = 0;
    while (MUSTACHE_TOKEN.lastIndex < body.length) {
        const m = MUSTACHE_TOKEN.exec(body);
        if (!m)
            throw new TemplateError(`cannot read {{${body}}}`);
        // handlebars unescapes only the quote that delimits the string: moment still sees \M as a literal M.
        const quoted = m[2]?.replace(/\\'/g, "'") ?? m[3]?.replace(/\\"/g, '"');
        const word = m[4];
        const arg = quoted !== undefined ? { kind: 'text', text: quoted } : /^-?\d+(\.\d+)?$|^(true|false)$/.test(word) ? { kind: 'text', text: word } : { kind: 'path', name: word };
        tokens.push({ key: m[1], arg });
    }
    const [head, ...rest] = tokens;
    if (head === undefined || head.key !== undefined || head.arg.kind !== 'path')
        throw new TemplateError(`{{${body}}} names no expression`);
    const hash = new Map();
    const args = [];
    for (const token of rest) {
        if (token.key !== undefined)
            hash.set(token.key, token.arg);
        else
            args.push(token.arg);
    }
    return { name: head.arg.name, args, hash, escape };
}
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };
/** Renders like handlebars: an unknown name gives '', `{{x}}` output is HTML-escaped. */
function renderTemplate(source, scope) {
    return parseTemplate(source)
        .map(part => {
        if (typeof part === 'string')
            return part;
        const value = scope.get(part.name);
        const valueOf = (arg) => {
            if (arg.kind === 'text')
                return arg.text;
            const found = scope.get(arg.name);
            return typeof found === 'string' || typeof found === 'number' ? String(found) : undefined;
        };
        if (value === undefined && (part.args.length > 0 || part.hash.size > 0))
            throw new TemplateError(`Missing helper: "${part.name}"`);
        const text = value === undefined ? '' : typeof value === 'function' ? value(part.args.map(valueOf), new Map([...part.hash].map(([k, v]) => [k, valueOf(v)]))) : String(value);
        return part.escape ? text.replace(/[&<>"'`=]/g, c => HTML_ESCAPES[c]) : text;
    })
        .join('');
}
/** What is wrong with a template for its place, checked before the build (metadata-action renders an unknown name as ''). */
function templateProblem(source, slot, where) {
    if (!source.includes('{{'))
        return undefined;
    let parts;
    try {
        parts = parseTemplate(source);
    }
    catch (e) {
        return { problem: `${where} ${e instanceof Error ? e.message : String(e)}`, fix: "Write expressions as {{name}} or {{date 'YYYYMMDD'}}; \\{{ keeps braces as text." };
    }
    for (const part of parts) {
        if (typeof part === 'string')
            continue;
        if (!SLOT_NAMES[slot].includes(part.name)) {
            const known = SLOT_NAMES[slot].map(name => `{{${name}}}`).join(', ');
            return {
                problem: `${where} uses {{${part.name}}}, which metadata-action renders as nothing there`,
                fix: `The expressions ${where === 'pattern' ? `of a ${slot} pattern` : `in ${where}`} are ${known}.`
            };
        }
        if (!DATE_HELPERS.includes(part.name))
            continue;
        for (const [key, arg] of part.hash) {
            if (key !== 'tz')
                return { problem: `{{${part.name}}} has no '${key}' attribute`, fix: `Only tz= is read, e.g. {{${part.name} 'YYYYMMDD' tz='Europe/Paris'}}.` };
            if (arg.kind === 'text' && !isTimeZone(arg.text))
                return { problem: `{{${part.name}}} has an unknown time zone '${arg.text}'`, fix: "Use an IANA name, e.g. tz='Asia/Tokyo' (default UTC)." };
        }
    }
    return undefined;
}
/** Renders a template whose syntax readInputs has checked; a failure at run time is still the user's rule. */
function renderChecked(input, entry, source, scope) {
    try {
        return renderTemplate(source, scope);
    }
    catch (e) {
        throw new MetaRuleError(input, `'${entry}': ${e instanceof Error ? e.message : String(e)}`, 'Fix the {{expression}}.');
    }
}
// ---------------------------------------------------------------------------------------------
// Dates in moment's format syntax ({{date 'YYYYMMDD' tz='Asia/Tokyo'}}), without moment
const zoneFormats = new Map();
function zoneFormat(timeZone) {
    let format = zoneFormats.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            timeZoneName: 'short'
        });
        zoneFormats.set(timeZone, format);
    }
    return format;
}
function isTimeZone(timeZone) {
    try {
        zoneFormat(timeZone);
        return true;
    }
    catch {
        return false;
    }
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** moment's English long-date formats, expanded before the tokens are read. */
const LONG_FORMATS = {
    LTS: 'h:mm:ss A',
    LT: 'h:mm A',
    L: 'MM/DD/YYYY',
    LL: 'MMMM D, YYYY',
    LLL: 'MMMM D, YYYY h:mm A',
    LLLL: 'dddd, MMMM D, YYYY h:mm A',
    l: 'M/D/YYYY',
    ll: 'MMM D, YYYY',
    lll: 'MMM D, YYYY h:mm A',
    llll: 'ddd, MMM D, YYYY h:mm A'
};
const DATE_TOKEN = /\[[^[]*\]|\\?(?:YYYYYY|YYYYY|YYYY|YY|Y|yyyy|yyy|yy|yo|y|NNNNN|NNNN|NNN|NN|N|Qo|Q|MMMM|MMM|MM|Mo|M|DDDD|DDDo|DDD|DD|Do|D|dddd|ddd|dd|do|d|E|e|WW|Wo|W|ww|wo|w|GGGGG|GGGG|GG|ggggg|gggg|gg|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|A|a|ZZ|Z|zz|z|X|x)|\\[\s\S]|[\s\S]/g;
const pad = (n, width) => `${n < 0 ? '-' : ''}${String(Math.abs(n)).padStart(width, '0')}`;
const ordinal = (n) => {
    const last = n % 10;
    return `${n}${Math.floor((n % 100) / 10) === 1 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'}`;
};
const isLeap = (year) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
/** moment's week numbering: weeks start on `dow`, and the week holding January `7 + dow - doy` is week 1 (ISO: 1, 4; English: 0, 6). */
function weekOf(year, dayOfYear, dow, doy) {
    const firstWeekOffset = (y) => {
        const firstWeekDay = 7 + dow - doy;
        return -((7 + new Date(Date.UTC(y, 0, firstWeekDay)).getUTCDay() - dow) % 7) + firstWeekDay - 1;
    };
    const weeksIn = (y) => ((isLeap(y) ? 366 : 365) - firstWeekOffset(y) + firstWeekOffset(y + 1)) / 7;
    const week = Math.floor((dayOfYear - firstWeekOffset(year) - 1) / 7) + 1;
    if (week < 1)
        return { week: week + weeksIn(year - 1), year: year - 1 };
    if (week > weeksIn(year))
        return { week: week - weeksIn(year), year: year + 1 };
    return { week, year };
}
/** `when` in moment's format syntax, on the wall clock of `timeZone`; no format gives moment's ISO default. */
function formatDate(when, format, timeZone) {
    const zoneParts = zoneFormat(timeZone).formatToParts(when);
    const part = (type) => zoneParts.find(p => p.type === type)?.value ?? '';
    const wallMs = Date.UTC(Number(part('year')), Number(part('month')) - 1, Number(part('day')), Number(part('hour')), Number(part('minute')), Number(part('second')));
    const offset = Math.round((wallMs - (when.getTime() - when.getUTCMilliseconds())) / 60000);
    const wall = new Date(when.getTime() + offset * 60000);
    const [year, month, day, hour, minute, second, ms, weekday] = [
        wall.getUTCFullYear(),
        wall.getUTCMonth(),
        wall.getUTCDate(),
        wall.getUTCHours(),
        wall.getUTCMinutes(),
        wall.getUTCSeconds(),
        wall.getUTCMilliseconds(),
        wall.getUTCDay()
    ];
    const dayOfYear = Math.round((Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86400000) + 1;
    const iso = weekOf(year, dayOfYear, 1, 4);
    const local = weekOf(year, dayOfYear, 0, 6);
    const zone = (separator) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60), 2)}${separator}${pad(Math.abs(offset) % 60, 2)}`;
    const token = (t) => {
        if (/^S+$/.test(t))
            return pad(ms, 3).padEnd(t.length, '0').slice(0, t.length);
        switch (t) {
            case 'YYYYYY':
                return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
            case 'YYYYY':
                return pad(year, 5);
            case 'YYYY':
            case 'Y':
                return year <= 9999 ? pad(year, 4) : `+${year}`;
            case 'YY':
                return pad(year % 100, 2);
            case 'y':
            case 'yo':
                return t === 'yo' ? ordinal(year) : String(year);
            case 'yy':
            case 'yyy':
            case 'yyyy':
                return pad(year, t.length);
            case 'N':
            case 'NN':
            case 'NNN':
            case 'NNNNN':
                return 'AD';
            case 'NNNN':
                return 'Anno Domini';
            case 'Q':
            case 'Qo':
                return t === 'Q' ? String(Math.floor(month / 3) + 1) : ordinal(Math.floor(month / 3) + 1);
            case 'M':
                return String(month + 1);
            case 'Mo':
                return ordinal(month + 1);
            case 'MM':
                return pad(month + 1, 2);
            case 'MMM':
                return MONTHS[month].slice(0, 3);
            case 'MMMM':
                return MONTHS[month];
            case 'D':
                return String(day);
            case 'Do':
                return ordinal(day);
            case 'DD':
                return pad(day, 2);
            case 'DDD':
                return String(dayOfYear);
            case 'DDDo':
                return ordinal(dayOfYear);
            case 'DDDD':
                return pad(dayOfYear, 3);
            case 'd':
            case 'e':
                return String(weekday);
            case 'do':
                return ordinal(weekday);
            case 'dd':
                return WEEKDAYS[weekday].slice(0, 2);
            case 'ddd':
                return WEEKDAYS[weekday].slice(0, 3);
            case 'dddd':
                return WEEKDAYS[weekday];
            case 'E':
                return String(weekday === 0 ? 7 : weekday);
            case 'W':
                return String(iso.week);
            case 'Wo':
                return ordinal(iso.week);
            case 'WW':
                return pad(iso.week, 2);
            case 'w':
                return String(local.week);
            case 'wo':
                return ordinal(local.week);
            case 'ww':
                return pad(local.week, 2);
            case 'GG':
                return pad(iso.year % 100, 2);
            case 'GGGG':
                return pad(iso.year, 4);
            case 'GGGGG':
                return pad(iso.year, 5);
            case 'gg':
                return pad(local.year % 100, 2);
            case 'gggg':
                return pad(local.year, 4);
            case 'ggggg':
                return pad(local.year, 5);
            case 'H':
                return String(hour);
            case 'HH':
                return pad(hour, 2);
            case 'h':
                return String(hour % 12 || 12);
            case 'hh':
                return pad(hour % 12 || 12, 2);
            case 'k':
                return String(hour || 24);
            case 'kk':
                return pad(hour || 24, 2);
            case 'm':
                return String(minute);
            case 'mm':
                return pad(minute, 2);
            case 's':
                return String(second);
            case 'ss':
                return pad(second, 2);
            case 'a':
                return hour < 12 ? 'am' : 'pm';
            case 'A':
                return hour < 12 ? 'AM' : 'PM';
            case 'Z':
                return zone(':');
            case 'ZZ':
                return zone('');
            case 'z':
            case 'zz':
                return part('timeZoneName');
            case 'X':
                return String(Math.floor(when.getTime() / 1000));
            case 'x':
                return String(when.getTime());
            default:
                return t;
        }
    };
    // moment's format() without a format: ISO 8601, with Z when the offset is zero.
    const pattern = (format || (offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ')).replace(/(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g, (whole, bracket, escaped, long) => (bracket || escaped || !long ? whole : LONG_FORMATS[long]));
    return pattern.replace(DATE_TOKEN, t => (t.startsWith('[') && t.endsWith(']') && t.length > 1 ? t.slice(1, -1) : t.length > 1 && t.startsWith('\\') ? t.slice(1) : token(t)));
}
function dateHelper(when) {
    return (args, hash) => {
        for (const key of hash.keys())
            if (key !== 'tz')
                throw new TemplateError(`Unknown ${key} attribute`);
        const timeZone = hash.get('tz') ?? 'UTC';
        if (!isTimeZone(timeZone))
            throw new TemplateError(`unknown time zone '${timeZone}'`);
        return formatDate(when, args[0], timeZone);
    };
}
// ---------------------------------------------------------------------------------------------
// PEP 440 versions (type=pep440), as @renovate/pep440 reads them
const PEP440 = /^v?(?:(?:(?<epoch>\d+)!)?(?<release>\d+(?:\.\d+)*)(?:[-_.]?(?<preL>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?<preN>\d+)?)?(?:-(?<postN1>\d+)|[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>\d+)?)?(?:[-_.]?(?<devL>dev)[-_.]?(?<devN>\d+)?)?)(?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/i;
function parsePep440(version) {
    const groups = PEP440.exec(version)?.groups;
    if (!groups)
        return undefined;
    const epoch = Number(groups.epoch ?? 0);
    const release = groups.release.split('.').map(Number);
    const preLetter = groups.preL?.toLowerCase();
    const pre = preLetter ? `${{ alpha: 'a', beta: 'b', c: 'rc', pre: 'rc', preview: 'rc' }[preLetter] ?? preLetter}${Number(groups.preN ?? 0)}` : '';
    const postNumber = groups.postN1 ?? (groups.postL ? (groups.postN2 ?? '0') : undefined);
    const post = postNumber !== undefined ? `.post${Number(postNumber)}` : '';
    const dev = groups.devL ? `.dev${Number(groups.devN ?? 0)}` : '';
    const local = groups.local
        ? `+${groups.local
            .split(/[-_.]/)
            .map(p => (/^\d+$/.test(p) ? String(Number(p)) : p.toLowerCase()))
            .join('.')}`
        : '';
    return { release, clean: `${epoch ? `${epoch}!` : ''}${release.join('.')}${pre}${post}${dev}${local}`, unstable: Boolean(pre || post || dev) };
}
// ---------------------------------------------------------------------------------------------
// Computing the metadata
/** Docker's tag rule: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}. */
const VALID_TAG = /^[\w][\w.-]{0,127}$/;
/** metadata-action's sanitising: every run of characters a tag cannot hold becomes one '-'; case is kept, length is not cut. */
const sanitizeTag = (tag) => tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
const shortSha = (sha, length) => (length >= sha.length ? sha : sha.slice(0, length));
/** Returns every problem hoist finds in the meta-* inputs (it does not throw): validation reports them before any build. */
function checkMetaRules(inputs) {
    return readInputs(inputs).problems;
}
function computeMetadata(inputs, ctx) {
    const read = readInputs(inputs);
    if (read.problems.length > 0)
        throw read.problems[0];
    const { rules, flavor } = read;
    const warnings = [];
    const shaLength = ctx.shortShaLength ?? 7;
    const branch = BRANCH_REF.test(ctx.ref) ? ctx.ref.replace(BRANCH_REF, '') : '';
    const gitTag = TAG_REF.test(ctx.ref) ? ctx.ref.replace(TAG_REF, '') : '';
    const commitDate = ctx.commitTime ? new Date(ctx.commitTime) : ctx.now;
    const isDefaultBranch = (() => {
        const name = ctx.ref.replace(BRANCH_REF, '');
        if (name === '')
            return false;
        if (ctx.defaultBranch === name)
            return true;
        // metadata-action: these events always run on the default branch's last commit.
        return /create|discussion|issues|schedule/.test(ctx.eventName);
    })();
    const dates = [
        ['date', dateHelper(ctx.now)],
        ['commit_date', dateHelper(commitDate)]
    ];
    const globalScope = new Map([
        ['branch', branch],
        ['tag', gitTag],
        ['sha', shortSha(ctx.sha, shaLength)],
        ['base_ref', ctx.baseRef ?? ''],
        ['is_default_branch', String(isDefaultBranch)],
        ['is_not_default_branch', String(!isDefaultBranch)],
        ...dates
    ]);
    const scheduleScope = new Map(dates);
    const renderGlobal = (rule, source) => renderChecked('meta-tags', rule.entry, source, globalScope);
    const attr = (rule, key) => rule.attrs.get(key) ?? '';
    /** The version a semver/pep440/match rule reads: value= when given, else the pushed tag; none off a tag. */
    const versionSource = (rule) => {
        if (attr(rule, 'value') !== '')
            return renderGlobal(rule, attr(rule, 'value'));
        return gitTag !== '' ? gitTag : undefined;
    };
    /** semver/pep440 `match=`: group 1 of it, or the whole version (with a warning) when it does not match. */
    const matched = (rule, version) => {
        const match = attr(rule, 'match');
        if (match === '')
            return version;
        const found = new RegExp(match).exec(version);
        if (found)
            return found[1] ?? '';
        warnings.push(`${match} does not match ${version}.`);
        return version;
    };
    /** A rule's tag before prefix and suffix, and whether latest=auto adds `latest` after it. */
    const valueOf = (rule) => {
        switch (rule.type) {
            case 'schedule':
                return /schedule/.test(ctx.eventName) ? { value: renderChecked('meta-tags', rule.entry, attr(rule, 'pattern'), scheduleScope), latestAuto: false } : undefined;
            case 'semver': {
                const source = versionSource(rule);
                if (source === undefined)
                    return undefined;
                const version = matched(rule, source).replace(/\//g, '-');
                const parsed = semver.valid(version) ? semver.parse(version, { loose: true }) : null;
                if (!parsed) {
                    warnings.push(`${version} is not a valid semver. More info: https://semver.org/`);
                    return undefined;
                }
                const pattern = attr(rule, 'pattern');
                const scope = new Map([
                    ['version', parsed.version],
                    ['major', parsed.major],
                    ['minor', parsed.minor],
                    ['patch', parsed.patch],
                    ['raw', parsed.raw],
                    ['prerelease', parsed.prerelease],
                    ['build', parsed.build]
                ]);
                // A pre-release gives {{version}} whatever the pattern (or {{raw}} when that is the whole pattern):
                // {{major}} and {{major}}.{{minor}} must not move to a release candidate. Duplicates fold later.
                const prerelease = semver.prerelease(version) !== null;
                const template = prerelease && !isRawOnly(pattern) ? '{{version}}' : pattern;
                return { value: renderChecked('meta-tags', rule.entry, template, scope), latestAuto: !prerelease };
            }
            case 'pep440': {
                const source = versionSource(rule);
                if (source === undefined)
                    return undefined;
                const version = matched(rule, source).replace(/\//g, '-');
                const parsed = parsePep440(version);
                if (!parsed) {
                    warnings.push(`${version} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
                    return undefined;
                }
                const pattern = attr(rule, 'pattern');
                if (parsed.unstable)
                    return { value: isRawOnly(pattern) ? version : parsed.clean, latestAuto: false };
                const scope = new Map([
                    ['raw', version],
                    ['version', parsed.clean],
                    ['major', parsed.release[0]],
                    ['minor', parsed.release[1] ?? 0],
                    ['patch', parsed.release[2] ?? 0]
                ]);
                return { value: renderChecked('meta-tags', rule.entry, pattern, scope), latestAuto: true };
            }
            case 'match': {
                const source = versionSource(rule);
                if (source === undefined)
                    return undefined;
                const pattern = attr(rule, 'pattern');
                const found = source.match(matchRegExp(pattern));
                if (!found) {
                    warnings.push(`${pattern} does not match ${source}.`);
                    return undefined;
                }
                const group = found[Number(attr(rule, 'group'))];
                if (group === undefined) {
                    warnings.push(`Group ${attr(rule, 'group')} does not exist for ${pattern} pattern.`);
                    return undefined;
                }
                // As for tags: never latest when the matched tag is a semver pre-release.
                return { value: group, latestAuto: semver.prerelease(semver.clean(source, { loose: true }) ?? '') === null };
            }
            case 'edge': {
                const edgeBranch = attr(rule, 'branch') || ctx.defaultBranch;
                return branch !== '' && branch === edgeBranch ? { value: 'edge', latestAuto: false } : undefined;
            }
            case 'ref': {
                const event = attr(rule, 'event');
                if (event === 'branch')
                    return branch !== '' ? { value: branch, latestAuto: false } : undefined;
                // metadata-action gives latest to any pushed tag; hoist never to a semver pre-release
                // (v1.3.0-rc.1), so a release candidate cannot move the image users pull by default.
                if (event === 'tag')
                    return gitTag !== '' ? { value: gitTag, latestAuto: semver.prerelease(semver.clean(gitTag, { loose: true }) ?? '') === null } : undefined;
                return PULL_REF.test(ctx.ref) ? { value: ctx.ref.replace(PULL_REF, '').replace(/\/merge$/, ''), latestAuto: false } : undefined;
            }
            case 'raw':
                return { value: renderGlobal(rule, attr(rule, 'value')), latestAuto: false };
            case 'sha':
                return ctx.sha !== '' ? { value: attr(rule, 'format') === 'short' ? shortSha(ctx.sha, shaLength) : ctx.sha, latestAuto: false } : undefined;
        }
    };
    // A rule's own prefix=/suffix= (even empty, and the pr-/sha- defaults) wins over the flavor's.
    const affixed = (rule, value) => {
        const prefix = rule.attrs.has('prefix') ? attr(rule, 'prefix') : flavor.prefix;
        const suffix = rule.attrs.has('suffix') ? attr(rule, 'suffix') : flavor.suffix;
        return `${renderGlobal(rule, prefix)}${value}${renderGlobal(rule, suffix)}`;
    };
    const names = [];
    // latest=auto follows the first (highest-priority) rule that gives a tag: semver, pep440, match and
    // ref,event=tag say yes (a pre-release no); schedule, branch, pr, edge, raw and sha say no.
    let latest;
    for (const rule of rules) {
        const enable = renderGlobal(rule, rule.attrs.get('enable') ?? 'true');
        if (enable !== 'true' && enable !== 'false')
            throw new MetaRuleError('meta-tags', `'${rule.entry}': enable gave '${enable}', not true or false`, 'Use enable=true, false or {{is_default_branch}}.');
        if (enable === 'false')
            continue;
        const produced = valueOf(rule);
        if (produced === undefined)
            continue;
        const name = affixed(rule, produced.value);
        if (name === '')
            continue;
        names.push(sanitizeTag(name));
        latest ??= flavor.latest === 'auto' ? produced.latestAuto : flavor.latest === 'true';
    }
    if (latest) {
        const prefix = flavor.prefixOnLatest ? renderChecked('meta-flavor', flavor.prefix, flavor.prefix, globalScope) : '';
        const suffix = flavor.suffixOnLatest ? renderChecked('meta-flavor', flavor.suffix, flavor.suffix, globalScope) : '';
        names.push(sanitizeTag(`${prefix}latest${suffix}`));
    }
    const tagNames = [...new Set(names)];
    const version = tagNames.length > 0 ? tagNames[0] : '';
    for (const name of tagNames) {
        // metadata-action neither cuts nor refuses these; docker will, at push time.
        if (!VALID_TAG.test(name))
            warnings.push(`tag '${name}' is not a valid Docker tag (${name.length > 128 ? `${name.length} characters, at most 128` : 'it must not start with . or -'}): docker will refuse it.`);
    }
    const images = read.images.filter(image => image.enabled).map(image => image.name);
    const tags = images.length > 0 ? images.flatMap(image => tagNames.map(name => `${image}:${name}`)) : tagNames;
    // metadata-action stamps created with the time it runs; the commit's time (when the payload has it)
    // keeps two builds of one commit identical, so their layers and digests can match.
    const created = ctx.commitTime ? new Date(ctx.commitTime).toISOString() : ctx.now.toISOString();
    const generated = [
        `org.opencontainers.image.title=${ctx.repo.name ?? ''}`,
        `org.opencontainers.image.description=${ctx.repo.description ?? ''}`,
        `org.opencontainers.image.url=${ctx.repo.htmlUrl ?? ''}`,
        `org.opencontainers.image.source=${ctx.repo.htmlUrl ?? ''}`,
        `org.opencontainers.image.version=${version}`,
        `org.opencontainers.image.created=${created}`,
        `org.opencontainers.image.revision=${ctx.sha}`,
        `org.opencontainers.image.licenses=${ctx.repo.license ?? ''}`
    ];
    const withUsers = (input, extra) => mergeByKey([...generated, ...extra.map(entry => renderChecked(input, entry, entry, globalScope))]);
    const labels = withUsers('meta-labels', read.labels);
    const annotationEntries = withUsers('meta-annotations', read.annotations);
    const annotations = (ctx.annotationLevels ?? ['manifest']).flatMap(level => annotationEntries.map(entry => `${level}:${entry}`));
    return {
        version,
        tags,
        tagNames,
        labels,
        annotations,
        json: { tags, 'tag-names': tagNames, labels: Object.fromEntries(labels.map(splitKeyValue)), annotations },
        // Once each: three semver rules need not say three times that a tag is not semver.
        warnings: [...new Set(warnings)]
    };
}
/** {{raw}} alone: the one pattern a pre-release keeps (metadata-action's isRawStatement). */
function isRawOnly(pattern) {
    try {
        const parts = parseTemplate(pattern);
        return parts.length === 1 && typeof parts[0] !== 'string' && parts[0].name === 'raw';
    }
    catch {
        return false;
    }
}
const splitKeyValue = (entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)];
/** Later entries win on the same key; sorted by key, as metadata-action outputs them. */
function mergeByKey(entries) {
    const byKey = new Map(entries.filter(entry => entry.indexOf('=') > 0).map(splitKeyValue));
    return [...byKey].sort(([a], [b]) => a.localeCompare(b, 'en')).map(([key, value]) => `${key}=${value}`);
}

;// CONCATENATED MODULE: ./src/meta.ts


const META_INPUTS = ['meta-tags', 'meta-flavor', 'meta-labels', 'meta-annotations'];
function metaInputs(inputs) {
    return { images: inputs['meta-images'], tags: inputs['meta-tags'], flavor: inputs['meta-flavor'], labels: inputs['meta-labels'], annotations: inputs['meta-annotations'] };
}
/** The meta-* inputs' problems, found with the other input problems before anything runs. */
function metadataProblems(inputs) {
    if (inputs['meta-images'].length === 0) {
        const given = META_INPUTS.filter(name => inputs[name].length > 0);
        return given.length === 0 ? [] : [new inputs_errors/* InputError */.dz(given[0], `is given without meta-images`, 'Name the images to tag in meta-images (e.g. ghcr.io/acme/app); the rules apply to them.')];
    }
    return checkMetaRules(metaInputs(inputs));
}
/** The inputs with the generated metadata merged in; the metadata too, for the outputs. */
function applyMetadata(ctx, inputs, now) {
    if (inputs['meta-images'].length === 0)
        return { inputs };
    const eventFile = ctx.env.GITHUB_EVENT_PATH;
    const text = eventFile ? ctx.files.readText(eventFile) : undefined;
    let payload = {};
    try {
        payload = text ? JSON.parse(text) : {};
    }
    catch {
        // An unreadable event (a local run): the rules see what the GITHUB_* variables say.
    }
    const context = metaContext(ctx.env, payload, now);
    const meta = computeMetadata(metaInputs(inputs), context);
    const merged = withMetadata(inputs, meta);
    // A pull request is compared with the base branch's image under the same rules (its tag, prefix and suffix included).
    if (!merged['compare-to'] && context.baseRef) {
        const base = baseBranchTag(inputs, context);
        if (base)
            merged['compare-to'] = base;
    }
    return { inputs: merged, meta };
}
/** The first tag the rules give a push to the pull request's base branch, or undefined when they give none. */
function baseBranchTag(inputs, context) {
    const push = { ...context, eventName: 'push', ref: `refs/heads/${context.baseRef}`, baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined };
    try {
        return computeMetadata(metaInputs(inputs), push).tags.find(t => !t.endsWith(':latest'));
    }
    catch {
        return undefined;
    }
}
/** `key=value` → key; an annotation's key keeps its `level:` prefix, so levels are told apart. */
const keyOf = (entry) => entry.split('=')[0];
/**
 * Pure: the merge. Generated annotations go on the manifests and, for a multi-platform
 * image, on the index too (what a registry UI shows for the tag).
 */
function withMetadata(inputs, meta) {
    const userLabels = new Set(inputs.labels.map(keyOf));
    const generated = meta.annotations.flatMap(a => {
        const [level, rest] = /^[a-z-]+(\[[^\]]*\])?:/.test(a) ? [a.slice(0, a.indexOf(':')), a.slice(a.indexOf(':') + 1)] : ['manifest', a];
        return level === 'manifest' && inputs.platforms.length > 1 ? [`index:${rest}`, `manifest:${rest}`] : [`${level}:${rest}`];
    });
    const userAnnotations = new Set(inputs.annotations.map(a => (/^[a-z-]+(\[[^\]]*\])?:/.test(a) ? keyOf(a) : `manifest:${keyOf(a)}`)));
    return {
        ...inputs,
        tags: inputs.tags.length > 0 ? inputs.tags : meta.tags,
        labels: [...meta.labels.filter(l => !userLabels.has(keyOf(l))), ...inputs.labels],
        annotations: [...new Set(generated.filter(a => !userAnnotations.has(keyOf(a))))].concat(inputs.annotations)
    };
}

// EXTERNAL MODULE: ./src/buildx/setup.ts
var setup = __nccwpck_require__(9085);
// EXTERNAL MODULE: ./src/util/exec.ts + 1 modules
var util_exec = __nccwpck_require__(2817);
;// CONCATENATED MODULE: ./src/docker/binfmt.ts
/**
 * QEMU user-mode handlers in the kernel's binfmt_misc, seen and registered the way
 * docker/setup-qemu-action does: `docker run --privileged --rm <binfmt image> --install
 * <arch>`. The image registers each handler with the F flag, so the kernel keeps the
 * interpreter open and every container on the machine can use it afterwards.
 */




const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
/** QEMU's name for each architecture, as its handlers are called (`qemu-aarch64`). */
const QEMU_ARCH = {
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
function binfmtArch(platform) {
    try {
        const arch = (0,util_platform/* parsePlatform */.FL)(platform).architecture;
        return arch in QEMU_ARCH ? arch : undefined;
    }
    catch {
        return undefined;
    }
}
/** Whether the kernel has an enabled handler for the platform's binaries. */
function hasHandler(platform, dir = BINFMT_DIR) {
    const arch = binfmtArch(platform);
    if (!arch)
        return false;
    try {
        return external_node_fs_.readFileSync(external_node_path_.join(dir, `qemu-${QEMU_ARCH[arch]}`), 'utf8').split('\n')[0] === 'enabled';
    }
    catch {
        return false;
    }
}
/** Registers the handlers for the architectures (binfmt names); throws with docker's own words when it cannot. */
async function installHandlers(exec, image, archs) {
    await (0,util_exec/* execChecked */.$)(exec, 'docker', ['run', '--privileged', '--rm', image, '--install', archs.join(',')]);
}

// EXTERNAL MODULE: ./src/plan/builder.ts
var builder = __nccwpck_require__(4548);
;// CONCATENATED MODULE: ./src/dockerfile/emulation.ts
/**
 * Which stages of a Dockerfile run `RUN` steps under emulation (QEMU), per target
 * platform, as BuildKit's Dockerfile frontend (moby/buildkit frontend/dockerfile/
 * dockerfile2llb) would build them: only the stages the target reaches, each on the
 * platform BuildKit gives it. A stage's RUN steps need a QEMU handler when that
 * platform's binaries cannot run on the build machine; a compiler or package build
 * under emulation is where a multi-platform build loses most of its time. Pure: no I/O.
 */




function emulationReport(dockerfileText, options) {
    const dockerfile = (0,parse/* parseDockerfile */.Ai)(dockerfileText);
    const facts = dockerfile.stages.map(stage => stageFacts(stage.instructions, dockerfile.escape));
    const build = platformOrRaw(options.buildPlatform);
    const requested = options.platforms.map(p => p.trim()).filter(p => p !== '');
    const byPlatform = (requested.length > 0 ? requested : [options.buildPlatform.trim()]).map(platform => ({
        platform,
        stages: stagesFor(dockerfile, facts, platformOrRaw(platform), build, options)
    }));
    const needsEmulation = [...new Set(byPlatform.flatMap(p => p.stages.filter(s => s.emulated).map(s => s.runsOn)))];
    return { byPlatform, needsEmulation };
}
/** The built stages with a RUN step, for one target platform. */
function stagesFor(dockerfile, facts, target, build, options) {
    const { stages } = dockerfile;
    if (stages.length === 0)
        return [];
    const wanted = options.target?.toLowerCase();
    const targetIndex = wanted ? lastIndex(stages, s => s.name === wanted) : stages.length - 1;
    if (targetIndex < 0)
        return []; // BuildKit fails the build: nothing runs
    // The automatic platform args are known here, so FROM names and --platform values resolve fully (build args still win, as in BuildKit).
    const args = { ...automaticArgs(build, target, options.target || stages[stages.length - 1].name || 'default'), ...options.buildArgs };
    const parents = stages.map(stage => stageChain(dockerfile, stage.index, args)[1]);
    const built = new Set();
    const visit = (index) => {
        if (index === undefined || built.has(index) || !stages[index])
            return;
        built.add(index);
        visit(parents[index]);
        for (const source of facts[index].sources)
            visit(typeof source === 'number' ? source : lastIndex(stages, s => s.name === source));
    };
    visit(targetIndex);
    const result = [];
    for (const stage of stages) {
        if (!built.has(stage.index))
            continue;
        const parent = parents[stage.index];
        // BuildKit runs the direct parent stage's ONBUILD triggers first, at this stage's FROM.
        const runs = [...(parent === undefined ? [] : facts[parent].onbuildRuns), ...facts[stage.index].runs];
        if (runs.length === 0)
            continue;
        const runsOn = stagePlatform(dockerfile, stage.index, args, target);
        const entry = { index: stage.index, name: stage.name ?? `stage-${stage.index}`, line: stage.line, runsOn: (0,util_platform/* formatPlatform */.Bq)(runsOn), emulated: !runsNatively(runsOn, build) };
        const compiles = firstCompile(runs);
        if (compiles)
            entry.compiles = compiles;
        result.push(entry);
    }
    return result;
}
/**
 * The platform a stage runs on. BuildKit (dockerfile2llb's dispatchState.init) takes it from
 * the root of the stage's `FROM <stage>` chain: a child's own `--platform` is ignored
 * (moby/buildkit#2946), and so is the root's on `FROM scratch`, which gets the target platform
 * (moby/buildkit#5670 would change that). A value that does not resolve to a platform fails
 * BuildKit's build; here it reads as the target platform.
 */
function stagePlatform(dockerfile, stageIndex, args, target) {
    const written = stageBase(dockerfile, stageIndex, args)?.platform;
    return (written === undefined ? undefined : normalisePlatform(written)) ?? target;
}
/** BuildKit's automatic platform ARGs (its defaultArgs), from the normalised build and target platforms. */
function automaticArgs(build, target, targetStage) {
    return {
        BUILDPLATFORM: (0,util_platform/* formatPlatform */.Bq)(build),
        BUILDOS: build.os,
        BUILDOSVERSION: '',
        BUILDARCH: build.architecture,
        BUILDVARIANT: build.variant ?? '',
        TARGETPLATFORM: (0,util_platform/* formatPlatform */.Bq)(target),
        TARGETOS: target.os,
        TARGETOSVERSION: '',
        TARGETARCH: target.architecture,
        TARGETVARIANT: target.variant ?? '',
        TARGETSTAGE: targetStage
    };
}
/**
 * Can the build machine run this platform's binaries itself? Same architecture (any amd64
 * or arm64 variant), or 32-bit x86 on amd64. 32-bit arm on arm64 is not assumed: many arm64
 * CPUs cannot run it. On arm, a host runs its own and older variants.
 */
function runsNatively(platform, build) {
    if (platform.architecture === build.architecture) {
        return platform.architecture !== 'arm' || armLevel(platform) <= armLevel(build);
    }
    return platform.architecture === '386' && build.architecture === 'amd64';
}
function armLevel(platform) {
    const level = Number((platform.variant ?? 'v7').slice(1));
    return Number.isFinite(level) ? level : 7;
}
/**
 * `os/arch[/variant]` normalised as containerd does (platforms.Normalize): aliases
 * (`aarch64`, `x86_64`, `armhf`), `arm64/v8` → `arm64`, `amd64/v1` → `amd64`, `arm` → `arm/v7`,
 * and a bare architecture on linux. Undefined when it is no platform at all.
 */
function normalisePlatform(value) {
    const trimmed = value.trim().toLowerCase();
    if (trimmed === '')
        return undefined;
    const written = trimmed.includes('/') ? trimmed : `linux/${trimmed}`;
    let platform;
    try {
        platform = (0,util_platform/* parsePlatform */.FL)(written);
    }
    catch {
        // A platform util/platform.ts does not know (an unusual variant): kept as written when it has the shape.
        const parts = written.split('/');
        if (parts.length > 3 || parts.some(p => p === ''))
            return undefined;
        platform = parts[2] === undefined ? { os: parts[0], architecture: parts[1] } : { os: parts[0], architecture: parts[1], variant: parts[2] };
    }
    const { os, architecture } = platform;
    let variant = platform.variant;
    if (variant !== undefined && /^\d/.test(variant))
        variant = `v${variant}`;
    if (architecture === 'arm64' && (variant === 'v8' || variant === 'v8.0'))
        variant = undefined;
    if (architecture === 'arm64' && variant === 'v9.0')
        variant = 'v9';
    if (architecture === 'amd64' && variant === 'v1')
        variant = undefined;
    if (architecture === 'arm' && variant === undefined)
        variant = 'v7';
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}
/** A requested or build platform, normalised; an unreadable one is kept (lower-cased) as its architecture so nothing throws. */
function platformOrRaw(value) {
    return normalisePlatform(value) ?? { os: 'linux', architecture: value.trim().toLowerCase() };
}
function lastIndex(items, match) {
    for (let i = items.length - 1; i >= 0; i--)
        if (match(items[i]))
            return i;
    return -1;
}
function stageFacts(instructions, escape) {
    const facts = { runs: [], onbuildRuns: [], sources: [] };
    for (const ins of instructions) {
        const bodies = ins.heredocs.map(h => h.body);
        if (ins.keyword === 'RUN') {
            facts.runs.push({ line: ins.line, script: [commandText(ins.args), ...bodies].join('\n') });
            for (const flag of ins.flags) {
                const from = flag.startsWith('--mount=') ? mountFrom(flag.slice('--mount='.length)) : undefined;
                if (from !== undefined)
                    facts.sources.push(from.toLowerCase());
            }
        }
        else if (ins.keyword === 'COPY') {
            for (const flag of ins.flags) {
                if (!flag.startsWith('--from='))
                    continue;
                const from = flag.slice('--from='.length);
                // BuildKit refuses variables in --from; an index counts only as a whole number.
                if (from === '' || (0,expand/* expand */.fT)(from, escape, unsetLookup).text !== from)
                    continue;
                facts.sources.push(/^\d+$/.test(from) ? Number(from) : from.toLowerCase());
            }
        }
        else if (ins.keyword === 'ONBUILD') {
            // The trigger's own `--flags` stay in its text (the parser takes flags after ONBUILD only).
            const m = /^RUN(?:\s+--\S+)*(?:\s+|$)/i.exec(ins.args);
            if (m)
                facts.onbuildRuns.push({ line: ins.line, script: [commandText(ins.args.slice(m[0].length)), ...bodies].join('\n') });
        }
    }
    return facts;
}
const unsetLookup = () => ({ kind: 'unset' });
/**
 * The `from=` of one `--mount=` value (any mount type), as BuildKit reads it for the stage
 * graph: a CSV field, its key case-insensitive; a value with a variable is refused.
 */
function mountFrom(csv) {
    let from;
    for (const field of csvSplit(csv)) {
        const eq = field.indexOf('=');
        if (eq < 0 || field.slice(0, eq).trim().toLowerCase() !== 'from')
            continue;
        from = field.slice(eq + 1);
    }
    if (from === undefined || from === '')
        return undefined;
    const dollar = from.indexOf('$');
    return dollar !== -1 && dollar !== from.length - 1 ? undefined : from;
}
/** CSV fields, `"quoted"` ones unquoted (`""` a quote); lenient where a strict reader would fail. */
function csvSplit(line) {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted) {
            if (ch !== '"')
                field += ch;
            else if (line[i + 1] === '"')
                field += line[++i];
            else
                quoted = false;
        }
        else if (ch === '"')
            quoted = true;
        else if (ch === ',') {
            fields.push(field);
            field = '';
        }
        else
            field += ch;
    }
    fields.push(field);
    return fields;
}
/** A RUN's arguments as one command line: the exec (JSON) form joined with blanks. */
function commandText(args) {
    if (!args.trimStart().startsWith('['))
        return args;
    try {
        const value = JSON.parse(args);
        if (Array.isArray(value) && value.every(v => typeof v === 'string'))
            return value.join(' ');
    }
    catch {
        // not JSON: the shell form
    }
    return args;
}
function firstCompile(runs) {
    for (const run of runs) {
        for (const words of simpleCommands(run.script)) {
            const tool = compileTool(words);
            if (tool)
                return { line: run.line, tool };
        }
    }
    return undefined;
}
/**
 * The script cut into simple commands (at newlines, `&&`, `||`, `;`, `|`, `&`, parentheses,
 * backquotes), each as words with quotes dropped and comments cut off. Tools are matched
 * where a command starts, so `apk add gcc make` or `echo make sure` does not count as
 * compiling, while `cd src && make` and `sh -c "go build"` do.
 */
function simpleCommands(script) {
    return script
        .replace(/\\\r?\n/g, ' ')
        .split(/\r?\n|&&|\|\||[;|&()`]/)
        .map(segment => {
        const words = segment
            .replace(/["']/g, ' ')
            .split(/\s+/)
            .filter(w => w !== '');
        const comment = words.findIndex(w => w.startsWith('#'));
        return comment < 0 ? words : words.slice(0, comment);
    });
}
/** Words before the command itself: `VAR=x`, wrappers and shell keywords (a wrapper's own `-flags` too). */
const PREFIX_WORDS = new Set(['sudo', 'env', 'exec', 'time', 'nice', 'nohup', 'command', 'eval', 'ccache', 'if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '}']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const C_FAMILY = /^(?:[a-z0-9_.]+-)*(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|make|gmake|cmake)(?:-[0-9.]+)?$/;
const PIP = /^pip(?:3(?:\.\d+)?)?$/;
const PYTHON = /^python(?:3(?:\.\d+)?)?$/;
function compileTool(all) {
    let start = 0;
    let afterWrapper = false;
    while (start < all.length) {
        const word = all[start];
        if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || PREFIX_WORDS.has(word) || (afterWrapper && word.startsWith('-'))) {
            afterWrapper = PREFIX_WORDS.has(word) || (afterWrapper && word.startsWith('-'));
            start++;
        }
        else
            break;
    }
    const words = all.slice(start);
    if (words.length === 0)
        return undefined;
    const command = words[0].slice(words[0].lastIndexOf('/') + 1);
    const rest = words.slice(1);
    // `sh -c "..."`, `python -m pip ...` and `uv pip ...`: the command is what follows.
    if (SHELLS.has(command)) {
        const c = rest.findIndex(w => /^-[a-z]*c[a-z]*$/.test(w));
        return c < 0 ? undefined : compileTool(rest.slice(c + 1));
    }
    if (PYTHON.test(command) && rest[0] === '-m' && rest[1] !== undefined)
        return compileTool(rest.slice(1));
    if (command === 'uv' && rest[0] === 'pip')
        return compileTool(rest);
    const operands = rest.filter(w => !w.startsWith('-') && !w.startsWith('+'));
    const [sub, next] = operands;
    const runsBuild = sub === 'run' && next === 'build';
    if (command === 'go' && ['build', 'install', 'test'].includes(sub))
        return 'go';
    if (command === 'cargo' && ['build', 'install'].includes(sub))
        return 'cargo';
    if (C_FAMILY.test(command))
        return 'gcc/make';
    if (command === 'npm' && (['ci', 'install', 'i'].includes(sub) || runsBuild))
        return 'npm';
    if (command === 'yarn' && (sub === undefined || ['install', 'build'].includes(sub) || runsBuild))
        return 'npm';
    if (command === 'pnpm' && (['install', 'i', 'build'].includes(sub) || runsBuild))
        return 'npm';
    if (PIP.test(command) && ['install', 'wheel'].includes(sub))
        return 'pip';
    if (command === 'poetry' && sub === 'install')
        return 'pip';
    if (['mvn', 'mvnw', 'gradle', 'gradlew'].includes(command))
        return 'maven/gradle';
    if (command === 'dotnet' && ['build', 'publish'].includes(sub))
        return 'dotnet';
    return undefined;
}

;// CONCATENATED MODULE: ./src/plan/emulation.ts
/**
 * What the build will run under QEMU emulation, and what hoist says about it: which
 * platforms need a QEMU handler (and for which stages), a warning on each stage that
 * compiles under emulation, and the job summary's stage table. Pure: the Dockerfile
 * analysis is dockerfile/emulation.ts's; registering the handlers is docker/binfmt.ts's.
 */


/**
 * Measured here on the seeds' Go service (`npm run bench:emulation`): its builder stage
 * for linux/amd64 + linux/arm64, cold, cross-compiled against emulated.
 */
const EMULATION_FIGURE = 'the seeds’ Go service for linux/amd64 + linux/arm64 took 195.6 s cold with its compile stage emulated against 39.0 s cross-compiled (5.0×; npm run bench:emulation)';
/** How each tool cross-compiles from the build platform. */
const CROSS_COMPILE = {
    go: 'and build with GOOS=$TARGETOS GOARCH=$TARGETARCH (CGO_ENABLED=0)',
    cargo: 'and build with cargo build --target for $TARGETARCH (e.g. tonistiigi/xx gives the linker)',
    'gcc/make': 'and use a cross compiler for $TARGETARCH (e.g. tonistiigi/xx: xx-clang, xx-apt-get)',
    npm: 'and install dependencies there when they are pure JavaScript (native add-ons need a prebuilt binary for $TARGETARCH)',
    pip: 'and download wheels for the target there (pip download --platform, then install them in the target stage)',
    'maven/gradle': 'and build there: JVM bytecode is the same for every platform',
    dotnet: 'and publish there with -r linux-$TARGETARCH (musl- for Alpine)'
};
function planEmulation(dockerfileText, inputs, buildPlatform) {
    const report = emulationReport(dockerfileText, {
        // `local` is the build machine's own platform, as buildx reads it.
        platforms: inputs.platforms.map(p => (p.toLowerCase() === 'local' ? buildPlatform : p)),
        buildPlatform,
        ...(inputs.target ? { target: inputs.target } : {}),
        buildArgs: Object.fromEntries(inputs['build-args'].filter(a => a.includes('=')).map(inputs_attrs/* splitKeyValue */.px))
    });
    const needs = report.needsEmulation.map(platform => ({
        platform,
        stages: uniqueStages(report.byPlatform.flatMap(p => p.stages.filter(s => s.emulated && s.runsOn === platform)))
    }));
    const advice = [];
    for (const stage of uniqueStages(report.byPlatform.flatMap(p => p.stages.filter(s => s.emulated && s.compiles)))) {
        const compiles = stage.compiles;
        const targets = [...new Set(report.byPlatform.flatMap(p => p.stages.filter(s => s.index === stage.index && s.emulated).map(s => s.runsOn)))];
        advice.push({
            line: stage.line,
            title: 'compiling under emulation',
            message: `stage '${stage.name}' compiles with ${compiles.tool} (line ${compiles.line}) under QEMU emulation for ${targets.join(', ')}; ${EMULATION_FIGURE}. ` +
                `Cross-compile instead: FROM --platform=$BUILDPLATFORM on this stage, ${CROSS_COMPILE[compiles.tool] ?? 'and build for $TARGETOS/$TARGETARCH'}.`
        });
    }
    return { needs, advice, rows: stageRows(report.byPlatform) };
}
function uniqueStages(stages) {
    const seen = new Map();
    for (const s of stages)
        if (!seen.has(s.index))
            seen.set(s.index, s);
    return [...seen.values()];
}
function stageRows(byPlatform) {
    const rows = new Map();
    for (const { platform, stages } of byPlatform) {
        for (const s of stages) {
            const row = rows.get(s.index) ?? { stage: s.name, runsOn: [], emulatedFor: [] };
            if (!row.runsOn.includes(s.runsOn))
                row.runsOn.push(s.runsOn);
            if (s.emulated && !row.emulatedFor.includes(platform))
                row.emulatedFor.push(platform);
            rows.set(s.index, row);
        }
    }
    return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}
/**
 * Whether the builder runs on this machine, where hoist can see and register the
 * kernel's QEMU handlers: the Docker engine's builder and docker-container builders
 * (unless DOCKER_HOST points at another machine), and remote builders on a local socket.
 */
function builderOnThisMachine(builder, env) {
    const localAddress = (address) => address.startsWith('unix://') || /^tcp:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|$)/.test(address);
    if (builder.driver === 'docker' || builder.driver === 'docker-container')
        return !env.DOCKER_HOST || localAddress(env.DOCKER_HOST);
    if (builder.driver === 'remote')
        return (builder.endpoints ?? []).length > 0 && (builder.endpoints ?? []).every(localAddress);
    return false;
}
/** The platform this machine's own binaries are for, as buildx names it. */
function hostPlatform(arch) {
    const names = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm/v7', riscv64: 'riscv64', ppc64: 'ppc64le', s390x: 's390x', loong64: 'loong64' };
    return `linux/${names[arch] ?? arch}`;
}

;// CONCATENATED MODULE: ./src/setup.ts
/**
 * The build machine, made ready before the build as setup-qemu-action and
 * setup-buildx-action would in steps of their own: QEMU handlers only for the platforms
 * a stage runs RUN steps on under emulation (registered first, as BuildKit looks for
 * them when it starts), then a builder of hoist's own when the current one cannot do
 * what the inputs ask. Says what it did and why; a cross-compiling Dockerfile costs nothing.
 */






async function setUpBuildMachine(ctx, inputs, facts) {
    const plan = (0,builder/* planBuilderSetup */.k)(inputs, facts.builder, facts.github);
    const stages = await prepareEmulation(ctx, inputs, facts, plan);
    if (!plan)
        return { stagePlatforms: stages };
    return { builder: await setUpPlannedBuilder(ctx, plan, facts), stagePlatforms: stages };
}
/** Warns on each stage that compiles under emulation, and registers the QEMU handlers the build needs. */
async function prepareEmulation(ctx, inputs, facts, plan) {
    const { runner } = ctx;
    const file = (0,validate/* localDockerfile */.CR)(inputs);
    const text = file ? ctx.files.readText(file) : undefined;
    if (!file || text === undefined)
        return undefined;
    // The builder the build will run on: the one about to be set up (on this engine), or the current one.
    const builder = plan ? { driver: plan.driver, endpoints: plan.endpoint ? [plan.endpoint] : [], platforms: [] } : facts.builder;
    const local = builderOnThisMachine(builder, ctx.env);
    const buildPlatform = builder.platforms[0] ?? hostPlatform(process.arch);
    const emulation = planEmulation(text, inputs, buildPlatform);
    for (const a of emulation.advice)
        runner.warning(a.message, { file, startLine: a.line, title: a.title });
    if (emulation.needs.length === 0) {
        runner.info(`QEMU: not needed: every stage runs its RUN steps on ${buildPlatform}`);
        return emulation.rows;
    }
    const missing = emulation.needs.filter(n => (local ? !hasHandler(n.platform) : !builder.platforms.includes(n.platform)));
    if (missing.length === 0) {
        runner.info(`QEMU: ${emulation.needs.map(n => n.platform).join(', ')} already ${local ? 'registered on this machine' : 'listed by the builder'}`);
        return emulation.rows;
    }
    if (!local) {
        // Another machine's handlers are its own business; build-push-action would just try.
        runner.warning(`QEMU: ${describe(missing)}, which builder ${facts.builder.name} does not list; hoist cannot register QEMU on another machine. The build goes on; if it fails with "exec format error", install QEMU on the BuildKit host or cross-compile those stages.`);
        return emulation.rows;
    }
    const unknown = missing.filter(n => binfmtArch(n.platform) === undefined);
    if (unknown.length > 0)
        runner.warning(`QEMU: no emulator hoist knows for ${describe(unknown)}; the build goes on without one for them.`);
    const known = missing.filter(n => binfmtArch(n.platform) !== undefined);
    if (known.length === 0)
        return emulation.rows;
    const archs = known.map(n => binfmtArch(n.platform));
    const image = inputs['binfmt-image'];
    runner.info(`QEMU: registering ${archs.join(', ')} with ${image}: ${describe(known)}`);
    try {
        await installHandlers(ctx.exec, image, archs);
    }
    catch (e) {
        return emulationUnavailable(ctx, { driver: builder.driver, image }, known, e.message, emulation.rows);
    }
    const still = known.filter(n => !hasHandler(n.platform));
    if (still.length > 0)
        return emulationUnavailable(ctx, { driver: builder.driver, image }, still, `${image} ran, but the kernel has no handler for them afterwards`, emulation.rows);
    return emulation.rows;
}
/**
 * A docker-container builder's BuildKit image (moby/buildkit) carries QEMU emulators of
 * its own: that build may still work, slowly, as it does after setup-buildx-action alone.
 * Any other builder would fail at the first emulated RUN step: stop before building.
 */
function emulationUnavailable(ctx, how, missing, why, rows) {
    const fix = `Cross-compile those stages (FROM --platform=$BUILDPLATFORM with $TARGETOS/$TARGETARCH), or let ${how.image} run privileged to register QEMU (binfmt-image), or register it before hoist (docker/setup-qemu-action).`;
    const message = `cannot register QEMU for ${describe(missing)}: ${why}.`;
    if (how.driver !== 'docker-container')
        throw new Error(`${message} ${fix}`);
    ctx.runner.warning(`${message} The build goes on with the emulators in the BuildKit image, if it has them. ${fix}`);
    return rows;
}
/** `linux/arm64 (stage 'build', line 3)` for each platform. */
function describe(needs) {
    return needs.map(n => `${n.platform} (${n.stages.map(s => `stage '${s.name}', line ${s.line}`).join('; ')})`).join(', ');
}
/** Creates (or finds) the planned builder and starts booting it; the boot runs beside the cache lookups. */
async function setUpPlannedBuilder(ctx, plan, facts) {
    const { runner } = ctx;
    const started = Date.now();
    runner.info(`builder: setting up ${plan.name} (${plan.driver} driver): ${plan.why}`);
    const created = await (0,setup/* createBuilder */.Ij)(ctx.exec, plan, facts.tmpDir, ctx.env);
    // Only the step that created it removes it: post steps run last-first, so that one's comes after every step that reused it.
    if (created)
        state/* state */.w.saveBuilderToRemove(runner, plan.name);
    const ready = (0,setup/* bootBuilder */.cD)(ctx.exec, plan, created).then(booted => {
        facts.builder = { ...booted, engineLoadsMultiPlatform: facts.builder.engineLoadsMultiPlatform };
        const how = created ? `set up in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'reused from an earlier hoist step of this job';
        return {
            log: `builder ${plan.name} (${plan.driver} driver${booted.buildkitVersion ? `, BuildKit ${booted.buildkitVersion}` : ''}) ${how}`,
            note: `${plan.name} (${plan.driver} driver), ${how}: ${plan.why}`
        };
    });
    // Awaited later; a boot that fails before then must not count as unhandled.
    ready.catch(() => undefined);
    return { name: plan.name, created, ready };
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action's main step: one phase after another, each in its own log group.
 * inputs → facts → plan → cache → build → publish → report. Any error fails the step
 * with its message; everything that may only warn does so inside its phase.
 */



























async function run(ctx) {
    const { runner } = ctx;
    state/* state */.w.markMainStarted(runner);
    try {
        const given = parseInputs((name, trim) => runner.getInput(name, trim));
        maskSecrets(runner, given);
        // Every input problem is found before docker is asked anything, and all are said at once;
        // what build-push-action tolerates (an empty secret) is a warning, and the build goes on without it.
        const checked = (0,validate/* checkInputs */.sw)(given, ctx.files);
        for (const warning of checked.warnings)
            runner.warning(warning.message);
        const logins = registryLogins(given);
        const errors = [...checked.errors, ...metadataProblems(given), ...logins.problems];
        if (errors.length > 0)
            throw new inputs_errors/* InputErrors */.G(errors);
        let { inputs } = checked;
        const generated = applyMetadata(ctx, inputs, new Date());
        if (generated.meta)
            inputs = await runner.group('Metadata', async () => reportMetadata(runner, generated.inputs, generated.meta));
        const { facts, setup } = await runner.group('Builder', async () => {
            const facts = await gatherFacts(ctx, inputs);
            return { facts, setup: await setUpBuildMachine(ctx, inputs, facts) };
        });
        if (setup.builder)
            inputs = { ...inputs, builder: setup.builder.name };
        if (logins.logins.length > 0)
            await runner.group('Login', () => logIn(ctx, inputs, logins.logins, facts.tmpDir));
        const builderLimits = (0,validate/* builderProblems */.kV)(inputs, facts.builder);
        if (builderLimits.length > 0)
            throw new inputs_errors/* InputErrors */.G(builderLimits);
        for (const advice of cacheBustingAdvice(inputs, ctx.files))
            runner.warning(advice.message, { file: advice.file, startLine: advice.line, title: advice.title });
        if (needsActionsCache(inputs)) {
            const service = await checkCacheService(ctx.env);
            if (!service.usable)
                facts.actionsCacheUnusable = service.why;
        }
        const cache = resolveCache(inputs, facts);
        if (cache.unavailable)
            runner.warning(cache.unavailable);
        if (cache.directory)
            state/* state */.w.saveCacheDir(runner, cache.directory);
        // A builder hoist set up boots meanwhile; a new one holds no cache mounts, so the session need not ask it.
        const session = cache.mode === 'none' ? undefined : await runner.group('Cache', () => openCache(ctx, inputs, facts, cache, { newBuilder: setup.builder?.created }));
        const builderNote = setup.builder ? await runner.group('Builder ready', () => builderReady(runner, setup.builder)) : undefined;
        const stages = await buildStages(ctx, inputs, facts, cache, session);
        const plan = planBuild(inputs, facts, cache, { kind: 'image', readLocalCache: session?.localCacheRestored });
        const pushed = inputs.push && inputs.tags.length > 0;
        // Read the baseline while the build runs; for the default on push events it is
        // what the tag pointed at before this build overwrites it.
        const baseline = pushed ? readBaseline(ctx.registry, inputs['compare-to'], inputs.tags, facts.github) : undefined;
        const started = ctx.now();
        const progress = await runner.group('Build', () => runPlannedBuild(ctx, plan, startFor(ctx, session)));
        const durationMs = Math.round(ctx.now() - started);
        const hits = cacheHits(progress);
        if (session) {
            const stepsRan = hits.cached < hits.total || stages.some(s => s.hits.cached < s.hits.total);
            await runner.group('Save cache', () => saveCache(ctx, inputs, facts, cache, session, [...stages.map(s => s.progress), progress], stepsRan));
        }
        const metadata = (0,buildx_buildx/* parseMetadata */.jR)(ctx.files.readText(plan.metadataFile) ?? '');
        const imageId = plan.iidFile ? ctx.files.readText(plan.iidFile)?.trim() || undefined : undefined;
        if (imageId)
            runner.setOutput('imageid', imageId);
        if (metadata.digest)
            runner.setOutput('digest', metadata.digest);
        runner.setOutput('metadata', JSON.stringify(metadata.raw, null, 2));
        const reportStarted = ctx.now();
        const image = await runner.group('Publish', () => readBackPushed(runner, ctx.registry, pushed ? inputs.tags[0] : undefined, metadata.digest));
        const platformDigests = image ? digestsByPlatform(image) : {};
        runner.setOutput('platform-digests', JSON.stringify(platformDigests));
        const result = {
            tags: inputs.tags,
            pushed,
            digest: metadata.digest,
            imageId,
            platformDigests,
            durationMs,
            builder: builderNote,
            stagePlatforms: setup.stagePlatforms,
            cache: hits,
            cacheNotes: { ...session?.notes, ...stageNote(stages) }
        };
        const report = await runner.group('Report', async () => {
            const done = await reportBuild(runner, inputs, result, image, baseline);
            if (done.sizes)
                await commentOnPullRequest(runner, { enabled: inputs['pr-comment'], token: inputs['github-token'] }, facts.github, done.sizes);
            runner.info(`read back and reported in ${Math.round(ctx.now() - reportStarted)} ms`);
            const retries = ctx.registry.retryStats();
            if (retries.faults > 0) {
                runner.info(`registry: ${retries.faults} failed attempt(s) over ${retries.requestsRetried} request(s) retried, ${(retries.spentMs / 1000).toFixed(1)} s of the ${retries.budgetMs / 1000} s retry budget`);
            }
            return done;
        });
        if (report.gateFailures.length > 0)
            throw new Error(`size gate failed:\n  ${report.gateFailures.join('\n  ')}`);
    }
    catch (e) {
        runner.setFailed(e instanceof Error ? e.message : String(e));
    }
}
/** Mask every secret value before anything is logged (multi-line values line by line too). */
function maskSecrets(runner, inputs) {
    for (const value of secretValues(inputs)) {
        runner.setSecret(value);
        for (const line of value.split(/\r?\n/))
            if (line.trim().length > 0 && line !== value)
                runner.setSecret(line.trim());
    }
}
/** Says what the rules gave, sets the metadata outputs, and refuses a push they gave no tag for. */
function reportMetadata(runner, inputs, meta) {
    runner.info(`version: ${meta.version || '(none)'}`);
    runner.info(`tags:${meta.tags.map(t => `\n  ${t}`).join('') || ' (none)'}`);
    runner.info(`labels:${meta.labels.map(l => `\n  ${l}`).join('')}`);
    for (const warning of meta.warnings ?? [])
        runner.warning(`meta-tags: ${warning}`);
    if (inputs['compare-to'])
        runner.info(`sizes are compared with ${inputs['compare-to']}`);
    runner.setOutput('meta-json', JSON.stringify(meta.json));
    runner.setOutput('tags', meta.tags.join('\n'));
    runner.setOutput('labels', meta.labels.join('\n'));
    runner.setOutput('version', meta.version);
    if (inputs.push && inputs.tags.length === 0) {
        throw new inputs_errors/* InputErrors */.G([
            new inputs_errors/* InputError */.dz('meta-tags', `no rule gives a tag for this run (${inputs['meta-tags'].length ? 'the rules given' : "metadata-action's default rules"})`, 'Add a rule for this event (e.g. type=ref,event=branch or type=sha), or set push: false for it.')
        ]);
    }
    return inputs;
}
/** Waits for the builder hoist set up to answer, and says so. */
async function builderReady(runner, builder) {
    const { log, note } = await builder.ready;
    runner.info(log);
    return note;
}
/** What planning needs to know of the world: the builder, the workflow run, hoist's own temp directory. */
async function gatherFacts(ctx, inputs) {
    const { env, runner } = ctx;
    const temp = env.RUNNER_TEMP || external_node_os_.tmpdir();
    const tmpDir = external_node_fs_.mkdtempSync(external_node_path_.join(temp, 'hoist-'));
    state/* state */.w.saveTmpDir(runner, tmpDir);
    const builder = await builderFacts(ctx.exec, inputs.builder, env, inputs.load ? inputs.platforms.length : 0);
    runner.info(`builder ${builder.name} (${builder.driver} driver${builder.buildkitVersion ? `, BuildKit ${builder.buildkitVersion}` : ''})`);
    return {
        builder,
        github: readGitHubFacts(env),
        tmpDir,
        noDefaultAttestations: (0,util_boolean/* parseBool */.q)(env.BUILDX_NO_DEFAULT_ATTESTATIONS ?? '', 'go') === true,
        // The same path, spelled ~/.cache/hoist, on every runner: the Actions cache versions entries by path.
        cacheRoot: external_node_path_.join(env.HOME || external_node_os_.homedir(), '.cache', 'hoist')
    };
}


/***/ }),

/***/ 4548:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ createArgv),
/* harmony export */   k: () => (/* binding */ planBuilderSetup)
/* harmony export */ });
/* unused harmony export DEFAULT_BUILDKITD_FLAGS */
/* harmony import */ var _inputs_builder_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9438);
/* harmony import */ var _inputs_attrs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7953);
/* harmony import */ var _inputs_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6275);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5138);
/**
 * Whether hoist sets up a builder of its own, and which: what docker/setup-buildx-action
 * would have done in a step before. A hosted runner starts with the Docker engine's own
 * builder (the docker driver), which cannot build several platforms into one push,
 * export a cache other than inline, or attach attestations on the classic image store.
 * Pure: the decision and the `docker buildx create` argv; src/buildx/setup.ts runs them.
 */




/** setup-buildx-action's default buildkitd flags: builds may ask for `network: host` and `allow: security.insecure`. */
const DEFAULT_BUILDKITD_FLAGS = '--allow-insecure-entitlement security.insecure --allow-insecure-entitlement network.host';
/**
 * What the inputs ask that the Docker engine's own builder cannot do; empty when it can
 * do everything (then hoist sets nothing up and builds on it, as build-push-action would).
 */
function beyondEngineBuilder(inputs) {
    const asks = [];
    if (inputs.platforms.length > 1)
        asks.push(`${inputs.platforms.length} platforms`);
    const exports = inputs['cache-to'].map(cacheType).filter(type => type !== 'inline');
    if ((0,_inputs_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .isCacheMode */ .O1)(inputs.cache) && inputs.cache !== 'none')
        asks.push(`cache: ${inputs.cache}`);
    else if (exports.length > 0)
        asks.push(`a cache export (type=${exports[0]})`);
    const attests = [inputs.provenance, inputs.sbom].some(v => v !== '' && v !== 'false') || inputs.attests.length > 0;
    if (attests && inputs.push)
        asks.push('attestations on a pushed image');
    return asks;
}
/** A cache-to entry's type; a bare reference is a registry cache, as buildx reads it. */
function cacheType(entry) {
    try {
        const attrs = new Map((0,_inputs_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAttrs */ .O_)(entry));
        return attrs.get('type') ?? 'registry';
    }
    catch {
        return 'registry';
    }
}
/**
 * The builder hoist sets up, or undefined to build on `current`. A builder the user
 * named is never replaced; setup inputs (`driver`, `driver-opts`, …) always ask for one.
 */
function planBuilderSetup(inputs, current, github) {
    if (inputs.builder)
        return undefined;
    const given = (0,_inputs_builder_js__WEBPACK_IMPORTED_MODULE_0__/* .givenSetupInputs */ .c)(inputs);
    let why;
    if (given.length > 0) {
        why = `asked for by ${given.join(', ')}`;
    }
    else {
        if (current.driver !== 'docker')
            return undefined;
        const asks = beyondEngineBuilder(inputs);
        if (asks.length === 0)
            return undefined;
        why = `the Docker engine's own builder (${current.name}) cannot do ${asks.join(', ')}`;
    }
    const driver = inputs.driver || 'docker-container';
    // The host's network unless driver-opts says otherwise: a registry or service on the
    // runner's localhost is reached as the engine's own builder reaches it.
    const driverOpts = driver === 'docker-container' && !inputs['driver-opts'].some(o => o.startsWith('network=')) ? [...inputs['driver-opts'], 'network=host'] : inputs['driver-opts'];
    const setup = {
        driver,
        driverOpts,
        buildkitdFlags: inputs['buildkitd-flags'] || DEFAULT_BUILDKITD_FLAGS,
        ...(inputs['buildkitd-config'] ? { config: { file: inputs['buildkitd-config'] } } : inputs['buildkitd-config-inline'] ? { config: { inline: inputs['buildkitd-config-inline'] } } : {}),
        ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {})
    };
    // One job's steps with the same setup share it (and its cache); other jobs and runs get their own.
    const name = `hoist-${(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .shortHash */ .B)(github.runId, github.runAttempt, github.job, JSON.stringify(setup)).slice(0, 12)}`;
    return { name, why, ...setup };
}
/** `docker buildx create` for the setup; `configFile` is where an inline config was written. */
function createArgv(setup, configFile) {
    const argv = ['buildx', 'create', '--name', setup.name, '--driver', setup.driver];
    for (const opt of setup.driverOpts)
        argv.push('--driver-opt', opt);
    // The remote driver runs no daemon of its own: flags and config belong to whoever started it.
    if (setup.driver !== 'remote') {
        if (setup.buildkitdFlags)
            argv.push('--buildkitd-flags', setup.buildkitdFlags);
        const config = setup.config && 'file' in setup.config ? setup.config.file : configFile;
        if (config)
            argv.push('--buildkitd-config', config);
    }
    if (setup.endpoint)
        argv.push(setup.endpoint);
    return argv;
}


/***/ }),

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _buildx_setup_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9085);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2462);



/**
 * Cleanup after the job: the builder this step set up (its container and state volume),
 * hoist's temp files (secret files included), and the build's directory under the cache
 * root, which outlives the job on a self-hosted runner (the Actions cache holds what it
 * held). Runs even when the main step failed; never fails the job.
 */
async function post(ctx) {
    const { runner } = ctx;
    const builder = _state_js__WEBPACK_IMPORTED_MODULE_2__/* .state */ .w.builderToRemove(runner);
    if (builder) {
        try {
            await (0,_buildx_setup_js__WEBPACK_IMPORTED_MODULE_1__/* .removeBuilder */ .iq)(ctx.exec, builder);
            runner.info(`removed builder ${builder}`);
        }
        catch (e) {
            runner.warning(`cleanup: ${e.message}`);
        }
    }
    const dockerConfig = _state_js__WEBPACK_IMPORTED_MODULE_2__/* .state */ .w.dockerConfig(runner);
    if (dockerConfig && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dockerConfig)) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(dockerConfig, { recursive: true, force: true });
            runner.info('logged out: removed the docker config holding the logins');
        }
        catch (e) {
            runner.warning(`logout: ${e.message}`);
        }
    }
    for (const dir of [_state_js__WEBPACK_IMPORTED_MODULE_2__/* .state */ .w.tmpDir(runner), _state_js__WEBPACK_IMPORTED_MODULE_2__/* .state */ .w.cacheDir(runner)]) {
        try {
            if (dir && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dir)) {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(dir, { recursive: true, force: true });
                runner.info(`removed ${dir}`);
            }
        }
        catch (e) {
            runner.warning(`cleanup: ${e.message}`);
        }
    }
}


/***/ }),

/***/ 7481:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ dockerConfigCredentials),
/* harmony export */   x: () => (/* binding */ parseChallenge)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



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
/** The keys docker itself may have stored a host under. */
function configKeys(host) {
    if (host === 'docker.io' || host === 'registry-1.docker.io' || host === 'index.docker.io') {
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    }
    return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}
/**
 * Credentials the way `docker login` stored them: the config file's `auths`, then a
 * credential helper (credHelpers/credsStore), so hoist reads what docker/login-action wrote.
 */
function dockerConfigCredentials(run, configDir = () => process.env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(), '.docker')) {
    return async (host) => {
        let config;
        try {
            // Read at each use: hoist's own login points DOCKER_CONFIG at a config of its own after the client is made.
            const dir = typeof configDir === 'string' ? configDir : configDir();
            config = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'config.json'), 'utf8'));
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


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  gl: () => (/* reexport */ RegistryError),
  H3: () => (/* binding */ isAttestation),
  nw: () => (/* binding */ isIndex)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/registry/auth.ts
var auth = __nccwpck_require__(7481);
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
;// CONCATENATED MODULE: ./src/registry/http.ts


function header(response, name) {
    const value = response.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}
const REDIRECTS = 5;
const DEFAULT_TIMEOUT_MS = 30_000;
function timedOut(url, ms) {
    return Object.assign(new Error(`no complete answer from ${url.host} within ${(ms / 1000).toFixed(1)} s`), { code: 'ETIMEDOUT' });
}
/**
 * node:http(s) with keep-alive agents. Not the global fetch: its first use loads
 * undici (~35 ms) and its idle sockets keep the process alive ~70 ms after the
 * work is done, both paid on every run. HTTPS trusts NODE_EXTRA_CA_CERTS as node does.
 */
function nodeTransport() {
    const agents = { 'http:': new external_node_http_.Agent({ keepAlive: true, maxSockets: 16 }), 'https:': new external_node_https_.Agent({ keepAlive: true, maxSockets: 16 }) };
    const once = (url, request, timeoutMs) => new Promise((resolve, reject) => {
        const client = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        const req = client.request(url, { method: request.method ?? 'GET', headers: request.headers, agent: agents[url.protocol] }, res => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                clearTimeout(timer);
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
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
        req.end();
    });
    return async (url, request = {}) => {
        let current = url;
        let headers = request.headers ?? {};
        const deadline = Date.now() + (request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        for (let hop = 0; hop <= REDIRECTS; hop++) {
            const response = await once(current, { ...request, headers }, deadline - Date.now());
            const location = header(response, 'location');
            if (![301, 302, 303, 307, 308].includes(response.status) || !location)
                return response;
            const next = new URL(location, current);
            // Blob redirects go to storage (S3, a CDN) that must not see the registry's token.
            if (next.host !== current.host)
                headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
            current = next;
        }
        throw new Error(`too many redirects from ${url.host}`);
    };
}

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __nccwpck_require__(9310);
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
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
        if (reference.startsWith('sha256:') && reference !== digest) {
            throw new RegistryError(`manifest ${reference} from ${ref.domain}/${ref.path} has digest ${digest}: content does not match`);
        }
        const manifest = JSON.parse(body.toString('utf8'));
        const mediaType = manifest.mediaType ?? header(response, 'content-type')?.split(';')[0] ?? '';
        return { digest, mediaType, manifest, bytes: body.length };
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
    /** One exchange with a registry host; a loopback host that does not speak TLS is retried, once, over HTTP. */
    async send(host, pathAndQuery, headers, timeoutMs) {
        const scheme = this.schemes.get(host) ?? 'https';
        try {
            const response = await this.transport(new URL(`${scheme}://${host}${pathAndQuery}`), { headers, timeoutMs });
            this.schemes.set(host, scheme);
            return response;
        }
        catch (e) {
            // Not `!schemes.has(host)`: a request sent beside the first one meets the same TLS error after the first has already switched.
            if (scheme === 'https' && this.schemes.get(host) !== 'https' && isLoopbackHost(host) && speaksPlainHttp(e)) {
                this.schemes.set(host, 'http');
                return this.send(host, pathAndQuery, headers, timeoutMs);
            }
            throw describeTlsError(e, host);
        }
    }
    async request(ref, suffix, headers) {
        const host = (0,reference/* registryHost */.U$)(ref.domain);
        const pathAndQuery = `/v2/${ref.path}/${suffix}`;
        const scopeKey = `${host}/${ref.path}`;
        let authorization = this.tokens.get(scopeKey);
        for (let round = 0; round < 2; round++) {
            const response = await this.withRetries(`${host}/${ref.path}/${suffix}`, timeoutMs => this.send(host, pathAndQuery, { ...headers, ...(authorization ? { authorization } : {}) }, timeoutMs));
            if (response.status !== 401 || round === 1) {
                if (response.status >= 200 && response.status < 300)
                    return response;
                throw new RegistryError(describeFailure(response.status, host, ref.path, suffix, authorization !== undefined), response.status);
            }
            const challenge = (0,auth/* parseChallenge */.x)(header(response, 'www-authenticate') ?? '');
            authorization = await this.authorize(challenge, host, ref.path);
            this.tokens.set(scopeKey, authorization);
        }
        throw new RegistryError(`unreachable`);
    }
    async authorize(challenge, host, repository) {
        const credentials = await this.options.credentials?.(host);
        if (challenge?.scheme === 'basic') {
            if (!credentials)
                throw new RegistryError(`${host} requires a login: log in first (docker/login-action) or give hoist the registry credentials`, 401);
            return basic(credentials);
        }
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm) {
            throw new RegistryError(`${host} answered 401 without a usable WWW-Authenticate challenge`, 401);
        }
        const tokenUrl = new URL(challenge.params.realm);
        if (challenge.params.service)
            tokenUrl.searchParams.set('service', challenge.params.service);
        tokenUrl.searchParams.set('scope', challenge.params.scope ?? `repository:${repository}:pull`);
        const response = await this.withRetries(`${host}'s token service`, timeoutMs => this.transport(tokenUrl, { headers: credentials ? { authorization: basic(credentials) } : {}, timeoutMs }));
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
        const host = (0,reference/* registryHost */.U$)(domain);
        const ping = await this.withRetries(`${host}/v2/`, timeoutMs => this.send(host, '/v2/', {}, timeoutMs));
        if (ping.status >= 200 && ping.status < 300)
            return;
        if (ping.status !== 401)
            throw new RegistryError(`${host}/v2/ answered HTTP ${ping.status}`, ping.status);
        const challenge = (0,auth/* parseChallenge */.x)(header(ping, 'www-authenticate') ?? '');
        let response;
        if (challenge?.scheme === 'basic') {
            response = await this.withRetries(`${host}/v2/`, timeoutMs => this.send(host, '/v2/', { authorization: basic(credentials) }, timeoutMs));
        }
        else if (challenge?.scheme === 'bearer' && challenge.params.realm) {
            const tokenUrl = new URL(challenge.params.realm);
            if (challenge.params.service)
                tokenUrl.searchParams.set('service', challenge.params.service);
            tokenUrl.searchParams.set('account', credentials.username);
            response = await this.withRetries(`${host}'s token service`, timeoutMs => this.transport(tokenUrl, { headers: { authorization: basic(credentials) }, timeoutMs }));
        }
        else {
            throw new RegistryError(`${host} answered 401 without a usable WWW-Authenticate challenge`, 401);
        }
        if (response.status === 401 || response.status === 403)
            throw new RegistryError(`${host} refused the credentials for user '${credentials.username}' (HTTP ${response.status})`, response.status);
        if (response.status < 200 || response.status >= 300)
            throw new RegistryError(`${host} answered HTTP ${response.status} to the login`, response.status);
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
function describeFailure(status, host, path, suffix, authenticated) {
    if (status === 401 || status === 403) {
        return `${host} refused access to ${path} (HTTP ${status})${authenticated ? ': the credentials lack pull rights' : ': log in first'}`;
    }
    if (status === 404)
        return `${host}/${path}: ${suffix.split('/')[1]} not found (HTTP 404)`;
    return `${host}/${path}/${suffix} answered HTTP ${status}`;
}


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   TY: () => (/* binding */ branchTag),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const NAME_MAX = 255;
class InvalidReferenceError extends Error {
}
/** Parses and normalises `ref`; throws InvalidReferenceError saying what is wrong with it. */
function parseReference(ref) {
    const match = REFERENCE.exec(ref);
    if (!match) {
        throw new InvalidReferenceError(explainBadReference(ref));
    }
    const name = match[1];
    if (name.length > NAME_MAX) {
        throw new InvalidReferenceError(`repository name is longer than ${NAME_MAX} characters`);
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


/***/ }),

/***/ 1864:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   qc: () => (/* binding */ processRunner)
/* harmony export */ });
/* unused harmony exports escapeData, workflowCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The GitHub Actions runner protocol hoist speaks: inputs from INPUT_* variables,
 * file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY) and workflow
 * commands on stdout (::add-mask::, ::group::, ::error:: …).
 *
 * Written here rather than imported from @actions/core because that package pulls
 * an HTTP client into every start (~50 ms measured per node process, twice a job:
 * main and post), which alone would spend a sixth of hoist's overhead budget.
 */



/** `%`, CR and LF escaped as the runner expects in command data. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const ANNOTATION_KEYS = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col',
    endColumn: 'endColumn'
};
/** `::name key=value,…::data` */
function workflowCommand(name, data, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${ANNOTATION_KEYS[k]}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(data)}`;
}
/** One `name<<delimiter` entry of a file command, with a delimiter the value cannot contain. */
function fileCommandEntry(name, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`'${name}' collides with the file command delimiter`);
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
/** The runner of this process: environment in, files and stdout out. */
function processRunner(env = process.env, write = line => process.stdout.write(line + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL)) {
    const fileCommand = (variable, legacy, name, value) => {
        const file = env[variable];
        if (file)
            node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(file, fileCommandEntry(name, value), 'utf8');
        else
            write(`${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}::${legacy} name=${escapeProperty(name)}::${escapeData(value)}`);
    };
    const runner = {
        getInput: (name, trim) => {
            const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
            return trim ? value.trim() : value;
        },
        setOutput: (name, value) => fileCommand('GITHUB_OUTPUT', 'set-output', name, value),
        saveState: (name, value) => fileCommand('GITHUB_STATE', 'save-state', name, value),
        getState: name => env[`STATE_${name}`] ?? '',
        setSecret: value => write(workflowCommand('add-mask', value)),
        exportVariable: (name, value) => {
            env[name] = value;
            fileCommand('GITHUB_ENV', 'set-env', name, value);
        },
        info: message => write(message),
        warning: (message, annotation) => write(workflowCommand('warning', message, annotation)),
        error: (message, annotation) => write(workflowCommand('error', message, annotation)),
        group: async (name, fn) => {
            write(workflowCommand('group', name));
            try {
                return await fn();
            }
            finally {
                write(workflowCommand('endgroup', ''));
            }
        },
        appendSummary: markdown => {
            if (env.GITHUB_STEP_SUMMARY)
                node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(env.GITHUB_STEP_SUMMARY, markdown, 'utf8');
        },
        setFailed: message => {
            process.exitCode = 1;
            runner.error(message);
        }
    };
    return runner;
}


/***/ }),

/***/ 2462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ state)
/* harmony export */ });
/** What main hands to post, by name, so both sides agree on the keys. */
const KEYS = { isPost: 'isPost', tmpDir: 'tmpDir', cacheDir: 'cacheDir', builderToRemove: 'builderToRemove', dockerConfig: 'dockerConfig' };
const state = {
    markMainStarted: (r) => r.saveState(KEYS.isPost, 'true'),
    isPost: (r) => r.getState(KEYS.isPost) === 'true',
    saveTmpDir: (r, dir) => r.saveState(KEYS.tmpDir, dir),
    tmpDir: (r) => r.getState(KEYS.tmpDir),
    saveCacheDir: (r, dir) => r.saveState(KEYS.cacheDir, dir),
    cacheDir: (r) => r.getState(KEYS.cacheDir),
    /** The builder this step set up: its post step removes it. */
    saveBuilderToRemove: (r, name) => r.saveState(KEYS.builderToRemove, name),
    builderToRemove: (r) => r.getState(KEYS.builderToRemove),
    /** hoist's own docker config (its logins): the post step removes it. */
    saveDockerConfig: (r, dir) => r.saveState(KEYS.dockerConfig, dir),
    dockerConfig: (r) => r.getState(KEYS.dockerConfig)
};


/***/ }),

/***/ 5024:
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
 */
const YAML_WORDS = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
const GO_WORDS = { ...YAML_WORDS, '1': true, t: true, T: true, '0': false, f: false, F: false };
/** True or false for a boolean word of the grammar; undefined for anything else. */
function parseBool(value, grammar) {
    const words = grammar === 'yaml' ? YAML_WORDS : GO_WORDS;
    return Object.hasOwn(words, value) ? words[value] : undefined;
}


/***/ }),

/***/ 1671:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   KW: () => (/* binding */ parseIncrease),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Sizes in bytes, read from inputs and written for people. */
const UNITS = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
/** `20MB`, `20 MB`, `19.5MiB`, `1048576` → bytes; undefined when it is not a size. */
function parseSize(text) {
    const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?$/i.exec(text.trim());
    if (!m)
        return undefined;
    return Math.round(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]);
}
/** `10%` or a size; undefined when it is neither. */
function parseIncrease(text) {
    const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(text.trim());
    if (pct)
        return { percent: Number(pct[1]) };
    const bytes = parseSize(text);
    return bytes === undefined ? undefined : { bytes };
}
/** Decimal units (MB = 10^6), one decimal, as registries bill and `docker images` shows. */
function formatBytes(bytes) {
    const abs = Math.abs(bytes);
    if (abs >= 1e9)
        return `${(bytes / 1e9).toFixed(1)} GB`;
    if (abs >= 1e6)
        return `${(bytes / 1e6).toFixed(1)} MB`;
    if (abs >= 1e3)
        return `${(bytes / 1e3).toFixed(1)} kB`;
    return `${bytes} B`;
}


/***/ }),

/***/ 2817:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec),
  $: () => (/* binding */ execChecked)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/util/exec.ts

const exec = (command, args, options = {}) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
        env: options.env ?? process.env,
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
    child.stdin.end(options.input ?? '');
});
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


/***/ }),

/***/ 5138:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ shortHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** 16 hex digits of the sha256 of the parts: a short, stable name for a build or a key. */
function shortHash(...parts) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const p of parts)
        hash.update(p).update('\0');
    return hash.digest('hex').slice(0, 16);
}


/***/ }),

/***/ 8245:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Wk: () => (/* binding */ PlatformError)
/* harmony export */ });
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(333);
/**
 * Platform strings as buildx accepts them (containerd's platforms.Parse), checked
 * up front so a typo fails in a second instead of after a long build.
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
function parsePlatform(value) {
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
        const d = (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .editDistance */ .YC)(value.toLowerCase(), candidate);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return bestDistance <= 3 ? `; did you mean '${best}'?` : `; e.g. ${COMMON_PLATFORMS.slice(0, 3).join(', ')}`;
}


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
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
function didYouMean(word, candidates) {
    const near = closest(word, candidates);
    return near ? `; did you mean ${near}?` : '';
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 7493:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(7493);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(7493);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  q: () => (/* binding */ parse)
});

// UNUSED EXPORTS: CsvError

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


const parse = function (data, opts = {}) {
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
