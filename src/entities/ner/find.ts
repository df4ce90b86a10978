/** findMentions(doc): the tagger's spans as EntityMentions with character and token offsets. */
import type { Doc, EntityMention } from '../../doc/types.ts';
import type { EntityType } from '../../brief/types.ts';
import { prepareDoc } from './features.ts';
import { nerWeights } from './model.ts';
import { tagDoc, tagsToSpans } from './tagger.ts';
import { refineSpans } from './refine.ts';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

/** Abbreviated honorifics: never part of the name, and a sure sign that a person's name follows. */
const HONORIFICS = new Set(
  'mr mrs ms mx dr gov sen rep gen col lt sgt capt prof rev hon cmdr adm maj pres supt insp det atty'.split(' '),
);
const HONORIFIC_MAX = Math.max(...[...HONORIFICS].map((h) => h.length));
/** Longer words (an optional stop aside) are never in the list: no lower-casing for them. */
const isHonorific = (text: string): boolean =>
  text.length <= HONORIFIC_MAX + 1 && HONORIFICS.has(text.toLowerCase().replace(/\.$/, ''));

let tagBuffer = new Uint8Array(4096);

export function findMentions(doc: Pick<Doc, 'text' | 'tokens' | 'sentences'>): EntityMention[] {
  const weights = nerWeights();
  // The context and the tags live only during this call: their buffers are reused from one document to the next.
  const ctx = prepareDoc(doc.tokens, doc.sentences, true);
  if (tagBuffer.length < ctx.n) tagBuffer = new Uint8Array(Math.max(ctx.n, tagBuffer.length * 2));
  const tags = tagBuffer;
  tagDoc(ctx, weights, tags);
  const spans = refineSpans(doc.tokens, ctx, tagsToSpans(doc.tokens, tags, ctx.n));
  for (const s of spans) {
    while (s.tokenEnd - s.tokenStart > 1 && isHonorific(doc.tokens[s.tokenStart]!.text)) { s.tokenStart++; s.type = 1; }
  }
  return spans.map((s) => {
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
