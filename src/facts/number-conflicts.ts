/**
 * Number conflicts: independent outlets giving incompatible numbers for the same counted thing of the same event
 * ("12,000 civilians killed" vs "13,000 civilians killed"). Two numbers are only compared when they count the same
 * noun in the same unit, belong to the same kind of action with the same polarity, carry the same time words and
 * dates, name no different places or actors, and sit in statements that say much the same. Hedges and rounding
 * ("more than 12,000" / "13,000"; "about 12,000" / "12,400") are not conflicts.
 */
import type { ArticleId, BriefConflict, Evidence } from '../brief/types.ts';
import type { Corpus } from '../analyze/types.ts';
import type { Quantity } from '../doc/types.ts';
import { compatible } from '../numbers/interval.ts';
import { isGeneric } from './lexicon.ts';
import { similarity } from './match.ts';
import { stem } from './stem.ts';
import { statementsOf, type Statement } from './statements.ts';
import { originalOf, outletOf } from './support.ts';

/** Uses of one counted thing compared pairwise; beyond this many, later ones are compared with the first ones only. */
const MAX_COMPARED = 200;
/** Statements whose numbers are compared must say at least this much the same. */
const MIN_SIMILARITY = 0.35;
/** Words that tie a number to a period: different ones mean different counts. */
const PERIOD = /\b(day|days|week|weeks|weekend|month|months|year|years|overnight|yesterday|today|since|last|past|so far|tonight|morning|night)\b/gi;

interface Use {
  statement: Statement;
  quantity: Quantity;
  key: string;
  context: string;
  root: ArticleId;
  outlet: string;
}

function nearestAction(corpus: Corpus, s: Statement, q: Quantity): { cls: string; negative: boolean } | null {
  const doc = corpus.docs[s.doc]!;
  let best: { cls: string; negative: boolean } | null = null;
  let gap = Infinity;
  for (const a of s.actions) {
    if (isGeneric(a.cls)) continue;
    const d = Math.abs(doc.tokens[a.token]!.start - q.start);
    if (d < gap) { gap = d; best = a; }
  }
  return best;
}

export function numberConflicts(corpus: Corpus): BriefConflict[] {
  const duplicates = corpus.duplicates ?? {};
  const byKey = new Map<string, Use[]>();
  corpus.docs.forEach((doc, i) => {
    for (const s of statementsOf(doc, i, corpus.mentionEntity?.[doc.id])) {
      const text = doc.text.slice(s.start, s.end);
      const period = (text.match(PERIOD) ?? []).map((w) => w.toLowerCase()).sort().join(',');
      const context = `${period}|${[...s.dates].sort().join(',')}`;
      for (const q of s.quantities) {
        if (!q.counts || q.unit === 'fraction') continue;
        const action = nearestAction(corpus, s, q);
        if (!action) continue;
        const key = `${stem(q.counts.split(' ').pop()!)}|${q.unit}|${action.cls}|${action.negative}`;
        const list = byKey.get(key) ?? [];
        list.push({ statement: s, quantity: q, key, context, root: originalOf(doc.id, duplicates), outlet: outletOf(doc) });
        byKey.set(key, list);
      }
    }
  });
  const out: BriefConflict[] = [];
  for (const [, uses] of byKey) {
    if (uses.length < 2) continue;
    const involved = new Set<Use>();
    for (let i = 0; i < Math.min(uses.length, MAX_COMPARED); i++) {
      for (let j = i + 1; j < uses.length; j++) {
        const a = uses[i]!;
        const b = uses[j]!;
        if (a.root === b.root || a.outlet === b.outlet || a.context !== b.context) continue;
        if (compatible(a.quantity, b.quantity)) continue;
        const x = new Set(a.statement.actors);
        const y = b.statement.actors;
        if (x.size > 0 && y.length > 0 && !y.some((k) => x.has(k))) continue;
        if (similarity(a.statement.content, b.statement.content) < MIN_SIMILARITY) continue;
        involved.add(a);
        involved.add(b);
      }
    }
    if (involved.size < 2) continue;
    const variants = new Map<string, { articles: ArticleId[]; evidence: Evidence[] }>();
    for (const u of uses) {
      if (!involved.has(u)) continue;
      const value = `${u.quantity.text} ${u.quantity.counts}`;
      const v = variants.get(value) ?? { articles: [], evidence: [] };
      if (!v.articles.includes(u.statement.article)) v.articles.push(u.statement.article);
      v.evidence.push({ article: u.statement.article, start: u.quantity.start, end: u.quantity.end });
      variants.set(value, v);
    }
    if (variants.size < 2) continue;
    const first = [...involved][0]!;
    out.push({
      id: '',
      about: `number of ${first.quantity.counts}`,
      entity: null,
      variants: [...variants].map(([value, v]) => ({ value, ...v })),
    });
  }
  return out;
}
