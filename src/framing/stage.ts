/** STUB (to be replaced by the owner of this module): assigns an empty section so the pipeline is whole. */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';

export const framingStage: Stage<Corpus, CorpusLayer> = {
  name: 'framingStage',
  requires: ['entities'],
  assigns: ['framing'],
  run: (corpus) => ({ ...corpus, framing: [] }),
};
