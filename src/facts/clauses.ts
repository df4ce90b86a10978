/**
 * A sentence → its clauses, where one sentence carries several statements: cut at "; ", ", while", ", whereas",
 * ", but", ", although" and at ", and" when a new subject and verb follow. Never inside a quotation.
 */
import type { Doc, Sentence } from '../doc/types.ts';

const CUT_AFTER_COMMA = new Set(['while', 'whereas', 'but', 'although', 'though', 'yet']);
/** Words that open a clause without adding to what it says. */
const OPENERS = new Set(['but', 'and', 'meanwhile', 'however', 'yet', 'still', 'while', 'whereas', 'although', 'though', 'so', 'also', 'instead']);
/** A clause shorter than this many tokens stays with its neighbour. */
const MIN_CLAUSE_TOKENS = 4;

const OPEN_QUOTES = new Set(['“', '‘', '«']);
const CLOSE_QUOTES = new Set(['”', '’', '»']);

export interface Clause {
  tokenStart: number;
  tokenEnd: number;
}

function newSubjectFollows(doc: Doc, k: number, end: number): boolean {
  const t = doc.tokens[k];
  if (!t || !['PROPN', 'PRON', 'DET', 'NOUN', 'ADJ'].includes(t.pos)) return false;
  for (let j = k; j < Math.min(end, k + 8); j++) {
    const x = doc.tokens[j]!;
    if (x.pos === 'PUNCT') return false;
    if (x.pos === 'VERB' || x.pos === 'AUX') return j > k;
  }
  return false;
}

export function splitClauses(doc: Doc, s: Sentence): Clause[] {
  const cuts: { at: number; skip: number }[] = [];
  let inQuote = false;
  let straight = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!.text;
    if (OPEN_QUOTES.has(t)) inQuote = true;
    else if (CLOSE_QUOTES.has(t)) inQuote = false;
    else if (t === '"') { straight = !straight; }
    if (inQuote || straight) continue;
    if (t === ';') { cuts.push({ at: k, skip: 1 }); continue; }
    if (t !== ',') continue;
    const next = doc.tokens[k + 1]?.text.toLowerCase() ?? '';
    if (CUT_AFTER_COMMA.has(next)) cuts.push({ at: k, skip: 2 });
    else if (next === 'and' && newSubjectFollows(doc, k + 2, s.tokenEnd)) cuts.push({ at: k, skip: 2 });
  }
  const out: Clause[] = [];
  let start = s.tokenStart;
  for (const c of cuts) {
    if (c.at - start >= MIN_CLAUSE_TOKENS && s.tokenEnd - (c.at + c.skip) >= MIN_CLAUSE_TOKENS) {
      out.push({ tokenStart: start, tokenEnd: c.at });
      start = c.at + c.skip;
    }
  }
  out.push({ tokenStart: start, tokenEnd: s.tokenEnd });
  // trim openers ("But", "Meanwhile,") and a closing full stop from each clause
  return out.map((c) => {
    let a = c.tokenStart;
    let b = c.tokenEnd;
    while (a < b - 1 && (OPENERS.has(doc.tokens[a]!.text.toLowerCase()) || doc.tokens[a]!.text === ',')) a++;
    while (b > a + 1 && /^[.;,:!?]$/.test(doc.tokens[b - 1]!.text)) b--;
    return { tokenStart: a, tokenEnd: b };
  });
}
