/**
 * npx tsx eval/rouge/sweep.ts '[[110, {"leadBonus": 1}], [120, {}, true]]' ['{"leadBonus":1}']
 * Scores the summary on the DUC 2004 dev clusters for each [summaryWords, parameter overrides, show?] given, the
 * per-article analysis done once. With a second argument, prints the mean summary length at a few budgets.
 * For tuning the task, not these files: keep only changes that hold across settings and make sense on unseen news.
 */
import { resolve } from 'node:path';
import { readDucClusters } from './duc-files.ts';
import { scoreSystem } from './systems.ts';
import { readClusterDocs } from '../suites/duc2004.ts';
import { analyzeDocs } from '../../src/analyze/analyze.ts';
import { duplicatesStage } from '../../src/stories/duplicates-stage.ts';
import { summarize } from '../../src/summary/stage.ts';
import { SUMMARY_PARAMS, type SummaryParams } from '../../src/summary/params.ts';
import { DEFAULT_OPTIONS, type Corpus } from '../../src/analyze/types.ts';

const clusters = readDucClusters(resolve(import.meta.dirname, '../../../shared/eval/duc2004'));
const corpora = clusters.map((c) => duplicatesStage.run({ options: { ...DEFAULT_OPTIONS }, docs: analyzeDocs(readClusterDocs(c)).docs } as Corpus));
function run(words: number, over: Partial<SummaryParams>, show = false): void {
  const p = { ...SUMMARY_PARAMS, ...over };
  const m = new Map<string, string>();
  clusters.forEach((c, i) => {
    const s = summarize({ ...corpora[i]!, options: { summaryWords: words } }, p);
    m.set(c.id, s.map((x) => x.text).join('\n'));
    if (show) console.log('---', c.id, '\n' + s.map((x) => `[${x.articles.length}] ${x.text}`).join('\n'));
  });
  const r = scoreSystem('x', clusters, m);
  console.log(words, JSON.stringify(over), r.r1.toFixed(2), r.r2.toFixed(2));
}
const grid = JSON.parse(process.argv[2] ?? '[[110,{}]]');
for (const [w, o, show] of grid) run(w, o, show);
if (process.argv[3]) {
  const p = { ...SUMMARY_PARAMS, ...JSON.parse(process.argv[3]) };
  for (const w of [100, 110, 120, 140]) {
    let tot = 0;
    clusters.forEach((c, i) => { const s = summarize({ ...corpora[i]!, options: { summaryWords: w } }, p); tot += s.reduce((a, x) => a + x.text.split(/\s+/).length, 0); });
    console.log('budget', w, 'avg words', (tot / clusters.length).toFixed(1));
  }
}
