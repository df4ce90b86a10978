/**
 * Corpus stage: conflicts — the same attribute of the same person or event given incompatible values by
 * independent outlets: a person's title, a number for the same counted thing, the day or the place of the same action. A false conflict misleads more
 * than a missed one, so each kind asks for strong evidence that both values describe the same thing.
 */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';
import type { BriefConflict } from '../brief/types.ts';
import { titleConflicts } from './title-conflicts.ts';
import { numberConflicts } from './number-conflicts.ts';
import { dateConflicts } from './date-conflicts.ts';
import { placeConflicts } from './place-conflicts.ts';

export function buildConflicts(corpus: Corpus): BriefConflict[] {
  const all = [...titleConflicts(corpus), ...numberConflicts(corpus), ...dateConflicts(corpus), ...placeConflicts(corpus)];
  return all.map((c, i) => ({ ...c, id: `c${i + 1}` }));
}

export const conflictsStage: Stage<Corpus, CorpusLayer> = {
  name: 'conflictsStage',
  requires: ['entities', 'facts'],
  assigns: ['conflicts'],
  run: (corpus) => ({ ...corpus, conflicts: buildConflicts(corpus) }),
};
