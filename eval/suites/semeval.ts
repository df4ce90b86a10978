/** STUB (to be replaced by the owner of this suite). */
import type { EvalSuite } from '../suite.ts';

export const semevalSuite: EvalSuite = {
  name: 'semeval',
  needs: 'eval',
  async run() {
    return { scores: [] };
  },
};
