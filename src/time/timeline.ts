/**
 * buildTimeline(docs) → the dated events of the corpus: each clause that carries a date of day granularity (or an
 * explicit month or year "in 2019", "in October" for background), the same event from several articles merged (same
 * date, a shared verb, and shared actors or many shared content words), ordered by date then first appearance.
 * Deadlines ("agree to a truce by May 12") are not events and are left out. Pure.
 */
import type { ArticleId, Evidence, TimeExpression, TimelineEntry } from '../brief/types.ts';
import type { Doc, Span } from '../doc/types.ts';
import { clauseAround } from './clause.ts';

/** Per article and date, only the first few clauses: the lead sentences carry the main events. */
const PER_ARTICLE_DATE = 2;
/** Per date, at most this many entries (those told by most articles first). */
const PER_DATE = 5;
/** A clause longer than this is a paragraph-length sentence; it is cut to this many words around the date. */
const MAX_WORDS = 40;
/** Two clauses tell the same event when they share this share of the shorter one's content words … */
const SAME_EVENT_OVERLAP = 0.4;
/** … and at least this many content words. */
const SAME_EVENT_MIN_SHARED = 3;

/** A date introduced by these words is a deadline or a limit ("by May 12", "no later than Friday"), not an event. */
const DEADLINE_BEFORE = /\b(?:by|until|till|before|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?$/i;
/** How far back (characters) the deadline words are looked for. */
const DEADLINE_CHARS = 24;

/** Verbs too light to tell two events apart ("said", "is"). */
const LIGHT_VERBS = new Set(['say', 'said', 'says', 'tell', 'told', 'add', 'added', 'make', 'made', 'take', 'took', 'get', 'got',
  'go', 'went', 'come', 'came', 'do', 'did', 'have', 'had', 'be', 'is', 'was', 'were', 'are', 'been', 'according', 'speak', 'speaking']);

/** Clauses that only say what might happen. */
const SPECULATIVE = /\b(?:could|might|may|possibly|perhaps|probably)\b/;

const STOP = new Set(('a an the and or but of in on at to for from by with as is are was were be been has have had ' +
  'that this these those it its he she they his her their them him we our you i not no will would could should may ' +
  'might can said says say also after before than then there which who whom whose what when where while about into ' +
  'over up out more most some any all one two three on monday tuesday wednesday thursday friday saturday sunday ' +
  'today yesterday tomorrow week weekend month year day night morning afternoon evening').split(' '));

interface Candidate {
  date: string;
  article: ArticleId;
  docIndex: number;
  clause: Span;
  text: string;
  words: Set<string>;
  /** Stems of the clause's verbs, light verbs left out. */
  verbs: Set<string>;
  actors: Set<string>;
  inferred: boolean;
}

/** The date a time expression places an event on, or null when it is not one to place. */
export function eventDate(t: TimeExpression, text: string): string | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(t.value);
  if (day) {
    // A clock time alone ("at 10 a.m.") took the article date by default: not enough to place an event.
    if (!/[A-Za-z]*day\b|tonight|yesterday|tomorrow|[A-Z][a-z]{2}|\d{4}-\d{2}-\d{2}|\d\/\d|\bago\b|\beve\b/i.test(t.text)) return null;
    if (/^\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?/i.test(t.text) && !/day|tonight|yesterday|tomorrow/i.test(t.text)) return null;
    return day[1]!;
  }
  // Background: an explicit month or year introduced by "in"/"during" ("in 2019", "in February 2022", "in October").
  if (/^\d{4}(-\d{2})?$/.test(t.value) && (/\d{4}/.test(t.text) || /^\d{4}-\d{2}$/.test(t.value) && /^[A-Z][a-z]+$/.test(t.text))) {
    const before = text.slice(Math.max(0, t.start - 8), t.start);
    if (/\b(?:in|during)\s+$/i.test(before)) return t.value;
  }
  return null;
}

const stem = (w: string): string => w.replace(/[’']s$/, '').replace(/(?:ing|ed|es|s)$/, '');

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z][a-z’'-]+/g) ?? []) {
    if (STOP.has(w) || w.length < 3) continue;
    out.add(stem(w));
  }
  return out;
}

/** The stems of the verbs inside a span (tokens tagged VERB), light verbs left out. */
function verbsIn(doc: Doc, span: Span): Set<string> {
  const out = new Set<string>();
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < doc.tokens.length && doc.tokens[i]!.end <= span.end; i++) {
    const t = doc.tokens[i]!;
    if (t.pos !== 'VERB') continue;
    const w = t.norm.toLowerCase();
    if (LIGHT_VERBS.has(w) || w.length < 3) continue;
    out.add(stem(w));
  }
  return out;
}

function actorsIn(doc: Doc, span: Span): Set<string> {
  const out = new Set<string>();
  if (doc.mentions) {
    for (const m of doc.mentions) {
      if (m.start < span.start || m.end > span.end) continue;
      // Every word of the name: "the Lower Sarn Dam" and "the river Sarn" share "sarn".
      for (const w of m.text.toLowerCase().split(/[\s’']+/)) if (w.length >= 3 && !STOP.has(w)) out.add(w);
    }
  } else {
    for (const m of doc.text.slice(span.start, span.end).matchAll(/(?<=\s)[A-Z][a-z]+/g)) out.add(m[0].toLowerCase());
  }
  return out;
}

/** Cuts an over-long clause to a window of words around the time expression. */
function limit(doc: Doc, clause: Span, expr: Span): Span {
  const text = doc.text.slice(clause.start, clause.end);
  const tokens = [...text.matchAll(/\S+/g)];
  if (tokens.length <= MAX_WORDS) return clause;
  const at = tokens.findIndex((m) => clause.start + m.index! + m[0].length > expr.start);
  const from = Math.max(0, Math.min(at - Math.floor(MAX_WORDS / 2), tokens.length - MAX_WORDS));
  const first = tokens[from]!;
  const last = tokens[from + MAX_WORDS - 1]!;
  return { start: clause.start + first.index!, end: clause.start + last.index! + last[0].length };
}

function collect(docs: readonly Doc[]): Candidate[] {
  const out: Candidate[] = [];
  docs.forEach((doc, docIndex) => {
    const perDate = new Map<string, number>();
    const used: Span[] = [];
    for (const t of doc.times ?? []) {
      const date = eventDate(t, doc.text);
      if (!date) continue;
      // "agree to a ceasefire by May 12": a deadline, not something that happened or is set to happen then.
      if (DEADLINE_BEFORE.test(doc.text.slice(Math.max(0, t.start - DEADLINE_CHARS), t.start))) continue;
      const whole = clauseAround(doc, t);
      if (!whole) continue;
      // A clause dates one event: the first date in it. A clause that holds one already used is that event again
      // ("… at 10 a.m. Friday, when members ask why cracks found in October were left": the clause of "October" had
      // to widen to the whole sentence, which is about Friday); a clause of its own inside a wider one is not.
      if (used.some((u) => whole.start <= u.start && u.end <= whole.end)) continue;
      const clause = limit(doc, whole, t);
      // "Talks could take place on Friday": a possibility, not a dated event.
      if (SPECULATIVE.test(doc.text.slice(clause.start, clause.end))) continue;
      const n = perDate.get(date) ?? 0;
      if (n >= PER_ARTICLE_DATE) continue;
      perDate.set(date, n + 1);
      used.push(whole);
      const text = doc.text.slice(clause.start, clause.end).replace(/\s+/g, ' ');
      out.push({
        date, article: doc.id, docIndex, clause, text, words: contentWords(text), verbs: verbsIn(doc, clause),
        actors: actorsIn(doc, clause),
        // An expression without a written year rests on the article date; that date may be an inferred one.
        inferred: doc.meta.publishedFrom === 'inferred' && !/\b\d{4}\b/.test(t.text),
      });
    }
  });
  return out;
}

/** A verb of one clause is among the words of the other ("will question" / "answer questions" do not share one). */
function shareVerb(a: Candidate, b: Candidate): boolean {
  for (const v of a.verbs) if (b.words.has(v)) return true;
  for (const v of b.verbs) if (a.words.has(v)) return true;
  return false;
}

/**
 * Two clauses tell the same event when they share a verb and either an actor and some words, or many words. Shared
 * words alone join unrelated clauses of one story ("the streets were empty on Sunday" / "crews spent Sunday night
 * searching"): they all name the same places.
 */
function sameEvent(a: Candidate, b: Candidate): boolean {
  if (a.date !== b.date) return false;
  if (!shareVerb(a, b)) return false;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  let actors = 0;
  for (const x of a.actors) if (b.actors.has(x)) actors++;
  const smaller = Math.min(a.words.size, b.words.size) || 1;
  if (shared >= SAME_EVENT_MIN_SHARED && shared / smaller >= SAME_EVENT_OVERLAP) return true;
  return actors >= 1 && shared >= SAME_EVENT_MIN_SHARED - 1 && shared / smaller >= SAME_EVENT_OVERLAP / 2;
}

export function buildTimeline(docs: readonly Doc[]): TimelineEntry[] {
  const clusters: Candidate[][] = [];
  for (const c of collect(docs)) {
    const home = clusters.find((cl) => cl.some((x) => x.article !== c.article && sameEvent(x, c)));
    if (home) home.push(c);
    else clusters.push([c]);
  }
  const entries = clusters.map((cl, order) => {
    const articles: ArticleId[] = [];
    for (const c of cl) if (!articles.includes(c.article)) articles.push(c.article);
    const evidence: Evidence[] = cl.map((c) => ({ article: c.article, start: c.clause.start, end: c.clause.end }));
    const entry: TimelineEntry = { date: cl[0]!.date, text: cl[0]!.text, articles, evidence, inferred: cl.every((c) => c.inferred) };
    return { entry, order };
  });
  // Per date: the events most articles tell, then the first told; shown in date order, then first appearance.
  const byDate = new Map<string, { entry: TimelineEntry; order: number }[]>();
  for (const e of entries) {
    const list = byDate.get(e.entry.date) ?? [];
    list.push(e);
    byDate.set(e.entry.date, list);
  }
  const kept: { entry: TimelineEntry; order: number }[] = [];
  for (const list of byDate.values()) {
    kept.push(...[...list].sort((a, b) => b.entry.articles.length - a.entry.articles.length || a.order - b.order).slice(0, PER_DATE));
  }
  return kept
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.order - b.order))
    .map((e) => e.entry);
}
