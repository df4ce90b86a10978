/**
 * Calendar arithmetic on plain dates (no clock, no time zone): day numbers, weekdays, ISO weeks, quarters.
 * A `Day` is the number of days since 1970-01-01 (UTC), so adding days is adding integers.
 */

export type Day = number;

const MS_PER_DAY = 86_400_000;

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

/** The Day of a calendar date, or null when the date does not exist (Feb 30). */
export function dayOf(y: number, m: number, d: number): Day | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.floor(ms / MS_PER_DAY);
}

export function ymd(day: Day): Ymd {
  const t = new Date(day * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(day: Day): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const pad4 = (n: number): string => String(n).padStart(4, '0');

export function formatDay(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
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
  const { year, week } = isoWeek(day);
  return `${pad4(year)}-W${pad2(week)}`;
}

export const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

/** Months since year 0, for month arithmetic. */
export const monthIndex = (y: number, m: number): number => y * 12 + (m - 1);
export const fromMonthIndex = (i: number): { y: number; m: number } => ({ y: Math.floor(i / 12), m: (i % 12) + 1 });
