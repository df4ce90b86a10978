/**
 * Step 2: date lines at the head or foot — "Updated May 15, 2025 at 5:56 PM EDT", "Published 3:04 PM GMT, Tue 6 May
 * 2025", "Last updated: …", or a bare "Thursday, May 15, 2025". The whole line must be date words, so a sentence
 * that starts with "Updated figures show …" stays. Dates are kept; first-published wins over updated.
 */
import { findDate, MONTH_NAME, WEEKDAY_NAME } from './dates.ts';
import { edgeLines, headLines, removeLine, type CleanState } from './state.ts';

const KEYWORD = /\b(?:(?:last|first|originally)\s+)?(updated|modified|edited|published|posted|created)\b(?:\s+(?:on|at))?\s*:?/gi;
const UPDATE_WORDS = new Set(['updated', 'modified', 'edited']);

const wordsRe = (parts: string[], flags: string) =>
  new RegExp(parts.map((p) => `(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`).join('|'), flags);

/** Words a date line may hold (any case). */
const DATE_WORDS = wordsRe([
  '\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?',
  '\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?',
  '\\d{1,4}(?:st|nd|rd|th)?',
  '[ap]\\.?m\\.?',
  MONTH_NAME, WEEKDAY_NAME,
  '(?:UTC|GMT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?',
  'at', 'on', 'and', 'the', 'of', 'ago', 'hours?', 'hrs?', 'minutes?', 'mins?', 'days?', 'today', 'yesterday',
], 'giu');
/** Time-zone abbreviations (upper case only: EDT, CEST, IST). */
const ZONES = wordsRe(['[A-Z]{2,5}'], 'gu');

/** Longest date line, in characters. */
export const DATE_LINE_MAX_CHARS = 120;

export function isDateLine(line: string): boolean {
  if (line.length > DATE_LINE_MAX_CHARS) return false;
  const rest = line.replace(KEYWORD, ' ').replace(DATE_WORDS, ' ').replace(ZONES, ' ');
  return /^[\s|,.\-–—/()·•:]*$/.test(rest);
}

export function takeUpdatedLines(s: CleanState): void {
  const head = new Set(headLines(s));
  for (const i of edgeLines(s)) {
    const line = s.lines[i]!.trim();
    if (!/\d/.test(line) || !isDateLine(line)) continue;
    const keywords = [...line.matchAll(KEYWORD)];
    if (keywords.length === 0) {
      // A bare date at the foot is often a correction's date, not the article's: only the head's counts.
      if (!head.has(i)) continue;
      const date = findDate(line);
      if (!date) continue;
      s.dates.push({ date, updated: false });
      removeLine(s, i, 'date-head');
      continue;
    }
    keywords.forEach((k, n) => {
      const date = findDate(line.slice(k.index! + k[0].length, keywords[n + 1]?.index ?? line.length));
      if (date) s.dates.push({ date, updated: UPDATE_WORDS.has(k[1]!.toLowerCase()) });
    });
    removeLine(s, i, 'updated');
  }
}
