/**
 * The second day of a coordinated pair or range: "on April 24 and 25", "from May 3 to 5", "June 10-12". The day
 * number after the date is a date of its own, in the same month (and the year written after it, which the first
 * date takes too: "March 3 and 4, 2023").
 */
import { dayOf, formatDay, ymd } from './calendar.ts';
import type { Candidate } from './candidate.ts';

/** What joins the two days, the second day, and an optional year after it. */
const SECOND_DAY = /^\s*(?:and|or|to|through|thru|until|-|–|—)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![-–.,:]?\d)(?:\s*,\s*(\d{4})\b)?/;
/** A count or a measure after the number: "between May 3 and 5 percent" holds no second day. */
const NOT_A_DAY = /^\s*(?:%|percent|per\s?cent|[a-z]+s\b|[A-Z][a-z]+\b|(?:hour|day|week|month|year|mile|point|time|am|pm|a\.m|p\.m)\b)/;

/** A date of day granularity whose text ends in its day number (no year written after it). */
function endsInDayNumber(text: string, c: Candidate): boolean {
  const last = text.charCodeAt(c.end - 1);
  if (last >= 48 && last <= 57) {
    // "May 12" but not "May 12, 2024" (a year closes the date) nor "2024-05-12".
    const before = text.charCodeAt(c.end - 3);
    const before2 = text.charCodeAt(c.end - 4);
    return !(before >= 48 && before <= 57 && before2 >= 48 && before2 <= 57) && !/\d{4}$|[-/]\d{1,2}$/.test(text.slice(c.start, c.end));
  }
  // "May 12th".
  return /\d(?:st|nd|rd|th)$/.test(text.slice(Math.max(c.start, c.end - 4), c.end));
}

/** The first date (its year set when one follows the second day) and the second day, or null when there is none. */
function secondDay(text: string, c: Candidate, next: Candidate | undefined): [Candidate, Candidate] | null {
  if (c.kind !== 'day' || c.day == null || c.type !== 'DATE') return null;
  // The joining word or dash comes first: check one character before slicing.
  const k = text.charCodeAt(c.end) === 32 ? text.charCodeAt(c.end + 1) : text.charCodeAt(c.end);
  if (k !== 97 /* a */ && k !== 111 /* o */ && k !== 116 /* t */ && k !== 117 /* u */ && k !== 45 && k !== 0x2013 && k !== 0x2014) return null;
  if (!endsInDayNumber(text, c)) return null;
  const m = SECOND_DAY.exec(text.slice(c.end, c.end + 32));
  if (!m) return null;
  const end = c.end + m[0].length;
  if (!m[2] && NOT_A_DAY.test(text.slice(end, end + 12))) return null;
  if (next && next.start < end) return null;
  const first = ymd(c.day);
  const d = Number(m[1]);
  // A pair or a range runs forward: "May 12 and 5 others" is no date.
  if (d <= first.d) return null;
  const year = m[2] ? Number(m[2]) : first.y;
  const second = dayOf(year, first.m, d);
  const firstDay = dayOf(year, first.m, first.d);
  if (second === null || firstDay === null) return null;
  const start = c.end + m.index + m[0].search(/\d/);
  const head = firstDay === c.day ? c : { ...c, day: firstDay, value: formatDay(firstDay) };
  return [head, { start, end, value: formatDay(second), type: 'DATE', kind: 'day', day: second, prio: c.prio }];
}

/** Adds the second day after each "<month> <day>" that has one; the list stays in text order. */
export function coordinatedDays(text: string, list: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    const pair = secondDay(text, c, list[i + 1]);
    if (pair === null) { if (out) out.push(c); continue; }
    out ??= list.slice(0, i);
    out.push(pair[0], pair[1]);
  }
  return out ?? list;
}

/** What joins the two ends of a range: "Friday through Sunday", "Monday-Wednesday" ("and" gives no order). */
const JOIN = /^\s*(?:-|–|—|to|through|thru|until|till)\s*$/i;
const WEEKDAY_ONLY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/**
 * A weekday ending a range runs forward from its start: "from Friday through Sunday" in a Thursday paper is
 * the coming Sunday, not the last one, whatever the tense read for each alone.
 */
export function weekdaysInOrder(text: string, list: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 1; i < list.length; i++) {
    const a = (out ?? list)[i - 1]!;
    const b = list[i]!;
    if (a.kind !== 'day' || b.kind !== 'day' || a.day == null || b.day == null || b.day >= a.day) continue;
    if (b.start - a.end > 10 || !JOIN.test(text.slice(a.end, b.start)) || !WEEKDAY_ONLY.test(text.slice(b.start, b.end))) continue;
    let day = b.day;
    while (day < a.day) day += 7;
    out ??= list.slice();
    out[i] = { ...b, day, value: formatDay(day) };
  }
  return out ?? list;
}
