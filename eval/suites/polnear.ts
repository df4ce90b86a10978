/** STUB (to be replaced by the owner of this suite). */
import type { EvalSuite } from '../suite.ts';

export const polnearSuite: EvalSuite = {
  name: 'polnear',
  needs: 'eval',
  async run() {
    return { scores: [] };
  },
};
