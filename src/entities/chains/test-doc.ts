/** Test-only: an invented article as a Doc with PROPN-run mentions, chained and described. */
import type { EntityType } from '../../brief/types.ts';
import type { Doc } from '../../doc/types.ts';
import { makeDoc } from '../../doc/tokenize.ts';
import { propnMentions } from './propn-mentions.ts';
import { describe } from './descriptors.ts';

export function testDoc(id: string, text: string, types: Record<string, EntityType> = {}): Doc {
  const doc = makeDoc({ id, source: id, title: null, outlet: null, byline: null, dateline: null, credits: [],
    published: null, publishedFrom: null, removed: [] }, text);
  return { ...doc, ...describe({ ...doc, mentions: propnMentions(doc, types) }) };
}
