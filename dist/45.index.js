export const id = 45;
export const ids = [45];
export const modules = {

/***/ 35045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mu: () => (/* binding */ isReportProblem),
/* harmony export */   REPORT_FILE: () => (/* binding */ REPORT_FILE),
/* harmony export */   REPORT_MAX_BYTES: () => (/* binding */ REPORT_MAX_BYTES),
/* harmony export */   REPORT_SCHEMA: () => (/* binding */ REPORT_SCHEMA),
/* harmony export */   Yl: () => (/* binding */ checkSharedReport),
/* harmony export */   mX: () => (/* binding */ isReportArtifactName),
/* harmony export */   pf: () => (/* binding */ REPORT_ARTIFACT_PREFIX),
/* harmony export */   reportArtifactName: () => (/* binding */ reportArtifactName),
/* harmony export */   sharedLayers: () => (/* binding */ sharedLayers)
/* harmony export */ });
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79310);
/* harmony import */ var _util_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1671);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95138);
/* harmony import */ var _util_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88245);
/**
 * The size report of a pull request from a fork, carried to the base repository's
 * `workflow_run` job: the fork's run cannot comment (its token is read-only), so it saves
 * this as an artifact; `comment-only: true` in the base repository posts it. The artifact
 * is made by code from the fork, so the comment job trusts none of it: it checks the shape,
 * that it is for the pull request and commit of the run that triggered it, that every number
 * is a plausible size and every name a valid one, and it renders the comment itself from
 * the numbers (the markdown the fork's run wrote is never posted). No string is posted as it
 * came: each has a length cap and a form, and a gate's limit is written afresh from its
 * number (padding would otherwise carry the comment past GitHub's 65,536 characters).
 * The image's layers and history travel too (`layers`), so that the comment job can work out
 * the "What changed" table itself (report/fork-changes.ts): they are checked against the
 * sizes they must add up to, and the Dockerfile path and target are checked to be plain. Pure.
 */




const REPORT_SCHEMA = 'hoist/size-report@1';
/** The file in the artifact. */
const REPORT_FILE = 'size-report.json';
/** The artifact's name starts with this, then the image and job it is for. */
const REPORT_ARTIFACT_PREFIX = 'hoist-size-report-';
const REPORT_ARTIFACT_NAME = new RegExp(`^${REPORT_ARTIFACT_PREFIX}[0-9a-f]{12}$`);
/** The artifact a run saves its report of `image` in, from job `job`: the prefix and 12 hex digits. */
function reportArtifactName(image, job) {
    return `${REPORT_ARTIFACT_PREFIX}${(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .shortHash */ .B)(image, job).slice(0, 12)}`;
}
/** Whether `name` is of the form reportArtifactName gives; the comment job reads no other. */
function isReportArtifactName(name) {
    return REPORT_ARTIFACT_NAME.test(name);
}
/** A report with a few platforms is a few kB; anything near this is not one. */
const REPORT_MAX_BYTES = 256 * 1024;
/** The layers of `image` as a fork's run saves them. */
function sharedLayers(image, target, contexts) {
    return {
        target,
        contexts,
        platforms: Object.fromEntries(image.platforms.map(p => [p.platform, { config: { digest: p.config.digest, size: p.config.size }, layers: p.layers.map(l => ({ digest: l.digest, size: l.size })), history: p.history ?? [] }]))
    };
}
const SHA = /^[0-9a-f]{40}$/;
const JOB = /^[A-Za-z0-9_.-]{1,100}$/;
/** The longest image reference posted: a name (255), a tag (128) and a sha256 digest fit. */
const REFERENCE_MAX = 512;
/** The longest platform name read (`linux/arm64/v8.9` is 16). */
const PLATFORM_MAX = 64;
/** The longest gate limit read, once trimmed (`19.5MiB`, `10%`). */
const LIMIT_MAX = 32;
/** A percentage limit above this is not one (10,000 times the size). */
const PERCENT_MAX = 1e6;
/** At most this many layers and history entries per platform (BuildKit stops at 127 layers); they bound the comparison's work. */
const LAYERS_MAX = 500;
const HISTORY_MAX = 1000;
/** A stage name as BuildKit takes it (`FROM … AS name`, case-insensitive). */
const STAGE = /^[A-Za-z][A-Za-z0-9_.-]{0,127}$/;
/** A `build-contexts` name: an image name or a word. */
const CONTEXT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:/@-]{0,254}$/;
/** A part of a plain path: what a link and the contents API take as is, and Markdown shows as written. */
const PATH_PART = /^[A-Za-z0-9._+-]+$/;
const PATH_MAX = 255;
class ReportProblem extends Error {
}
function fail(why) {
    throw new ReportProblem(why);
}
function record(value, what) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        fail(`${what} is not an object`);
    return value;
}
/** A byte count: an integer from 0 to 10^13 (10 TB). */
function bytes(value, what) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1e13)
        fail(`${what} is not a size in bytes`);
    return value;
}
function optionalBytes(value, what) {
    return value === null || value === undefined ? undefined : bytes(value, what);
}
/** A signed change in bytes, within ±10^13. */
function change(value, what) {
    if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > 1e13)
        fail(`${what} is not a change in bytes`);
    return value;
}
function imageName(value) {
    if (typeof value !== 'string' || value.length > 255)
        fail('image is not an image name');
    try {
        if ((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(value).digest)
            fail('image carries a digest');
    }
    catch (e) {
        if (e instanceof ReportProblem)
            throw e;
        fail('image is not an image name');
    }
    return value;
}
function platformName(value) {
    if (value.length > PLATFORM_MAX)
        fail(`a platform name is longer than ${PLATFORM_MAX} characters`);
    try {
        return (0,_util_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)((0,_util_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlatform */ .FL)(value));
    }
    catch {
        fail(`'${value.slice(0, 40)}' is not a platform`);
    }
}
/** The size report, rebuilt from the `sizes` JSON with every field checked. */
function sizesReport(value) {
    const s = record(value, 'sizes');
    const platforms = Object.entries(record(s.platforms, 'sizes.platforms'));
    if (platforms.length === 0 || platforms.length > 64)
        fail('sizes.platforms does not hold 1 to 64 platforms');
    if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha256Digest */ .q9)(s.digest))
        fail('sizes.digest is not a sha256 digest');
    const rows = platforms.map(([name, v]) => {
        const p = record(v, `sizes.platforms.${name.slice(0, 40)}`);
        const platform = platformName(name);
        if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha256Digest */ .q9)(p.digest))
            fail(`the digest of ${platform} is not a sha256 digest`);
        const row = { platform, digest: p.digest, compressed: bytes(p.compressed, `${platform} compressed`), layers: bytes(p.layers, `${platform} layers`) };
        const uncompressed = optionalBytes(p.uncompressed, `${platform} uncompressed`);
        if (uncompressed !== undefined)
            row.uncompressed = uncompressed;
        if (p.base !== null && p.base !== undefined) {
            const b = record(p.base, `${platform} base`);
            if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha256Digest */ .q9)(b.digest))
                fail(`the base digest of ${platform} is not a sha256 digest`);
            row.base = { platform, digest: b.digest, compressed: bytes(b.compressed, `${platform} base compressed`), layers: bytes(b.layers, `${platform} base layers`) };
            const baseUncompressed = optionalBytes(b.uncompressed, `${platform} base uncompressed`);
            if (baseUncompressed !== undefined)
                row.base.uncompressed = baseUncompressed;
            // The change is worked out again: the numbers must agree with themselves.
            const delta = row.compressed - row.base.compressed;
            if (p.delta !== null && p.delta !== undefined && change(record(p.delta, `${platform} delta`).bytes, `${platform} delta`) !== delta)
                fail(`the change of ${platform} does not match its sizes`);
            row.delta = row.base.compressed > 0 ? { bytes: delta, percent: (delta / row.base.compressed) * 100 } : { bytes: delta };
        }
        return row;
    });
    const baseline = record(s.baseline, 'sizes.baseline');
    const reference = baseline.reference === undefined || baseline.reference === null ? undefined : baselineReference(baseline.reference);
    const found = baseline.found === true && reference !== undefined;
    const attestations = record(s.attestations, 'sizes.attestations');
    const report = {
        image: imageName(s.image),
        source: s.source === 'registry' ? 'registry' : 'build',
        digest: s.digest,
        platforms: rows,
        removed: [],
        registryBytes: bytes(s.registryBytes, 'sizes.registryBytes'),
        attestations: { count: bytes(attestations.count, 'sizes.attestations.count'), bytes: bytes(attestations.bytes, 'sizes.attestations.bytes') },
        // The fork's words for a missing baseline are not repeated.
        baseline: found ? { reference, found: true } : { ...(reference ? { reference } : {}), found: false, reason: 'none was found' },
        layerChanges: {}
    };
    if (s.registryDelta !== null && s.registryDelta !== undefined)
        report.registryDelta = { bytes: change(s.registryDelta, 'sizes.registryDelta') };
    const gates = (Array.isArray(s.gates) ? s.gates : []).slice(0, 2).map((g) => {
        const gate = record(g, 'a gate');
        if (gate.name !== 'max-size' && gate.name !== 'max-size-increase')
            fail('a gate has an unknown name');
        return { name: gate.name, limit: gateLimit(gate.name, gate.limit), ...(typeof gate.passed === 'boolean' ? { passed: gate.passed } : {}), failures: [] };
    });
    return { report, gates };
}
/** The Dockerfile's path from the repository's root, when it is a plain one: parts of letters, digits and `._+-`, none `.` or `..`. */
function isPlainPath(value) {
    const parts = value.split('/');
    return value.length <= PATH_MAX && parts.every(p => PATH_PART.test(p) && p !== '.' && p !== '..');
}
/** The layers the fork's run read, each platform's adding up to the compressed size its row says. */
function checkedLayers(value, dockerfile, rows) {
    if (value === null || value === undefined)
        return undefined;
    const v = record(value, 'layers');
    if (dockerfile !== null && dockerfile !== undefined && (typeof dockerfile !== 'string' || !isPlainPath(dockerfile)))
        fail(`sizes.dockerfile is not a plain path in the repository (parts of letters, digits and ._+-, none . or .., at most ${PATH_MAX} characters)`);
    if (typeof v.target !== 'string' || (v.target !== '' && !STAGE.test(v.target)))
        fail('layers.target is not a stage name');
    if (!Array.isArray(v.contexts) || v.contexts.length > 64)
        fail('layers.contexts is not a list of at most 64 names');
    // A name only tells a FROM of another build from a base image: one of another form is not a FROM hoist can match, and is dropped.
    const contexts = v.contexts.filter((c) => typeof c === 'string' && CONTEXT_NAME.test(c));
    const images = Object.entries(record(v.platforms, 'layers.platforms')).map(([name, p]) => {
        const platform = platformName(name);
        const row = rows.find(r => r.platform === platform);
        if (!row)
            fail(`layers.platforms names ${platform}, which sizes.platforms does not`);
        const image = record(p, `the layers of ${platform}`);
        const config = record(image.config, `the config of ${platform}`);
        if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha256Digest */ .q9)(config.digest))
            fail(`the config digest of ${platform} is not a sha256 digest`);
        if (!Array.isArray(image.layers) || image.layers.length > LAYERS_MAX)
            fail(`the layers of ${platform} are not a list of at most ${LAYERS_MAX}`);
        const layers = image.layers.map((l, i) => {
            const layer = record(l, `layer ${i + 1} of ${platform}`);
            if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha256Digest */ .q9)(layer.digest))
                fail(`layer ${i + 1} of ${platform} has no sha256 digest`);
            return { digest: layer.digest, size: bytes(layer.size, `layer ${i + 1} of ${platform}`), mediaType: '' };
        });
        const configSize = bytes(config.size, `the config of ${platform}`);
        // The sizes posted and the layers compared are one image: they must add up.
        if (layers.length !== row.layers || configSize + layers.reduce((s, l) => s + l.size, 0) !== row.compressed)
            fail(`the layers of ${platform} do not add up to its size`);
        if (!Array.isArray(image.history) || image.history.length > HISTORY_MAX)
            fail(`the history of ${platform} is not a list of at most ${HISTORY_MAX}`);
        const history = image.history.map((h) => {
            const entry = record(h, `a history entry of ${platform}`);
            if (typeof entry.createdBy !== 'string' || typeof entry.emptyLayer !== 'boolean')
                fail(`a history entry of ${platform} is not one`);
            return { createdBy: entry.createdBy, emptyLayer: entry.emptyLayer };
        });
        return { platform, digest: row.digest, manifestBytes: 0, config: { digest: config.digest, size: configSize }, layers, history };
    });
    return { ...(typeof dockerfile === 'string' ? { dockerfile } : {}), target: v.target, contexts, images };
}
/** The baseline's reference: at most REFERENCE_MAX characters, a valid reference, and its digest (if any) a sha256 one. */
function baselineReference(value) {
    if (typeof value !== 'string')
        fail('sizes.baseline.reference is not an image reference');
    if (value.length > REFERENCE_MAX)
        fail(`sizes.baseline.reference is longer than ${REFERENCE_MAX} characters`);
    let digest;
    try {
        digest = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(value).digest;
    }
    catch {
        fail('sizes.baseline.reference is not an image reference');
    }
    if (digest !== undefined && !(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha256Digest */ .q9)(digest))
        fail('sizes.baseline.reference carries a digest that is not a sha256 digest');
    return value;
}
/**
 * A gate's limit, written afresh from the number it parses to (`10 %` → `10%`, `1048576` →
 * `1MiB`): whatever padding or spelling the fork sent, what is posted is hoist's own text.
 */
function gateLimit(name, value) {
    const text = typeof value === 'string' ? value.trim() : '';
    const increase = text.length > LIMIT_MAX ? undefined : name === 'max-size' ? asBytes((0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSize */ .DB)(text)) : (0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIncrease */ .KW)(text);
    if (increase !== undefined) {
        if ('percent' in increase && increase.percent <= PERCENT_MAX)
            return `${increase.percent}%`;
        if ('bytes' in increase && Number.isSafeInteger(increase.bytes) && increase.bytes <= 1e13)
            return sizeLimit(increase.bytes);
    }
    fail(`the ${name} gate's limit is not one`);
}
function asBytes(bytes) {
    return bytes === undefined ? undefined : { bytes };
}
/** Bytes in the largest unit that divides them (`20MB`, `1MiB`, `1500MB`), else plain bytes: the same number when read again. */
function sizeLimit(bytes) {
    const units = [
        ['GiB', 1024 ** 3],
        ['GB', 1e9],
        ['MiB', 1024 ** 2],
        ['MB', 1e6],
        ['KiB', 1024],
        ['kB', 1e3]
    ];
    const unit = units.find(([, n]) => bytes >= n && bytes % n === 0);
    return unit ? `${bytes / unit[1]}${unit[0]}` : `${bytes}B`;
}
/** Reads and checks a report artifact's file against the run that triggered the comment job; throws with what is wrong. */
function checkSharedReport(text, expected) {
    if (Buffer.byteLength(text) > REPORT_MAX_BYTES)
        fail(`it is ${Buffer.byteLength(text)} bytes, more than a size report (at most ${REPORT_MAX_BYTES})`);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        fail('it is not JSON');
    }
    const v = record(value, 'the report');
    if (v.schema !== REPORT_SCHEMA)
        fail(`it is not a ${REPORT_SCHEMA} report`);
    if (typeof v.pullRequest !== 'number' || !Number.isInteger(v.pullRequest) || v.pullRequest < 1)
        fail('it names no pull request number');
    if (typeof v.headSha !== 'string' || !SHA.test(v.headSha))
        fail('it names no head commit');
    if (v.headSha !== expected.headSha)
        fail(`it is for commit ${v.headSha}, but the run that triggered this job built ${expected.headSha}`);
    if (expected.pullRequests.length > 0 && !expected.pullRequests.includes(v.pullRequest)) {
        fail(`it is for pull request #${v.pullRequest}, but the run that triggered this job is for #${expected.pullRequests.join(', #')}`);
    }
    if (typeof v.job !== 'string' || !JOB.test(v.job))
        fail('it names no job');
    const sized = sizesReport(v.sizes);
    const layers = checkedLayers(v.layers, v.sizes.dockerfile, sized.report.platforms);
    return { pullRequest: v.pullRequest, headSha: v.headSha, job: v.job, ...sized, ...(layers ? { layers } : {}) };
}
/** Whether an error is a check that failed (said as is) rather than a fault. */
function isReportProblem(e) {
    return e instanceof ReportProblem;
}


/***/ })

};
