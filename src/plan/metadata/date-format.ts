/**
 * Dates in moment's format syntax, without moment: what `{{date 'YYYYMMDD' tz='Asia/Tokyo'}}` and
 * `{{commit_date}}` give (metadata-action formats them with moment-timezone). A date is first read
 * on the wall clock of its time zone, then each format token is one small function.
 * Follows docker/metadata-action dc80280: src/meta.ts.
 */

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
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
export function isTimeZone(timeZone: string): boolean {
  try {
    zoneFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** moment's English long-date formats, expanded before the tokens are read. */
const LONG_FORMATS: Record<string, string> = {
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
const DATE_TOKEN =
  /\[[^[]*\]|\\?(?:YYYYYY|YYYYY|YYYY|YY|Y|yyyy|yyy|yy|yo|y|NNNNN|NNNN|NNN|NN|N|Qo|Q|MMMM|MMM|MM|Mo|M|DDDD|DDDo|DDD|DD|Do|D|dddd|ddd|dd|do|d|E|e|WW|Wo|W|ww|wo|w|GGGGG|GGGG|GG|ggggg|gggg|gg|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|A|a|ZZ|Z|zz|z|X|x)|\\[\s\S]|[\s\S]/g;

export const pad = (n: number, width: number): string => `${n < 0 ? '-' : ''}${String(Math.abs(n)).padStart(width, '0')}`;
export const ordinal = (n: number): string => {
  const last = n % 10;
  return `${n}${Math.floor((n % 100) / 10) === 1 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'}`;
};
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

interface Week {
  week: number;
  /** The week's year, which differs from the calendar year around January 1st. */
  year: number;
}

/** moment's week numbering: weeks start on `dow`, and the week holding January `7 + dow - doy` is week 1 (ISO: 1, 4; English: 0, 6). */
export function weekOf(year: number, dayOfYear: number, dow: number, doy: number): Week {
  const firstWeekOffset = (y: number): number => {
    const firstWeekDay = 7 + dow - doy;
    return -((7 + new Date(Date.UTC(y, 0, firstWeekDay)).getUTCDay() - dow) % 7) + firstWeekDay - 1;
  };
  const weeksIn = (y: number): number => ((isLeap(y) ? 366 : 365) - firstWeekOffset(y) + firstWeekOffset(y + 1)) / 7;
  const week = Math.floor((dayOfYear - firstWeekOffset(year) - 1) / 7) + 1;
  if (week < 1) return { week: week + weeksIn(year - 1), year: year - 1 };
  if (week > weeksIn(year)) return { week: week - weeksIn(year), year: year + 1 };
  return { week, year };
}

/** A moment on the wall clock of one time zone: every field a format token reads. */
export interface WallClock {
  year: number;
  /** 0 = January */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday */
  weekday: number;
  /** 1 = January 1st */
  dayOfYear: number;
  /** Minutes east of UTC. */
  offset: number;
  /** The zone's short name (UTC, EDT, GMT+9). */
  zoneName: string;
  /** ISO 8601 week (Monday first, the week of January 4th is week 1). */
  iso: Week;
  /** moment's English locale week (Sunday first, the week of January 1st is week 1). */
  local: Week;
  /** Milliseconds since the epoch (for X and x). */
  epochMs: number;
}

/** `when` as read on the wall clock of `timeZone`. */
export function wallClock(when: Date, timeZone: string): WallClock {
  const zoneParts = zoneFormat(timeZone).formatToParts(when);
  const part = (type: Intl.DateTimeFormatPartTypes): string => zoneParts.find(p => p.type === type)?.value ?? '';
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

type TokenFormatter = (c: WallClock) => string;

/** The offset as +HH:MM (Z) or +HHMM (ZZ). */
const zone =
  (separator: string): TokenFormatter =>
  c =>
    `${c.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(c.offset) / 60), 2)}${separator}${pad(Math.abs(c.offset) % 60, 2)}`;
const quarter = (c: WallClock): number => Math.floor(c.month / 3) + 1;
const hour12 = (c: WallClock): number => c.hour % 12 || 12;
const hour24 = (c: WallClock): number => c.hour || 24;

/** Year tokens: Y, YY, YYYY, YYYYY, YYYYYY; y, yo, yy, yyy, yyyy (era year); N… (era). */
const YEAR_TOKENS: Record<string, TokenFormatter> = {
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
const DAY_TOKENS: Record<string, TokenFormatter> = {
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
const WEEK_TOKENS: Record<string, TokenFormatter> = {
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
const TIME_TOKENS: Record<string, TokenFormatter> = {
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
  ...Object.fromEntries(
    Array.from({ length: 9 }, (_, i) => [
      'S'.repeat(i + 1),
      (c: WallClock) =>
        pad(c.ms, 3)
          .padEnd(i + 1, '0')
          .slice(0, i + 1)
    ])
  ),
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
export const DATE_TOKENS: ReadonlyMap<string, TokenFormatter> = new Map(Object.entries({ ...YEAR_TOKENS, ...DAY_TOKENS, ...WEEK_TOKENS, ...TIME_TOKENS }));

/** moment's format() without a format: ISO 8601, with Z when the offset is zero. */
const defaultFormat = (offset: number): string => (offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ');

/** Expands moment's long-date formats (LT, LL, llll...), leaving [bracketed] and \escaped ones alone. */
export function expandLongFormats(format: string): string {
  return format.replace(/(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g, (whole, bracket?: string, escaped?: string, long?: string) => (bracket || escaped || !long ? whole : LONG_FORMATS[long]));
}

/** One piece DATE_TOKEN cut: [text] and \x are literal, a token is formatted, anything else is kept. */
function formatPiece(piece: string, clock: WallClock): string {
  if (piece.startsWith('[') && piece.endsWith(']') && piece.length > 1) return piece.slice(1, -1);
  if (piece.length > 1 && piece.startsWith('\\')) return piece.slice(1);
  return DATE_TOKENS.get(piece)?.(clock) ?? piece;
}

/** `when` in moment's format syntax, on the wall clock of `timeZone`; no format gives moment's ISO default. */
export function formatDate(when: Date, format: string | undefined, timeZone: string): string {
  const clock = wallClock(when, timeZone);
  return expandLongFormats(format || defaultFormat(clock.offset)).replace(DATE_TOKEN, piece => formatPiece(piece, clock));
}
