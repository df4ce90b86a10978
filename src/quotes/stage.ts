/** STUB (to be replaced by the owner of this module): assigns an empty layer so the pipeline is whole. */
import type { Stage } from '../pipeline/stage.ts';
import type { Doc, DocLayer } from '../doc/types.ts';

export const quotesStage: Stage<Doc, DocLayer> = {
  name: 'quotesStage',
  requires: ['mentions'],
  assigns: ['quotes'],
  run: (doc) => ({ ...doc, quotes: [] }),
};
