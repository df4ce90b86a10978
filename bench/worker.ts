/**
 * One benchmark measurement in its own process (so peak memory is its own): warm-up, then several runs, median.
 * argv: mode (wink | docs | brief) count runs
 */
import { bareWinkPass } from './peer.ts';
import { analyzeDetailed, analyzeDocs } from '../src/analyze/analyze.ts';
import { generateArticles } from './generate.ts';

const [mode = 'wink', countArg = '100', runsArg = '5'] = process.argv.slice(2);
const count = Number(countArg);
const runs = Number(runsArg);
const articles = generateArticles(count);
const texts = articles.map((a) => a.text ?? '');

function run(m: string): void {
  if (m === 'wink') {
    bareWinkPass(texts);
  } else if (m === 'docs') {
    analyzeDocs(articles);
  } else if (m === 'brief') {
    analyzeDetailed(articles);
  } else {
    throw new Error(`unknown mode ${m}`);
  }
}

// 'pair:a,b' runs a and b alternately in one process, so that both see the same machine load.
const gc = (globalThis as { gc?: () => void }).gc;
const modes = mode.startsWith('pair:') ? mode.slice(5).split(',') : [mode];
for (const m of modes) run(m); // warm-up: JIT, lazy model loads
const times = modes.map(() => [] as number[]);
for (let i = 0; i < runs; i++) {
  modes.forEach((m, k) => {
    // Each run starts from a collected heap (with --expose-gc), so no run pays for the garbage of the one before.
    gc?.();
    const t0 = performance.now();
    run(m);
    times[k]!.push(performance.now() - t0);
  });
}
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const median = medianOf(times[0]!);
const medians = Object.fromEntries(modes.map((m, k) => [m, medianOf(times[k]!)]));
const words = articles.reduce((n, a) => n + (a.text ?? '').split(/\s+/).length, 0);
process.stdout.write(
  JSON.stringify({
    mode,
    count,
    runs,
    medianMs: median,
    articlesPerSec: (count / median) * 1000,
    wordsPerArticle: Math.round(words / count),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    medians,
  }) + '\n',
);
