/**
 * Groups that act in the news without a name: "the Ruritanian delegation", "Ruritania's government", "a junior
 * delegation". A definite or possessive noun phrase headed by a group noun and qualified by a demonym or a
 * country's possessive becomes an 'other' mention ("Ruritanian delegation"), one chain per qualifier and head in
 * the article; the words that describe it become descriptors, so the framing table shows them:
 *  - adjectives and quoted words inside the phrase: "the “dummy” delegation", "a junior delegation" → "dummy", "junior";
 *  - "described/called … as “phoney”" after it → "phoney".
 * A phrase without a qualifier ("a junior delegation") belongs to the one qualified group with the same head in the
 * article, and is left alone when there are none or several. Plurals are never groups here.
 */
import type { Descriptor, Doc, EntityMention, Token } from '../../doc/types.ts';
import { countryOrDemonym as countryOf_ } from '../lexicon/demonyms.ts';
import { isPossessive as isPossessive_, notInList as notInList_ } from './tokens.ts';
import { memo as memo_ } from '../lexicon/memo.ts';
// Local copies: imported bindings compile to property getters (tsx/CommonJS), slow in per-token loops.
const countryOf = countryOf_;
const isPossessive = isPossessive_;
const notInList = notInList_;
const memo = memo_;

export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'delegation', 'government', 'army', 'team', 'administration', 'regime', 'cabinet', 'military', 'leadership',
  'side', 'camp', 'negotiating team', 'navy', 'junta', 'coalition',
]);

const groupNoun = memo((text: string): boolean => GROUP_NOUNS.has(text.toLowerCase()));
const notGroupNoun = notInList(GROUP_NOUNS);
const isGroupNoun = (text: string): boolean => !notGroupNoun(text) && groupNoun(text);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);
const CALLING: ReadonlySet<string> = new Set(['described', 'describing', 'describes', 'called', 'calls', 'calling', 'branded', 'brands', 'labelled', 'labeled', 'dismissed', 'derided', 'denounced']);
const QUOTES = /^["“”'‘’«»]$/;
const MAX_MODIFIERS = 4;
/** Words that pick a group out rather than describe it. */
const PLAIN: ReadonlySet<string> = new Set(['other', 'same', 'whole', 'entire', 'own', 'first', 'second', 'third', 'next',
  'last', 'previous', 'current', 'both', 'each', 'such', 'respective', 'opposing', 'opposite', 'rival', 'main', 'full']);
/** Heads too general to stand for one group when no country is named ("the other side"). */
const NEEDS_QUALIFIER: ReadonlySet<string> = new Set(['side', 'camp', 'team', 'coalition']);

export interface GroupFound {
  mention: EntityMention;
  descriptors: Omit<Descriptor, 'mention'>[];
}

interface Candidate {
  head: number;
  first: number;
  qualifier: [number, number] | null;
  modifiers: number[];
  after: [number, number] | null;
}

function span(doc: Doc, a: number, b: number): { start: number; end: number; text: string } {
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

function candidateAt(doc: Doc, h: number, sentenceStart: number, sentenceEnd: number): Candidate | null {
  const toks = doc.tokens;
  let qualifier: [number, number] | null = null;
  const modifiers: number[] = [];
  let j = h - 1;
  let anchored = false;
  /** "the other delegation", "the two sides": words that pick a group out, not describe it. */
  let plain = false;
  for (; j >= sentenceStart && h - j <= MAX_MODIFIERS + 2; j--) {
    const t = toks[j]!;
    if (QUOTES.test(t.text)) continue;
    if (DETERMINERS.has(t.norm)) { anchored = true; break; }
    if (isPossessive(t) && j - 1 >= sentenceStart && countryOf(toks[j - 1]!.text) !== null) {
      qualifier = [j - 1, j + 1];
      anchored = true;
      j -= 1;
      break;
    }
    if (countryOf(t.text) !== null && qualifier === null) { qualifier = [j, j + 1]; continue; }
    if (t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'NOUN' && QUOTES.test(toks[j - 1]?.text ?? '') && QUOTES.test(toks[j + 1]?.text ?? ''))) {
      if (!PLAIN.has(t.norm) && t.pos !== 'NUM') modifiers.unshift(j);
      else if (qualifier === null) plain = true;
      continue;
    }
    break;
  }
  if (!anchored || (plain && qualifier === null)) return null;
  let after: [number, number] | null = null;
  const before = toks[j - 1];
  if (before && CALLING.has(before.norm) && toks[h + 1]?.norm === 'as') {
    let a = h + 2;
    if (a < sentenceEnd && QUOTES.test(toks[a]!.text)) a++;
    let b = a;
    while (b < sentenceEnd && b - a < 3 && (toks[b]!.pos === 'ADJ' || toks[b]!.pos === 'NOUN') && !QUOTES.test(toks[b]!.text)) b++;
    if (b > a) after = [a, b];
  }
  if (modifiers.length === 0 && after === null && qualifier === null) return null;
  return { head: h, first: j, qualifier, modifiers, after };
}

/** One chain per qualifier (as a country) and head. */
function keyOf(doc: Doc, c: Candidate): string {
  return `${countryOf(doc.tokens[c.qualifier![0]]!.text)}\u0000${doc.tokens[c.head]!.norm}`;
}

/** `taken[t]` marks tokens already inside a mention or descriptor; `nextChain` is the first free chain index. */
export function findGroups(doc: Doc, taken: ArrayLike<number | boolean>, nextChain: number): GroupFound[] {
  const found: Candidate[] = [];
  for (const s of doc.sentences) {
    for (let h = s.tokenStart; h < s.tokenEnd; h++) {
      const t: Token = doc.tokens[h]!;
      if (taken[h] || t.pos !== 'NOUN' || !isGroupNoun(t.text)) continue;
      const c = candidateAt(doc, h, s.tokenStart, s.tokenEnd);
      if (c) found.push(c);
    }
  }
  // One chain per qualifier (as a country) and head.
  const chainOf = new Map<string, number>();
  for (const c of found) if (c.qualifier && !chainOf.has(keyOf(doc, c))) chainOf.set(keyOf(doc, c), nextChain + chainOf.size);
  const byHead = new Map<string, Set<number>>();
  for (const c of found) {
    if (!c.qualifier) continue;
    const set = byHead.get(doc.tokens[c.head]!.norm) ?? new Set<number>();
    set.add(chainOf.get(keyOf(doc, c))!);
    byHead.set(doc.tokens[c.head]!.norm, set);
  }
  const out: GroupFound[] = [];
  for (const c of found) {
    const head = doc.tokens[c.head]!;
    let chain: number;
    let mention: EntityMention;
    if (c.qualifier) {
      chain = chainOf.get(keyOf(doc, c))!;
      const from = c.qualifier[0];
      const sp = span(doc, from, c.head + 1);
      mention = { ...sp, tokenStart: from, tokenEnd: c.head + 1, type: 'other', chain, via: 'group' };
    } else {
      const chains = byHead.get(head.norm);
      if (!chains || chains.size !== 1 || NEEDS_QUALIFIER.has(head.norm)) continue;
      chain = [...chains][0]!;
      mention = { start: head.start, end: head.end, text: head.text, tokenStart: c.head, tokenEnd: c.head + 1, type: 'other', chain, via: 'role-noun' };
    }
    const descriptors = [...c.modifiers.map((k) => [k, k + 1] as [number, number]), ...(c.after ? [c.after] : [])]
      .map(([a, b]) => ({ ...span(doc, a, b), kind: 'premodifier' as const }));
    out.push({ mention, descriptors });
  }
  return out;
}
