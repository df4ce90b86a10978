/**
 * node --expose-gc --import tsx bench/stages.ts [count]: where the per-article time goes — cleaning, tokenising and each per-article
 * stage — beside a bare wink-nlp pass over the same generated text, in one process (median of 5 runs after a
 * warm-ups). The budget: the whole per-article path at ≥ 0.8× the speed of the bare pass, i.e. everything we add on
 * top of wink-nlp together ≤ 0.25× of its time.
 */
import { generateArticles } from './generate.ts';
import { prepareArticles } from '../src/analyze/prepare.ts';
import { makeDoc } from '../src/doc/tokenize.ts';
import type { Doc } from '../src/doc/types.ts';
import { DOC_STAGES } from '../src/analyze/stages.ts';
import { bareWinkPass } from './peer.ts';

const count = Number(process.argv[2] ?? 300);
const articles = generateArticles(count);
const texts = articles.map((a) => a.text ?? '');
const gc = (globalThis as { gc?: () => void }).gc;
/** Each part starts from a clean heap when run with --expose-gc, so none pays for the garbage of the one before. */
const time = (f: () => void): number => {
  gc?.();
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

function round(): Record<string, number> {
  const out: Record<string, number> = {};
  out['bare wink-nlp pass (peer, default pipe)'] = time(() => bareWinkPass(texts));
  let prepared = prepareArticles(articles).articles;
  out['prepare (read + clean)'] = time(() => { prepared = prepareArticles(articles).articles; });
  let docs: Doc[] = [];
  out['tokenize (wink-nlp inside)'] = time(() => {
    docs = prepared.map(({ text, ...fields }, i) => makeDoc({ id: `a${i + 1}`, ...fields }, text));
  });
  for (const stage of DOC_STAGES) out[stage.name] = time(() => { docs = docs.map((d) => stage.run(d)); });
  return out;
}

const RUNS = 9;
round();
round(); // two warm-up rounds: the JIT needs a few passes over our code to reach full speed
const runs = Array.from({ length: RUNS }, round);
const median = (k: string) => runs.map((r) => r[k]!).sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
const keys = Object.keys(runs[0]!);
const wink = median(keys[0]!);
const ours = keys.slice(1).reduce((s, k) => s + median(k), 0);
console.log(`${count} generated articles; median ms of ${RUNS} runs after 2 warm-ups${gc ? ', heap collected before each part' : ''}; share = time / bare wink-nlp time`);
for (const k of keys) console.log(`${k.padEnd(30)} ${median(k).toFixed(1).padStart(9)} ms  ${(median(k) / wink).toFixed(2).padStart(6)}×`);
const overhead = ours - median('tokenize (wink-nlp inside)');
console.log(`whole per-article path: ${ours.toFixed(1)} ms → speed ${(wink / ours).toFixed(2)}× of the bare pass (target ≥ 0.80×)`);
console.log(`everything on top of tokenizing: ${(overhead / wink).toFixed(2)}× of the bare pass`);
