/**
 * Step 6: credit lines — "(Source: … agencies)", "… contributed to this story from X", "Reporting by …; Editing by …",
 * "Additional reporting by …. Quotes translated from … by …" (several credit sentences on one line), "Copyright …",
 * "All rights reserved", and a wire's name alone in brackets at the head or foot ("(Harbour Wire Service)").
 * They go to `credits`. A credit such as "NPR's Jane Roe contributed to this story" names the outlet (when none
 * was given); a wire in brackets does not (a paper that runs a wire story is still the outlet).
 */
import { OUTLET, PEOPLE } from './names.ts';
import { words } from './shape.ts';
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
const COPYRIGHT = /^(?:Copyright\b|©|\(c\)\s)|\bAll rights reserved\.?\)?$/i;
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
function creditSentences(line: string): string[] {
  return line.split(/(?<=[^\s.]{2}\.)\s+(?=\p{Lu})/u).map((x) => x.trim()).filter(Boolean);
}

/**
 * "Reporting by A in B; editing by C staff.", "Additional reporting by A. Quotes translated from X by B.": each
 * sentence is a credit, and after the verbs come only names, places and linking words.
 */
function isPeopleCredit(line: string): boolean {
  if (!creditSentences(line).every((x) => PEOPLE_CREDIT.test(x) || TRANSLATION_CREDIT.test(x))) return false;
  return words(line).every((w) => {
    const bare = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    return bare === '' || /^\p{Lu}/u.test(bare) || CREDIT_WORDS.has(bare.toLowerCase());
  });
}

/** Several words all in capitals, or a full stop at the end, read as a stage direction ("(END VIDEO CLIP.)"). */
function isStageDirection(line: string): boolean {
  const ws = words(line);
  return /\.\s*\)$/.test(line) || (ws.length > 1 && ws.every((w) => !/\p{Ll}/u.test(w)));
}

function isWireCredit(line: string): boolean {
  return WIRE_IN_BRACKETS.test(line) && words(line).length <= WIRE_CREDIT_MAX_WORDS && !isStageDirection(line);
}

function isCredit(line: string): boolean {
  const shaped = SOURCE.test(line) || CONTRIBUTED.test(line) || isPeopleCredit(line) || COPYRIGHT.test(line);
  return shaped && words(line).length <= CREDIT_MAX_WORDS;
}

export function takeCredits(s: CleanState): void {
  for (const i of edgeLines(s)) {
    if (!s.gone[i] && isWireCredit(s.lines[i]!.trim())) s.credits.push(removeLine(s, i, 'credit'));
  }
  for (const i of liveLines(s)) {
    const line = s.lines[i]!.trim();
    if (!isCredit(line)) continue;
    s.credits.push(removeLine(s, i, 'credit'));
    const outlet = CONTRIBUTED.test(line) ? OUTLET_CREDIT.exec(line) : null;
    if (outlet && !s.outlet) s.outlet = outlet[1]!.trim();
  }
}
