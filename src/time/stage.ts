/** Per-article stage: every temporal expression, resolved against the article's date (given or inferred). */
import type { Stage } from '../pipeline/stage.ts';
import type { Doc, DocLayer } from '../doc/types.ts';
import { findTimes } from './find-times.ts';

export const timesStage: Stage<Doc, DocLayer> = {
  name: 'timesStage',
  requires: ['tokens', 'sentences'],
  assigns: ['times'],
  run: (doc) => ({ ...doc, times: findTimes(doc.text, doc.meta.published) }),
};
