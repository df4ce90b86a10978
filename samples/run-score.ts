/**
 * npx tsx samples/run-score.ts [brief.json]: scores a brief of samples/corpus against samples/gold.json and prints
 * one line per section (with --missing, what each section lacks). Without a file, briefs the corpus first.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyze/analyze.ts';
import { GOLD_FILE, sampleInputs } from './inputs.ts';
import type { Brief } from '../src/brief/types.ts';
import { scoreSample, type Gold } from './score.ts';

const args = process.argv.slice(2);
const showMissing = args.includes('--missing');
const file = args.find((a) => !a.startsWith('--'));

const brief: Brief = file ? JSON.parse(readFileSync(file, 'utf8')) : analyze(sampleInputs());
const gold: Gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8'));
const pct = (x: number | null) => (x === null ? '   —' : `${Math.round(x * 100)}%`.padStart(4));
for (const [section, s] of Object.entries(scoreSample(brief, gold))) {
  console.log(`${section.padEnd(14)} recall ${pct(s.recall)} (${s.found}/${s.expected})  precision ${pct(s.precision)}`);
  if (showMissing) for (const m of s.missing) console.log(`    missing: ${m}`);
}
