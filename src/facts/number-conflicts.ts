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
import { PREDICATE_ADJECTIVES, actionClass, isGeneric } from './lexicon.ts';
import { similarity } from './match.ts';
import { stem } from './stem.ts';
import { statementsOf, type Statement } from './statements.ts';
import { originalOf, outletOf } from './support.ts';

/** Uses of one counted thing compared pairwise; beyond this many, later ones are compared with the first ones only. */
const MAX_COMPARED = 200;
/** Statements whose numbers are compared must say at least this much the same (the counted noun and what
 * happened to it already match: this only keeps apart statements about something else). */
const MIN_SIMILARITY = 0.2;
/** Counts reported more than this many days apart may both be right (the count moved on). */
const MAX_DAYS_APART = 2;
/** Words that tie a number to a period: different ones mean different counts. */
const PERIOD = /\b(since|past|last|so far|overnight|this week|this month|this year|in total|altogether|a day|per day|each day|every day|daily|weekly|annual|annually)\b/gi;
const DAY = /^\d{4}-\d{2}-\d{2}/;

function daysApart(a: readonly string[], b: readonly string[]): number {
  const x = a.filter((d) => DAY.test(d)).map((d) => Date.parse(d.slice(0, 10)));
  const y = b.filter((d) => DAY.test(d)).map((d) => Date.parse(d.slice(0, 10)));
  if (x.length === 0 || y.length === 0) return 0;
  let best = Infinity;
  for (const p of x) for (const q of y) best = Math.min(best, Math.abs(p - q) / 86_400_000);
  return best;
}

/** Places named in a statement: place mentions, else capitalised words after in/at/near. */
function placesOf(corpus: Corpus, s: Statement): Set<string> {
  const doc = corpus.docs[s.doc]!;
  const out = new Set<string>();
  const mentions = doc.mentions ?? [];
  if (mentions.length > 0) {
    for (const m of mentions) if (m.type === 'place' && m.start >= s.start && m.end <= s.end) out.add(m.text.toLowerCase());
    return out;
  }
  const re = /\b(?:in|at|near)\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)/gu;
  const text = doc.text.slice(s.start, s.end);
  for (let m = re.exec(text); m; m = re.exec(text)) out.add(m[1]!.toLowerCase());
  return out;
}

interface Use {
  /** The verb or adjective that says what happened to the counted thing, as written. */
  word: string;
  statement: Statement;
  quantity: Quantity;
  key: string;
  context: string;
  root: ArticleId;
  outlet: string;
}

function nearestAction(corpus: Corpus, s: Statement, q: Quantity): { cls: string; negative: boolean; word: string } | null {
  const doc = corpus.docs[s.doc]!;
  let best: { cls: string; negative: boolean; word: string } | null = null;
  let gap = Infinity;
  for (const a of s.actions) {
    if (isGeneric(a.cls)) continue;
    const d = Math.abs(doc.tokens[a.token]!.start - q.start);
    if (d < gap) { gap = d; best = { cls: a.cls, negative: a.negative, word: doc.tokens[a.token]!.text.toLowerCase() }; }
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
      const context = period;
      for (const q of s.quantities) {
        if (!q.counts || q.unit === 'fraction') continue;
        // "three missing people": the adjective before the counted noun says what is counted
        const between = doc.text.slice(q.end, Math.min(s.end, q.end + 40)).toLowerCase().split(/\s+/);
        const counted = q.counts.split(' ')[0]!;
        const adjective = between.slice(0, Math.max(0, between.indexOf(counted))).find((w) => PREDICATE_ADJECTIVES.has(w));
        const action = adjective ? { cls: actionClass(stem(adjective), null).cls, negative: false, word: adjective } : nearestAction(corpus, s, q);
        if (!action) continue;
        const key = `${stem(q.counts.split(' ').pop()!)}|${q.unit}|${action.cls}|${action.negative}`;
        const list = byKey.get(key) ?? [];
        list.push({ word: action.word, statement: s, quantity: q, key, context, root: originalOf(doc.id, duplicates), outlet: outletOf(doc) });
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
        if (daysApart(a.statement.dates, b.statement.dates) > MAX_DAYS_APART) continue;
        const x = placesOf(corpus, a.statement);
        const y = placesOf(corpus, b.statement);
        if (x.size > 0 && y.size > 0 && ![...y].some((p) => x.has(p))) continue;
        if (similarity(a.statement.content, b.statement.content) < MIN_SIMILARITY) continue;
        involved.add(a);
        involved.add(b);
      }
    }
    if (involved.size < 2) continue;
    const variants = new Map<string, { value: string; articles: ArticleId[]; evidence: Evidence[] }>();
    for (const u of uses) {
      if (!involved.has(u)) continue;
      const same = `${u.quantity.value}|${u.quantity.hedge}|${u.quantity.unit}`;
      const v = variants.get(same) ?? { value: `${u.quantity.text} ${u.quantity.counts}`, articles: [], evidence: [] };
      if (!v.articles.includes(u.statement.article)) v.articles.push(u.statement.article);
      v.evidence.push({ article: u.statement.article, start: u.quantity.start, end: u.quantity.end });
      variants.set(same, v);
    }
    if (variants.size < 2) continue;
    const first = [...involved][0]!;
    out.push({
      id: '',
      about: `number of ${first.quantity.counts} ${first.word}`,
      entity: null,
      variants: [...variants.values()],
    });
  }
  return out;
}
