/**
 * Titles and pre-modifiers written just before a name: "Defence Minister Rustem Umerov" → "Defence Minister",
 * "the hawkish advisor Boris Ivanov" → "hawkish advisor", "the Kremlin's spokesman Ivan Petrov" →
 * "Kremlin's spokesman", "Dr. Jane Smith" → "Dr.". The word next to the name must be a singular role head or an
 * honorific; the phrase grows left over adjectives, nouns, demonyms and a possessive, never over a determiner, a
 * verb or punctuation. All-capitalised phrases are titles, others pre-modifiers.
 */
import type { Descriptor, Doc, EntityMention, Token } from '../../doc/types.ts';
import { EMPTY_HONORIFICS as EMPTY_HONORIFICS_, isHonorific as isHonorific_, TITLE_MODIFIERS as TITLE_MODIFIERS_ } from '../lexicon/titles.ts';
import { leadingTitleWords as leadingTitleWords_ } from '../lexicon/person-name.ts';
import { countryOf as countryOf_ } from '../lexicon/demonyms.ts';
import { textInfo as textInfo_ } from './text-info.ts';
import { isCapitalised as isCapitalised_, isPossessive as isPossessive_, isSingularRoleHead as isSingularRoleHead_ } from './tokens.ts';
// Local copies: imported bindings compile to property getters (tsx/CommonJS), slow in per-token loops.
const EMPTY_HONORIFICS = EMPTY_HONORIFICS_;
const isHonorific = isHonorific_;
const TITLE_MODIFIERS = TITLE_MODIFIERS_;
const leadingTitleWords = leadingTitleWords_;
const countryOf = countryOf_;
const isCapitalised = isCapitalised_;
const isPossessive = isPossessive_;
const isSingularRoleHead = isSingularRoleHead_;
const textInfo = textInfo_;

/** Longest title: more words than this is a clause, not a title. */
const MAX_TITLE_TOKENS = 6;

const isDemonymOrCountry = (t: Token): boolean => countryOf(t.text) !== null || /^[A-Z]{2,5}$/.test(t.text.replace(/\./g, ''));

/** leadingTitleWords(words), kept in the record of the mention text (reused when its words are the same). */
function leadingTitleWordsOf(text: string, words: readonly string[]): number {
  const info = textInfo(text);
  const known = info.leadWords;
  if (known !== null && known.length === words.length) {
    let same = true;
    for (let k = 0; k < words.length && same; k++) same = known[k] === words[k];
    if (same) return info.leadSkip;
  }
  const skip = leadingTitleWords(words);
  info.leadWords = words;
  info.leadSkip = skip;
  return skip;
}

/** The token where the name itself starts, past title words inside the mention ("President Putin" → "Putin"). */
export function nameStartToken(doc: Doc, m: EntityMention): number {
  if (m.type !== 'person') return m.tokenStart;
  const words: string[] = [];
  for (let t = m.tokenStart; t < m.tokenEnd; t++) if (doc.tokens[t]!.pos !== 'PUNCT') words.push(doc.tokens[t]!.text);
  let skip = words.length < 2 ? 0 : leadingTitleWordsOf(m.text, words);
  let i = m.tokenStart;
  while (skip > 0 && i < m.tokenEnd - 1) {
    if (doc.tokens[i]!.pos !== 'PUNCT') skip--;
    i++;
  }
  while (i < m.tokenEnd - 1 && doc.tokens[i]!.pos === 'PUNCT') i++;
  return i;
}

/** Most capitalised words after "of" in a title ("Secretary of Foreign Affairs"). */
const MAX_OF_OBJECT = 3;

/** "Secretary of State Jane Roe": the role head before "of" when capitalised words after it run up to the name at
 * `end` (the token just before it), else -1. */
function ofTitleHead(doc: Doc, end: number, sentenceStart: number): number {
  for (let k = end; k >= sentenceStart && end - k < MAX_OF_OBJECT; k--) {
    const t = doc.tokens[k]!;
    if (!isCapitalised(t)) return -1;
    const of = doc.tokens[k - 1];
    const head = doc.tokens[k - 2];
    if (of && head && k - 2 >= sentenceStart && of.text === 'of' && isCapitalised(head) && isSingularRoleHead(head)) return k - 2;
  }
  return -1;
}

export function titleBefore(doc: Doc, m: EntityMention, mentionIndex: number, sentenceStart: number): Descriptor | null {
  if (m.type !== 'person') return null;
  const nameStart = nameStartToken(doc, m);
  let head = nameStart - 1;
  if (head < sentenceStart) return null;
  // "Secretary of State Marco Rubio": the title's head stands before "of"; the title runs up to the name
  const ofHead = isSingularRoleHead(doc.tokens[head]!) ? -1 : ofTitleHead(doc, head, sentenceStart);
  const last = head;
  if (ofHead >= 0) head = ofHead;
  const h = doc.tokens[head]!;
  const honorific = isHonorific(h.text) && !isSingularRoleHead(h);
  if (!honorific && !isSingularRoleHead(h)) return null;
  if (honorific && EMPTY_HONORIFICS.has(h.text.toLowerCase().replace(/\.$/, ''))) return null;
  let first = head;
  if (!honorific) {
    for (let j = head - 1; j >= sentenceStart && head - j < MAX_TITLE_TOKENS; j--) {
      const t = doc.tokens[j]!;
      if (isPossessive(t) && j - 1 >= sentenceStart && doc.tokens[j - 1]!.pos === 'PROPN') { first = j - 1; break; }
      const prev = doc.tokens[j - 1];
      if (t.pos === 'PROPN') {
        const titleWord = TITLE_MODIFIERS.has(t.text.toLowerCase()) || isSingularRoleHead(t) || isDemonymOrCountry(t);
        if (!titleWord && prev && prev.pos === 'ADP') break;
        first = j;
        continue;
      }
      if (t.pos === 'ADJ' || (t.pos === 'NOUN' && !isPossessive(prev))) { first = j; continue; }
      break;
    }
  }
  const toks = doc.tokens.slice(first, head + 1);
  const allCaps = toks.every((t) => isCapitalised(t) || isPossessive(t));
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  return { mention: mentionIndex, start, end, text: doc.text.slice(start, end), kind: allCaps ? 'title' : 'premodifier' };
}
