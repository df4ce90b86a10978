/** STUB (to be replaced by the owner of this suite). */
import type { EvalSuite } from '../suite.ts';

export const extractionSuite: EvalSuite = {
  name: 'extraction',
  needs: 'eval',
  async run() {
    return { scores: [] };
  },
};
