/** STUB (to be replaced by the owner of this module): assigns an empty layer so the pipeline is whole. */
import type { Stage } from '../../pipeline/stage.ts';
import type { Doc, DocLayer } from '../../doc/types.ts';

export const mentionsStage: Stage<Doc, DocLayer> = {
  name: 'mentionsStage',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions'],
  run: (doc) => ({ ...doc, mentions: [] }),
};
