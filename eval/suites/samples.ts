/**
 * The bundled sample corpus (invented, in the repo) against its hand-written gold file: recall and precision per
 * section. Needs nothing from ../shared, so it runs everywhere.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/analyze/analyze.ts';
import { GOLD_FILE, sampleInputs } from '../../samples/inputs.ts';
import { scoreSample, type Gold } from '../../samples/score.ts';
import type { EvalSuite, Score } from '../suite.ts';

export const samplesSuite: EvalSuite = {
  name: 'samples',
  needs: '',
  async run() {
    const brief = analyze(sampleInputs());
    const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as Gold;
    const scores: Score[] = [];
    const missing: string[] = [];
    for (const [section, s] of Object.entries(scoreSample(brief, gold))) {
      scores.push({ metric: `samples.${section}.recall`, value: s.recall ?? 1, detail: `${s.found}/${s.expected}` });
      if (s.precision !== null) scores.push({ metric: `samples.${section}.precision`, value: s.precision });
      for (const m of s.missing) missing.push(`${section}: ${m}`);
    }
    return { scores, tables: missing.length ? [`samples: missing\n${missing.map((m) => `  - ${m}`).join('\n')}`] : [] };
  },
};
