/**
 * Place conflicts: independent outlets saying the same actor did the same thing (same action class and polarity,
 * much the same words) in two different places ("met in Varna" / "met in Dorrin"). A place is a name right after
 * "in" or "at"; each statement must name exactly one. Because one person does the same kind of thing in many
 * places over time, the two statements must also be about one event: they name the same day, or neither names a
 * date, the articles came out within two days and the statements say very much the same. A place inside the
 * other (a country and a city), or a place the other article names too, is left alone: precision comes first.
 */
import { countries } from 'countries-list';
import type { ArticleId, BriefConflict } from '../brief/types.ts';
import { addUse, keyedConflicts } from './keyed-conflicts.ts';
import type { Corpus } from '../analyze/types.ts';
import type { Doc } from '../doc/types.ts';
import { nameKey } from './actors.ts';
import { isGeneric } from './lexicon.ts';
import { sharedKeys, similarity } from './match.ts';
import { statementsOf, type Action, type Statement } from './statements.ts';
import { originalOf, outletOf } from './support.ts';

/** Statements with one day in common must say this much the same … */
const MIN_SIMILARITY_DATED = 0.5;
/** … and without any date, more (nothing else ties them to one event). */
const MIN_SIMILARITY_UNDATED = 0.6;
/** Content words shared beyond the actor and the action, dated / undated. */
const MIN_RESIDUAL_DATED = 2;
const MIN_RESIDUAL_UNDATED = 3;
/** Undated statements: their articles published at most this many days apart. */
const MAX_DAYS_APART = 2;
/** How far (in tokens) before the place its verb may stand. */
const MAX_VERB_DISTANCE = 12;

const LOCATIVE = new Set(['in', 'at']);
const DAY = /^\d{4}-\d{2}-\d{2}/;
const CAPITALISED = /^[A-Z][\p{L}’'-]*$/u;

/** Country names (name keys): a country and a place in it are not two places. */
const COUNTRIES: ReadonlySet<string> = new Set(Object.values(countries).map((c) => placeKey(c.name)));

function placeKey(text: string): string {
  return text.replace(/[’']s$/, '').split(/\s+/).filter(Boolean).map(nameKey).join(' ');
}

interface Place {
  text: string;
  start: number;
  end: number;
  /** Token index of the place's first word. */
  token: number;
  key: string;
}

/** Places named right after "in" / "at" in a statement: place mentions, else runs of capitalised words. */
function locativePlaces(doc: Doc, s: Statement): Place[] {
  const out: Place[] = [];
  const mentions = doc.mentions ?? [];
  const isLocative = (k: number): boolean => LOCATIVE.has(doc.tokens[k - 1]?.text.toLowerCase() ?? '') ||
    (LOCATIVE.has(doc.tokens[k - 2]?.text.toLowerCase() ?? '') && doc.tokens[k - 1]?.text.toLowerCase() === 'the');
  if (mentions.length > 0) {
    for (const m of mentions) {
      if (m.type !== 'place' || m.tokenStart < s.tokenStart || m.tokenEnd > s.tokenEnd || !isLocative(m.tokenStart)) continue;
      out.push({ text: m.text, start: m.start, end: m.end, token: m.tokenStart, key: placeKey(m.text) });
    }
    return out;
  }
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!isLocative(k) || !CAPITALISED.test(doc.tokens[k]!.text) || doc.tokens[k]!.pos !== 'PROPN') continue;
    let j = k;
    while (j < s.tokenEnd && CAPITALISED.test(doc.tokens[j]!.text) && doc.tokens[j]!.pos === 'PROPN') j++;
    const start = doc.tokens[k]!.start;
    const end = doc.tokens[j - 1]!.end;
    const text = doc.text.slice(start, end);
    out.push({ text, start, end, token: k, key: placeKey(text) });
    k = j - 1;
  }
  return out;
}

interface Placed {
  statement: Statement;
  place: Place;
  /** The one day the statement names, if any. */
  day: string | null;
  published: number | null;
  outlet: string;
  root: ArticleId;
  /** The other article's words, lower-cased (to see whether it names this place too). */
  text: string;
}

/** The action a place belongs to: the nearest specific verb before it, within a few words. */
function placedAction(s: Statement, place: Place): Action | null {
  let best: Action | null = null;
  for (const a of s.actions) {
    if (a.token >= place.token || place.token - a.token > MAX_VERB_DISTANCE || isGeneric(a.cls)) continue;
    if (!best || a.token > best.token) best = a;
  }
  return best && best.subject ? best : null;
}

const epochDay = (date: string | null | undefined): number | null =>
  date && DAY.test(date) ? Date.parse(date.slice(0, 10)) / 86_400_000 : null;

/** Two place names that may both be right: the same, one inside the other's words, or a country and a place. */
function mayBothHold(x: Place, y: Place): boolean {
  if (x.key === y.key || ` ${x.key} `.includes(` ${y.key} `) || ` ${y.key} `.includes(` ${x.key} `)) return true;
  return COUNTRIES.has(x.key) !== COUNTRIES.has(y.key);
}

/** The two statements tell of one event: one day named by both, or no dates, close publication and close words. */
function sameEvent(a: Placed, b: Placed, sim: number): 'dated' | 'undated' | null {
  if (a.day !== null && b.day !== null) return a.day === b.day && sim >= MIN_SIMILARITY_DATED ? 'dated' : null;
  if (a.statement.dates.length > 0 || b.statement.dates.length > 0) return null;
  if (a.published === null || b.published === null || Math.abs(a.published - b.published) > MAX_DAYS_APART) return null;
  return sim >= MIN_SIMILARITY_UNDATED ? 'undated' : null;
}

export function placeConflicts(corpus: Corpus): BriefConflict[] {
  const duplicates = corpus.duplicates ?? {};
  const byKey = new Map<string, Placed[]>();
  corpus.docs.forEach((doc, i) => {
    let lower: string | null = null;
    for (const s of statementsOf(doc, i, corpus.mentionEntity?.[doc.id])) {
      if (s.actions.length === 0) continue;
      const places = locativePlaces(doc, s);
      if (places.length === 0 || places.some((p) => p.key !== places[0]!.key)) continue;
      const place = places[0]!;
      const action = placedAction(s, place);
      if (!action) continue;
      const days = [...new Set(s.dates.filter((d) => DAY.test(d)).map((d) => d.slice(0, 10)))];
      if (days.length > 1) continue;
      lower ??= doc.text.toLowerCase();
      const pol = action.negative ? 'neg' : action.irrealis ? 'irr' : 'pos';
      if (pol !== 'pos') continue;
      const placed: Placed = {
        statement: s, place, day: days[0] ?? null, published: epochDay(doc.meta.published), outlet: outletOf(doc),
        root: originalOf(doc.id, duplicates), text: lower,
      };
      for (const subject of new Set([action.subject, action.subjectAlias])) {
        if (subject === null) continue;
        addUse(byKey, `s:${subject}|${action.cls}|${pol}`, placed);
      }
    }
  });
  return keyedConflicts(corpus, byKey, {
    label: 'place',
    disagree(a, b) {
      if (a.root === b.root || a.outlet === b.outlet || mayBothHold(a.place, b.place)) return false;
      // an article that names the other place too knows of it: its own place is likely another event or a part
      if (b.text.includes(a.place.text.toLowerCase()) || a.text.includes(b.place.text.toLowerCase())) return false;
      const kind = sameEvent(a, b, similarity(a.statement.content, b.statement.content));
      if (!kind) return false;
      const shared = sharedKeys(a.statement, b.statement);
      if (!shared || shared.strength !== 'strong') return false;
      const placeWords = new Set([a.place.key, b.place.key].flatMap((p) => p.split(' ').map((w) => `n:${w}`)));
      let residual = 0;
      for (const w of a.statement.content) {
        if (b.statement.content.has(w) && !shared.atoms.has(w) && !placeWords.has(w)) residual++;
      }
      return residual >= (kind === 'dated' ? MIN_RESIDUAL_DATED : MIN_RESIDUAL_UNDATED);
    },
    variant: (d) => ({ key: d.place.key, value: d.place.text, evidence: { article: d.statement.article, start: d.place.start, end: d.place.end } }),
  });
}
