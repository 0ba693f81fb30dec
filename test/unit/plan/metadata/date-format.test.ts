import { describe, expect, it } from '@jest/globals';
import { DATE_TOKENS, expandLongFormats, formatDate, isTimeZone, ordinal, pad, wallClock, weekOf } from '../../../../src/plan/metadata/date-format.js';

// Expected values are moment's (English locale), which metadata-action formats {{date}} with, except z and zz:
// they give the runtime's short zone name (Intl: GMT+5:30), where moment-timezone has its own abbreviations (IST).

/** Wednesday 1 May 2024, 20:34:05.067 in Kolkata (UTC+05:30). */
const KOLKATA = wallClock(new Date('2024-05-01T15:04:05.067Z'), 'Asia/Kolkata');

describe('wallClock', () => {
  it('reads a date on the wall clock of its zone', () => {
    expect(KOLKATA).toEqual({
      year: 2024,
      month: 4,
      day: 1,
      hour: 20,
      minute: 34,
      second: 5,
      ms: 67,
      weekday: 3,
      dayOfYear: 122,
      offset: 330,
      zoneName: 'GMT+5:30',
      iso: { week: 18, year: 2024 },
      local: { week: 18, year: 2024 },
      epochMs: 1714575845067
    });
  });

  it('moves to the previous day west of UTC, with a negative offset', () => {
    expect(wallClock(new Date('2024-05-01T00:30:00Z'), 'America/New_York')).toMatchObject({ month: 3, day: 30, hour: 20, minute: 30, weekday: 2, dayOfYear: 121, offset: -240, zoneName: 'EDT' });
  });

  it('gives the week year around January 1st', () => {
    expect(wallClock(new Date('2021-01-01T12:00:00Z'), 'UTC')).toMatchObject({ dayOfYear: 1, iso: { week: 53, year: 2020 }, local: { week: 1, year: 2021 } });
    expect(wallClock(new Date('2024-12-30T12:00:00Z'), 'UTC')).toMatchObject({ dayOfYear: 365, iso: { week: 1, year: 2025 }, local: { week: 1, year: 2025 } });
  });
});

describe('DATE_TOKENS', () => {
  // prettier-ignore
  it.each<[string, string]>([
    ['YYYYYY', '+002024'], ['YYYYY', '02024'], ['YYYY', '2024'], ['YY', '24'], ['Y', '2024'],
    ['yyyy', '2024'], ['yyy', '2024'], ['yy', '2024'], ['yo', '2024th'], ['y', '2024'],
    ['NNNNN', 'AD'], ['NNNN', 'Anno Domini'], ['NNN', 'AD'], ['NN', 'AD'], ['N', 'AD'],
    ['Qo', '2nd'], ['Q', '2'],
    ['MMMM', 'May'], ['MMM', 'May'], ['MM', '05'], ['Mo', '5th'], ['M', '5'],
    ['DDDD', '122'], ['DDDo', '122nd'], ['DDD', '122'], ['DD', '01'], ['Do', '1st'], ['D', '1'],
    ['dddd', 'Wednesday'], ['ddd', 'Wed'], ['dd', 'We'], ['do', '3rd'], ['d', '3'], ['E', '3'], ['e', '3'],
    ['WW', '18'], ['Wo', '18th'], ['W', '18'], ['ww', '18'], ['wo', '18th'], ['w', '18'],
    ['GGGGG', '02024'], ['GGGG', '2024'], ['GG', '24'], ['ggggg', '02024'], ['gggg', '2024'], ['gg', '24'],
    ['HH', '20'], ['H', '20'], ['hh', '08'], ['h', '8'], ['kk', '20'], ['k', '20'],
    ['mm', '34'], ['m', '34'], ['ss', '05'], ['s', '5'],
    ['S', '0'], ['SS', '06'], ['SSS', '067'], ['SSSS', '0670'], ['SSSSSSSSS', '067000000'],
    ['A', 'PM'], ['a', 'pm'], ['ZZ', '+0530'], ['Z', '+05:30'], ['zz', 'GMT+5:30'], ['z', 'GMT+5:30'],
    ['X', '1714575845'], ['x', '1714575845067']
  ])('%s gives %j', (token, expected) => {
    expect(DATE_TOKENS.get(token)?.(KOLKATA)).toBe(expected);
  });

  it('writes the hour tokens around midnight and noon', () => {
    const midnight = wallClock(new Date('2024-05-01T00:05:00Z'), 'UTC');
    const noon = wallClock(new Date('2024-05-01T12:05:00Z'), 'UTC');
    expect(['H', 'h', 'hh', 'k', 'kk', 'a'].map(t => DATE_TOKENS.get(t)?.(midnight))).toEqual(['0', '12', '12', '24', '24', 'am']);
    expect(['H', 'h', 'k', 'A'].map(t => DATE_TOKENS.get(t)?.(noon))).toEqual(['12', '12', '12', 'PM']);
  });

  it('writes E as 7 on a Sunday, d as 0', () => {
    const sunday = wallClock(new Date('2024-05-05T12:00:00Z'), 'UTC');
    expect(['d', 'E', 'dddd'].map(t => DATE_TOKENS.get(t)?.(sunday))).toEqual(['0', '7', 'Sunday']);
  });

  it('writes a negative offset and a year past 9999', () => {
    expect(DATE_TOKENS.get('Z')?.(wallClock(new Date('2024-01-15T12:00:00Z'), 'America/St_Johns'))).toBe('-03:30');
    expect(DATE_TOKENS.get('YYYY')?.(wallClock(new Date('+012345-06-01T00:00:00Z'), 'UTC'))).toBe('+12345');
  });
});

describe('the small helpers', () => {
  it.each<[number, string]>([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [102, '102nd'],
    [111, '111th']
  ])('ordinal(%i) is %s', (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });

  it('pad keeps the sign in front of the zeros', () => {
    expect(pad(7, 3)).toBe('007');
    expect(pad(-7, 3)).toBe('-007');
    expect(pad(12345, 3)).toBe('12345');
  });

  it('weekOf numbers ISO and English weeks', () => {
    // 2021-01-03 (day 3) is a Sunday: still ISO week 53 of 2020, already English week 2 of 2021.
    expect(weekOf(2021, 3, 1, 4)).toEqual({ week: 53, year: 2020 });
    expect(weekOf(2021, 3, 0, 6)).toEqual({ week: 2, year: 2021 });
    // 2020-12-31 (day 366): ISO week 53 of 2020.
    expect(weekOf(2020, 366, 1, 4)).toEqual({ week: 53, year: 2020 });
  });

  it('expandLongFormats expands the long formats, but not in [brackets] or after \\', () => {
    expect(['LTS', 'LT', 'L', 'LL', 'LLL', 'LLLL', 'l', 'll', 'lll', 'llll'].map(expandLongFormats)).toEqual([
      'h:mm:ss A',
      'h:mm A',
      'MM/DD/YYYY',
      'MMMM D, YYYY',
      'MMMM D, YYYY h:mm A',
      'dddd, MMMM D, YYYY h:mm A',
      'M/D/YYYY',
      'MMM D, YYYY',
      'MMM D, YYYY h:mm A',
      'ddd, MMM D, YYYY h:mm A'
    ]);
    expect(expandLongFormats('[LL] \\LL LT')).toBe('[LL] \\LL h:mm A');
  });

  it('isTimeZone knows IANA names and UTC only', () => {
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('formatDate', () => {
  const when = new Date('2024-05-01T15:04:05.067Z');
  it.each<[string | undefined, string, string]>([
    [undefined, 'UTC', '2024-05-01T15:04:05Z'],
    ['', 'Asia/Kolkata', '2024-05-01T20:34:05+05:30'],
    ['YYYYMMDD-HHmmss', 'UTC', '20240501-150405'],
    ['LLLL', 'UTC', 'Wednesday, May 1, 2024 3:04 PM'],
    ['[Week] W [of] GGGG', 'UTC', 'Week 18 of 2024'],
    ['\\YYYY \\q', 'UTC', 'YYYY q'],
    ['q c t [', 'UTC', 'q c t ['],
    ['YYYY-MM-DDTHH:mm:ss.SSSZ', 'Asia/Tokyo', '2024-05-02T00:04:05.067+09:00']
  ])('%j in %s gives %j', (format, zone, expected) => {
    expect(formatDate(when, format, zone)).toBe(expected);
  });
});
