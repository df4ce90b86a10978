/** STUB (to be replaced by the owner of this suite). */
import type { EvalSuite } from '../suite.ts';

export const conllSuite: EvalSuite = {
  name: 'conll',
  needs: 'eval',
  async run() {
    return { scores: [] };
  },
};
