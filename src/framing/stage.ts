/** Corpus stage: the framing table, how each article describes each entity (see framing.ts). */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';
import { buildFraming } from './framing.ts';

export const framingStage: Stage<Corpus, CorpusLayer> = {
  name: 'framingStage',
  requires: ['entities'],
  assigns: ['framing'],
  run: (corpus) => ({
    ...corpus,
    framing: buildFraming(corpus.docs, corpus.mentionEntity ?? {}, (corpus.entities ?? []).map((e) => e.id)),
  }),
};
