export const id = 774;
export const ids = [774];
export const modules = {

/***/ 75774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MetaRuleError: () => (/* binding */ MetaRuleError),
/* harmony export */   checkMetaRules: () => (/* binding */ checkMetaRules),
/* harmony export */   computeMetadata: () => (/* binding */ computeMetadata),
/* harmony export */   higherStableRelease: () => (/* binding */ higherStableRelease),
/* harmony export */   metaContext: () => (/* binding */ metaContext)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40712);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91318);
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
class MetaRuleError extends _inputs_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz {
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
function csvFields(entry) {
    return (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .q)(entry, { relaxColumnCount: true, skipEmptyLines: true })[0] ?? [];
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
        fields = csvFields(entry);
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
            fields = csvFields(entry);
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
            return csvFields(entry);
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
                const parsed = semver__WEBPACK_IMPORTED_MODULE_1__.valid(version) ? semver__WEBPACK_IMPORTED_MODULE_1__.parse(version, { loose: true }) : null;
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
                const prerelease = semver__WEBPACK_IMPORTED_MODULE_1__.prerelease(version) !== null;
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
                return { value: group, latestAuto: semver__WEBPACK_IMPORTED_MODULE_1__.prerelease(semver__WEBPACK_IMPORTED_MODULE_1__.clean(source, { loose: true }) ?? '') === null };
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
                    return gitTag !== '' ? { value: gitTag, latestAuto: semver__WEBPACK_IMPORTED_MODULE_1__.prerelease(semver__WEBPACK_IMPORTED_MODULE_1__.clean(gitTag, { loose: true }) ?? '') === null } : undefined;
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
/**
 * `latest` belongs to the highest stable release: the highest `x.y.z` (with or without
 * a `v`) among the repository's tags when it is above `version`, else undefined. A
 * pre-release or a version that is no semver has nothing to compare.
 */
function higherStableRelease(version, existingTags) {
    const current = semver__WEBPACK_IMPORTED_MODULE_1__.clean(version, { loose: true });
    if (!current || semver__WEBPACK_IMPORTED_MODULE_1__.prerelease(current))
        return undefined;
    let highest;
    for (const tag of existingTags) {
        const v = semver__WEBPACK_IMPORTED_MODULE_1__.clean(tag, { loose: true });
        if (!v || semver__WEBPACK_IMPORTED_MODULE_1__.prerelease(v) || !semver__WEBPACK_IMPORTED_MODULE_1__.gt(v, current))
            continue;
        if (!highest || semver__WEBPACK_IMPORTED_MODULE_1__.gt(v, highest.version))
            highest = { tag, version: v };
    }
    return highest?.tag;
}


/***/ })

};
