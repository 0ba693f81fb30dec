export const id = 288;
export const ids = [288];
export const modules = {

/***/ 26288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MetaRuleError: () => (/* reexport */ MetaRuleError),
  checkMetaRules: () => (/* reexport */ checkMetaRules),
  computeMetadata: () => (/* reexport */ computeMetadata),
  gitContext: () => (/* reexport */ gitContext),
  higherStableRelease: () => (/* reexport */ higherStableRelease),
  metaContext: () => (/* reexport */ metaContext)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./src/plan/metadata/context.ts
const objectOf = (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {});
const stringOf = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
const integerOf = (value) => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);
const BRANCH_REF = /^refs\/heads\//;
const TAG_REF = /^refs\/tags\//;
const PULL_REF = /^refs\/pull\//;
/** Pure: builds the context from the workflow facts, the DOCKER_METADATA_* switches and the parsed event payload object. */
function metaContext(workflow, switches, payload, now) {
    const event = objectOf(payload);
    const repository = objectOf(event.repository);
    const pullRequest = objectOf(event.pull_request);
    const eventName = workflow.eventName;
    const prNumber = integerOf(event.number) ?? integerOf(pullRequest.number);
    const prHeadSha = stringOf(objectOf(pullRequest.head).sha);
    let ref = workflow.ref;
    // pull_request_target runs on the base branch, so GITHUB_REF names that branch; metadata-action
    // (src/context.ts) shows the rules the pull request instead, so type=ref,event=pr gives pr-N.
    if (/pull_request_target/.test(eventName) && prNumber !== undefined)
        ref = `refs/pull/${prNumber}/merge`;
    // For a pull request GITHUB_SHA is the merge commit GitHub made; metadata-action takes the
    // head commit only when asked to (DOCKER_METADATA_PR_HEAD_SHA=true).
    let sha = workflow.sha;
    if (switches.prHeadSha && /pull_request/.test(eventName) && prHeadSha)
        sha = prHeadSha;
    const fullName = workflow.repository || stringOf(repository.full_name) || '';
    const serverUrl = workflow.serverUrl;
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
        baseRef: baseRefOf(ref, event, pullRequest, workflow.baseRef),
        headRef: workflow.headRef || stringOf(objectOf(pullRequest.head).ref),
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
        shortShaLength: shortShaLengthOf(switches.shortShaLength),
        annotationLevels: annotationLevelsOf(switches.annotationLevels)
    };
}
/** metadata-action's `{{base_ref}}`: a tag push's payload.base_ref, or a pull request's base branch (GITHUB_BASE_REF when the payload has none). */
function baseRefOf(ref, event, pullRequest, githubBaseRef) {
    if (TAG_REF.test(ref))
        return stringOf(event.base_ref)?.replace(BRANCH_REF, '');
    if (PULL_REF.test(ref))
        return stringOf(objectOf(pullRequest.base).ref) ?? (githubBaseRef || undefined);
    return undefined;
}
/** The time of the commit `sha` from a push payload (commits[], then head_commit), as metadata-action finds it before asking the API. */
function commitTimeOf(event, sha) {
    const commits = Array.isArray(event.commits) ? event.commits.map(objectOf) : [];
    const headCommit = objectOf(event.head_commit);
    const timestamp = stringOf(commits.find(commit => commit.id === sha)?.timestamp) ?? (headCommit.id === sha ? stringOf(headCommit.timestamp) : undefined);
    return timestamp && !Number.isNaN(Date.parse(timestamp)) ? new Date(timestamp).toISOString() : undefined;
}
/** DOCKER_METADATA_SHORT_SHA_LENGTH: a positive whole number, or undefined (the default, 7). */
function shortShaLengthOf(value) {
    if (!value)
        return undefined;
    if (!/^\d+$/.test(value.trim()) || Number(value) === 0)
        throw new Error(`DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid length: ${value}`);
    return Number(value);
}
/** DOCKER_METADATA_ANNOTATIONS_LEVELS: comma-separated levels, `manifest` when unset or empty. */
function annotationLevelsOf(value) {
    return (value || 'manifest')
        .split(',')
        .map(level => level.trim())
        .filter(level => level !== '');
}

;// CONCATENATED MODULE: ./src/plan/metadata/pep440.ts
/**
 * PEP 440 versions for type=pep440, read and normalised as @renovate/pep440 does (the library
 * metadata-action's procPep440 uses): 1.0dev4 → 1.0.dev4, 1.1beta2 → 1.1b2.
 * Follows docker/metadata-action dc80280: src/meta.ts.
 */
const PEP440 = /^v?(?:(?:(?<epoch>\d+)!)?(?<release>\d+(?:\.\d+)*)(?:[-_.]?(?<preL>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?<preN>\d+)?)?(?:-(?<postN1>\d+)|[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>\d+)?)?(?:[-_.]?(?<devL>dev)[-_.]?(?<devN>\d+)?)?)(?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/i;
/** The spellings of a pre-release PEP 440 folds into a, b and rc. */
const PRE_RELEASE_LETTERS = { alpha: 'a', beta: 'b', c: 'rc', pre: 'rc', preview: 'rc' };
/** The version's parts, normalised; undefined when it is no PEP 440 version. */
function parsePep440(version) {
    const groups = PEP440.exec(version)?.groups;
    if (!groups)
        return undefined;
    const epoch = Number(groups.epoch ?? 0);
    const release = groups.release.split('.').map(Number);
    const preLetter = groups.preL?.toLowerCase();
    const pre = preLetter ? `${PRE_RELEASE_LETTERS[preLetter] ?? preLetter}${Number(groups.preN ?? 0)}` : '';
    const postNumber = groups.postN1 ?? (groups.postL ? (groups.postN2 ?? '0') : undefined);
    const post = postNumber !== undefined ? `.post${Number(postNumber)}` : '';
    const dev = groups.devL ? `.dev${Number(groups.devN ?? 0)}` : '';
    const local = groups.local ? `+${normaliseLocal(groups.local)}` : '';
    return { release, clean: `${epoch ? `${epoch}!` : ''}${release.join('.')}${pre}${post}${dev}${local}`, unstable: Boolean(pre || post || dev), prerelease: Boolean(pre || dev) };
}
/** A local version label: separators become '.', numbers lose leading zeros, letters go lowercase. */
function normaliseLocal(local) {
    return local
        .split(/[-_.]/)
        .map(p => (/^\d+$/.test(p) ? String(Number(p)) : p.toLowerCase()))
        .join('.');
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(40712);
;// CONCATENATED MODULE: ./src/plan/metadata/date-format.ts
/**
 * Dates in moment's format syntax, without moment: what `{{date 'YYYYMMDD' tz='Asia/Tokyo'}}` and
 * `{{commit_date}}` give (metadata-action formats them with moment-timezone). A date is first read
 * on the wall clock of its time zone, then each format token is one small function.
 * Follows docker/metadata-action dc80280: src/meta.ts.
 */
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
/** Whether `timeZone` is an IANA name this runtime knows (or UTC). */
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
/** `when` as read on the wall clock of `timeZone`. */
function wallClock(when, timeZone) {
    const zoneParts = zoneFormat(timeZone).formatToParts(when);
    const part = (type) => zoneParts.find(p => p.type === type)?.value ?? '';
    const wallMs = Date.UTC(Number(part('year')), Number(part('month')) - 1, Number(part('day')), Number(part('hour')), Number(part('minute')), Number(part('second')));
    const offset = Math.round((wallMs - (when.getTime() - when.getUTCMilliseconds())) / 60000);
    const wall = new Date(when.getTime() + offset * 60000);
    const [year, month, day] = [wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()];
    const dayOfYear = Math.round((Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86400000) + 1;
    return {
        year,
        month,
        day,
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(),
        ms: wall.getUTCMilliseconds(),
        weekday: wall.getUTCDay(),
        dayOfYear,
        offset,
        zoneName: part('timeZoneName'),
        iso: weekOf(year, dayOfYear, 1, 4),
        local: weekOf(year, dayOfYear, 0, 6),
        epochMs: when.getTime()
    };
}
/** The offset as +HH:MM (Z) or +HHMM (ZZ). */
const zone = (separator) => c => `${c.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(c.offset) / 60), 2)}${separator}${pad(Math.abs(c.offset) % 60, 2)}`;
const quarter = (c) => Math.floor(c.month / 3) + 1;
const hour12 = (c) => c.hour % 12 || 12;
const hour24 = (c) => c.hour || 24;
/** Year tokens: Y, YY, YYYY, YYYYY, YYYYYY; y, yo, yy, yyy, yyyy (era year); N… (era). */
const YEAR_TOKENS = {
    YYYYYY: c => `${c.year < 0 ? '-' : '+'}${pad(Math.abs(c.year), 6)}`,
    YYYYY: c => pad(c.year, 5),
    YYYY: c => (c.year <= 9999 ? pad(c.year, 4) : `+${c.year}`),
    Y: c => (c.year <= 9999 ? pad(c.year, 4) : `+${c.year}`),
    YY: c => pad(c.year % 100, 2),
    y: c => String(c.year),
    yo: c => ordinal(c.year),
    yy: c => pad(c.year, 2),
    yyy: c => pad(c.year, 3),
    yyyy: c => pad(c.year, 4),
    N: () => 'AD',
    NN: () => 'AD',
    NNN: () => 'AD',
    NNNN: () => 'Anno Domini',
    NNNNN: () => 'AD',
    Q: c => String(quarter(c)),
    Qo: c => ordinal(quarter(c))
};
/** Month and day tokens: M…, D… (day of month), DDD… (day of year), d…, e, E (day of week). */
const DAY_TOKENS = {
    M: c => String(c.month + 1),
    Mo: c => ordinal(c.month + 1),
    MM: c => pad(c.month + 1, 2),
    MMM: c => MONTHS[c.month].slice(0, 3),
    MMMM: c => MONTHS[c.month],
    D: c => String(c.day),
    Do: c => ordinal(c.day),
    DD: c => pad(c.day, 2),
    DDD: c => String(c.dayOfYear),
    DDDo: c => ordinal(c.dayOfYear),
    DDDD: c => pad(c.dayOfYear, 3),
    d: c => String(c.weekday),
    e: c => String(c.weekday),
    do: c => ordinal(c.weekday),
    dd: c => WEEKDAYS[c.weekday].slice(0, 2),
    ddd: c => WEEKDAYS[c.weekday].slice(0, 3),
    dddd: c => WEEKDAYS[c.weekday],
    E: c => String(c.weekday === 0 ? 7 : c.weekday)
};
/** Week tokens: W… and GG… (ISO week and its year), w… and gg… (locale week and its year). */
const WEEK_TOKENS = {
    W: c => String(c.iso.week),
    Wo: c => ordinal(c.iso.week),
    WW: c => pad(c.iso.week, 2),
    w: c => String(c.local.week),
    wo: c => ordinal(c.local.week),
    ww: c => pad(c.local.week, 2),
    GG: c => pad(c.iso.year % 100, 2),
    GGGG: c => pad(c.iso.year, 4),
    GGGGG: c => pad(c.iso.year, 5),
    gg: c => pad(c.local.year % 100, 2),
    gggg: c => pad(c.local.year, 4),
    ggggg: c => pad(c.local.year, 5)
};
/** Time tokens: H, h, k, m, s, S… (fractions), a/A, the zone (Z, ZZ, z, zz) and the epoch (X, x). */
const TIME_TOKENS = {
    H: c => String(c.hour),
    HH: c => pad(c.hour, 2),
    h: c => String(hour12(c)),
    hh: c => pad(hour12(c), 2),
    k: c => String(hour24(c)),
    kk: c => pad(hour24(c), 2),
    m: c => String(c.minute),
    mm: c => pad(c.minute, 2),
    s: c => String(c.second),
    ss: c => pad(c.second, 2),
    ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [
        'S'.repeat(i + 1),
        (c) => pad(c.ms, 3)
            .padEnd(i + 1, '0')
            .slice(0, i + 1)
    ])),
    a: c => (c.hour < 12 ? 'am' : 'pm'),
    A: c => (c.hour < 12 ? 'AM' : 'PM'),
    Z: zone(':'),
    ZZ: zone(''),
    z: c => c.zoneName,
    zz: c => c.zoneName,
    X: c => String(Math.floor(c.epochMs / 1000)),
    x: c => String(c.epochMs)
};
/** Every token DATE_TOKEN reads, to the function that writes it. */
const DATE_TOKENS = new Map(Object.entries({ ...YEAR_TOKENS, ...DAY_TOKENS, ...WEEK_TOKENS, ...TIME_TOKENS }));
/** moment's format() without a format: ISO 8601, with Z when the offset is zero. */
const defaultFormat = (offset) => (offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ');
/** Expands moment's long-date formats (LT, LL, llll...), leaving [bracketed] and \escaped ones alone. */
function expandLongFormats(format) {
    return format.replace(/(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g, (whole, bracket, escaped, long) => (bracket || escaped || !long ? whole : LONG_FORMATS[long]));
}
/** One piece DATE_TOKEN cut: [text] and \x are literal, a token is formatted, anything else is kept. */
function formatPiece(piece, clock) {
    if (piece.startsWith('[') && piece.endsWith(']') && piece.length > 1)
        return piece.slice(1, -1);
    if (piece.length > 1 && piece.startsWith('\\'))
        return piece.slice(1);
    return DATE_TOKENS.get(piece)?.(clock) ?? piece;
}
/** `when` in moment's format syntax, on the wall clock of `timeZone`; no format gives moment's ISO default. */
function formatDate(when, format, timeZone) {
    const clock = wallClock(when, timeZone);
    return expandLongFormats(format || defaultFormat(clock.offset)).replace(DATE_TOKEN, piece => formatPiece(piece, clock));
}

// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __webpack_require__(91318);
;// CONCATENATED MODULE: ./src/plan/metadata/types.ts
/**
 * The metadata engine's shared types: the context the rules read, the meta-* inputs, the result,
 * the rule error, and the rules, flavor and images as read (metadata-action's Context and Inputs,
 * Tag and Type, Flavor, Image, and its outputs). A leaf: nothing here imports a sibling file, so the
 * parts form no import cycle.
 * Follows docker/metadata-action dc80280: src/context.ts, src/meta.ts, src/tag.ts, src/flavor.ts, src/image.ts.
 */

/** A rule hoist cannot read: an InputError, so validation reports it with the other input problems. */
class MetaRuleError extends errors/* InputError */.dz {
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
/** The rule types, in metadata-action's order (src/tag.ts Type). */
const RULE_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];

;// CONCATENATED MODULE: ./src/plan/metadata/template.ts
/**
 * Handlebars expressions: the subset metadata-action's rules use ({{name}}, {{helper 'arg' key='v'}}),
 * rendered as it renders them with handlebars (an unknown name gives '', {{x}} escapes HTML), and
 * checked before the build for the names each place knows (metadata-action renders an unknown one as '').
 * Follows docker/metadata-action dc80280: src/meta.ts.
 */


const SLOT_NAMES = {
    global: ['branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'is_not_default_branch', 'date', 'commit_date'],
    schedule: ['date', 'commit_date'],
    semver: ['version', 'major', 'minor', 'patch', 'raw', 'prerelease', 'build'],
    pep440: ['version', 'major', 'minor', 'patch', 'raw']
};
const DATE_HELPERS = ['date', 'commit_date'];
class TemplateError extends Error {
}
/** The template's text and {{expressions}}, in order; throws a TemplateError on what hoist does not read. */
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
/** A helper's argument: a literal, or a name's value when it is a string or number. */
function argumentValue(arg, scope) {
    if (arg.kind === 'text')
        return arg.text;
    const found = scope.get(arg.name);
    return typeof found === 'string' || typeof found === 'number' ? String(found) : undefined;
}
/** One {{expression}}: a name's value, or what its helper returns; HTML-escaped unless {{{triple}}}. */
function renderMustache(part, scope) {
    const value = scope.get(part.name);
    if (value === undefined && (part.args.length > 0 || part.hash.size > 0))
        throw new TemplateError(`Missing helper: "${part.name}"`);
    const text = value === undefined
        ? ''
        : typeof value === 'function'
            ? value(part.args.map(arg => argumentValue(arg, scope)), new Map([...part.hash].map(([k, v]) => [k, argumentValue(v, scope)])))
            : String(value);
    return part.escape ? text.replace(/[&<>"'`=]/g, c => HTML_ESCAPES[c]) : text;
}
/** Renders like handlebars: an unknown name gives '', `{{x}}` output is HTML-escaped. */
function renderTemplate(source, scope) {
    return parseTemplate(source)
        .map(part => (typeof part === 'string' ? part : renderMustache(part, scope)))
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
        const problem = expressionProblem(part, slot, where);
        if (problem)
            return problem;
    }
    return undefined;
}
/** One {{expression}}'s problem: a name its place does not know, or a date helper's bad tz= or attribute. */
function expressionProblem(part, slot, where) {
    if (!SLOT_NAMES[slot].includes(part.name)) {
        const known = SLOT_NAMES[slot].map(name => `{{${name}}}`).join(', ');
        return {
            problem: `${where} uses {{${part.name}}}, which metadata-action renders as nothing there`,
            fix: `The expressions ${where === 'pattern' ? `of a ${slot} pattern` : `in ${where}`} are ${known}.`
        };
    }
    if (!DATE_HELPERS.includes(part.name))
        return undefined;
    for (const [key, arg] of part.hash) {
        if (key !== 'tz')
            return { problem: `{{${part.name}}} has no '${key}' attribute`, fix: `Only tz= is read, e.g. {{${part.name} 'YYYYMMDD' tz='Europe/Paris'}}.` };
        if (arg.kind === 'text' && !isTimeZone(arg.text))
            return { problem: `{{${part.name}}} has an unknown time zone '${arg.text}'`, fix: "Use an IANA name, e.g. tz='Asia/Tokyo' (default UTC)." };
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
/** The expression a template is made of when it is nothing else (no text, one {{...}}); undefined otherwise, or when hoist cannot read it. */
function soleExpression(source) {
    try {
        const parts = parseTemplate(source);
        return parts.length === 1 && typeof parts[0] !== 'string' ? parts[0] : undefined;
    }
    catch {
        return undefined;
    }
}
/** {{raw}} alone: the one pattern a pre-release keeps (metadata-action's isRawStatement). */
function isRawOnly(pattern) {
    return soleExpression(pattern)?.name === 'raw';
}
/** metadata-action renders `enable` and wants exactly true or false: the forms that can give that. */
function isEnableValue(value) {
    if (value === 'true' || value === 'false')
        return true;
    const sole = soleExpression(value);
    return sole !== undefined && ['is_default_branch', 'is_not_default_branch'].includes(sole.name) && sole.args.length === 0;
}
/** `{{date}}`/`{{commit_date}}` for `when`: {{date 'format' tz='Zone'}}, in moment's syntax, UTC by default. */
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

;// CONCATENATED MODULE: ./src/plan/metadata/rules.ts
/**
 * Reading and checking the meta-* inputs: the tag rules and their defaults, the flavor, the images,
 * and the extra labels and annotations. hoist refuses what metadata-action would silently ignore or
 * crash on (unknown attributes, bad regexes, unknown `{{expressions}}`); every problem is collected,
 * so validation reports them all before any build.
 * Follows docker/metadata-action dc80280: src/tag.ts, src/flavor.ts, src/image.ts.
 */



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
/** Returns every problem hoist finds in the meta-* inputs (it does not throw): validation reports them before any build. */
function checkMetaRules(inputs) {
    return readInputs(inputs).problems;
}
/** The meta-* inputs read, the rules sorted by priority, with every problem found. */
function readInputs(inputs) {
    const problems = [];
    const warnings = [];
    const tagEntries = entriesOf(inputs.tags);
    const rules = (tagEntries.length > 0 ? tagEntries : DEFAULT_RULES).flatMap(entry => readTagRule(entry, problems) ?? []);
    // Stable: rules of the same priority keep their order.
    rules.sort((a, b) => b.priority - a.priority);
    return {
        rules,
        flavor: readFlavor(entriesOf(inputs.flavor), problems),
        images: readImages(entriesOf(inputs.images), problems),
        labels: readKeyValues('meta-labels', entriesOf(inputs.labels), problems, warnings),
        annotations: readKeyValues('meta-annotations', entriesOf(inputs.annotations), problems, warnings),
        // Last: the readers above fill it.
        problems,
        warnings
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
        case 'match':
            if (!attrs.has('pattern'))
                return { problem: 'a pattern is missing', fix: 'Add a regular expression, e.g. type=match,pattern=^v(\\d+\\.\\d+),group=1.' };
            setDefault('group', '0');
            setDefault('value', '');
            return matchPatternProblem(attrs.get('pattern') ?? '', attrs.get('group') ?? '0') ?? templateProblem(attrs.get('value') ?? '', 'global', 'value');
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
/**
 * type=match: the pattern must be a regular expression and group a number. A group the
 * pattern lacks is metadata-action's warning when the rule runs ("Group 2 does not
 * exist…"), and the rule gives no tag: hoist does the same (compute.ts, matchTag).
 */
function matchPatternProblem(pattern, group) {
    try {
        matchRegExp(pattern);
    }
    catch (e) {
        return { problem: `pattern is not a regular expression (${e instanceof Error ? e.message : String(e)})`, fix: 'Fix the expression (JavaScript syntax; /expression/flags is read too).' };
    }
    if (!/^\d+$/.test(group))
        return { problem: `group=${group} is not a group number`, fix: 'Give the number of a capture group: 0 for the whole match, 1 for the first (...).' };
    return undefined;
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
function readKeyValues(input, entries, problems, warnings) {
    return entries.filter(entry => {
        // metadata-action drops an entry without `=`; hoist says so, and goes on without it.
        if (entry.indexOf('=') <= 0) {
            warnings.push(`${input}: '${entry}' is not key=value; skipped (write one key=value per line, e.g. org.opencontainers.image.vendor=Acme)`);
            return false;
        }
        const problem = templateProblem(entry, 'global', input === 'meta-labels' ? 'label' : 'annotation');
        if (problem)
            problems.push(new MetaRuleError(input, `'${entry}': ${problem.problem}`, problem.fix));
        return !problem;
    });
}

;// CONCATENATED MODULE: ./src/plan/metadata/compute.ts
/**
 * The tags, labels and annotations from the rules and the context: one function per rule type
 * (metadata-action's procSchedule, procSemver, procPep440, procMatch, procEdge, procRefBranch/Tag/PR,
 * procRaw, procSha), then the flavor, `latest`, the images and the OCI labels. Where hoist departs
 * from it, it says so next to the code: `created` is the commit's time when the payload has it, and
 * `latest` never goes to a pre-release (semver or PEP 440).
 * Follows docker/metadata-action dc80280: src/meta.ts.
 */






/** Docker's tag rule: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}. */
const VALID_TAG = /^[\w][\w.-]{0,127}$/;
/** metadata-action's sanitising: every run of characters a tag cannot hold becomes one '-'; case is kept, length is not cut. */
const sanitizeTag = (tag) => tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
const shortSha = (sha, length) => (length >= sha.length ? sha : sha.slice(0, length));
const attr = (rule, key) => rule.attrs.get(key) ?? '';
const renderGlobal = (rule, source, scope) => renderChecked('meta-tags', rule.entry, source, scope);
/** Not a pre-release in any version scheme the rules know: semver (v1.3.0-rc.1) or PEP 440 (1.1beta2, 2.0.dev1); anything else counts as stable. */
const notPrerelease = (tag) => semver.prerelease(semver.clean(tag, { loose: true }) ?? '') === null && parsePep440(tag)?.prerelease !== true;
/** metadata-action's isDefaultBranch: the ref is the default branch, or the event always runs on it. */
function isDefaultBranch(ctx) {
    const name = ctx.ref.replace(BRANCH_REF, '');
    if (name === '')
        return false;
    if (ctx.defaultBranch === name)
        return true;
    // metadata-action: these events always run on the default branch's last commit.
    return /create|discussion|issues|schedule/.test(ctx.eventName);
}
/** The version a semver/pep440/match rule reads: value= when given, else the pushed tag; none off a tag. */
function versionSource(rule, gitTag, scope) {
    if (attr(rule, 'value') !== '')
        return renderGlobal(rule, attr(rule, 'value'), scope);
    return gitTag !== '' ? gitTag : undefined;
}
/** semver/pep440 `match=`: group 1 of it, or the whole version (with a warning) when it does not match. */
function matchedVersion(rule, version, warnings) {
    const match = attr(rule, 'match');
    if (match === '')
        return version;
    const found = new RegExp(match).exec(version);
    if (found)
        return found[1] ?? '';
    warnings.push(`${match} does not match ${version}.`);
    return version;
}
/** type=schedule: the pattern, on a scheduled run only. */
function scheduleTag(rule, eventName, scheduleScope) {
    return /schedule/.test(eventName) ? { value: renderChecked('meta-tags', rule.entry, attr(rule, 'pattern'), scheduleScope), latestAuto: false } : undefined;
}
/** type=semver: the pattern filled from the version; a pre-release gives {{version}} (or {{raw}}) and no latest. */
function semverTag(rule, source, warnings) {
    const version = matchedVersion(rule, source, warnings).replace(/\//g, '-');
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
/** type=pep440: the pattern filled from the version; a pre, post or dev release gives the normalised version (or {{raw}}) and no latest. */
function pep440Tag(rule, source, warnings) {
    const version = matchedVersion(rule, source, warnings).replace(/\//g, '-');
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
/** type=match: the group= of the pattern's match. */
function matchTag(rule, source, warnings) {
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
    // As for tags: never latest when the matched tag is a pre-release.
    return { value: group, latestAuto: notPrerelease(source) };
}
/** type=edge: `edge` on its branch= (the default branch when not given). */
function edgeTag(rule, branch, defaultBranch) {
    const edgeBranch = attr(rule, 'branch') || defaultBranch;
    return branch !== '' && branch === edgeBranch ? { value: 'edge', latestAuto: false } : undefined;
}
/** type=ref: the branch, the tag, or the pull request's number, as event= says. */
function refTag(rule, ref, refs) {
    const event = attr(rule, 'event');
    if (event === 'branch')
        return refs.branch !== '' ? { value: refs.branch, latestAuto: false } : undefined;
    // metadata-action gives latest to any pushed tag; hoist never to a pre-release
    // (v1.3.0-rc.1, 1.1beta2), so a release candidate cannot move the image users pull by default.
    if (event === 'tag')
        return refs.gitTag !== '' ? { value: refs.gitTag, latestAuto: notPrerelease(refs.gitTag) } : undefined;
    return PULL_REF.test(ref) ? { value: ref.replace(PULL_REF, '').replace(/\/merge$/, ''), latestAuto: false } : undefined;
}
/** type=raw: the value, its expressions rendered. */
function rawTag(rule, globalScope) {
    return { value: renderGlobal(rule, attr(rule, 'value'), globalScope), latestAuto: false };
}
/** type=sha: the commit, short or long. */
function shaTag(rule, sha, shaLength) {
    return sha !== '' ? { value: attr(rule, 'format') === 'short' ? shortSha(sha, shaLength) : sha, latestAuto: false } : undefined;
}
/** The rule's tag, by its type; undefined when the rule gives none on this run. */
function ruleTag(rule, run) {
    switch (rule.type) {
        case 'schedule':
            return scheduleTag(rule, run.ctx.eventName, run.scheduleScope);
        case 'semver':
        case 'pep440':
        case 'match': {
            const source = versionSource(rule, run.gitTag, run.globalScope);
            if (source === undefined)
                return undefined;
            const tagOf = { semver: semverTag, pep440: pep440Tag, match: matchTag }[rule.type];
            return tagOf(rule, source, run.warnings);
        }
        case 'edge':
            return edgeTag(rule, run.branch, run.ctx.defaultBranch);
        case 'ref':
            return refTag(rule, run.ctx.ref, run);
        case 'raw':
            return rawTag(rule, run.globalScope);
        case 'sha':
            return shaTag(rule, run.ctx.sha, run.shaLength);
    }
}
/** The tag with its prefix and suffix: a rule's own prefix=/suffix= (even empty, and the pr-/sha- defaults) wins over the flavor's. */
function affixed(rule, value, flavor, globalScope) {
    const prefix = rule.attrs.has('prefix') ? attr(rule, 'prefix') : flavor.prefix;
    const suffix = rule.attrs.has('suffix') ? attr(rule, 'suffix') : flavor.suffix;
    return `${renderGlobal(rule, prefix, globalScope)}${value}${renderGlobal(rule, suffix, globalScope)}`;
}
/** The rule's enable=, rendered: true or false, else the rule is refused. */
function isEnabled(rule, globalScope) {
    const enable = renderGlobal(rule, rule.attrs.get('enable') ?? 'true', globalScope);
    if (enable !== 'true' && enable !== 'false')
        throw new MetaRuleError('meta-tags', `'${rule.entry}': enable gave '${enable}', not true or false`, 'Use enable=true, false or {{is_default_branch}}.');
    return enable === 'true';
}
/**
 * The tag names in priority order, `latest` last. latest=auto follows the first (highest-priority) rule
 * that gives a tag: semver, pep440, match and ref,event=tag say yes (a pre-release no); schedule, branch,
 * pr, edge, raw and sha say no.
 */
function tagNamesOf(rules, flavor, run) {
    const names = [];
    let latest;
    for (const rule of rules) {
        if (!isEnabled(rule, run.globalScope))
            continue;
        const produced = ruleTag(rule, run);
        if (produced === undefined)
            continue;
        const name = affixed(rule, produced.value, flavor, run.globalScope);
        if (name === '')
            continue;
        names.push(sanitizeTag(name));
        latest ??= flavor.latest === 'auto' ? produced.latestAuto : flavor.latest === 'true';
    }
    if (latest) {
        const prefix = flavor.prefixOnLatest ? renderChecked('meta-flavor', flavor.prefix, flavor.prefix, run.globalScope) : '';
        const suffix = flavor.suffixOnLatest ? renderChecked('meta-flavor', flavor.suffix, flavor.suffix, run.globalScope) : '';
        names.push(sanitizeTag(`${prefix}latest${suffix}`));
    }
    return [...new Set(names)];
}
/** The warning for a tag docker will refuse (metadata-action neither cuts nor refuses these; docker will, at push time). */
function invalidTagWarning(name) {
    if (VALID_TAG.test(name))
        return undefined;
    return `tag '${name}' is not a valid Docker tag (${name.length > 128 ? `${name.length} characters, at most 128` : 'it must not start with . or -'}): docker will refuse it.`;
}
/** The scopes of the rules' templates: every global name, and the dates a schedule pattern knows. */
function scopesOf(ctx, refs, shaLength) {
    const isDefault = isDefaultBranch(ctx);
    const commitDate = ctx.commitTime ? new Date(ctx.commitTime) : ctx.now;
    const dates = [
        ['date', dateHelper(ctx.now)],
        ['commit_date', dateHelper(commitDate)]
    ];
    const globalScope = new Map([
        ['branch', refs.branch],
        ['tag', refs.gitTag],
        ['sha', shortSha(ctx.sha, shaLength)],
        ['base_ref', ctx.baseRef ?? ''],
        ['is_default_branch', String(isDefault)],
        ['is_not_default_branch', String(!isDefault)],
        ...dates
    ]);
    return { globalScope, scheduleScope: new Map(dates) };
}
/** The generated org.opencontainers.image.* entries. */
function generatedLabels(ctx, version) {
    // metadata-action stamps created with the time it runs; the commit's time (when the payload has it)
    // keeps two builds of one commit identical, so their layers and digests can match.
    const created = ctx.commitTime ? new Date(ctx.commitTime).toISOString() : ctx.now.toISOString();
    return [
        `org.opencontainers.image.title=${ctx.repo.name ?? ''}`,
        `org.opencontainers.image.description=${ctx.repo.description ?? ''}`,
        `org.opencontainers.image.url=${ctx.repo.htmlUrl ?? ''}`,
        `org.opencontainers.image.source=${ctx.repo.htmlUrl ?? ''}`,
        `org.opencontainers.image.version=${version}`,
        `org.opencontainers.image.created=${created}`,
        `org.opencontainers.image.revision=${ctx.sha}`,
        `org.opencontainers.image.licenses=${ctx.repo.license ?? ''}`
    ];
}
function computeMetadata(inputs, ctx) {
    const read = readInputs(inputs);
    if (read.problems.length > 0)
        throw read.problems[0];
    const shaLength = ctx.shortShaLength ?? 7;
    const refs = {
        branch: BRANCH_REF.test(ctx.ref) ? ctx.ref.replace(BRANCH_REF, '') : '',
        gitTag: TAG_REF.test(ctx.ref) ? ctx.ref.replace(TAG_REF, '') : ''
    };
    const run = { ctx, ...refs, shaLength, ...scopesOf(ctx, refs, shaLength), warnings: [] };
    const tagNames = tagNamesOf(read.rules, read.flavor, run);
    const version = tagNames.length > 0 ? tagNames[0] : '';
    for (const name of tagNames) {
        const warning = invalidTagWarning(name);
        if (warning)
            run.warnings.push(warning);
    }
    const images = read.images.filter(image => image.enabled).map(image => image.name);
    const tags = images.length > 0 ? images.flatMap(image => tagNames.map(name => `${image}:${name}`)) : tagNames;
    const generated = generatedLabels(ctx, version);
    const withUsers = (input, extra) => mergeByKey([...generated, ...extra.map(entry => renderChecked(input, entry, entry, run.globalScope))]);
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
        // The rules' own warnings in metadata-action's words, named for their input as the skipped entries are.
        warnings: [...new Set([...read.warnings, ...run.warnings.map(w => `meta-tags: ${w}`)])]
    };
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
    const current = semver.clean(version, { loose: true });
    if (!current || semver.prerelease(current))
        return undefined;
    let highest;
    for (const tag of existingTags) {
        const v = semver.clean(tag, { loose: true });
        if (!v || semver.prerelease(v) || !semver.gt(v, current))
            continue;
        if (!highest || semver.gt(v, highest.version))
            highest = { tag, version: v };
    }
    return highest?.tag;
}

;// CONCATENATED MODULE: ./src/plan/metadata/git-context.ts
/**
 * metadata-action's `context: git`: the ref and sha from the checkout's HEAD instead of
 * the event, found as docker/actions-toolkit's Git.context does (src/git.ts, commit
 * 3d440be: a branch through symbolic-ref; a detached HEAD through its decorations — a tag
 * pointing at it, `pull/N/merge`, `origin/<branch>` — else the newest branch, remote
 * branch or tag containing it), and the commit's date. The git commands are the caller's
 * (the exec port), so this stays testable with a table of answers.
 * Follows docker/metadata-action dc80280: src/context.ts.
 * Follows docker/actions-toolkit 3d440be: src/git.ts.
 */
async function gitContext(git) {
    const sha = await git(['show', '--format=%H', 'HEAD', '--quiet', '--']);
    const ref = (await git(['branch', '--show-current'])) === '' ? await detachedRef(git) : await git(['symbolic-ref', 'HEAD']);
    const date = await git(['show', '-s', '--format=%cI', sha]);
    if (Number.isNaN(Date.parse(date)))
        throw new Error(`git gave no commit date for ${sha}: '${date}'`);
    return { ref, sha, commitTime: new Date(date).toISOString() };
}
/** A detached HEAD's ref, from `git show -s --pretty=%D` ("HEAD, tag: v1.2.3", "HEAD, origin/main, main", "HEAD, pull/7/merge", "grafted, HEAD"). */
async function detachedRef(git) {
    const decorations = await git(['show', '-s', '--pretty=%D']);
    const normalized = decorations.replace(/^grafted, /, '').trim();
    if (normalized === 'HEAD')
        return inferRef(git);
    const rest = /^HEAD, (.*)$/.exec(normalized)?.[1]?.trim();
    if (!rest)
        throw new Error(`cannot find the detached HEAD's ref in "${decorations}"`);
    if (rest.startsWith('tag: '))
        return tagRef(git, rest, decorations);
    if (/^pull\/\d+\/(head|merge)$/.test(rest))
        return `refs/${rest}`;
    const branch = /^[^/]+\/[^/]+, (.+)$/.exec(rest)?.[1] ?? /^[^/]+\/(.+)$/.exec(rest)?.[1];
    if (branch)
        return `refs/heads/${branch.trim()}`;
    throw new Error(`unsupported detached HEAD ref in "${decorations}"`);
}
/** The tag a `tag: …` decoration names (the longest matching name first, so v1.2.3-rc is not taken for v1.2.3). */
async function tagRef(git, decoration, decorations) {
    const refs = (await git(['for-each-ref', '--format=%(refname)', '--points-at', 'HEAD', 'refs/tags/']))
        .split('\n')
        .map(r => r.trim())
        .filter(Boolean)
        .sort((a, b) => b.length - a.length);
    const found = refs.find(ref => {
        const name = `tag: ${ref.slice('refs/tags/'.length)}`;
        return decoration === name || decoration.startsWith(`${name}, `);
    });
    if (found)
        return found;
    if (refs.length === 1)
        return refs[0];
    throw new Error(`cannot find the detached HEAD's tag in "${decorations}"`);
}
/** A HEAD without decorations: the newest local branch containing it, then remote branch, then tag. */
async function inferRef(git) {
    const containing = async (prefix) => (await git(['for-each-ref', '--format=%(refname)', '--contains', 'HEAD', '--sort=-committerdate', prefix]))
        .split('\n')
        .map(r => r.trim())
        .find(Boolean);
    const local = await containing('refs/heads/');
    if (local)
        return local;
    const remote = await containing('refs/remotes/');
    if (remote) {
        const branch = /^refs\/remotes\/[^/]+\/(.+)$/.exec(remote)?.[1];
        return branch ? `refs/heads/${branch}` : remote;
    }
    const tag = (await git(['tag', '--contains', 'HEAD']))
        .split('\n')
        .map(t => t.trim())
        .find(Boolean);
    if (tag)
        return `refs/tags/${tag}`;
    throw new Error('cannot infer a ref from the detached HEAD');
}

;// CONCATENATED MODULE: ./src/plan/metadata/index.ts
/**
 * Image tags, OCI labels and annotations from the git/GitHub context, in docker/metadata-action's
 * rule syntax and with its semantics, so a workflow can drop that step and hand its inputs to hoist
 * unchanged. The parts: types (shared, a leaf), context, rules, template, date-format, pep440, compute.
 *
 * Where hoist departs from metadata-action it says so next to the code: the `created` label is the
 * commit's time (from the payload, the REST API or the checkout; reproducible builds), hoist refuses rules metadata-action
 * would silently ignore or crash on (unknown attributes, bad regexes, unknown `{{expressions}}`),
 * and the repository facts come from the event payload (metadata-action asks the REST API).
 * Follows docker/metadata-action dc80280: src/meta.ts, src/tag.ts, src/flavor.ts, src/image.ts, src/context.ts.
 */







/***/ })

};
