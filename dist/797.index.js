export const id = 797;
export const ids = [797];
export const modules = {

/***/ 26797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyseFiles: () => (/* binding */ analyseFiles),
  analyseFilesOrWarn: () => (/* binding */ analyseFilesOrWarn),
  sayAnalysis: () => (/* binding */ sayAnalysis)
});

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/util/bytes.ts
var util_bytes = __webpack_require__(1671);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
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
function unpackerFor(mediaType, unpackers = external_node_zlib_, nodeVersion = process.version) {
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
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const counted = new external_node_stream_.Transform({
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
    await (how.unpack ? (0,promises_.pipeline)(source, counted, how.unpack(), sink) : (0,promises_.pipeline)(source, counted, sink));
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
    const scans = await scanAll(source, (0,reference/* parseReference */.F2)(image.reference), [...distinct.values()], options);
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
        runner.info(`size-analysis: read the files of ${read.length} layer(s) (${(0,util_bytes/* formatBytes */.z3)(bytes)} downloaded) in ${((now() - started) / 1000).toFixed(1)} s`);
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


/***/ })

};
