export const id = 380;
export const ids = [380,45];
export const modules = {

/***/ 74380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentOnly: () => (/* binding */ commentOnly)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_artifacts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4616);
/* harmony import */ var _github_comment_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47318);
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91318);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27405);
/* harmony import */ var _report_shared_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35045);
/* harmony import */ var _runner_state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6003);
/**
 * `comment-only: true`: the second half of a fork's pull request report. In the base
 * repository a `workflow_run` job (triggered when the pull request's workflow completes,
 * with `pull-requests: write`) downloads the size report the fork's run saved, checks it
 * (report/shared.ts: its content comes from the fork's code) and upserts the comment. It
 * builds nothing and runs nothing from the fork.
 */








const MAX_REPORTS = 20;
async function commentOnly(ports, inputs) {
    const { runner } = ports;
    const github = ports.env.workflow;
    const run = github.workflowRun;
    if (!run) {
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputErrors */ .G([
            new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('comment-only', `needs a workflow_run event, not ${github.eventName || 'none'}`, 'Run it in a workflow triggered by on: workflow_run (types: [completed]) of the workflow that builds the pull request.')
        ]);
    }
    if (!inputs['github-token'])
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputErrors */ .G([
            new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('github-token', 'is empty, but comment-only reads the run and writes the comment with it', 'Leave it at its default (github.token), with permissions actions: read and pull-requests: write.')
        ]);
    const [repositoryOwner, repositoryName] = github.repository.split('/');
    const dir = node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join((0,_runner_state_js__WEBPACK_IMPORTED_MODULE_6__/* .privateTmpDir */ .E)(runner, ports.env.runnerTemp), 'reports-'));
    let artifacts;
    try {
        artifacts = await (0,_github_artifacts_js__WEBPACK_IMPORTED_MODULE_2__/* .downloadFiles */ .Si)(_report_shared_js__WEBPACK_IMPORTED_MODULE_5__.REPORT_ARTIFACT_PREFIX, dir, {
            fromRun: { token: inputs['github-token'], workflowRunId: run.id, repositoryOwner, repositoryName },
            maxBytes: _report_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_MAX_BYTES */ .AU
        });
    }
    catch (e) {
        throw new Error(`the size reports of run ${run.id} were refused: ${e.message}. No comment was written.`);
    }
    // One report per image and job: a run with more is not one of ours.
    if (artifacts.length > MAX_REPORTS)
        throw new Error(`run ${run.id} has ${artifacts.length} size report artifacts, more than the ${MAX_REPORTS} a workflow makes; none was posted.`);
    if (artifacts.length === 0) {
        runner.info(`run ${run.id} saved no size report (it pushed, commented itself, or measured nothing): nothing to post`);
        return;
    }
    for (const artifact of artifacts) {
        let checked;
        try {
            const text = artifact.files[_report_shared_js__WEBPACK_IMPORTED_MODULE_5__.REPORT_FILE];
            if (text === undefined)
                throw new Error(`it holds no ${_report_shared_js__WEBPACK_IMPORTED_MODULE_5__.REPORT_FILE}`);
            checked = (0,_report_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .checkSharedReport */ .Yl)(text, { headSha: run.headSha, pullRequests: run.pullRequests });
            // A fork's run lists no pull request: the API says which commit the named one is at.
            if (run.pullRequests.length === 0) {
                const head = await (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_7__/* .pullRequestHead */ .Ju)(inputs['github-token'], github, checked.pullRequest);
                if (head !== run.headSha)
                    throw new Error(`it is for pull request #${checked.pullRequest}, whose head is ${head ?? 'unknown (no such pull request)'}, not ${run.headSha}, the commit the run built`);
            }
        }
        catch (e) {
            const why = (0,_report_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .isReportProblem */ .Mu)(e) || !e.status ? e.message : `the pull request could not be read: ${e.message}`;
            throw new Error(`artifact ${artifact.name} of run ${run.id} was refused: ${why}. No comment was written.`);
        }
        const body = `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .sizeMarkdown */ .Tt)(checked.report, checked.gates)}\n_Measured by the pull request's run ${run.id} at ${checked.headSha.slice(0, 7)}; posted from the base repository._\n`;
        const done = await (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_7__/* .postReportComment */ .u3)(inputs['github-token'], github, { pullRequest: checked.pullRequest, image: checked.report.image, job: checked.job }, body);
        runner.info(`${done.action} the size comment on pull request #${checked.pullRequest} from run ${run.id}: ${done.url}`);
    }
}


/***/ }),

/***/ 35045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ REPORT_MAX_BYTES),
/* harmony export */   Mu: () => (/* binding */ isReportProblem),
/* harmony export */   REPORT_ARTIFACT_PREFIX: () => (/* binding */ REPORT_ARTIFACT_PREFIX),
/* harmony export */   REPORT_FILE: () => (/* binding */ REPORT_FILE),
/* harmony export */   REPORT_SCHEMA: () => (/* binding */ REPORT_SCHEMA),
/* harmony export */   Yl: () => (/* binding */ checkSharedReport)
/* harmony export */ });
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79310);
/* harmony import */ var _util_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1671);
/* harmony import */ var _util_platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88245);
/**
 * The size report of a pull request from a fork, carried to the base repository's
 * `workflow_run` job: the fork's run cannot comment (its token is read-only), so it saves
 * this as an artifact; `comment-only: true` in the base repository posts it. The artifact
 * is made by code from the fork, so the comment job trusts none of it: it checks the shape,
 * that it is for the pull request and commit of the run that triggered it, that every number
 * is a plausible size and every name a valid one, and it renders the comment itself from
 * the numbers (the markdown the fork's run wrote is never posted). Pure.
 */



const REPORT_SCHEMA = 'hoist/size-report@1';
/** The file in the artifact. */
const REPORT_FILE = 'size-report.json';
/** The artifact's name starts with this, then the image and job it is for. */
const REPORT_ARTIFACT_PREFIX = 'hoist-size-report-';
/** A report with a few platforms is a few kB; anything near this is not one. */
const REPORT_MAX_BYTES = 256 * 1024;
const SHA = /^[0-9a-f]{40}$/;
const JOB = /^[A-Za-z0-9_.-]{1,100}$/;
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
    try {
        return (0,_util_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)((0,_util_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatform */ .FL)(value));
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
    let reference;
    if (baseline.reference !== undefined && baseline.reference !== null) {
        if (typeof baseline.reference !== 'string')
            fail('sizes.baseline.reference is not an image reference');
        try {
            (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(baseline.reference);
        }
        catch {
            fail('sizes.baseline.reference is not an image reference');
        }
        reference = baseline.reference;
    }
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
        baseline: found ? { reference: reference, found: true } : { ...(reference ? { reference } : {}), found: false, reason: 'none was found' },
        layerChanges: {}
    };
    if (s.registryDelta !== null && s.registryDelta !== undefined)
        report.registryDelta = { bytes: change(s.registryDelta, 'sizes.registryDelta') };
    const gates = (Array.isArray(s.gates) ? s.gates : []).slice(0, 2).map((g) => {
        const gate = record(g, 'a gate');
        if (gate.name !== 'max-size' && gate.name !== 'max-size-increase')
            fail('a gate has an unknown name');
        const limit = typeof gate.limit === 'string' ? gate.limit : '';
        if ((gate.name === 'max-size' ? (0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSize */ .DB)(limit) : (0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIncrease */ .KW)(limit)) === undefined)
            fail(`the ${gate.name} gate's limit is not one`);
        return { name: gate.name, limit, ...(typeof gate.passed === 'boolean' ? { passed: gate.passed } : {}), failures: [] };
    });
    return { report, gates };
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
    return { pullRequest: v.pullRequest, headSha: v.headSha, job: v.job, ...sizesReport(v.sizes) };
}
/** Whether an error is a check that failed (said as is) rather than a fault. */
function isReportProblem(e) {
    return e instanceof ReportProblem;
}


/***/ })

};
