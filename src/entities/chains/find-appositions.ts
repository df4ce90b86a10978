/**
 * Descriptions set off by commas next to a name:
 *  - after it: "Ivan Petrov, a hardline aide to the mayor and former culture minister, said" → "a hardline aide to
 *    the mayor and former culture minister" (ends at a comma, a stop, a dash or "who");
 *  - a relative clause: "Ivan Petrov, who is the head of the delegation," → "the head of the delegation";
 *  - before it: "Ruritania's top negotiator, Ivan Petrov" → "Ruritania's top negotiator".
 * A phrase that runs into a verb is a clause ("In Kyiv, officials said"), not an apposition, and is dropped. For
 * a person the phrase must name a person ("aide", "economist"), not a thing.
 */
import type { Descriptor, Doc, EntityMention, Token } from '../../doc/types.ts';
import { isBreak as isBreak_, isCapitalised as isCapitalised_, isComma as isComma_, isPersonNoun as isPersonNoun_, isPossessive as isPossessive_, isSingularRoleHead as isSingularRoleHead_, RELATIVES as RELATIVES_ } from './tokens.ts';
// Local copies: imported bindings compile to property getters (tsx/CommonJS), slow in per-token loops.
const isBreak = isBreak_;
const isCapitalised = isCapitalised_;
const isComma = isComma_;
const isPersonNoun = isPersonNoun_;
const isPossessive = isPossessive_;
const isSingularRoleHead = isSingularRoleHead_;
const RELATIVES = RELATIVES_;

/** Longest apposition in tokens; longer runs are clauses. */
const MAX_APPOSITION_TOKENS = 18;
/** Longest description before a name. */
const MAX_PRE_TOKENS = 6;

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'another', 'one']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'has been', 'had been', 'will be', 'became', 'becomes', 'serves as', 'served as', 'remains']);

function phraseAfter(doc: Doc, from: number, sentenceEnd: number): number | null {
  const toks = doc.tokens;
  const t0 = toks[from];
  if (!t0 || from >= sentenceEnd) return null;
  const opens = OPENERS.has(t0.norm) || t0.pos === 'ADJ' || (t0.pos === 'NOUN' && !isCapitalised(t0)) || t0.pos === 'NUM'
    || (t0.pos === 'PROPN' && isPossessive(toks[from + 1]));
  if (!opens) return null;
  let k = from;
  for (; k < sentenceEnd && k - from < MAX_APPOSITION_TOKENS; k++) {
    const t = toks[k]!;
    if (isBreak(t) || RELATIVES.has(t.norm)) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  if (k - from >= MAX_APPOSITION_TOKENS || k === from) return null;
  return k;
}

function accept(doc: Doc, m: EntityMention, from: number, to: number): boolean {
  const toks = doc.tokens.slice(from, to);
  const nouns = toks.filter((t) => t.pos === 'NOUN' && !isCapitalised(t) || isSingularRoleHead(t));
  if (nouns.length === 0) return false;
  return m.type !== 'person' || toks.some((t) => isSingularRoleHead(t) || ((t.pos === 'NOUN' || t.pos === 'PROPN') && isPersonNoun(t)));
}

function descriptor(doc: Doc, mentionIndex: number, from: number, to: number): Descriptor {
  const start = doc.tokens[from]!.start;
  const end = doc.tokens[to - 1]!.end;
  return { mention: mentionIndex, start, end, text: doc.text.slice(start, end), kind: 'apposition' };
}

/** The apposition or "who is …" description after a mention. */
export function appositionAfter(doc: Doc, m: EntityMention, mentionIndex: number, sentenceEnd: number): Descriptor | null {
  let j = m.tokenEnd;
  if (isPossessive(doc.tokens[j])) return null;
  if (!isComma(doc.tokens[j])) return null;
  j++;
  const rel = doc.tokens[j];
  if (rel && rel.norm === 'who') {
    const one = doc.tokens[j + 1]?.norm ?? '';
    const two = `${one} ${doc.tokens[j + 2]?.norm ?? ''}`;
    const skip = COPULAS.has(two) ? 3 : COPULAS.has(one) ? 2 : 0;
    if (skip === 0) return null;
    j += skip;
  }
  // Things and places take only articled appositions ("Ruritania, the host country"), never "…, Ruritania's envoy".
  if (m.type !== 'person' && !ARTICLES.has(doc.tokens[j]?.norm ?? '')) return null;
  const to = phraseAfter(doc, j, sentenceEnd);
  if (to === null || !accept(doc, m, j, to)) return null;
  return descriptor(doc, mentionIndex, j, to);
}

/** "Ruritania's top negotiator, Ivan Petrov": a role phrase, a comma, then the name. */
export function appositionBefore(doc: Doc, m: EntityMention, mentionIndex: number, sentenceStart: number): Descriptor | null {
  if (m.type !== 'person') return null;
  const comma = m.tokenStart - 1;
  const head = comma - 1;
  if (head < sentenceStart || !isComma(doc.tokens[comma]) || !isSingularRoleHead(doc.tokens[head])) return null;
  let first = head;
  for (let j = head - 1; j >= sentenceStart && head - j < MAX_PRE_TOKENS; j--) {
    const t: Token = doc.tokens[j]!;
    if (isPossessive(t) && j - 1 >= sentenceStart && doc.tokens[j - 1]!.pos === 'PROPN') { first = j - 1; break; }
    if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') { first = j; continue; }
    break;
  }
  const before = doc.tokens[first - 1];
  if (before && first > sentenceStart && !(before.pos === 'DET' || before.pos === 'ADP' || before.pos === 'VERB' || before.pos === 'CCONJ' || isBreak(before))) return null;
  return descriptor(doc, mentionIndex, first, head + 1);
}
