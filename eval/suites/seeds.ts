/** STUB (to be replaced by the owner of this suite). */
import type { EvalSuite } from '../suite.ts';

export const seedsSuite: EvalSuite = {
  name: 'seeds',
  needs: 'eval',
  async run() {
    return { scores: [] };
  },
};
