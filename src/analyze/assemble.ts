/** Corpus → Brief: the sections in contract order, articles with their times. */
import { BRIEF_SCHEMA, type Brief, type BriefArticle } from '../brief/types.ts';
import type { Corpus } from './types.ts';
import { fullOutletName } from './outlet-names.ts';

export function assembleBrief(corpus: Corpus): Brief {
  const duplicates = corpus.duplicates ?? {};
  const articles: BriefArticle[] = corpus.docs.map((doc) => ({
    id: doc.id,
    source: doc.meta.source,
    title: doc.meta.title,
    outlet: fullOutletName(doc.meta.outlet, corpus.docs),
    byline: doc.meta.byline,
    dateline: doc.meta.dateline,
    credits: doc.meta.credits,
    published: doc.meta.published,
    publishedFrom: doc.meta.publishedFrom,
    updated: doc.meta.updated ?? null,
    duplicateOf: duplicates[doc.id] ?? null,
    text: doc.text,
    removed: doc.meta.removed,
    times: doc.times ?? [],
  }));
  return {
    schema: BRIEF_SCHEMA,
    articles,
    entities: corpus.entities ?? [],
    quotes: corpus.quotes ?? [],
    quoteGroups: corpus.quoteGroups ?? [],
    facts: corpus.facts ?? [],
    conflicts: corpus.conflicts ?? [],
    timeline: corpus.timeline ?? [],
    framing: corpus.framing ?? [],
    summary: corpus.summary ?? [],
  };
}
