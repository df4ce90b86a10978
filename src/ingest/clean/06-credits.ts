/**
 * Step 6: credit lines — "(Source: … agencies)", "… contributed to this story from X", "Reporting by …; Editing by …",
 * "Additional reporting by …", "Copyright …", "All rights reserved". They go to `credits`. A credit such as
 * "NPR's Jane Roe contributed to this story" names the outlet (when none was given).
 */
import { OUTLET, PEOPLE } from './names.ts';
import { words } from './shape.ts';
import { liveLines, removeLine, type CleanState } from './state.ts';

const SOURCE = /^(?:\(\s*(?:Sources?\s*:?|With inputs? from|Inputs? from|With (?:additional )?reporting from)\s+[^()]{1,120}\)|(?:Sources?\s*:|With inputs? from|Inputs? from|With (?:additional )?reporting from)\s+[^()]{1,120})\.?$/i;
const CONTRIBUTED = /\bcontributed(?: (?:to )?(?:this|the) (?:story|report|article|piece|coverage|reporting)| reporting)(?:\s+(?:from|in)\s+[^.;]{1,60})?\.?\)?$/i;
const PEOPLE_CREDIT = /^\(?\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|edited|written|compiled|compilation|research|graphics?|production|produced|photography|video)(?:\s+and\s+(?:reporting|writing|editing))?\s+by\s+\p{Lu}/iu;
const COPYRIGHT = /^(?:Copyright\b|©|\(c\)\s)|\bAll rights reserved\.?\)?$/i;
const OUTLET_CREDIT = new RegExp(`^\\(?\\s*(${OUTLET})['’]s?\\s+${PEOPLE}\\s+contributed\\b`, 'u');

/** Longest credit line, in words. */
export const CREDIT_MAX_WORDS = 60;
const CREDIT_WORDS = new Set(['and', 'in', 'from', 'at', 'by', 'with', 'additional', 'further', 'reporting', 'writing',
  'editing', 'edited', 'written', 'compiled', 'compilation', 'research', 'graphics', 'graphic', 'production', 'produced',
  'photography', 'video', 'the', 'of', 'for', 'de', 'van', 'von', 'al', 'bin', 'el', 'da', 'di']);

/** "Reporting by A in B; Editing by C": after the verbs, only names, places and linking words. */
function isPeopleCredit(line: string): boolean {
  if (!PEOPLE_CREDIT.test(line)) return false;
  return words(line).every((w) => {
    const bare = w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
    return bare === '' || /^\p{Lu}/u.test(bare) || CREDIT_WORDS.has(bare.toLowerCase());
  });
}

function isCredit(line: string): boolean {
  const shaped = SOURCE.test(line) || CONTRIBUTED.test(line) || isPeopleCredit(line) || COPYRIGHT.test(line);
  return shaped && words(line).length <= CREDIT_MAX_WORDS;
}

export function takeCredits(s: CleanState): void {
  for (const i of liveLines(s)) {
    const line = s.lines[i]!.trim();
    if (!isCredit(line)) continue;
    s.credits.push(removeLine(s, i, 'credit'));
    const outlet = CONTRIBUTED.test(line) ? OUTLET_CREDIT.exec(line) : null;
    if (outlet && !s.outlet) s.outlet = outlet[1]!.trim();
  }
}
