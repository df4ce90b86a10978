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

/**
 * Every run of ASCII letters a date line can hold (a keyword, a date word, a zone in capitals, an ordinal's or a
 * timestamp's letters, "a.m."): a cheap test before the full one. It may let lines through, never holds one back.
 */
const RUN_OK = new RegExp(`^(?:${MONTH_NAME}|${WEEKDAY_NAME}|st|nd|rd|th|[tzapm]|[ap]m|utc|gmt|at|on|and|the|of|ago|hours?|hrs?|minutes?|mins?|days?|today|yesterday|last|first|originally|updated|modified|edited|published|posted|created)$`, 'i');
const ZONE_RUN = /^[A-Z]{2,5}$/;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Characters that match ASCII letters under case folding (long s, Kelvin sign): a word holding one may still fit. */
const foldsToAscii = (c: number) => c === 0x17f || c === 0x212a;

function mayBeDateLine(line: string): boolean {
  const n = line.length;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (foldsToAscii(c)) return true;
    if (!isAsciiLetter(c)) { i++; continue; }
    const start = i;
    while (i < n && isAsciiLetter(line.charCodeAt(i))) i++;
    const run = line.slice(start, i);
    // A run that goes on in a folding character is settled by the full test.
    if (!RUN_OK.test(run) && !ZONE_RUN.test(run) && !(i < n && foldsToAscii(line.charCodeAt(i)))) return false;
  }
  return true;
}

const ONLY_PUNCTUATION = /^[\s|,.\-–—/()·•:]*$/;

export function isDateLine(line: string): boolean {
  if (line.length > DATE_LINE_MAX_CHARS || !mayBeDateLine(line)) return false;
  const rest = line.replace(KEYWORD, ' ').replace(DATE_WORDS, ' ').replace(ZONES, ' ');
  return ONLY_PUNCTUATION.test(rest);
}

const DIGIT = /\d/;

export function takeUpdatedLines(s: CleanState): void {
  const head = new Set(headLines(s));
  for (const i of edgeLines(s)) {
    const line = s.lines[i]!.trim();
    if (line.length > DATE_LINE_MAX_CHARS || !DIGIT.test(line) || !isDateLine(line)) continue;
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
