/** STUB (to be replaced by the owner of this module): assigns an empty section so the pipeline is whole. */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';

export const conflictsStage: Stage<Corpus, CorpusLayer> = {
  name: 'conflictsStage',
  requires: ['entities', 'facts'],
  assigns: ['conflicts'],
  run: (corpus) => ({ ...corpus, conflicts: [] }),
};
