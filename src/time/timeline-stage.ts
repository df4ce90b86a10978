/** Corpus stage: the dated events of all articles, merged across outlets (see timeline.ts). */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';
import { buildTimeline } from './timeline.ts';

export const timelineStage: Stage<Corpus, CorpusLayer> = {
  name: 'timelineStage',
  requires: ['docs'],
  assigns: ['timeline'],
  run: (corpus) => ({ ...corpus, timeline: buildTimeline(corpus.docs) }),
};
