/**
 * npx tsx bench/stories.ts [--quick]: speed of the story stream over a generated stream of 100,000 articles
 * (20,000 with --quick), bytes of index per article and memory. Two paths are timed: after analysis
 * (StoryStream.addAnalysed: term counts and shingles read from the article's tokens in one pass, then MinHash
 * signature, copy lookup, story assignment and index entry; the figure, analysis itself not timed) and from
 * the raw text (StoryStream.add, which also scans the text). Texts and their tokens are made in chunks outside the
 * timed part (tokens by a light tokenizer standing in for the analysis). Each figure is the median of several runs
 * after a warm-up run.
 *
 * The stream: ~12,500 stories of about 8 reports each, 500 new stories a day over 25 days, a report arriving up
 * to a few hundred articles after its story began; every story has its own invented names, place and numbers over
 * a shared newsroom vocabulary, and one report in ten is a wire copy of an earlier one with a line added.
 */
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { StoryStream, type AnalysedArticle } from '../src/stories/stream.ts';

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

/** Light stand-in for the analysis: word and punctuation tokens, "'s" split off, sentences after . ! ?, and
 * capitalised runs as mentions (inside a sentence, or two words or more at its start). */
export function analysed(a: ReturnType<typeof streamArticle>): AnalysedArticle {
  const tokens: { text: string }[] = [];
  const sentences: { tokenStart: number }[] = [{ tokenStart: 0 }];
  const mentions: { tokenStart: number; tokenEnd: number }[] = [];
  for (const m of a.text.matchAll(/[\p{L}\p{N}]+(?:[.,][\p{N}]+)*|'s\b|\S/gu)) tokens.push({ text: m[0] });
  let run = -1;
  let start = 0;
  const close = (end: number) => {
    if (run >= 0 && (run > start || end - run >= 2)) mentions.push({ tokenStart: run, tokenEnd: end });
    run = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    const c = t.charCodeAt(0);
    if (c >= 65 && c <= 90) { if (run < 0) run = i; } else close(i);
    if ((t === '.' || t === '!' || t === '?') && i + 1 < tokens.length) {
      close(i + 1);
      start = tokens[i + 1]!.text === '"' ? i + 2 : i + 1;
      sentences.push({ tokenStart: i + 1 });
    }
  }
  close(tokens.length);
  return { id: a.id, title: a.title, published: a.published, tokens, sentences, mentions };
}

interface RunResult { ms: number; perSec: number; cpuMs: number; perCpuSec: number; indexBytes: number; peakRssMB: number; heapMB: number; stories: number; copies: number }

type Path = 'analysed' | 'text';
let kept: StoryStream | null = null;

function run(count: number, path: Path): RunResult {
  let stream: StoryStream | null = new StoryStream();
  let ms = 0;
  let cpuMs = 0;
  let bytes = 0;
  let copies = 0;
  let peak = process.memoryUsage().rss;
  const stories = new Set<number>();
  for (let start = 0; start < count; start += CHUNK) {
    const chunk: ReturnType<typeof streamArticle>[] = [];
    for (let i = start; i < Math.min(count, start + CHUNK); i++) chunk.push(streamArticle(i));
    const docs = path === 'analysed' ? chunk.map(analysed) : [];
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    if (path === 'analysed') {
      for (const d of docs) {
        const p = stream.addAnalysed(d);
        bytes += p.index.byteLength;
        if (p.duplicateOf !== null) copies++;
        stories.add(p.story);
      }
    } else {
      for (const a of chunk) {
        const p = stream.add(a);
        bytes += p.index.byteLength;
        if (p.duplicateOf !== null) copies++;
        stories.add(p.story);
      }
    }
    ms += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpuMs += (c.user + c.system) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  kept = stream; // the stream stays reachable while the heap is measured
  stream = null;
  global.gc?.();
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
  kept = null;
  return { ms, perSec: (count / ms) * 1000, cpuMs, perCpuSec: (count / cpuMs) * 1000, indexBytes: bytes / count, peakRssMB: peak / 2 ** 20, heapMB, stories: stories.size, copies };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the bench (per path, a warm-up, then `runs` runs of `count` articles) and returns its table rows. */
export function storiesBench(count = COUNT, runs = RUNS): [string, string][] {
  const words = streamArticle(1).text.split(/\s+/).length;
  const rows: [string, string][] = [
    ['articles in the stream', count.toLocaleString('en-US')],
    ['words per article (about)', String(words)],
    ['runs per path (median, after a warm-up)', String(runs)],
  ];
  for (const path of ['analysed', 'text'] as const) {
    run(Math.min(count, 5_000), path); // warm-up
    const results: RunResult[] = [];
    for (let k = 0; k < runs; k++) results.push(run(count, path));
    const m = (f: (r: RunResult) => number) => median(results.map(f));
    const name = path === 'analysed' ? 'addAnalysed (after analysis)' : 'add (from text)';
    rows.push(
      [`${name}: median ms, wall / CPU`, `${m((r) => r.ms).toFixed(0)} / ${m((r) => r.cpuMs).toFixed(0)}`],
      [`${name}: articles per second, wall (target ≥ 5,000)`, m((r) => r.perSec).toFixed(0)],
      [`${name}: articles per CPU second (fair on a busy machine)`, m((r) => r.perCpuSec).toFixed(0)],
      [`${name}: index bytes per article (budget 2,048)`, m((r) => r.indexBytes).toFixed(0)],
      [`${name}: peak RSS MB (texts in chunks of 5,000)`, m((r) => r.peakRssMB).toFixed(0)],
      [`${name}: heap MB with the stream held (run with --expose-gc)`, m((r) => r.heapMB).toFixed(0)],
      [`${name}: stories formed / generated`, `${m((r) => r.stories)} / ~${Math.ceil(count / PER_STORY)}`],
      [`${name}: copies linked (~1 in 10 generated)`, String(m((r) => r.copies))],
    );
  }
  rows.push(['machine load average (1 min) / cores', `${loadavg()[0]!.toFixed(1)} / ${cpus().length}`]);
  return rows;
}

export function formatRows(rows: readonly [string, string][]): string {
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v.padStart(10)}`).join('\n') + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(formatRows(storiesBench()));
