/**
 * Date conflicts: independent outlets saying the same actor did the same thing (same action class, same polarity,
 * much the same words) on different days. Each statement must name exactly one day; "Thursday or Friday" and a
 * later "10 a.m. Friday" agree (one refines the other), and statements that differ in anything else are left alone.
 */
import type { BriefConflict, Evidence } from '../brief/types.ts';
import { addUse, keyedConflicts } from './keyed-conflicts.ts';
import type { Corpus } from '../analyze/types.ts';
import { sharedKeys, similarity } from './match.ts';
import { isGeneric } from './lexicon.ts';
import { statementsOf, type Action, type Statement } from './statements.ts';
import { originalOf, outletOf } from './support.ts';

/** Statements compared for their dates must say this much the same … */
const MIN_SIMILARITY = 0.5;
/** … and share this many content words beyond the actor and the action. */
const MIN_RESIDUAL = 2;

const DAY = /^\d{4}-\d{2}-\d{2}/;
const DAY_WORDS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|\d{1,2}(?:st|nd|rd|th)?)\b/gi;

/** The words of a time expression that name its day ("Friday", "14", "March"), in order. */
const dayWords = (text: string): string =>
  (text.toLowerCase().match(DAY_WORDS) ?? []).filter((w) => !/^\d+$/.test(w) || Number(w) <= 31).join(' ');

interface Dated {
  statement: Statement;
  day: string;
  evidence: Evidence;
  text: string;
}

/**
 * The day each action of a statement is dated to: a statement naming exactly one day, the time expression nearest
 * to the action among all its verbs ("X said on Monday that talks would resume" dates the saying, not the talks).
 */
function datedActions(corpus: Corpus, s: Statement): { dated: Dated; keys: string[] } | null {
  const doc = corpus.docs[s.doc]!;
  const days = [...new Set(s.dates.filter((d) => DAY.test(d)).map((d) => d.slice(0, 10)))];
  if (days.length !== 1) return null;
  const t = (doc.times ?? []).find((x) => x.start >= s.start && x.end <= s.end && x.value.startsWith(days[0]!));
  if (!t) return null;
  let nearest: Action | null = null;
  let gap = Infinity;
  for (const a of s.actions) {
    const at = doc.tokens[a.token]!.start;
    const d = at < t.start ? t.start - at : at - t.end;
    if (d < gap) { gap = d; nearest = a; }
  }
  if (!nearest || !nearest.subject || isGeneric(nearest.cls)) return null;
  const pol = nearest.negative ? 'neg' : nearest.irrealis ? 'irr' : 'pos';
  const keys = [nearest.subject, nearest.subjectAlias].filter((x): x is string => x !== null).map((x) => `s:${x}|${nearest!.cls}|${pol}`);
  return { dated: { statement: s, day: days[0]!, evidence: { article: doc.id, start: t.start, end: t.end }, text: t.text }, keys };
}

export function dateConflicts(corpus: Corpus): BriefConflict[] {
  const duplicates = corpus.duplicates ?? {};
  const byKey = new Map<string, Dated[]>();
  corpus.docs.forEach((doc, i) => {
    for (const s of statementsOf(doc, i, corpus.mentionEntity?.[doc.id])) {
      if (!s.dates.some((d) => DAY.test(d))) continue;
      const found = datedActions(corpus, s);
      if (!found) continue;
      for (const key of found.keys) addUse(byKey, key, found.dated);
    }
  });
  return keyedConflicts(corpus, byKey, {
    label: 'date',
    disagree(a, b) {
      if (a.day === b.day) return false;
      // the same words ("10 a.m. Friday") read as two days is a reading of the dates, not a disagreement
      if (dayWords(a.text) === dayWords(b.text)) return false;
      const da = corpus.docs[a.statement.doc]!;
      const db = corpus.docs[b.statement.doc]!;
      if (originalOf(da.id, duplicates) === originalOf(db.id, duplicates) || outletOf(da) === outletOf(db)) return false;
      if (similarity(a.statement.content, b.statement.content) < MIN_SIMILARITY) return false;
      const shared = sharedKeys(a.statement, b.statement);
      if (!shared) return false;
      let residual = 0;
      for (const w of a.statement.content) if (b.statement.content.has(w) && !shared.atoms.has(w)) residual++;
      return residual >= MIN_RESIDUAL;
    },
    variant: (d) => ({ key: d.day, value: `${d.text} (${d.day})`, evidence: d.evidence }),
  });
}
