/** STUB (to be replaced by the owner of this suite). */
import type { EvalSuite } from '../suite.ts';

export const meantimeSuite: EvalSuite = {
  name: 'meantime',
  needs: 'eval',
  async run() {
    return { scores: [] };
  },
};
