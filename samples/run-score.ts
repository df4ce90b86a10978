/**
 * npx tsx samples/run-score.ts [brief.json]: scores a brief of samples/corpus against samples/gold.json and prints
 * one line per section (with --missing, what each section lacks). Without a file, briefs the corpus first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze/analyze.ts';
import type { ArticleInput } from '../src/analyze/types.ts';
import type { Brief } from '../src/brief/types.ts';
import { scoreSample, type Gold } from './score.ts';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const showMissing = args.includes('--missing');
const file = args.find((a) => !a.startsWith('--'));

export function sampleInputs(dir = join(here, 'corpus')): ArticleInput[] {
  return readdirSync(dir).sort().map((name) => {
    const body = readFileSync(join(dir, name), 'utf8');
    return name.endsWith('.html') ? { source: `samples/corpus/${name}`, html: body } : { source: `samples/corpus/${name}`, text: body };
  });
}

const brief: Brief = file ? JSON.parse(readFileSync(file, 'utf8')) : analyze(sampleInputs());
const gold: Gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const pct = (x: number | null) => (x === null ? '   —' : `${Math.round(x * 100)}%`.padStart(4));
for (const [section, s] of Object.entries(scoreSample(brief, gold))) {
  console.log(`${section.padEnd(14)} recall ${pct(s.recall)} (${s.found}/${s.expected})  precision ${pct(s.precision)}`);
  if (showMissing) for (const m of s.missing) console.log(`    missing: ${m}`);
}
