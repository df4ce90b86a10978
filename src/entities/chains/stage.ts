/** STUB (to be replaced by the owner of this module): assigns an empty layer so the pipeline is whole. */
import type { Stage } from '../../pipeline/stage.ts';
import type { Doc, DocLayer } from '../../doc/types.ts';

export const descriptorsStage: Stage<Doc, DocLayer> = {
  name: 'descriptorsStage',
  requires: ['mentions'],
  assigns: ['descriptors'],
  run: (doc) => ({ ...doc, descriptors: [] }),
};
