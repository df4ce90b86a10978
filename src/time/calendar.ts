/**
 * Calendar arithmetic on plain dates (no clock, no time zone): day numbers, weekdays, ISO weeks, quarters.
 * A `Day` is the number of days since 1970-01-01 (UTC), so adding days is adding integers.
 */

export type Day = number;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** "2025-05-15" (or a longer ISO string) → Day; null when it is not a real date. */
export function parseDay(iso: string | null | undefined): Day | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (no range check; integer arithmetic only). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The Day of a calendar date, or null when the date does not exist (Feb 30). */
export function dayOf(y: number, m: number, d: number): Day | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!)) return null;
  return daysFromCivil(y, m, d);
}

export function ymd(day: Day): Ymd {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(day: Day): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export const pad2 = (n: number): string => (n >= 0 && n < 10 ? `0${n}` : String(n));
export const pad4 = (n: number): string => (n >= 1000 ? String(n) : String(n).padStart(4, '0'));

/** Days already written (the days a text names cluster around its date); bounded, so a long run only starts over. */
const DAY_TEXT = new Map<Day, string>();
const WEEK_TEXT = new Map<Day, string>();
const MAX_CACHED = 4096;

export function formatDay(day: Day): string {
  let s = DAY_TEXT.get(day);
  if (s === undefined) {
    const { y, m, d } = ymd(day);
    s = `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
    if (DAY_TEXT.size >= MAX_CACHED) DAY_TEXT.clear();
    DAY_TEXT.set(day, s);
  }
  return s;
}

export function formatMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

/** ISO week of a day: { year, week }. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = day - weekday(day) + 4;
  const year = ymd(thursday).y;
  const jan1 = dayOf(year, 1, 1)!;
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

export function formatWeek(day: Day): string {
  let s = WEEK_TEXT.get(day);
  if (s === undefined) {
    const { year, week } = isoWeek(day);
    s = `${pad4(year)}-W${pad2(week)}`;
    if (WEEK_TEXT.size >= MAX_CACHED) WEEK_TEXT.clear();
    WEEK_TEXT.set(day, s);
  }
  return s;
}

export const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

/** Months since year 0, for month arithmetic. */
export const monthIndex = (y: number, m: number): number => y * 12 + (m - 1);
export const fromMonthIndex = (i: number): { y: number; m: number } => ({ y: Math.floor(i / 12), m: (i % 12) + 1 });
