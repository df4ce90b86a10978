/**
 * npm run bench [-- --quick]: articles per second and peak memory of the per-article pipeline and of a whole brief,
 * beside a bare wink-nlp pass over the same generated text in the same run; brief time for 10, 100 and 1,000
 * articles to show how it grows. Each figure is the median of several runs after a warm-up, in its own process; the
 * heap is collected before each timed run, so that no run pays for the garbage of the one before. The speed ratio
 * against the peer is the median over several processes, each alternating the two.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick');
const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));

interface Result { medians: Record<string, number>; mode: string; count: number; runs: number; medianMs: number; articlesPerSec: number; wordsPerArticle: number; peakRssMB: number }

function measure(mode: string, count: number, runs: number): Result {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', worker, mode, String(count), String(runs)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench worker ${mode} ${count} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Result;
}

const perArticleN = quick ? 200 : 1000;
const runs = quick ? 3 : 5;
const rows: Result[] = [];
rows.push(measure('wink', perArticleN, runs));
rows.push(measure('docs', perArticleN, runs));
for (const n of quick ? [10, 100] : [10, 100, 1000]) rows.push(measure('brief', n, n >= 1000 ? 3 : runs));

const fmt = (x: number, d = 0) => x.toFixed(d).padStart(9);
const out = [
  `corpus: generated news, ~${rows[0]!.wordsPerArticle} words per article; median of ${runs} runs after a warm-up; one process per row`,
  '',
  `${'what'.padEnd(34)} ${'articles'.padStart(9)} ${'median ms'.padStart(9)} ${'art/s'.padStart(9)} ${'peak MB'.padStart(9)}`,
  ...rows.map((r) => {
    const label = r.mode === 'wink' ? 'bare wink-nlp pass (peer, default pipe)' : r.mode === 'docs' ? 'per-article pipeline' : `whole brief of ${r.count}`;
    return `${label.padEnd(34)} ${fmt(r.count)} ${fmt(r.medianMs, 1)} ${fmt(r.articlesPerSec)} ${fmt(r.peakRssMB)}`;
  }),
  '',
];
const wink = rows[0]!;
const docs = rows[1]!;
// The ratio is taken with the two alternating in one process (both see the same load), in several processes: this
// machine's speed drifts from one process to the next, so the median and the range of the per-process ratios are shown.
const PAIR_PROCESSES = quick ? 1 : 5;
const pairs = Array.from({ length: PAIR_PROCESSES }, () => measure('pair:wink,docs', perArticleN, runs + 2));
const ratios = pairs.map((p) => p.medians.wink! / p.medians.docs!).sort((a, b) => a - b);
const mid = pairs.find((p) => p.medians.wink! / p.medians.docs! === ratios[Math.floor(ratios.length / 2)])!;
out.push(
  `per-article pipeline speed / bare wink-nlp speed: ${ratios[Math.floor(ratios.length / 2)]!.toFixed(2)}× (target ≥ 0.80×; ` +
    `median of ${PAIR_PROCESSES} processes, range ${ratios[0]!.toFixed(2)}–${ratios[ratios.length - 1]!.toFixed(2)}; in each the two ` +
    `alternate, ${runs + 2} runs of ${perArticleN} articles; median process: wink ${mid.medians.wink!.toFixed(1)} ms, pipeline ` +
    `${mid.medians.docs!.toFixed(1)} ms; separate rows: ${(docs.articlesPerSec / wink.articlesPerSec).toFixed(2)}×)`,
);
const b100 = rows.find((r) => r.mode === 'brief' && r.count === 100);
const b1000 = rows.find((r) => r.mode === 'brief' && r.count === 1000);
if (b100 && b1000) out.push(`brief of 1,000 / brief of 100: ${(b1000.medianMs / b100.medianMs).toFixed(1)}× the time (target ≤ ~12×)`);
// the story stream (assignment after analysis, 100,000 articles) in its own process, so its memory is its own
const storiesRun = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./stories.ts', import.meta.url)), ...(quick ? ['--quick'] : [])], { encoding: 'utf8' });
if (storiesRun.status !== 0) throw new Error(`bench/stories.ts failed:\n${storiesRun.stderr}`);
out.push('', 'story stream (bench/stories.ts):', storiesRun.stdout.trimEnd());
process.stdout.write(out.join('\n') + '\n');
