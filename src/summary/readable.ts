/**
 * Can this sentence stand alone in a summary? Rejects what a reader could not follow out of context: an opening
 * pronoun or demonstrative ("He", "This", "The move"), a quote without its speaker, a line with no verb or no final
 * punctuation (subheads, bylines, credit lines that cleaning missed), and fragments too short or too long.
 */
import type { Doc, Sentence, Token } from '../doc/types.ts';
import { FUNCTION_WORDS } from './words.ts';

/** Openings that point back to something earlier in the article. Lower-case, first word(s). */
const DANGLING_OPENERS = new Set([
  'he', 'she', 'it', 'they', 'them', 'him', 'her', 'his', 'hers', 'its', 'their', 'theirs', 'we', 'our', 'us', 'i',
  'you', 'this', 'that', 'these', 'those', 'such', 'there', 'both', 'another', 'others', 'other', 'also', 'then',
  'still', 'meanwhile', 'however', 'instead', 'but', 'and', 'or', 'so', 'yet', 'besides', 'moreover', 'thus', 'later',
  'earlier', 'afterward', 'afterwards', 'nevertheless', 'nonetheless', 'otherwise', 'likewise', 'similarly',
  'furthermore', 'here', 'now',
]);
/** "The move", "The decision" …: a definite noun that names an earlier event. */
const ANAPHORIC_NOUNS = new Set([
  'move', 'decision', 'announcement', 'statement', 'incident', 'attack', 'deal', 'agreement', 'plan', 'step',
  'measure', 'proposal', 'report', 'comments', 'remarks', 'development', 'latter', 'former', 'same', 'idea', 'case',
  'issue', 'situation', 'event', 'action', 'effort', 'talks', 'meeting', 'visit', 'trip', 'letter', 'ruling',
  'vote', 'bill', 'law', 'group', 'company', 'man', 'woman', 'official', 'spokesman', 'spokeswoman', 'two', 'three',
]);
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'this', 'these', 'those', 'we', 'i']);
const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
const SPEECH = /\b(said|says|say|told|tells|added|adds|asked|asks|stated|states|declared|announced|wrote|writes|insisted|argued|warned|explained|noted|according to|quoted|claimed|claims|replied|recalled|urged|acknowledged|admitted|called|described)\b/i;
/**
 * "I", "we", "my", "our" outside quotation marks: a speaker's words whose quotation marks a paragraph break left
 * behind ("I'm prepared to make a big step."), or a columnist's voice: neither is the story's. ("US" is a country.)
 */
const FIRST_PERSON = /(?<![\p{L}\p{N}'’])(I|I['’](m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e['’](re|ve|d|ll)|us|[Oo]ur|[Oo]urs)(?![\p{L}\p{N}'’])/u;
/** Verbs that answer a request or an offer told before: without an object they point to it. */
const ANSWERS = new Set(['refused', 'refuses', 'declined', 'declines', 'agreed', 'agrees', 'accepted', 'accepts', 'rejected', 'rejects',
  'denied', 'denies', 'confirmed', 'confirms', 'approved', 'approves', 'objected', 'objects', 'complied', 'relented', 'obliged']);
/** What a report says when a person did not answer: it tells nothing of the story. */
const NO_COMMENT = /\b(not (be )?(immediately )?(available|reached) for comment|could not (immediately )?be reached|declined to comment|did not (immediately )?(return|respond to) (a |telephone |phone )?(calls?|requests?|messages?))\b/i;
/** Fewest content words a quotation must hold: "“That's all right,” she replied." tells the reader nothing. */
const MIN_QUOTED = 4;
const QUOTE_CHARS = /["“”«»]|``|''/g;
const FINAL = /[.!?]["'”’)\]]*$/;
const MIN_WORDS = 6;
export const MAX_WORDS = 55;

export interface ReadableCheck {
  ok: boolean;
  reason?: string;
}

export interface CheckOptions {
  /** The sentence is the tail of a longer one (compress.ts) and will be given a capital: a lower-case start is fine. */
  capitalised?: boolean;
  /** Longest sentence accepted, in words (default MAX_WORDS): a shortened form is judged on its own length. */
  maxWords?: number;
}

export function checkSentence(doc: Doc, s: Sentence, options: CheckOptions = {}): ReadableCheck {
  // s may start after a dateline the cleaner left (see candidates.ts); its tokens are those inside [start, end).
  const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
  const words = toks.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (words.length < MIN_WORDS) return { ok: false, reason: 'short' };
  if (words.length > (options.maxWords ?? MAX_WORDS)) return { ok: false, reason: 'long' };
  const text = doc.text.slice(s.start, s.end);
  if (!FINAL.test(text)) return { ok: false, reason: 'no final punctuation' };
  if (/\n/.test(text)) return { ok: false, reason: 'line break' };
  if (!toks.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return { ok: false, reason: 'no verb' };
  // Pronouns inside a quote that opens the sentence are the speaker's, and the attribution names the speaker.
  const quoted = /^["“'‘`]/.test(text);
  const first = words[0]!.norm;
  if (!quoted && DANGLING_OPENERS.has(first)) return { ok: false, reason: 'dangling opener' };
  // "One would require …": "one" standing for a noun of the sentence before.
  if (!quoted && first === 'one' && words[1] && (words[1].pos === 'VERB' || words[1].pos === 'AUX')) return { ok: false, reason: 'dangling opener' };
  if (!quoted && (first === 'the' || first === 'that' || first === 'this') && words[1] && ANAPHORIC_NOUNS.has(words[1].norm) &&
    !namesItsReferent(toks, toks.indexOf(words[1]))) {
    return { ok: false, reason: 'anaphoric opener' };
  }
  // "After the meeting, he said …": a pronoun opening the main clause, with no name before it to point to.
  const lead = words.slice(0, 8);
  const k = lead.findIndex((t, i) => i > 0 && CLAUSE_PRONOUNS.has(t.norm));
  if (!quoted && k > 0) {
    const before = toks.slice(0, toks.indexOf(lead[k]!));
    if (before.length && before[before.length - 1]!.text === ',' && !before.some((t) => t.pos === 'PROPN')) {
      return { ok: false, reason: 'dangling pronoun' };
    }
  }
  // "The police came after he returned home": he, she, his or her with no name before it points outside.
  if (!quoted) {
    const p = toks.findIndex((t) => PERSONAL.has(t.norm));
    if (p >= 0 && !toks.slice(0, p).some((t) => t.pos === 'PROPN' && !CALENDAR.test(t.text))) {
      return { ok: false, reason: 'pronoun without antecedent' };
    }
  }
  // "Voters in the Democratic south, he said, …": a speaker given as a pronoun needs a person named before it.
  if (!quoted && doc.mentions) {
    const at = toks.findIndex((t, i) => PERSONAL.has(t.norm) && i > 0 && toks[i - 1]!.text === ',' && SPEECH.test(toks[i + 1]?.text ?? ''));
    const person = (doc.mentions ?? []).some((m) => m.type === 'person' && m.tokenStart >= s.tokenStart && m.tokenStart < s.tokenStart + at);
    if (at > 0 && !person) return { ok: false, reason: 'pronoun without antecedent' };
  }
  if (!quoted && FIRST_PERSON.test(text.replace(/“[^”]*”|"[^"]*"/g, ' '))) return { ok: false, reason: 'first person outside quotes' };
  if (NO_COMMENT.test(text)) return { ok: false, reason: 'no comment' };
  // "The panel refused, to avoid …", "The union agreed.": a main verb that answers something before, with no object
  // (near the start: at the end of a relative clause, "a loan the board approved.", the object is in the sentence).
  if (!quoted && toks.some((t, i) => i <= 5 && ANSWERS.has(t.norm) && /^[,.;]$/.test(toks[i + 1]?.text ?? ''))) return { ok: false, reason: 'answer without its question' };
  if (!quoted) {
    const dangling = pointsOutside(toks);
    if (dangling) return { ok: false, reason: dangling };
  }
  if (/^[a-z]/.test(text) && !options.capitalised) return { ok: false, reason: 'lower-case start' };
  if (/^\W/.test(text) && !/^["“'‘]/.test(text)) return { ok: false, reason: 'punctuation start' };
  const quotes = text.match(QUOTE_CHARS)?.length ?? 0;
  const curlyOpen = (text.match(/[“]/g) ?? []).length;
  const curlyClose = (text.match(/[”]/g) ?? []).length;
  if (quotes > 0) {
    if (curlyOpen !== curlyClose) return { ok: false, reason: 'unbalanced quote' };
    const straight = (text.match(/"/g) ?? []).length;
    if (straight % 2 === 1) return { ok: false, reason: 'unbalanced quote' };
    const ticks = (text.match(/``/g) ?? []).length;
    const closes = (text.match(/''/g) ?? []).length;
    if (ticks !== closes) return { ok: false, reason: 'unbalanced quote' };
    // Scare quotes around a term ("accused them of trying to “internationalize” the dispute") need no speaker.
    if (!onlyTermsQuoted(text)) {
      if (!SPEECH.test(text)) return { ok: false, reason: 'quote without speaker' };
      if (!namedOutsideQuotes(text, toks)) return { ok: false, reason: 'quote without named speaker' };
      if (quotedContentWords(text) < MIN_QUOTED) return { ok: false, reason: 'low-content quote' };
      if (speakerElsewhere(doc, s)) return { ok: false, reason: 'quote without its speaker' };
    }
  }
  if (/^(by|photo|image|credit|copyright|reporting by|editing by|additional reporting)\b/i.test(text)) {
    return { ok: false, reason: 'credit line' };
  }
  if (/\?\s*["'”’]*$/.test(text)) return { ok: false, reason: 'question' };
  // "1981: Defence minister …", "Key dates: …": a label before a colon makes a list item, not a sentence.
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 40 && countLabelWords(text.slice(0, colon)) <= 4 && !SPEECH.test(text.slice(0, colon))) {
    return { ok: false, reason: 'list item' };
  }
  // Cut inside an abbreviation ("Rep. Jane Doe, D-N." of "D-N.Y."): a sentence may not end on a lone initial.
  if (/(^|[\s-])[A-Z]\.["'”’)]*$/.test(text)) return { ok: false, reason: 'cut at an initial' };
  return { ok: true };
}

/**
 * "The decision to cancel the games …", "The attack on the embassy …", "The former dictator's son …": the noun is
 * followed by what it refers to (a complement), or "former"/"latter" modifies a noun, so nothing points back.
 */
function namesItsReferent(toks: readonly Token[], at: number): boolean {
  const noun = toks[at]!.norm;
  const next = toks[at + 1];
  if (!next) return false;
  if (noun === 'former' || noun === 'latter') return next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN';
  if (noun === 'two' || noun === 'three' || noun === 'same' || noun === 'latter' || noun === 'former') return false;
  return COMPLEMENT.has(next.norm);
}
const COMPLEMENT = new Set(['to', 'of', 'by', 'for', 'on', 'against', 'between', 'with', 'from']);

/** Every quoted stretch is a term of at most three words (scare quotes), not a statement. */
export function onlyTermsQuoted(text: string): boolean {
  const spans = text.match(/“[^”]*”|"[^"]*"/g);
  if (!spans || spans.length === 0) return false;
  const total = (text.match(/["“”]/g) ?? []).length;
  if (total !== spans.length * 2) return false;
  return spans.every((q) => (q.slice(1, -1).match(/\S+/g) ?? []).length <= 3 && !/[.!?,]$/.test(q.slice(1, -1)));
}

const countLabelWords = (s: string): number => (s.match(/\S+/g) ?? []).length;

const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

/** A name (proper noun) outside the quoted words: "…,” he added." names no one. */
function namedOutsideQuotes(text: string, toks: readonly { text: string; start: number; pos: string }[]): boolean {
  const base = toks[0]?.start ?? 0;
  const inside: boolean[] = [];
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“') open = true;
    else if (ch === '”') { inside[i] = true; open = false; continue; }
    else if (ch === '"') { open = !open; inside[i] = true; continue; }
    inside[i] = open;
  }
  return toks.some((t) => t.pos === 'PROPN' && !CALENDAR.test(t.text) && !inside[t.start - base]);
}

/** Nouns of time after a demonstrative: "this year", "that day" count from the article's date, not from a sentence before. */
const TIME_NOUNS = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'time', 'morning', 'afternoon',
  'evening', 'night', 'weekend', 'season', 'summer', 'winter', 'spring', 'fall', 'autumn', 'century', 'decade', 'era', 'point']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
const NEUTER = new Set(['it', 'its', 'they', 'them', 'their', 'theirs']);

/**
 * Words outside quotes that point to a sentence before, with nothing in this one to point to: a demonstrative
 * before a noun it has not used yet, early in the sentence ("Part of that vision rests on …"; "this year" is a
 * time, not a reference; after three nouns, "charged with fraud in connection with those deals" most likely
 * points inside the sentence), or
 * "it"/"they"/"their" with no noun or name before it ("Under their plan, …").
 */
function pointsOutside(toks: readonly Token[]): string | null {
  let quoted = false;
  let nouns = 0;
  const seen = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (/^["“”]$/.test(t.text)) { quoted = !quoted; continue; }
    if (quoted) continue;
    if (DEMONSTRATIVES.has(t.norm) && (t.pos === 'DET' || /^(kind|sort|type)$/.test(toks[i + 1]?.norm ?? ''))) {
      const next = toks[i + 1];
      // "the issue that President …", "said that officials …": a relative or a complement, not a demonstrative.
      const joins = t.norm === 'that' && i > 0 && !/^(kind|sort|type)$/.test(next?.norm ?? '') && ['NOUN', 'PROPN', 'VERB', 'AUX', 'ADV', 'PRON'].includes(toks[i - 1]!.pos);
      if (next && !joins && /^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ') && !TIME_NOUNS.has(next.norm) &&
        !seen.has(next.norm) && nouns < 3) return 'demonstrative without referent';
    }
    // "In their first meeting, the two leaders …": a pronoun in an opening phrase may point ahead to the subject.
    if (NEUTER.has(t.norm) && nouns === 0 && !pointsAhead(toks, i)) return 'pronoun without antecedent';
    // "X is something else as well": else than what was told before.
    if (t.norm === 'else' && /^(something|someone|somebody|anything|anyone|everything|everyone|nothing|nobody)$/.test(toks[i - 1]?.norm ?? '')) return 'points back';
    if (t.pos === 'NOUN' || t.pos === 'PROPN') { nouns++; seen.add(t.norm); }
  }
  return null;
}

/** The pronoun at `at` sits in an opening phrase whose comma is followed by a noun phrase, its likely referent. */
function pointsAhead(toks: readonly Token[], at: number): boolean {
  for (let k = at + 1; k < Math.min(toks.length - 1, 20); k++) {
    if (toks[k]!.text !== ',') continue;
    return ['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(toks[k + 1]!.pos);
  }
  return false;
}

/** Content words (not function words) inside the quotation marks of `text`. */
function quotedContentWords(text: string): number {
  const spans = text.match(/“[^”]*”|"[^"]*"/g) ?? [];
  let n = 0;
  for (const q of spans) for (const w of q.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) if (!FUNCTION_WORDS.has(w.replace(/['’]s$/, ''))) n++;
  return n;
}

/**
 * A quotation in the sentence whose speaker, as the quotes layer resolved it, is not named in the sentence: "“…,”
 * he said." after a sentence naming someone else, where "he" is a speaker of a sentence before.
 */
function speakerElsewhere(doc: Doc, s: Sentence): boolean {
  const text = doc.text.slice(s.start, s.end).toLowerCase();
  for (const q of doc.quotes ?? []) {
    if (q.kind !== 'speech' || q.start < s.start || q.end > s.end || !q.speakerName) continue;
    const words = q.speakerName.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length === 0) continue;
    const surname = words[words.length - 1]!.replace(/['’]s$/, '').toLowerCase();
    if (!text.includes(surname)) return true;
  }
  return false;
}
