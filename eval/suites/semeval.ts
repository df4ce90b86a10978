/**
 * SemEval-2022 task 8: do two articles report the same story? Pearson correlation of our same-story score with the
 * human "Overall" rating (1 = same … 4 = different; the sign is flipped so that agreement is positive), English pairs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentFrequencies, storySimilarity } from '../../src/stories/similarity.ts';
import { parseCsv } from '../csv.ts';
import type { EvalSuite } from '../suite.ts';

export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

export const semevalSuite: EvalSuite = {
  name: 'semeval',
  needs: 'eval/semeval2022-task8/training_set.csv',
  async run({ shared }) {
    const rows = parseCsv(readFileSync(join(shared, 'eval/semeval2022-task8/training_set.csv'), 'utf8'))
      .filter((r) => r.lang1 === 'en' && r.lang2 === 'en' && r.Overall !== '');
    const df = new DocumentFrequencies();
    for (const r of rows) { df.add(r.text1!); df.add(r.text2!); }
    const ours = rows.map((r) => storySimilarity(r.text1!, r.text2!, df));
    const human = rows.map((r) => -Number(r.Overall));
    return {
      scores: [{ metric: 'semeval.en.pearson', value: pearson(ours, human), reference: { 'task winner (test)': 0.872 },
        detail: `${rows.length} English pairs` }],
    };
  },
};
