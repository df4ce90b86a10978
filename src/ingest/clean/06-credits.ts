/**
 * Step 6: credit lines — "(Source: … agencies)", "… contributed to this story from X", "Reporting by …; Editing by …",
 * "Additional reporting by …. Quotes translated from … by …" (several credit sentences on one line), "Copyright …",
 * "All rights reserved", and a wire's name alone in brackets at the head or foot ("(Harbour Wire Service)").
 * They go to `credits`. A credit such as "NPR's Jane Roe contributed to this story" names the outlet (when none
 * was given); a wire in brackets does not (a paper that runs a wire story is still the outlet).
 */
import { OUTLET, PEOPLE } from './names.ts';
import { wordCount, words } from './shape.ts';
import { edgeLines, liveLines, removeLine, type CleanState } from './state.ts';

const SOURCE = /^(?:\(\s*(?:Sources?\s*:?|With inputs? from|Inputs? from|With (?:additional )?reporting from)\s+[^()]{1,120}\)|(?:Sources?\s*:|With inputs? from|Inputs? from|With (?:additional )?reporting from)\s+[^()]{1,120})\.?$/i;
const CONTRIBUTED = /\bcontributed(?: (?:to )?(?:this|the) (?:story|report|article|piece|coverage|reporting)| reporting)(?:\s+(?:from|in)\s+[^.;]{1,60})?\.?\)?$/i;
const PEOPLE_CREDIT = /^\(?\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|edited|written|compiled|compilation|research|graphics?|production|produced|photography|photos?|video|translation|translated)(?:\s+and\s+(?:reporting|writing|editing|translation))?\s+by\s+\p{Lu}/iu;
/** "Quotes translated from Dravanian by …", "Interviews were translated by …". */
const TRANSLATION_CREDIT = /^\(?\s*(?:quotes?|quotations?|interviews?|remarks|comments|text)\s+(?:were\s+|was\s+|have been\s+)?translated\s+(?:from\s+\p{L}+\s+)?(?:(?:in)?to\s+\p{L}+\s+)?by\s+\p{Lu}/iu;
/** A wire's or agency's name alone in brackets: one to five capitalised words ("(Coastal Wire Service)"). */
const WIRE_IN_BRACKETS = /^\(\s*\p{Lu}[\p{L}&.\-]*(?:\s+(?:\p{Lu}[\p{L}&.\-]*|and|of|&|\/))*\s*\)$/u;
/** Most words in a bracketed wire credit. */
export const WIRE_CREDIT_MAX_WORDS = 5;
const STAFF_CREDIT = new RegExp(`\\b(?:[Ee]diting|[Ee]dited|[Pp]roduced|[Cc]ompiled)\\s+by\\s+(${OUTLET})\\s+staff\\b`, 'u');
const OUTLET_CREDIT = new RegExp(`^\\(?\\s*(${OUTLET})['’]s?\\s+${PEOPLE}\\s+contributed\\b`, 'u');

/** Longest credit line, in words. */
export const CREDIT_MAX_WORDS = 60;
const CREDIT_WORDS = new Set(['and', 'in', 'from', 'at', 'by', 'with', 'additional', 'further', 'reporting', 'writing',
  'editing', 'edited', 'written', 'compiled', 'compilation', 'research', 'graphics', 'graphic', 'production', 'produced',
  'photography', 'photo', 'photos', 'video', 'translation', 'translated', 'quote', 'quotes', 'quotation', 'quotations',
  'interview', 'interviews', 'remarks', 'comments', 'text', 'were', 'was', 'have', 'been', 'into', 'to', 'staff',
  'desk', 'wire', 'wires', 'agency', 'agencies', 'services', 'newsroom', 'team', 'the', 'of', 'for', 'de', 'van',
  'von', 'al', 'bin', 'el', 'da', 'di', 'la', 'le', 'du', 'der', 'del', 'dos']);

/** Sentences of a credit line: split after a full stop before a capital, not after an initial ("Peter J. Olsen"). */
const SENTENCE_BREAK = /(?<=[^\s.]{2}\.)\s+(?=\p{Lu})/u;

function creditSentences(line: string): string[] {
  const out: string[] = [];
  for (const part of line.split(SENTENCE_BREAK)) {
    const x = part.trim();
    if (x) out.push(x);
  }
  return out;
}

/**
 * "Reporting by A in B; editing by C staff.", "Additional reporting by A. Quotes translated from X by B.": each
 * sentence is a credit, and after the verbs come only names, places and linking words.
 */
const EDGE_NON_LETTERS = /^[^\p{L}]+|[^\p{L}]+$/gu;
const UPPER_START = /^\p{Lu}/u;

function isPeopleCredit(line: string): boolean {
  // The first sentence starts the line, so the line itself must open like a credit (a cheap test first).
  if (!PEOPLE_CREDIT.test(line) && !TRANSLATION_CREDIT.test(line)) return false;
  for (const x of creditSentences(line)) if (!PEOPLE_CREDIT.test(x) && !TRANSLATION_CREDIT.test(x)) return false;
  for (const w of words(line)) {
    const bare = w.replace(EDGE_NON_LETTERS, '');
    if (!(bare === '' || UPPER_START.test(bare) || CREDIT_WORDS.has(bare.toLowerCase()))) return false;
  }
  return true;
}

/** Several words all in capitals, or a full stop at the end, read as a stage direction ("(END VIDEO CLIP.)"). */
function isStageDirection(line: string): boolean {
  const ws = words(line);
  if (STOP_IN_BRACKET_END.test(line)) return true;
  if (ws.length <= 1) return false;
  for (const w of ws) if (LOWER.test(w)) return false;
  return true;
}

const STOP_IN_BRACKET_END = /\.\s*\)$/;
const LOWER = /\p{Ll}/u;

function isWireCredit(line: string): boolean {
  return line.charCodeAt(0) === 40 /* ( */ && WIRE_IN_BRACKETS.test(line) && wordCount(line) <= WIRE_CREDIT_MAX_WORDS &&
    !isStageDirection(line);
}

/** Necessary for CONTRIBUTED: the word itself, in any case. */
const CONTRIBUTED_WORD = /contributed/i;
/** COPYRIGHT, split: the head part at the line start, the "All rights reserved" part within its last characters. */
const COPYRIGHT_HEAD = /^(?:Copyright\b|©|\(c\)\s)/i;
const RESERVED_TAIL = /\bAll rights reserved\.?\)?$/i;
/** Longest RESERVED_TAIL match plus the character its `\b` looks at. */
const RESERVED_TAIL_CHARS = 22;

function isCopyright(line: string): boolean {
  return COPYRIGHT_HEAD.test(line) ||
    RESERVED_TAIL.test(line.length > RESERVED_TAIL_CHARS ? line.slice(-RESERVED_TAIL_CHARS) : line);
}

function isCredit(line: string): boolean {
  const shaped = SOURCE.test(line) || (CONTRIBUTED_WORD.test(line) && CONTRIBUTED.test(line)) || isPeopleCredit(line) ||
    isCopyright(line);
  return shaped && wordCount(line) <= CREDIT_MAX_WORDS;
}

export function takeCredits(s: CleanState): void {
  for (const i of edgeLines(s)) {
    if (!s.gone[i] && isWireCredit(s.lines[i]!.trim())) s.credits.push(removeLine(s, i, 'credit'));
  }
  for (const i of liveLines(s)) {
    const line = s.lines[i]!.trim();
    if (!isCredit(line)) continue;
    s.credits.push(removeLine(s, i, 'credit'));
    const outlet = CONTRIBUTED_WORD.test(line) && CONTRIBUTED.test(line) ? OUTLET_CREDIT.exec(line) : null;
    if (outlet && !s.outlet) s.outlet = outlet[1]!.trim();
    // "Reporting by a wire; editing by Harbour Ledger staff.": the staff that edited it are the outlet's
    const staff = STAFF_CREDIT.exec(line);
    if (staff && !s.outlet) s.outlet = staff[1]!.trim();
  }
}
