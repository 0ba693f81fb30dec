import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 11826:
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
/* harmony import */ var _util_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(88245);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(62817);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(64840);



/** `github.com/docker/buildx v0.36.1 abc123` → `v0.36.1`; unstamped builds (v0.0.0+unknown) → undefined. */
function parseBuildxVersion(stdout) {
    const m = /\bv?(\d+\.\d+\.\d+[^\s]*)/.exec(stdout);
    if (!m || m[1].startsWith('0.0.0'))
        return undefined;
    return `v${m[1]}`;
}
async function buildxVersion(run) {
    const { stdout } = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .execChecked */ .$h)(run, 'docker', ['buildx', 'version']);
    return parseBuildxVersion(stdout);
}
/** Reads `docker buildx inspect` text: name, driver, the union of node platforms, BuildKit version, each node. */
function parseInspect(stdout) {
    const facts = { name: '', driver: '', platforms: [] };
    let node;
    for (const line of stdout.split('\n')) {
        const m = /^([A-Za-z][A-Za-z ]*?):\s*(.*)$/.exec(line);
        if (!m)
            continue;
        const [, key] = m;
        const value = m[2].trim();
        if (key === 'Nodes') {
            facts.nodes = [];
        }
        else if (key === 'Name' && facts.nodes) {
            node = { name: value, endpoint: '', status: '', platforms: [], declared: [] };
            facts.nodes.push(node);
        }
        else if (key === 'Name')
            facts.name = value;
        else if (key === 'Driver' && !facts.nodes)
            facts.driver = value;
        else if (key === 'Endpoint' && facts.nodes) {
            (facts.endpoints ??= []).push(value);
            if (node)
                node.endpoint = value;
        }
        else if (key === 'Status' && node)
            node.status = value;
        else if (key === 'BuildKit version' || key === 'Buildkit') {
            if (!facts.buildkitVersion && /^v?\d+\.\d+\.\d+/.test(value) && !value.replace(/^v/, '').startsWith('0.0.0')) {
                facts.buildkitVersion = value;
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
                    if (node && !node.platforms.includes(normal))
                        node.platforms.push(normal);
                    if (node && p.trim().endsWith('*'))
                        node.declared.push(normal);
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
        warnings: (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWarnings */ .X)(raw['buildx.build.warnings']),
        mediaType: descriptor?.mediaType,
        imageName: raw['image.name'],
        ref: typeof raw['buildx.build.ref'] === 'string' ? raw['buildx.build.ref'] : undefined,
        raw
    };
}


/***/ }),

/***/ 64840:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseWarnings),
/* harmony export */   m: () => (/* binding */ parseFailure)
/* harmony export */ });
/**
 * What BuildKit says about the Dockerfile, in the forms buildx hands it over: the build
 * checks' warnings (`buildx.build.warnings` in the metadata file, written when
 * BUILDX_METADATA_WARNINGS is set, as docker/build-push-action sets it) and, for a failed
 * build, the failing step, its last lines of output and its place in the Dockerfile, from
 * buildx's plain progress. Pure parsing; main.ts turns them into annotations.
 */
const fromBase64 = (value) => Buffer.from(value, 'base64').toString('utf8');
/** The metadata file's `buildx.build.warnings`: base64 texts, a source file name and a line range each. */
function parseWarnings(raw) {
    if (!Array.isArray(raw))
        return [];
    return raw.flatMap(w => {
        if (typeof w?.short !== 'string')
            return [];
        const short = fromBase64(w.short).trim();
        const colon = short.indexOf(': ');
        const warning = {
            rule: colon > 0 ? short.slice(0, colon) : short,
            description: colon > 0 ? short.slice(colon + 2) : short,
            detail: (w.detail ?? []).filter(d => typeof d === 'string').map(fromBase64)
        };
        if (typeof w.url === 'string' && w.url)
            warning.url = w.url;
        if (typeof w.sourceInfo?.filename === 'string')
            warning.file = w.sourceInfo.filename;
        const range = w.range?.[0];
        if (typeof range?.start?.line === 'number')
            warning.startLine = range.start.line;
        if (typeof range?.end?.line === 'number')
            warning.endLine = range.end.line;
        return [warning];
    });
}
/** `[linux/arm64 build 3/3] RUN …` → its platform and stage (either may be absent). */
function stepParts(name) {
    const m = /^\[(.*?) ?\d+\/\d+\]/.exec(name);
    if (!m)
        return {};
    const parts = m[1].split(' ').filter(Boolean);
    const platform = parts.find(p => p.includes('/'));
    const stage = parts.find(p => !p.includes('/'));
    return { ...(platform ? { platform } : {}), ...(stage ? { stage } : {}) };
}
/**
 * The failure in buildx's plain progress (`#9 ERROR: …` on a step, the `------ > [step]:`
 * block with its last lines, and the `Dockerfile:3` excerpt); undefined when no step failed.
 */
function parseFailure(progress) {
    const lines = progress.split('\n');
    const names = new Map();
    let failed;
    for (const line of lines) {
        const named = /^#(\d+) (\[.*)$/.exec(line);
        if (named && !names.has(named[1]))
            names.set(named[1], named[2]);
        const error = /^#(\d+) ERROR: (.*)$/.exec(line);
        if (error && !failed && names.has(error[1]))
            failed = { id: error[1], message: error[2].trim() };
    }
    if (!failed)
        return undefined;
    const step = names.get(failed.id);
    const failure = { step, ...stepParts(step), message: failed.message, lastLines: [] };
    // buildx repeats the step's last lines between `------` rules: ` > [step]:` then the lines.
    const header = lines.findIndex(l => l.startsWith(' > ') && l.slice(3).replace(/:$/, '') === step);
    if (header >= 0) {
        for (let i = header + 1; i < lines.length && lines[i] !== '------'; i++)
            failure.lastLines.push(lines[i].replace(/^\d+\.\d+ /, ''));
    }
    else {
        failure.lastLines = lines.flatMap(l => (l.startsWith(`#${failed.id} `) ? (/^#\d+ \d+\.\d+ (.*)$/.exec(l)?.[1] ?? []) : [])).slice(-10);
    }
    for (let i = 0; i + 1 < lines.length; i++) {
        const at = /^(\S+):(\d+)$/.exec(lines[i]);
        if (at && /^-{10,}$/.test(lines[i + 1])) {
            failure.file = at[1];
            failure.line = Number(at[2]);
            break;
        }
    }
    return failure;
}


/***/ }),

/***/ 99085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ createBuilder),
/* harmony export */   cD: () => (/* binding */ bootBuilder),
/* harmony export */   iq: () => (/* binding */ removeBuilder),
/* harmony export */   nY: () => (/* binding */ useBuilder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _plan_builder_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(64548);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(62817);
/* harmony import */ var _buildx_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(11826);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(59013);
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
    if ((0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .readStoredBuilder */ .J)(setup.name, env))
        return false;
    let configFile;
    if (setup.config && 'inline' in setup.config) {
        configFile = node_path__WEBPACK_IMPORTED_MODULE_2__.join(tmpDir, 'buildkitd.toml');
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(configFile, setup.config.inline);
    }
    await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .execChecked */ .$h)(exec, 'docker', (0,_plan_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .createArgv */ .X)(setup, configFile));
    for (const node of setup.nodes)
        await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .execChecked */ .$h)(exec, 'docker', (0,_plan_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .appendArgv */ .X6)(setup, node));
    return true;
}
/**
 * Starts the builder's BuildKit (the container, pulling its image the first time) and
 * waits until it answers: the slow part, run while the cache is looked up. A builder this
 * step created and that did not start is removed again.
 */
async function bootBuilder(exec, setup, created) {
    // buildx waits 20 s for a node that does not answer and then names none: ask each address first.
    const endpoints = [setup.endpoint, ...setup.nodes.map(n => n.endpoint)].filter((e) => e !== undefined);
    const unreachable = (await Promise.all(endpoints.map(async (e) => ({ endpoint: e, why: await probeEndpoint(e) })))).filter(p => p.why);
    if (unreachable.length > 0) {
        if (created)
            await exec('docker', ['buildx', 'rm', setup.name]);
        throw new Error(`the builder hoist set up cannot reach ${unreachable.map(u => `${u.endpoint} (${u.why})`).join(', ')}. Check that its BuildKit is running and that this runner can reach it (endpoint, append).`);
    }
    const boot = await exec('docker', ['buildx', 'inspect', '--bootstrap', '--builder', setup.name]);
    if (boot.exitCode !== 0) {
        const down = setup.nodes.length > 0 ? await nodesDown(exec, setup.name) : [];
        if (created)
            await exec('docker', ['buildx', 'rm', setup.name]);
        if (down.length > 0)
            throw new Error(`the builder hoist set up did not start: ${down.join(', ')} did not answer. Check the endpoint and driver-opts of each.`);
        const detail = (boot.stderr.trim() || boot.stdout.trim()).split('\n').slice(-3).join('\n');
        throw new Error(`the ${setup.driver} builder hoist set up did not start: ${detail}. ` +
            (setup.driver === 'docker-container'
                ? "Check that the Docker engine can run the BuildKit image (driver-opts: image=…) and that the runner's user may use docker."
                : 'Check the endpoint and driver-opts.'));
    }
    const facts = (0,_buildx_js__WEBPACK_IMPORTED_MODULE_5__/* .parseInspect */ .E7)(boot.stdout);
    return { ...facts, name: facts.name || setup.name };
}
/** The nodes buildx does not list as running: `name (endpoint): status`. */
async function nodesDown(exec, name) {
    const inspect = await exec('docker', ['buildx', 'inspect', name]);
    const nodes = inspect.exitCode === 0 ? ((0,_buildx_js__WEBPACK_IMPORTED_MODULE_5__/* .parseInspect */ .E7)(inspect.stdout).nodes ?? []) : [];
    return nodes.filter(n => n.status !== 'running').map(n => `node ${n.name} (${n.endpoint})${n.status ? `: ${n.status}` : ''}`);
}
/**
 * Connects to a `unix://` or `tcp://` BuildKit address and hangs up: the reason it cannot
 * be reached, or undefined. Other addresses (docker contexts, ssh://) are left to buildx.
 */
async function probeEndpoint(endpoint, timeoutMs = 5000) {
    let target;
    if (endpoint.startsWith('unix://'))
        target = { path: endpoint.slice('unix://'.length) };
    else if (endpoint.startsWith('tcp://')) {
        const url = new URL(endpoint);
        target = { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port) || 1234 };
    }
    else
        return undefined;
    return new Promise(resolve => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_1__.connect(target);
        const done = (why) => {
            socket.destroy();
            resolve(why);
        };
        socket.setTimeout(timeoutMs, () => done(`no answer in ${timeoutMs / 1000} s`));
        socket.once('connect', () => done());
        socket.once('error', (e) => done(e.code === 'ENOENT' ? 'no such socket' : e.code === 'ECONNREFUSED' ? 'connection refused' : e.message));
    });
}
/** Removes a builder hoist set up, with its container, and its state volume unless `keepState`. */
async function removeBuilder(exec, name, keepState = false) {
    await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .execChecked */ .$h)(exec, 'docker', (0,_plan_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .removeArgv */ .pt)(name, keepState));
}
/** Makes the builder the current one for later steps (setup-buildx-action's `use`, its `create --use`). */
async function useBuilder(exec, name) {
    await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .execChecked */ .$h)(exec, 'docker', ['buildx', 'use', name]);
}


/***/ }),

/***/ 59013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readStoredBuilder),
/* harmony export */   U: () => (/* binding */ selectedBuilderName)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_platform_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(88245);
/** Follows docker/buildx v0.36.1: store/store.go, store/nodegroup.go, store/storeutil/storeutil.go. */



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
    if (env.buildxBuilder)
        return env.buildxBuilder;
    const current = readJson(node_path__WEBPACK_IMPORTED_MODULE_1__.join(env.buildxConfig, 'current'));
    return current?.Name || 'default';
}
/** The stored builder, or undefined when buildx has no record of it (the `default` docker builder, contexts). */
function readStoredBuilder(name, env) {
    // buildx keeps instance files under a sanitised, lower-cased name.
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(env.buildxConfig, 'instances', name.toLowerCase().replace(/[^a-z0-9_.-]/g, '_'));
    const stored = readJson(file);
    if (!stored?.Driver || !Array.isArray(stored.Nodes))
        return undefined;
    return {
        name: stored.Name ?? name,
        driver: stored.Driver,
        nodes: stored.Nodes.map(n => ({
            name: n.Name ?? '',
            endpoint: n.Endpoint ?? '',
            platforms: (n.Platforms ?? []).map(p => (0,_util_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)({ os: p.OS ?? p.os ?? '', architecture: p.Architecture ?? p.architecture ?? '', variant: p.Variant ?? p.variant }))
        }))
    };
}


/***/ }),

/***/ 70656:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rv: () => (/* binding */ removeScopedLogins),
/* harmony export */   _D: () => (/* binding */ writeDockerConfig),
/* harmony export */   oY: () => (/* binding */ writeScopedLogins)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plan_login_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(59790);
/* harmony import */ var _registry_auth_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(27481);
/**
 * A docker config of hoist's own for its logins (docker/login-action writes the user's
 * ~/.docker/config.json instead): the user's config copied (other logins and settings
 * stay), these logins added as `auths`, and the CLI plugins linked so `docker buildx`
 * is still found. The credentials never pass through argv. A login with a `scope` goes
 * instead to the config of buildx's for that scope (login-action's scopeToConfigDir),
 * and the post step takes it out again, as login-action's `docker logout` does.
 */




function writeDockerConfig(dir, userDir, logins) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(dir, { recursive: true, mode: 0o700 });
    let config = {};
    try {
        config = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(userDir, 'config.json'), 'utf8'));
    }
    catch {
        // No config yet (a new runner): start empty.
    }
    const auths = { ...(config.auths ?? {}) };
    const credHelpers = { ...(config.credHelpers ?? {}) };
    for (const login of logins.filter(l => !l.scope)) {
        const key = (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_3__/* .loginKey */ .H$)(login.registry);
        auths[key] = { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') };
        // A helper for this registry would be asked instead of the entry just written.
        delete credHelpers[key];
    }
    // A credential store answers for every registry and would hide these entries.
    const { credsStore: _store, ...rest } = config;
    void _store;
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'config.json'), JSON.stringify({ ...rest, auths, ...(Object.keys(credHelpers).length ? { credHelpers } : {}) }, null, 2), { mode: 0o600 });
    linkPlugins(node_path__WEBPACK_IMPORTED_MODULE_1__.join(userDir, 'cli-plugins'), node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'cli-plugins'));
}
/**
 * The user's CLI plugins, each linked where it really lives: the user's config may itself
 * be a step-long one (a downloaded `version` of buildx) that the post step removes, while
 * a login kept with `logout: false` must still find its plugins in the job's later steps.
 */
function linkPlugins(from, to) {
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(from) || node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(to))
        return;
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(to, { mode: 0o700 });
    for (const entry of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(from)) {
        let target;
        try {
            target = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(from, entry));
        }
        catch {
            continue; // a dangling link: the docker CLI would skip it too
        }
        node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync(target, node_path__WEBPACK_IMPORTED_MODULE_1__.join(to, entry));
    }
}
/** Where hoist's docker config lists the scoped logins it wrote, for the post step. */
const SCOPED_LIST = 'hoist-scoped-logins.json';
/**
 * Each scoped login into `<buildx config>/config/<registry>/<scope>/config.json`, as
 * `docker login` with DOCKER_CONFIG set there leaves it (other entries of that file kept);
 * listed in hoist's docker config `dir` so the post step can take them out.
 */
function writeScopedLogins(dir, buildxConfigDir, logins) {
    const written = [];
    for (const login of logins) {
        if (!login.scope)
            continue;
        const scopedDir = (0,_plan_login_js__WEBPACK_IMPORTED_MODULE_2__/* .scopedConfigDir */ .CT)(buildxConfigDir, login.registry, login.scope);
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(scopedDir, 'config.json');
        const created = !node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file);
        let config = {};
        if (!created)
            config = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
        const key = (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_3__/* .loginKey */ .H$)(login.registry);
        config.auths = { ...(config.auths ?? {}), [key]: { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') } };
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(scopedDir, { recursive: true, mode: 0o700 });
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
        written.push({ file, key, created, base: node_path__WEBPACK_IMPORTED_MODULE_1__.join(buildxConfigDir, 'config') });
    }
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, SCOPED_LIST), JSON.stringify(written));
    return written.map(w => node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(w.file));
}
/** The post step's logout of the scoped logins listed in hoist's docker config `dir`: each entry taken out; a file hoist made goes once it holds no other login. */
function removeScopedLogins(dir) {
    let written = [];
    try {
        written = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, SCOPED_LIST), 'utf8'));
    }
    catch {
        return [];
    }
    const removed = [];
    for (const entry of written) {
        let config;
        try {
            config = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(entry.file, 'utf8'));
        }
        catch {
            continue;
        }
        const { [entry.key]: _gone, ...auths } = config.auths ?? {};
        void _gone;
        const { auths: _auths, ...rest } = config;
        void _auths;
        if (entry.created && Object.keys(auths).length === 0 && Object.keys(rest).length === 0) {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(entry.file, { force: true });
            // The directories made for it, up to (not including) buildx's config/ directory.
            for (let d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(entry.file); d.startsWith(entry.base + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(d).length === 0; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d))
                node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync(d);
        }
        else {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(entry.file, JSON.stringify({ ...rest, auths }, null, 2), { mode: 0o600 });
        }
        removed.push(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(entry.file));
    }
    return removed;
}


/***/ }),

/***/ 51424:
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


/***/ }),

/***/ 16357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   Ir: () => (/* binding */ jsonArray),
/* harmony export */   K1: () => (/* binding */ copySources),
/* harmony export */   YB: () => (/* binding */ argPairs),
/* harmony export */   ff: () => (/* binding */ envPairs)
/* harmony export */ });
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51424);
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

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MN: () => (/* binding */ readArtifacts),
/* harmony export */   OH: () => (/* binding */ artifactServiceMissing),
/* harmony export */   QM: () => (/* binding */ uploadFile),
/* harmony export */   Si: () => (/* binding */ downloadFiles),
/* harmony export */   aH: () => (/* binding */ quotedName),
/* harmony export */   ac: () => (/* binding */ uploadRawFile),
/* harmony export */   wn: () => (/* binding */ listArtifacts)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _registry_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(41521);
/**
 * The run's artifacts (the Actions artifact service v4): how a platform job hands its digest
 * on to the merge job, and how the base repository's comment job reads the size report a
 * fork's run saved. Uploads go through @actions/artifact (imported only by a step that
 * uploads: it is large). Downloads do not: an artifact may come from a fork's code, and that
 * client unpacks whatever it is sent to disk, under a path made from the artifact's name,
 * and trusts the size the uploader declared. Here the artifacts are listed first (nothing is
 * downloaded, so the caller can count them and check their names), then read one at a time
 * into memory, every byte counted as it arrives and as it is unpacked, under a cap for each
 * artifact and one for all of them together. No name is ever made a path.
 */






/** Why this step cannot reach the artifact service, or undefined: a runner gives every JavaScript action both variables. */
function artifactServiceMissing(services) {
    const missing = [services.runtimeToken ? '' : 'ACTIONS_RUNTIME_TOKEN', services.resultsUrl ? '' : 'ACTIONS_RESULTS_URL'].filter(name => name !== '');
    return missing.length > 0 ? `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set` : undefined;
}
/** A run's artifacts are listed up to this many (ten pages of the REST API); a run with more is refused. */
const MAX_LISTED = 1000;
/** An artifact of more files than this is not one of hoist's (each holds one). */
const MAX_FILES = 64;
/** The service's answers are small; a listing of MAX_LISTED artifacts is a few hundred kB. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** The caps downloadFiles reads under unless told: a hand-off is a few hundred bytes. */
const DEFAULT_LIMITS = { maxBytes: 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024 };
const TIMEOUT_MS = 60_000;
const ATTEMPTS = 3;
const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** Uploads one small file as an artifact of the run (kept a day: only the merge job of this run reads it). */
async function uploadFile(name, file) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(24), __nccwpck_require__.e(351), __nccwpck_require__.e(118), __nccwpck_require__.e(944)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15944));
    try {
        await new DefaultArtifactClient().uploadArtifact(name, [file], node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), { retentionDays: 1 });
    }
    catch (e) {
        throw new Error(`uploading artifact ${name} failed: ${describe(e)}`);
    }
}
/**
 * Uploads one file as it is, not zipped, under its own name (a build record, as
 * docker/actions-toolkit v0.92.0 src/github/artifact.ts uploads it: `skipArchive`), kept
 * `retentionDays` days, or the repository's retention when not given.
 */
async function uploadRawFile(file, retentionDays) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(24), __nccwpck_require__.e(351), __nccwpck_require__.e(118), __nccwpck_require__.e(944)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15944));
    const name = node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file);
    let uploaded;
    try {
        uploaded = await new DefaultArtifactClient().uploadArtifact(name, [file], node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), { skipArchive: true, ...(retentionDays !== undefined ? { retentionDays } : {}) });
    }
    catch (e) {
        throw new Error(`uploading artifact ${name} failed: ${describe(e)}`);
    }
    if (!uploaded.id)
        throw new Error(`uploading artifact ${name} failed: the artifact service gave it no id`);
    return { id: uploaded.id, size: uploaded.size ?? 0 };
}
/** The blob store's errors can come without a message: say at least their kind and status. */
function describe(e) {
    const err = e;
    const status = err.statusCode ?? err.status;
    return err.message || [err.name ?? 'error', status ? `HTTP ${status}` : ''].filter(Boolean).join(', ');
}
/** A name as it may be said in a message: quoted, escaped, and cut (it may come from a fork and hold anything). */
function quotedName(name) {
    return JSON.stringify(name.length > 100 ? `${name.slice(0, 100)}…` : name);
}
/**
 * The artifacts of the run whose name starts with `prefix`, the newest of each name (a
 * re-run job uploads under the same name again), sorted by name. Nothing is downloaded.
 */
async function listArtifacts(prefix, source) {
    let all;
    try {
        all = 'fromRun' in source ? await listOtherRun(source.fromRun) : await listThisRun(source.services);
    }
    catch (e) {
        throw new Error(`listing the run's artifacts failed: ${describe(e)}`);
    }
    const newest = new Map();
    for (const a of all)
        if (a.name.startsWith(prefix) && (newest.get(a.name)?.id ?? -1) < a.id)
            newest.set(a.name, a);
    return [...newest.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/**
 * Reads `artifacts` one after the other into memory, each checked against the digest the
 * service recorded. The bytes are counted as they arrive and as they are unpacked: the first
 * artifact past a cap is refused there and then, and nothing after it is downloaded. Messages
 * name the artifacts as they are: check the names first (both callers do).
 */
async function readArtifacts(artifacts, limits) {
    const total = { received: 0, unpacked: 0 };
    const read = [];
    for (const artifact of artifacts)
        read.push(await readOne(artifact, limits, total));
    return read;
}
/**
 * Every artifact of the run whose name starts with `prefix` (the newest of each name),
 * read under `options`' caps (1 MiB each, 64 MiB in all, unless told): the merge job's hand-offs. A name of
 * another form than `prefix` and letters, digits, `.`, `_` and `-` is refused before anything
 * is downloaded. Nothing is written to disk.
 */
async function downloadFiles(prefix, options) {
    const listed = await listArtifacts(prefix, options);
    const odd = listed.find(a => a.name.length > 255 || !/^[A-Za-z0-9._-]+$/.test(a.name));
    if (odd)
        throw new Error(`artifact ${quotedName(odd.name)} is not named as hoist names its artifacts`);
    return readArtifacts(listed, { maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes, maxTotalBytes: options.maxTotalBytes ?? DEFAULT_LIMITS.maxTotalBytes });
}
async function readOne(artifact, limits, total) {
    const { name, size } = artifact;
    const together = `the artifacts are more than the ${limits.maxTotalBytes} bytes they may be together; stopped at artifact ${name}`;
    // The declared size refuses early what says it is too large; what is small by its word is counted below.
    if (size > limits.maxBytes)
        throw new Error(`artifact ${name} is ${size} bytes, more than the ${limits.maxBytes} it may be`);
    const room = limits.maxTotalBytes - total.received;
    let zip;
    try {
        const url = await artifact.downloadUrl();
        zip = await withRetries(() => fetchZip(new URL(url), Math.min(limits.maxBytes, room)));
    }
    catch (e) {
        if (!(e instanceof TooLarge))
            throw new Error(`downloading artifact ${name} failed: ${describe(e)}`);
        throw new Error(room < limits.maxBytes ? together : `artifact ${name} is more than the ${limits.maxBytes} bytes it may be, though it was listed as ${size}`);
    }
    total.received += zip.length;
    if (artifact.digest && `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(zip).digest('hex')}` !== artifact.digest) {
        throw new Error(`artifact ${name} does not match the digest the artifact service recorded for it`);
    }
    const unpackRoom = limits.maxTotalBytes - total.unpacked;
    let files;
    try {
        files = unzip(zip, Math.min(limits.maxBytes, unpackRoom));
    }
    catch (e) {
        if (!(e instanceof TooLarge))
            throw new Error(`artifact ${name} is not a zip hoist can read: ${e.message}`);
        throw new Error(unpackRoom < limits.maxBytes ? together : `artifact ${name} holds more than the ${limits.maxBytes} bytes it may be, unpacked`);
    }
    total.unpacked += files.reduce((sum, [, content]) => sum + content.length, 0);
    // Own properties, whatever the names (`__proto__` included): nothing is looked up through a prototype.
    return { name, files: Object.fromEntries(files.map(([file, content]) => [file, content.toString('utf8')])) };
}
// ---- listing ----
async function listOtherRun(run) {
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61351));
    const octokit = getOctokit(run.token, run.apiUrl ? { baseUrl: run.apiUrl } : {});
    const where = { owner: run.repositoryOwner, repo: run.repositoryName };
    const zipUrl = async (id) => {
        // GitHub answers with a redirect to the blob store: its URL is signed, the token does not follow it there.
        const { status, headers } = await octokit.rest.actions.downloadArtifact({ ...where, artifact_id: id, archive_format: 'zip', request: { redirect: 'manual' } });
        if (!headers.location)
            throw new Error(`the API answered ${status} without a download URL`);
        return headers.location;
    };
    const listed = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunArtifacts, { ...where, run_id: run.workflowRunId, per_page: 100 })) {
        for (const a of page.data) {
            if (a.expired)
                continue;
            listed.push({ id: a.id, name: a.name, size: a.size_in_bytes, ...(a.digest ? { digest: a.digest } : {}), downloadUrl: () => zipUrl(a.id) });
        }
        if (listed.length > MAX_LISTED)
            throw new Error(`run ${run.workflowRunId} has more than ${MAX_LISTED} artifacts`);
    }
    return listed;
}
/** The service's twirp API, as @actions/artifact speaks it: JSON with the protobuf field names (an answer may use either spelling). */
async function twirp(services, method, body) {
    const { runtimeToken, resultsUrl } = reachable(services);
    const url = new URL(`${TWIRP}${method}`, new URL(resultsUrl).origin);
    const headers = { authorization: `Bearer ${runtimeToken}`, 'content-type': 'application/json', accept: 'application/json' };
    const value = await withRetries(async () => {
        const answer = await exchange(url, { method: 'POST', headers, body: JSON.stringify(body) }, MAX_ANSWER_BYTES);
        let parsed;
        try {
            parsed = JSON.parse(answer.body.toString('utf8'));
        }
        catch {
            parsed = undefined;
        }
        if (answer.status !== 200) {
            const msg = parsed?.msg;
            throw new HttpError(answer.status, `${method} answered HTTP ${answer.status}${typeof msg === 'string' ? `: ${msg}` : ''}`);
        }
        return parsed;
    });
    if (value === null || typeof value !== 'object')
        throw new Error(`${method} answered with no JSON object`);
    return value;
}
/** The service's two variables, or why this step cannot reach it. */
function reachable(services) {
    const { runtimeToken, resultsUrl } = services;
    if (!runtimeToken || !resultsUrl)
        throw new Error(`${artifactServiceMissing(services)}: this step cannot reach the artifact service`);
    return { runtimeToken, resultsUrl };
}
/** A string field of a JSON answer, or ''. */
const str = (value) => (typeof value === 'string' ? value : '');
/** The run and job run the runtime token is for: its `scp` claim holds `Actions.Results:<run>:<job run>`. */
function backendIds(token) {
    try {
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        const scope = str(claims.scp)
            .split(' ')
            .map(s => s.split(':'))
            .find(parts => parts[0] === 'Actions.Results' && parts.length === 3);
        if (scope)
            return { run: scope[1], jobRun: scope[2] };
    }
    catch {
        // Said below.
    }
    throw new Error('the runtime token names no workflow run (no Actions.Results scope)');
}
async function listThisRun(services) {
    const ids = backendIds(reachable(services).runtimeToken);
    const answer = await twirp(services, 'ListArtifacts', { workflow_run_backend_id: ids.run, workflow_job_run_backend_id: ids.jobRun });
    const items = Array.isArray(answer.artifacts) ? answer.artifacts : [];
    if (items.length > MAX_LISTED)
        throw new Error(`the run has more than ${MAX_LISTED} artifacts`);
    const listed = [];
    for (const item of items) {
        const a = (item ?? {});
        // int64 travels as a string, a wrapper (the digest) as its bare value or as { value }.
        const field = (snake, camel) => a[snake] ?? a[camel];
        const digest = field('digest', 'digest');
        const digestText = typeof digest === 'string' ? digest : str(digest?.value);
        const id = Number(field('database_id', 'databaseId'));
        const name = str(field('name', 'name'));
        if (!name || !Number.isSafeInteger(id))
            continue;
        // A download is addressed by the job run that uploaded it and the name.
        const where = {
            workflow_run_backend_id: str(field('workflow_run_backend_id', 'workflowRunBackendId')),
            workflow_job_run_backend_id: str(field('workflow_job_run_backend_id', 'workflowJobRunBackendId')),
            name
        };
        listed.push({
            id,
            name,
            size: Number(field('size', 'size')),
            ...(digestText ? { digest: digestText } : {}),
            downloadUrl: async () => {
                const signed = await twirp(services, 'GetSignedArtifactURL', where);
                const url = str(signed.signed_url ?? signed.signedUrl);
                if (!url)
                    throw new Error('GetSignedArtifactURL answered with no URL');
                return url;
            }
        });
    }
    return listed;
}
// ---- the network, counted ----
/** A cap was passed: the answer or the unpacking was cut off there. */
class TooLarge extends Error {
}
class HttpError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/**
 * One HTTP exchange, its answer read as it arrives: past `maxBytes` (or a Content-Length
 * that says so) the connection is dropped and TooLarge thrown. GET follows up to 3 redirects.
 */
function exchange(url, request, maxBytes, redirects = 3) {
    return new Promise((resolve, reject) => {
        const client = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_2__ : url.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_1__ : undefined;
        if (!client)
            return reject(new Error(`${url.protocol} is not HTTP`));
        const req = client.request(url, { method: request.method, headers: { 'user-agent': 'hoist', ...request.headers } }, res => {
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            if (request.method === 'GET' && status >= 300 && status < 400 && location && redirects > 0) {
                clearTimeout(timer);
                res.resume();
                exchange(new URL(location, url), request, maxBytes, redirects - 1).then(resolve, reject);
                return;
            }
            const stop = (e) => {
                clearTimeout(timer);
                reject(e);
                req.destroy();
            };
            if (Number(res.headers['content-length']) > maxBytes)
                return stop(new TooLarge());
            const chunks = [];
            let received = 0;
            res.on('data', (chunk) => {
                received += chunk.length;
                if (received > maxBytes)
                    return stop(new TooLarge());
                chunks.push(chunk);
            });
            res.on('end', () => {
                clearTimeout(timer);
                resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
            });
            res.on('error', stop);
        });
        // A deadline for the whole exchange: a server that sends a byte now and then must not hold the step.
        const timer = setTimeout(() => req.destroy(new Error(`no complete answer from ${url.host} within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
        req.on('error', e => {
            clearTimeout(timer);
            reject(e);
        });
        req.end(request.body);
    });
}
/** An artifact's zip from its signed URL, at most `maxBytes` of it. */
async function fetchZip(url, maxBytes) {
    const answer = await exchange(url, { method: 'GET' }, maxBytes);
    if (answer.status !== 200)
        throw new HttpError(answer.status, `the blob store answered HTTP ${answer.status}`);
    return answer.body;
}
/** Runs `call` again after what the registry client also retries (registry/retry.ts: a reset, a 429, a 5xx of a busy server), twice, 1 and 2 s later; a cap passed or any other answer is final. */
async function withRetries(call) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (e) {
            const transient = e instanceof HttpError ? (0,_registry_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .isRetryableStatus */ .PS)(e.status) : !(e instanceof TooLarge) && (0,_registry_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .isRetryableError */ .$d)(e);
            if (!transient || attempt >= ATTEMPTS)
                throw e;
            await new Promise(resolve => setTimeout(resolve, 1000 * attempt));
        }
    }
}
// ---- zip, in memory ----
/**
 * The files of a zip (stored or deflated, as @actions/artifact and upload-artifact write
 * them), read from its central directory; directories are left out. Each is inflated with
 * what is left of `maxBytes` as the most it may come to, whatever its entry says: past it,
 * TooLarge. Anything else that is not a plain zip (zip64, encryption, bounds that do not
 * hold, a size that does not match its entry) throws.
 */
function unzip(zip, maxBytes) {
    const need = (at, length, what) => {
        if (at < 0 || at + length > zip.length)
            throw new Error(`${what} lies outside the zip`);
    };
    // The end of central directory record: 22 bytes, then a comment of up to 65,535.
    let end = -1;
    for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
        if (zip.readUInt32LE(at) === 0x06054b50) {
            end = at;
            break;
        }
    }
    if (end < 0)
        throw new Error('it has no end of central directory');
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    if (count === 0xffff || at === 0xffffffff)
        throw new Error('it is a zip64 archive');
    if (count > MAX_FILES)
        throw new Error(`it holds ${count} entries, more than ${MAX_FILES}`);
    const files = [];
    const names = new Set();
    let used = 0;
    for (let n = 0; n < count; n++) {
        need(at, 46, 'an entry of the central directory');
        if (zip.readUInt32LE(at) !== 0x02014b50)
            throw new Error('its central directory is damaged');
        const flags = zip.readUInt16LE(at + 8);
        const method = zip.readUInt16LE(at + 10);
        const compressed = zip.readUInt32LE(at + 20);
        const size = zip.readUInt32LE(at + 24);
        const nameLength = zip.readUInt16LE(at + 28);
        const local = zip.readUInt32LE(at + 42);
        need(at + 46, nameLength, 'a file name');
        const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
        at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
        if (name.endsWith('/'))
            continue;
        if (flags & 1)
            throw new Error(`${quotedName(name)} is encrypted`);
        if (names.has(name))
            throw new Error(`it holds ${quotedName(name)} twice`);
        names.add(name);
        need(local, 30, `the header of ${quotedName(name)}`);
        if (zip.readUInt32LE(local) !== 0x04034b50)
            throw new Error(`the header of ${quotedName(name)} is damaged`);
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        need(start, compressed, `the data of ${quotedName(name)}`);
        const data = zip.subarray(start, start + compressed);
        const room = maxBytes - used;
        let content;
        if (method === 0)
            content = data;
        else if (method === 8)
            content = inflate(data, room, name);
        else
            throw new Error(`${quotedName(name)} is compressed with method ${method}`);
        if (content.length > room)
            throw new TooLarge();
        if (content.length !== size)
            throw new Error(`${quotedName(name)} is ${content.length} bytes, not the ${size} its entry says`);
        used += content.length;
        files.push([name, content]);
    }
    return files;
}
/** Inflates at most `room` bytes; past that, zlib stops and TooLarge is thrown. */
function inflate(data, room, name) {
    try {
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.inflateRawSync)(data, { maxOutputLength: Math.max(1, room) });
    }
    catch (e) {
        if (e.code === 'ERR_BUFFER_TOO_LARGE')
            throw new TooLarge();
        throw new Error(`${quotedName(name)} does not inflate: ${e.message}`);
    }
}


/***/ }),

/***/ 47318:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ pullRequestHead),
/* harmony export */   rh: () => (/* binding */ commentOnPullRequest),
/* harmony export */   u3: () => (/* binding */ postReportComment),
/* harmony export */   yL: () => (/* binding */ notAllowedNote)
/* harmony export */ });
function reportMarker(image, job) {
    return `<!-- hoist:size-report image=${image} job=${job} -->`;
}
/** The account GITHUB_TOKEN writes as. No one else can: only this repository's workflows get its token. */
const ACTIONS_BOT = 'github-actions[bot]';
/** Who each token acts as (API URL and token → login), asked once a run however many comments it writes. */
const identities = new Map();
/**
 * The account `token` writes as, so that only its own comments are edited: anyone who
 * can comment can copy the marker. GraphQL's viewer answers for every kind of token
 * (`github-actions[bot]` for GITHUB_TOKEN, `<app>[bot]` for a GitHub App's, the user for
 * a personal token); `GET /user` answers for a user's token only (an installation token
 * gets 403), so it is asked only when GraphQL fails. When both fail: GITHUB_TOKEN's
 * account, which no one outside this repository's workflows can write as. Never rejects.
 */
function actingAs(octokit, target, log) {
    const key = `${target.apiUrl}\n${target.token}`;
    let known = identities.get(key);
    if (!known) {
        known = (async () => {
            const failed = [];
            try {
                const { viewer } = await octokit.graphql('query { viewer { login } }');
                if (viewer?.login) {
                    log?.debug(`the github-token acts as ${viewer.login} (GraphQL viewer): only its size comments are edited`);
                    return viewer.login;
                }
                failed.push('GraphQL viewer: no login in the answer');
            }
            catch (e) {
                failed.push(`GraphQL viewer: ${e.message}`);
            }
            try {
                const { data } = await octokit.rest.users.getAuthenticated();
                log?.debug(`the github-token acts as ${data.login} (GET /user): only its size comments are edited`);
                return data.login;
            }
            catch (e) {
                failed.push(`GET /user: ${e.message}`);
            }
            log?.info(`could not learn which account the github-token acts as (${failed.join('; ')}): only size comments by ${ACTIONS_BOT}, GITHUB_TOKEN's account, are edited`);
            return ACTIONS_BOT;
        })();
        identities.set(key, known);
    }
    return known;
}
/**
 * One comment per image and job: edit ours if it is there, else create it. Ours is the
 * first that holds the marker and was written by the account the token acts as; one by
 * anyone else is left alone, marker or not.
 * @actions/github is imported here, not at the top: it is large, and only a pull
 * request run with a token needs it.
 */
async function upsertComment(target, body, log) {
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61351));
    const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
    const fullBody = `${target.marker}\n${body}`;
    const where = { owner: target.owner, repo: target.repo };
    // Who we are is asked alongside the listing (once a run), not before it; settled either way, so no request outlives a failed listing.
    const author = actingAs(octokit, target, log);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: target.issueNumber, per_page: 100 }).finally(() => author);
    const me = (await author).toLowerCase();
    const marked = comments.filter(c => c.body?.includes(target.marker));
    const ours = marked.find(c => c.user?.login.toLowerCase() === me);
    const others = marked.filter(c => c.user?.login.toLowerCase() !== me);
    if (others.length)
        log?.debug(`left alone: ${others.length} comment(s) holding the size report's marker by another account (${others.map(c => c.user?.login ?? 'unknown').join(', ')})`);
    if (ours) {
        const updated = await octokit.rest.issues.updateComment({ ...where, comment_id: ours.id, body: fullBody });
        return { action: 'updated', id: updated.data.id, url: updated.data.html_url };
    }
    const created = await octokit.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body: fullBody });
    return { action: 'created', id: created.data.id, url: created.data.html_url };
}
/** Why a comment could not be written, in words a user can act on. */
function explainCommentFailure(e) {
    return `could not write the pull request comment: ${e.message}. The size report is in the job summary.`;
}
/**
 * The size table as a comment on the pull request this run builds, when `pr-comment`
 * is on; a failure is a warning (the table is in the job summary either way). A pull
 * request from a fork is not tried: its token cannot write (`not-allowed`, and the caller
 * saves the report for the base repository's workflow_run job instead).
 */
async function commentOnPullRequest(runner, options, github, sizes) {
    if (!options.enabled || !github.pullRequestNumber || !github.eventName.startsWith('pull_request'))
        return 'skipped';
    if (github.pullRequestFromFork && github.eventName === 'pull_request')
        return 'not-allowed';
    if (!options.token) {
        runner.warning('no github-token: the size report is in the job summary only');
        return 'skipped';
    }
    const [owner, repo] = github.repository.split('/');
    try {
        const done = await upsertComment({ token: options.token, apiUrl: github.apiUrl, owner, repo, issueNumber: github.pullRequestNumber, marker: reportMarker(sizes.image, github.job) }, sizes.markdown, runner);
        runner.info(`${done.action} the size comment on pull request #${github.pullRequestNumber}: ${done.url}`);
        return 'posted';
    }
    catch (e) {
        const status = e.status;
        if (status === 403 || status === 404)
            return 'not-allowed';
        runner.warning(explainCommentFailure(e));
        return 'skipped';
    }
}
/**
 * Posts a size report another run measured (comment-only), on `pullRequest`, as that run's
 * job would have; like commentOnPullRequest, it edits only a comment of the token's own
 * account. `runner` hears who that account is (debug) or why it could not be learned.
 */
async function postReportComment(token, github, target, markdown, runner) {
    const [owner, repo] = github.repository.split('/');
    return upsertComment({ token, apiUrl: github.apiUrl, owner, repo, issueNumber: target.pullRequest, marker: reportMarker(target.image, target.job) }, markdown, runner);
}
/** The head commit of a pull request, from the API (a fork's workflow_run payload lists no pull request). */
async function pullRequestHead(token, github, pullRequest) {
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61351));
    const [owner, repo] = github.repository.split('/');
    try {
        const { data } = await getOctokit(token, { baseUrl: github.apiUrl }).rest.pulls.get({ owner, repo, pull_number: pullRequest });
        return data.head.sha;
    }
    catch (e) {
        if (e.status === 404)
            return undefined;
        throw e;
    }
}
/** Why the size report was not posted on a fork's pull request, and where it went instead. */
function notAllowedNote(github, savedAs) {
    const why = github.pullRequestFromFork
        ? 'this pull request comes from a fork, whose token cannot comment'
        : "the token cannot comment on this pull request (a fork's read-only token, or no 'permissions: pull-requests: write')";
    return savedAs
        ? `${why}: the size report is saved as artifact ${savedAs}; a workflow_run job in the base repository with comment-only: true posts it (see docs/sizes-and-comments.md).`
        : `${why}. The size report is in the job summary.`;
}


/***/ }),

/***/ 33113:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ listRepositoryDirectory),
/* harmony export */   t: () => (/* binding */ readRepositoryFile)
/* harmony export */ });
/**
 * A repository's files at one commit through GitHub's contents API
 * (`GET /repos/{owner}/{repo}/contents/{path}?ref=…`): the Dockerfile of the default Git
 * context when the workspace holds no checkout of the built commit.
 * @actions/github is imported on first use, as in comment.ts: it is large, and only a
 * build from the Git context without a checkout needs it. It is used rather than a bare
 * fetch for its proxy support (a self-hosted runner's HTTPS_PROXY) and its error shapes.
 */
/** A slow API must not hold the build: it runs without what the Dockerfile would have given. */
const TIMEOUT_MS = 15_000;
async function getContent(target, path) {
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61351));
    const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
    try {
        const { data } = await octokit.rest.repos.getContent({ owner: target.owner, repo: target.repo, path, ref: target.ref, request: { signal: AbortSignal.timeout(TIMEOUT_MS) } });
        return data;
    }
    catch (e) {
        const status = e.status;
        if (status === 404)
            return undefined;
        // The status stays on the error: a caller tells a refused token (403) from an outage.
        throw Object.assign(new Error(`GET /repos/${target.owner}/${target.repo}/contents/${path}?ref=${target.ref}: ${e.message}`), status ? { status } : {});
    }
}
/** A file's text, or undefined when there is no file at `path` in that commit. Throws when GitHub cannot be asked. */
async function readRepositoryFile(target, path) {
    const data = await getContent(target, path);
    if (data === undefined || Array.isArray(data))
        return undefined;
    const file = data;
    if (file.type !== 'file')
        return undefined;
    // Over 1 MB the API sends no content (encoding "none"); no Dockerfile is that large.
    if (file.encoding !== 'base64' || typeof file.content !== 'string')
        throw new Error(`${path}: the contents API sent no content (encoding ${file.encoding ?? 'unknown'})`);
    return Buffer.from(file.content, 'base64').toString('utf8');
}
/** A directory's entries, or undefined when there is none at `path` (`''`: the repository's root). */
async function listRepositoryDirectory(target, path) {
    const data = await getContent(target, path);
    return Array.isArray(data) ? data : undefined;
}


/***/ }),

/***/ 79407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16467);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(56036);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(86661);
/* harmony import */ var _runner_protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(81864);
/* harmony import */ var _runner_state_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6003);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(62817);






// The runner calls this file twice: as the main step, then (action.yml's `post:`) for cleanup.
const runner = (0,_runner_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .processRunner */ .qc)();
await (_runner_state_js__WEBPACK_IMPORTED_MODULE_4__/* .state */ .w.isPost(runner) ? (0,_post_js__WEBPACK_IMPORTED_MODULE_2__/* .post */ .b)({ runner, exec: _util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .exec */ .m0 }) : (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)((0,_ports_js__WEBPACK_IMPORTED_MODULE_0__/* .processPorts */ .i)(runner)));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 67953:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ hasExporter),
/* harmony export */   O_: () => (/* binding */ parseAttrs),
/* harmony export */   P$: () => (/* binding */ attrProblem),
/* harmony export */   am: () => (/* binding */ imageOutputs),
/* harmony export */   df: () => (/* binding */ hasType),
/* harmony export */   eE: () => (/* binding */ knownKeys),
/* harmony export */   nb: () => (/* binding */ resolveAttestationAttrs),
/* harmony export */   px: () => (/* binding */ splitKeyValue),
/* harmony export */   qZ: () => (/* binding */ csvFields)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(40712);
/* harmony import */ var _util_boolean_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(35024);
/* harmony import */ var _util_words_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90333);
/**
 * The syntax of entries inside list inputs: `key=value` pairs and the CSV attribute
 * lists buildx reads (`type=registry,ref=x`, `type=provenance,mode=max`).
 * Follows docker/actions-toolkit v0.92.0: src/buildx/build.ts.
 * Follows tonistiigi/go-csvvalue 030d3b2: csvvalue.go.
 */



/** `KEY=value` → [key, value], splitting at the first `=`. */
function splitKeyValue(entry) {
    const eq = entry.indexOf('=');
    return eq === -1 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
}
/** `type=registry,ref=x` records as [key, value] pairs (CSV-aware: quoted values keep commas). */
function parseAttrs(value) {
    // A quote inside a field is data, as buildx's CSV reader has it (csvFields too).
    const records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .q)(value, { delimiter: ',', trim: true, columns: false, relaxColumnCount: true, relaxQuotes: true });
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
    // buildx's rule (outputFindings says it too): one field that is the whole entry and not type=… is a directory for the local exporter.
    const fields = csvFields(output);
    if (fields.length === 1 && fields[0] === output && !output.startsWith('type='))
        return 'local';
    return parseAttrs(output).find(([k]) => k === 'type')?.[1] ?? '';
}
function hasExporter(type, outputs) {
    return outputs.some(o => exporterType(o) === type);
}
/** The outputs that produce an image (not files: `local`, `tar`; not only a cache: `cacheonly`). */
function imageOutputs(outputs) {
    return outputs.filter(o => !['local', 'tar', 'cacheonly'].includes(exporterType(o)));
}
/** Go's strconv.ParseBool words turned into `disabled=…`, as buildx reads `--attest type=x,true`. */
function resolveAttestationAttrs(attrs) {
    return (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .q)(attrs, { delimiter: ',', trim: true, columns: false, relaxColumnCount: true, relaxQuotes: true })
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
    if (keys.length === 0)
        return 'it takes no attributes';
    const near = (0,_util_words_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(key, keys);
    return near ? `did you mean ${near}?` : `it knows ${keys.join(', ')}`;
}


/***/ }),

/***/ 19438:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U8: () => (/* binding */ buildxRelease),
/* harmony export */   cy: () => (/* binding */ givenSetupInputs),
/* harmony export */   lj: () => (/* binding */ checkBuilderSetup)
/* harmony export */ });
/* unused harmony export unknownBinfmtPlatforms */
/* harmony import */ var _attrs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(67953);
/* harmony import */ var _util_qemu_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(66202);
/* harmony import */ var _util_words_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90333);
/**
 * The inputs of the builder hoist sets up, under docker/setup-buildx-action's names:
 * `driver`, `driver-opts`, `buildkitd-flags`, `buildkitd-config`,
 * `buildkitd-config-inline`, `endpoint`, `append` (its YAML is read in plan/nodes.ts) and `name`;
 * `keep-state`, `version` and setup-qemu-action's `platforms` (`binfmt-platforms`). Checked before anything is asked of docker.
 */



/** The drivers `docker buildx create` can set up; `docker` is the engine's own builder and cannot be created. */
const SETUP_DRIVERS = ['docker-container', 'remote', 'kubernetes'];
/** The inputs that describe a builder for hoist to set up; any of them asks for one. */
const SETUP_INPUTS = ['driver', 'driver-opts', 'buildkitd-flags', 'buildkitd-config', 'buildkitd-config-inline', 'endpoint', 'append', 'name'];
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
    return entries.filter(e => e !== 'all' && !(e in _util_qemu_js__WEBPACK_IMPORTED_MODULE_1__/* .QEMU_ARCH */ .g) && (0,_util_qemu_js__WEBPACK_IMPORTED_MODULE_1__/* .binfmtArch */ .p)(e) === undefined);
}
/** The setup inputs that were given (non-empty). */
function givenSetupInputs(inputs) {
    return SETUP_INPUTS.filter(name => (Array.isArray(inputs[name]) ? inputs[name].length > 0 : inputs[name].trim() !== ''));
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
        found.error('driver', `'${driver}' is not a driver hoist can set up${(0,_util_words_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(driver, SETUP_DRIVERS)}`, `Use one of: ${SETUP_DRIVERS.join(', ')}.`);
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
    // setup-buildx-action refuses it too: only a docker-container builder has a state volume to keep.
    if (inputs['keep-state'] && driver && driver !== 'docker-container') {
        found.error('keep-state', `the ${driver} driver has no BuildKit state volume to keep`, 'Leave keep-state false, or use the docker-container driver.');
    }
    if (inputs.version && !buildxRelease(inputs.version)) {
        found.error('version', `'${inputs.version}' is not a buildx release`, 'Use latest, or a release such as v0.19.0 (building buildx from a Git ref, and cloud: or lab: versions, are not supported).');
    }
    const unknown = unknownBinfmtPlatforms(inputs['binfmt-platforms']);
    if (unknown.length > 0) {
        found.error('binfmt-platforms', `no QEMU emulator for ${unknown.map(u => `'${u}'`).join(', ')}`, `Use all, or architectures or platforms such as arm64, riscv64, linux/arm/v7 (one of: ${Object.keys(_util_qemu_js__WEBPACK_IMPORTED_MODULE_1__/* .QEMU_ARCH */ .g).join(', ')}).`);
    }
}


/***/ }),

/***/ 36275:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ cacheEntryProblem),
/* harmony export */   O1: () => (/* binding */ isCacheMode),
/* harmony export */   _R: () => (/* binding */ CACHE_MODES)
/* harmony export */ });
/* harmony import */ var _attrs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(67953);
/**
 * The syntax of the caching inputs: the `cache` modes and buildx's cache-from/cache-to entries.
 * Follows docker/buildx v0.36.1: util/buildflags/cache.go.
 */

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

/***/ 59873:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q2: () => (/* binding */ readLocalDockerfile),
/* harmony export */   h2: () => (/* binding */ localDockerfilePath),
/* harmony export */   qw: () => (/* binding */ dockerfileLocation),
/* harmony export */   uN: () => (/* binding */ isRemoteContext)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
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
function isRemoteContext(context) {
    return context === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@') || /\{\{\s*defaultContext\s*\}\}/.test(context);
}
/** The Dockerfile buildx will read from a local context: `file` (relative to the workspace), else <context>/Dockerfile; undefined for stdin. */
function localDockerfilePath(inputs) {
    if (inputs.file === '-')
        return undefined;
    return inputs.file || node_path__WEBPACK_IMPORTED_MODULE_0__.join(inputs.context, 'Dockerfile');
}
function dockerfileLocation(inputs) {
    if (inputs.file === '-')
        return { kind: 'unread' };
    if (inputs.context && !isRemoteContext(inputs.context))
        return { kind: 'local', path: localDockerfilePath(inputs), context: inputs.context };
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(inputs.file))
        return { kind: 'local', path: inputs.file };
    const git = inputs.context ? DEFAULT_CONTEXT.exec(inputs.context) : ['', ''];
    if (!git)
        return { kind: 'unread' };
    // BuildKit scopes the Git state to the subdirectory and reads `filename` in it (frontend/dockerui/context.go).
    const subdir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix
        .join('/', git[1] ?? '')
        .slice(1)
        .replace(/\/$/, '');
    return { kind: 'git', path: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join('/', subdir, inputs.file || 'Dockerfile').slice(1), subdir };
}
/** A local context's Dockerfile and .dockerignore as buildx sends them; undefined when there is no file to read. */
function readLocalDockerfile(inputs, files) {
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
        const ignore = files.readText(`${where.path}.dockerignore`) || files.readText(node_path__WEBPACK_IMPORTED_MODULE_0__.join(where.context, '.dockerignore'));
        if (ignore !== undefined)
            source.dockerignore = ignore;
    }
    return source;
}


/***/ }),

/***/ 91318:
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

/***/ 73332:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ checkSecrets),
/* harmony export */   p: () => (/* binding */ secretEntry)
/* harmony export */ });
/* harmony import */ var _attrs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(67953);
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

/***/ 24365:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kV: () => (/* binding */ builderProblems),
  sw: () => (/* binding */ checkInputs),
  aK: () => (/* reexport */ realFiles)
});

// UNUSED EXPORTS: checkGateLimits

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __nccwpck_require__(16357);
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
var reference = __nccwpck_require__(79310);
// EXTERNAL MODULE: ./src/inputs/attrs.ts
var inputs_attrs = __nccwpck_require__(67953);
// EXTERNAL MODULE: ./src/inputs/builder.ts
var builder = __nccwpck_require__(19438);
// EXTERNAL MODULE: ./src/util/words.ts
var words = __nccwpck_require__(90333);
;// CONCATENATED MODULE: ./src/inputs/distribute.ts

const DISTRIBUTE_MODES = ['platform'];
function checkDistribute(inputs, found) {
    const names = inputs.tags.length > 0 || inputs['meta-images'].length > 0;
    if (inputs.distribute && !DISTRIBUTE_MODES.includes(inputs.distribute)) {
        found.error('distribute', `'${inputs.distribute}' is not a way hoist distributes a build${(0,words/* didYouMean */.au)(inputs.distribute, DISTRIBUTE_MODES)}`, 'Use distribute: platform in the matrix jobs (one platform each), and merge: true in the job after them.');
        return;
    }
    if (inputs.distribute && inputs.merge) {
        found.error('merge', 'is set together with distribute', 'A step either builds its platform (distribute: platform, in the matrix jobs) or merges them (merge: true, in the job that needs them), not both.');
        return;
    }
    if (inputs.distribute) {
        if (inputs.platforms.length === 0)
            found.error('platforms', 'is empty, but distribute: platform builds the platform(s) of this matrix job', "Give the job's platform, e.g. platforms: ${{ matrix.platform }}.");
        if (!names)
            found.error('tags', 'names no image for distribute: platform to push to', 'Give the same tags (or meta-images) as the merge step: the platform jobs push to those repositories by digest.');
        if (inputs.outputs.length > 0)
            found.error('outputs', 'is given with distribute: platform, which pushes by digest itself', 'Leave outputs empty in the platform jobs.');
        if (inputs.load)
            found.error('load', 'is set with distribute: platform, which pushes by digest', 'Load in a step of its own, or leave load false.');
    }
    if (inputs.merge) {
        if (inputs.platforms.length === 0) {
            found.error('platforms', 'is empty, but merge: true must know which platforms to expect', 'Give every platform the matrix builds, e.g. platforms: linux/amd64,linux/arm64; a missing one then fails the merge instead of tagging a partial image.');
        }
        if (!names)
            found.error('tags', 'is empty, but merge: true creates the image under its tags', 'Give the tags (or meta-images) to create, the same repositories the platform jobs pushed to.');
    }
}

// EXTERNAL MODULE: ./src/inputs/cache.ts
var cache = __nccwpck_require__(36275);
// EXTERNAL MODULE: ./src/util/bytes.ts
var bytes = __nccwpck_require__(1671);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __nccwpck_require__(91318);
// EXTERNAL MODULE: ./src/inputs/dockerfile-source.ts
var dockerfile_source = __nccwpck_require__(59873);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
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
const realFiles = {
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

// EXTERNAL MODULE: ./src/util/boolean.ts
var util_boolean = __nccwpck_require__(35024);
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
var platform = __nccwpck_require__(88245);
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
var secrets = __nccwpck_require__(73332);
;// CONCATENATED MODULE: ./src/inputs/validate.ts














/**
 * Every input problem that can be seen before a build, each naming the input, what is
 * wrong and the fix (nothing is built or pushed when there is an error); the warnings
 * and the inputs the build goes on with.
 */
function checkInputs(inputs, files = realFiles, source = (0,dockerfile_source/* readLocalDockerfile */.Q2)(inputs, files)) {
    const found = new errors/* Findings */.Fv();
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
    const kept = (0,secrets/* checkSecrets */.K)(inputs, files, found);
    checkSizeReport(inputs, found);
    checkCaching(inputs, found);
    (0,builder/* checkBuilderSetup */.lj)(inputs, files, found);
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
/** The size gates' syntax, as the step and the hoist-sizes command (src/cli/) check it: one wording for both. */
function checkGateLimits(limits, error) {
    if (limits['max-size'] && (0,bytes/* parseSize */.DB)(limits['max-size']) === undefined) {
        error('max-size', `'${limits['max-size']}' is not a size`, 'Use a number and a unit, e.g. 20MB (10^6 bytes) or 19.5MiB.');
    }
    if (limits['max-size-increase'] && (0,bytes/* parseIncrease */.KW)(limits['max-size-increase']) === undefined) {
        error('max-size-increase', `'${limits['max-size-increase']}' is neither a percentage nor a size`, 'E.g. 10% or 2MB.');
    }
}
/** The values of `size-analysis`. */
const SIZE_ANALYSES = ['none', 'files'];
function checkSizeReport(inputs, found) {
    if (inputs['compare-to'] && inputs['compare-to'] !== 'none') {
        checkReference(inputs['compare-to'], problem => found.error('compare-to', `'${inputs['compare-to']}': ${problem}`, "Give an image reference such as ghcr.io/acme/app:main, or 'none'."));
    }
    checkGateLimits(inputs, (name, problem, fix) => found.error(name, problem, fix));
    const growth = inputs['annotate-growth'];
    if (growth && growth !== 'none' && (0,bytes/* parseIncrease */.KW)(growth) === undefined) {
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
    const filesOnly = inputs.outputs.length > 0 && (0,inputs_attrs/* imageOutputs */.am)(inputs.outputs).length === 0;
    if ((inputs['max-size'] || inputs['max-size-increase']) && !inputs.push && filesOnly) {
        found.error(inputs['max-size'] ? 'max-size' : 'max-size-increase', 'size gates need an image, but outputs writes files only', 'Add an image output (or push: true), or drop the gate.');
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
/**
 * The context and Dockerfile exist, `target` and `cache-stages` name stages; returns the
 * Dockerfile when it could be read (`source`: as phases/inputs.ts found it, for a remote
 * context too).
 */
function checkContextAndDockerfile(inputs, files, source, found) {
    // A remote context (the default Git context when empty) is fetched by BuildKit: only what was read of it is checked.
    if (inputs.context && !(0,dockerfile_source/* isRemoteContext */.uN)(inputs.context)) {
        if (!files.isDirectory(inputs.context)) {
            found.error('context', `'${inputs.context}' is not a directory (looked in ${external_node_path_.resolve(inputs.context)})`, 'Check out the repository first (actions/checkout) and give the path relative to the workspace, e.g. context: .');
            return undefined;
        }
        const file = (0,dockerfile_source/* localDockerfilePath */.h2)(inputs);
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


/***/ }),

/***/ 56036:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs/secrets.ts
var secrets = __nccwpck_require__(73332);
// EXTERNAL MODULE: ./src/inputs/attrs.ts
var inputs_attrs = __nccwpck_require__(67953);
// EXTERNAL MODULE: ./src/util/boolean.ts
var util_boolean = __nccwpck_require__(35024);
// EXTERNAL MODULE: ./src/inputs/cache.ts
var cache = __nccwpck_require__(36275);
// EXTERNAL MODULE: ./src/plan/distribute.ts
var distribute = __nccwpck_require__(29616);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __nccwpck_require__(79310);
// EXTERNAL MODULE: ./src/runner/workflow.ts
var workflow = __nccwpck_require__(90813);
// EXTERNAL MODULE: ./src/util/bytes.ts
var util_bytes = __nccwpck_require__(1671);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __nccwpck_require__(95138);
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
 * Cache mounts are carried with any mode but `none`, when the Dockerfile could be read
 * (phases/inputs.ts: a local one, or the Git context's from the checkout or GitHub's API).
 */
function resolveCache(inputs, facts) {
    // Validation has turned away any other word; an empty input means none.
    let mode = (0,cache/* isCacheMode */.O1)(inputs.cache) ? inputs.cache : 'none';
    let unavailable;
    if ((mode === 'gha' || mode === 'local') && facts.actionsCacheUnusable) {
        unavailable = `cache: ${mode}: the GitHub Actions cache service is ${facts.actionsCacheUnusable}; this build runs without it`;
        mode = 'none';
    }
    const dockerfile = facts.dockerfile?.path;
    // cache-scope, when given, is part of the build's identity: two builds told apart by it keep apart everywhere.
    const buildId = [dockerfile ?? '', inputs.target, inputs.platforms.join(','), ...(inputs['cache-scope'] ? [inputs['cache-scope']] : [])].join('|');
    // A directory per build: two hoist steps in one job keep their caches apart.
    const root = external_node_path_.join(facts.cacheRoot, (0,hash/* shortHash */.B)(buildId));
    const cacheRepository = () => (0,reference/* repositoryName */.aR)((0,reference/* parseReference */.F2)(inputs['cache-ref'] || inputs.tags[0]));
    // The jobs of a distributed build share the image's repository: each platform keeps a cache tag of its own.
    const perPlatform = inputs.distribute ? `-${(0,distribute/* platformPair */.Mi)(inputs.platforms)}` : '';
    // The run's own ref first (the one it writes), then the refs it trusts to read.
    const scopes = registryCacheScopes(facts.github).map(scope => `${scope}${perPlatform}`);
    const stageRefs = (stage) => scopes.map(scope => `${cacheRepository()}:cache-${(0,reference/* branchTag */.TY)(stage.toLowerCase())}${scope}`);
    const plan = {
        mode,
        layers: { from: [], to: [] },
        stages: inputs['cache-stages'].map(stage => ({ stage, ref: stageRefs(stage)[0], readRefs: stageRefs(stage) })),
        scope: cacheScope(inputs, dockerfile),
        buildId,
        mountsMaxKilobytes: Math.floor(((0,util_bytes/* parseSize */.DB)(inputs['cache-mounts-max-size'] || DEFAULT_MOUNTS_MAX) ?? 2e9) / 1024)
    };
    if (unavailable)
        plan.unavailable = unavailable;
    if (mode === 'registry') {
        const refs = scopes.map(scope => (inputs['cache-ref'] ? withTagSuffix(inputs['cache-ref'], scope) : `${cacheRepository()}:buildcache${scope}`));
        plan.registryRef = refs[0];
        plan.layers = { from: refs.map(ref => `type=registry,ref=${ref}`), to: [`type=registry,ref=${refs[0]},${REGISTRY_CACHE_TO}`] };
        if (inputs['cache-mounts'] && dockerfile)
            plan.mounts = { image: mountsImageRef(refs[0]), readFrom: refs.map(mountsImageRef) };
    }
    else if (mode === 'gha') {
        const branch = (0,reference/* branchTag */.TY)((0,workflow/* branchOf */.W0)(facts.github) ?? 'default');
        const branches = [branch];
        if (facts.github.defaultBranch && (0,reference/* branchTag */.TY)(facts.github.defaultBranch) !== branch)
            branches.push((0,reference/* branchTag */.TY)(facts.github.defaultBranch));
        const [write, ...rest] = branches.map(b => `${plan.scope}-${b}`);
        plan.ghaScopes = { read: [write, ...rest], write };
        plan.layers = { from: plan.ghaScopes.read.map(s => `type=gha,scope=${s}`), to: [`type=gha,scope=${write},mode=max`] };
    }
    else if (mode === 'local') {
        plan.local = { directory: external_node_path_.join(root, 'layers'), fresh: external_node_path_.join(root, 'layers-new') };
    }
    if (mode !== 'none' && mode !== 'registry' && inputs['cache-mounts'] && dockerfile)
        plan.mounts = { directory: external_node_path_.join(root, 'mounts') };
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
        name = (0,reference/* parseReference */.F2)(inputs.tags[0]).path;
    if (!name)
        name = [external_node_path_.normalize(dockerfile ?? (inputs.file || 'Dockerfile')), inputs.target].filter(Boolean).join('-');
    const platforms = inputs.platforms.map(p => p.replace(/\//g, '-'));
    return [name, ...platforms].map(part => part.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '')).join('-');
}
/**
 * The tag suffixes of the `cache: registry` refs a run may use, as GitHub scopes the
 * Actions cache: the first is the run's own (the one it writes), then those it reads
 * after it: its pull request's base branch, then the default branch (no suffix). A
 * pull request's own is `-pr-<number>` (a fork's branch name could be anyone's); a
 * branch's is `-<branch>`. Only runs on the default branch and tag pushes write the
 * unsuffixed tags a release build reads, so nothing a branch or a pull request writes
 * reaches it, and the cache mounts' restore never runs a program from an image a less
 * trusted ref could write. A run whose default branch is unknown (no event payload)
 * is scoped to its branch; a schedule runs on the default branch only; a run outside
 * Actions (no GITHUB_REF) is the user's own.
 */
function registryCacheScopes(github) {
    const suffix = (name) => `-${(0,reference/* branchTag */.TY)(name)}`.slice(0, 64);
    const defaultBranch = github.defaultBranch;
    const trusted = [''];
    // Outside Actions (no ref) the run is the user's own; a tag push is made by someone who may release.
    if (github.ref === '' || github.ref.startsWith('refs/tags/'))
        return trusted;
    if (/^pull_request/.test(github.eventName) && github.pullRequestNumber !== undefined) {
        const base = github.baseRef && github.baseRef !== defaultBranch ? [suffix(github.baseRef)] : [];
        return [suffix(`pr-${github.pullRequestNumber}`), ...base, ...trusted];
    }
    const branch = github.ref.startsWith('refs/heads/') ? github.ref.slice('refs/heads/'.length) : undefined;
    if (branch !== undefined && (branch === defaultBranch || (defaultBranch === undefined && github.eventName === 'schedule')))
        return trusted;
    return [suffix(branch ?? github.ref.replace(/^refs\//, '')), ...trusted];
}
/** `ghcr.io/a/app:cache` + `-linux-arm64` → `ghcr.io/a/app:cache-linux-arm64` (a ref without a tag gets `buildcache<suffix>`). */
function withTagSuffix(ref, suffix) {
    if (!suffix)
        return ref;
    const parsed = (0,reference/* parseReference */.F2)(ref);
    return `${(0,reference/* repositoryName */.aR)(parsed)}:${parsed.tag ?? 'buildcache'}${suffix}`;
}
/** Does the cache mode ask for the GitHub Actions cache service (so its health is a fact to gather first)? */
function needsActionsCache(inputs) {
    return inputs.cache === 'gha' || inputs.cache === 'local';
}
/** Where the mounts image lives: next to the registry cache, `<cache ref>-mounts`. */
function mountsImageRef(cacheRef) {
    const ref = (0,reference/* parseReference */.F2)(cacheRef);
    return `${(0,reference/* repositoryName */.aR)(ref)}:${ref.tag ?? 'buildcache'}-mounts`;
}
/** A build's --cache-from and --cache-to entries: the user's own first, then the plan's. */
function cacheFlags(inputs, cache, role) {
    switch (role.kind) {
        case 'stage':
            return { from: [...inputs['cache-from'], ...role.stage.readRefs.map(ref => `type=registry,ref=${ref}`)], to: [`type=registry,ref=${role.stage.ref},${REGISTRY_CACHE_TO}`] };
        case 'cache-export':
            return { from: [], to: cache.local ? [`type=local,dest=${cache.local.fresh},${LOCAL_CACHE_TO}`] : [] };
        case 'image': {
            // The stages' caches, then the mode's: the image build reads all of them.
            const from = [...inputs['cache-from'], ...cache.stages.flatMap(s => s.readRefs.map(ref => `type=registry,ref=${ref}`)), ...cache.layers.from];
            if (role.readLocalCache && cache.local)
                from.push(`type=local,src=${cache.local.directory}`);
            return { from, to: [...inputs['cache-to'], ...cache.layers.to] };
        }
    }
}

;// CONCATENATED MODULE: ./src/plan/plan.ts
/**
 * Follows docker/build-push-action v7.3.0: src/context.ts.
 * Follows docker/actions-toolkit v0.92.0: src/buildx/build.ts, src/github/github.ts.
 */






/** Every secret value the inputs carry: what must be masked before anything is logged. */
function secretValues(inputs) {
    const values = inputs.secrets.map(s => (0,inputs_attrs/* splitKeyValue */.px)(s)[1]);
    if (inputs['github-token'])
        values.push(inputs['github-token']);
    return values.filter(v => v !== '');
}
/** docker/build-push-action's default context: the workflow's own commit, fetched by BuildKit. */
function defaultGitContext(github) {
    return `${github.serverUrl}/${github.repository}.git#${builtCommit(github)}`;
}
/** The commit (or, without GITHUB_SHA, the ref) the default Git context builds (actions-toolkit's `gitContext`). */
function builtCommit(github) {
    let ref = github.ref;
    if (!ref.startsWith('refs/'))
        ref = `refs/heads/${ref}`;
    if (ref.startsWith('refs/pull/') && ref.endsWith('/head') && github.pullRequestHeadSha)
        return github.pullRequestHeadSha;
    return github.sha || ref;
}
/** `{{defaultContext}}` rendered as build-push-action renders it in `context` and `build-contexts` (`{{defaultContext}}:subdir` → the git context's subdirectory). */
function withDefaultContext(value, gitContext) {
    return value.replace(/\{\{\s*defaultContext\s*\}\}/g, gitContext);
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
    const measure = role.kind === 'image' ? role.measure : undefined;
    const outputs = image ? [...inputs.outputs, ...(measure && 'outputs' in measure ? measure.outputs : [])] : ['type=cacheonly'];
    const target = role.kind === 'stage' ? role.stage.stage : inputs.target;
    const gitContext = defaultGitContext(facts.github);
    const context = withDefaultContext(inputs.context, gitContext) || gitContext;
    // BuildKit fetches the default git context itself (also as {{defaultContext}}:subdir); private repositories need the token.
    const usesDefaultGitContext = context.startsWith(gitContext);
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
    each('--build-context', inputs['build-contexts'].map(entry => withDefaultContext(entry, gitContext)));
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
    return { argv: args, files, metadataFile, iidFile, context, ...(measure ? { measure } : {}) };
}
/** The same build without its cache exports: what is retried when only the export failed. */
function withoutCacheExport(argv) {
    return argv.filter((arg, i) => arg !== '--cache-to' && argv[i - 1] !== '--cache-to');
}

// EXTERNAL MODULE: ./src/buildx/buildx.ts
var buildx_buildx = __nccwpck_require__(11826);
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
/** The steps that push: BuildKit's image export, and buildx's own merge of several nodes' manifests. */
const PUSH_STEP = /^(exporting to |merging manifest list |pushing )/;
/** An answer a later push may not get: 5xx but 501/505 (not implemented, version not supported), 408 and 429. */
const transientStatus = (status) => (status >= 500 && status !== 501 && status !== 505) || status === 408 || status === 429;
/** A connection dropped or cut off, a timeout, or a registry error code that says "later" (`unavailable:`, `toomanyrequests:`). */
const TRANSIENT_WORDS = /connection reset|broken pipe|use of closed network connection|server closed idle connection|\bEOF\b|timeout|timed out|deadline exceeded|\b(unavailable|toomanyrequests):/i;
/**
 * A registry refusing the credentials, whatever the status says. (Not `failed to authorize`
 * alone: BuildKit says that too when the token service answered a 503.)
 */
const AUTH_WORDS = /\b(unauthorized|denied|forbidden|authentication required|insufficient_scope)\b/i;
/** The statuses an error names (`…: 503 Service Unavailable`, `status code 429`), URLs and digests left out. */
function statuses(text) {
    return [...withoutUrls(text).matchAll(/(?::|status(?: code)?) ([1-5]\d\d)\b/g)].map(m => Number(m[1]));
}
/** URLs (an upload's URL carries base64 state) and digests make any word or number; they say nothing of the error. */
function withoutUrls(text) {
    // A URL never ends in the colon before the status that follows it (`…/blobs/sha256:…: 503 …`).
    return text.replace(/https?:\/\/[^\s"]*[^\s":]/g, 'URL').replace(/sha256:[0-9a-f]+/g, 'sha256:…');
}
function verdict(text) {
    const found = statuses(text);
    if (AUTH_WORDS.test(withoutUrls(text)) || found.some(s => s >= 400 && s < 500 && !transientStatus(s)))
        return 'refused';
    if (found.some(transientStatus) || TRANSIENT_WORDS.test(withoutUrls(text)))
        return 'transient';
    return 'unknown';
}
/**
 * Did the build fail only in pushing (every Dockerfile step done, the error on the image
 * export's step), on a registry error that may pass: a 5xx, 429, the registry's
 * `unavailable`/`toomanyrequests`, a connection reset, closed or broken, EOF, or a
 * timeout? BuildKit retries a request a few times (1, 2, 4 s) before it gives up on the
 * push; its `error:` lines show each failed request. Never when a failure came before the
 * export (a RUN, the base image's metadata: a Dockerfile step's `ERROR`), nor when the
 * step's error or any request it logged was refused: 401, 403, `unauthorized`, `denied`,
 * or another 4xx. Undefined when not.
 */
function transientPushError(progress) {
    const names = new Map();
    const logged = new Map();
    const errors = [];
    for (const line of progress.split('\n')) {
        const event = /^#(\d+) (.*)$/.exec(line);
        if (!event)
            continue;
        const [, id, what] = event;
        if (!names.has(id))
            names.set(id, what);
        const error = /^ERROR: (.*)$/.exec(what);
        if (error)
            errors.push({ id, message: error[1].trim() });
        const request = /^\d+\.\d+ error: (.*)$/.exec(what);
        if (request)
            logged.set(id, [...(logged.get(id) ?? []), request[1]]);
    }
    // Any step but a push that failed (a RUN, a FROM's metadata, the cache export) is not this.
    if (errors.length === 0 || errors.some(e => !PUSH_STEP.test(names.get(e.id) ?? '')))
        return undefined;
    const requests = errors.flatMap(e => logged.get(e.id) ?? []);
    if ([...errors.map(e => e.message), ...requests].some(text => verdict(text) === 'refused'))
        return undefined;
    const last = errors[errors.length - 1].message;
    const lastRequest = requests[requests.length - 1];
    // The step's error decides; when it says nothing either way, the last request that failed does.
    const transient = verdict(last) === 'transient' || (verdict(last) === 'unknown' && lastRequest !== undefined && verdict(lastRequest) === 'transient');
    if (!transient)
        return undefined;
    const status = [last, ...[...requests].reverse()].flatMap(statuses).find(transientStatus);
    return { message: last.replace(/(https?:\/\/[^\s"?]+)\?[^\s"]*[^\s":]/g, '$1'), ...(status ? { status } : {}) };
}

// EXTERNAL MODULE: ./src/buildx/diagnostics.ts
var diagnostics = __nccwpck_require__(64840);
;// CONCATENATED MODULE: ./src/buildx/build.ts
/**
 * Running one planned build: its secret files on disk for the length of the build,
 * the command echoed once per start, the push started again when it failed on a
 * registry error that may pass, and the retry without `--cache-to` when only the cache
 * export failed.
 */






/** Oldest buildx whose flags hoist's argv uses (--annotation 0.12, --call 0.15). */
const MIN_BUILDX = 'v0.15.0';
/**
 * A push that failed on a registry error that may pass (buildx/progress.ts
 * `transientPushError`) is started again with the same argv: the build is in the
 * builder's cache, so a retry only pushes. At most this many starts, the first included.
 */
const PUSH_ATTEMPTS = 5;
/** The wait before the first push retry, doubled before each next one: 1 s, 2 s, 4 s, 8 s. */
const PUSH_RETRY_WAIT_MS = 1000;
/** No push retry starts when it would begin later than this after the first failed push ended: waits and retried pushes count alike. */
const PUSH_RETRY_BUDGET_MS = 120_000;
/** Echoes the command, as a shell would take it, then runs it with its output streamed into the log. */
function startBuild(deps, argv, options = {}) {
    deps.runner.info(['docker', ...argv].map(quoteArg).join(' '));
    // The build checks' warnings go into the metadata file, with their source lines (as build-push-action has it).
    return deps.exec('docker', argv, { stream: true, env: { BUILDX_METADATA_WARNINGS: deps.env.metadataWarnings }, ...options });
}
/** A build that failed, with where and why when buildx's progress says. */
class BuildFailedError extends Error {
    failure;
    progress;
    constructor(message, failure, 
    /** buildx's progress up to the failure. */
    progress) {
        super(message);
        this.failure = failure;
        this.progress = progress;
        this.name = 'BuildFailedError';
    }
}
/** Runs the build; returns buildx's progress output, or throws with buildx's own last words. */
async function runPlannedBuild(deps, plan, start) {
    return (await runPlannedBuildCounted(deps, plan, start)).progress;
}
/** runPlannedBuild, also saying how often the push was retried. */
async function runPlannedBuildCounted(deps, plan, start = argv => startBuild(deps, argv)) {
    for (const file of plan.files)
        external_node_fs_.writeFileSync(file.path, file.content, { mode: 0o600 });
    try {
        const retries = new PushRetries(deps);
        let result = await retries.run(start, plan.argv);
        if (result.exitCode !== 0 && cacheExportFailed(result.stderr)) {
            // A cache that cannot be written (quota, rate limit, no such registry) must not
            // fail a build that succeeded: say so, and build again without exporting it.
            deps.runner.warning(`the build succeeded but exporting its cache failed (${lastError(result.stderr)}); building again without cache-to`);
            result = await retries.run(argv => startBuild(deps, argv), withoutCacheExport(plan.argv));
        }
        if (result.exitCode !== 0) {
            // Only a failed build asks for the version (a CLI start): was buildx too old for a flag?
            const buildx = await (0,buildx_buildx/* buildxVersion */.ry)(deps.exec).catch(() => undefined);
            const tooOld = buildx && !atLeast(buildx, MIN_BUILDX) ? ` — buildx ${buildx} is older than ${MIN_BUILDX}, which hoist needs: update it (docker/setup-buildx-action)` : '';
            throw new BuildFailedError(`buildx failed with exit code ${result.exitCode}: ${lastError(result.stderr)}${retries.gaveUp ?? ''}${tooOld}`, (0,diagnostics/* parseFailure */.m)(result.stderr), result.stderr);
        }
        return { progress: retries.firstProgress ?? result.stderr, pushRetries: retries.count };
    }
    finally {
        // Secret values live on disk only for the length of the build.
        for (const file of plan.files)
            external_node_fs_.rmSync(file.path, { force: true });
    }
}
/** The push retries of one planned build, under one budget: each start that failed on a registry error that may pass is made again. */
class PushRetries {
    deps;
    count = 0;
    /** The progress of the first start whose push was retried. */
    firstProgress;
    /** Why the last failure was not retried, when retries ran out: said with the error. */
    gaveUp;
    firstFailedAt;
    now;
    sleep;
    constructor(deps) {
        this.deps = deps;
        this.now = deps.now ?? (() => performance.now());
        this.sleep = deps.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
    }
    async run(start, argv) {
        let result = await start(argv);
        for (let error = failedPush(result); error; error = failedPush(result)) {
            this.firstFailedAt ??= this.now();
            this.firstProgress ??= result.stderr;
            const attempt = this.count + 2;
            const wait = PUSH_RETRY_WAIT_MS * 2 ** this.count;
            const spent = this.now() - this.firstFailedAt;
            if (attempt > PUSH_ATTEMPTS || spent + wait > PUSH_RETRY_BUDGET_MS) {
                const tried = `the push was tried ${this.count + 1} times, each failing on a registry error that may pass`;
                this.gaveUp = ` (${tried}${attempt > PUSH_ATTEMPTS ? '' : `; the ${PUSH_RETRY_BUDGET_MS / 1000} s push retry budget is spent`})`;
                break;
            }
            this.deps.runner.warning(`pushing the image failed on a registry error that may pass (${describe(error)}); pushing again in ${wait / 1000} s, attempt ${attempt} of ${PUSH_ATTEMPTS} (the build itself comes from the builder's cache)`);
            await this.sleep(wait);
            this.count++;
            result = await start(argv);
        }
        return result;
    }
}
/** The failure of a start that is a push worth retrying; none for a success or any other failure. */
function failedPush(result) {
    return result.exitCode === 0 ? undefined : transientPushError(result.stderr);
}
function describe(error) {
    return error.status ? `HTTP ${error.status}: ${error.message}` : error.message;
}
function quoteArg(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

// EXTERNAL MODULE: ./src/inputs/errors.ts
var inputs_errors = __nccwpck_require__(91318);
// EXTERNAL MODULE: ./src/inputs/validate.ts + 6 modules
var validate = __nccwpck_require__(24365);
// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __nccwpck_require__(16357);
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
 * A local context only: BuildKit's Git context holds no `.git` (unless asked to keep it).
 */
function cacheBustingAdvice(dockerfile, files) {
    if (dockerfile?.origin !== 'local' || dockerfile.contextDir === undefined)
        return [];
    const gitDir = external_node_path_.join(dockerfile.contextDir, '.git');
    if (!(files.isDirectory(gitDir) || files.isFile(gitDir)))
        return [];
    if (ignoresGit(dockerfile.dockerignore))
        return [];
    const message = `this copies the whole context, and the context's .git directory changes on every checkout: this layer and all after it miss the cache on every run. Add .git to ${external_node_path_.join(dockerfile.contextDir, '.dockerignore')}.`;
    return wholeContextCopies(dockerfile.text).map(line => ({ message, file: dockerfile.path, line, title: 'cache busting' }));
}

;// CONCATENATED MODULE: ./src/plan/measure.ts
/**
 * Sizes for an image that is not pushed (`push: false`, no tags, `load: true`, an output
 * that stays on the runner): the build also writes an OCI layout, which hoist reads as it
 * reads a registry. BuildKit writes the same blobs a push would store, compressed the same
 * way (the image output's compression attributes are carried over). Pure: the decision
 * and the extra `--output`; readback/layout.ts reads what it wrote.
 */



/** The image output's attributes that change the bytes a push stores. */
const BYTE_ATTRS = ['compression', 'compression-level', 'force-compression'];
/**
 * How the image of a build that is not pushed is measured (plan/run.ts decides that it
 * is), or why this builder cannot write the layout.
 */
function planMeasure(inputs, facts) {
    const images = (0,inputs_attrs/* imageOutputs */.am)(inputs.outputs);
    // Several exporters in one build came with BuildKit v0.13 (and buildx 0.13). The engine's
    // own builder may report no usable version (`v0.8+unknown`): it is not assumed recent.
    const engine = facts.builder.driver === 'docker';
    if (!atLeast(facts.builder.buildkitVersion, 'v0.13.0') || (engine && !facts.builder.buildkitVersion)) {
        return {
            unavailable: `the builder's BuildKit (${facts.builder.buildkitVersion ?? 'version unknown'}) cannot write a second output to measure the image (v0.13 or newer can); sizes are read only after a push`
        };
    }
    const carried = images.flatMap(o => (0,inputs_attrs/* parseAttrs */.O_)(o).filter(([k]) => BYTE_ATTRS.includes(k)));
    const attrs = [...new Map(carried).entries()].map(([k, v]) => `${k}=${v}`);
    const dir = external_node_path_.join(facts.tmpDir, 'measure');
    const oci = ['type=oci', `dest=${dir}`, 'tar=false', ...attrs].join(',');
    // With no output at all, buildx gives the engine's builder an image output of its own
    // (the image lands in the engine); a second output would replace that default, so it is given.
    const keepDefault = engine && inputs.outputs.length === 0 && !inputs.load ? ['type=image'] : [];
    return { dir, outputs: [...keepDefault, oci] };
}

;// CONCATENATED MODULE: ./src/plan/run.ts
/**
 * What kind of run this step is and what it does, decided once from the checked inputs
 * and the builder: the mode (a build, a platform job of a distributed build, the merge
 * of those jobs, or a fork's comment posted from the base repository), what is pushed
 * and tagged, what is read back, where sizes come from, and which size gate applies.
 * Pure; main.ts runs the mode's phases, and no phase decides any of this again.
 */




/** The mode alone, known before the builder is: main needs it to check the artifact service before any program runs. */
function runMode(inputs) {
    if (inputs['comment-only'])
        return 'comment-only';
    if (inputs.merge)
        return 'merge';
    return inputs.distribute !== '' ? 'platform-job' : 'build';
}
/** The digests travel as artifacts of the run only when there is something to hand on: a push. */
function usesArtifacts(inputs) {
    const mode = runMode(inputs);
    return (mode === 'platform-job' || mode === 'merge') && inputs.push;
}
/** Decides the run; throws the input error when a size gate is asked for and nothing can be measured. */
function decideRun(inputs, facts) {
    const mode = runMode(inputs);
    const gate = inputs['max-size'] ? 'max-size' : inputs['max-size-increase'] ? 'max-size-increase' : undefined;
    const base = { mode, usesArtifacts: usesArtifacts(inputs), ...(gate ? { gate } : {}) };
    switch (mode) {
        case 'comment-only':
            return { ...base, pushes: false, tags: [], handsOff: false, sizes: 'none', notes: [] };
        case 'merge':
            if (!inputs.push) {
                return {
                    ...base,
                    pushes: false,
                    tags: [],
                    handsOff: false,
                    sizes: 'none',
                    notes: ['merge: push is false, so no image is created (the distribute: platform jobs hand nothing on without a push)']
                };
            }
            return { ...base, pushes: true, tags: inputs.tags, handsOff: false, readBack: inputs.tags[0], sizes: 'registry', notes: [] };
        case 'platform-job':
            if (inputs.push) {
                // Pushed by digest only, read back by digest for platform-digests; the merge reports sizes and checks the gate.
                return { ...base, pushes: true, tags: [], handsOff: true, readBack: (0,distribute/* imageRepositories */.MC)(inputs.tags)[0], sizes: 'none', notes: [] };
            }
            return withGate({ ...base, pushes: false, tags: inputs.tags, handsOff: false, sizes: 'none', notes: ['distribute: push is false, so nothing is pushed or handed on to the merge step'] });
        case 'build':
            return buildRun(inputs, facts, base);
    }
}
function buildRun(inputs, facts, base) {
    if (inputs.push && inputs.tags.length > 0)
        return { ...base, pushes: true, tags: inputs.tags, handsOff: false, readBack: inputs.tags[0], sizes: 'registry', notes: [] };
    const run = { ...base, pushes: false, tags: inputs.tags, handsOff: false, sizes: 'none', notes: [] };
    // A call (check, outline…) or outputs that are files, not an image: nothing to measure.
    const makesImage = !inputs.call && (inputs.outputs.length === 0 || (0,inputs_attrs/* imageOutputs */.am)(inputs.outputs).length > 0);
    if (!makesImage)
        return withGate(run);
    const measure = planMeasure(inputs, facts);
    if ('unavailable' in measure)
        return withGate({ ...run, measure, notes: [`sizes not measured: ${measure.unavailable}`] }, measure.unavailable);
    // The engine's builder keeps its own image output beside the layout (plan/measure.ts).
    const exportsNothing = !inputs.push && !inputs.load && inputs.outputs.length === 0 && facts.builder.driver !== 'docker';
    return { ...run, sizes: 'layout', measure, ...(exportsNothing ? { measuredOnly: true } : {}) };
}
/** A gate that cannot be checked is an input error, said before anything is built. */
function withGate(run, why = 'this build produces no image to measure') {
    if (!run.gate)
        return run;
    throw new inputs_errors/* InputErrors */.G([
        new inputs_errors/* InputError */.dz(run.gate, `cannot be checked: ${why}`, 'Push the image (push: true, e.g. to a pr-N tag), use a builder hoist sets up (driver: docker-container), or drop the gate.')
    ]);
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


/** How the builds of this run start: beside the cache-mount restore when a session has mounts to restore, else plainly. */
function startWithMountRestore(deps, session) {
    return async (argv) => {
        if (!session?.canRestoreMounts)
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

;// CONCATENATED MODULE: ./src/phases/build.ts
/**
 * The build phase: the image built as the run plan says (a platform job pushes by digest
 * only; an image that is not pushed also writes the layout it is measured from), then
 * build-push-action's outputs: `imageid`, `digest` and `metadata` (empty of the image when
 * the measuring layout was the only output, as they are after build-push-action). A failed build throws
 * BuildFailedError, which the diagnose phase turns into an annotation and a summary.
 */






/** buildx's metadata as it is with no exporter: the build's own keys (ref, warnings, provenance), none of the image's. */
function withoutExporterKeys(raw) {
    return Object.fromEntries(Object.entries(raw).filter(([key]) => key.startsWith('buildx.')));
}
async function build(ports, job, cache, session) {
    const { runner } = ports;
    const { inputs, run } = job;
    const plan = planBuild(run.handsOff ? (0,distribute/* platformJobInputs */.Oy)(inputs) : inputs, job.facts, cache, { kind: 'image', readLocalCache: session?.localCacheRestored, measure: run.measure });
    const started = ports.now();
    const { progress, pushRetries } = await runner.group('Build', () => runPlannedBuildCounted(ports, plan, startWithMountRestore(ports, session)));
    const durationMs = Math.round(ports.now() - started);
    const metadata = (0,buildx_buildx/* parseMetadata */.jR)(ports.files.readText(plan.metadataFile) ?? '');
    const imageId = plan.iidFile ? ports.files.readText(plan.iidFile)?.trim() || undefined : undefined;
    // hoist's measuring layout is not an export the workflow asked for: its digest is no output.
    if (imageId && !run.measuredOnly)
        runner.setOutput('imageid', imageId);
    if (metadata.digest && !run.measuredOnly)
        runner.setOutput('digest', metadata.digest);
    runner.setOutput('metadata', JSON.stringify(run.measuredOnly ? withoutExporterKeys(metadata.raw) : metadata.raw, null, 2));
    return { progress, durationMs, hits: cacheHits(progress), metadata, ...(imageId ? { imageId } : {}), ...(pushRetries > 0 ? { pushRetries } : {}) };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./src/runner/env.ts
var env = __nccwpck_require__(48249);
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
    const load = () => Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(24), __nccwpck_require__.e(88), __nccwpck_require__.e(277)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55277));
    const home = external_node_os_.homedir();
    const portable = (directory) => {
        const relative = external_node_path_.relative(home, directory);
        return relative && !relative.startsWith('..') && !external_node_path_.isAbsolute(relative) ? `~/${relative.split(external_node_path_.sep).join('/')}` : directory;
    };
    const rooted = (0,env/* withProcessVariable */._d)('GITHUB_WORKSPACE', root);
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
 * Keys for `cache: local`'s layer cache: one entry per run that built something
 * (the run id makes it new), found again by the same dependencies on this branch,
 * then any on this branch, then the default branch's. `build` tells builds apart
 * (Dockerfile, target, platforms) so two images in one repository do not share.
 */
function layerCacheKeys(build, depsKey, github, now = Date.now()) {
    const id = (0,hash/* shortHash */.B)(build);
    const deps = depsKey.replace(/^sha256:/, '').slice(0, 16);
    const branch = (0,reference/* branchTag */.TY)((0,workflow/* branchOf */.W0)(github) ?? 'default');
    const run = github.runId ? `${github.runId}-${github.runAttempt || '1'}` : String(now);
    const restoreKeys = [`hoist-layers-${id}-${branch}-${deps}-`, `hoist-layers-${id}-${branch}-`];
    const main = github.defaultBranch ? (0,reference/* branchTag */.TY)(github.defaultBranch) : undefined;
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
    const { request } = url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 44708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 37067, 23));
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
async function checkCacheService(services, post = nodePost) {
    const url = services.resultsUrl;
    const token = services.runtimeToken;
    if (!url || !token) {
        if (services.cacheUrl && token)
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: ./src/registry/client.ts
var client = __nccwpck_require__(32440);
// EXTERNAL MODULE: ./src/dockerfile/expand.ts
var expand = __nccwpck_require__(51424);
;// CONCATENATED MODULE: ./src/dockerfile/mounts.ts
/**
 * Build args and RUN cache mounts, resolved as BuildKit's Dockerfile frontend does it
 * (moby/buildkit frontend/dockerfile/instructions and dockerfile2llb): the global and
 * per-stage ARG/ENV scopes, which image a stage starts from (`stageBase`, following
 * `FROM <stage>` chains), and each valid `--mount=type=cache` of a RUN with its
 * variables expanded (`cacheMounts`). Pure: no I/O.
 * Follows moby/buildkit v0.32.2: frontend/dockerfile/instructions/commands_runmount.go, frontend/dockerfile/dockerfile2llb/convert.go, frontend/dockerfile/dockerfile2llb/convert_runmount.go, frontend/dockerfile/dockerfile2llb/platform.go.
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
        if (key === 'from' && hasVariable(written))
            return undefined;
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
/** BuildKit takes `from` as written: a `$` there (but a trailing one) is a variable it refuses. */
function hasVariable(value) {
    const dollar = value.indexOf('$');
    return dollar !== -1 && dollar !== value.length - 1;
}
/**
 * The `from=` of one `--mount=` value, any mount type, as BuildKit reads it for the stage
 * graph (the key case-insensitive, the last one winning); undefined when there is none, it
 * is empty or holds a variable, or the value is no CSV BuildKit would read.
 */
function mountFrom(csv) {
    let from;
    for (const field of csvFields(csv) ?? []) {
        const eq = field.indexOf('=');
        if (eq >= 0 && field.slice(0, eq).trim().toLowerCase() === 'from')
            from = field.slice(eq + 1);
    }
    return from === undefined || from === '' || hasVariable(from) ? undefined : from;
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

;// CONCATENATED MODULE: ./src/cache/mount-dockerfiles.ts
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
    const ref = (0,reference/* parseReference */.F2)(image);
    let fetched;
    try {
        fetched = await registry.getManifest(ref, ref.tag ?? 'latest');
    }
    catch (e) {
        if (e instanceof client/* RegistryError */.gl && e.status === 404)
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
        const lockfiles = dockerfile ? lockfilesOf(dockerfile) : [];
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
     * The Actions cache's mounts entry, found before the build, is downloaded only when the
     * build is about to need it (by the restore, which runs once): a build whose mount steps
     * all come from the cache never pays for it. True when there is nothing to download.
     */
    async downloadMounts() {
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
        const state = { carried: selection.carried, key, store: { image: where.image } };
        // This run's own image first, then those of the refs it trusts (plan/cache.ts): never one a less trusted ref writes.
        for (const image of where.readFrom) {
            try {
                const saved = await findSavedImage(deps.registry, image);
                deps.info(saved ? `cache mounts: found ${image} (${(0,util_bytes/* formatBytes */.z3)(saved.bytes)})` : `cache mounts: none saved yet at ${image}`);
                if (!saved)
                    continue;
                state.saved = { source: { image }, key: saved.key, bytes: saved.bytes };
                break;
            }
            catch (e) {
                deps.warning(`cache mounts: could not read ${image} (${e.message}); this build starts without them`);
                break;
            }
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
/**
 * Lockfiles at the context's root and next to the Dockerfile, from the context on this
 * machine; as the Dockerfile's source gives them when there is none (GitHub's API: their blob hashes).
 */
function lockfilesOf(dockerfile) {
    if (dockerfile.lockfiles)
        return dockerfile.lockfiles;
    if (dockerfile.contextDir === undefined || dockerfile.localPath === undefined)
        return [];
    return readLockfiles(dockerfile.contextDir, external_node_path_.dirname(dockerfile.localPath));
}
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

// EXTERNAL MODULE: ./src/runner/state.ts
var state = __nccwpck_require__(6003);
;// CONCATENATED MODULE: ./src/phases/cache.ts
/**
 * The cache phase: the cache plan carried out around the image build. The plan (with
 * the Actions cache service checked first when the mode needs it), the session opened
 * before the build (restores), the `cache-stages` builds, and after the build
 * `cache: local`'s export and the saves. Every cache problem is a warning: a colder
 * build, never a failed one.
 */










/** The cache plan for this build; an Actions cache service that cannot be used now is said and left out. */
async function planCaching(ports, inputs, facts) {
    if (needsActionsCache(inputs)) {
        const service = await checkCacheService(ports.env.actions);
        if (!service.usable)
            facts.actionsCacheUnusable = service.why;
    }
    const cache = resolveCache(inputs, facts);
    if (cache.unavailable)
        ports.runner.warning(cache.unavailable);
    if (cache.directory)
        state/* state */.w.saveCacheDir(ports.runner, cache.directory);
    return cache;
}
/**
 * Opens the run's cache session (restores what the plan keeps outside buildx); undefined
 * for `cache: none`. `newBuilder`: the builder was created for this step (and may still
 * be booting): it holds no cache mounts, so it is not asked.
 */
async function openCache(ports, inputs, facts, plan, newBuilder = false) {
    if (plan.mode === 'none')
        return undefined;
    const { runner } = ports;
    return runner.group('Cache', () => CacheSession.open({
        exec: ports.exec,
        registry: ports.registry,
        actionsCache: actionsCache(m => runner.warning(m), facts.cacheRoot),
        info: m => runner.info(m),
        warning: m => runner.warning(m),
        tmpDir: facts.tmpDir
    }, plan, inputs, facts.github, facts.dockerfile, { askBuilder: !newBuilder }));
}
/** `cache-stages`: each stage built on its own and exported to its own cache ref, before the image. */
async function buildStages(ports, inputs, facts, plan, session) {
    const built = [];
    for (const [i, stage] of plan.stages.entries()) {
        const buildFacts = { ...facts, tmpDir: subdirectory(facts.tmpDir, `stage-${i}`) };
        const build = planBuild(inputs, buildFacts, plan, { kind: 'stage', stage });
        const started = ports.now();
        const progress = await ports.runner.group(`Build stage ${stage.stage} (cache ${stage.ref})`, () => runPlannedBuild(ports, build, startWithMountRestore(ports, session)));
        built.push({ stage: stage.stage, progress, hits: cacheHits(progress), ms: Math.round(ports.now() - started) });
    }
    return built;
}
/**
 * After a successful build: `cache: local`'s export (only when a step ran, in the image
 * build or a stage build), then the saves.
 */
async function saveCache(ports, inputs, facts, plan, session, stages, image) {
    const hits = cacheHits(image.progress);
    const stepsRan = hits.cached < hits.total || stages.some(s => s.hits.cached < s.hits.total);
    await ports.runner.group('Save cache', async () => {
        if (plan.local && stepsRan)
            await exportLocalCache(ports, inputs, facts, plan);
        await session.save([...stages.map(s => s.progress), image.progress], stepsRan);
    });
}
/** `cache: local`'s export build: nothing but the cache, from the builder's fresh state. */
async function exportLocalCache(ports, inputs, facts, plan) {
    const build = planBuild(inputs, { ...facts, tmpDir: subdirectory(facts.tmpDir, 'cache-export') }, plan, { kind: 'cache-export' });
    try {
        await runPlannedBuild(ports, build);
    }
    catch (e) {
        ports.runner.warning(`cache: local: exporting the cache failed (${e.message}); the image is built and pushed`);
    }
}
/** The summary's cache notes: the session's, and a line for the stage builds. */
function cacheNotes(session, stages) {
    const notes = { ...session?.notes };
    if (stages.length === 0)
        return notes;
    return { ...notes, stages: stages.map(s => `${s.stage}: ${s.hits.cached}/${s.hits.total} steps cached, ${(s.ms / 1000).toFixed(1)} s`).join('; ') };
}
function subdirectory(parent, name) {
    const dir = external_node_path_.join(parent, name);
    external_node_fs_.mkdirSync(dir, { recursive: true });
    return dir;
}

;// CONCATENATED MODULE: ./src/report/diagnostics.ts
/**
 * The build's own words put where users look: each build check warning as an annotation
 * on its Dockerfile line (as docker/build-push-action does, with the rule as the title and
 * its documentation link), and a failed build as an error annotation on the failing
 * instruction plus a job summary of what failed. Pure.
 */

/**
 * The file as the workspace names it: the frontend knows the Dockerfile by its base name
 * only (`Dockerfile` for `file: app/Dockerfile`), so that name is mapped back to the path.
 */
function workspacePath(frontendName, dockerfile) {
    if (!frontendName)
        return dockerfile;
    if (dockerfile && external_node_path_.basename(dockerfile) === frontendName)
        return external_node_path_.normalize(dockerfile);
    return frontendName;
}
function warningAnnotations(warnings, dockerfile) {
    // In the Dockerfile's order (file, then line; no line last): BuildKit's metadata lists them in no fixed order from one build to the next.
    const ordered = [...warnings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.startLine ?? Number.MAX_SAFE_INTEGER) - (b.startLine ?? Number.MAX_SAFE_INTEGER));
    return ordered.map(w => {
        const file = workspacePath(w.file, dockerfile);
        return {
            title: w.rule,
            message: [w.description, ...w.detail, ...(w.url ? [`More info: ${w.url}`] : [])].join('\n'),
            ...(file ? { file } : {}),
            ...(w.startLine !== undefined ? { startLine: w.startLine } : {}),
            ...(w.endLine !== undefined ? { endLine: w.endLine } : {})
        };
    });
}
function failureAnnotation(failure, dockerfile) {
    const file = failure.line !== undefined ? workspacePath(failure.file, dockerfile) : undefined;
    return {
        title: `build failed: ${failure.step}`,
        message: `${failure.message}${failure.lastLines.length ? `\nlast lines:\n${failure.lastLines.slice(-5).join('\n')}` : ''}`,
        ...(file ? { file, startLine: failure.line } : {})
    };
}
/** The job summary of a failed build: the step, platform and line, its last lines (already masked), and the cache up to there. */
function failureMarkdown(failure, context) {
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = ['### hoist · build failed', '', '| | |', '|---|---|'];
    if (failure) {
        lines.push(`| step | \`${cell(failure.step)}\` |`);
        if (failure.stage)
            lines.push(`| stage | ${cell(failure.stage)} |`);
        if (failure.platform)
            lines.push(`| platform | ${failure.platform} |`);
        const file = workspacePath(failure.file, context.dockerfile);
        if (file && failure.line !== undefined)
            lines.push(`| line | \`${cell(file)}:${failure.line}\` |`);
        lines.push(`| error | ${cell(failure.message)} |`);
    }
    else {
        lines.push(`| error | ${cell(context.message)} |`);
    }
    if (context.cache.total > 0)
        lines.push(`| cache until then | ${context.cache.cached}/${context.cache.total} steps cached (${Math.round((context.cache.cached / context.cache.total) * 100)} %) |`);
    if (failure?.lastLines.length)
        lines.push('', 'Last lines of the step:', '', '```', ...failure.lastLines.slice(-20).map(l => l.replace(/```/g, "'''")), '```');
    lines.push('', 'Nothing was pushed.');
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/phases/diagnose.ts


/**
 * Each build check warning as an annotation on its Dockerfile line, unless DOCKER_BUILD_CHECKS_ANNOTATIONS=false.
 * `dockerfile`: its path as GitHub places annotations (phases/inputs.ts found it).
 */
function annotateWarnings(ports, dockerfile, warnings) {
    if (!ports.env.checksAnnotations)
        return;
    for (const w of warningAnnotations(warnings, dockerfile))
        ports.runner.warning(w.message, { title: w.title, file: w.file, startLine: w.startLine, endLine: w.endLine });
}
/** What the runner's masking does to the log, for text hoist writes elsewhere (the job summary is not masked). */
function masked(text, secrets) {
    return [...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => (s ? t.split(s).join('***') : t), text);
}
/**
 * A failed build, where users look: an error annotation on the failing instruction's line
 * and a job summary of the step, its platform, its last lines (masked) and the cache until
 * then (DOCKER_BUILD_SUMMARY=false turns the summary off, as for build-push-action).
 */
function reportFailure(ports, dockerfile, error, secrets) {
    if (error.failure) {
        const note = failureAnnotation(error.failure, dockerfile);
        // The runner masks the message, not the title: both are masked here.
        ports.runner.error(masked(note.message, secrets), { title: masked(note.title, secrets), ...(note.file ? { file: note.file, startLine: note.startLine } : {}) });
    }
    if (!ports.env.buildSummary)
        return;
    // The whole summary is masked, not only the build's own words: a step's name quotes its instruction, which may hold a secret.
    ports.runner.appendSummary(masked(failureMarkdown(error.failure, { message: error.message, ...(dockerfile ? { dockerfile } : {}), cache: cacheHits(error.progress) }), secrets));
}

// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __nccwpck_require__(4616);
// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __nccwpck_require__(33113);
// EXTERNAL MODULE: ./src/inputs/dockerfile-source.ts
var dockerfile_source = __nccwpck_require__(59873);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __nccwpck_require__(40712);
;// CONCATENATED MODULE: ./src/inputs/list.ts
/** Follows docker/actions-toolkit v0.92.0: src/util.ts. */

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
/** Follows docker/build-push-action v7.3.0: src/context.ts, action.yml. */



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
    'annotate-growth': 'string',
    'size-trend': 'string',
    'pr-comment': 'boolean',
    'size-analysis': 'string',
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
    append: 'string',
    version: 'string',
    name: 'string',
    use: 'boolean',
    'keep-state': 'boolean',
    cleanup: 'boolean',
    'cache-binary': 'boolean',
    'binfmt-image': 'string',
    'binfmt-platforms': { list: {} },
    'meta-images': { list: { ignoreComma: true } },
    'meta-tags': { list: { ignoreComma: true } },
    'meta-flavor': { list: { ignoreComma: true } },
    'meta-labels': { list: { ignoreComma: true } },
    'meta-annotations': { list: { ignoreComma: true } },
    'meta-sep-tags': 'untrimmed',
    'meta-sep-labels': 'untrimmed',
    'meta-sep-annotations': 'untrimmed',
    'meta-context': 'string',
    registry: 'string',
    username: 'string',
    password: 'string',
    scope: 'string',
    ecr: 'string',
    'registry-auths': 'string',
    logout: 'boolean',
    distribute: 'string',
    merge: 'boolean',
    'comment-only': 'boolean'
};
/** Booleans whose action.yml default is true (an empty value means the default). */
const DEFAULT_TRUE = new Set(['pr-comment', 'cache-mounts', 'logout', 'cleanup', 'cache-binary']);
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
        else if (kind === 'string' || kind === 'untrimmed') {
            inputs[name] = read(name, kind === 'string');
        }
        else {
            inputs[name] = parseList(read(name, kind.list.trimWhitespace !== false), kind.list);
        }
    }
    return inputs;
}

;// CONCATENATED MODULE: ./src/plan/dockerfile-source.ts
/**
 * Where hoist reads the Dockerfile of build-push-action's default Git context, which
 * BuildKit fetches itself (`<server>/<owner>/<repo>.git#<commit>`): from the workspace
 * when it is a checkout of that very commit (as after actions/checkout), else through
 * GitHub's contents API at that commit with the step's token. When neither can, the
 * build still runs, and one notice says which of hoist's features are off and why.
 */


/** The way to read the default Git context's files: the checkout first, the contents API second. */
function planGitRead(github, token, checkout) {
    const commit = builtCommit(github);
    const plan = { commit, skipped: [] };
    if ('failed' in checkout)
        plan.skipped.push(`the workspace is not a Git checkout (${checkout.failed})`);
    else if (checkout.head !== commit)
        plan.skipped.push(`the workspace's checkout is at ${checkout.head || 'no commit'}, not at ${commit}`);
    else
        return { ...plan, checkout: checkout.root };
    const [owner, repo] = github.repository.split('/');
    if (!owner || !repo)
        plan.skipped.push('GITHUB_REPOSITORY does not name the repository, so GitHub cannot be asked');
    else if (!token)
        plan.skipped.push('github-token is empty, so GitHub cannot be asked');
    else
        plan.api = { apiUrl: github.apiUrl, owner, repo, token };
    return plan;
}
/**
 * The one notice for a Git context whose Dockerfile could not be read: each feature that
 * is off for this build (only those the inputs would use), why, and how to turn them on.
 */
function featuresOffNotice(inputs, where, why) {
    const file = where.path;
    const off = [];
    if ((0,cache/* isCacheMode */.O1)(inputs.cache) && inputs.cache !== 'none' && inputs['cache-mounts'])
        off.push(`cache mounts are not carried (cache: ${inputs.cache})`);
    off.push('no QEMU analysis: no emulator is registered for the stages that run emulated, and no emulation advice is given');
    const named = ['target', 'cache-stages', 'no-cache-filters'].filter(name => inputs[name].length > 0);
    if (named.length > 0)
        off.push(`${named.join(', ')} ${named.length > 1 ? 'are' : 'is'} not checked against the Dockerfile's stages`);
    // BuildKit names the file as read in the subdirectory: GitHub would look for it at the repository's root.
    if (where.subdir)
        off.push(`build-check and failure annotations name ${inputs.file || 'Dockerfile'} as BuildKit knows it, not ${file}`);
    return (`Dockerfile: hoist could not read ${file} of the Git context that BuildKit fetches (${why.join('; ')}). The build goes on; off for it: ${off.join('; ')}. ` +
        'To turn them on, check out the commit first (actions/checkout), or give github-token read access to the repository contents.');
}

// EXTERNAL MODULE: ./src/plan/login.ts
var login = __nccwpck_require__(59790);
;// CONCATENATED MODULE: ./src/plan/meta-inputs.ts
/**
 * The step's inputs and the metadata engine's (plan/metadata/): the meta-* inputs handed
 * to the rules, and the generated tags, labels and annotations merged back into the
 * inputs the rest of the run reads. An explicit `tags` input wins over the generated
 * tags, and the user's `labels`/`annotations` win over generated ones of the same key.
 */

const META_INPUTS = ['meta-tags', 'meta-flavor', 'meta-labels', 'meta-annotations'];
function metaInputs(inputs) {
    return { images: inputs['meta-images'], tags: inputs['meta-tags'], flavor: inputs['meta-flavor'], labels: inputs['meta-labels'], annotations: inputs['meta-annotations'] };
}
/** A meta-* rule input without meta-images has nothing to apply to. */
function metaInputsWithoutImages(inputs) {
    if (inputs['meta-images'].length > 0)
        return [];
    const given = META_INPUTS.filter(name => inputs[name].length > 0);
    return given.length === 0 ? [] : [new inputs_errors/* InputError */.dz(given[0], `is given without meta-images`, 'Name the images to tag in meta-images (e.g. ghcr.io/acme/app); the rules apply to them.')];
}
/** metadata-action's `context`: `workflow` (the default) or `git`; anything else stops the step before it builds. */
function metaContextProblems(inputs) {
    const value = inputs['meta-context'];
    if (value === '' || value === 'workflow' || value === 'git')
        return [];
    return [new inputs_errors/* InputError */.dz('meta-context', `'${value}' is not workflow or git`, "Use workflow (the event: its ref and sha) or git (the checkout: HEAD's ref and sha), as metadata-action's context.")];
}
/** `key=value` → key; an annotation's key keeps its `level:` prefix, so levels are told apart. */
const keyOf = (entry) => entry.split('=')[0];
/**
 * The merge. Generated annotations go on the manifests and, for a multi-platform
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

// EXTERNAL MODULE: ./src/plan/nodes.ts
var plan_nodes = __nccwpck_require__(82974);
;// CONCATENATED MODULE: ./src/phases/inputs.ts
/**
 * The inputs phase: the action's inputs read, every secret masked before anything is
 * logged, then every input problem found before docker is asked anything, and all said
 * at once (and, for a distributed build, the artifact service checked). What build-push-action tolerates (an empty secret) is a warning, and the
 * build goes on without it.
 */















/** The inputs as given, and every secret value they carry (masked). */
async function readInputs(ports) {
    const { runner } = ports;
    const given = parseInputs((name, trim) => runner.getInput(name, trim));
    const secrets = maskSecrets(runner, [...secretValues(given), ...(await (0,login/* loginSecrets */.H8)(given))]);
    if (runner.isDebug)
        runner.debug(`inputs: ${JSON.stringify(redacted(given))}`);
    return { given, secrets };
}
/** Checks every input; throws all the problems at once. */
async function checkAllInputs(ports, given) {
    // The merge step builds nothing: its job need not check out the Dockerfile.
    const dockerfile = given.merge ? undefined : await resolveDockerfile(ports, given);
    const checked = (0,validate/* checkInputs */.sw)(given, ports.files, dockerfile);
    for (const warning of checked.warnings)
        ports.runner.warning(warning.message);
    const logins = await (0,login/* registryLogins */.Ko)(given);
    const nodes = await (0,plan_nodes/* appendNodes */.UY)(given);
    const errors = [...checked.errors, ...(await metadataProblems(given)), ...logins.problems, ...nodes.problems];
    if (errors.length > 0)
        throw new inputs_errors/* InputErrors */.G(errors);
    requireArtifactService(ports, checked.inputs);
    return { inputs: checked.inputs, logins: logins.logins, nodes: nodes.nodes, ...(dockerfile ? { dockerfile } : {}) };
}
/**
 * The build's Dockerfile, once: a local context's from its directory; the default Git
 * context's (which BuildKit fetches itself) from the workspace's checkout of the built
 * commit, else through GitHub's contents API at that commit. When neither works, one
 * notice says which features are off and why; the build goes on.
 */
async function resolveDockerfile(ports, inputs) {
    const where = (0,dockerfile_source/* dockerfileLocation */.qw)(inputs);
    if (where.kind === 'local')
        return (0,dockerfile_source/* readLocalDockerfile */.Q2)(inputs, ports.files);
    if (where.kind === 'unread')
        return undefined;
    const plan = planGitRead(ports.env.workflow, inputs['github-token'], await probeCheckout(ports.exec));
    const why = [...plan.skipped];
    let source;
    if (plan.checkout) {
        source = await readFromCheckout(ports.exec, plan.checkout, plan.commit, where);
    }
    else if (plan.api) {
        const target = { ...plan.api, ref: plan.commit };
        source = await readThroughApi(target, where, (0,cache/* isCacheMode */.O1)(inputs.cache) && inputs.cache !== 'none' && inputs['cache-mounts']);
    }
    if (typeof source === 'object') {
        ports.runner.info(`Dockerfile: ${source.path} at ${plan.commit}, read ${source.origin === 'checkout' ? 'from the checkout in the workspace' : "through GitHub's contents API"} (BuildKit fetches the Git context itself)`);
        return source;
    }
    if (source)
        why.push(source);
    ports.runner.info(featuresOffNotice(inputs, where, why));
    return undefined;
}
/** The workspace's Git root and HEAD, or why there are none. */
async function probeCheckout(exec) {
    try {
        const res = await exec('git', ['rev-parse', '--show-toplevel', 'HEAD']);
        const [root, head] = res.stdout.trim().split('\n');
        if (res.exitCode === 0 && root && head)
            return { root, head };
        return { failed: res.stderr.trim().split('\n')[0] || `git rev-parse exited ${res.exitCode}` };
    }
    catch (e) {
        return { failed: e.message };
    }
}
/** The Dockerfile as committed (what BuildKit fetches, whatever the working tree holds); a string says why not. */
async function readFromCheckout(exec, root, commit, where) {
    const res = await exec('git', ['-C', root, 'cat-file', 'blob', `${commit}:${where.path}`]).catch((e) => ({ exitCode: 1, stdout: '', stderr: e.message }));
    if (res.exitCode !== 0)
        return `the checkout has no ${where.path} at ${commit} (${res.stderr.trim().split('\n')[0]})`;
    return { path: where.path, text: res.stdout, origin: 'checkout', contextDir: external_node_path_.join(root, where.subdir), localPath: external_node_path_.join(root, where.path) };
}
/**
 * The Dockerfile through GitHub's contents API; with `lockfiles`, the lockfiles' blob
 * hashes from the listings of the context's root and the Dockerfile's directory (what
 * keys the carried cache mounts, without downloading them). A string says why not.
 */
async function readThroughApi(target, where, lockfiles) {
    try {
        const text = await (0,contents/* readRepositoryFile */.t)(target, where.path);
        if (text === undefined)
            return `GitHub has no ${where.path} in ${target.owner}/${target.repo} at ${target.ref}`;
        const source = { path: where.path, text, origin: 'contents-api' };
        if (!lockfiles)
            return source;
        const found = [];
        for (const dir of new Set([where.subdir, external_node_path_.posix.dirname(where.path).replace(/^\.$/, '')])) {
            for (const entry of (await (0,contents/* listRepositoryDirectory */.k)(target, dir)) ?? []) {
                if (entry.type === 'file' && LOCKFILES.includes(entry.name))
                    found.push({ path: external_node_path_.posix.relative(where.subdir, entry.path), content: `git blob ${entry.sha}` });
            }
        }
        return { ...source, lockfiles: found };
    }
    catch (e) {
        return `GitHub's contents API could not be read: ${e.message}`;
    }
}
/** A platform job and the merge hand digests on through the run's artifacts: without the service, stop before any program runs. */
function requireArtifactService(ports, inputs) {
    const missing = usesArtifacts(inputs) ? (0,artifacts/* artifactServiceMissing */.OH)(ports.env.actions) : undefined;
    if (!missing)
        return;
    throw new Error(`${inputs.merge ? 'merge' : 'distribute'}: the platform digests travel as artifacts of the run, but the Actions artifact service is not available to this step (${missing}). A GitHub runner sets both for every JavaScript action; under nektos/act, set them to an artifact service v4 (act's own cannot take these uploads; see docs/beyond-one-runner.md).`);
}
/** The meta-* inputs' problems; the rules engine loads only for a step with meta-images. */
async function metadataProblems(inputs) {
    if (inputs['meta-images'].length === 0)
        return [...metaContextProblems(inputs), ...metaInputsWithoutImages(inputs)];
    return [...metaContextProblems(inputs), ...(await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(288)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26288))).checkMetaRules(metaInputs(inputs))];
}
/** Inputs that carry secret values; shown as *** in the debug log even before the runner's own masking. */
const SECRET_INPUTS = ['secrets', 'password', 'registry-auths', 'github-token'];
/** The inputs for the debug log: the ones that are set (booleans always), each secret-bearing one as ***. */
function redacted(inputs) {
    const shown = {};
    for (const [name, value] of Object.entries(inputs)) {
        if (value === '' || (Array.isArray(value) && value.length === 0))
            continue;
        shown[name] = SECRET_INPUTS.includes(name) ? '***' : value;
    }
    return shown;
}
/** Masks each secret (multi-line values line by line too); returns what was masked. */
function maskSecrets(runner, values) {
    const masked = [];
    for (const value of values) {
        masked.push(value);
        runner.setSecret(value);
        for (const line of value.split(/\r?\n/)) {
            if (line.trim().length > 0 && line !== value) {
                runner.setSecret(line.trim());
                masked.push(line.trim());
            }
        }
    }
    return masked;
}

// EXTERNAL MODULE: ./src/docker/config.ts
var config = __nccwpck_require__(70656);
;// CONCATENATED MODULE: ./src/phases/login.ts
/**
 * Registry logins in the same step (docker/login-action's inputs): each is checked
 * against its registry before anything is built, then written to a docker config of
 * hoist's own, which BuildKit's push, the size report, the caches and the baseline all
 * read (DOCKER_CONFIG). The post step removes it (`logout: false` keeps it for the job's
 * later steps). A login with a `scope` goes to buildx's config for that scope instead
 * (login-action's), which only buildx reads. Passwords are masked before this runs and
 * never reach argv.
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
async function logIn(ports, inputs, logins, tmpDir) {
    if (logins.length === 0)
        return;
    const { runner, env } = ports;
    await Promise.all(logins.map(async (login) => {
        try {
            await ports.registry.checkLogin(login.registry, login);
        }
        catch (e) {
            throw new Error(`login to ${login.registry} as '${login.username}' failed: ${e.message}. ${loginHint(login.registry)}`);
        }
    }));
    // Kept past the post step only with logout: false, so outside hoist's temp directory.
    const dir = inputs.logout ? external_node_path_.join(tmpDir, 'docker-config') : external_node_path_.join(env.runnerTemp, `hoist-docker-config-${(0,external_node_crypto_.randomUUID)()}`);
    (0,config/* writeDockerConfig */._D)(dir, env.dockerConfig, logins);
    // Builders stay where buildx keeps them; only the credentials move, for hoist's reads and every program it runs.
    const buildxDir = env.buildxConfig;
    const scopedDirs = (0,config/* writeScopedLogins */.oY)(dir, buildxDir, logins);
    env.dockerConfig = dir;
    env.programEnv.DOCKER_CONFIG = dir;
    env.programEnv.BUILDX_CONFIG = buildxDir;
    if (inputs.logout) {
        state/* state */.w.saveDockerConfig(runner, dir);
    }
    else {
        runner.exportVariable('DOCKER_CONFIG', dir);
        runner.exportVariable('BUILDX_CONFIG', buildxDir);
    }
    const kept = inputs.logout ? '' : ' (kept for the later steps: logout is false)';
    let scoped = 0;
    for (const login of logins) {
        const where = login.scope ? ` for scope ${login.scope} (in ${scopedDirs[scoped++]}: buildx v0.31.0 and later use it for those repositories)` : '';
        runner.info(`logged in to ${login.registry} as ${login.username}${where}${kept}`);
    }
}

// EXTERNAL MODULE: ./src/readback/inspect.ts
var inspect = __nccwpck_require__(91855);
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
            throw new client/* RegistryError */.gl(`'${digest}' is not a digest`);
        return external_node_path_.join(this.dir, 'blobs', algorithm, hex);
    }
    read(digest) {
        try {
            return external_node_fs_.readFileSync(this.blobPath(digest));
        }
        catch (e) {
            if (e.code === 'ENOENT')
                throw new client/* RegistryError */.gl(`${digest} is not in the OCI layout ${this.dir}`, 404);
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
            return Promise.reject(new client/* RegistryError */.gl(`${digest} is not in the OCI layout ${this.dir}`, 404));
        return Promise.resolve(external_node_fs_.createReadStream(file, { highWaterMark: 1 << 20 }));
    }
    /** The image the layout holds (its index.json's first entry: the multi-platform index, or the one manifest). */
    async image(name) {
        const index = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(this.dir, 'index.json'), 'utf8'));
        const top = index.manifests?.[0];
        if (!top)
            return undefined;
        return (0,inspect/* inspectImage */.mm)(this, (0,reference/* parseReference */.F2)(name), top.digest);
    }
}

;// CONCATENATED MODULE: ./src/phases/measure.ts
/**
 * The measure phase, for an image that is not pushed: the OCI layout the build also
 * wrote (plan/measure.ts) read as the registry would be read after a push. A failure is
 * a warning: the image was built.
 */


async function measure(ports, job) {
    const { measure } = job.run;
    if (job.run.sizes !== 'layout' || !measure || !('dir' in measure))
        return undefined;
    return ports.runner.group('Measure', async () => {
        const started = ports.now();
        try {
            const layout = new OciLayout(measure.dir);
            const image = await layout.image(job.inputs.tags[0] ?? 'image');
            if (!image) {
                ports.runner.warning('the image was built, but the OCI layout the build wrote holds no image to measure; no size report');
                return undefined;
            }
            ports.runner.info(`measured the built image (not pushed) from the OCI layout the build wrote: ${image.platforms.length} platform(s) in ${Math.round(ports.now() - started)} ms`);
            // The layout goes when this phase ends: its layers are read now, when asked for.
            return job.inputs['size-analysis'] === 'files' ? await (await Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(797)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26797))).analyseFilesOrWarn(ports.runner, layout, image, ports.now) : image;
        }
        catch (e) {
            ports.runner.warning(`the image was built, but measuring it failed: ${e.message}`);
            return undefined;
        }
        finally {
            external_node_fs_.rmSync(measure.dir, { recursive: true, force: true });
        }
    });
}

;// CONCATENATED MODULE: ./src/phases/metadata.ts
/**
 * The metadata phase: tags, labels and annotations from the git context
 * (docker/github-builder's `meta-*` inputs, docker/metadata-action's rules), worked out
 * after the login (`latest` is checked against the tags the registry holds) and before
 * the build, merged into the inputs the rest of the run reads (plan/meta-inputs.ts), and
 * set as the metadata outputs.
 */



/** For a step with meta-images: the inputs with the generated metadata merged in; said in the log and set as outputs. */
async function metadata(ports, inputs) {
    if (inputs['meta-images'].length === 0)
        return inputs;
    return ports.runner.group('Metadata', async () => {
        const generated = await applyMetadata(ports, inputs, new Date(), ports.runner);
        return reportMetadata(ports.runner, generated.inputs, generated.meta);
    });
}
/** The inputs with the generated metadata merged in, and the metadata, for the outputs. */
async function applyMetadata(ports, inputs, now, log) {
    // The rules engine (and semver) load only for a step with meta-* inputs: they are most of the bundle's start-up.
    const { computeMetadata, metaContext, higherStableRelease, gitContext } = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(288)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26288));
    // Without a readable event (a local run) the rules see what the GITHUB_* variables say.
    let context = metaContext(ports.env.workflow, ports.env.metadata, ports.env.eventPayload, now);
    if (inputs['meta-context'] === 'git') {
        // metadata-action's context: git: ref, sha and commit date from the checkout's HEAD, not the event.
        const git = await gitContext(gitIn(ports));
        context = { ...context, ...git, baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined };
        log.info(`meta-context: git: ${git.ref} at ${git.sha}`);
    }
    if (!context.commitTime)
        context = { ...context, commitTime: await commitTimeFromApi(inputs, ports.env.workflow, context.sha, log) };
    const meta = await keepLatestOnHighest(ports.registry, computeMetadata(metaInputs(inputs), context), higherStableRelease, log);
    const merged = withMetadata(inputs, meta);
    // A pull request is compared with the base branch's image under the same rules (its tag, prefix and suffix included).
    if (!merged['compare-to'] && context.baseRef) {
        const base = baseBranchTag(inputs, context, computeMetadata);
        if (base)
            merged['compare-to'] = base;
    }
    return { inputs: merged, meta };
}
/** `git <args>` through the exec port, in the step's working directory (the workspace, as metadata-action's): its trimmed stdout, or an error with git's words. */
function gitIn(ports) {
    return async (args) => {
        const result = await ports.exec('git', args);
        if (result.exitCode !== 0)
            throw new Error(`meta-context: git: \`git ${args.join(' ')}\` failed (is the workspace a checkout?): ${(result.stderr || result.stdout).trim()}`);
        return result.stdout.trim();
    };
}
/**
 * The commit's date when the payload carries none (pull_request, release, schedule …):
 * asked of the REST API, as metadata-action does; the run's time (undefined here) only
 * when the API cannot answer, with a warning, since `created` and `{{commit_date}}` then
 * change from one run of the same commit to the next.
 */
async function commitTimeFromApi(inputs, workflow, sha, log) {
    try {
        const { commitDate } = await __nccwpck_require__.e(/* import() */ 149).then(__nccwpck_require__.bind(__nccwpck_require__, 40149));
        return await commitDate({ token: inputs['github-token'], apiUrl: workflow.apiUrl, repository: workflow.repository, sha });
    }
    catch (e) {
        log.warning(`meta-tags: the commit date of ${sha} is not in the event and the GitHub API could not give it (${e.message}): created and {{commit_date}} use the run's time, so a rebuild of this commit gets other labels`);
        return undefined;
    }
}
/**
 * `latest` only for the highest stable release: an image whose repository already holds
 * a higher `x.y.z` (a fix released for an older line, e.g. 1.2.4 after 2.0.0) keeps its
 * `latest` where it is. Its tags are read from the registry with the step's login; when
 * they cannot be, `latest` is pushed as metadata-action would, with a warning.
 */
async function keepLatestOnHighest(registry, meta, higherStableRelease, log) {
    const latest = meta.tags.filter(t => t.endsWith(':latest'));
    const dropped = new Set();
    for (const tag of latest) {
        const image = tag.slice(0, -':latest'.length);
        try {
            const higher = higherStableRelease(meta.version, await registry.listTags((0,reference/* parseReference */.F2)(image)));
            if (higher) {
                dropped.add(tag);
                log.info(`latest stays on ${image}:${higher}, a higher release than ${meta.version}`);
            }
        }
        catch (e) {
            log.warning(`meta-tags: could not list ${image}'s tags (${e.message}); latest is pushed without checking for a higher release`);
        }
    }
    if (dropped.size === 0)
        return meta;
    const tags = meta.tags.filter(t => !dropped.has(t));
    return { ...meta, tags, json: { ...meta.json, tags } };
}
/** The first tag the rules give a push to the pull request's base branch, or undefined when they give none. */
function baseBranchTag(inputs, context, computeMetadata) {
    const push = { ...context, eventName: 'push', ref: `refs/heads/${context.baseRef}`, baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined };
    try {
        return computeMetadata(metaInputs(inputs), push).tags.find(t => !t.endsWith(':latest'));
    }
    catch {
        return undefined;
    }
}
/** Says what the rules gave, sets the metadata outputs, and refuses a push they gave no tag for. */
function reportMetadata(runner, inputs, meta) {
    runner.info(`version: ${meta.version || '(none)'}`);
    runner.info(`tags:${meta.tags.map(t => `\n  ${t}`).join('') || ' (none)'}`);
    runner.info(`labels:${meta.labels.map(l => `\n  ${l}`).join('')}`);
    for (const warning of meta.warnings ?? [])
        runner.warning(warning);
    if (inputs['compare-to'])
        runner.info(`sizes are compared with ${inputs['compare-to']}`);
    runner.setOutput('meta-json', JSON.stringify(meta.json));
    // metadata-action's outputs, each joined by its sep-* (a newline when empty).
    const sep = (value) => value || '\n';
    runner.setOutput('tags', meta.tags.join(sep(inputs['meta-sep-tags'])));
    runner.setOutput('tag-names', meta.tagNames.join(sep(inputs['meta-sep-tags'])));
    runner.setOutput('labels', meta.labels.join(sep(inputs['meta-sep-labels'])));
    runner.setOutput('annotations', meta.annotations.join(sep(inputs['meta-sep-annotations'])));
    runner.setOutput('version', meta.version);
    if (inputs.push && inputs.tags.length === 0) {
        throw new inputs_errors/* InputErrors */.G([
            new inputs_errors/* InputError */.dz('meta-tags', `no rule gives a tag for this run (${inputs['meta-tags'].length ? 'the rules given' : "metadata-action's default rules"})`, 'Add a rule for this event (e.g. type=ref,event=branch or type=sha), or set push: false for it.')
        ]);
    }
    return inputs;
}

// EXTERNAL MODULE: ./src/util/exec.ts + 1 modules
var util_exec = __nccwpck_require__(62817);
;// CONCATENATED MODULE: ./src/buildx/history.ts
/**
 * A build's record in the builder's history (`docker buildx history`), as build-push-action
 * exports it after a build: which ref is the build's, the file's name, and the export.
 * Follows docker/actions-toolkit v0.92.0: src/buildx/history.ts, src/buildx/buildx.ts.
 * Follows docker/build-push-action v7.3.0: src/main.ts.
 */




/** `docker buildx history export` came with buildx 0.23. */
const MIN_HISTORY_EXPORT = 'v0.23.0';
/** From buildx 0.24, `--finalize` makes the export wait for the record to be complete (before it, the toolkit sleeps 3 s). */
const FINALIZE_SINCE = 'v0.24.0';
/** A build ref split: `<builder>/<node>/<id>`; undefined for anything else (the toolkit refuses it too). */
function splitRef(ref) {
    const parts = ref.split('/');
    if (parts.length !== 3 || parts.some(p => p === ''))
        return undefined;
    return { builder: parts[0], node: parts[1], id: parts[2] };
}
/** The record file's (and artifact's) name, as the toolkit makes it: `<owner>~<repo>~<first 6 of the id, upper case>.dockerbuild`. */
function recordFileName(repository, id) {
    const [owner = '', repo = ''] = repository.split('/');
    return `${owner}~${repo}~${id.substring(0, 6).toUpperCase()}.dockerbuild`;
}
/**
 * The newest build of `builder` that buildx recorded locally since `since` (ms since the
 * epoch), for a failed build, whose metadata file buildx does not write: build-push-action
 * then takes a ref from buildx's local refs (`<buildx config>/refs/<builder>/<node>/<id>`)
 * made since the build started. Builds whose Dockerfile came from stdin are left out: they
 * are hoist's own cache-mount helpers, which may run alongside.
 */
function latestLocalRef(buildxConfig, builder, since) {
    const dir = external_node_path_.join(buildxConfig, 'refs', builder);
    let newest;
    for (const node of readdir(dir)) {
        for (const id of readdir(external_node_path_.join(dir, node))) {
            const file = external_node_path_.join(dir, node, id);
            let mtime;
            let state;
            try {
                const stat = external_node_fs_.statSync(file);
                if (!stat.isFile())
                    continue;
                mtime = stat.mtimeMs;
                state = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
            }
            catch {
                continue;
            }
            if (mtime < since || state.DockerfilePath === '-')
                continue;
            if (!newest || mtime > newest.mtime)
                newest = { ref: `${builder}/${node}/${id}`, mtime };
        }
    }
    return newest?.ref;
}
function readdir(dir) {
    try {
        return external_node_fs_.readdirSync(dir);
    }
    catch {
        return [];
    }
}
/**
 * `docker buildx history export` of one build into `dir`, under recordFileName's name.
 * `buildxVersion` undefined (an unstamped buildx) is taken as a recent one.
 */
async function exportRecord(run, options) {
    const parts = splitRef(options.ref);
    if (!parts)
        throw new Error(`invalid build ref: ${options.ref}`);
    external_node_fs_.mkdirSync(options.dir, { recursive: true });
    const file = external_node_path_.join(options.dir, recordFileName(options.repository, parts.id));
    const argv = ['buildx', 'history', 'export', '--builder', parts.builder, '--output', file, parts.id];
    if (atLeast(options.buildxVersion, FINALIZE_SINCE))
        argv.push('--finalize');
    // Before --finalize, a record may still be written to for a moment after the build (moby/buildkit#5109).
    else
        await new Promise(resolve => setTimeout(resolve, 3000));
    await (0,util_exec/* execChecked */.$h)(run, 'docker', argv);
    return { file, bytes: external_node_fs_.statSync(file).size };
}

;// CONCATENATED MODULE: ./src/phases/record.ts
/**
 * The build record phase: with DOCKER_BUILD_RECORD_UPLOAD=true, the build's record
 * exported from the builder's history (`.dockerbuild`, which Docker Desktop's Builds view
 * and `docker buildx history import` open) and uploaded as an artifact of the run, as
 * build-push-action does after a build, failed ones too. Off by default, where
 * build-push-action uploads: a documented departure. Nothing here fails the step.
 * Follows docker/build-push-action v7.3.0: src/main.ts.
 */






/**
 * GitHub Enterprise Server, where @actions/artifact 2+ cannot upload: any server but
 * github.com, *.ghe.com and *.localhost (docker/actions-toolkit v0.92.0 src/github/github.ts `isGHES`).
 */
function isGHES(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).hostname.toUpperCase();
    }
    catch {
        return false;
    }
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
/** Why the record is not uploaded though the switch asks for it, said as build-push-action's summary check says it; undefined when it can be. */
function skipped(ports, job) {
    if (!ports.env.buildSummary)
        return 'DOCKER_BUILD_SUMMARY=false: build-push-action exports the record with the build summary, and so does hoist';
    const call = job.inputs.call;
    if (call && call !== 'build')
        return `no build record for a ${call} subrequest`;
    if (isGHES(job.facts.github.serverUrl))
        return 'build records are not yet uploaded on GHES (@actions/artifact does not support it)';
    return undefined;
}
/**
 * Exports and uploads the record of the build that just ran: the ref from its metadata
 * file, or for a failed build (buildx writes no metadata file then) the newest build
 * buildx recorded on the builder since this step started.
 */
async function uploadBuildRecord(ports, job, metadata) {
    const { runner } = ports;
    const { upload, retentionDays, problem } = ports.env.buildRecord;
    if (problem)
        return runner.warning(problem);
    if (!upload)
        return;
    await runner.group('Build record', async () => {
        const skip = skipped(ports, job);
        if (skip)
            return runner.info(skip);
        try {
            const version = await (0,buildx_buildx/* buildxVersion */.ry)(ports.exec);
            if (!atLeast(version, MIN_HISTORY_EXPORT))
                return runner.info(`no build record: exporting one needs buildx ${MIN_HISTORY_EXPORT} or later, this is ${version}`);
            const ref = metadata?.ref ?? latestLocalRef(ports.env.buildxConfig, job.facts.builder.name, performance.timeOrigin);
            if (!ref)
                return runner.info('no build record: buildx gave no build reference');
            const github = job.facts.github;
            const record = await exportRecord(ports.exec, { ref, repository: github.repository, dir: external_node_path_.join(job.facts.tmpDir, 'record'), ...(version ? { buildxVersion: version } : {}) });
            runner.info(`build record ${ref} written to ${record.file} (${(0,util_bytes/* formatBytes */.z3)(record.bytes)})`);
            const missing = (0,artifacts/* artifactServiceMissing */.OH)(ports.env.actions);
            if (missing)
                return runner.warning(`the build record was not uploaded: ${missing}, so this step cannot reach the artifact service`);
            const uploaded = await (0,artifacts/* uploadRawFile */.ac)(record.file, retentionDays);
            const name = external_node_path_.basename(record.file);
            runner.info(`build record uploaded as artifact ${name}${retentionDays !== undefined ? `, kept ${retentionDays} days` : ''}: ${artifactUrl(github, uploaded.id)}`);
            runner.appendSummary(recordMarkdown(github, name, uploaded));
        }
        catch (e) {
            // As build-push-action: a record that cannot be exported or uploaded is a warning, never a failed step.
            runner.warning(`the build record was not uploaded: ${e instanceof Error ? e.message : String(e)}`);
        }
    });
}
function artifactUrl(github, id) {
    return `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}/artifacts/${id}`;
}
/**
 * The summary's line for the record. The link is relative to the run's page, as the toolkit
 * writes it (src/github/summary.ts): the repository's name may be masked as a secret.
 */
function recordMarkdown(github, name, uploaded) {
    return [
        '### Build record',
        '',
        `:arrow_down: [**${name}**](./${github.runId}/artifacts/${uploaded.id}) (${(0,util_bytes/* formatBytes */.z3)(uploaded.size)}): the build's record, to import into Docker Desktop's Builds view or with \`docker buildx history import\`.`,
        ''
    ].join('\n');
}

// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __nccwpck_require__(47318);
;// CONCATENATED MODULE: ./src/readback/image.ts
/** platform → manifest digest of an image read from the registry. */
function digestsByPlatform(image) {
    return Object.fromEntries(image.platforms.map(p => [p.platform, p.digest]));
}

;// CONCATENATED MODULE: ./src/readback/pushed.ts



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
        const image = await (0,inspect/* inspectImage */.mm)(registry, (0,reference/* parseReference */.F2)(tag), digest);
        if (!image)
            throw new client/* RegistryError */.gl(`${tag}@${digest} is not in the registry`);
        return image;
    }
    catch (e) {
        runner.warning(`the image was pushed, but reading it back from the registry failed: ${e.message}`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/report/baseline.ts
var baseline = __nccwpck_require__(67355);
// EXTERNAL MODULE: ./src/report/history.ts + 2 modules
var report_history = __nccwpck_require__(15977);
// EXTERNAL MODULE: ./src/report/report.ts + 2 modules
var report = __nccwpck_require__(17934);
// EXTERNAL MODULE: ./src/report/trend.ts
var report_trend = __nccwpck_require__(61601);
;// CONCATENATED MODULE: ./src/phases/report.ts
/**
 * The report phase: what the registry holds (or, for an image that was not pushed, what
 * the build wrote) read back, then the job summary, the size report with its baseline and
 * gates, and the pull request comment, or, on a fork's pull request, the report saved for
 * the base repository's comment job (comment-only.ts).
 */











function readMeanwhile(ports, job) {
    const { inputs, run } = job;
    if (run.sizes === 'none')
        return {};
    const history = (0,report_history/* readTrendMeanwhile */.ij)(ports.registry, inputs, job.facts.github);
    return { baseline: (0,baseline/* readBaseline */.m)(ports.registry, inputs['compare-to'], inputs.tags, job.facts.github), ...(history ? { history } : {}) };
}
/**
 * What the registry now holds, read back (`platform-digests`), or the measured image,
 * then the job summary, the size report against the baseline with its gates, and the
 * pull request comment (or the report saved for the base repository on a fork).
 */
async function report_report(ports, job, produced, sources) {
    const { runner } = ports;
    const { inputs, facts, run } = job;
    const reportStarted = ports.now();
    const pushed = sources.measured ? undefined : await runner.group('Publish', () => readBackPushed(runner, ports.registry, run.readBack, produced.digest));
    // size-analysis: files reads a pushed image's layers here (a measured one's, in the measure phase); nothing is downloaded otherwise.
    const analysed = pushed && run.sizes === 'registry' && inputs['size-analysis'] === 'files'
        ? await runner.group('Size analysis', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(797)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26797))).analyseFilesOrWarn(runner, ports.registry, pushed, ports.now))
        : pushed;
    const image = sources.measured ?? analysed;
    // platform-digests are what the registry holds: none for an image that was only measured.
    const platformDigests = image && !sources.measured ? digestsByPlatform(image) : {};
    runner.setOutput('platform-digests', JSON.stringify(platformDigests));
    // A platform job counts as pushed once its digest is handed on.
    const result = { ...produced, tags: run.tags, pushed: run.pushes && (!run.handsOff || produced.handedOn !== undefined), platformDigests };
    const sized = run.sizes === 'registry' || sources.measured !== undefined;
    // The size history, read during the build: drawn, and on the default branch written, beside the report.
    const pushedHere = result.pushed && !run.handsOff && !sources.measured;
    const trend = sized && image && sources.history ? (0,report_history/* sizeTrend */.Z9)(runner, ports.registry, image, { inputs, github: facts.github, pushedHere, time: new Date() }, sources.history) : undefined;
    const done = await runner.group('Report', async () => {
        const done = await (0,report/* reportBuild */.p)(runner, inputs, result, sized ? image : undefined, sources.baseline, ports.env.buildSummary, { dockerfile: facts.dockerfile, github: facts.github });
        const chart = done.sizes && trend ? await trend.chart : '';
        if (chart && ports.env.buildSummary)
            runner.appendSummary(`\n${chart}`);
        if (done.sizes) {
            // The fork's path (below) saves the report without the chart: comment-only.ts checks what it posts, and a chart is not one of those things.
            const outcome = await (0,comment/* commentOnPullRequest */.rh)(runner, { enabled: inputs['pr-comment'], token: inputs['github-token'] }, facts.github, {
                ...done.sizes,
                markdown: (0,report_trend/* withTrend */.Mn)(done.sizes.markdown, chart)
            });
            if (outcome === 'not-allowed') {
                const saved = (0,artifacts/* artifactServiceMissing */.OH)(ports.env.actions) ? undefined : await saveReportForBaseRepository(ports, job, done.sizes, sized ? image : undefined);
                runner.warning((0,comment/* notAllowedNote */.yL)(facts.github, saved));
            }
        }
        const pending = await trend?.recorded;
        if (pending)
            saveForPostCheck(ports, facts, pending);
        runner.info(`read back and reported in ${Math.round(ports.now() - reportStarted)} ms`);
        const retries = ports.registry.retryStats();
        if (retries.faults > 0) {
            runner.info(`registry: ${retries.faults} failed attempt(s) over ${retries.requestsRetried} request(s) retried, ${(retries.spentMs / 1000).toFixed(1)} s of the ${retries.budgetMs / 1000} s retry budget`);
        }
        return done;
    });
    if (done.gateFailures.length > 0)
        throw new Error(`size gate failed:\n  ${done.gateFailures.join('\n  ')}`);
}
/**
 * A fork's pull request cannot be commented on with its own token: the report goes to an
 * artifact of the run, for the base repository's workflow_run job (comment-only.ts).
 */
async function saveReportForBaseRepository(ports, job, sizes, image) {
    const { facts, inputs } = job;
    const github = facts.github;
    if (!github.pullRequestNumber || !github.pullRequestHeadSha)
        return undefined;
    const { REPORT_FILE, REPORT_MAX_BYTES, REPORT_SCHEMA, reportArtifactName, sharedLayers } = await __nccwpck_require__.e(/* import() */ 45).then(__nccwpck_require__.bind(__nccwpck_require__, 35045));
    const report = {
        schema: REPORT_SCHEMA,
        pullRequest: github.pullRequestNumber,
        headSha: github.pullRequestHeadSha,
        job: github.job,
        markdown: sizes.markdown,
        sizes: JSON.parse(sizes.json)
    };
    // The layers let the comment job work out the "What changed" table; the numbers go alone when the report would be too large with them.
    if (image) {
        const contexts = inputs['build-contexts'].map(c => c.split('=')[0].trim()).filter(Boolean);
        const withLayers = { ...report, layers: sharedLayers(image, inputs.target, contexts) };
        if (Buffer.byteLength(JSON.stringify(withLayers, null, 2)) <= REPORT_MAX_BYTES)
            Object.assign(report, withLayers);
        else
            ports.runner.info(`the image's layers are left out of the saved size report: with them it would pass ${REPORT_MAX_BYTES} bytes, so the comment will have no "What changed" table`);
    }
    const name = reportArtifactName(sizes.image, github.job);
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(facts.tmpDir, 'report-'));
    external_node_fs_.writeFileSync(external_node_path_.join(dir, REPORT_FILE), JSON.stringify(report, null, 2));
    try {
        await (0,artifacts/* uploadFile */.QM)(name, external_node_path_.join(dir, REPORT_FILE));
        return name;
    }
    catch (e) {
        ports.runner.warning(`saving the size report for the base repository failed: ${e.message}`);
        return undefined;
    }
}
/** The point written, for the post step to check that no concurrent writer dropped it (src/post.ts). */
function saveForPostCheck(ports, facts, pending) {
    const file = external_node_path_.join(facts.tmpDir, 'size-history-check.json');
    (0,report_history/* savePendingCheck */.RE)(file, { ...pending, dockerConfig: ports.env.dockerConfig, buildxConfig: ports.env.buildxConfig });
    state/* state */.w.saveSizeHistoryCheck(ports.runner, file);
}

// EXTERNAL MODULE: ./src/buildx/store.ts
var store = __nccwpck_require__(59013);
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

;// CONCATENATED MODULE: ./src/buildx/install.ts
/**
 * setup-buildx-action's `version`: a buildx release, downloaded when the runner's is
 * another one, checked against the release's checksums.txt, kept in the tool cache
 * (RUNNER_TOOL_CACHE/buildx/<version>/<arch>), and run by hoist for this step only: a
 * docker config of hoist's own whose cli-plugins holds it (the docker CLI looks there
 * first), with the user's config, other plugins and buildx store left as they are.
 * setup-buildx-action instead copies it over the user's ~/.docker/cli-plugins/docker-buildx;
 * hoist does not change what later steps run.
 * Follows docker/actions-toolkit v0.95.0: src/buildx/install.ts.
 * Follows docker/setup-buildx-action v4.3.0: src/main.ts.
 */



/** Where buildx's releases are, and the releases JSON actions-toolkit resolves `latest` with. */
const GITHUB_RELEASES = 'https://github.com/docker/buildx/releases/download';
const RELEASES_JSON = 'https://raw.githubusercontent.com/docker/actions-toolkit/main/.github/buildx-releases.json';
const httpGet = async (url) => {
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
    if (response.status !== 200)
        throw new Error(`GET ${url} answered ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
};
/** The release's name for this machine's architecture (`linux-amd64`, `linux-arm-v7`), as actions-toolkit's `filename`. */
function releaseArch(nodeArch) {
    const names = { x64: 'amd64', arm: 'arm-v7', ppc64: 'ppc64le', ia32: '386' };
    return `linux-${names[nodeArch] ?? nodeArch}`;
}
/** Where a release's binary and its checksums are: GitHub's releases, or a mirror laid out the same way. */
function releaseUrls(tag, arch, mirror = GITHUB_RELEASES) {
    const base = mirror.replace(/\/+$/, '');
    const file = `buildx-${tag}.${arch}`;
    return { binary: `${base}/${tag}/${file}`, checksums: `${base}/${tag}/checksums.txt`, file };
}
/** The releases JSON that resolves `latest`: actions-toolkit's, or the mirror's `buildx-releases.json`. */
function releasesJsonUrl(mirror) {
    return mirror ? `${mirror.replace(/\/+$/, '')}/buildx-releases.json` : RELEASES_JSON;
}
/** `latest` → the tag actions-toolkit's releases JSON names (`{"latest": {"tag_name": "v0.19.0"}}`). */
function latestTag(json) {
    const releases = JSON.parse(json);
    const tag = releases.latest?.tag_name;
    if (!tag)
        throw new Error('the buildx releases JSON names no latest release');
    return tag;
}
/** The sha256 checksums.txt gives for the file (`<hex> *<file>` or `<hex>  <file>`). */
function expectedSha256(checksums, file) {
    for (const line of checksums.split('\n')) {
        const m = /^([0-9a-f]{64})\s+\*?(\S+)\s*$/i.exec(line.trim());
        if (m && m[2] === file)
            return m[1].toLowerCase();
    }
    return undefined;
}
/** Throws, naming both sums, unless the bytes are the file checksums.txt describes. */
function verifySha256(bytes, checksums, file) {
    const expected = expectedSha256(checksums, file);
    if (!expected)
        throw new Error(`checksums.txt has no sha256 for ${file}`);
    const actual = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (actual !== expected)
        throw new Error(`${file} does not match its checksum: sha256 ${actual}, checksums.txt says ${expected}`);
}
/** The tool cache's place for a release: `<toolCache>/buildx/<version without v>/<arch>` (`x64`), as @actions/tool-cache lays it out. */
function toolCacheDir(toolCache, tag, nodeArch) {
    return external_node_path_.join(toolCache, 'buildx', tag.replace(/^v/, ''), nodeArch);
}
/** The binary in the tool cache, when an earlier run completed it there. */
function cachedBinary(dir) {
    const binary = external_node_path_.join(dir, 'docker-buildx');
    return external_node_fs_.existsSync(`${dir}.complete`) && external_node_fs_.existsSync(binary) ? binary : undefined;
}
/** Writes the binary into the tool cache, executable, then the `.complete` marker tool-cache writes last. */
function installToToolCache(dir, bytes) {
    external_node_fs_.mkdirSync(dir, { recursive: true });
    const binary = external_node_path_.join(dir, 'docker-buildx');
    external_node_fs_.writeFileSync(`${binary}.tmp`, bytes, { mode: 0o755 });
    external_node_fs_.renameSync(`${binary}.tmp`, binary);
    external_node_fs_.writeFileSync(`${dir}.complete`, '');
    return binary;
}
/** Downloads the release's binary, checked against checksums.txt before anything keeps or runs it. */
async function downloadRelease(get, tag, arch, mirror) {
    const urls = releaseUrls(tag, arch, mirror);
    const [binary, checksums] = await Promise.all([get(urls.binary), get(urls.checksums)]);
    verifySha256(binary, checksums.toString('utf8'), urls.file);
    return binary;
}
/**
 * A docker config of hoist's own for this step: the user's config.json copied, every
 * user plugin linked, and `docker-buildx` the given binary. Pointing DOCKER_CONFIG at it
 * makes `docker buildx` run that binary; BUILDX_CONFIG keeps buildx's store where it was.
 */
function pluginConfigDir(dir, userDir, binary) {
    const plugins = external_node_path_.join(dir, 'cli-plugins');
    external_node_fs_.mkdirSync(plugins, { recursive: true, mode: 0o700 });
    const config = external_node_path_.join(userDir, 'config.json');
    if (external_node_fs_.existsSync(config))
        external_node_fs_.copyFileSync(config, external_node_path_.join(dir, 'config.json'));
    const userPlugins = external_node_path_.join(userDir, 'cli-plugins');
    const entries = external_node_fs_.existsSync(userPlugins) ? external_node_fs_.readdirSync(userPlugins) : [];
    for (const entry of entries.filter(e => e !== 'docker-buildx'))
        external_node_fs_.symlinkSync(external_node_path_.join(userPlugins, entry), external_node_path_.join(plugins, entry));
    external_node_fs_.symlinkSync(binary, external_node_path_.join(plugins, 'docker-buildx'));
    return dir;
}

;// CONCATENATED MODULE: ./src/buildx/outputs.ts

const GC_KEYS = {
    'keep duration': 'keepDuration',
    'keep bytes': 'keepBytes',
    'reserved space': 'reservedSpace',
    'max used space': 'maxUsedSpace',
    'min free space': 'minFreeSpace'
};
/** The builder's name, driver and nodes from `docker buildx inspect` text. */
function parseInspectNodes(text) {
    const builder = { nodes: [] };
    let node = {};
    let section;
    let policy;
    let device;
    let file;
    const closePolicy = () => {
        if (policy && node.gcPolicy)
            node.gcPolicy.push(policy);
        policy = undefined;
    };
    const closeDevice = () => {
        if (device && node.devices)
            node.devices.push(device);
        device = undefined;
    };
    for (const line of text.trim().split('\n')) {
        const [key, ...rest] = line.split(':');
        if (key.length === 0)
            continue;
        const lkey = key.toLowerCase();
        const value = rest.map(v => v.trim()).join(':');
        const top = () => {
            section = undefined;
        };
        if (lkey === 'name') {
            top();
            if (builder.name === undefined)
                builder.name = value;
            else {
                closePolicy();
                if (node.name)
                    builder.nodes.push(node);
                node = { name: value };
            }
        }
        else if (lkey === 'driver') {
            top();
            builder.driver = value;
        }
        else if (lkey === 'last activity')
            top();
        else if (lkey === 'endpoint') {
            top();
            node.endpoint = value;
        }
        else if (lkey === 'driver options') {
            top();
            node['driver-opts'] = (value.match(/([a-zA-Z0-9_.]+)="([^"]*)"/g) ?? []).map(v => v.replace(/^(.*)="(.*)"$/, '$1=$2'));
        }
        else if (lkey === 'status') {
            top();
            node.status = value;
        }
        else if (lkey === 'buildkit daemon flags' || lkey === 'flags') {
            top();
            node['buildkitd-flags'] = value;
        }
        else if (lkey === 'buildkit version' || lkey === 'buildkit') {
            top();
            node.buildkit = value;
        }
        else if (lkey === 'platforms') {
            top();
            if (!value)
                continue;
            const all = value.split(', ');
            // Starred platforms are the ones the node was declared with: only those, as actions-toolkit reads them.
            const chosen = value.includes('*') ? all.filter(p => p.includes('*')).map(p => p.replace(/\*/g, '')) : all;
            node.platforms = chosen.join(',');
        }
        else if (lkey === 'features') {
            section = 'features';
            node.features = {};
        }
        else if (lkey === 'labels') {
            section = 'labels';
            node.labels = {};
        }
        else if (lkey === 'devices') {
            section = 'devices';
            node.devices ??= [];
        }
        else if (lkey.startsWith('gc policy rule#')) {
            section = 'gcpolicy';
            if (node.gcPolicy)
                closePolicy();
        }
        else if (lkey.startsWith('file#')) {
            section = 'file';
            file = key.split('#')[1];
            node.files ??= {};
            node.files[file] = '';
        }
        else {
            if (section && section !== 'devices')
                closeDevice();
            const k = lkey.trim();
            if (section === 'features')
                node.features[key.trim()] = Boolean(value);
            else if (section === 'labels')
                node.labels[key.trim()] = value;
            else if (section === 'devices') {
                if (k === 'name') {
                    closeDevice();
                    device = { name: value };
                }
                else if (k === 'on-demand' && device && value)
                    device.onDemand = value === 'true';
                else if (k === 'automatically allowed' && device && value)
                    device.autoAllow = value === 'true';
                else if (k === 'annotations' && device)
                    device.annotations ??= {};
                else if (device?.annotations)
                    device.annotations[key.trim()] = value;
            }
            else if (section === 'gcpolicy') {
                node.gcPolicy ??= [];
                policy ??= {};
                if (k === 'all')
                    policy.all = value === 'true';
                else if (k === 'filters') {
                    if (value)
                        policy.filter = value.split(',');
                }
                else if (k in GC_KEYS)
                    policy[GC_KEYS[k]] = value;
            }
            else if (section === 'file' && file && node.files) {
                if (node.files[file].length > 0)
                    node.files[file] += '\n';
                node.files[file] += line.replace(/^\s>\s?/, '');
            }
        }
    }
    closeDevice();
    closePolicy();
    if (node.name)
        builder.nodes.push(node);
    return builder;
}
/** The four outputs, as setup-buildx-action sets them after its `Inspect builder` group. */
function builderOutputs(text, fallbackName) {
    const builder = parseInspectNodes(text);
    const platforms = [];
    for (const node of builder.nodes)
        for (const p of node.platforms?.split(',') ?? [])
            if (!platforms.includes(p))
                platforms.push(p);
    return { name: builder.name || fallbackName, driver: builder.driver ?? '', platforms: platforms.join(','), nodes: JSON.stringify(builder.nodes, undefined, 2) };
}
/** `docker buildx inspect <name>`, read into the outputs. */
async function inspectOutputs(exec, name) {
    const { stdout } = await (0,util_exec/* execChecked */.$h)(exec, 'docker', ['buildx', 'inspect', ...(name ? [name] : [])]);
    return builderOutputs(stdout, name);
}
/**
 * The outputs of a builder hoist did not set up, from what hoist already knows of it:
 * buildx's store (nodes, endpoints, the platforms given to `buildx create`), or for the
 * engine's own builder the `docker buildx inspect` hoist ran anyway. A live inspect on
 * every run would cost about 0.1 s beside the build (`npm run bench`); a builder hoist
 * sets up is inspected as it boots, so its outputs carry status, BuildKit and platforms.
 */
function knownOutputs(builder, stored) {
    const nodes = stored
        ? stored.nodes.map(n => ({ name: n.name, endpoint: n.endpoint, ...(n.platforms.length > 0 ? { platforms: n.platforms.join(',') } : {}) }))
        : (builder.nodes ?? []).map((n, i) => ({
            name: n.name,
            endpoint: n.endpoint,
            ...(n.status ? { status: n.status } : {}),
            ...(i === 0 && builder.buildkitVersion ? { buildkit: builder.buildkitVersion } : {}),
            ...(n.platforms.length > 0 ? { platforms: n.platforms.join(',') } : {})
        }));
    const platforms = [...new Set(stored ? stored.nodes.flatMap(n => n.platforms) : builder.platforms)];
    return { name: builder.name, driver: builder.driver, platforms: platforms.join(','), nodes: JSON.stringify(nodes, undefined, 2) };
}

// EXTERNAL MODULE: ./src/inputs/builder.ts
var builder = __nccwpck_require__(19438);
// EXTERNAL MODULE: ./src/buildx/setup.ts
var setup = __nccwpck_require__(99085);
// EXTERNAL MODULE: ./src/util/qemu.ts
var qemu = __nccwpck_require__(66202);
;// CONCATENATED MODULE: ./src/docker/binfmt.ts
/**
 * QEMU user-mode handlers in the kernel's binfmt_misc, seen and registered the way
 * docker/setup-qemu-action does: `docker run --privileged --rm <binfmt image> --install
 * <arch>`. The image registers each handler with the F flag, so the kernel keeps the
 * interpreter open and every container on the machine can use it afterwards.
 * Follows docker/setup-qemu-action v4.2.0: src/main.ts.
 */




const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
/** Whether the kernel has an enabled handler for the platform's binaries. */
function hasHandler(platform, dir = BINFMT_DIR) {
    const arch = (0,qemu/* binfmtArch */.p)(platform);
    if (!arch)
        return false;
    try {
        return external_node_fs_.readFileSync(external_node_path_.join(dir, `qemu-${qemu/* QEMU_ARCH */.g[arch]}`), 'utf8').split('\n')[0] === 'enabled';
    }
    catch {
        return false;
    }
}
/** Registers the handlers for the architectures (binfmt names); throws with docker's own words when it cannot. */
async function installHandlers(exec, image, archs) {
    await (0,util_exec/* execChecked */.$h)(exec, 'docker', ['run', '--privileged', '--rm', image, '--install', archs.join(',')]);
}

// EXTERNAL MODULE: ./src/plan/builder.ts
var plan_builder = __nccwpck_require__(64548);
// EXTERNAL MODULE: ./src/util/platform.ts
var util_platform = __nccwpck_require__(88245);
;// CONCATENATED MODULE: ./src/dockerfile/emulation.ts
/**
 * Which stages of a Dockerfile run `RUN` steps under emulation (QEMU), per target
 * platform, as BuildKit's Dockerfile frontend (moby/buildkit frontend/dockerfile/
 * dockerfile2llb) would build them: only the stages the target reaches, each on the
 * platform BuildKit gives it. A stage's RUN steps need a QEMU handler when that
 * platform's binaries cannot run on the build machine; a compiler or package build
 * under emulation is where a multi-platform build loses most of its time. Pure: no I/O.
 * Follows moby/buildkit v0.32.2: frontend/dockerfile/dockerfile2llb/convert.go, frontend/dockerfile/dockerfile2llb/platform.go.
 * Follows containerd/platforms v1.0.0-rc.4: platforms.go, database.go.
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
            facts.runs.push({ line: ins.line, script: [runText(ins.args), ...bodies].join('\n') });
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
                facts.onbuildRuns.push({ line: ins.line, script: [runText(ins.args.slice(m[0].length)), ...bodies].join('\n') });
        }
    }
    return facts;
}
const unsetLookup = () => ({ kind: 'unset' });
/** A RUN's arguments as one command line: the exec (JSON) form joined with blanks. */
function runText(args) {
    return (0,parse/* jsonArray */.Ir)(args)?.join(' ') ?? args;
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
/**
 * The same, for a builder with a node per platform: each node builds its platforms with
 * its own platform as BUILDPLATFORM, so a platform sent to a native node needs no QEMU.
 * `groups` is each node's native platform and the platforms buildx sends to it.
 */
function planEmulationOnNodes(dockerfileText, inputs, groups) {
    const plans = groups.filter(g => g.platforms.length > 0).map(g => planEmulation(dockerfileText, { ...inputs, platforms: g.platforms }, g.buildPlatform));
    if (plans.length === 1)
        return plans[0];
    const needs = new Map();
    const advice = new Map();
    const rows = new Map();
    for (const plan of plans) {
        for (const n of plan.needs)
            needs.set(n.platform, { platform: n.platform, stages: uniqueStages([...(needs.get(n.platform)?.stages ?? []), ...n.stages]) });
        for (const a of plan.advice)
            if (!advice.has(a.line))
                advice.set(a.line, a);
        for (const r of plan.rows) {
            const row = rows.get(r.stage) ?? { stage: r.stage, runsOn: [], emulatedFor: [] };
            row.runsOn = [...new Set([...row.runsOn, ...r.runsOn])];
            row.emulatedFor = [...new Set([...row.emulatedFor, ...r.emulatedFor])];
            rows.set(r.stage, row);
        }
    }
    return { needs: [...needs.values()], advice: [...advice.values()], rows: [...rows.values()] };
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
function builderOnThisMachine(builder, dockerHost) {
    const localAddress = (address) => address.startsWith('unix://') || /^tcp:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|$)/.test(address);
    if (builder.driver === 'docker' || builder.driver === 'docker-container')
        return !dockerHost || localAddress(dockerHost);
    if (builder.driver === 'remote')
        return (builder.endpoints ?? []).length > 0 && (builder.endpoints ?? []).every(localAddress);
    return false;
}
/** The platform this machine's own binaries are for, as buildx names it. */
function hostPlatform(arch) {
    const names = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm/v7', riscv64: 'riscv64', ppc64: 'ppc64le', s390x: 's390x', loong64: 'loong64' };
    return `linux/${names[arch] ?? arch}`;
}

;// CONCATENATED MODULE: ./src/phases/setup.ts
/**
 * The build machine, made ready before the build as setup-qemu-action and
 * setup-buildx-action would in steps of their own: QEMU handlers only for the platforms
 * a stage runs RUN steps on under emulation (registered first, as BuildKit looks for
 * them when it starts), then a builder of hoist's own when the current one cannot do
 * what the inputs ask. Says what it did and why; a cross-compiling Dockerfile costs nothing.
 */
















/** What planning needs to know of the world: the builder, the workflow run, hoist's own temp directory. */
async function gatherFacts(ports, inputs) {
    const { env, runner } = ports;
    const tmpDir = (0,state/* privateTmpDir */.E)(runner, env.runnerTemp);
    // The same path, spelled ~/.cache/hoist, on every runner: the Actions cache versions entries by path.
    const cacheRoot = external_node_path_.join(env.home, '.cache', 'hoist');
    // Before anything asks buildx: every later call runs the version asked for.
    if (inputs.version)
        await runBuildxVersion(ports, inputs, { tmpDir, cacheRoot });
    const builder = await builderFacts(ports.exec, inputs.builder, env, inputs.load ? inputs.platforms.length : 0);
    runner.info(`builder ${builder.name} (${builder.driver} driver${builder.buildkitVersion ? `, BuildKit ${builder.buildkitVersion}` : ''})`);
    return {
        builder,
        github: env.workflow,
        tmpDir,
        noDefaultAttestations: env.noDefaultAttestations,
        cacheRoot
    };
}
/**
 * setup-buildx-action's `version`: the runner's buildx when it is that release; otherwise
 * the release from the tool cache, the Actions cache (`cache-binary`) or a download
 * checked against its checksums.txt, run through a docker config of hoist's own.
 */
async function runBuildxVersion(ports, inputs, dirs) {
    const { env, runner } = ports;
    const asked = (0,builder/* buildxRelease */.U8)(inputs.version);
    const fail = (e) => {
        throw new Error(`version: buildx ${asked} could not be installed: ${e.message}.${env.buildxMirror ? '' : ' A runner without access to github.com can name a mirror of its releases in HOIST_BUILDX_MIRROR.'}`);
    };
    const tag = asked === 'latest' ? latestTag((await httpGet(releasesJsonUrl(env.buildxMirror)).catch(fail)).toString('utf8')) : asked;
    const runners = await (0,buildx_buildx/* buildxVersion */.ry)(ports.exec).catch(() => undefined);
    if (runners === tag) {
        runner.info(`buildx ${tag}: the runner's own (version: ${inputs.version})`);
        return;
    }
    const arch = releaseArch(process.arch);
    const toolDir = toolCacheDir(env.toolCache, tag, process.arch);
    let binary = cachedBinary(toolDir);
    let from = 'the tool cache';
    // The Actions cache (when the runner offers one) holds the file under hoist's cache root; its key names the release and the architecture.
    const cacheService = env.actions.resultsUrl ?? env.actions.cacheUrl;
    const cache = inputs['cache-binary'] && cacheService ? actionsCache(m => runner.warning(m), dirs.cacheRoot) : undefined;
    const cacheDir = external_node_path_.join(dirs.cacheRoot, 'buildx-bin', tag, arch);
    const key = `hoist-buildx-bin-${tag}-${arch}`;
    if (!binary && cache && (await cache.restore(cacheDir, key, []))) {
        binary = installToToolCache(toolDir, external_node_fs_.readFileSync(external_node_path_.join(cacheDir, 'docker-buildx')));
        from = 'the Actions cache';
    }
    if (!binary) {
        const urls = releaseUrls(tag, arch, env.buildxMirror);
        runner.info(`buildx ${tag}: downloading ${urls.binary} (the runner's is ${runners ?? 'unknown'})`);
        const bytes = await downloadRelease(httpGet, tag, arch, env.buildxMirror).catch(fail);
        binary = installToToolCache(toolDir, bytes);
        from = 'a download checked against its checksums.txt';
        if (cache) {
            external_node_fs_.mkdirSync(cacheDir, { recursive: true });
            external_node_fs_.copyFileSync(binary, external_node_path_.join(cacheDir, 'docker-buildx'));
            if (await cache.save(cacheDir, key))
                runner.info(`buildx ${tag}: kept in the Actions cache (cache-binary)`);
        }
    }
    // Builders stay in the user's buildx store; only the plugin docker runs changes, for this step.
    const config = pluginConfigDir(external_node_path_.join(dirs.tmpDir, 'buildx-docker-config'), env.dockerConfig, binary);
    env.programEnv.BUILDX_CONFIG = env.buildxConfig;
    env.programEnv.DOCKER_CONFIG = config;
    env.dockerConfig = config;
    runner.info(`buildx ${tag} from ${from}: ${binary}`);
}
async function setUpBuildMachine(ports, inputs, facts, nodes) {
    const plan = (0,plan_builder/* planBuilderSetup */.k)(inputs, facts.builder, facts.github, nodes);
    const stages = await prepareEmulation(ports, inputs, facts, plan);
    if (!plan) {
        // No builder to set up: the outputs describe the current one, from what is known of it already.
        setOutputs(ports, knownOutputs(facts.builder, (0,store/* readStoredBuilder */.J)(facts.builder.name, ports.env)));
        return { stagePlatforms: stages };
    }
    return { builder: await setUpPlannedBuilder(ports, plan, facts), stagePlatforms: stages };
}
/** setup-buildx-action's outputs for the builder the build runs on; one that cannot be read is a warning. */
function setOutputs(ports, outputs) {
    for (const key of ['name', 'driver', 'platforms', 'nodes'])
        ports.runner.setOutput(key, outputs[key]);
}
async function setBuilderOutputs(ports, name) {
    try {
        setOutputs(ports, await inspectOutputs(ports.exec, name));
    }
    catch (e) {
        ports.runner.warning(`the builder outputs (name, driver, platforms, nodes) are not set: ${e.message}`);
    }
}
/** Warns on each stage that compiles under emulation, and registers the QEMU handlers the build needs. */
async function prepareEmulation(ports, inputs, facts, plan) {
    const { runner } = ports;
    const file = facts.dockerfile?.path;
    const text = facts.dockerfile?.text;
    const asked = inputs['binfmt-platforms'];
    if (!file || text === undefined) {
        if (asked.length > 0)
            await registerAsked(ports, inputs['binfmt-image'], asked, undefined);
        return undefined;
    }
    // The builder the build will run on: the one about to be set up (on this engine), or the current one.
    const builder = plan ? plannedFacts(plan) : facts.builder;
    const local = builderOnThisMachine(builder, ports.env.dockerHost);
    const buildPlatform = builder.platforms[0] ?? hostPlatform(process.arch);
    const emulation = planEmulationOnNodes(text, inputs, nodeGroups(builder, inputs.platforms, buildPlatform));
    for (const a of emulation.advice)
        runner.warning(a.message, { file, startLine: a.line, title: a.title });
    if (asked.length > 0) {
        await registerAsked(ports, inputs['binfmt-image'], asked, emulation.needs);
        return emulation.rows;
    }
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
        runner.warning(`QEMU: ${platformsAndStages(missing)}, which builder ${facts.builder.name} does not list; hoist cannot register QEMU on another machine. The build goes on; if it fails with "exec format error", install QEMU on the BuildKit host or cross-compile those stages.`);
        return emulation.rows;
    }
    const unknown = missing.filter(n => (0,qemu/* binfmtArch */.p)(n.platform) === undefined);
    if (unknown.length > 0)
        runner.warning(`QEMU: no emulator hoist knows for ${platformsAndStages(unknown)}; the build goes on without one for them.`);
    const known = missing.filter(n => (0,qemu/* binfmtArch */.p)(n.platform) !== undefined);
    if (known.length === 0)
        return emulation.rows;
    const archs = known.map(n => (0,qemu/* binfmtArch */.p)(n.platform));
    const image = inputs['binfmt-image'];
    runner.info(`QEMU: registering ${archs.join(', ')} with ${image}: ${platformsAndStages(known)}`);
    try {
        await installHandlers(ports.exec, image, archs);
    }
    catch (e) {
        return emulationUnavailable(ports, { driver: builder.driver, image }, known, e.message, emulation.rows);
    }
    const still = known.filter(n => !hasHandler(n.platform));
    if (still.length > 0)
        return emulationUnavailable(ports, { driver: builder.driver, image }, still, `${image} ran, but the kernel has no handler for them afterwards`, emulation.rows);
    return emulation.rows;
}
/**
 * setup-qemu-action's `platforms` (`binfmt-platforms`): exactly those emulators, on this
 * machine, whatever the analysis found; it fails the step when the image cannot run, as
 * setup-qemu-action does. A handler still missing afterwards is a warning.
 */
async function registerAsked(ports, image, asked, needs) {
    const analysis = needs === undefined ? 'the Dockerfile was not read' : needs.length === 0 ? 'the Dockerfile analysis asks for none' : `the Dockerfile analysis asks for ${needs.map(n => n.platform).join(', ')}`;
    ports.runner.info(`QEMU: registering ${asked.join(', ')} with ${image}, as binfmt-platforms asks (instead of the analysis' choice: ${analysis})`);
    try {
        await installHandlers(ports.exec, image, asked);
    }
    catch (e) {
        throw new Error(`binfmt-platforms: could not register QEMU for ${asked.join(', ')}: ${e.message}. Check that ${image} can run privileged (binfmt-image).`);
    }
    // A bare architecture (`arm64`) is a Linux one; this machine's own needs no handler.
    const host = (0,qemu/* binfmtArch */.p)(hostPlatform(process.arch));
    const missing = asked.filter(p => p !== 'all' && (0,qemu/* binfmtArch */.p)(asPlatform(p)) !== host && !hasHandler(asPlatform(p)));
    if (missing.length > 0)
        ports.runner.warning(`QEMU: ${image} ran, but the kernel has no handler for ${missing.join(', ')} afterwards (binfmt-platforms).`);
}
const asPlatform = (entry) => (entry in qemu/* QEMU_ARCH */.g ? `linux/${entry}` : entry);
/**
 * A docker-container builder's BuildKit image (moby/buildkit) carries QEMU emulators of
 * its own: that build may still work, slowly, as it does after setup-buildx-action alone.
 * Any other builder would fail at the first emulated RUN step: stop before building.
 */
function emulationUnavailable(ports, how, missing, why, rows) {
    const fix = `Cross-compile those stages (FROM --platform=$BUILDPLATFORM with $TARGETOS/$TARGETARCH), or let ${how.image} run privileged to register QEMU (binfmt-image), or register it before hoist (docker/setup-qemu-action).`;
    const message = `cannot register QEMU for ${platformsAndStages(missing)}: ${why}.`;
    if (how.driver !== 'docker-container')
        throw new Error(`${message} ${fix}`);
    ports.runner.warning(`${message} The build goes on with the emulators in the BuildKit image, if it has them. ${fix}`);
    return rows;
}
/** What is known of a planned builder before it exists: its nodes as declared; the first node runs on this machine's platform. */
function plannedFacts(plan) {
    const first = { name: `${plan.name}0`, endpoint: plan.endpoint ?? '', status: '', platforms: [hostPlatform(process.arch)], declared: plan.platforms };
    const added = plan.nodes.map((n, i) => ({ name: n.name ?? `${plan.name}${i + 1}`, endpoint: n.endpoint ?? '', status: '', platforms: n.platforms.slice(0, 1), declared: n.platforms }));
    return { name: plan.name, driver: plan.driver, endpoints: [first, ...added].map(n => n.endpoint).filter(e => e !== ''), platforms: [], nodes: [first, ...added] };
}
/** Each node's own platform (its first listed) and the platforms buildx sends to it; one group for a one-node builder. */
function nodeGroups(builder, platforms, buildPlatform) {
    const nodes = builder.nodes ?? [];
    if (nodes.length < 2)
        return [{ buildPlatform, platforms }];
    const groups = new Map();
    for (const { platform, node } of (0,plan_nodes/* assignPlatforms */.gP)(nodes, platforms))
        groups.set(node, [...(groups.get(node) ?? []), platform]);
    return [...groups.entries()].map(([node, ps]) => ({ buildPlatform: node.platforms[0] ?? buildPlatform, platforms: ps }));
}
/**
 * Which node builds which platform, said in the log and kept for the job summary
 * (`linux/arm64` → `hoist-ab1 (tcp://arm64:1234)`); undefined for a one-node builder.
 */
function announceNodes(runner, builder, platforms) {
    if ((builder.nodes ?? []).length < 2 || platforms.length === 0)
        return undefined;
    const nodes = Object.fromEntries((0,plan_nodes/* assignPlatforms */.gP)(builder.nodes, platforms).map(({ platform, node }) => [platform, `${node.name} (${node.endpoint})`]));
    for (const [platform, node] of Object.entries(nodes))
        runner.info(`${platform} builds on node ${node}`);
    return nodes;
}
/** Waits for the builder hoist set up to answer, and says so; returns the summary's note. */
async function builderReady(runner, builder) {
    if (!builder)
        return undefined;
    return runner.group('Builder ready', async () => {
        const { log, note } = await builder.ready;
        runner.info(log);
        return note;
    });
}
/** `linux/arm64 (stage 'build', line 3)` for each platform. */
function platformsAndStages(needs) {
    return needs.map(n => `${n.platform} (${n.stages.map(s => `stage '${s.name}', line ${s.line}`).join('; ')})`).join(', ');
}
/** Creates (or finds) the planned builder and starts booting it; the boot runs beside the cache lookups. */
async function setUpPlannedBuilder(ports, plan, facts) {
    const { runner } = ports;
    const started = ports.now();
    runner.info(`builder: setting up ${plan.name} (${plan.driver} driver): ${plan.why}`);
    const created = await (0,setup/* createBuilder */.Ij)(ports.exec, plan, facts.tmpDir, ports.env);
    // Only the step that created it removes it: post steps run last-first, so that one's comes after every step that reused it.
    if (created && plan.cleanup) {
        state/* state */.w.saveBuilderToRemove(runner, plan.name);
        if (plan.keepState)
            state/* state */.w.saveKeepState(runner);
    }
    else if (created)
        runner.info(`builder ${plan.name} stays after the job (cleanup: false)`);
    const ready = (0,setup/* bootBuilder */.cD)(ports.exec, plan, created).then(async (booted) => {
        facts.builder = { ...booted, engineLoadsMultiPlatform: facts.builder.engineLoadsMultiPlatform };
        const how = created ? `set up in ${((ports.now() - started) / 1000).toFixed(1)} s` : 'reused from an earlier hoist step of this job';
        // setup-buildx-action's `use` (its `create --use`): hoist itself names the builder in every call, so only later steps see it.
        if (plan.use) {
            await (0,setup/* useBuilder */.nY)(ports.exec, plan.name);
            runner.info(`builder ${plan.name} is now the current builder for the job's later steps (use: true)`);
        }
        await setBuilderOutputs(ports, plan.name);
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
 * The action's main step: the inputs read and checked, the kind of run decided once
 * (plan/run.ts), then that mode's phases (src/phases/), each in its own log group. Any
 * error fails the step with its message; what may only warn does so inside its phase.
 */
















async function run(ports) {
    const { runner } = ports;
    state/* state */.w.markMainStarted(runner);
    try {
        const { given, secrets } = await readInputs(ports);
        // The modules of comment-only, hand-off and merge load only for the steps that use them.
        if (runMode(given) === 'comment-only')
            return await (await __nccwpck_require__.e(/* import() */ 387).then(__nccwpck_require__.bind(__nccwpck_require__, 60387))).commentOnly(ports, given);
        const checked = await checkAllInputs(ports, given);
        let inputs = checked.inputs;
        const { facts, machine } = await runner.group('Builder', async () => {
            const facts = { ...(await gatherFacts(ports, inputs)), ...(checked.dockerfile ? { dockerfile: checked.dockerfile } : {}) };
            return { facts, machine: runMode(inputs) === 'merge' ? {} : await setUpBuildMachine(ports, inputs, facts, checked.nodes) };
        });
        if (machine.builder)
            inputs = { ...inputs, builder: machine.builder.name };
        if (checked.logins.length > 0)
            await runner.group('Login', () => logIn(ports, inputs, checked.logins, facts.tmpDir));
        inputs = await metadata(ports, inputs);
        if (runMode(inputs) === 'merge')
            return await mergeMode(ports, { inputs, facts, secrets, run: decideRun(inputs, facts) });
        await buildMode(ports, inputs, facts, secrets, machine);
    }
    catch (e) {
        runner.setFailed(e instanceof Error ? e.message : String(e));
    }
}
/** merge: the platform jobs' digests made into one index → read back → report. */
async function mergeMode(ports, job) {
    for (const note of job.run.notes)
        ports.runner.info(note);
    if (!job.run.pushes)
        return;
    const { merge } = await __nccwpck_require__.e(/* import() */ 271).then(__nccwpck_require__.bind(__nccwpck_require__, 52271));
    // On a push, the baseline is what the tags point at before the merge moves them.
    const before = readMeanwhile(ports, job);
    await report_report(ports, job, await merge(ports, job, before.baseline), before);
}
/** build and platform job: cache → build → hand off, or measure → read back → report. */
async function buildMode(ports, inputs, facts, secrets, machine) {
    const { runner } = ports;
    const limits = (0,validate/* builderProblems */.kV)(inputs, facts.builder);
    if (limits.length > 0)
        throw new inputs_errors/* InputErrors */.G(limits);
    for (const advice of cacheBustingAdvice(facts.dockerfile, ports.files))
        runner.warning(advice.message, { file: advice.file, startLine: advice.line, title: advice.title });
    const cache = await planCaching(ports, inputs, facts);
    // A builder hoist set up boots meanwhile; a new one holds no cache mounts, so the session need not ask it.
    const session = await openCache(ports, inputs, facts, cache, machine.builder?.created);
    const builderNote = await builderReady(runner, machine.builder);
    // Decided once the builder answers: whether a build that is not pushed can be measured depends on its BuildKit.
    const job = { inputs, facts, secrets, run: decideRun(inputs, facts) };
    const builtOn = announceNodes(runner, facts.builder, inputs.platforms);
    const stages = await buildStages(ports, inputs, facts, cache, session);
    const before = readMeanwhile(ports, job);
    const built = await build(ports, job, cache, session).catch(async (e) => {
        if (e instanceof BuildFailedError) {
            reportFailure(ports, facts.dockerfile?.path, e, secrets);
            await uploadBuildRecord(ports, job);
        }
        throw e;
    });
    if (session)
        await saveCache(ports, inputs, facts, cache, session, stages, built);
    annotateWarnings(ports, facts.dockerfile?.path, built.metadata.warnings);
    const digest = built.metadata.digest;
    const handedOn = job.run.handsOff && digest ? await runner.group('Hand off', async () => (await __nccwpck_require__.e(/* import() */ 235).then(__nccwpck_require__.bind(__nccwpck_require__, 87235))).handOff(ports, job, digest)) : undefined;
    const measured = await measure(ports, job);
    for (const note of job.run.notes)
        runner.info(note);
    const produced = {
        digest,
        imageId: built.imageId,
        durationMs: built.durationMs,
        cache: built.hits,
        pushRetries: built.pushRetries,
        cacheNotes: cacheNotes(session, stages),
        builder: builderNote,
        stagePlatforms: machine.stagePlatforms
    };
    // The build record (a failed build's too, above) comes last, as in build-push-action's post step, also when a size gate fails.
    await report_report(ports, job, { ...produced, ...(builtOn ? { builtOn } : {}), ...(handedOn ? { handedOn } : {}), ...(measured ? { measured: true } : {}) }, { ...before, measured }).finally(() => uploadBuildRecord(ports, job, built.metadata));
}


/***/ }),

/***/ 64548:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ createArgv),
/* harmony export */   X6: () => (/* binding */ appendArgv),
/* harmony export */   k: () => (/* binding */ planBuilderSetup),
/* harmony export */   pt: () => (/* binding */ removeArgv)
/* harmony export */ });
/* unused harmony export DEFAULT_BUILDKITD_FLAGS */
/* harmony import */ var _inputs_builder_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(19438);
/* harmony import */ var _inputs_attrs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(67953);
/* harmony import */ var _inputs_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(36275);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(95138);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(82974);
/**
 * Whether hoist sets up a builder of its own, and which: what docker/setup-buildx-action
 * would have done in a step before. A hosted runner starts with the Docker engine's own
 * builder (the docker driver), which cannot build several platforms into one push,
 * export a cache other than inline, or attach attestations on the classic image store.
 * Pure: the decision and the `docker buildx create` argv; src/buildx/setup.ts runs them.
 * Follows docker/setup-buildx-action v4.3.0: src/context.ts, src/main.ts.
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
 * named is never replaced; setup inputs (`driver`, `driver-opts`, …, and `name`, which
 * setup-buildx-action creates) always ask for one, as does `use: true` (a builder for
 * the later steps). `cleanup` and `keep-state` only say what becomes of it.
 */
function planBuilderSetup(inputs, current, github, nodes = []) {
    if (inputs.builder)
        return undefined;
    const given = [...(0,_inputs_builder_js__WEBPACK_IMPORTED_MODULE_0__/* .givenSetupInputs */ .cy)(inputs), ...(inputs.use ? ['use'] : [])];
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
        ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
        platforms: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .firstNodePlatforms */ .Hg)(inputs.platforms, nodes),
        nodes
    };
    // One job's steps with the same setup share it (and its cache); other jobs and runs get their own.
    const name = inputs.name || `hoist-${(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .shortHash */ .B)(github.runId, github.runAttempt, github.job, JSON.stringify(setup)).slice(0, 12)}`;
    return { name, why, ...setup, use: inputs.use, cleanup: inputs.cleanup, keepState: inputs['keep-state'] };
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
    for (const p of setup.platforms)
        argv.push('--platform', p);
    if (setup.endpoint)
        argv.push(setup.endpoint);
    return argv;
}
/** `docker buildx rm` as setup-buildx-action's post step runs it: `--keep-state` keeps the state volume. */
function removeArgv(name, keepState) {
    return ['buildx', 'rm', name, ...(keepState ? ['--keep-state'] : [])];
}
/** `docker buildx create --append` for one added node; it takes the builder's driver. */
function appendArgv(setup, node) {
    const argv = ['buildx', 'create', '--name', setup.name, '--append'];
    if (node.name)
        argv.push('--node', node.name);
    for (const opt of node.driverOpts)
        argv.push('--driver-opt', opt);
    if (setup.driver !== 'remote' && node.buildkitdFlags)
        argv.push('--buildkitd-flags', node.buildkitdFlags);
    for (const p of node.platforms)
        argv.push('--platform', p);
    if (node.endpoint)
        argv.push(node.endpoint);
    return argv;
}


/***/ }),

/***/ 29616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ jobAndAttempt),
/* harmony export */   MC: () => (/* binding */ imageRepositories),
/* harmony export */   Mi: () => (/* binding */ platformPair),
/* harmony export */   Oy: () => (/* binding */ platformJobInputs),
/* harmony export */   PR: () => (/* binding */ HANDOFF_SCHEMA),
/* harmony export */   Pl: () => (/* binding */ handOffPrefix),
/* harmony export */   YH: () => (/* binding */ HANDOFF_FILE),
/* harmony export */   Yc: () => (/* binding */ planMerge),
/* harmony export */   fg: () => (/* binding */ imagetoolsArgv),
/* harmony export */   nM: () => (/* binding */ indexAnnotations),
/* harmony export */   qr: () => (/* binding */ parseHandOff),
/* harmony export */   s4: () => (/* binding */ handOffName)
/* harmony export */ });
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(79310);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(95138);
/* harmony import */ var _util_platform_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(88245);



const HANDOFF_SCHEMA = 'hoist/platform-digest@1';
/** The hand-off's file inside its artifact. */
const HANDOFF_FILE = 'digest.json';
const ARTIFACT_PREFIX = 'hoist-digest';
/** A hand-off is a few hundred bytes; anything far larger is not one. */
const HANDOFF_MAX_BYTES = 64 * 1024;
/** The repositories the tags name, sorted and without duplicates: what the platform jobs push to and the merge tags. */
function imageRepositories(tags) {
    return [...new Set(tags.map(t => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(t))))].sort();
}
/** `linux/arm/v7` → `linux-arm-v7`: a platform in a name or tag. */
function platformPair(platforms) {
    return platforms.map(p => p.replace(/\//g, '-')).join('_');
}
/**
 * The artifacts of one distributed build are named after its repositories, so several
 * images built in one run keep apart and the merge finds its own:
 * `hoist-digest-<hash of the repositories>-<platforms>`.
 */
function handOffPrefix(images) {
    return `${ARTIFACT_PREFIX}-${(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .shortHash */ .B)(...images).slice(0, 12)}-`;
}
function handOffName(images, platforms) {
    return `${handOffPrefix(images)}${platformPair(platforms)}`;
}
/** buildx's output for a platform job: the image pushed to every repository by digest, no tag. */
function pushByDigestOutput(images) {
    const name = images.length === 1 ? `name=${images[0]}` : `"name=${images.join(',')}"`;
    return `type=image,${name},push-by-digest=true,name-canonical=true,push=true`;
}
/**
 * The inputs a platform job builds with: the tags become the output's repository names
 * and the push goes by digest; everything else (cache, labels, annotations) as given.
 */
function platformJobInputs(inputs) {
    return { ...inputs, tags: [], push: false, outputs: [pushByDigestOutput(imageRepositories(inputs.tags))] };
}
/** Reads and checks one hand-off (its name for the messages); throws with what is wrong. */
function parseHandOff(text, name) {
    if (Buffer.byteLength(text) > HANDOFF_MAX_BYTES)
        throw new Error(`${name} is ${Buffer.byteLength(text)} bytes, not a hand-off (at most ${HANDOFF_MAX_BYTES})`);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new Error(`${name} is not JSON`);
    }
    const v = (value ?? {});
    const strings = (key) => Array.isArray(v[key]) && v[key].length > 0 && v[key].every(s => typeof s === 'string');
    if (v.schema !== HANDOFF_SCHEMA)
        throw new Error(`${name} is not a ${HANDOFF_SCHEMA} hand-off (schema ${JSON.stringify(v.schema)})`);
    if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha256Digest */ .q9)(v.digest))
        throw new Error(`${name} has no sha256 digest`);
    if (!strings('images') || !strings('platforms'))
        throw new Error(`${name} names no images or no platforms`);
    if (typeof v.job !== 'string' || typeof v.runAttempt !== 'string')
        throw new Error(`${name} does not say which job built it`);
    const platforms = v.platforms.map(p => (0,_util_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)((0,_util_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatform */ .FL)(p)));
    return { schema: HANDOFF_SCHEMA, images: [...v.images].sort(), platforms, digest: v.digest, job: v.job, runAttempt: v.runAttempt };
}
/** A platform's hand-off, by who made it: `job build (attempt 2)`. */
function jobAndAttempt(h) {
    return `job ${h.job} (attempt ${h.runAttempt})`;
}
/**
 * Which digests go into the index. Every requested platform must come from exactly one
 * hand-off for the same repositories; the index holds them in the requested order.
 */
function planMerge(platforms, images, handOffs) {
    const ignored = [];
    const usable = handOffs.filter(h => {
        if (h.images.join(',') !== images.join(',')) {
            ignored.push(`${h.platforms.join(', ')} from ${jobAndAttempt(h)}: pushed to ${h.images.join(', ')}, not ${images.join(', ')}`);
            return false;
        }
        if (!h.platforms.some(p => platforms.includes(p))) {
            ignored.push(`${h.platforms.join(', ')} from ${jobAndAttempt(h)}: not in platforms`);
            return false;
        }
        return true;
    });
    const sources = [];
    const missing = [];
    for (const platform of platforms) {
        const from = usable.find(h => h.platforms.includes(platform));
        if (!from)
            missing.push(platform);
        else if (!sources.includes(from))
            sources.push(from);
    }
    return { sources, missing, ignored };
}
/**
 * The index's annotations: the merge creates only the index, so an annotation without a
 * level, or at metadata-action's default `manifest` level (already on each platform's
 * manifest), goes on the index; `index:` and `manifest-descriptor:` are passed as given,
 * and `index-descriptor:` (which imagetools refuses when creating an index) goes on the index too.
 */
function indexAnnotations(annotations) {
    return annotations.map(a => {
        const key = a.split('=')[0];
        const colon = key.indexOf(':');
        if (colon < 0)
            return `index:${a}`;
        const levels = key
            .slice(0, colon)
            .split(',')
            .filter(l => !l.startsWith('index-descriptor'))
            .map(l => (l.startsWith('manifest') && !l.startsWith('manifest-descriptor') ? 'index' : l));
        return `${[...new Set(levels.length > 0 ? levels : ['index'])].join(',')}${a.slice(colon)}`;
    });
}
/** `docker buildx imagetools create` for one repository: every tag of it, the sources by digest, in order. */
function imagetoolsArgv(repository, tags, sources, annotations, metadataFile) {
    const argv = ['buildx', 'imagetools', 'create', '--metadata-file', metadataFile];
    for (const tag of tags.filter(t => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(t)) === repository))
        argv.push('--tag', tag);
    for (const a of annotations)
        argv.push('--annotation', a);
    for (const s of sources)
        argv.push(`${repository}@${s.digest}`);
    return argv;
}


/***/ }),

/***/ 59790:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ scopedConfigDir),
/* harmony export */   H8: () => (/* binding */ loginSecrets),
/* harmony export */   Ko: () => (/* binding */ registryLogins)
/* harmony export */ });
/* unused harmony export isEcr */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(91318);
/* harmony import */ var _util_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(39869);
/**
 * The registry logins the inputs ask for: docker/login-action's `registry`, `username`
 * and `password`, and docker/github-builder's `registry-auths` (a YAML list of the same)
 * for several registries, each with login-action's `scope` and `ecr`. Pure;
 * src/phases/login.ts carries them out.
 * getAuthList and scopeToConfigDir from the first, isECR from the second.
 * Follows docker/login-action v4.1.0: src/context.ts, src/aws.ts.
 */



/** login-action's default registry when only a username is given. */
const DOCKER_HUB = 'docker.io';
/** The logins, and each problem (naming the input, never a password). */
async function registryLogins(inputs) {
    const logins = [];
    const problems = [];
    const ecr = ecrMode('ecr', inputs.ecr, problems);
    const scope = checkScope('scope', inputs.scope, problems);
    const loginGiven = Boolean(inputs.username || inputs.password || inputs.registry);
    const refused = ecr !== undefined && refuseEcr('ecr', inputs.registry, ecr, loginGiven || ecr === 'true', problems);
    if (scope && !loginGiven)
        problems.push(new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('scope', `'${scope}' is given without a login`, 'Give registry, username and password with it; for registry-auths, give scope in the entry.'));
    if (refused) {
        // Said once: amazon-ecr-login's docker config is what hoist reads instead.
    }
    else if (inputs.username || inputs.password) {
        if (!inputs.username)
            problems.push(new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('username', `is empty, but a password is given${inputs.registry ? ` for ${inputs.registry}` : ''}`, 'Give the username the password belongs to (for ghcr.io: github.actor).'));
        else if (!inputs.password)
            problems.push(new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('password', `is empty for user '${inputs.username}'${inputs.registry ? ` at ${inputs.registry}` : ''}`, 'Pass the password or token from a secret; on a pull request from a fork, secrets are empty: skip the login there (if: github.event.pull_request.head.repo.fork == false).'));
        else
            logins.push({ registry: registryAddress(inputs.registry || DOCKER_HUB), username: inputs.username, password: inputs.password, ...(scope ? { scope } : {}) });
    }
    else if (inputs.registry) {
        problems.push(new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('registry', `'${inputs.registry}' is given without username and password`, 'Give username and password too, or leave registry empty.'));
    }
    if (inputs['registry-auths'].trim()) {
        let entries;
        try {
            entries = await (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .h)(inputs['registry-auths']);
        }
        catch {
            // Never the parser's message: it may quote the text.
            problems.push(new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('registry-auths', 'is not YAML', 'Write a list: - registry: ghcr.io, then username: and password: under it.'));
        }
        if (entries !== undefined && !Array.isArray(entries))
            problems.push(new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('registry-auths', 'is not a YAML list', 'Start each login with "- registry: …".'));
        if (Array.isArray(entries)) {
            entries.forEach((entry, i) => {
                const e = (entry ?? {});
                const field = (name) => (typeof e[name] === 'string' ? e[name].trim() : '');
                const [registry, username, password] = [field('registry'), field('username'), field('password')];
                const missing = ['username', 'password'].filter(f => !field(f));
                const what = `registry-auths entry ${i + 1}`;
                const entryEcr = ecrMode('registry-auths', field('ecr'), problems, what);
                const entryScope = checkScope('registry-auths', field('scope'), problems, what);
                if (entryEcr === undefined || refuseEcr('registry-auths', registry, entryEcr, true, problems, what))
                    return;
                if (missing.length > 0) {
                    problems.push(new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('registry-auths', `entry ${i + 1}${registry ? ` (${registry})` : ''} has no ${missing.join(' and no ')}`, 'Give each entry registry, username and password (from secrets).'));
                }
                else {
                    logins.push({ registry: registryAddress(registry || DOCKER_HUB), username, password, ...(entryScope ? { scope: entryScope } : {}) });
                }
            });
        }
    }
    // The same registry under different scopes goes to different configs, as login-action's.
    const seen = new Set();
    for (const l of logins) {
        const key = `${l.registry}${l.scope ? ` (scope ${l.scope})` : ''}`;
        if (seen.has(key))
            problems.push(new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('registry-auths', `${key} is logged in to twice`, 'Give each registry once.'));
        seen.add(key);
    }
    return { logins, problems };
}
/** login-action's `ecr`: auto (the default), true or false; anything else is a problem (undefined). */
function ecrMode(input, value, problems, what = '') {
    const mode = (value.trim() || 'auto').toLowerCase();
    if (mode === 'auto' || mode === 'true' || mode === 'false')
        return mode;
    problems.push(new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${what ? `${what}: ` : ''}ecr '${value}' is not auto, true or false`, 'Leave ecr at auto (Amazon ECR is recognised by its address), or set true or false.'));
    return undefined;
}
/**
 * hoist does not log in to Amazon ECR itself (login-action asks AWS for a token with the
 * AWS SDK): an ECR login (ecr: true, or auto and an ECR address) is refused before
 * anything runs, pointing to aws-actions/amazon-ecr-login, whose docker login hoist reads.
 */
function refuseEcr(input, registry, mode, loginGiven, problems, what = '') {
    if (!loginGiven || mode === 'false' || (mode === 'auto' && !isEcr(registry)))
        return false;
    problems.push(new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(mode === 'true' && input === 'ecr' ? 'ecr' : input === 'ecr' ? 'registry' : input, `${what ? `${what}: ` : ''}${registry ? `'${registry}' is` : 'the login is'} an Amazon ECR login (ecr: ${mode}), and hoist does not log in to ECR itself`, 'Run aws-actions/amazon-ecr-login before hoist and give hoist no registry, username or password for it: hoist reads the docker config that action writes. (ecr: false logs in with the username and password as given.)'));
    return true;
}
/** An Amazon ECR address (private `<account>.dkr.ecr.<region>.amazonaws.com`, or ECR Public), as login-action's isECR recognises it (src/aws.ts, v4.1.0). */
function isEcr(registry) {
    const privateEcr = /^[0-9]{12}\.(dkr\.ecr|dkr-ecr)\.[^/]+\.(on\.aws|amazonaws\.(com(\.cn)?|eu))(\/[^:]+(:.+)?)?$/;
    return privateEcr.test(registry) || /public\.ecr\.aws|ecr-public\.aws\.com/.test(registry);
}
/** A scope is a repository path (`acme/app`), optionally with `@actions` (`acme/app@push`, `@push`): it names directories, so nothing that leaves them. */
function checkScope(input, value, problems, what = '') {
    const scope = value.trim();
    if (!scope)
        return undefined;
    const [repo, actions = ''] = scope.split(/@(.*)/s);
    const badRepo = repo !== '' && !/^[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*$/.test(repo);
    const badActions = scope.includes('@') && !/^[a-z*]+(?:,[a-z*]+)*$/.test(actions);
    if (!badRepo && !badActions)
        return scope;
    problems.push(new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${what ? `${what}: ` : ''}scope '${scope}' is not a repository path with optional @actions`, "Write the repository (acme/app), optionally with the actions after @ (acme/app@push), or '@push' for every repository of the registry."));
    return undefined;
}
/**
 * The buildx config directory a scoped login goes to (login-action's scopeToConfigDir):
 * `<buildx config>/config/<registry>/<scope>`, Docker Hub as registry-1.docker.io (the host
 * buildx asks for), and `@actions` for the whole registry appended to the registry's
 * directory (`ghcr.io@push`). Buildx v0.31.0 and later read these (util/dockerutil/dockerconfig).
 */
function scopedConfigDir(buildxConfigDir, registry, scope) {
    const host = DOCKER_HUB_ALIASES.includes(registry) ? 'registry-1.docker.io' : registry;
    const base = node_path__WEBPACK_IMPORTED_MODULE_0__.join(buildxConfigDir, 'config', host);
    return scope.startsWith('@') ? base + scope : node_path__WEBPACK_IMPORTED_MODULE_0__.join(base, scope);
}
const DOCKER_HUB_ALIASES = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];
/** `https://ghcr.io/` → `ghcr.io`: the host (and port) docker keys a login by. */
function registryAddress(value) {
    return value.replace(/^https?:\/\//, '').replace(/\/(v1|v2)?\/?$/, '');
}
/** What of registry-auths is not a secret: these values are left unmasked (masking a short username would blank its letters all over the log). */
const PUBLIC_KEYS = ['registry', 'username'];
/**
 * Every password, to be masked before anything is logged (also those of entries with
 * problems): of registry-auths, every value but a registry's and a username's, whatever
 * the shape (a mapping instead of a list, a password that is a list); for text that is not
 * YAML, the whole text and each line's value part.
 */
async function loginSecrets(inputs) {
    const values = [inputs.password];
    const text = inputs['registry-auths'];
    if (text.trim()) {
        try {
            values.push(...(0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarValues */ .x)(await (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .h)(text), PUBLIC_KEYS));
        }
        catch {
            values.push(text, ...lineValues(text));
        }
    }
    return [...new Set(values.map(v => v.trim()).filter(v => v !== ''))];
}
/** `  - password: "p4ss` → `"p4ss` and `p4ss`: each line's value part, as written and unquoted (a registry's and a username's left out). */
function lineValues(text) {
    return text.split(/\r?\n/).flatMap(line => {
        const item = line.replace(/^\s*(?:-(?:\s+|$))*/, '');
        const pair = /^([^:]*?):(?:\s+|$)(.*)$/.exec(item);
        if (pair && PUBLIC_KEYS.includes(pair[1].trim().replace(/^["']|["']$/g, '')))
            return [];
        const value = (pair ? pair[2] : item).trim();
        return [value, value.replace(/^[\s"'[{]+|[\s"'\]},]+$/g, '')];
    });
}


/***/ }),

/***/ 82974:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ firstNodePlatforms),
/* harmony export */   UY: () => (/* binding */ appendNodes),
/* harmony export */   gP: () => (/* binding */ assignPlatforms)
/* harmony export */ });
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(91318);
/* harmony import */ var _util_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(88245);
/* harmony import */ var _util_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(39869);
/**
 * Native nodes per platform: docker/setup-buildx-action's `append` input (a YAML list of
 * `{name, endpoint, platforms, driver-opts, buildkitd-flags}`), and which node buildx sends
 * each platform to. Pure; src/buildx/setup.ts runs `docker buildx create --append`.
 * Follows docker/buildx v0.36.1: build/resolver/driver.go.
 * Follows docker/setup-buildx-action v4.3.0: src/main.ts, src/context.ts.
 */



const KEYS = ['name', 'endpoint', 'platforms', 'driver-opts', 'buildkitd-flags'];
/** The `append` input read: the nodes, and each problem (naming the entry and the fix). */
async function appendNodes(inputs) {
    const nodes = [];
    const problems = [];
    if (!inputs.append.trim())
        return { nodes, problems };
    const fail = (message, fix) => problems.push(new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('append', message, fix));
    let entries;
    try {
        entries = await (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .h)(inputs.append);
    }
    catch {
        fail('is not YAML', 'Write a list: - endpoint: tcp://arm64-builder:1234, then platforms: linux/arm64 under it.');
        return { nodes, problems };
    }
    if (!Array.isArray(entries)) {
        fail('is not a YAML list', 'Start each node with "- endpoint: …" (setup-buildx-action\'s syntax).');
        return { nodes, problems };
    }
    const driver = inputs.driver || 'docker-container';
    entries.forEach((entry, i) => {
        const at = `entry ${i + 1}`;
        if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
            fail(`${at} is not a mapping`, 'Give each node as endpoint:, platforms: (and optionally name:, driver-opts:).');
            return;
        }
        const e = entry;
        const unknown = Object.keys(e).filter(k => !KEYS.includes(k));
        if (unknown.length > 0)
            fail(`${at} has ${unknown.map(k => `'${k}'`).join(', ')}, which is not a node setting`, `Use only ${KEYS.join(', ')}.`);
        const text = (key) => (typeof e[key] === 'string' || typeof e[key] === 'number' ? String(e[key]).trim() : '');
        const node = { platforms: [], driverOpts: [] };
        if (text('name'))
            node.name = text('name');
        if (text('endpoint'))
            node.endpoint = text('endpoint');
        if (text('buildkitd-flags'))
            node.buildkitdFlags = text('buildkitd-flags');
        const label = `${at}${node.endpoint ? ` (${node.endpoint})` : ''}`;
        if (!node.endpoint && driver === 'remote')
            fail(`${label} has no endpoint`, 'Give the address of its BuildKit, e.g. endpoint: tcp://arm64-builder:1234.');
        const platforms = listOf(e.platforms, ',');
        if (platforms.length === 0)
            fail(`${label} has no platforms`, 'Say which platforms it builds natively, e.g. platforms: linux/arm64; buildx sends those to it.');
        for (const p of platforms) {
            try {
                node.platforms.push((0,_util_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)((0,_util_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .FL)(p)));
            }
            catch (err) {
                if (err instanceof _util_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .PlatformError */ .Wk)
                    fail(`${label}: ${err.message}`, 'Give platforms as os/arch[/variant], comma-separated.');
                else
                    throw err;
            }
        }
        for (const opt of listOf(e['driver-opts'], '\n')) {
            if (!/^[^=\s]+=/.test(opt))
                fail(`${label}: driver-opts entry '${opt}' is not of the form key=value`, 'Give one key=value per list item, e.g. - nodeselector=kubernetes.io/arch=arm64.');
            else
                node.driverOpts.push(opt);
        }
        nodes.push(node);
    });
    const names = nodes.map(n => n.name).filter((n) => n !== undefined);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice)
        fail(`the node name '${twice}' is given twice`, 'Give each node its own name, or leave name out.');
    return { nodes, problems };
}
/** A YAML list, or a string split on `sep` (setup-buildx accepts both for platforms and driver-opts). */
function listOf(value, sep) {
    const items = Array.isArray(value) ? value.map(v => String(v)) : typeof value === 'string' ? value.split(sep) : [];
    return items.map(v => v.trim()).filter(v => v !== '');
}
/**
 * The platforms the first node takes: those asked for that no added node declares. Declared
 * on it, so buildx matches every platform to a node by what was declared, and does not fall
 * back to what each BuildKit lists, where a node with QEMU lists every platform and,
 * being first, would get them all.
 */
function firstNodePlatforms(requested, nodes) {
    if (nodes.length === 0)
        return [];
    const taken = new Set(nodes.flatMap(n => n.platforms));
    return requested.filter(p => !taken.has(p));
}
/**
 * Which node buildx builds each platform on (build/resolver/driver.go): first by the
 * platforms the nodes declare, the first declaring node winning; if any platform is not
 * declared anywhere, by everything each node lists, first node first. A platform no
 * node lists goes to the first node. Platforms are compared normalised.
 */
function assignPlatforms(nodes, platforms) {
    if (nodes.length === 0)
        return [];
    const pick = (platform, listed) => nodes.find(n => listed(n).includes(platform));
    const declared = platforms.map(p => pick(p, n => n.declared));
    const perfect = declared.every(n => n !== undefined);
    return platforms.map((platform, i) => ({
        platform,
        node: (perfect ? declared[i] : pick(platform, n => [...n.declared, ...n.platforms])) ?? nodes[0]
    }));
}


/***/ }),

/***/ 16467:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ registryClient),
/* harmony export */   i: () => (/* binding */ processPorts)
/* harmony export */ });
/* harmony import */ var _inputs_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24365);
/* harmony import */ var _registry_auth_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(27481);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(32440);
/* harmony import */ var _registry_http_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(58851);
/* harmony import */ var _runner_env_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(48249);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(62817);






/** The real ports; with debug on (RUNNER_DEBUG=1), every command line and registry request goes to the debug log. */
function processPorts(runner, env = (0,_runner_env_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunEnv */ .pu)()) {
    const debug = runner.isDebug ? (line) => runner.debug(line) : undefined;
    const run = (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .withProgramEnv */ .UC)(debug ? (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .tracedExec */ .Lc)(_util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .exec */ .m0, debug) : _util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .exec */ .m0, () => env.programEnv);
    return {
        runner,
        exec: run,
        env,
        files: _inputs_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .realFiles */ .aK,
        registry: registryClient(run, env, debug),
        now: () => performance.now()
    };
}
/** The registry client with the credentials of the docker config `configs` names when asked (a login may change it). */
function registryClient(run, configs, debug, plainHttp = []) {
    return new _registry_client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryClient */ .bP({
        transport: (0,_registry_http_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeTransport */ ._)(debug),
        plainHttp,
        credentials: (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerConfigCredentials */ .D)(run, () => configs.dockerConfig, () => configs.buildxConfig)
    });
}


/***/ }),

/***/ 86661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _buildx_setup_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(99085);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(70656);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(16467);
/* harmony import */ var _runner_state_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6003);





/**
 * Cleanup after the job: the builder this step set up (its container and state volume;
 * the volume stays with keep-state; `cleanup: false` saved no builder to remove),
 * hoist's temp files (secret files included), and the build's directory under the cache
 * root, which outlives the job on a self-hosted runner (the Actions cache holds what it
 * held); first, beside the builder's removal, the check of the size history point the main
 * step wrote, while its logins are still there. Runs even when the main step failed; never
 * fails the job.
 */
async function post(ctx) {
    const { runner } = ctx;
    const check = _runner_state_js__WEBPACK_IMPORTED_MODULE_4__/* .state */ .w.sizeHistoryCheck(runner);
    const checking = check ? checkSizeHistory(ctx, check) : Promise.resolve();
    const builder = _runner_state_js__WEBPACK_IMPORTED_MODULE_4__/* .state */ .w.builderToRemove(runner);
    if (builder) {
        try {
            const keepState = _runner_state_js__WEBPACK_IMPORTED_MODULE_4__/* .state */ .w.keepState(runner);
            await (0,_buildx_setup_js__WEBPACK_IMPORTED_MODULE_1__/* .removeBuilder */ .iq)(ctx.exec, builder, keepState);
            runner.info(`removed builder ${builder}${keepState ? ' (its BuildKit state kept: keep-state)' : ''}`);
        }
        catch (e) {
            runner.warning(`cleanup: ${e.message}`);
        }
    }
    await checking;
    const dockerConfig = _runner_state_js__WEBPACK_IMPORTED_MODULE_4__/* .state */ .w.dockerConfig(runner);
    if (dockerConfig && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dockerConfig)) {
        try {
            for (const dir of (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .removeScopedLogins */ .Rv)(dockerConfig))
                runner.info(`logged out of the scoped login in ${dir}`);
            node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(dockerConfig, { recursive: true, force: true });
            runner.info('logged out: removed the docker config holding the logins');
        }
        catch (e) {
            runner.warning(`logout: ${e.message}`);
        }
    }
    for (const dir of [_runner_state_js__WEBPACK_IMPORTED_MODULE_4__/* .state */ .w.tmpDir(runner), _runner_state_js__WEBPACK_IMPORTED_MODULE_4__/* .state */ .w.cacheDir(runner)]) {
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
/** The size history point the main step wrote is still there (src/report/history.ts); only warns. */
async function checkSizeHistory(ctx, file) {
    try {
        const { checkRecordedPoint, readPendingCheck } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 15977));
        const saved = readPendingCheck(file);
        await checkRecordedPoint(ctx.runner, (0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .registryClient */ .R)(ctx.exec, saved, undefined, saved.plainHttp), saved);
    }
    catch (e) {
        ctx.runner.warning(`size history: the post step could not check this build's point: ${e.message}`);
    }
}


/***/ }),

/***/ 91855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ configPlatform),
/* harmony export */   mm: () => (/* binding */ inspectImage)
/* harmony export */ });
/* unused harmony export layerInstructions */
/* harmony import */ var _util_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(88245);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(32440);


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
        if (e instanceof _registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl && e.status === 404)
            return undefined;
        throw e;
    }
    const name = `${ref.domain}/${ref.path}`;
    if (!(0,_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndex */ .nw)(top.mediaType, top.manifest)) {
        const platform = await platformImage(client, ref, { digest: top.digest, manifest: top.manifest, bytes: top.bytes });
        return { reference: `${name}@${top.digest}`, digest: top.digest, platforms: platform ? [platform] : [], attestations: [] };
    }
    const children = top.manifest.manifests ?? [];
    const [platforms, attestations] = await Promise.all([
        Promise.all(children
            .filter(d => !(0,_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isAttestation */ .H3)(d))
            .map(async (d) => {
            const child = await client.getManifest(ref, d.digest);
            return platformImage(client, ref, { digest: d.digest, manifest: child.manifest, bytes: child.bytes }, d);
        })),
        Promise.all(children.filter(_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isAttestation */ .H3).map(d => attestation(client, ref, d)))
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
        platform: (0,_util_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(platform),
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


/***/ }),

/***/ 27481:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ dockerConfigCredentials),
/* harmony export */   H$: () => (/* binding */ loginKey),
/* harmony export */   xy: () => (/* binding */ parseChallenge)
/* harmony export */ });
/* unused harmony exports parseScopedConfigKey, parseTokenScopes, matchesScopes, scopedConfigFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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
            config = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'config.json'), 'utf8'));
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
    const base = node_path__WEBPACK_IMPORTED_MODULE_1__.join(buildxConfigDir, 'config');
    const candidates = configFiles(base)
        .map(dir => ({ dir, config: parseScopedConfigKey(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(base, dir).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/')) }))
        .filter(c => c.config.host === hubHost(host) && matchesScopes(c.config, request));
    candidates.sort((a, b) => (a.config.repo === b.config.repo ? b.config.actions.length - a.config.actions.length : a.config.repo < b.config.repo ? 1 : -1));
    return candidates[0]?.dir;
}
/** Every directory under `base` that holds a config.json (none when there is no such directory). */
function configFiles(base) {
    let entries;
    try {
        entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(base, { withFileTypes: true, recursive: true });
    }
    catch {
        return [];
    }
    return entries.filter(e => !e.isDirectory() && e.name === 'config.json').map(e => e.parentPath);
}


/***/ }),

/***/ 32440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ isAttestation),
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   gl: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_3__.g),
/* harmony export */   nw: () => (/* binding */ isIndex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(27481);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6764);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(58851);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(79310);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(41521);








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
        this.policy = { ..._retry_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_RETRY_POLICY */ .cO };
        for (const key of Object.keys(_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_RETRY_POLICY */ .cO))
            this.policy[key] = options[key] ?? _retry_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_RETRY_POLICY */ .cO[key];
        this.clock = options.clock ?? _retry_js__WEBPACK_IMPORTED_MODULE_6__/* .realClock */ .dQ;
        this.budget = new _retry_js__WEBPACK_IMPORTED_MODULE_6__/* .RetryBudget */ .Km(this.policy.budgetMs, () => this.clock.now());
        this.transport = options.transport ?? (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeTransport */ ._)();
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
        const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex')}`;
        if (reference.startsWith('sha256:') && reference !== digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(`manifest ${reference} from ${ref.domain}/${ref.path} has digest ${digest}: content does not match`);
        }
        const manifest = JSON.parse(body.toString('utf8'));
        const mediaType = manifest.mediaType ?? (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .header */ .w)(response, 'content-type')?.split(';')[0] ?? '';
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
                if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g && e.status === 404)
                    return tags;
                throw e;
            }
            tags.push(...(JSON.parse(response.body.toString('utf8')).tags ?? []));
            // `Link: </v2/<name>/tags/list?last=x&n=1000>; rel="next"`
            const next = /<\/v2\/[^>]*?\/(tags\/list\?[^>]*)>;\s*rel="?next"?/.exec((0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .header */ .w)(response, 'link') ?? '')?.[1];
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
            return (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .header */ .w)(response, 'docker-content-digest');
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g && e.status === 404)
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
        const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
        try {
            if (!options.new) {
                await this.request(ref, `blobs/${digest}`, {}, { method: 'HEAD' });
                return digest;
            }
        }
        catch (e) {
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g && e.status === 404))
                throw e;
        }
        const started = await this.request(ref, 'blobs/uploads/', { 'content-length': '0' }, { method: 'POST', body: Buffer.alloc(0) });
        const location = (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .header */ .w)(started, 'location');
        if (!location)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(`${ref.domain}/${ref.path}: the blob upload was accepted without a Location`);
        // The Location is relative or on the same host (distribution, ghcr.io); its query carries the upload's state.
        const url = new URL(location, `https://${(0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .registryHost */ .U$)(ref.domain)}`);
        url.searchParams.set('digest', digest);
        await this.request(ref, '', { 'content-type': 'application/octet-stream', 'content-length': String(data.length) }, { method: 'PUT', body: data, pathAndQuery: `${url.pathname}${url.search}` });
        return digest;
    }
    /** `PUT /manifests/<reference>`; returns the digest of what was sent. */
    async putManifest(ref, reference, mediaType, body) {
        await this.request(ref, `manifests/${reference}`, { 'content-type': mediaType, 'content-length': String(body.length) }, { method: 'PUT', body });
        return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex')}`;
    }
    /**
     * A blob as a stream, for one too large to hold (a layer read file by file): retried like
     * any request until its answer starts; what comes after is the reader's to check (its digest).
     */
    async openBlob(ref, digest) {
        const response = await this.request(ref, `blobs/${digest}`, {}, { stream: true });
        return response.stream ?? node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([response.body]);
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
        const host = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .registryHost */ .U$)(ref.domain);
        const pathAndQuery = write.pathAndQuery ?? `/v2/${ref.path}/${suffix}`;
        const scopeKey = `${host}/${ref.path}`;
        let authorization = this.tokens.get(scopeKey);
        for (let round = 0; round < 2; round++) {
            const response = await this.withRetries(`${host}/${ref.path}/${suffix}`, timeoutMs => this.send(host, pathAndQuery, { ...headers, ...(authorization ? { authorization } : {}) }, timeoutMs, write));
            if (response.status !== 401 || round === 1) {
                if (response.status >= 200 && response.status < 300)
                    return response;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(describeFailure(response.status, host, ref.path, suffix || 'blobs/upload', authorization !== undefined, write.method === 'POST' || write.method === 'PUT' ? 'push' : 'pull'), response.status);
            }
            const challenge = (0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChallenge */ .xy)((0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .header */ .w)(response, 'www-authenticate') ?? '');
            authorization = await this.authorize(challenge, host, ref.path, write.method);
            this.tokens.set(scopeKey, authorization);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(`unreachable`);
    }
    async authorize(challenge, host, repository, method = 'GET') {
        // A write's 401 names `pull,push` in its challenge (distribution, ghcr.io); one that names no scope gets it asked for.
        const scope = challenge?.params.scope ?? `repository:${repository}:${method === 'GET' || method === 'HEAD' ? 'pull' : 'pull,push'}`;
        // A token request names its scope (buildx picks a scoped login by it); Basic asks with none, as BuildKit's Credentials.
        const credentials = await this.options.credentials?.(host, challenge?.scheme === 'bearer' ? [scope] : undefined);
        if (challenge?.scheme === 'basic') {
            if (!credentials)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(`${host} requires a login: log in first (docker/login-action) or give hoist the registry credentials`, 401);
            return basic(credentials);
        }
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(`${host} answered 401 without a usable WWW-Authenticate challenge`, 401);
        }
        const response = await this.askTokenService(host, challenge.params, { scope }, credentials);
        if (response.status !== 200) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(response.status === 401 || response.status === 403
                ? `${host}'s token service refused ${credentials ? `the credentials for user '${credentials.username}'` : 'anonymous access'} (HTTP ${response.status}): check the username and password/token`
                : `${host}'s token service answered HTTP ${response.status}`, response.status);
        }
        const body = JSON.parse(response.body.toString('utf8'));
        const token = body.token ?? body.access_token;
        if (!token)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(`${host}'s token service returned no token`);
        return `Bearer ${token}`;
    }
    /**
     * Checks a login the way `docker login` does, before anything is built: `GET /v2/`,
     * then the same with Basic credentials, or the token service's answer to them (no
     * scope: the login itself, not a repository). Throws a RegistryError naming the host.
     */
    async checkLogin(domain, credentials) {
        const host = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .registryHost */ .U$)(domain);
        const ping = await this.withRetries(`${host}/v2/`, timeoutMs => this.send(host, '/v2/', {}, timeoutMs));
        if (ping.status >= 200 && ping.status < 300)
            return;
        if (ping.status !== 401)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(`${host}/v2/ answered HTTP ${ping.status}`, ping.status);
        const challenge = (0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChallenge */ .xy)((0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .header */ .w)(ping, 'www-authenticate') ?? '');
        let response;
        if (challenge?.scheme === 'basic') {
            response = await this.withRetries(`${host}/v2/`, timeoutMs => this.send(host, '/v2/', { authorization: basic(credentials) }, timeoutMs));
        }
        else if (challenge?.scheme === 'bearer' && challenge.params.realm) {
            response = await this.askTokenService(host, challenge.params, { account: credentials.username }, credentials);
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(`${host} answered 401 without a usable WWW-Authenticate challenge`, 401);
        }
        if (response.status === 401 || response.status === 403)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(`${host} refused the credentials for user '${credentials.username}' (HTTP ${response.status})`, response.status);
        if (response.status < 200 || response.status >= 300)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(`${host} answered HTTP ${response.status} to the login`, response.status);
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
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .sendWithRetries */ .HI)(what, attempt, this.policy, this.budget, this.clock);
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g(`${host}'s TLS certificate is not trusted (${code}): give node its CA with NODE_EXTRA_CA_CERTS=/path/to/ca.pem`);
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


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ RegistryError)
/* harmony export */ });
/** A registry problem already put in words for the step's log; `status` when the registry answered. */
class RegistryError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'RegistryError';
    }
}


/***/ }),

/***/ 58851:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ nodeTransport),
/* harmony export */   w: () => (/* binding */ header)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);



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
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
        transform(chunk, _encoding, done) {
            arm();
            done(null, chunk);
        }
    });
    arm();
    (0,node_stream__WEBPACK_IMPORTED_MODULE_2__.pipeline)(res, out, () => clearTimeout(timer));
    return out;
}
/**
 * node:http(s) with keep-alive agents. Not the global fetch: its first use loads
 * undici (~35 ms) and its idle sockets keep the process alive ~70 ms after the
 * work is done, both paid on every run. HTTPS trusts NODE_EXTRA_CA_CERTS as node does.
 * `trace`, when given, sees one line per request (each redirect hop too) once it is over.
 */
function nodeTransport(trace) {
    const agents = { 'http:': new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: 16 }), 'https:': new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true, maxSockets: 16 }) };
    const once = (url, request, timeoutMs) => new Promise((resolve, reject) => {
        const client = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__;
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


/***/ }),

/***/ 79310:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   TY: () => (/* binding */ branchTag),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
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


/***/ }),

/***/ 41521:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ isRetryableError),
/* harmony export */   HI: () => (/* binding */ sendWithRetries),
/* harmony export */   Km: () => (/* binding */ RetryBudget),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   dQ: () => (/* binding */ realClock)
/* harmony export */ });
/* unused harmony exports parseRetryAfter, retryWaitMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6764);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(58851);
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
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .g)
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
            const giveUp = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .g(`${what}${failure} (gave up after ${n} attempt${n === 1 ? '' : 's'}${why})`, response?.status);
            if (n >= policy.attempts)
                throw giveUp('');
            const retryAfterMs = response ? parseRetryAfter((0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .header */ .w)(response, 'retry-after'), Date.now()) : undefined;
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


/***/ }),

/***/ 67355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ chooseBaseline),
/* harmony export */   m: () => (/* binding */ readBaseline)
/* harmony export */ });
/* harmony import */ var _readback_inspect_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(91855);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(79310);


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
    const first = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(tags[0]);
    if (github.baseRef) {
        return { reference: `${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(first)}:${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .branchTag */ .TY)(github.baseRef)}`, why: `the base branch ${github.baseRef}` };
    }
    return { reference: tags[0], why: `the previous ${tags[0]}` };
}
/** Reads the chosen baseline from the registry; never throws (an unreadable one is a reason). */
function readBaseline(registry, compareTo, tags, github) {
    const choice = chooseBaseline(compareTo, tags, github);
    if (!('why' in choice))
        return Promise.resolve({ reason: choice.reason });
    const reference = choice.reference;
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(reference);
    return (0,_readback_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .inspectImage */ .mm)(registry, ref, ref.digest ?? ref.tag ?? 'latest').then((image) => (image ? { image, reference } : { reference, reason: `${reference} does not exist yet (${choice.why})` }), (e) => ({ reference, reason: `${reference} could not be read: ${e.message}` }));
}


/***/ }),

/***/ 10571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ lineCell),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/** Cells of the report's markdown tables: inline code, one short line, a Dockerfile line linked to the built commit. */
/** Inline code in a table cell. */
function code(text) {
    return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
/** One line of at most `max` characters. */
function cut(text, max) {
    const line = text.replace(/\s+/g, ' ');
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
/** `Dockerfile:7`, linked to that line at the built commit when the report knows where the file is on the web. */
function lineCell(report, line) {
    if (line === undefined)
        return '—';
    const where = `${cut(report.dockerfile?.path ?? 'Dockerfile', 120)}:${line}`.replace(/[[\]|`]/g, '_');
    return report.dockerfile?.url ? `[${where}](${report.dockerfile.url}#L${line})` : `\`${where}\``;
}


/***/ }),

/***/ 1028:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CH: () => (/* binding */ changedRows),
  yN: () => (/* binding */ compareLayers),
  xF: () => (/* binding */ growthToAnnotate),
  Em: () => (/* binding */ layerNames)
});

// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __nccwpck_require__(16357);
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
        return collapse(`RUN ${((0,parse/* jsonArray */.Ir)(ins.args)?.join(' ') ?? ins.args).replace(/^\/bin\/sh -c /, '')}`);
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
function changedRows(changes) {
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


/***/ }),

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ formatDelta)
/* harmony export */ });
/* harmony import */ var _util_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1671);

/** `▲ 0.3 MB (+5.2 %)`, `▼ 12.0 kB (−0.2 %)`, `=` for no change. */
function formatDelta(d, withPercent = true) {
    if (d.bytes === 0)
        return '=';
    const arrow = d.bytes > 0 ? '▲' : '▼';
    // A delta reads in the unit of the sizes beside it: 300 kB next to 6.0 MB is "0.3 MB".
    const abs = Math.abs(d.bytes);
    const amount = abs >= 1e5 && abs < 1e9 ? `${(abs / 1e6).toFixed(1)} MB` : (0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(abs);
    const percent = withPercent && d.percent !== undefined ? ` (${d.percent > 0 ? '+' : '−'}${Math.abs(d.percent).toFixed(1)} %)` : '';
    return `${arrow} ${amount}${percent}`;
}


/***/ }),

/***/ 15977:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  checkRecordedPoint: () => (/* binding */ checkRecordedPoint),
  readPendingCheck: () => (/* binding */ readPendingCheck),
  ij: () => (/* binding */ readTrendMeanwhile),
  RE: () => (/* binding */ savePendingCheck),
  Z9: () => (/* binding */ sizeTrend)
});

// UNUSED EXPORTS: onDefaultBranch

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/plan/size-history.ts
/**
 * The size history of an image (issue 31): one point per push on the default branch, with
 * its commit, time and per platform sizes; capped, and merged so that concurrent writers
 * keep each other's points. Pure: the registry I/O is src/readback/size-history.ts.
 */
/** The artifactType of the history manifest, and the media type of its one layer. */
const HISTORY_MEDIA_TYPE = 'application/vnd.hoist.size-history.v1+json';
/** The tag the history lives under, in the image's own repository. */
const HISTORY_TAG = 'hoist-size-history';
const HISTORY_SCHEMA = 'hoist.size-history/v1';
/** Points kept: enough for any chart (size-trend takes at most this), small enough to read in one request (~40 kB). */
const HISTORY_CAP = 200;
const emptyHistory = () => ({ schema: HISTORY_SCHEMA, points: [] });
/** A point's identity: the same build read twice is one point; a commit built again is another. */
const pointKey = (p) => `${p.commit} ${p.time} ${p.digest}`;
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const PLATFORM = /^[a-z0-9._-]+(\/[a-z0-9._-]+){1,2}$/i;
const COMMIT = /^[0-9a-f]{4,64}$/i;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** The point if it is one a history keeps (parseHistory drops the rest), else undefined. */
function validPoint(raw) {
    const p = raw;
    if (!p || typeof p !== 'object')
        return undefined;
    if (typeof p.commit !== 'string' || !COMMIT.test(p.commit) || typeof p.digest !== 'string' || !DIGEST.test(p.digest))
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
function mergeHistories(a, b, cap = HISTORY_CAP) {
    return { schema: HISTORY_SCHEMA, points: sortCap([...a.points, ...b.points], cap) };
}
function appendPoint(history, point, cap = HISTORY_CAP) {
    return { schema: HISTORY_SCHEMA, points: sortCap([...history.points, point], cap) };
}
/** Whether the history holds the point (the check after a write: a concurrent writer may have replaced it). */
function hasPoint(history, point) {
    const key = pointKey(point);
    return history.points.some(p => pointKey(p) === key);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: ./src/registry/client.ts
var client = __nccwpck_require__(32440);
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
    return { domain: repository.domain, path: repository.path, tag: HISTORY_TAG };
}
/** The history and the manifest digest it was read from; an empty one when the tag does not exist. */
async function readHistory(registry, repository) {
    const ref = historyRef(repository);
    let fetched;
    try {
        fetched = await registry.getManifest(ref, HISTORY_TAG);
    }
    catch (e) {
        if (e instanceof client/* RegistryError */.gl && e.status === 404)
            return { history: emptyHistory() };
        throw e;
    }
    const layer = fetched.manifest.layers?.find(l => l.mediaType === HISTORY_MEDIA_TYPE);
    if (!layer)
        throw new Error(`${HISTORY_TAG} holds no ${HISTORY_MEDIA_TYPE} layer`);
    if (layer.size > MAX_HISTORY_BYTES)
        throw new Error(`${HISTORY_TAG}'s history is ${layer.size} bytes, more than the ${MAX_HISTORY_BYTES} read`);
    const blob = await registry.getBlob(ref, layer.digest);
    const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(blob).digest('hex')}`;
    if (actual !== layer.digest)
        throw new Error(`${HISTORY_TAG}'s history blob has digest ${actual}, not ${layer.digest}`);
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

// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __nccwpck_require__(79310);
// EXTERNAL MODULE: ./src/report/baseline.ts
var baseline = __nccwpck_require__(67355);
// EXTERNAL MODULE: ./src/report/trend.ts
var trend = __nccwpck_require__(61601);
;// CONCATENATED MODULE: ./src/report/history.ts
/**
 * The size trend of a run (issue 31): a push on the default branch records this build's
 * point in the repository's history (src/readback/size-history.ts); every run with sizes
 * draws the last `size-trend` builds with its own image last. The history is read while
 * the build runs, written after the push, and checked in the post step (a concurrent
 * writer may have replaced it), so the default path waits for no pause. Failures only warn.
 */






/** A push to the repository's default branch: the builds whose sizes make the history. */
function onDefaultBranch(github) {
    return github.eventName === 'push' && github.defaultBranch !== undefined && github.ref === `refs/heads/${github.defaultBranch}`;
}
/**
 * Where the history is: on a push, the first tag's repository (the one pushed to); on a
 * pull request, the baseline's (the base image's), so the chart continues the base branch's line.
 */
function historyRepository(inputs, github) {
    const choice = github.baseRef ? (0,baseline/* chooseBaseline */.h)(inputs['compare-to'], inputs.tags, github) : undefined;
    const reference = choice && 'why' in choice ? choice.reference : inputs.tags[0];
    if (!reference)
        return undefined;
    try {
        return (0,registry_reference/* parseReference */.F2)(reference);
    }
    catch {
        return undefined;
    }
}
/** Starts reading the history, when there will be a trend to draw; undefined otherwise (`size-trend: none`, no tag). */
function readTrendMeanwhile(registry, inputs, github) {
    const repository = historyRepository(inputs, github);
    // 'none' or 0 turns the trend off altogether: no chart, and no tag written to the repository.
    if ((0,trend/* trendLength */.m8)(inputs['size-trend']) === 0 || !repository)
        return undefined;
    return { repository, read: readHistory(registry, repository).catch((e) => e) };
}
function sizeTrend(runner, registry, image, run, early) {
    const count = (0,trend/* trendLength */.m8)(run.inputs['size-trend']);
    const commit = run.github.pullRequestHeadSha || run.github.sha;
    const where = `${(0,registry_reference/* repositoryName */.aR)(early.repository)}:hoist-size-history`;
    const point = (0,trend/* pointOf */.qk)(image, commit, run.time);
    const valid = /^[0-9a-f]{4,64}$/i.test(commit) && validPoint(point) !== undefined;
    // A point the history would drop on reading (no sha256 digest, no commit) would never show as written.
    const record = valid && run.pushedHere && onDefaultBranch(run.github);
    const recorded = record
        ? early.read
            .then(read => (read instanceof Error ? readHistory(registry, early.repository) : read))
            .then(read => writePoint(registry, early.repository, point, read))
            .then((written) => {
            runner.info(`size history: this build's point recorded in ${where} (${written.history.points.length} point(s)); the post step checks it is still there`);
            return { repository: (0,registry_reference/* repositoryName */.aR)(early.repository), point, written, writtenAt: Date.now(), plainHttp: registry.plainHttpHosts() };
        }, (e) => {
            runner.warning(`size history: this build's point could not be recorded in ${where}: ${e.message}`);
            return undefined;
        })
        : Promise.resolve(undefined);
    const label = run.github.pullRequestNumber !== undefined ? `PR #${run.github.pullRequestNumber}` : 'this build';
    const chart = early.read.then(read => {
        if (read instanceof Error) {
            runner.warning(`size trend: the history in ${where} could not be read: ${read.message}`);
            return '';
        }
        // This build last, whatever the clocks say; on a push its point may already be in the history read.
        return valid ? (0,trend/* trendMarkdown */.P3)([...read.history.points.filter(p => p.digest !== point.digest || p.commit !== point.commit), point], count, label) : '';
    });
    return { chart, recorded };
}
/**
 * The post step's check of a point written by the main step: by now the pause before the
 * check has passed (what is left of it is waited out), so a writer that straddled ours has
 * landed; a point it dropped is merged in and written again. Only warns.
 */
async function checkRecordedPoint(runner, registry, pending, now = Date.now) {
    const where = `${pending.repository}:hoist-size-history`;
    try {
        const started = now();
        const left = pauseBeforeCheck(pending.written) - (started - pending.writtenAt);
        if (left > 0)
            await new Promise(resolve => setTimeout(resolve, left));
        const history = await checkPoint(registry, (0,registry_reference/* parseReference */.F2)(pending.repository), pending.point, pending.written);
        const waited = left > 0 ? `, ${Math.round(left)} ms of it the pause` : '';
        runner.info(`size history: this build's point is in ${where} (${history.points.length} point(s)); checked in ${Math.round(now() - started)} ms${waited}`);
    }
    catch (e) {
        runner.warning(`size history: this build's point may be missing from ${where}: ${e.message}`);
    }
}
function savePendingCheck(file, saved) {
    external_node_fs_.writeFileSync(file, JSON.stringify(saved));
}
function readPendingCheck(file) {
    return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tt: () => (/* binding */ sizeMarkdown),
/* harmony export */   lP: () => (/* binding */ sizeText),
/* harmony export */   r4: () => (/* binding */ sizesJson)
/* harmony export */ });
/* harmony import */ var _util_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1671);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(10571);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(12011);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1028);
/* harmony import */ var _where_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6201);





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
    const head = [`### hoist · image size · ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(report.image)}${measured}`, '', `| platform | compressed | Δ vs ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(base)} | unpacked | layers |`, '|---|---:|---:|---:|---:|'];
    const rows = report.platforms.map(p => {
        const d = p.delta ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDelta */ .C)(p.delta) : report.baseline.found ? 'new platform' : '—';
        return `| ${p.platform} | ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(p.compressed)} | ${d} | ${p.uncompressed !== undefined ? (0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(p.uncompressed) : 'n/a'} | ${p.layers} |`;
    });
    for (const r of report.removed)
        rows.push(`| ~~${r.platform}~~ | removed | ▼ ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(r.compressed)} | | |`);
    const totals = [`| **registry bytes** (shared layers once) | ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(report.registryBytes)} | ${report.registryDelta ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDelta */ .C)(report.registryDelta, false) : ''} | | |`];
    if (!report.baseline.found)
        totals.push(`| _no baseline: ${report.baseline.reason}_ | | | | |`);
    totals.push('');
    const details = Object.entries(report.layerChanges)
        .map(([platform, changes]) => [platform, changes.filter(c => c.status !== 'unchanged')])
        .filter(([, changes]) => changes.length > 0)
        .map(([platform, changes]) => {
        const block = [`<details><summary>What changed on ${platform}</summary>`, '', `| layer (Dockerfile instruction) | line | ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(base)} | this build | Δ | |`, '|---|---|---:|---:|---:|---|'];
        for (const c of changes.slice(0, 20)) {
            block.push(`| ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)((0,_cells_js__WEBPACK_IMPORTED_MODULE_4__/* .cut */ .Jj)(c.instruction, 80))} | ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_4__/* .lineCell */ .Dg)(report, c.line)} | ${c.base !== undefined ? (0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(c.base) : '—'} | ${c.current !== undefined ? (0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(c.current) : '—'} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDelta */ .C)({ bytes: c.delta }, false)} | ${c.status} |`);
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
    const where = (0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .whereMarkdown */ .TL)(report);
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
    const rows = (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .changedRows */ .CH)(report.layerChanges);
    if (rows.length === 0)
        return [];
    const compared = Object.keys(report.layerChanges).sort();
    const shown = compared.slice(0, CHANGED_PLATFORMS);
    const lines = [
        '#### What changed',
        '',
        `The instructions whose layers changed most (compressed bytes, vs ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(baseLabel(report))}).`,
        '',
        `| instruction | line | ${shown.join(' | ')} |`,
        `|---|---|${shown.map(() => '---:|').join('')}`
    ];
    for (const row of rows.slice(0, CHANGED_ROWS)) {
        const cells = shown.map(p => {
            const c = row.platforms[p];
            return c ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDelta */ .C)({ bytes: c.delta }, false)} ${c.status}` : '=';
        });
        lines.push(`| ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)((0,_cells_js__WEBPACK_IMPORTED_MODULE_4__/* .cut */ .Jj)(row.instruction, 60))} | ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_4__/* .lineCell */ .Dg)(report, row.line)} | ${cells.join(' | ')} |`);
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
        const d = p.delta ? `  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDelta */ .C)(p.delta)} vs ${baseLabel(report)}` : '';
        lines.push(`  ${p.platform.padEnd(16)} ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(p.compressed).padStart(9)} compressed  ${(p.uncompressed !== undefined ? (0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(p.uncompressed) : 'n/a').padStart(9)} unpacked  ${p.layers} layers${d}`);
    }
    lines.push(`  registry bytes   ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(report.registryBytes).padStart(9)} (shared layers once)${report.registryDelta ? `  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDelta */ .C)(report.registryDelta, false)}` : ''}`);
    if (!report.baseline.found)
        lines.push(`  no baseline: ${report.baseline.reason}`);
    const changed = (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .changedRows */ .CH)(report.layerChanges);
    if (changed.length > 0)
        lines.push(`  what changed most vs ${baseLabel(report)}:`);
    for (const row of changed.slice(0, CHANGED_ROWS)) {
        const where = row.line !== undefined ? ` (${report.dockerfile?.path ?? 'Dockerfile'}:${row.line})` : '';
        const platforms = Object.entries(row.platforms).map(([p, c]) => `${p} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDelta */ .C)({ bytes: c.delta }, false)} ${c.status}`);
        lines.push(`    ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_4__/* .cut */ .Jj)(row.instruction, 80)}${where}: ${platforms.join(', ')}`);
    }
    lines.push(...(0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .whereText */ .ZF)(report));
    if (report.attestations.count > 0)
        lines.push(`  ${report.attestations.count} attestation manifests (${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(report.attestations.bytes)}) not counted`);
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
                ...(report.files?.[p.platform] ? { files: (0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .whereJson */ .GD)(report.files[p.platform]) } : {})
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


/***/ }),

/***/ 17934:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ fileUrl),
  p: () => (/* binding */ reportBuild)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __nccwpck_require__(16357);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __nccwpck_require__(79310);
// EXTERNAL MODULE: ./src/util/bytes.ts
var bytes = __nccwpck_require__(1671);
// EXTERNAL MODULE: ./src/report/changes.ts + 1 modules
var changes = __nccwpck_require__(1028);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(12011);
;// CONCATENATED MODULE: ./src/report/gates.ts

function evaluateGates(report, maxSize, maxIncrease) {
    const results = [];
    const size = maxSize ? (0,bytes/* parseSize */.DB)(maxSize) : undefined;
    if (size !== undefined) {
        const failures = report.platforms.filter(p => p.compressed > size).map(p => `${p.platform} is ${(0,bytes/* formatBytes */.z3)(p.compressed)} compressed, over max-size ${maxSize}`);
        results.push({ name: 'max-size', limit: maxSize, passed: failures.length === 0, failures });
    }
    const increase = maxIncrease ? (0,bytes/* parseIncrease */.KW)(maxIncrease) : undefined;
    if (increase) {
        const compared = report.platforms.filter(p => p.delta);
        const failures = compared
            .filter(p => ('percent' in increase ? (p.delta?.percent ?? (p.delta.bytes > 0 ? Infinity : 0)) > increase.percent : p.delta.bytes > increase.bytes))
            .map(p => `${p.platform} grew ${(0,bytes/* formatBytes */.z3)(p.delta.bytes)}${p.delta.percent !== undefined ? ` (+${p.delta.percent.toFixed(1)} %)` : ''}, over max-size-increase ${maxIncrease}`);
        results.push({ name: 'max-size-increase', limit: maxIncrease, passed: compared.length === 0 ? undefined : failures.length === 0, failures });
    }
    return results;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __nccwpck_require__(54285);
// EXTERNAL MODULE: ./src/report/sizes.ts
var report_sizes = __nccwpck_require__(54164);
;// CONCATENATED MODULE: ./src/report/summary.ts
function cacheLine(cache) {
    return `${cache.cached}/${cache.total} steps cached (${cache.total ? Math.round((cache.cached / cache.total) * 100) : 0} %)`;
}
function retriesLine(retries) {
    return `${retries} — the registry failed the push with an error that may pass, and hoist pushed again`;
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|');
}
function summaryMarkdown(result) {
    const lines = [`### hoist · ${result.mergedFrom ? 'merge' : 'build'}`, ''];
    lines.push(`| | |`, `|---|---|`);
    lines.push(`| tags | ${result.tags.length ? result.tags.map(t => `\`${escapeCell(t)}\``).join('<br>') : '_none_'} |`);
    lines.push(`| pushed | ${result.pushed ? 'yes' : result.measured ? 'no — the sizes below were measured from the build' : 'no'} |`);
    if (result.digest)
        lines.push(`| digest | \`${result.digest}\` |`);
    if (result.imageId)
        lines.push(`| image id | \`${result.imageId}\` |`);
    if (result.handedOn)
        lines.push(`| handed on | to the merge step, as artifact \`${result.handedOn}\` (pushed by digest, no tag) |`);
    if (result.mergedFrom)
        lines.push(`| merged | ${result.mergedFrom.map(escapeCell).join('<br>')} |`);
    if (result.builder)
        lines.push(`| builder | ${escapeCell(result.builder)} |`);
    lines.push(`| ${result.mergedFrom ? 'merge time' : 'build time'} | ${(result.durationMs / 1000).toFixed(1)} s |`);
    if (result.pushRetries)
        lines.push(`| push retries | ${retriesLine(result.pushRetries)} |`);
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
    const builtOn = result.builtOn;
    if (platforms.length > 0) {
        lines.push('', `| platform | manifest digest |${builtOn ? ' built on |' : ''}`, `|---|---|${builtOn ? '---|' : ''}`);
        for (const [platform, digest] of platforms)
            lines.push(`| ${platform} | \`${digest}\` |${builtOn ? ` ${escapeCell(builtOn[platform] ?? '—')} |` : ''}`);
    }
    else if (builtOn) {
        lines.push('', '| platform | built on |', '|---|---|');
        for (const [platform, node] of Object.entries(builtOn))
            lines.push(`| ${platform} | ${escapeCell(node)} |`);
    }
    return lines.join('\n') + '\n';
}
function summaryText(result) {
    const lines = [`${result.mergedFrom ? 'merged' : result.pushed ? 'pushed' : 'built'} ${result.tags.join(', ') || (result.handedOn ? '(by digest, for the merge step)' : '(untagged)')}`];
    if (result.digest)
        lines.push(`digest: ${result.digest}`);
    if (result.builder)
        lines.push(`builder: ${result.builder}`);
    if (result.pushRetries)
        lines.push(`push retries: ${retriesLine(result.pushRetries)}`);
    if (result.cache && result.cache.total > 0)
        lines.push(`cache: ${cacheLine(result.cache)}`);
    if (result.cacheNotes?.stages)
        lines.push(`cache stages: ${result.cacheNotes.stages}`);
    if (result.cacheNotes?.layers)
        lines.push(`layer cache: ${result.cacheNotes.layers}`);
    if (result.cacheNotes?.mounts)
        lines.push(`cache mounts: ${result.cacheNotes.mounts}`);
    for (const [platform, digest] of Object.entries(result.platformDigests))
        lines.push(`  ${platform.padEnd(16)} ${digest}${result.builtOn?.[platform] ? `  (built on ${result.builtOn[platform]})` : ''}`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/report/where.ts
var report_where = __nccwpck_require__(6201);
;// CONCATENATED MODULE: ./src/report/report.ts
/** The report phase: the build summary, and for a pushed image its sizes against the baseline and the gates. */











/** The image the report is about: the first tag's repository, else the baseline's, else just "image". */
function reportName(inputs) {
    const ref = inputs.tags[0] ?? (inputs['compare-to'] && inputs['compare-to'] !== 'none' ? inputs['compare-to'] : undefined);
    return ref ? (0,reference/* repositoryName */.aR)((0,reference/* parseReference */.F2)(ref)) : 'image';
}
/** The Dockerfile's path from the repository's root, or undefined when it is outside the repository. */
function repositoryPath(file) {
    const clean = external_node_path_.posix.normalize(file.replace(/\\/g, '/'));
    return external_node_path_.posix.isAbsolute(clean) || clean.split('/')[0] === '..' ? undefined : clean;
}
/** `<server>/<repo>/blob/<sha>/<path>`: the file at the commit built (a pull request's head, not its merge commit). */
function blobUrl(github, file) {
    const sha = github?.pullRequestHeadSha || github?.sha;
    if (!github?.repository || !sha)
        return undefined;
    return fileUrl(github.serverUrl, github.repository, sha, file);
}
/** `<server>/<owner/repo>/blob/<sha>/<path>`, each part of the path encoded. */
function fileUrl(serverUrl, repository, sha, file) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
function lineSource(inputs, dockerfile) {
    if (!dockerfile)
        return undefined;
    const contexts = (inputs['build-contexts'] ?? []).map(c => c.split('=')[0].trim()).filter(Boolean);
    return { dockerfile: (0,parse/* parseDockerfile */.Ai)(dockerfile.text), target: inputs.target ?? '', contexts };
}
/** A warning on the Dockerfile line whose layer grew most, when the image grew more than annotate-growth. */
function annotateGrowth(runner, sizes, limit) {
    const threshold = limit && limit !== 'none' ? (0,bytes/* parseIncrease */.KW)(limit) : undefined;
    if (!sizes.dockerfile || !threshold || ('bytes' in threshold ? threshold.bytes : threshold.percent) === 0)
        return;
    const found = (0,changes/* growthToAnnotate */.xF)((0,changes/* changedRows */.CH)(sizes.layerChanges), sizes.platforms, threshold);
    if (!found || found.row.line === undefined)
        return;
    const grew = Object.entries(found.row.platforms)
        .filter(([, c]) => c.delta > 0)
        .map(([platform, c]) => `${(0,format/* formatDelta */.C)({ bytes: c.delta }, false)} on ${platform} (${c.status}, ${c.delta} bytes)`);
    const image = sizes.platforms.filter(p => found.grewOn.includes(p.platform)).map(p => `${(0,format/* formatDelta */.C)(p.delta)} on ${p.platform}`);
    const largest = Math.max(...Object.values(found.row.platforms).map(c => c.delta));
    runner.warning(`${found.row.instruction}: its layers grew ${grew.join(', ')}. The image grew ${image.join(', ')}, more than annotate-growth ${limit}.`, {
        file: sizes.dockerfile.path,
        startLine: found.row.line,
        title: `hoist: the image grew ${(0,bytes/* formatBytes */.z3)(largest)} here`
    });
}
/** Writes the log lines, the `sizes` output and the job summary; the summary is written even when a gate fails. */
async function reportBuild(runner, inputs, result, image, baseline, 
/** False when DOCKER_BUILD_SUMMARY=false: the log and the outputs only. */
summary = true, where = {}) {
    runner.info(summaryText(result));
    let markdown = summaryMarkdown(result);
    const report = { gateFailures: [] };
    if (image && baseline) {
        const base = await baseline;
        if (!base.image && base.reason.includes('could not be read'))
            runner.warning(`size baseline: ${base.reason}`);
        const name = reportName(inputs);
        const lines = lineSource(inputs, where.dockerfile);
        const sizes = (0,report_sizes/* sizeReport */.Mo)(image, name, base, result.measured ? 'build' : 'registry', lines);
        const file = where.dockerfile ? repositoryPath(where.dockerfile.path) : undefined;
        const url = file ? blobUrl(where.github, file) : undefined;
        if (file)
            sizes.dockerfile = { path: file, ...(url ? { url } : {}) };
        const files = (0,report_where/* whereTheBytesAre */.I9)(image, base.image, lines);
        if (files)
            sizes.files = files;
        const gates = evaluateGates(sizes, inputs['max-size'], inputs['max-size-increase']);
        runner.info((0,report_markdown/* sizeText */.lP)(sizes));
        annotateGrowth(runner, sizes, inputs['annotate-growth']);
        const json = (0,report_markdown/* sizesJson */.r4)(sizes, gates);
        runner.setOutput('sizes', json);
        const table = (0,report_markdown/* sizeMarkdown */.Tt)(sizes, gates);
        markdown += `\n${table}`;
        report.sizes = { image: name, markdown: table, json };
        report.gateFailures = gates.flatMap(g => g.failures);
    }
    if (summary)
        runner.appendSummary(markdown);
    return report;
}


/***/ }),

/***/ 54164:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ sizeReport),
/* harmony export */   vk: () => (/* binding */ platformSize)
/* harmony export */ });
/* unused harmony export registryBytes */
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1028);

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
function sizeReport(image, name, baseline, source = 'registry', lines) {
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
                report.layerChanges[p.platform] = (0,_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .compareLayers */ .yN)(p, b, lines);
        }
    }
    return report;
}


/***/ }),

/***/ 61601:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mn: () => (/* binding */ withTrend),
/* harmony export */   P3: () => (/* binding */ trendMarkdown),
/* harmony export */   m8: () => (/* binding */ trendLength),
/* harmony export */   qk: () => (/* binding */ pointOf)
/* harmony export */ });
/* unused harmony export trendTable */
/* harmony import */ var _util_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1671);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(12011);
/* harmony import */ var _sizes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(54164);




/** Lines drawn at most: xychart-beta has no legend, and more lines than colours say nothing. */
const MAX_LINES = 6;
/** The point this build makes, from what was read back (or measured). */
function pointOf(image, commit, time) {
    const platforms = {};
    for (const p of image.platforms) {
        const s = (0,_sizes_js__WEBPACK_IMPORTED_MODULE_2__/* .platformSize */ .vk)(p);
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
            return `${formatBytes(now.compressed)} | ${then ? formatDelta({ bytes: now.compressed - then.compressed }, false) : '—'}`;
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


/***/ }),

/***/ 6201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GD: () => (/* binding */ whereJson),
/* harmony export */   I9: () => (/* binding */ whereTheBytesAre),
/* harmony export */   TL: () => (/* binding */ whereMarkdown),
/* harmony export */   ZF: () => (/* binding */ whereText)
/* harmony export */ });
/* harmony import */ var _util_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1671);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1028);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(10571);



/** At most this many layers listed per platform (the ones with the most file bytes), and characters of a path. */
const LAYERS_MAX = 10;
const PATH_MAX = 256;
/** The markdown shows fewer: layers and files per layer, and wasted files. */
const MD_LAYERS = 5;
const MD_FILES = 5;
const short = (f) => ({ path: (0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(f.path, PATH_MAX), size: f.size });
function platformWhere(p, base, lines) {
    const files = p.files;
    if (!files)
        return undefined;
    const names = (0,_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .layerNames */ .Em)(p, lines);
    const name = (i) => ({ layer: i + 1, ...(names[i] ?? { instruction: `layer ${i + 1}` }) });
    const before = base ? new Set(base.layers.map(l => l.digest)) : undefined;
    const where = { changedOnly: before !== undefined, layers: [], notAnalysed: [] };
    const listed = [];
    files.layers.forEach((f, i) => {
        const digest = p.layers[i].digest;
        if ('notAnalysed' in f)
            where.notAnalysed.push({ layer: i + 1, digest, reason: f.notAnalysed });
        else if (!before?.has(digest))
            listed.push({ ...name(i), digest, files: f.files, bytes: f.bytes, largest: f.largest.map(short) });
    });
    const kept = new Set([...listed].sort((a, b) => b.bytes - a.bytes).slice(0, LAYERS_MAX));
    where.layers = listed.filter(l => kept.has(l));
    if (files.wasted) {
        const w = files.wasted;
        where.wasted = { bytes: w.bytes, fileBytes: w.fileBytes, largest: w.largest.map(f => ({ ...short(f), how: f.how, addedBy: name(f.layer), hiddenBy: name(f.hiddenBy) })) };
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
const layerText = (n) => `layer ${n.layer} ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(n.instruction, 60)}`;
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
    return where.wasted.bytes === 0 ? 'none' : `${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(where.wasted.bytes)}${percent(where.wasted.bytes, where.wasted.fileBytes)}`;
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
        const largest = top ? `${(0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(top.path, 80))} ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(top.size)}, ${top.how} by layer ${top.hiddenBy.layer}` : '—';
        summary.push(`| ${platform} | ${w.wasted ? (0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(w.wasted.fileBytes) : 'n/a'} | ${wastedCell(w)} | ${largest} |`);
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
                    const layer = i === 0 ? `${l.layer} ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(l.instruction, 60))}` : '';
                    block.push(`| ${layer} | ${i === 0 ? (0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .lineCell */ .Dg)(report, l.line) : ''} | ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(f.path, 100))} | ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(f.size)} |`);
                });
                if (l.largest.length === 0)
                    block.push(`| ${l.layer} ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(l.instruction, 60))} | ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .lineCell */ .Dg)(report, l.line)} | _no file_ | |`);
            }
            block.push('');
        }
        if (w.wasted && w.wasted.largest.length > 0) {
            block.push('| wasted file | size | added by | hidden by |', '|---|---:|---|---|');
            for (const f of w.wasted.largest.slice(0, MD_FILES)) {
                const by = (n) => `${n.layer} ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(n.instruction, 40))} ${n.line !== undefined ? (0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .lineCell */ .Dg)(report, n.line) : ''}`.trim();
                block.push(`| ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(f.path, 100))} | ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(f.size)} | ${by(f.addedBy)} | ${f.how}: ${by(f.hiddenBy)} |`);
            }
            block.push('');
        }
        for (const n of w.notAnalysed)
            block.push(`_Layer ${n.layer} was not analysed: ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(n.reason, 200).replace(/[_*`|<>]/g, ' ')}._`, '');
        block.push('</details>', '');
        return block;
    });
    return [summary, ...details];
}
/** The same for the log. */
function whereText(report) {
    if (!report.files)
        return [];
    const lines = ['  where the bytes are (unpacked file bytes; wasted: copies a later layer overwrites or deletes):'];
    for (const [platform, w] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
        const top = w.wasted?.largest[0];
        const wasted = w.wasted ? `${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(w.wasted.fileBytes)} in files, ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(w.wasted.bytes)} wasted${percent(w.wasted.bytes, w.wasted.fileBytes)}` : wastedCell(w);
        lines.push(`    ${platform}: ${wasted}${top ? `; largest: ${top.path} ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(top.size)} (${layerText(top.addedBy)}, ${top.how} by layer ${top.hiddenBy.layer})` : ''}`);
        for (const l of biggest(w)) {
            const where = l.line !== undefined ? ` (${report.dockerfile?.path ?? 'Dockerfile'}:${l.line})` : '';
            lines.push(`      ${layerText(l)}${where}: ${l.largest
                .slice(0, 3)
                .map(f => `${f.path} ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(f.size)}`)
                .join(', ') || 'no file'}`);
        }
    }
    return lines;
}


/***/ }),

/***/ 48249:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _d: () => (/* binding */ withProcessVariable),
/* harmony export */   pu: () => (/* binding */ readRunEnv)
/* harmony export */ });
/* unused harmony export readBuildRecordSwitches */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_boolean_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(35024);
/* harmony import */ var _workflow_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(90813);
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
    const upload = uploadWord ? (0,_util_boolean_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBool */ .q)(uploadWord, 'go') : false;
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
    const dockerConfig = env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_os__WEBPACK_IMPORTED_MODULE_0__.homedir(), '.docker');
    // The event file is read once: the workflow facts and the metadata rules both use it.
    const eventPayload = (0,_workflow_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventPayload */ .N5)(env);
    return {
        workflow: (0,_workflow_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkflowFacts */ .zU)(env, eventPayload),
        eventPayload,
        home: env.HOME || node_os__WEBPACK_IMPORTED_MODULE_0__.homedir(),
        runnerTemp: env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir(),
        toolCache: env.RUNNER_TOOL_CACHE || node_path__WEBPACK_IMPORTED_MODULE_1__.join(env.HOME || node_os__WEBPACK_IMPORTED_MODULE_0__.homedir(), '.cache', 'hoist-tools'),
        dockerConfig,
        buildxConfig: env.BUILDX_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_1__.join(dockerConfig, 'buildx'),
        noDefaultAttestations: (0,_util_boolean_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBool */ .q)(env.BUILDX_NO_DEFAULT_ATTESTATIONS ?? '', 'go') === true,
        buildSummary: (0,_util_boolean_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBool */ .q)(env.DOCKER_BUILD_SUMMARY ?? '', 'go') !== false,
        checksAnnotations: (0,_util_boolean_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBool */ .q)(env.DOCKER_BUILD_CHECKS_ANNOTATIONS ?? '', 'go') !== false,
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

/***/ 81864:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   qc: () => (/* binding */ processRunner)
/* harmony export */ });
/* unused harmony exports escapeData, workflowCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The GitHub Actions runner protocol hoist speaks: inputs from INPUT_* variables,
 * file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY) and workflow
 * commands on stdout (::add-mask::, ::group::, ::error:: …).
 *
 * Written here rather than imported from @actions/core because that package pulls
 * an HTTP client into every start (~50 ms measured per node process, twice a job:
 * main and post), which alone would spend a sixth of hoist's overhead budget.
 * Follows actions/toolkit @actions/core@3.0.1: packages/core/src/command.ts, packages/core/src/file-command.ts, packages/core/src/core.ts.
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
    // As the runner sets them: RUNNER_DEBUG for "re-run with debug logging", ACTIONS_STEP_DEBUG as a repository secret or variable.
    const isDebug = env.RUNNER_DEBUG === '1' || /^true$/i.test(env.ACTIONS_STEP_DEBUG ?? '');
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
        isDebug,
        debug: message => {
            if (isDebug)
                write(workflowCommand('debug', message));
        },
        warning: (message, annotation) => write(workflowCommand('warning', message, annotation)),
        error: (message, annotation) => write(workflowCommand('error', message, annotation)),
        group: async (name, fn) => {
            write(workflowCommand('group', name));
            // Every phase runs in a group: with debug on, each says how long it took.
            const started = isDebug ? performance.now() : 0;
            try {
                return await fn();
            }
            finally {
                if (isDebug)
                    write(workflowCommand('debug', `${name}: ${Math.round(performance.now() - started)} ms`));
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

/***/ 6003:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ privateTmpDir),
/* harmony export */   w: () => (/* binding */ state)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** What main hands to post, by name, so both sides agree on the keys. */
const KEYS = {
    isPost: 'isPost',
    tmpDir: 'tmpDir',
    cacheDir: 'cacheDir',
    builderToRemove: 'builderToRemove',
    keepState: 'keepState',
    dockerConfig: 'dockerConfig',
    sizeHistoryCheck: 'sizeHistoryCheck'
};
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
    /** setup-buildx-action's `keep-state`: the post step removes the builder with `--keep-state`. */
    saveKeepState: (r) => r.saveState(KEYS.keepState, 'true'),
    keepState: (r) => r.getState(KEYS.keepState) === 'true',
    /** hoist's own docker config (its logins): the post step removes it. */
    saveDockerConfig: (r, dir) => r.saveState(KEYS.dockerConfig, dir),
    dockerConfig: (r) => r.getState(KEYS.dockerConfig),
    /** The size history point written by the main step: the post step reads the history again to check it is there. */
    saveSizeHistoryCheck: (r, file) => r.saveState(KEYS.sizeHistoryCheck, file),
    sizeHistoryCheck: (r) => r.getState(KEYS.sizeHistoryCheck)
};
/** hoist's own temp directory for this step (under RUNNER_TEMP), removed by the post step. */
function privateTmpDir(runner, runnerTemp) {
    const tmpDir = node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runnerTemp, 'hoist-'));
    state.saveTmpDir(runner, tmpDir);
    return tmpDir;
}


/***/ }),

/***/ 90813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   W0: () => (/* binding */ branchOf),
/* harmony export */   zU: () => (/* binding */ readWorkflowFacts)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The workflow run as the runner describes it to an action: the GITHUB_* variables
 * and the event payload file (what @actions/github calls `context`).
 */

/** The event payload (GITHUB_EVENT_PATH), parsed; `{}` when there is none to read (local runs). */
function readEventPayload(env = process.env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        return JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
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


/***/ }),

/***/ 35024:
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

/***/ 62817:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m0: () => (/* binding */ exec),
  $h: () => (/* binding */ execChecked),
  Lc: () => (/* binding */ tracedExec),
  UC: () => (/* binding */ withProgramEnv)
});

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


/***/ }),

/***/ 95138:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ shortHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** 16 hex digits of the sha256 of the parts: a short, stable name for a build or a key. */
function shortHash(...parts) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const p of parts)
        hash.update(p).update('\0');
    return hash.digest('hex').slice(0, 16);
}


/***/ }),

/***/ 88245:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Wk: () => (/* binding */ PlatformError)
/* harmony export */ });
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(90333);
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

/***/ 66202:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ QEMU_ARCH),
/* harmony export */   p: () => (/* binding */ binfmtArch)
/* harmony export */ });
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(88245);
/**
 * The architectures QEMU emulates, as the binfmt image (tonistiigi/binfmt, which
 * docker/setup-qemu-action runs) names them for `--install`, and QEMU's own names for
 * their kernel handlers. Shared by the input check (`binfmt-platforms`) and the
 * registration itself (docker/binfmt.ts).
 */

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
        const arch = (0,_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .FL)(platform).architecture;
        return arch in QEMU_ARCH ? arch : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 90333:
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

/***/ 39869:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseYaml),
/* harmony export */   x: () => (/* binding */ scalarValues)
/* harmony export */ });
/**
 * The YAML parser, loaded only for a step that has a YAML input (it is most of a 100 kB).
 * Every scalar comes back as the string written (the failsafe schema: a password
 * `0012345678901234567890` stays that, not a number), and the parser says nothing itself:
 * its warnings (an unknown tag) and its errors' excerpts quote the line, which may hold a
 * secret not masked yet. An error still throws, with the problem but not the text.
 */
async function parseYaml(text) {
    const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38815, 19));
    // logLevel 'error': warnings are neither emitted nor printed, errors still throw ('silent' would swallow them).
    return parse(text, { schema: 'failsafe', resolveKnownTags: false, logLevel: 'error', prettyErrors: false });
}
/** Every scalar value in a parsed document, at any depth, but not the mapping keys, nor a string under one of the `except` keys. */
function scalarValues(value, except = [], key) {
    if (typeof value === 'string')
        return key !== undefined && except.includes(key) ? [] : [value];
    if (Array.isArray(value))
        return value.flatMap(v => scalarValues(v, except));
    if (value !== null && typeof value === 'object')
        return Object.entries(value).flatMap(([k, v]) => scalarValues(v, except, k));
    return [];
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
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

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
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

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 40712:
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
/******/ 		id: moduleId,
/******/ 		loaded: false,
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
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
/******/ var __webpack_exports__ = __nccwpck_require__(79407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
