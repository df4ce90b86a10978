/** Clock times joined with the day beside them ("10 a.m. Friday", "Friday at 3:30 p.m."). */
import { formatDay, pad2, type Day } from './calendar.ts';
import type { Candidate } from './candidate.ts';

/** A clock time and a day join across at most this: "Friday at 10 a.m.", "10 a.m. EDT on Friday", "(0735 GMT)". */
const CLOCK_DAY_GAP = /^\s*(?:\([^()]{0,24}\)\s*)?(?:,\s*)?(?:on\s+|at\s+|,\s*)?$/i;
/** How far back in its sentence a lone clock time looks for its day. */
const CLOCK_SENTENCE_CHARS = 120;

/** A clock time given in UTC ("18:00 UTC", "0735 GMT", "(GMT)"): TIMEX3 marks it with Z. */
const UTC_ZONE = /\b(?:UTC|GMT)\)?$/;

function clockValue(day: Day | null, minutes: number, utc: boolean): string {
  const hm = `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
  return `${day === null ? 'XXXX-XX-XX' : formatDay(day)}T${hm}${utc ? 'Z' : ''}`;
}

/** Joins clock times with the day beside them; a lone clock time takes the article date. */
export function joinClocks(text: string, list: Candidate[], dct: Day | null): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c.kind !== 'clock') { out.push(c); continue; }
    const utc = UTC_ZONE.test(text.slice(c.start, c.end));
    const prev = out[out.length - 1];
    const next = list[i + 1];
    if (next && next.kind === 'day' && CLOCK_DAY_GAP.test(text.slice(c.end, next.start))) {
      out.push({ ...next, start: c.start, value: clockValue(next.day ?? null, c.minutes!, utc), type: 'TIME', kind: 'other' });
      i++;
    } else if (prev && prev.kind === 'day' && CLOCK_DAY_GAP.test(text.slice(prev.end, c.start))) {
      out[out.length - 1] = { ...prev, end: c.end, value: clockValue(prev.day ?? null, c.minutes!, utc), type: 'TIME', kind: 'other' };
    } else {
      // A clock time away from any day ("… on Tuesday in Everett at 18:00 UTC") takes the day named in its
      // sentence just before it, else the article date.
      let near: Candidate | undefined;
      for (let j = out.length - 1; j >= 0 && c.start - out[j]!.end <= CLOCK_SENTENCE_CHARS; j--) {
        const p = out[j]!;
        if (p.kind === 'day' && !/[.!?]\s/.test(text.slice(p.end, c.start))) { near = p; break; }
      }
      out.push({ ...c, value: clockValue(near?.day ?? dct, c.minutes!, utc), kind: 'other' });
    }
  }
  return out;
}

