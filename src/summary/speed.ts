/**
 * npx tsx src/summary/speed.ts [articles]   times the summary stage on a generated story (default 1,000 articles,
 * 30 sentences each, a fifth of them syndicated copies). Docs are built directly (no wink pass) so that only the
 * summary is timed. Not imported by the engine.
 */
import type { Doc, Sentence, Token } from '../doc/types.ts';
import type { Corpus } from '../analyze/types.ts';
import { summarize } from './stage.ts';

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const NOUNS = 'river bridge council mayor engineer cable crew hospital station cyclist inspection storm budget court judge ' +
  'union strike port ferry minister school fire police road train flood harbour market farmer tower report';
const VERBS = 'closed opened inspected said ordered approved rejected delayed repaired reported announced blamed visited';
const NAMES = 'Orlen Tamsin Voss Brandt Keller Marrow Dunmore Halvard Pirel Sotka';

export function generatedCorpus(articles: number, sentences = 30, seed = 7): Corpus {
  const r = rng(seed);
  const pick = (list: string[]): string => list[Math.floor(r() * list.length)]!;
  const nouns = NOUNS.split(' ');
  const verbs = VERBS.split(' ');
  const names = NAMES.split(' ');
  // A pool of shared sentences (what many outlets repeat) and per-article ones.
  const sentence = (): string => {
    const words = [pick(names), pick(nouns), pick(verbs), 'the'];
    const n = 8 + Math.floor(r() * 14);
    for (let i = 0; i < n; i++) words.push(r() < 0.3 ? pick(['of', 'the', 'in', 'on', 'and', 'a']) : pick(nouns));
    return words.join(' ') + '.';
  };
  const shared = Array.from({ length: 60 }, sentence);
  const docs: Doc[] = [];
  const duplicates: Record<string, string> = {};
  for (let a = 0; a < articles; a++) {
    const id = `a${a + 1}`;
    let lines: string[];
    if (a > 0 && r() < 0.2) {
      const orig = Math.floor(r() * a);
      duplicates[id] = `a${orig + 1}`;
      lines = docs[orig]!.text.split('\n\n');
    } else {
      lines = Array.from({ length: sentences }, () => (r() < 0.4 ? pick(shared) : sentence()));
    }
    const text = lines.join('\n\n');
    const tokens: Token[] = [];
    const sents: Sentence[] = [];
    let at = 0;
    lines.forEach((line, p) => {
      const first = tokens.length;
      for (const m of line.matchAll(/[A-Za-z]+|\./g)) {
        const w = m[0];
        tokens.push({ text: w, start: at + m.index!, end: at + m.index! + w.length, pos: verbs.includes(w) ? 'VERB' : w === '.' ? 'PUNCT' : 'NOUN', norm: w.toLowerCase() });
      }
      sents.push({ start: at, end: at + line.length, tokenStart: first, tokenEnd: tokens.length, paragraph: p });
      at += line.length + 2;
    });
    docs.push({ id, text, tokens, sentences: sents, paragraphs: sents.map((s) => ({ start: s.start, end: s.end })),
      meta: { id, source: id, title: null, outlet: null, byline: null, dateline: null, credits: [], published: null, publishedFrom: null, removed: [] } });
  }
  return { options: { summaryWords: 120 }, docs, duplicates };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 1000);
  const corpus = generatedCorpus(n);
  summarize(generatedCorpus(20));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const summary = summarize(corpus);
  const cpu = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  const sentences = corpus.docs.reduce((s, d) => s + d.sentences.length, 0);
  process.stdout.write(`summary of ${n} generated articles (${sentences} sentences): ${ms.toFixed(0)} ms wall, ` +
    `${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, ${summary.length} sentences, ` +
    `${summary.reduce((s, x) => s + x.articles.length, 0)} citations\n`);
}
