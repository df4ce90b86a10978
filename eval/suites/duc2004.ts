/** STUB (to be replaced by the owner of this suite). */
import type { EvalSuite } from '../suite.ts';

export const duc2004Suite: EvalSuite = {
  name: 'duc2004',
  needs: 'eval',
  async run() {
    return { scores: [] };
  },
};
