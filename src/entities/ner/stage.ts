/**
 * mentionsStage: named people, organisations, places and other names (events, nationalities, works …) in one
 * article, found by our own statistical tagger (trained on CoNLL-2003, see scripts/train-ner.ts) over the Doc's
 * tokens. A possessive stays outside the mention ("Zelenskyy's" gives "Zelenskyy").
 */
import type { Stage } from '../../pipeline/stage.ts';
import type { Doc, DocLayer, EntityMention } from '../../doc/types.ts';
import type { EntityType } from '../../brief/types.ts';
import { findMentions } from './find.ts';

export const mentionsStage: Stage<Doc, DocLayer> = {
  name: 'mentionsStage',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions'],
  run: (doc) => ({ ...doc, mentions: findMentions(doc) }),
};

export type { EntityMention, EntityType };
