/**
 * Resolving a partial date against the article date (DCT) and a direction: which year a "May 12" is in,
 * which Friday a "Friday" is, which summer "last summer" is. Pure functions of their arguments.
 */
import { dayOf, fromMonthIndex, monthIndex, weekday, ymd, type Day } from './calendar.ts';
import type { Direction } from './tense.ts';

export type Dir = Direction | 'present' | null;

/** How far a written date may sit on the "wrong" side of the article date before the tense moves its year. */
const TENSE_SLACK_DAYS = 60;

/** The weekday `wd` (1–7) nearest the DCT in the given direction; the DCT itself when it is that weekday. */
export function resolveWeekday(dct: Day, wd: number, dir: Dir, explicit: 'last' | 'next' | 'this' | null): Day {
  const today = weekday(dct);
  const back = (today - wd + 7) % 7;
  const ahead = (wd - today + 7) % 7;
  const before = dct - (back === 0 ? 7 : back);
  const after = dct + (ahead === 0 ? 7 : ahead);
  if (explicit === 'last') return before;
  if (explicit === 'next') return after;
  if (explicit === 'this') return dct + (wd - today);
  if (wd === today) return dct;
  if (dir === 'past') return before;
  if (dir === 'future') return after;
  // A present tense ("the vote is on Friday") takes the nearest; with no cue at all, news reports mostly what has
  // happened, so the one before, except the day after the article date ("talks on Friday" in Thursday's paper).
  if (dir === 'present') return dct - before <= after - dct ? before : after;
  return after - dct === 1 ? after : before;
}

/** The year of a month (and day) written without one: the occurrence the direction points to, else the nearest. */
export function resolveYear(dct: Day, month: number, day: number | null, dir: Dir): number {
  const { y } = ymd(dct);
  const candidates = [y - 1, y, y + 1];
  const at = (yr: number): number => dayOf(yr, month, day ?? 15) ?? dayOf(yr, month, 28)!;
  const dctMonth = monthIndex(y, ymd(dct).m);
  if (day === null) {
    if (dir === 'past') {
      for (const c of [y, y - 1]) if (monthIndex(c, month) <= dctMonth) return c;
    }
    if (dir === 'future') {
      for (const c of [y, y + 1]) if (monthIndex(c, month) >= dctMonth) return c;
    }
  }
  let best = y;
  let bestGap = Infinity;
  for (const c of candidates) {
    const gap = Math.abs(day === null ? monthIndex(c, month) - dctMonth : at(c) - dct);
    if (gap < bestGap) { best = c; bestGap = gap; }
  }
  // A written month and day is the nearest occurrence ("extended to Nov. 20" in a paper of Nov. 2), unless the
  // tense points the other way and the nearest one is more than a month off on the wrong side.
  if (day !== null) {
    if (dir === 'past' && at(best) - dct > TENSE_SLACK_DAYS) return best - 1;
    if (dir === 'future' && dct - at(best) > TENSE_SLACK_DAYS) return best + 1;
  }
  return best;
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasonCode(word: string): Season {
  const w = word.toLowerCase();
  if (w === 'spring') return 'SP';
  if (w === 'summer') return 'SU';
  if (w === 'winter') return 'WI';
  return 'FA';
}

/** The year of a season: 'last' = the latest one over before the DCT, 'next' = the first one starting after. */
export function resolveSeasonYear(dct: Day, s: Season, which: 'last' | 'next' | 'this' | Dir): number {
  const { y, m } = ymd(dct);
  const now = monthIndex(y, m);
  const start = (yr: number): number => monthIndex(yr, SEASON_START[s]);
  if (which === 'last' || which === 'past') {
    for (let yr = y; yr >= y - 2; yr--) if (start(yr) + 3 <= now) return yr;
  }
  if (which === 'next' || which === 'future') {
    for (let yr = y - 1; yr <= y + 1; yr++) if (start(yr) > now) return yr;
  }
  // this season: the one under way, else this calendar year's.
  for (let yr = y - 1; yr <= y; yr++) if (start(yr) <= now && now < start(yr) + 3) return yr;
  return y;
}

/** Month arithmetic: the month `delta` months from the DCT's month. */
export function shiftMonth(dct: Day, delta: number): { y: number; m: number } {
  const { y, m } = ymd(dct);
  return fromMonthIndex(monthIndex(y, m) + delta);
}

/** The Saturday of the weekend before the DCT (this weekend when the DCT is on it), or after. */
export function weekendSaturday(dct: Day, dir: 'past' | 'future'): Day {
  const wd = weekday(dct);
  if (wd >= 6) return dct - (wd - 6);
  return dir === 'past' ? dct - (wd + 1) : dct + (6 - wd);
}
