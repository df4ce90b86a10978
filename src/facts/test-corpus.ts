/** Test helper: a corpus of invented articles run through tokenizing and the quantities stage only. */
import type { Corpus } from '../analyze/types.ts';
import { DEFAULT_OPTIONS } from '../analyze/types.ts';
import type { ArticleId } from '../brief/types.ts';
import { makeDoc } from '../doc/tokenize.ts';
import { quantitiesStage } from '../numbers/stage.ts';

export interface TestArticle {
  text: string;
  outlet: string;
  published?: string;
  /** Hand-made time layer: each phrase (found in the text) with its TIMEX3 value. */
  times?: [string, string][];
}

export function testCorpus(articles: readonly TestArticle[], duplicates: Record<ArticleId, ArticleId> = {}): Corpus {
  const docs = articles.map((a, i) => {
    const doc = makeDoc({
      id: `a${i + 1}`, source: `test-${i + 1}.txt`, title: null, outlet: a.outlet, byline: null, dateline: null,
      credits: [], published: a.published ?? '2031-03-04', publishedFrom: 'metadata', removed: [],
    }, a.text);
    const times = (a.times ?? []).map(([text, value]) => {
      const start = a.text.indexOf(text);
      return { start, end: start + text.length, text, value, type: value.includes('T') ? 'TIME' as const : 'DATE' as const };
    });
    return quantitiesStage.run(a.times ? { ...doc, times } : doc);
  });
  return { options: { ...DEFAULT_OPTIONS }, docs, duplicates, entities: [] };
}
