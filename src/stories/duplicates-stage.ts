/** Corpus stage: links syndicated and near-identical copies to their original (corpus.duplicates). */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';
import { findCopies } from './near-duplicates.ts';

export const duplicatesStage: Stage<Corpus, CorpusLayer> = {
  name: 'duplicatesStage',
  requires: ['docs'],
  assigns: ['duplicates'],
  run: (corpus) => ({
    ...corpus,
    duplicates: findCopies(corpus.docs.map((d) => ({ id: d.id, text: d.text, published: d.meta.published }))),
  }),
};
