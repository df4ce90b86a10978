/** Per-article stage: chains mentions (same person within the article) and finds their descriptors. */
import type { Stage } from '../../pipeline/stage.ts';
import type { Doc, DocLayer } from '../../doc/types.ts';
import { describe } from './descriptors.ts';

export const descriptorsStage: Stage<Doc, DocLayer> = {
  name: 'descriptorsStage',
  requires: ['mentions'],
  assigns: ['descriptors'],
  run: (doc) => {
    const { mentions, descriptors } = describe(doc);
    return { ...doc, mentions, descriptors };
  },
};
