/** Corpus stage: merges the article chains into entities (see merge-corpus.ts and cluster.ts for the rules). */
import type { Stage } from '../../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../../analyze/types.ts';
import { mergeCorpus } from './merge-corpus.ts';

export const entitiesStage: Stage<Corpus, CorpusLayer> = {
  name: 'entitiesStage',
  requires: ['docs'],
  assigns: ['entities'],
  run: (corpus) => {
    const { entities, mentionEntity } = mergeCorpus(corpus.docs);
    return { ...corpus, entities, mentionEntity };
  },
};
