/**
 * Image Builder cron expressions: cron(<minute> <hour> <day> <month> <day-of-week> <year>) in UTC
 * (imagebuilder/cron-expressions), with , - * ? / L W and #.
 */
import { PolicyError } from '../errors';
import { CRON_YEARS } from './rules';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
// day of the week 1–7 = SUN–SAT (imagebuilder/cron-expressions)
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface DaySpec {
  any: boolean;
  values: Set<number>;
  last: boolean;
  weekday: number | null;
  lastWeekday: boolean;
}

export interface Cron {
  minutes: Set<number>;
  hours: Set<number>;
  months: Set<number>;
  years: Set<number>;
  day: DaySpec | null;
  dow: { values: Set<number>; lastOf: number | null; nth: [number, number] | null } | null;
}

function numberIn(
  token: string,
  min: number,
  max: number,
  names: string[] | null,
  path: string,
): number {
  const named = names?.indexOf(token.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + 1 : /^\d+$/.test(token) ? Number(token) : NaN;
  if (!(n >= min && n <= max))
    throw new PolicyError(path, `"${token}" is not a value from ${min} to ${max}`);
  return n;
}

/** , - * and / over a numeric range (imagebuilder/cron-expressions). */
function listField(
  text: string,
  min: number,
  max: number,
  names: string[] | null,
  path: string,
): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : numberIn(stepText, 1, max, null, path);
    let from = min;
    let to = max;
    if (range !== '*') {
      const [a = '', b] = range.split('-');
      from = numberIn(a, min, max, names, path);
      to =
        b === undefined
          ? stepText === undefined
            ? from
            : max
          : numberIn(b, min, max, names, path);
    }
    for (let n = from; n <= to; n += step) out.add(n);
  }
  return out;
}

/** Parses cron(...); throws PolicyError('scheduleExpression') on anything Image Builder refuses. */
export function parseCron(expression: string): Cron {
  const path = 'scheduleExpression';
  const m = /^cron\((.*)\)$/.exec(expression.trim());
  // six fields separated by single spaces (imagebuilder/cron-expressions)
  const fields = m?.[1]?.split(' ') ?? [];
  if (fields.length !== 6) {
    throw new PolicyError(
      path,
      'write cron(<minute> <hour> <day> <month> <day-of-week> <year>), six fields, e.g. cron(0 0 * * ? *)',
    );
  }
  const [minute, hour, day, month, dow, year] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  // one of day and day-of-week must be ? (imagebuilder/cron-expressions)
  if ((day === '?') === (dow === '?')) {
    throw new PolicyError(path, 'exactly one of day and day-of-week must be ?');
  }
  const cron: Cron = {
    minutes: listField(minute, 0, 59, null, path),
    hours: listField(hour, 0, 23, null, path),
    months: listField(month, 1, 12, MONTHS, path),
    years: listField(year, CRON_YEARS.min, CRON_YEARS.max, null, path),
    day: null,
    dow: null,
  };
  if (day !== '?') {
    const w = /^(\d+)W$/.exec(day);
    cron.day = {
      any: day === '*',
      values:
        day === '*' || day === 'L' || day === 'LW' || w !== null
          ? new Set()
          : listField(day, 1, 31, null, path),
      last: day === 'L',
      weekday: w === null ? null : numberIn(w[1] ?? '', 1, 31, null, path),
      lastWeekday: day === 'LW',
    };
  } else {
    const last = /^(\w+)L$/.exec(dow);
    const nth = /^(\w+)#([1-5])$/.exec(dow);
    cron.dow = {
      values: last !== null || nth !== null ? new Set() : listField(dow, 1, 7, DAYS, path),
      lastOf: last === null ? null : numberIn(last[1] ?? '', 1, 7, DAYS, path),
      nth: nth === null ? null : [numberIn(nth[1] ?? '', 1, 7, DAYS, path), Number(nth[2])],
    };
  }
  return cron;
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekdayOf = (y: number, m: number, d: number) =>
  new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 1;

/** The weekday (Mon–Fri) nearest to day n of the month, staying in the month (W). */
function nearestWeekday(y: number, m: number, n: number): number {
  const d = Math.min(n, daysIn(y, m));
  const wd = weekdayOf(y, m, d);
  if (wd === 7) return d === 1 ? 3 : d - 1;
  if (wd === 1) return d === daysIn(y, m) ? d - 2 : d + 1;
  return d;
}

function dayMatches(cron: Cron, y: number, m: number, d: number): boolean {
  if (!cron.years.has(y) || !cron.months.has(m)) return false;
  if (cron.day !== null) {
    const s = cron.day;
    if (s.any) return true;
    if (s.last) return d === daysIn(y, m);
    if (s.lastWeekday) return d === nearestWeekday(y, m, daysIn(y, m));
    if (s.weekday !== null) return d === nearestWeekday(y, m, s.weekday);
    return s.values.has(d);
  }
  const s = cron.dow!;
  const wd = weekdayOf(y, m, d);
  if (s.lastOf !== null) return wd === s.lastOf && d + 7 > daysIn(y, m);
  if (s.nth !== null) return wd === s.nth[0] && Math.ceil(d / 7) === s.nth[1];
  return s.values.has(wd);
}

/** Whether the expression matches the minute that `ms` falls in (UTC). */
export function cronMatchesAt(cron: Cron, ms: number): boolean {
  const t = new Date(ms);
  return (
    cron.minutes.has(t.getUTCMinutes()) &&
    cron.hours.has(t.getUTCHours()) &&
    dayMatches(cron, t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
  );
}

/** The first matching minute strictly after `ms`, within `years` years, or null. */
export function nextMatch(cron: Cron, ms: number, years = 5): number | null {
  const start = new Date(Math.floor(ms / 60_000) * 60_000 + 60_000);
  const hours = [...cron.hours].sort((a, b) => a - b);
  const minutes = [...cron.minutes].sort((a, b) => a - b);
  for (let i = 0; i <= years * 366; i++) {
    const day = new Date(
      Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + i),
    );
    if (!dayMatches(cron, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate())) continue;
    for (const h of hours) {
      for (const mi of minutes) {
        const at = day.getTime() + h * 3_600_000 + mi * 60_000;
        if (at >= start.getTime()) return at;
      }
    }
  }
  return null;
}
