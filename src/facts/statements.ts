/**
 * Doc → statements: each clause with who acts (actor keys), what they do (action class and polarity, with the
 * actor that does it), the numbers and dates it gives, and its content words. Statements that are mostly a direct
 * quote are left out: a quote is what someone said, not a fact of the world (quotes have their own section).
 */
import type { ArticleId, EntityId } from '../brief/types.ts';
import type { Doc, Quantity, Span } from '../doc/types.ts';
import { findActors, type ActorMention } from './actors.ts';
import { splitClauses } from './clauses.ts';
import { ACTING_ADJECTIVES, NEGATING_VERBS, NEGATORS, NOMINAL_ACTIONS, PREDICATE_ADJECTIVES, actionClass, isGeneric } from './lexicon.ts';
import { stem } from './stem.ts';

export type KeyStrength = 'strong' | 'weak' | 'generic';

export interface Action {
  cls: string;
  negative: boolean;
  /** Wanted or urged, not done: "pressed for X to meet", "tried to persuade". */
  irrealis: boolean;
  /** Actor key of who does it, when found. */
  subject: string | null;
  /** The subject's name key, when the subject is an entity ("n:putin"). */
  subjectAlias: string | null;
  token: number;
}

export interface Statement {
  article: ArticleId;
  /** Position of the article in corpus.docs. */
  doc: number;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  actors: string[];
  actions: Action[];
  keys: Map<string, KeyStrength>;
  content: Set<string>;
  quantities: Quantity[];
  /** Per quantity, the class of the action it belongs to (the nearest specific verb), or null. */
  quantityActions: (string | null)[];
  /** TIMEX3 values of the dates and times in the statement. */
  dates: string[];
  /** Share of the statement inside quotation marks (0–0.5). */
  quoted: number;
  /** Its subject stands in the clause before ("… and must fall by 6 metres"): read alone it lacks one. */
  sharesSubject: boolean;
}

/** A statement more than this share of which is inside quotation marks is a quote, not a fact. */
const MAX_QUOTED_SHARE = 0.5;
/** How far back (in tokens) a "not" / "no" negates a verb. */
const NEGATION_REACH = 5;
/** Object nouns after the verb that make a weak key ("proposed talks" → propose|talks). */
const MAX_OBJECT_KEYS = 4;

const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that',
  'this', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'them', 'his', 'her', 'their', 'we', 'our', 'you',
  'i', 'me', 'my', 'who', 'which', 'what', 'whom', 'there', 'here', 'also', 'still', 'even', 'just', 'only', 'very',
  'more', 'most', 'much', 'many', 'some', 'any', 'all', 'both', 'each', 'other', 'such', 'than', 'then', 'now',
  'up', 'out', 'over', 'into', 'about', 'after', 'before', 'while', 'when', 'where', 'whether', 'if', 'because',
  'so', 'not', "n't", 'no', 'never', 'own', 'himself', 'herself', 'itself', 'themselves', 'side', 'way', 'time',
  'thing', 'part', 'later', 'earlier', 'meanwhile', 'however', 'yet', 'would', 'could', 'should', 'will', 'may',
  'might', 'must', 'can', 'said', 'says', 'say', 'told', 'according',
]);
const PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'of', 'with', 'for', 'on', 'by', 'into', 'towards', 'toward', 'near', 'between', 'against', 'about']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'NUM']);

function quotedRanges(doc: Doc): Span[] {
  if (doc.quotes && doc.quotes.length > 0) return doc.quotes.filter((q) => q.kind === 'speech');
  const out: Span[] = [];
  const re = /“[^”\n]*”|"[^"\n]*"/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function quotedShare(ranges: readonly Span[], start: number, end: number): number {
  let inside = 0;
  for (const r of ranges) {
    const a = Math.max(start, r.start);
    const b = Math.min(end, r.end);
    if (b > a) inside += b - a;
  }
  return end > start ? inside / (end - start) : 0;
}

/** Words that end the reach of a "not" / "no" before them ("no breakthrough until he meets …"). */
const SCOPE_BREAKERS = new Set(['until', 'unless', 'before', 'after', 'because', 'if', 'when', 'while', 'that', 'which', 'who', 'and', 'but', 'or', 'since', 'although', 'though', 'whether']);

function isNegated(doc: Doc, k: number, floor: number): boolean {
  for (let j = k - 1; j >= Math.max(floor, k - NEGATION_REACH); j--) {
    const t = doc.tokens[j]!;
    const w = t.text.toLowerCase();
    if (NEGATORS.has(w)) return true;
    if (t.pos === 'PUNCT' || SCOPE_BREAKERS.has(w)) return false;
    if (t.pos === 'VERB') return NEGATING_VERBS.has(stem(w)) && doc.tokens[j + 1]?.text.toLowerCase() === 'to';
  }
  return false;
}

/** Verbs whose "to …" complement is wanted, not done. */
const WANTING = new Set(['urge', 'propose', 'hope', 'want', 'try', 'ask', 'persuade', 'challenge', 'demand', 'press', 'push', 'encourage', 'invite', 'seek', 'wish', 'pressure', 'call', 'convince', 'allow'].map(stem));
/** How far before "to" the wanting verb may stand ("pressed for Putin and Zelenskyy to meet"). */
const WANTING_REACH = 8;

function isIrrealis(doc: Doc, k: number, floor: number): boolean {
  let to = k - 1;
  if (doc.tokens[to]?.pos === 'ADV') to--;
  if (to < floor || doc.tokens[to]!.text.toLowerCase() !== 'to') return false;
  for (let j = to - 1; j >= Math.max(floor, to - WANTING_REACH); j--) {
    const t = doc.tokens[j]!;
    if (t.pos === 'PUNCT') return false;
    if (t.pos === 'VERB') return WANTING.has(stem(t.text));
  }
  return false;
}

const PASSIVE_SUBJECT = new Set(['expect', 'happen', 'schedul', 'due']);
/** Numbers below this do not make a key of their own ("two leaders"). */
const MIN_KEYED_NUMBER = 10;
/** Distance added to a verb that follows a number without having it as subject. */
const FAR_VERB = 40;
const AUXILIARIES = /^(?:\s*(?:were|was|are|is|have|has|had|been|being|be|still|also|reportedly|now|all)\b)*\s*$/i;

/** The words between a number and a verb are only its counted noun and auxiliaries ("workers have been"). */
function subjectOfVerb(between: string, counts: string | null): boolean {
  let rest = between;
  if (counts) {
    const at = rest.toLowerCase().indexOf(counts);
    if (at >= 0 && /^[\s\p{L}-]*$/u.test(rest.slice(0, at))) rest = rest.slice(at + counts.length);
  }
  return AUXILIARIES.test(rest);
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** "were killed", "is being led": the actor before the verb is not the one who does it. */
function isPassive(doc: Doc, k: number, floor: number): boolean {
  const w = doc.tokens[k]!.text.toLowerCase();
  if (!/(ed|en|wn|ld|lt|nt|ught)$/.test(w)) return false;
  for (let j = k - 1; j >= Math.max(floor, k - 3); j--) {
    const t = doc.tokens[j]!;
    if (BE_FORMS.has(t.text.toLowerCase())) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

const agentFollows = (doc: Doc, k: number): boolean => doc.tokens[k]?.text.toLowerCase() === 'by';

function subjectOf(actors: readonly ActorMention[], verbToken: number, clauseStart: number, doc: Doc): ActorMention | null {
  let fallback: ActorMention | null = null;
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i]!;
    if (a.tokenEnd > verbToken || a.tokenStart < clauseStart) continue;
    // "about who was attending": the relative word is the subject, not the name before it
    let relative = false;
    for (let k = a.tokenEnd; k < verbToken; k++) {
      const w = doc.tokens[k]!.text.toLowerCase();
      if (RELATIVES.has(w)) relative = k > a.tokenEnd + 1 || (k === a.tokenEnd + 1 && doc.tokens[a.tokenEnd]!.text !== ',');
    }
    if (relative) return null;
    const before = doc.tokens[(a.titleStart ?? a.tokenStart) - 1]?.text.toLowerCase() ?? '';
    if (!PREPOSITIONS.has(before)) return a;
    fallback ??= a;
  }
  return fallback;
}

/** A form of "be" before token k, adverbs and "not" between ("was not absent", "is again absent"). */
function afterBe(doc: Doc, k: number, floor: number): boolean {
  let b = k - 1;
  while (b > floor && (doc.tokens[b]!.pos === 'ADV' || doc.tokens[b]!.pos === 'PART')) b--;
  return b >= floor && BE_FORMS.has(doc.tokens[b]!.text.toLowerCase());
}

const DETERMINERS_BEFORE_OWNER = new Set(['the', 'a', 'an']);
const isPossessive = (text: string): boolean => /^['’]s?$/.test(text);

/**
 * Whose action a noun names: "Varnik's absence", "his (conspicuous) absence", "the absence of Varnik". Only an
 * actor right at the noun counts ("the absence of senior figures such as X" names no one).
 */
function ownerOf(doc: Doc, actors: readonly ActorMention[], k: number): ActorMention | null {
  let before = k;
  if (doc.tokens[before - 1]?.pos === 'ADJ') before--;
  if (isPossessive(doc.tokens[before - 1]?.text ?? '')) before--;
  let after = k + 1;
  const afterOf = doc.tokens[after]?.text.toLowerCase() === 'of';
  if (afterOf) {
    after++;
    if (DETERMINERS_BEFORE_OWNER.has(doc.tokens[after]?.text.toLowerCase() ?? '')) after++;
  }
  for (const a of actors) {
    if (a.tokenEnd === before && before < k) return a;
    if (a.tokenEnd === before && a.person && a.tokenEnd - a.tokenStart === 1 && /^(his|her|their)$/i.test(a.name)) return a;
    if (afterOf && a.tokenStart === after) return a;
  }
  return null;
}

function buildStatements(doc: Doc, index: number, entities: readonly (EntityId | null)[] | undefined): Statement[] {
  const actors = findActors(doc, entities);
  const quoted = quotedRanges(doc);
  const quantities = doc.quantities ?? [];
  const times = (doc.times ?? []).filter((t) => t.type === 'DATE' || t.type === 'TIME');
  const out: Statement[] = [];
  let a0 = 0;
  for (const sentence of doc.sentences) {
    let previousSubject: ActorMention | null = null;
    let previousSubjectWords: string[] = [];
    for (const clause of splitClauses(doc, sentence)) {
      const first = doc.tokens[clause.tokenStart]!;
      const last = doc.tokens[clause.tokenEnd - 1]!;
      const start = first.start;
      const end = last.end;
      const quotedPart = quotedShare(quoted, start, end);
      if (quotedPart > MAX_QUOTED_SHARE) continue;
      while (a0 < actors.length && actors[a0]!.end <= start) a0++;
      const inside: ActorMention[] = [];
      for (let i = a0; i < actors.length && actors[i]!.start < end; i++) inside.push(actors[i]!);
      const qs = quantities.filter((q) => q.start >= start && q.end <= end);
      const inQuantity = (at: number): boolean => qs.some((q) => q.start <= at && at < q.end);
      const actorAt = new Map<number, string>();
      for (const a of inside) for (let k = a.tokenStart; k < a.tokenEnd; k++) actorAt.set(k, a.key);
      const actions: Action[] = [];
      const content = new Set<string>();
      /** Where each content word first stands (to tell the subject words, before the first verb). */
      const subjectWordAt = new Map<string, number>();
      const objectNouns: { token: number; word: string }[] = [];
      for (let k = clause.tokenStart; k < clause.tokenEnd; k++) {
        const t = doc.tokens[k]!;
        const actor = actorAt.get(k);
        if (actor) {
          content.add(actor);
          if (!subjectWordAt.has(actor)) subjectWordAt.set(actor, t.start);
          continue;
        }
        const w = t.text.toLowerCase();
        if (t.pos === 'VERB' || (t.pos === 'AUX' && stem(w) === 'be')) {
          const next = doc.tokens[k + 1];
          const { cls, words } = actionClass(stem(w), next && k + 1 < clause.tokenEnd ? stem(next.text) : null);
          if (t.pos === 'AUX' && words === 1) continue;
          // "X is expected in Y": for these verbs the passive subject is who acts
          const passive = !PASSIVE_SUBJECT.has(cls) && isPassive(doc, k, clause.tokenStart);
          const agent = doc.tokens[k + words]?.text.toLowerCase() === 'by' ? inside.find((x) => x.tokenStart === k + words + 1) ?? null : null;
          let subject = agent ?? (passive || agentFollows(doc, k + words) ? null : subjectOf(inside, k, clause.tokenStart, doc));
          if (!subject && !passive && clause.sharesSubject && actions.length === 0) subject = previousSubject;
          actions.push({
            cls, negative: isNegated(doc, k, clause.tokenStart), irrealis: isIrrealis(doc, k, clause.tokenStart),
            subject: subject?.key ?? null, subjectAlias: subject && subject.alias !== subject.key ? subject.alias : null, token: k,
          });
          if (!isGeneric(cls)) content.add(`v:${cls}`);
          k += words - 1;
          continue;
        }
        const acting = t.pos === 'ADJ' ? ACTING_ADJECTIVES.get(w) : undefined;
        if (acting && afterBe(doc, k, clause.tokenStart)) {
          // "Varnik was absent": the actor before is who (did not) act; "was not absent" turns it over
          const subject = subjectOf(inside, k, clause.tokenStart, doc);
          const negative = acting.negative !== isNegated(doc, k, clause.tokenStart);
          actions.push({ cls: acting.cls, negative, irrealis: false, subject: subject?.key ?? null, subjectAlias: subject && subject.alias !== subject.key ? subject.alias : null, token: k });
          content.add(`v:${acting.cls}`);
          continue;
        }
        const nominal = t.pos === 'NOUN' ? NOMINAL_ACTIONS.get(w) : undefined;
        if (nominal) {
          const owner = ownerOf(doc, inside, k);
          if (owner) {
            actions.push({ cls: nominal.cls, negative: nominal.negative, irrealis: false, subject: owner.key, subjectAlias: owner.alias !== owner.key ? owner.alias : null, token: k });
            content.add(`v:${nominal.cls}`);
            continue;
          }
        }
        if (t.pos === 'ADJ' && PREDICATE_ADJECTIVES.has(w) && (BE_FORMS.has(doc.tokens[k - 1]?.text.toLowerCase() ?? '') || inQuantity(doc.tokens[k - 1]?.start ?? -1))) {
          const cls = actionClass(stem(w), null).cls;
          actions.push({ cls, negative: isNegated(doc, k, clause.tokenStart), irrealis: false, subject: null, subjectAlias: null, token: k });
          content.add(`v:${cls}`);
          continue;
        }
        if (!CONTENT_POS.has(t.pos) || t.pos === 'NUM' || STOP.has(w) || !/[a-z]/i.test(w) || inQuantity(t.start)) continue;
        const s = stem(w);
        content.add(s);
        if (!subjectWordAt.has(s)) subjectWordAt.set(s, t.start);
        if (t.pos === 'NOUN') objectNouns.push({ token: k, word: s });
      }
      // the subject words of the clause ("the reservoir … and must fall"): a clause that shares its subject has them too
      const firstSpecific = actions.find((a) => !isGeneric(a.cls));
      const firstVerbStart = firstSpecific ? doc.tokens[firstSpecific.token]!.start : end;
      const subjectWords = [...content].filter((w) => !w.startsWith('v:') && subjectWordAt.get(w)! < firstVerbStart);
      if (clause.sharesSubject) for (const w of previousSubjectWords) content.add(w);
      previousSubjectWords = clause.sharesSubject ? previousSubjectWords : subjectWords;
      const firstSubject = actions.find((a) => a.subject)?.subject;
      previousSubject = firstSubject ? inside.find((m) => m.key === firstSubject) ?? previousSubject : previousSubject;
      if (actions.length === 0) continue;
      for (const q of qs) content.add(`#${q.value}`);
      // a number belongs to the verb nearest to it ("killed … 12,000 civilians")
      const nearest = new Map<Quantity, Action>();
      for (const q of qs) {
        let best: Action | null = null;
        let gap = Infinity;
        for (const a of actions) {
          if (isGeneric(a.cls)) continue;
          const t = doc.tokens[a.token]!;
          // a verb right after the number and its noun has them as subject ("3,000 workers walked out"): it wins;
          // a verb further on belongs to something else ("fall by 6 metres before residents return")
          const d = t.start >= q.end
            ? (subjectOfVerb(doc.text.slice(q.end, t.start), q.counts) ? 0 : t.start - q.end + FAR_VERB)
            : q.start - t.end;
          if (d < gap) { gap = d; best = a; }
        }
        if (best) nearest.set(q, best);
      }
      const keys = new Map<string, KeyStrength>();
      const put = (key: string, strength: KeyStrength): void => {
        const had = keys.get(key);
        if (!had || had === 'generic' || (had === 'weak' && strength === 'strong')) keys.set(key, strength);
      };
      const specific = actions.filter((a) => !isGeneric(a.cls));
      // the same number of the same thing, whatever the verb ("holds water for 300,000 people" / "supplies … 300,000
      // people"): small numbers say too little
      for (const q of qs) if (q.counts && q.value >= MIN_KEYED_NUMBER) put(`n:${stem(q.counts.split(' ').pop()!)}|${q.value}`, 'weak');
      for (const a of actions) {
        const pol = a.negative ? 'neg' : a.irrealis ? 'irr' : 'pos';
        if (isGeneric(a.cls)) {
          if (a.subject) put(`g:${a.subject}|${a.cls}`, 'generic');
          if (a.subjectAlias) put(`g:${a.subjectAlias}|${a.cls}`, 'generic');
          continue;
        }
        if (a.subject) put(`s:${a.subject}|${a.cls}|${pol}`, 'strong');
        if (a.subjectAlias) put(`s:${a.subjectAlias}|${a.cls}|${pol}`, 'strong');
        for (const q of qs) if (q.counts && nearest.get(q) === a) put(`q:${stem(q.counts.split(' ').pop()!)}|${a.cls}|${pol}`, 'strong');
        let n = 0;
        for (const o of objectNouns) if (o.token > a.token && n++ < MAX_OBJECT_KEYS) put(`o:${a.cls}|${pol}|${o.word}`, 'weak');
        for (const x of inside) if (x.tokenStart > a.token && x.key !== a.subject) put(`o:${a.cls}|${pol}|${x.alias}`, 'weak');
      }
      if (specific.length === 0 && content.size < 4) continue;
      out.push({
        article: doc.id, doc: index, start, end, tokenStart: clause.tokenStart, tokenEnd: clause.tokenEnd,
        actors: [...new Set(inside.map((a) => a.alias))], actions, keys, content, quantities: qs,
        quantityActions: qs.map((q) => nearest.get(q)?.cls ?? null),
        dates: times.filter((t) => t.start >= start && t.end <= end).map((t) => t.value),
        quoted: quotedPart,
        sharesSubject: clause.sharesSubject,
      });
    }
  }
  return out;
}

const cache = new WeakMap<Doc, { entities: readonly (EntityId | null)[] | undefined; index: number; statements: Statement[] }>();

/** The statements of one article (memoised per Doc object: facts and conflicts both read them). */
export function statementsOf(doc: Doc, index: number, entities?: readonly (EntityId | null)[]): Statement[] {
  const hit = cache.get(doc);
  if (hit && hit.entities === entities && hit.index === index) return hit.statements;
  const statements = buildStatements(doc, index, entities);
  cache.set(doc, { entities, index, statements });
  return statements;
}
