/**
 * First summary (baseline, to be replaced by the real summariser): the lead sentence of each article in turn,
 * skipping one that repeats an earlier pick, until the word budget is spent. Every sentence cites its article.
 */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';
import type { SummarySentence } from '../brief/types.ts';

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

export const summaryStage: Stage<Corpus, CorpusLayer> = {
  name: 'summaryStage',
  requires: ['docs'],
  assigns: ['summary'],
  run(corpus) {
    const budget = corpus.options.summaryWords;
    const picked: { sentence: SummarySentence; bag: Set<string> }[] = [];
    let used = 0;
    const depth = Math.max(...corpus.docs.map((d) => d.sentences.length), 0);
    for (let rank = 0; rank < depth && used < budget; rank++) {
      for (const doc of corpus.docs) {
        const s = doc.sentences[rank];
        if (!s || used >= budget) continue;
        const text = doc.text.slice(s.start, s.end);
        const bag = new Set(words(text));
        if (bag.size < 6) continue;
        const same = picked.find((p) => overlap(p.bag, bag) > 0.6);
        if (same) {
          if (!same.sentence.articles.includes(doc.id)) {
            same.sentence.articles.push(doc.id);
            same.sentence.evidence.push({ article: doc.id, start: s.start, end: s.end });
          }
          continue;
        }
        picked.push({ sentence: { text, articles: [doc.id], evidence: [{ article: doc.id, start: s.start, end: s.end }] }, bag });
        used += bag.size;
      }
    }
    return { ...corpus, summary: picked.map((p) => p.sentence) };
  },
};
