/** Small token tests shared by the descriptor rules. */
import type { Token } from '../../doc/types.ts';
import { lexKey, ROLE_HEADS } from '../lexicon/titles.ts';

export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
export const isPossessive = (t: Token | undefined): boolean => !!t && /^['’]s$/i.test(t.text);
export const isComma = (t: Token | undefined): boolean => !!t && t.text === ',';

/** A singular role head ("minister", "Spokesman"); plurals ("reporters") are not titles. */
export function isSingularRoleHead(t: Token | undefined): boolean {
  if (!t) return false;
  const w = t.text.toLowerCase().replace(/[.’']/g, '');
  return ROLE_HEADS.has(w) && lexKey(t.text) === w;
}

/** Nouns that name people by their suffix: "lawmaker", "economist", "historian", "chairman". */
export function isPersonNoun(t: Token): boolean {
  const w = t.text.toLowerCase();
  return ROLE_HEADS.has(lexKey(w)) || /(?:er|or|ist|ian|ant|ent|man|woman|men|women|ee|ive)s?$/.test(w);
}

/** Punctuation that ends a phrase. */
export const isBreak = (t: Token): boolean => t.pos === 'PUNCT' && !/^[-‐‑'’]$/.test(t.text);

export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'that', 'whom']);
