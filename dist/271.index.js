export const id = 271;
export const ids = [271];
export const modules = {

/***/ 52271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  merge: () => (/* binding */ merge)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/exec.ts + 1 modules
var util_exec = __webpack_require__(62817);
;// CONCATENATED MODULE: ./src/buildx/imagetools.ts
/** `docker buildx imagetools create`: an index made of images already in the registry, pushed under its tags. */


/** Runs the planned argv (plan/distribute.ts) and returns the digest of the index it pushed. */
async function createIndex(exec, argv, metadataFile) {
    await (0,util_exec/* execChecked */.$h)(exec, 'docker', argv);
    const metadata = JSON.parse(external_node_fs_.readFileSync(metadataFile, 'utf8'));
    const digest = metadata['containerimage.descriptor']?.digest;
    if (!digest)
        throw new Error(`docker buildx imagetools create wrote no digest to ${metadataFile}`);
    return digest;
}

// EXTERNAL MODULE: ./src/github/artifacts.ts
var github_artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/plan/distribute.ts
var distribute = __webpack_require__(29616);
// EXTERNAL MODULE: ./src/readback/inspect.ts
var inspect = __webpack_require__(91855);
// EXTERNAL MODULE: ./src/registry/client.ts
var client = __webpack_require__(32440);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/util/platform.ts
var util_platform = __webpack_require__(88245);
;// CONCATENATED MODULE: ./src/phases/merge.ts
/**
 * The merge phase of a build spread over a matrix of runners (plan/distribute.ts says
 * what and why): the platform jobs' hand-offs gathered and checked, then the index
 * created. Nothing is tagged until every platform is there and readable in every
 * repository, and until the size baseline (what the tags point at now) is read.
 */









/**
 * The merge job: gathers, checks and creates the index (only once `beforeTagging`, the
 * size baseline, is read); sets the digest and metadata outputs; returns what the report needs.
 */
async function merge(ports, job, beforeTagging) {
    const { runner } = ports;
    const { inputs } = job;
    const started = ports.now();
    const merged = await runner.group('Merge', () => mergePlatforms(ports, inputs, job.facts, beforeTagging));
    const durationMs = Math.round(ports.now() - started);
    runner.info(`merged ${merged.sources.length} platform job(s) into ${merged.digest} in ${durationMs} ms`);
    runner.setOutput('digest', merged.digest);
    runner.setOutput('metadata', JSON.stringify({ 'containerimage.digest': merged.digest, 'image.name': inputs.tags.join(',') }, null, 2));
    return { digest: merged.digest, mergedFrom: merged.sources.map(s => `${s.platforms.join(', ')} from ${(0,distribute/* jobAndAttempt */.EM)(s)}`), durationMs };
}
/**
 * Gathers the platform jobs' digests, checks that every platform in `platforms` is there
 * and that each digest is in every repository with the platforms it claims, and only
 * then (and after `beforeTagging`) creates the index under every tag (one
 * `imagetools create` per repository).
 */
async function mergePlatforms(ports, inputs, facts, beforeTagging) {
    const { runner } = ports;
    const images = (0,distribute/* imageRepositories */.MC)(inputs.tags);
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(facts.tmpDir, 'merge-'));
    let since = ports.now();
    const took = () => {
        const ms = Math.round(ports.now() - since);
        since = ports.now();
        return `${ms} ms`;
    };
    const artifacts = await (0,github_artifacts/* downloadFiles */.Si)((0,distribute/* handOffPrefix */.Pl)(images), { services: ports.env.actions });
    runner.info(`gathered ${artifacts.length} hand-off(s) from the run's artifacts in ${took()}`);
    const handOffs = artifacts.map(a => {
        const text = a.files[distribute/* HANDOFF_FILE */.YH];
        if (text === undefined)
            throw new Error(`cannot merge: artifact ${a.name} holds no ${distribute/* HANDOFF_FILE */.YH}; no tag was created or moved`);
        try {
            return (0,distribute/* parseHandOff */.qr)(text, `artifact ${a.name}`);
        }
        catch (e) {
            throw new Error(`cannot merge: ${e.message}; no tag was created or moved`);
        }
    });
    const plan = (0,distribute/* planMerge */.Yc)(inputs.platforms, images, handOffs);
    for (const why of plan.ignored)
        runner.warning(`merge: left out ${why}`);
    if (plan.missing.length > 0) {
        throw new Error(`cannot merge: no digest was handed on for ${plan.missing.join(', ')} in this run (found: ${handOffs.flatMap(h => h.platforms).join(', ') || 'none'}). ` +
            `The platform job for ${plan.missing.length > 1 ? 'each' : 'it'} (distribute: platform, platforms: ${plan.missing.join(' / ')}) failed, was skipped, or pushed nothing; re-run it, then this job. No tag was created or moved.`);
    }
    for (const s of plan.sources)
        runner.info(`${s.platforms.join(', ')}: ${s.digest} from ${(0,distribute/* jobAndAttempt */.EM)(s)}`);
    await Promise.all(images.flatMap(image => plan.sources.map(source => checkSource(ports, image, source))));
    runner.info(`checked ${plan.sources.length} digest(s) in ${images.length} repositor${images.length === 1 ? 'y' : 'ies'} in ${took()}`);
    // What the tags point at now must be read before they move (the size baseline).
    await beforeTagging;
    const annotations = (0,distribute/* indexAnnotations */.nM)(inputs.annotations);
    const digests = await Promise.all(images.map((image, i) => {
        const metadataFile = external_node_path_.join(dir, `index-${i}.json`);
        return createIndex(ports.exec, (0,distribute/* imagetoolsArgv */.fg)(image, inputs.tags, plan.sources, annotations, metadataFile), metadataFile);
    }));
    runner.info(`created the index under ${inputs.tags.length} tag(s) in ${took()}`);
    return { digest: digests[0], sources: plan.sources };
}
/** The digest is in the repository and holds the platforms its job says: else the merge stops, naming both. */
async function checkSource(ports, image, source) {
    const ref = (0,reference/* parseReference */.F2)(image);
    const fail = (why) => new Error(`cannot merge: ${source.platforms.join(', ')} from ${(0,distribute/* jobAndAttempt */.EM)(source)}: ${image}@${source.digest} ${why}. Re-run that job, then this one. No tag was created or moved.`);
    let found;
    try {
        const top = await ports.registry.getManifest(ref, source.digest);
        if ((0,client/* isIndex */.nw)(top.mediaType, top.manifest)) {
            found = (top.manifest.manifests ?? []).filter(d => !(0,client/* isAttestation */.H3)(d) && d.platform).map(d => (0,util_platform/* formatPlatform */.Bq)(d.platform));
        }
        else {
            const platform = (0,inspect/* configPlatform */.Ko)(JSON.parse((await ports.registry.getBlob(ref, top.manifest.config.digest)).toString('utf8')));
            found = platform ? [(0,util_platform/* formatPlatform */.Bq)(platform)] : [];
        }
    }
    catch (e) {
        throw fail(`cannot be read: ${e.message}`);
    }
    const absent = source.platforms.filter(p => !found.includes(p));
    if (absent.length > 0)
        throw fail(`holds ${found.join(', ') || 'no platform'}, not ${absent.join(', ')}`);
}


/***/ })

};
