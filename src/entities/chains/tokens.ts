/** Small token tests shared by the descriptor rules. */
import type { Token } from '../../doc/types.ts';
import { lexKey, ROLE_HEADS } from '../lexicon/titles.ts';
import { memo } from '../lexicon/memo.ts';

const startsUpper = memo((text: string): boolean => /^\p{Lu}/u.test(text));
export const isCapitalised = (t: Token): boolean => startsUpper(t.text);
export const isPossessive = (t: Token | undefined): boolean => !!t && t.text.length === 2 && /^['’]s$/i.test(t.text);
export const isComma = (t: Token | undefined): boolean => !!t && t.text === ',';

/** A singular role head ("minister", "Spokesman"); plurals ("reporters") are not titles. */
export function isSingularRoleHead(t: Token | undefined): boolean {
  return !!t && singularRoleHead(t.text);
}

const singularRoleHead = memo((text: string): boolean => {
  const w = text.toLowerCase().replace(/[.’']/g, '');
  return ROLE_HEADS.has(w) && lexKey(text) === w;
});

/** Nouns that name people by their suffix: "lawmaker", "economist", "historian", "chairman". */
export const isPersonNoun = (t: Token): boolean => personNoun(t.text);

const personNoun = memo((text: string): boolean => {
  const w = text.toLowerCase();
  return ROLE_HEADS.has(lexKey(w)) || /(?:er|or|ist|ian|ant|ent|man|woman|men|women|ee|ive)s?$/.test(w);
});

/** Punctuation that ends a phrase. */
export const isBreak = (t: Token): boolean => t.pos === 'PUNCT' && !(t.text.length === 1 && /^[-‐‑'’]$/.test(t.text));

export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'that', 'whom']);
