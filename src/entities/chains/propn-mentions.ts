/**
 * Test-only helper: mentions from runs of capitalised PROPN tokens, with a type guessed from a caller's table
 * (default 'person'). Stands in for the NER in tests; never used by the engine.
 */
import type { EntityType } from '../../brief/types.ts';
import type { Doc, EntityMention } from '../../doc/types.ts';
import { isCapitalised, isSingularRoleHead } from './tokens.ts';
import { isHonorific, TITLE_MODIFIERS } from '../lexicon/titles.ts';
import { countryOf } from '../lexicon/demonyms.ts';

const titleish = (text: string): boolean =>
  isHonorific(text) || TITLE_MODIFIERS.has(text.toLowerCase()) || countryOf(text) !== null;

export function propnMentions(doc: Doc, types: Record<string, EntityType> = {}): EntityMention[] {
  const out: EntityMention[] = [];
  const toks = doc.tokens;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const joinable = (k: number): boolean => {
      const x = toks[k];
      return !!x && x.pos === 'PROPN' && isCapitalised(x) && !/^['’]s$/.test(x.text);
    };
    if (!joinable(i) || ((isSingularRoleHead(t) || titleish(t.text)) && !(t.text in types))) { i++; continue; }
    let j = i + 1;
    while (j < toks.length && joinable(j) && !isSingularRoleHead(toks[j]!)) j++;
    const start = toks[i]!.start;
    const end = toks[j - 1]!.end;
    const text = doc.text.slice(start, end);
    out.push({ start, end, tokenStart: i, tokenEnd: j, text, type: types[text] ?? 'person', via: 'test' });
    i = j;
  }
  return out;
}
