/** Per-article stage: numbers with hedge, value, unit and counted noun (doc.quantities). */
import type { Stage } from '../pipeline/stage.ts';
import type { Doc, DocLayer } from '../doc/types.ts';
import { findQuantities } from './find-quantities.ts';

export const quantitiesStage: Stage<Doc, DocLayer> = {
  name: 'quantitiesStage',
  requires: ['tokens', 'sentences'],
  assigns: ['quantities'],
  run: (doc) => ({ ...doc, quantities: findQuantities(doc) }),
};
