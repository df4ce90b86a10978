/**
 * npx tsx bench/stories.ts [--quick]: speed of the story stream (StoryStream.add: term extraction, MinHash
 * signature, copy lookup, story assignment and index entry) over a generated stream of 100,000 articles
 * (20,000 with --quick), bytes of index per article and peak memory. Texts are generated in chunks outside the
 * timed part. Each figure is the median of several runs after a warm-up run.
 *
 * The stream: ~12,500 stories of about 8 reports each, 500 new stories a day over 25 days, a report arriving up
 * to a few hundred articles after its story began; every story has its own invented names, place and numbers over
 * a shared newsroom vocabulary, and one report in ten is a wire copy of an earlier one with a line added.
 */
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { StoryStream } from '../src/stories/stream.ts';

const quick = process.argv.includes('--quick');
const COUNT = quick ? 20_000 : 100_000;
const RUNS = quick ? 2 : 3;
const CHUNK = 5_000;
const PER_STORY = 8;
const STORIES_PER_DAY = 500;

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

const SYL = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vel', 'dan', 'ish', 'mor', 'bel', 'quin', 'ra', 'ze', 'ul', 'fen', 'gar', 'ho', 'nit', 'pra'];
const name = (seed: number, parts: number) => {
  let s = '';
  for (let i = 0; i < parts; i++) s += SYL[mix(seed * 31 + i) % SYL.length];
  return s[0]!.toUpperCase() + s.slice(1);
};
const NOUNS = ['council', 'budget', 'hospital', 'bridge', 'strike', 'election', 'court', 'flood', 'factory', 'school', 'airport',
  'police', 'minister', 'contract', 'union', 'storm', 'harbour', 'railway', 'market', 'prison', 'museum', 'vaccine', 'festival'];
const VERBS = ['approved', 'rejected', 'closed', 'opened', 'delayed', 'announced', 'investigated', 'criticised', 'defended', 'cancelled'];
const FILLER = ['officials said the decision would be reviewed', 'residents gathered outside the building', 'the figures were disputed by critics',
  'a statement was expected later in the week', 'local reporters described a tense afternoon', 'the plan had been debated for months'];

/** Article i of the stream: its story, date and text (deterministic). */
export function streamArticle(i: number): { id: string; text: string; title: string; published: string } {
  const r = (k: number) => mix(i * 97 + k);
  const story = Math.max(0, Math.floor(i / PER_STORY) - (r(1) % 40));
  const s = (k: number) => mix(story * 7919 + k);
  const person = `${name(s(1), 2)} ${name(s(2), 3)}`;
  const other = `${name(s(3), 2)} ${name(s(4), 3)}`;
  const place = name(s(5), 3);
  const noun = NOUNS[s(6) % NOUNS.length]!;
  const verb = VERBS[s(7) % VERBS.length]!;
  const n = 100 + (s(8) % 9000);
  const day = Math.floor(story / STORIES_PER_DAY) + (r(2) % 2);
  const published = `2025-01-${String(1 + (day % 28)).padStart(2, '0')}`;
  const sentences = [`${person} ${verb} the ${place} ${noun} plan on ${['Monday', 'Tuesday', 'Friday'][r(3) % 3]}, affecting ${n} people.`];
  const len = 8 + (r(4) % 8);
  for (let k = 0; k < len; k++) {
    switch (r(10 + k) % 4) {
      case 0: sentences.push(`"We will not accept this," ${other} said in ${place}, adding that ${FILLER[r(20 + k) % FILLER.length]}.`); break;
      case 1: sentences.push(`The ${noun} in ${place} had ${n} staff and a budget of ${r(30 + k) % 900} million, according to ${person}.`); break;
      case 2: sentences.push(`${FILLER[r(40 + k) % FILLER.length]!.replace(/^./, (c) => c.toUpperCase())}, and the ${NOUNS[r(50 + k) % NOUNS.length]} was ${VERBS[r(60 + k) % VERBS.length]}.`); break;
      default: sentences.push(`${other} met ${person} in ${name(r(70 + k), 3)} to discuss the ${noun}, which ${FILLER[r(80 + k) % FILLER.length]}.`);
    }
  }
  if (r(5) % 10 === 0 && i > 0) {
    const original = streamArticle(i - 1 - (r(6) % 5));
    return { id: `a${i}`, title: original.title, text: `${original.text}\nThis report was updated.`, published: original.published };
  }
  return { id: `a${i}`, title: `${place} ${noun}: ${person} ${verb} plan`, text: sentences.join(' '), published };
}

interface RunResult { ms: number; perSec: number; cpuMs: number; perCpuSec: number; indexBytes: number; peakRssMB: number; heapMB: number; stories: number; copies: number }

function run(count: number): RunResult {
  const stream = new StoryStream();
  let ms = 0;
  let cpuMs = 0;
  let bytes = 0;
  let copies = 0;
  let peak = process.memoryUsage().rss;
  const stories = new Set<number>();
  for (let start = 0; start < count; start += CHUNK) {
    const chunk: ReturnType<typeof streamArticle>[] = [];
    for (let i = start; i < Math.min(count, start + CHUNK); i++) chunk.push(streamArticle(i));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const a of chunk) {
      const p = stream.add(a);
      bytes += p.index.byteLength;
      if (p.duplicateOf !== null) copies++;
      stories.add(p.story);
    }
    ms += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpuMs += (c.user + c.system) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  global.gc?.();
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
  return { ms, perSec: (count / ms) * 1000, cpuMs, perCpuSec: (count / cpuMs) * 1000, indexBytes: bytes / count, peakRssMB: peak / 2 ** 20, heapMB, stories: stories.size, copies };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the bench (a warm-up, then `runs` runs of `count` articles) and returns its table rows. */
export function storiesBench(count = COUNT, runs = RUNS): [string, string][] {
  run(Math.min(count, 5_000)); // warm-up
  const results: RunResult[] = [];
  for (let k = 0; k < runs; k++) results.push(run(count));
  const m = (f: (r: RunResult) => number) => median(results.map(f));
  const words = streamArticle(1).text.split(/\s+/).length;
  return [
    ['articles in the stream', count.toLocaleString('en-US')],
    ['words per article (about)', String(words)],
    ['runs (median, after a warm-up)', String(runs)],
    ['StoryStream.add, median ms', m((r) => r.ms).toFixed(0)],
    ['articles per second, wall clock (target ≥ 5,000)', m((r) => r.perSec).toFixed(0)],
    ['articles per CPU second (fair on a busy machine)', m((r) => r.perCpuSec).toFixed(0)],
    ['machine load average (1 min) / cores', `${loadavg()[0]!.toFixed(1)} / ${cpus().length}`],
    ['index bytes per article (budget 2,048)', m((r) => r.indexBytes).toFixed(0)],
    ['peak RSS MB (texts in chunks of 5,000)', m((r) => r.peakRssMB).toFixed(0)],
    ['heap MB after the run', m((r) => r.heapMB).toFixed(0)],
    ['stories formed / generated', `${m((r) => r.stories)} / ~${Math.ceil(count / PER_STORY)}`],
    ['copies linked (~1 in 10 generated)', String(m((r) => r.copies))],
  ];
}

export function formatRows(rows: readonly [string, string][]): string {
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v.padStart(10)}`).join('\n') + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(formatRows(storiesBench()));
