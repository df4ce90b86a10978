/** STUB (to be replaced by the owner of this module): assigns an empty section so the pipeline is whole. */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';

export const factsStage: Stage<Corpus, CorpusLayer> = {
  name: 'factsStage',
  requires: ['entities', 'duplicates'],
  assigns: ['facts'],
  run: (corpus) => ({ ...corpus, facts: [] }),
};
