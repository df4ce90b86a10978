/** STUB (to be replaced by the owner of this module): assigns an empty section so the pipeline is whole. */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';

export const timelineStage: Stage<Corpus, CorpusLayer> = {
  name: 'timelineStage',
  requires: ['docs'],
  assigns: ['timeline'],
  run: (corpus) => ({ ...corpus, timeline: [] }),
};
