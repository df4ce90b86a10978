/**
 * PolNeAR (political news attribution relations, brat standoff): who said what. For every attribution whose
 * Content holds a quotation mark, do we find the quote, and does our speaker span overlap the gold Source span?
 *
 * - One annotator per document: the lexicographically first suffix after the last `_` of the .ann name.
 * - polnear.speaker.recall: gold quote attributions with a Source where one of our speech quotes overlaps the
 *   Content and its speakerSpan overlaps the Source.
 * - polnear.quote.recall: gold quote attributions whose Content one of our speech quotes overlaps.
 * - polnear.quote.precision: our speech quotes that overlap some gold Content (an attributed statement).
 * Texts go through the Doc tokenizer, the NER stage and the quotes stage only (no cleaning).
 *
 * `--polnear-split dev|train|train-a|train-b` picks the data (default dev). train-a / train-b are the train documents
 * whose index in base-name order is even / odd: train-a for error analysis, train-b only as a held-out number. A
 * non-dev split prints its scores (named `polnear.<split>.…`) and returns none, so `--pin` / `--gate` never see them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDoc } from '../../src/doc/tokenize.ts';
import { mentionsStage } from '../../src/entities/ner/stage.ts';
import { quotesStage } from '../../src/quotes/stage.ts';
import type { EvalSuite } from '../suite.ts';

type Range = [number, number];

interface Attribution {
  content: Range[];
  source: Range[];
  contentText: string;
}

/** Quote marks in a Content: double marks, or a single mark opening a word. */
const HAS_QUOTE_MARK = /["“”«»„]|(^|[\s(—–-])['‘]\p{L}/u;

function parseAnn(ann: string): Attribution[] {
  const spans = new Map<string, { type: string; ranges: Range[]; text: string }>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const [type, ...rest] = cols[1]!.split(' ');
      const ranges = rest.join(' ').split(';').map((r) => r.trim().split(/\s+/).map(Number) as Range)
        .filter((r) => r.length === 2 && r.every(Number.isFinite));
      spans.set(cols[0]!, { type: type!, ranges, text: cols[2] ?? '' });
    } else if (line.startsWith('E') && cols.length >= 2) {
      const roles: Record<string, string> = {};
      for (const part of cols[1]!.split(' ')) {
        const [role, id] = part.split(':');
        if (role && id) roles[role.replace(/\d+$/, '')] = id;
      }
      events.push(roles);
    }
  }
  const out: Attribution[] = [];
  for (const e of events) {
    const content = e.Content ? spans.get(e.Content) : undefined;
    if (!content) continue;
    const source = e.Source ? spans.get(e.Source) : undefined;
    out.push({ content: content.ranges, source: source?.ranges ?? [], contentText: content.text });
  }
  return out;
}

const overlaps = (a: Range, b: Range): boolean => a[0] < b[1] && b[0] < a[1];
const anyOverlap = (as: Range[], bs: Range[]): boolean => as.some((a) => bs.some((b) => overlaps(a, b)));

/** base name → chosen .ann file (first annotator suffix in sort order). */
function chooseAnnotators(dir: string): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ann')).sort()) {
    const base = f.slice(0, f.lastIndexOf('_'));
    if (!chosen.has(base)) chosen.set(base, f);
  }
  return chosen;
}

const SPLITS = ['dev', 'train', 'train-a', 'train-b'] as const;
type Split = (typeof SPLITS)[number];

/** The split named by `--polnear-split` (eval code may read argv); dev when absent. */
function chosenSplit(argv: readonly string[]): Split {
  const i = argv.indexOf('--polnear-split');
  if (i < 0) return 'dev';
  const name = argv[i + 1];
  if (!SPLITS.includes(name as Split)) throw new Error(`--polnear-split: expected one of ${SPLITS.join(', ')}, got ${name}`);
  return name as Split;
}

export const polnearSuite: EvalSuite = {
  name: 'polnear',
  needs: 'eval/polnear',
  async run(ctx) {
    const split = chosenSplit(process.argv);
    const root = join(ctx.shared, 'eval/polnear', split === 'dev' ? 'dev' : 'train');
    const annDir = join(root, 'attributions');
    const textDir = join(root, 'text');
    let docs = [...chooseAnnotators(annDir)].filter(([base]) => existsSync(join(textDir, `${base}.txt`)));
    if (split === 'train-a') docs = docs.filter((_, i) => i % 2 === 0);
    if (split === 'train-b') docs = docs.filter((_, i) => i % 2 === 1);
    if (ctx.quick) docs = docs.slice(0, 20);
    let gold = 0;
    let goldWithSource = 0;
    let found = 0;
    let speakerHit = 0;
    let ours = 0;
    let oursHit = 0;
    let scare = 0;
    for (const [base, annFile] of docs) {
      const text = readFileSync(join(textDir, `${base}.txt`), 'utf8');
      const attributions = parseAnn(readFileSync(join(annDir, annFile), 'utf8'));
      const meta = { id: base, source: base, title: null, outlet: null, byline: null, dateline: null, credits: [],
        published: null, publishedFrom: null, removed: [] };
      const doc = quotesStage.run(mentionsStage.run(makeDoc(meta, text)));
      const quotes = (doc.quotes ?? []).filter((q) => q.kind === 'speech');
      scare += (doc.quotes ?? []).length - quotes.length;
      const allContent = attributions.flatMap((a) => a.content);
      ours += quotes.length;
      oursHit += quotes.filter((q) => allContent.some((c) => overlaps([q.start, q.end], c))).length;
      for (const a of attributions) {
        const contentText = a.content.map(([s, e]) => text.slice(s, e)).join(' ');
        if (!HAS_QUOTE_MARK.test(contentText)) continue;
        gold++;
        const hits = quotes.filter((q) => anyOverlap([[q.start, q.end]], a.content));
        if (hits.length > 0) found++;
        if (a.source.length === 0) continue;
        goldWithSource++;
        if (hits.some((q) => q.speakerSpan && anyOverlap([[q.speakerSpan.start, q.speakerSpan.end]], a.source))) speakerHit++;
      }
    }
    const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
    const scores = [
        { metric: 'polnear.speaker.recall', value: ratio(speakerHit, goldWithSource),
          detail: `${speakerHit}/${goldWithSource} gold quote attributions with a source; ${docs.length} documents` },
        { metric: 'polnear.quote.recall', value: ratio(found, gold), detail: `${found}/${gold} gold contents with a quote mark` },
        { metric: 'polnear.quote.precision', value: ratio(oursHit, ours),
          detail: `${oursHit}/${ours} speech quotes inside an attributed content; ${scare} scare quotes not counted` },
    ];
    if (split === 'dev') return { scores };
    // Not the gated split: print only, so no pin or gate ever reads these numbers.
    const lines = scores.map((s) => `${s.metric.replace('polnear.', `polnear.${split}.`).padEnd(34)} ${s.value.toFixed(3)}  ${s.detail}`);
    return { scores: [], tables: [`PolNeAR split ${split} (printed, not gated)\n${lines.join('\n')}`] };
  },
};
