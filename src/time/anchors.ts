/**
 * Expressions resolved against other expressions of the same text: "the eve of May 15", "the day after Friday",
 * "on the eve of the talks" (the date the text gives the talks), "a year earlier" (the quarter just named),
 * "later that year" / "the next morning" / "two days later" (the last date given).
 */
import { dayOf, formatDay, formatWeek, pad2, weekday, ymd, type Day } from './calendar.ts';
import type { Candidate } from './candidate.ts';
import type { Window } from './gate.ts';

/** "a year earlier" compares quarters only when a quarter was named this close before it. */
const QUARTER_VALUE = /^\d{4}-Q[1-4]$/;
const QUARTER_ANCHOR_CHARS = 400;

/** What \s matches. */
function isWhite(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** "the eve of May 15" → May 14; "the day after Friday's vote" → Saturday; "the week of March 6" → that week. */
export function anchoredToDay(text: string, list: Candidate[]): Candidate[] {
  return list.map((c) => {
    if (c.kind !== 'day' || c.day == null) return c;
    // Every form ends in "of", "before" or "after" and a space: look at that letter before slicing.
    let i = c.start - 1;
    while (i > 0 && isWhite(text.charCodeAt(i))) i--;
    const last = text.charCodeAt(i) | 32;
    if (i === c.start - 1 || (last !== 102 /* f */ && last !== 101 /* e */ && last !== 114 /* r */)) return c;
    const before = text.slice(Math.max(0, c.start - 20), c.start);
    const m = /\bthe\s+(eve|day\s+before|day\s+after|week)\s+of\s+$|\bthe\s+(day\s+before|day\s+after)\s+$/i.exec(before);
    if (!m) return c;
    const how = (m[1] ?? m[2]!).toLowerCase().replace(/\s+/g, ' ');
    const start = c.start - m[0].length;
    if (how === 'week') return { ...c, start, value: formatWeek(c.day), kind: 'other' as const };
    const day = c.day + (how === 'day after' ? 1 : -1);
    return { ...c, start, day, value: formatDay(day) };
  });
}

/**
 * "a year earlier": in a report that has just named a quarter, the same quarter a year before (the quarter mentioned most
 * so far, the nearest on a tie: a forecast for another quarter does not move it); else the year before the article's.
 * "the 2023 period" (YEAR_QUARTER): that quarter in the year it names; else the year alone.
 */
export function yearBefore(list: Candidate[], dct: Day | null = null): Candidate[] {
  const counts = new Map<string, { n: number; last: number }>();
  return list.map((c, i) => {
    // "2024-Q3": seven characters with a Q at the sixth.
    const q = c.value.length === 7 && c.value.charCodeAt(5) === 81 && QUARTER_VALUE.test(c.value);
    // A quarter of a later year is a forecast ("losses through the third quarter of 2026"), not the quarter reported
    // on that "a year earlier" compares with.
    if (q && (dct === null || !laterYear(c.value, dct))) {
      const k = counts.get(c.value) ?? { n: 0, last: 0 };
      counts.set(c.value, { n: k.n + 1, last: i });
    }
    const sameYear = c.value.startsWith('YEAR_QUARTER:');
    if (!sameYear && !c.value.startsWith('YEAR_BEFORE:')) return c;
    const near = list.slice(0, i).some((p) => /^\d{4}-Q[1-4]$/.test(p.value) && c.start - p.end <= QUARTER_ANCHOR_CHARS);
    let best: string | null = null;
    let bestKey = { n: 0, last: -1 };
    for (const [value, k] of counts) {
      if (k.n > bestKey.n || (k.n === bestKey.n && k.last > bestKey.last)) { best = value; bestKey = k; }
    }
    const year = c.value.slice(c.value.indexOf(':') + 1);
    if (best && near) return { ...c, value: `${sameYear ? year : Number(best.slice(0, 4)) - 1}-${best.slice(5)}` };
    return { ...c, value: year };
  });
}

/** True when the quarter "YYYY-Qn" is of a year after the day's. */
function laterYear(value: string, day: Day): boolean {
  return Number(value.slice(0, 4)) > ymd(day).y;
}

/** The sentence around an offset, by its stops (enough for matching words, not for citing). */
function sentenceText(text: string, at: number): string {
  let a = at;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = at;
  while (b < text.length && !/[.!?\n]/.test(text[b]!)) b++;
  return text.slice(a, b);
}

const EVE_OF_EVENT = /\b(?:on\s+)?the\s+eve\s+of\s+(?:the\s+|this\s+|these\s+|a\s+|their\s+|its\s+)?(?:[a-z]+\s+){0,2}?([a-z]{3,})\b/gi;

/**
 * "on the eve of the talks": the day before the date the article gives the talks elsewhere (the date most often
 * found in sentences that name the same noun). Left out when the article never dates that event. `windows`: the
 * stretches where the word "eve" stands (the whole text by default).
 */
export function eveOfEvent(text: string, list: Candidate[], windows: readonly Window[] = [{ start: 0, end: text.length }]): Candidate[] {
  const extra: Candidate[] = [];
  for (const w of windows) for (const m of text.slice(w.start, w.end).matchAll(EVE_OF_EVENT)) {
    const start = w.start + m.index! + (/^on\s+/i.exec(m[0])?.[0].length ?? 0);
    const end = w.start + m.index! + m[0].length;
    if (list.some((c) => c.start < end && start < c.end)) continue;
    const noun = m[1]!.toLowerCase().replace(/s$/, '');
    const nounRe = new RegExp(`\\b${noun}s?\\b`, 'i');
    const votes = new Map<number, number>();
    for (const c of list) {
      if (c.kind !== 'day' || c.day == null || c.start === start) continue;
      if (nounRe.test(sentenceText(text, c.start))) votes.set(c.day, (votes.get(c.day) ?? 0) + 1);
    }
    let best: number | null = null;
    let bestN = 0;
    for (const [day, n] of votes) if (n > bestN) { best = day; bestN = n; }
    if (best === null) continue;
    extra.push({ start, end, value: formatDay(best - 1), type: 'DATE', kind: 'day', day: best - 1, prio: 0 });
  }
  return extra.length ? [...list, ...extra].sort((a, b) => a.start - b.start) : list;
}

/** How far back (characters) an anchored expression looks for the date it leans on. */
const ANCHOR_CHARS = 600;

/** The parts of a resolved value: y, m, d as far as it goes (ISO weeks and vague values give null). */
function partsOf(value: string): { y: number; m?: number; d?: number } | null {
  const p = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(value);
  if (!p) return null;
  return { y: Number(p[1]), m: p[2] ? Number(p[2]) : undefined, d: p[3] ? Number(p[3]) : undefined };
}

/**
 * "the previous Friday": the weekday `wd` before (shift -1) or after (+1) the last day given before it; with none,
 * the day the rule read against the article date (c.day); left out when there is neither.
 */
function weekdayFrom(c: Candidate, before: readonly Candidate[], shift: number, wd: number): Candidate | null {
  // The narrative's day may be far back ("… closed lower Friday. … down 4% from the previous Friday"): no distance limit.
  for (let j = before.length - 1; j >= 0; j--) {
    const p = before[j]!;
    if (p.kind !== 'day' || p.day == null) continue;
    const today = weekday(p.day);
    const gap = shift < 0 ? (today - wd + 7) % 7 || 7 : (wd - today + 7) % 7 || 7;
    const day = p.day + shift * gap;
    return { ...c, day, kind: 'day', value: formatDay(day) };
  }
  return c.day == null ? null : { ...c, kind: 'day', value: formatDay(c.day) };
}

/** "later that year", "the next morning", "two days later": shifted from the last date precise enough. */
export function resolveAnchors(list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    if (!c.value.startsWith('ANCHOR:')) { out.push(c); continue; }
    const [, unit, shiftText, part] = c.value.split(':') as [string, string, string, string | undefined];
    const shift = Number(shiftText);
    let resolved: Candidate | null = null;
    if (unit === 'weekday') {
      resolved = weekdayFrom(c, out, shift, Number(part));
      if (resolved) out.push(resolved);
      continue;
    }
    for (let j = out.length - 1; j >= 0; j--) {
      const p = out[j]!;
      if (c.start - p.end > ANCHOR_CHARS) break;
      const at = partsOf(p.value);
      if (!at) continue;
      if (unit === 'year') { resolved = { ...c, value: String(at.y + shift) }; break; }
      if (unit === 'month' && at.m !== undefined) {
        const idx = at.y * 12 + at.m - 1 + shift;
        resolved = { ...c, value: `${Math.floor(idx / 12)}-${pad2((idx % 12) + 1)}` };
        break;
      }
      if ((unit === 'day' || unit === 'week') && at.d !== undefined) {
        const base = dayOf(at.y, at.m!, at.d);
        if (base === null) break;
        if (unit === 'week') { resolved = { ...c, value: formatWeek(base + 7 * shift) }; break; }
        const day = base + shift;
        resolved = { ...c, day, kind: part ? 'other' : 'day', value: `${formatDay(day)}${part ? `T${part}` : ''}` };
        break;
      }
    }
    if (resolved) out.push(resolved);
    else if (c.fallback) {
      const { fallback, ...rest } = c;
      out.push({ ...rest, end: fallback.end, value: fallback.value, type: fallback.type, kind: 'other' });
    }
  }
  return out;
}

