/** STUB (to be replaced by the owner of this suite). */
import type { EvalSuite } from '../suite.ts';

export const timemlSuite: EvalSuite = {
  name: 'timeml',
  needs: 'eval',
  async run() {
    return { scores: [] };
  },
};
