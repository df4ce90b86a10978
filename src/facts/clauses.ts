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
  /** Opens with a verb whose subject is the previous clause's ("… was lowered by 4 metres and must fall …"). */
  sharesSubject: boolean;
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

const AUX_OPENERS = new Set(['would', 'will', 'could', 'can', 'must', 'should', 'may', 'might', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'did', 'does', 'do']);

/** A finite verb or an auxiliary opens the words at k ("and must fall", "and met"). */
function verbPhraseFollows(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (AUX_OPENERS.has(t.text.toLowerCase())) return true;
  return t.pos === 'VERB' && !/ing$/.test(t.text);
}

export function splitClauses(doc: Doc, s: Sentence): Clause[] {
  const cuts: { at: number; skip: number; shares: boolean }[] = [];
  let verbSeen = false;
  let inQuote = false;
  let straight = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!.text;
    if (OPEN_QUOTES.has(t)) inQuote = true;
    else if (CLOSE_QUOTES.has(t)) inQuote = false;
    else if (t === '"') { straight = !straight; }
    if (inQuote || straight) continue;
    const pos = doc.tokens[k]!.pos;
    if (t === ';') { cuts.push({ at: k, skip: 1, shares: false }); verbSeen = false; continue; }
    // "… had been lowered by 4 metres and would have to fall …": a second verb phrase, same subject
    if (t.toLowerCase() === 'and' && verbSeen && verbPhraseFollows(doc, k + 1)) {
      cuts.push({ at: k, skip: 1, shares: true });
      verbSeen = false;
      continue;
    }
    if (pos === 'VERB') verbSeen = true;
    if (t !== ',') continue;
    const next = doc.tokens[k + 1]?.text.toLowerCase() ?? '';
    if (CUT_AFTER_COMMA.has(next)) { cuts.push({ at: k, skip: 2, shares: false }); verbSeen = false; }
    else if (next === 'and' && newSubjectFollows(doc, k + 2, s.tokenEnd)) { cuts.push({ at: k, skip: 2, shares: false }); verbSeen = false; }
    else if (next === 'and' && verbSeen && verbPhraseFollows(doc, k + 2)) { cuts.push({ at: k, skip: 2, shares: true }); verbSeen = false; }
  }
  const out: Clause[] = [];
  let start = s.tokenStart;
  let shares = false;
  for (const c of cuts) {
    if (c.at - start >= MIN_CLAUSE_TOKENS && s.tokenEnd - (c.at + c.skip) >= MIN_CLAUSE_TOKENS) {
      out.push({ tokenStart: start, tokenEnd: c.at, sharesSubject: shares });
      start = c.at + c.skip;
      shares = c.shares;
    }
  }
  out.push({ tokenStart: start, tokenEnd: s.tokenEnd, sharesSubject: shares });
  // trim openers ("But", "Meanwhile,") and a closing full stop from each clause
  return out.map((c) => {
    let a = c.tokenStart;
    let b = c.tokenEnd;
    while (a < b - 1 && (OPENERS.has(doc.tokens[a]!.text.toLowerCase()) || doc.tokens[a]!.text === ',')) a++;
    while (b > a + 1 && /^[.;,:!?]$/.test(doc.tokens[b - 1]!.text)) b--;
    return { tokenStart: a, tokenEnd: b, sharesSubject: c.sharesSubject };
  });
}
