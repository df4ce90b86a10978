/**
 * Shorter forms of a sentence that say the same thing in fewer words, offered to the selection beside the whole
 * sentence (the selection takes at most one of them: they share their content words). Each form is a list of spans
 * of the article, so the summary sentence is still the outlet's own words and its evidence covers every one of them;
 * only the first letter may be raised to a capital.
 *
 * - Parentheses dropped: "2,000 kilometers (1,200 miles) southeast" → "2,000 kilometers southeast". What a
 *   parenthesis holds is by its nature an aside: a conversion, a pronunciation, an abbreviation, a party label.
 * - A weekday or another time counted from the article's own date dropped ("met Sunday with" → "met with",
 *   "said on Friday." → "said.", "agreed last week to" → "agreed to"): see `relativeTimeCuts`.
 * - Words that tie the sentence to its article dropped (", however,", "also", "here"): see `tieCuts`.
 * - A generic attribution dropped when the sentence quotes no one (", officials said.", ", according to police.",
 *   "The fire, police said, started …"): see `attributionTailCuts`. A named source or a pronoun stays.
 * - An opening connective dropped: "But the union rejected the offer." / "Meanwhile, the union …" → "The union …".
 *   A connective ties the sentence to the one before it in its article; alone in a summary it points nowhere.
 * - An opening time counted from the article's date dropped: "Last week, the league …" → "The league …".
 * - An opening phrase before the subject dropped: "Despite a new offer from the players, the league cancelled …" →
 *   "The league cancelled …"; likewise a purpose ("To ease the shortage, the city …"). Only after prepositions,
 *   participles or purposes that add circumstance, never a condition
 *   ("if", "unless", "under", "without"), an attribution ("according to") or a question put ("Asked whether …"):
 *   what remains is still true as stated.
 * A form is offered only when what remains may stand alone (readable.ts, and `standsAlone` for a cut opening).
 */
import type { Doc, Sentence, Span } from '../doc/types.ts';
import { checkSentence, MAX_WORDS } from './readable.ts';

/** Longest parenthesis dropped, in tokens: a longer one is more than an aside. */
const MAX_ASIDE = 14;

export interface ShorterForm {
  parts: Span[];
  /** May stand alone in a summary (with its first letter raised). */
  readable: boolean;
}

/** The parentheses of `s`, each from the space before "(" to ")": "miles (1,200 km) south" → "miles south". */
export function parenthesisCuts(doc: Doc, s: Sentence): Span[] {
  const cuts: Span[] = [];
  for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
    if (doc.tokens[t]!.text !== '(') continue;
    let close = -1;
    for (let k = t + 1; k < s.tokenEnd && k <= t + MAX_ASIDE + 1; k++) {
      const x = doc.tokens[k]!.text;
      if (x === '(') break;
      if (x === ')') { close = k; break; }
    }
    if (close < 0) continue;
    cuts.push({ start: spaceBefore(doc, s, doc.tokens[t]!.start), end: doc.tokens[close]!.end });
    t = close;
  }
  return cuts;
}

/** Words that make a weekday part of a name ("Good Friday", "Super Tuesday"). */
const DAY_NAMES = new Set(['good', 'black', 'easter', 'super', 'ash', 'palm', 'holy', 'bloody', 'cyber', 'blue', 'maundy', 'whit', 'shrove']);
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const DAY_PART = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Words before a weekday that go with it ("on Sunday", "late Friday"); any other preposition keeps it ("until Friday"). */
const DAY_LEAD = new Set(['on', 'late', 'early', 'last']);

/**
 * Weekday adverbials inside the sentence: "met Sunday with", "said on Friday.", "late Thursday night"; and days,
 * weeks and months counted from today: "today", "yesterday", "last week", "earlier this month". Each counts from
 * the date of its own article, which the summary does not show, so alone in a summary it misleads more than it
 * tells. Kept: a weekday after another preposition ("until Friday", "next Friday", "by Monday"), a
 * possessive ("Sunday's vote"), one inside a name ("Good Friday"; a weekday after its subject's name stays a
 * time: "the Association Tuesday canceled"), one that opens the sentence; likewise "until next week", "the last week", "this week's".
 */
export function relativeTimeCuts(doc: Doc, s: Sentence): Span[] {
  const cuts: Span[] = [];
  for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
    if (!WEEKDAY.test(doc.tokens[t]!.norm)) continue;
    let from = t;
    const before = doc.tokens[t - 1]!;
    if (DAY_LEAD.has(before.norm)) from = t - 1;
    else if (DAY_NAMES.has(before.norm) || before.pos === 'ADP' || /^(next|this|every|each)$/.test(before.norm)) continue;
    // "early on Saturday": the adverb goes with its day.
    if (from > s.tokenStart && from < t && /^(early|late)$/.test(doc.tokens[from - 1]!.norm)) from--;
    if (from === s.tokenStart) continue;
    const prev = doc.tokens[from - 1]!;
    if (prev.pos === 'ADP') continue;
    let to = t;
    if (doc.tokens[t + 1] && DAY_PART.has(doc.tokens[t + 1]!.norm)) to = t + 1;
    const after = doc.tokens[to + 1];
    if (!after || /^['’]s?$/.test(after.text) || after.norm === "'s") continue;
    // "on Thursday or Friday", "Monday to Wednesday": a span of days is kept whole.
    const dayAt = (i: number): boolean => i >= s.tokenStart && i < s.tokenEnd && (WEEKDAY.test(doc.tokens[i]!.norm) || DAY_PART.has(doc.tokens[i]!.norm));
    if ((LINKS.has(after.norm) && (dayAt(to + 2) || dayAt(to + 3))) || (LINKS.has(before.norm) && dayAt(t - 2))) continue;
    cuts.push(phraseCut(doc, s, from, to));
    t = to;
  }
  for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
    const w = doc.tokens[t]!.norm;
    let to = -1;
    if (RELATIVE_DAY.has(w)) to = t;
    else if (/^(last|this|next)$/.test(w) && RELATIVE_SPAN.has(doc.tokens[t + 1]?.norm ?? '')) to = t + 1;
    if (to < 0) continue;
    let from = t;
    if (/^(earlier|later)$/.test(doc.tokens[from - 1]!.norm)) from--;
    if (from === s.tokenStart || doc.tokens[from - 1]!.pos === 'ADP' || doc.tokens[from - 1]!.pos === 'DET') continue;
    const after = doc.tokens[to + 1];
    if (!after || /^['’]s?$/.test(after.text) || after.norm === "'s") continue;
    cuts.push(phraseCut(doc, s, from, to));
    t = to;
  }
  // "went to the terminal the other morning to …": a day counted from the article's date, like "yesterday".
  for (let t = s.tokenStart + 1; t < s.tokenEnd - 3; t++) {
    if (doc.tokens[t]!.norm !== 'the' || doc.tokens[t + 1]!.norm !== 'other' || !/^(day|morning|afternoon|evening|night|week)$/.test(doc.tokens[t + 2]!.norm)) continue;
    if (doc.tokens[t - 1]!.pos === 'ADP' || cuts.some((c) => c.end >= doc.tokens[t]!.start && c.start <= doc.tokens[t + 2]!.end)) continue;
    cuts.push(phraseCut(doc, s, t, t + 2));
  }
  // "opened the gates two hours later to …": later than something told before, which the summary may not hold.
  for (let t = s.tokenStart + 2; t < s.tokenEnd - 1; t++) {
    if (doc.tokens[t]!.norm !== 'later' || !LATER_UNITS.test(doc.tokens[t - 1]!.norm)) continue;
    const count = doc.tokens[t - 2]!;
    if (!(count.pos === 'NUM' || /^(a|an|few|several|two|three)$/.test(count.norm))) continue;
    let from = t - 2;
    if (/^(a|an)$/.test(doc.tokens[from - 1]?.norm ?? '') && doc.tokens[from]!.norm === 'few') from--;
    if (from <= s.tokenStart || doc.tokens[from - 1]!.pos === 'ADP' || cuts.some((c) => c.end >= doc.tokens[from]!.start && c.start <= doc.tokens[t]!.end)) continue;
    cuts.push(phraseCut(doc, s, from, t));
  }
  return cuts.sort((a, b) => a.start - b.start);
}
const LATER_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/;
/** Words that join days into a span or a choice. */
const LINKS = new Set(['or', 'and', 'to', 'through', 'until', '-', '–', '—', 'nor']);
const RELATIVE_DAY = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);
const RELATIVE_SPAN = new Set(['week', 'weekend', 'month']);

const TAIL_VERBS = new Set(['said', 'say', 'says', 'reported', 'report', 'reports', 'announced', 'added', 'stated']);
/** Longest attribution tail dropped, in tokens (the comma and the verb included). */
const MAX_TAIL = 7;

/**
 * A generic attribution closing a sentence that quotes no one: "…, officials said." / "…, police said on Sunday." /
 * "…, news reports said." / "…, according to local officials." → "…."; or set off inside it: "The fire, police said,
 * started …" → "The fire started …". The words before the verb are all common lower-case words (no name, no pronoun:
 * ", he said" has a speaker the reader needs, and a named source is kept), so the tail says only that someone
 * official said it, which is what a news summary states anyway.
 */
export function attributionTailCuts(doc: Doc, s: Sentence): Span[] {
  const text = doc.text.slice(s.start, s.end);
  if (/["“”]/.test(text)) return [];
  const cuts: Span[] = [];
  const norm = (i: number): string => (i >= s.tokenStart && i < s.tokenEnd ? doc.tokens[i]!.norm : '');
  let end = s.tokenEnd - 1;
  if (!/^[.!]$/.test(doc.tokens[end]!.text)) return [];
  end--;
  // What may follow the verb: "on Sunday", "Sunday", "in a statement".
  if (WEEKDAY.test(norm(end))) end -= norm(end - 1) === 'on' ? 2 : 1;
  else if (norm(end) === 'statement' && norm(end - 1) === 'a' && norm(end - 2) === 'in') end -= 3;
  for (let t = end - 1; t > s.tokenStart + 3 && t >= end - MAX_TAIL; t--) {
    if (doc.tokens[t]!.text !== ',') continue;
    // ", officials said." or ", according to local officials."
    const said = TAIL_VERBS.has(norm(end)) && genericSource(doc, t + 1, end);
    const according = norm(t + 1) === 'according' && norm(t + 2) === 'to' && genericSource(doc, t + 3, end + 1);
    if (!said && !according) break;
    // "… against Acme Corp., people close to the talks said." keeps one stop: the abbreviation's.
    const abbreviation = doc.text[doc.tokens[t]!.start - 1] === '.';
    cuts.push({ start: doc.tokens[t]!.start, end: abbreviation ? s.end : doc.tokens[s.tokenEnd - 2]!.end });
    break;
  }
  // "The fire, police said, started in the kitchen.": the same attribution set off by commas inside.
  for (let t = s.tokenStart + 2; t < s.tokenEnd - 3; t++) {
    if (doc.tokens[t]!.text !== ',') continue;
    let v = t + 1;
    if (norm(t + 1) === 'according' && norm(t + 2) === 'to') {
      // ", according to people close to the deal," up to the next comma.
      v = t + 3;
      while (v < s.tokenEnd - 1 && v <= t + MAX_TAIL + 2 && doc.tokens[v + 1]!.text !== ',') v++;
      if (doc.tokens[v + 1]?.text !== ',' || !genericSource(doc, t + 3, v + 1)) continue;
      cuts.push({ start: doc.tokens[t]!.start, end: doc.tokens[v + 1]!.end });
      t = v + 1;
      continue;
    }
    while (v < s.tokenEnd && v <= t + MAX_TAIL && !TAIL_VERBS.has(norm(v))) v++;
    if (!TAIL_VERBS.has(norm(v)) || doc.tokens[v + 1]?.text !== ',' || !genericSource(doc, t + 1, v)) continue;
    cuts.push({ start: doc.tokens[t]!.start, end: doc.tokens[v + 1]!.end });
    t = v + 1;
  }
  return cuts.sort((a, b) => a.start - b.start);
}

/** Tokens [from, to) name a source in common lower-case words only: no name, no pronoun ("officials", "news reports"). */
function genericSource(doc: Doc, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let t = from; t < to; t++) {
    const x = doc.tokens[t]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(x.text) || x.pos === 'PRON' || x.pos === 'PROPN') return false;
  }
  return true;
}

/** Connectives set off by commas inside a sentence (", however,"): they tie it to the one before it. */
const INNER_CONNECTIVES = new Set(['however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'though',
  'too', 'also', 'therefore', 'instead', 'indeed']);

/** Words after which a "here" may go: a comma, a stop, a preposition that starts another phrase, "that". */
const AFTER_HERE = new Set([',', '.', 'with', 'on', 'for', 'after', 'before', 'in', 'at', 'during', 'that', 'from', 'by']);

/**
 * Words that tie a sentence to its article rather than to its story: a connective set off by commas ("The party,
 * however, withheld …" → "The party withheld …"), an "also" ("will also join" → "will join"), and "here", the
 * place of the dateline the summary does not show ("met here with" → "met with").
 */
export function tieCuts(doc: Doc, s: Sentence): Span[] {
  const cuts: Span[] = [];
  for (let t = s.tokenStart + 1; t < s.tokenEnd - 1; t++) {
    const x = doc.tokens[t]!;
    const prev = doc.tokens[t - 1]!;
    const next = doc.tokens[t + 1]!;
    if (INNER_CONNECTIVES.has(x.norm) && prev.text === ',' && next.text === ',' && t - 1 > s.tokenStart) {
      // ", however," → "": from the first comma to the second.
      cuts.push({ start: prev.start, end: next.end });
      t++;
    } else if (x.norm === 'also' && prev.text !== ',' && /^[\p{L}]/u.test(next.text) && /^[\p{L}]/u.test(prev.text)) {
      cuts.push({ start: spaceBefore(doc, s, x.start), end: x.end });
    } else if (x.norm === 'here' && (prev.pos === 'VERB' || prev.pos === 'AUX') && AFTER_HERE.has(next.norm)) {
      // Not before "to": "officers trained here to monitor" would read as a purpose without it.
      cuts.push({ start: spaceBefore(doc, s, x.start), end: x.end });
    }
  }
  return cuts;
}

/** Tokens from..to as a cut, with the space before; between two commas, with the first comma (", on Sunday," → ","). */
function phraseCut(doc: Doc, s: Sentence, from: number, to: number): Span {
  const prev = doc.tokens[from - 1];
  const next = doc.tokens[to + 1];
  if (prev && next && prev.text === ',' && next.text === ',' && from - 1 >= s.tokenStart) return { start: prev.start, end: doc.tokens[to]!.end };
  return { start: spaceBefore(doc, s, doc.tokens[from]!.start), end: doc.tokens[to]!.end };
}

/** The offset where the run of spaces before `at` begins (not before the sentence start). */
function spaceBefore(doc: Doc, s: Sentence, at: number): number {
  let from = at;
  while (from > s.start && /\s/.test(doc.text[from - 1]!)) from--;
  return from;
}

/** [from, s.end) without the cuts, as spans. */
function keptParts(s: Sentence, from: number, cuts: readonly Span[]): Span[] {
  const parts: Span[] = [];
  let at = from;
  for (const c of [...cuts].sort((x, y) => x.start - y.start)) {
    if (c.end <= at) continue;
    if (c.start > at) parts.push({ start: at, end: c.start });
    at = Math.max(at, c.end);
  }
  if (s.end > at) parts.push({ start: at, end: s.end });
  return parts;
}

/** Connectives dropped with the comma after them ("However, …"). */
const CONNECTIVES_COMMA = new Set(['however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'still',
  'also', 'besides', 'additionally', 'separately', 'indeed', 'and', 'but']);
/** Connectives dropped without a comma after them ("But the union …"). */
const CONNECTIVES_BARE = new Set(['but', 'and']);
/** Prepositions whose opening phrase adds circumstance and may go ("In a compromise, …", "Despite …, …"). */
const CIRCUMSTANCE = new Set(['despite', 'in', 'after', 'amid', 'following', 'with', 'during', 'while', 'although', 'though', 'at',
  'on', 'for', 'before', 'as', 'since', 'throughout', 'over', 'within', 'across', 'among', 'from', 'even']);
/**
 * Participles whose opening phrase what follows needs: a question put to the subject ("Asked whether …"), an
 * attribution ("According to …"), a condition ("Assuming …", "Barring …").
 */
const NEEDED = new Set(['asked', 'pressed', 'questioned', 'challenged', 'quizzed', 'according', 'assuming', 'provided',
  'providing', 'given', 'barring', 'pending', 'excluding', 'including', 'allowing']);
/** Openers that may introduce a clause with its own verb ("After the wall gave way, …"). */
const SUBORDINATORS = new Set(['after', 'before', 'while', 'although', 'though', 'as', 'since', 'even']);
/** Longest opening phrase dropped, in tokens. */
const MAX_OPENING = 16;

/** The token where the sentence's main clause starts once an opening connective or phrase is dropped, or -1. */
export function mainClauseStart(doc: Doc, s: Sentence): number {
  const first = doc.tokens[s.tokenStart];
  if (!first) return -1;
  const w = first.norm;
  const next = doc.tokens[s.tokenStart + 1];
  if (next && next.text === ',' && CONNECTIVES_COMMA.has(w)) return s.tokenStart + 2;
  if (next && /^\p{L}/u.test(next.text) && CONNECTIVES_BARE.has(w)) return s.tokenStart + 1;
  const time = openingTimeEnd(doc, s);
  if (time > 0) return subjectAt(doc, time + 1) ? time + 1 : -1;
  // "Struggling to meet the deadline, congressional leaders …", "Sent to make peace, the envoy …": a participle.
  const participle = first.pos === 'VERB' && /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(first.text) && !NEEDED.has(w);
  // "To cite one example, …", "To ease the shortage, …": a purpose or a comment on the telling.
  const purpose = w === 'to' && next?.pos === 'VERB';
  if (!CIRCUMSTANCE.has(w) && !participle && !purpose) return -1;
  // "Among them was Marta, 52, who …": a preposition followed by a verb of its own opens an inverted main clause,
  // not a phrase that may go. Subordinators ("After the wall gave way, …") take a verb by nature.
  const preposition = CIRCUMSTANCE.has(w) && !SUBORDINATORS.has(w);
  for (let t = s.tokenStart + 1; t < Math.min(s.tokenEnd, s.tokenStart + MAX_OPENING + 1); t++) {
    const x = doc.tokens[t]!;
    if (/^["“”(]$/.test(x.text)) return -1;
    if (preposition && (x.pos === 'AUX' || x.pos === 'VERB')) return -1;
    if (x.text === ',') {
      // "After an unusual, one-on-one chat, …": a comma between two adjectives does not end the phrase.
      if (doc.tokens[t - 1]!.pos === 'ADJ' && ['ADJ', 'NUM'].includes(doc.tokens[t + 1]?.pos ?? '')) continue;
      return subjectAt(doc, t + 1) ? t + 1 : -1;
    }
  }
  return -1;
}

/** The main clause must open on its subject: a name, a noun phrase, a number; not a verb or a pronoun. */
function subjectAt(doc: Doc, t: number): boolean {
  const k = doc.tokens[t];
  // "52, who runs …": a number set off by a comma is an age or a count in apposition, not a subject.
  if (k?.pos === 'NUM' && doc.tokens[t + 1]?.text === ',') return false;
  return k !== undefined && ['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(k.pos);
}

/** "On Sunday," "Last week," "Earlier this month," opening the sentence: the index of the comma after it, or -1. */
function openingTimeEnd(doc: Doc, s: Sentence): number {
  let t = s.tokenStart;
  const at = (i: number): string => (i < s.tokenEnd ? doc.tokens[i]!.norm : '');
  if (/^(earlier|later)$/.test(at(t)) && at(t + 1) === 'this') t++;
  if (/^(on|late|early)$/.test(at(t)) && WEEKDAY.test(at(t + 1))) t++;
  if (WEEKDAY.test(at(t))) {
    t++;
    if (DAY_PART.has(at(t))) t++;
  } else if (RELATIVE_DAY.has(at(t))) t++;
  else if (/^(last|this|next)$/.test(at(t)) && RELATIVE_SPAN.has(at(t + 1))) t += 2;
  else return -1;
  return at(t) === ',' ? t : -1;
}

/** Every shorter form of `s` worth offering (see the file comment): each kind of cut alone and together. */
export function shorterForms(doc: Doc, s: Sentence): ShorterForm[] {
  const whole = checkSentence(doc, s).ok;
  // A sentence refused only for its length may be short enough once cut.
  const longOnly = !whole && checkSentence(doc, s, { maxWords: Infinity }).ok;
  const k = mainClauseStart(doc, s);
  let rest: Sentence | null = k > s.tokenStart && k < s.tokenEnd ? { ...s, start: doc.tokens[k]!.start, tokenStart: k } : null;
  if (rest && !(checkSentence(doc, rest, { capitalised: true, maxWords: Infinity }).ok && standsAlone(doc, rest))) rest = null;
  const kinds = [parenthesisCuts(doc, s), relativeTimeCuts(doc, s), tieCuts(doc, s), attributionTailCuts(doc, s)].filter((c) => c.length > 0);
  const out: ShorterForm[] = [];
  const seen = new Set<string>();
  const starts: [number, boolean][] = [[s.start, whole]];
  if (rest) starts.push([rest.start, true]);
  for (const [from, readable] of starts) {
    for (let mask = 0; mask < 1 << kinds.length; mask++) {
      if (mask === 0 && from === s.start) continue;
      const cuts = kinds.filter((_, i) => mask & (1 << i)).flat().filter((c) => c.start >= from);
      const parts = keptParts(s, from, cuts);
      // Two kinds of cut may overlap ("…, officials said on Monday."): each set of words is offered once.
      const key = parts.map((p) => `${p.start}-${p.end}`).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const words = parts.reduce((n, p) => n + (doc.text.slice(p.start, p.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
      out.push({ parts, readable: (readable || longOnly) && words <= MAX_WORDS });
    }
  }
  return out;
}

const PERSON = new Set(['he', 'she', 'him', 'her', 'his']);
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;

/** Pronouns that, in what followed a connective or an opening phrase, most likely point back past it. */
const BACKWARD = new Set(['they', 'them', 'their', 'theirs', 'it', 'its', 'this', 'these', 'those', 'he', 'she', 'him', 'her', 'his']);

/**
 * Stricter than readable.ts for a sentence cut from a longer one: it may not open on a subordinating word
 * ("Because they …": a fragment) and may hold no pronoun that could point back to what was cut or came before
 * (a personal pronoun after a name in what remains points to that name).
 */
function standsAlone(doc: Doc, rest: Sentence): boolean {
  const first = doc.tokens[rest.tokenStart];
  if (!first || first.pos === 'SCONJ' || first.pos === 'CCONJ' || first.pos === 'ADV') return false;
  let quoted = false;
  let named = false;
  let nouns = 0;
  for (let t = rest.tokenStart; t < rest.tokenEnd; t++) {
    const x = doc.tokens[t]!;
    if (/^["“”]$/.test(x.text)) quoted = !quoted;
    if (x.pos === 'PROPN' && !CALENDAR.test(x.norm)) named = true;
    // "he", "his" after a name in what remains ("President Joseph Estrada said he …") point to that name.
    if (named && PERSON.has(x.norm)) continue;
    // A possessive after a noun in what remains ("the city kept its schools open") points to that noun.
    if (nouns > 0 && (x.norm === 'its' || x.norm === 'their')) continue;
    if (x.pos === 'NOUN' || x.pos === 'PROPN') nouns++;
    if (!quoted && (BACKWARD.has(x.norm) || (x.norm === 'that' && x.pos === 'DET'))) return false;
  }
  return true;
}
