/** STUB (to be replaced by the owner of this module): assigns an empty layer so the pipeline is whole. */
import type { Stage } from '../pipeline/stage.ts';
import type { Doc, DocLayer } from '../doc/types.ts';

export const quantitiesStage: Stage<Doc, DocLayer> = {
  name: 'quantitiesStage',
  requires: ['tokens', 'sentences'],
  assigns: ['quantities'],
  run: (doc) => ({ ...doc, quantities: [] }),
};
