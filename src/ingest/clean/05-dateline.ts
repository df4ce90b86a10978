/**
 * Step 5: a dateline at the start of the first paragraph — "ISTANBUL:", "KYIV and MOSCOW —", "WASHINGTON (AP) —",
 * "LONDON, May 3 (Reuters) -", "Paris, France –". The place goes to `dateline`, an agency in brackets to `outlet`
 * (when none was given); the sentence stays, minus the dateline.
 */
import { findDate, MONTH_NAME } from './dates.ts';
import { endsSentence, isWordToken, wordCount } from './shape.ts';
import { cutPrefix, liveLines, setLine, type CleanState } from './state.ts';

const UP_WORD = "\\p{Lu}[\\p{Lu}.'’\\-]+";
const UP_PLACE = `${UP_WORD}(?:\\s+${UP_WORD}){0,3}`;
const UP_PLACES = `${UP_PLACE}(?:(?:\\s+(?:and|&)\\s+|\\s*/\\s*)${UP_PLACE})*`;
const CAP_WORD = "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*";
const CAP_PLACE = `${CAP_WORD}(?:\\s+${CAP_WORD}){0,2}`;
const REGION = `,\\s*\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,2}`;
const DATE_PART = `,?\\s*(?:${MONTH_NAME}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH_NAME}(?:\\s+\\d{4})?)`;
const AGENCY = '\\(\\s*(\\p{Lu}[\\p{L}.&\\s\\-]{1,30}?)\\s*\\)';
const NEXT = '(?=[“"‘\'\\p{Lu}\\p{N}])';

/** "ISTANBUL:", "KYIV and MOSCOW —", "LONDON, May 3 (Reuters) -", "KHARTOUM, Sudan —". */
const CAPS = new RegExp(`^\\s*(${UP_PLACES}(?:${REGION})?)(${DATE_PART})?\\s*(?:${AGENCY})?\\s*(?:[—–_]|-{1,2}|:)\\s+${NEXT}`, 'u');
/** "Paris, France –", "Kyiv (Reuters) -": mixed case needs a region or an agency, and a dash. */
const MIXED = new RegExp(`^\\s*(${CAP_PLACE}(?:,\\s*${CAP_PLACE})?)(${DATE_PART})?\\s*(?:${AGENCY})?\\s+(?:[—–]|-{1,2})\\s+${NEXT}`, 'u');

/** "(CNN) —", "(AP) -": an agency with no place. */
const AGENCY_ONLY = new RegExp(`^\\s*${AGENCY}\\s*(?:(?:[—–_]|-{1,2})\\s*)?${NEXT}`, 'u');
/** Words in brackets that open a paragraph but are no agency. */
const NOT_AGENCY = /^(?:Updated?|Corrected|Corrects|Recasts|Adds|Editor|Photo|Video|Image|File|Reuters Photo|AP Photo|Opinion|Analysis)\b/i;

/** Labels that open a paragraph like a dateline but name no place. */
const LABELS = /^(?:BREAKING(?: NEWS)?|BOOM|LOOK|WOW|BUSTED|SHOCK|REVEALED|POLL|BYLINE|DEVELOPING|UPDATE[SD]?|EXCLUSIVE|WATCH|LISTEN|ANALYSIS|OPINION|EDITORIAL|LIVE|VIDEO|PHOTOS?|READ MORE|NOTE|EDITOR'S NOTE|CORRECTION|FILE|COMMENT|REVIEW|INTERVIEW|Q&A|FACT CHECK|EXPLAINER|WARNING|ALERT|URGENT|FLASH)$/;
/** Sentence openers that a mixed-case "Word, Word —" match would otherwise take for a place. */
const OPENERS = /^(?:Meanwhile|However|Still|Yet|Also|Instead|Earlier|Later|Today|Now|Then|Overall|Separately|Elsewhere|Indeed|Finally|First|Second|Third|Moreover|Nevertheless|Nonetheless|Sources|Officials|Critics|Analysts|Experts)\b/;

/** Share of long words capitalised from which a line is a Title Case headline, never a lead sentence. */
export const TITLE_CASE_SHARE = 0.75;
/** A "PLACE:" dateline (no agency, no date) needs this many words after it: a label opens a short headline. */
export const COLON_DATELINE_MIN_WORDS = 6;

const NON_LETTERS = /[^\p{L}]/gu;
const FIRST_LETTER_UPPER = /^[^\p{L}]*\p{Lu}/u;

/**
 * JavaScript's `\s` by character code (as `isSpaceCode` in shape.ts; a local copy, as this runs per character and a
 * call into another module goes through an accessor).
 */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Of the words with four letters or more, the share that start (at their first letter) with a capital. Tokens in
 * ASCII are read by character code; others by the patterns.
 */
function isTitleCase(line: string): boolean {
  let long = 0;
  let upper = 0;
  const n = line.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(line.charCodeAt(i))) i++;
    const start = i;
    let ascii = true;
    let letters = 0;
    let firstLetter = 0;
    for (; i < n; i++) {
      const c = line.charCodeAt(i);
      if (isSpace(c)) break;
      if (c >= 128) ascii = false;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { letters++; if (firstLetter === 0) firstLetter = c; }
    }
    if (i === start) break;
    if (ascii) {
      if (letters < 4) continue;
      long++;
      if (firstLetter <= 90) upper++;
      continue;
    }
    const w = line.slice(start, i);
    if (!isWordToken(w) || w.replace(NON_LETTERS, '').length < 4) continue;
    long++;
    if (FIRST_LETTER_UPPER.test(w)) upper++;
  }
  return long >= 3 && upper / long >= TITLE_CASE_SHARE;
}

/** A dateline ends within this many characters of the line start: only that much is searched. */
export const DATELINE_MAX_CHARS = 90;

function matchDateline(line: string): { length: number; place: string; date?: string; agency?: string } | null {
  const head = line.slice(0, DATELINE_MAX_CHARS);
  const caps = CAPS.exec(head);
  if (caps && isTitleCase(line.slice(caps[0].length))) return null;
  const weakColon = caps && !caps[2] && !caps[3] && caps[0].trimEnd().endsWith(':') &&
    (caps[1]!.replace(NON_LETTERS, '').length < 3 || wordCount(line.slice(caps[0].length)) < COLON_DATELINE_MIN_WORDS);
  if (caps && !weakColon && !LABELS.test(caps[1]!.trim())) {
    return { length: caps[0].length, place: caps[1]!.trim(), date: caps[2], agency: caps[3] };
  }
  const agencyOnly = AGENCY_ONLY.exec(head);
  if (agencyOnly && !NOT_AGENCY.test(agencyOnly[1]!)) return { length: agencyOnly[0].length, place: '', agency: agencyOnly[1] };
  const mixed = MIXED.exec(head);
  if (mixed && !isTitleCase(line.slice(mixed[0].length)) && !OPENERS.test(mixed[1]!) && (mixed[1]!.includes(',') || mixed[3])) {
    return { length: mixed[0].length, place: mixed[1]!.trim(), date: mixed[2], agency: mixed[3] };
  }
  return null;
}

export function takeDateline(s: CleanState): void {
  const live = liveLines(s);
  // The first paragraph; or the second when the first does not end as a sentence (an unrecognised heading).
  const candidates = live[0] !== undefined && !endsSentence(s.lines[live[0]]!) ? live.slice(0, 2) : live.slice(0, 1);
  for (const i of candidates) {
    const found = matchDateline(s.lines[i]!);
    if (!found) continue;
    const leading = s.lines[i]!.length - s.lines[i]!.trimStart().length;
    setLine(s, i, s.lines[i]!.slice(leading));
    cutPrefix(s, i, found.length - leading, 'dateline');
    s.dateline = found.place || null;
    if (found.agency && !s.outlet) s.outlet = found.agency.trim();
    const date = found.date ? findDate(found.date) : null;
    if (date) s.dates.push({ date, updated: false });
    return;
  }
}
