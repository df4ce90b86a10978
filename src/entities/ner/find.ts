/** findMentions(doc): the tagger's spans as EntityMentions with character and token offsets. */
import type { Doc, EntityMention } from '../../doc/types.ts';
import type { EntityType } from '../../brief/types.ts';
import { prepareDoc } from './features.ts';
import { nerWeights } from './model.ts';
import { tagDoc, tagsToSpans } from './tagger.ts';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

export function findMentions(doc: Pick<Doc, 'text' | 'tokens' | 'sentences'>): EntityMention[] {
  const weights = nerWeights();
  const ctx = prepareDoc(doc.tokens, doc.sentences);
  const tags = new Uint8Array(ctx.n);
  tagDoc(ctx, weights, tags);
  return tagsToSpans(doc.tokens, tags, ctx.n).map((s) => {
    const start = doc.tokens[s.tokenStart]!.start;
    const end = doc.tokens[s.tokenEnd - 1]!.end;
    return {
      type: TYPES[s.type - 1]!,
      text: doc.text.slice(start, end),
      start,
      end,
      tokenStart: s.tokenStart,
      tokenEnd: s.tokenEnd,
      via: 'ner',
    };
  });
}
