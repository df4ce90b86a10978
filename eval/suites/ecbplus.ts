/** STUB (to be replaced by the owner of this suite). */
import type { EvalSuite } from '../suite.ts';

export const ecbplusSuite: EvalSuite = {
  name: 'ecbplus',
  needs: 'eval',
  async run() {
    return { scores: [] };
  },
};
