/**
 * Names that look like times: a programme or paper in quotes written in title case ("This Week", "60 Minutes",
 * "48 Hours"), and "Today" written with a capital after a name ("USA Today", "VOA Today").
 */
import type { Candidate } from './candidate.ts';

/** Opening quote marks: " “ ' ‘ and the doubled `` / '' of wire copy. */
const isQuote = (c: number): boolean => c === 34 || c === 0x201c || c === 39 || c === 0x2018 || c === 96;

/** Words that are capitalised anyway (weekdays, months, holidays), so a capital there says nothing. */
const PROPER = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|^(?:Christmas|Easter|Thanksgiving|Eve|Day|New|Year['’]s)$/;

/** "This Week" right after a quote mark, each word capitalised and one that news would not capitalise. */
function quotedTitle(text: string, c: Candidate): boolean {
  if (c.start === 0 || !isQuote(text.charCodeAt(c.start - 1))) return false;
  const words = text.slice(c.start, c.end).split(/[\s-]+/);
  if (words.length < 2) return false;
  let common = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const first = w.charCodeAt(0);
    if (first >= 97 && first <= 122) return false;
    if (i > 0 && first >= 65 && first <= 90 && !PROPER.test(w) && /[a-z]/.test(w)) common = true;
  }
  return common;
}

/** "USA Today": "Today" with a capital after a capitalised word inside a sentence. */
function todayName(text: string, c: Candidate): boolean {
  if (c.end - c.start !== 5 || text.charCodeAt(c.start) !== 84 /* T */ || text.slice(c.start, c.end) !== 'Today') return false;
  const m = /(^|[.!?:"“”]\s*|\s)([A-Z][A-Za-z]*)\s+$/.exec(text.slice(Math.max(0, c.start - 30), c.start));
  return m !== null && m[1] !== '' && !/[.!?:"“”]/.test(m[1]!);
}

/** The list without the names that only look like times. */
export function dropTitles(text: string, list: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    const drop = quotedTitle(text, c) || todayName(text, c);
    if (drop) out ??= list.slice(0, i);
    else if (out) out.push(c);
  }
  return out ?? list;
}
