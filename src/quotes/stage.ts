/** Per-article stage: who said what (doc.quotes). */
import type { Stage } from '../pipeline/stage.ts';
import type { Doc, DocLayer } from '../doc/types.ts';
import { findQuotes } from './find-quotes.ts';

export const quotesStage: Stage<Doc, DocLayer> = {
  name: 'quotesStage',
  requires: ['mentions'],
  assigns: ['quotes'],
  run: (doc) => ({ ...doc, quotes: findQuotes(doc) }),
};
