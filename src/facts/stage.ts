/**
 * Corpus stage: facts with their corroboration. Each article is cut into statements; statements from different
 * articles that assert the same thing are grouped; a fact is corroborated when two or more independent outlets
 * report it (a syndicated copy counts with its original). Facts are ranked by independent outlets, then articles.
 */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';
import type { ArticleId, BriefFact } from '../brief/types.ts';
import type { Doc } from '../doc/types.ts';
import { groupStatements } from './group.ts';
import { statementsOf, type Statement } from './statements.ts';
import { supportOf, type Copy } from './support.ts';

/** A fact as the brief gives it, plus which articles are syndicated copies of which (additive field). */
export interface Fact extends BriefFact {
  copies: Copy[];
}

/** Renderings longer than this many tokens lose points: a long sentence says more than the fact. */
const LONG_STATEMENT = 40;

/** A rendering partly in quotation marks loses this many points per share quoted: the fact reads best in the
 * reporter's words. */
const QUOTED_PENALTY = 20;
/** A rendering whose subject is in another clause reads badly alone. */
const NO_SUBJECT_PENALTY = 5;

/** The most complete rendering: most content words, numbers and dates, not overlong, least quoted, with its
 * own subject. */
function completeness(s: Statement): number {
  const length = s.tokenEnd - s.tokenStart;
  return s.content.size + 2 * (s.quantities.length + s.dates.length) - Math.max(0, length - LONG_STATEMENT) * 0.5 -
    QUOTED_PENALTY * s.quoted - (s.sharesSubject ? NO_SUBJECT_PENALTY : 0);
}

export function buildFacts(corpus: Corpus): Fact[] {
  const duplicates = corpus.duplicates ?? {};
  const docsById = new Map<ArticleId, Doc>(corpus.docs.map((d) => [d.id, d]));
  const statements: Statement[] = [];
  corpus.docs.forEach((doc, i) => statements.push(...statementsOf(doc, i, corpus.mentionEntity?.[doc.id])));
  const groups = groupStatements(statements);
  const ranked = groups.map((members) => {
    const articles = [...new Set(members.map((m) => m.article))];
    const support = supportOf(articles, docsById, duplicates);
    let best = members[0]!;
    for (const m of members) if (completeness(m) > completeness(best)) best = m;
    const doc = corpus.docs[best.doc]!;
    return {
      first: members[0]!,
      fact: {
        id: '',
        text: doc.text.slice(best.start, best.end),
        articles,
        outlets: support.outlets,
        support: support.outlets.length >= 2 ? 'corroborated' : 'single',
        evidence: members.map((m) => ({ article: m.article, start: m.start, end: m.end })),
        copies: support.copies,
      } satisfies Fact,
    };
  });
  ranked.sort((x, y) =>
    y.fact.outlets.length - x.fact.outlets.length ||
    y.fact.articles.length - x.fact.articles.length ||
    x.first.doc - y.first.doc ||
    x.first.start - y.first.start,
  );
  return ranked.map((r, i) => ({ ...r.fact, id: `f${i + 1}` }));
}

export const factsStage: Stage<Corpus, CorpusLayer> = {
  name: 'factsStage',
  requires: ['entities', 'duplicates'],
  assigns: ['facts'],
  run: (corpus) => ({ ...corpus, facts: buildFacts(corpus) }),
};
