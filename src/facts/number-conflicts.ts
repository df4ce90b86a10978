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
/** What a toll counts: totals of one event ("three people are missing", "12,000 killed"). Other counts ("ten
 * dissidents detained", "49 percent of children stunted") may come from different incidents or studies: for them
 * the two statements must also share a word beyond the counted noun and the verb. */
const TOLLS = new Set(['kill', 'injure', 'miss', 'homeles', 'displac', 'evacuate', 'trap', 'strand', 'hospitalis', 'hospitaliz', 'unaccount']);
const MIN_SHARED_BEYOND = 1;

function sharedBeyond(a: Statement, b: Statement, counted: string, cls: string): number {
  let n = 0;
  for (const w of a.content) {
    if (w === counted || w === `v:${cls}` || w.startsWith('#')) continue;
    if (b.content.has(w)) n++;
  }
  return n;
}

/** Words that tie a number to a period: different ones mean different counts. */
const PERIOD = /\b(since|past|last|so far|overnight|this week|this month|this year|in total|altogether|a day|per day|each day|every day|daily|weekly|annual|annually)\b/gi;
const DAY = /^\d{4}-\d{2}-\d{2}/;

interface Dates {
  all: string[];
  /** Day-level dates as epoch days. */
  days: number[];
}

function datesOf(s: Statement): Dates {
  const all = s.dates.filter((d) => /^\d{4}/.test(d));
  return { all, days: all.filter((d) => DAY.test(d)).map((d) => Date.parse(d.slice(0, 10)) / 86_400_000) };
}

/** Dates agree (one names the same year or month as the other) or, for days, lie at most two days apart. */
function datesClose(x: Dates, y: Dates): boolean {
  if (x.all.length === 0 || y.all.length === 0) return true;
  for (const p of x.all) for (const q of y.all) if (p.startsWith(q) || q.startsWith(p)) return true;
  for (const p of x.days) for (const q of y.days) if (Math.abs(p - q) <= MAX_DAYS_APART) return true;
  return false;
}

const ATTRIBUTION = /^(according to|told|said|says|reported|reports)\b/i;

/** The actors a statement is about, leaving out who reported it ("according to X", "X said", "told the Courier"). */
function doersOf(corpus: Corpus, s: Statement): Set<string> {
  const doc = corpus.docs[s.doc]!;
  const reporters = new Set<string>();
  for (const a of s.actions) if (isGeneric(a.cls) && a.subject) reporters.add(a.subject);
  const out = new Set<string>();
  const mentions = doc.mentions ?? [];
  const entities = corpus.mentionEntity?.[doc.id];
  mentions.forEach((m, i) => {
    if (m.start < s.start || m.end > s.end || m.type === 'place' || m.via === 'pronoun') return;
    const before = doc.text.slice(Math.max(s.start, m.start - 16), m.start).replace(/\b(the|a|an)\s*$/i, '').trim();
    if (/(according to|told|by)$/i.test(before) || ATTRIBUTION.test(doc.text.slice(m.end, m.end + 14).replace(/^[\s,]+/, ''))) return;
    const key = entities?.[i] ? `e:${entities[i]}` : null;
    if (key && reporters.has(key)) return;
    out.add(key ?? m.text.toLowerCase());
  });
  return out;
}

/** Both name who or what the number is about, and they share one (or one of them names none). */
function shareOne(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  if (x.size === 0 || y.size === 0) return true;
  for (const d of x) if (y.has(d)) return true;
  return false;
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
  /** Action class and stem of the counted noun. */
  cls: string;
  counted: string;
  /** The verb or adjective that says what happened to the counted thing, as written. */
  word: string;
  statement: Statement;
  quantity: Quantity;
  key: string;
  context: string;
  root: ArticleId;
  outlet: string;
}

/** The action a number belongs to (chosen when the statement was read), as written. */
function actionOf(corpus: Corpus, s: Statement, q: Quantity): { cls: string; negative: boolean; word: string } | null {
  const cls = s.quantityActions[s.quantities.indexOf(q)];
  const a = cls ? s.actions.find((x) => x.cls === cls) : undefined;
  if (!a) return null;
  return { cls: a.cls, negative: a.negative, word: corpus.docs[s.doc]!.tokens[a.token]!.text.toLowerCase() };
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
        const action = adjective ? { cls: actionClass(stem(adjective), null).cls, negative: false, word: adjective } : actionOf(corpus, s, q);
        if (!action) continue;
        const key = `${stem(q.counts.split(' ').pop()!)}|${q.unit}|${action.cls}|${action.negative}`;
        const list = byKey.get(key) ?? [];
        list.push({ cls: action.cls, counted: stem(q.counts.split(' ').pop()!), word: action.word, statement: s, quantity: q, key, context, root: originalOf(doc.id, duplicates), outlet: outletOf(doc) });
        byKey.set(key, list);
      }
    }
  });
  const out: BriefConflict[] = [];
  for (const [, uses] of byKey) {
    if (uses.length < 2) continue;
    const places = uses.map((u) => placesOf(corpus, u.statement));
    const doers = uses.map((u) => doersOf(corpus, u.statement));
    const dates = uses.map((u) => datesOf(u.statement));
    // link uses that count the same thing (whatever their values), then look for incompatible values in each group
    const parent = uses.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < Math.min(uses.length, MAX_COMPARED); i++) {
      for (let j = i + 1; j < uses.length; j++) {
        const a = uses[i]!;
        const b = uses[j]!;
        if (a.context !== b.context || find(i) === find(j)) continue;
        if (!datesClose(dates[i]!, dates[j]!)) continue;
        if (!shareOne(places[i]!, places[j]!) || !shareOne(doers[i]!, doers[j]!)) continue;
        if (similarity(a.statement.content, b.statement.content) < MIN_SIMILARITY) continue;
        if (!TOLLS.has(a.cls) && sharedBeyond(a.statement, b.statement, a.counted, a.cls) < MIN_SHARED_BEYOND) continue;
        parent[find(j)] = find(i);
      }
    }
    const groups = new Map<number, Use[]>();
    uses.forEach((u, i) => {
      const list = groups.get(find(i)) ?? [];
      list.push(u);
      groups.set(find(i), list);
    });
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const disagree = group.some((a, i) => group.some((b, j) => j > i && a.root !== b.root && a.outlet !== b.outlet &&
        !compatible(a.quantity, b.quantity)));
      if (!disagree) continue;
      const variants = new Map<string, { value: string; articles: ArticleId[]; evidence: Evidence[] }>();
      for (const u of group) {
        const same = `${u.quantity.value}|${u.quantity.hedge}|${u.quantity.unit}`;
        const v = variants.get(same) ?? { value: `${u.quantity.text} ${u.quantity.counts}`, articles: [], evidence: [] };
        if (!v.articles.includes(u.statement.article)) v.articles.push(u.statement.article);
        v.evidence.push({ article: u.statement.article, start: u.quantity.start, end: u.quantity.end });
        variants.set(same, v);
      }
      out.push({
        id: '',
        about: `number of ${group[0]!.quantity.counts} ${group[0]!.word}`,
        entity: null,
        variants: [...variants.values()],
      });
    }
  }
  return out;
}
