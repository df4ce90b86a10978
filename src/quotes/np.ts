/**
 * The noun phrase that names a speaker, read backwards from a speech verb ("the Kremlin's spokesman said",
 * "Flynn, a top Trump surrogate, said") or forwards after it ("said Peskov", "according to officials").
 * Returns token index ranges (end exclusive) or null.
 */
import {
  CORE_SPEECH_VERBS as CORE_SPEECH_VERBS_, DETERMINERS as DETERMINERS_, NON_NAME_CAPITALS as NON_NAME_CAPITALS_,
  NP_BREAKERS as NP_BREAKERS_, ORG_NOUNS as ORG_NOUNS_, PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_,
  ROLE_NOUNS as ROLE_NOUNS_, SPEECH_VERBS as SPEECH_VERBS_, TITLES as TITLES_, VERB_PRELUDE as VERB_PRELUDE_
} from './lexicon.ts';
import {
  isCapitalised as isCapitalised_, isPossessive as isPossessive_, isWord as isWord_, lower as lower_, type TokenView
} from './view.ts';
import { isSpeechAt as isSpeechAt_ } from './speech-verb.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const CORE_SPEECH_VERBS = CORE_SPEECH_VERBS_;
const DETERMINERS = DETERMINERS_;
const NON_NAME_CAPITALS = NON_NAME_CAPITALS_;
const NP_BREAKERS = NP_BREAKERS_;
const ORG_NOUNS = ORG_NOUNS_;
const PERSONAL_PRONOUNS = PERSONAL_PRONOUNS_;
const ROLE_NOUNS = ROLE_NOUNS_;
const SPEECH_VERBS = SPEECH_VERBS_;
const TITLES = TITLES_;
const VERB_PRELUDE = VERB_PRELUDE_;
const isCapitalised = isCapitalised_;
const isPossessive = isPossessive_;
const isWord = isWord_;
const lower = lower_;
const isSpeechAt = isSpeechAt_;

export interface TokRange { lo: number; hi: number }

/** Longest stretch of lower-case modifiers kept in a speaker phrase ("russian foreign ministry spokeswoman"). */
const MAX_LOWER_WORDS = 4;
/** Longest apposition skipped between a name and its verb (", a top adviser to the president,"). */
const MAX_APPOSITION = 40;

const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const RELATIVES = new Set(['who', 'which', 'that']);
/** Words that end a phrase but never name a speaker ("the following"). */
const NOT_HEADS = new Set(['following', 'same', 'other', 'latter', 'former', 'rest', 'time', 'year', 'week', 'day']);

function isNameWord(v: TokenView, i: number): boolean {
  const t = v.tokens[i];
  const w = lower(t);
  // "Said Ellis:" opens with a verb; "The Post", "Reporter Jane Roe" are names
  return isWord(t) && isCapitalised(t) && !NON_NAME_CAPITALS.has(w)
    && !(SPEECH_VERBS.has(w) && (CORE_SPEECH_VERBS.has(w) || /(ed|ing)$/.test(w)));
}

function isLowerModifier(v: TokenView, i: number): boolean {
  const t = v.tokens[i]!;
  const w = lower(t);
  if (!isWord(t) || NP_BREAKERS.has(w) || PERSONAL_PRONOUNS.has(w)) return false;
  // "report", "statement" are nouns here; "said" never is
  if (SPEECH_VERBS.has(w) && (t.pos !== 'NOUN' || /ed$/.test(w))) return false;
  if (ROLE_NOUNS.has(w) || ORG_NOUNS.has(w) || TITLES.has(w)) return true;
  return NOUNISH.has(t.pos);
}

/** Quantifiers that stand alone for people as a subject ("Several said"). */
const QUANTIFIER_SUBJECTS = new Set(['several', 'many', 'most', 'others', 'another', 'both', 'some']);

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const isCount = (t: { text: string; pos: string }): boolean => t.pos === 'NUM' || NUMBER_WORDS.has(t.text.toLowerCase());

/** Is this range a plausible speaker: a pronoun, a name, or a role or body noun phrase? */
function plausible(v: TokenView, r: TokRange): boolean {
  if (r.hi <= r.lo) return false;
  // "the mother of three", "the former secretary of state": the head stands before "of"
  for (let k = r.lo + 1; k < r.hi - 1; k++) {
    if (lower(v.tokens[k]) !== 'of') continue;
    const h = lower(v.tokens[k - 1]);
    if (!isCapitalised(v.tokens[k - 1]) && (ROLE_NOUNS.has(h) || ORG_NOUNS.has(h))) return true;
    break;
  }
  const head = v.tokens[r.hi - 1]!;
  const h = lower(head);
  if (r.hi - r.lo === 1 && PERSONAL_PRONOUNS.has(h)) return true;
  // "Several said …", "Another said …", "Others said …": a quantifier standing for people
  if (r.hi - r.lo === 1 && QUANTIFIER_SUBJECTS.has(h)) return true;
  if (NOT_HEADS.has(h)) return false;
  for (let i = r.lo; i < r.hi; i++) if (isNameWord(v, i)) return true;
  if (ROLE_NOUNS.has(h) || ORG_NOUNS.has(h)) return true;
  // "four in 10 said", "one in five said": a share of those asked
  if (r.hi - r.lo >= 3 && isCount(v.tokens[r.hi - 1]!) && lower(v.tokens[r.hi - 2]) === 'in' && isCount(v.tokens[r.hi - 3]!)) return true;
  // "63 percent said": a share of those asked
  if ((h === 'percent' || h === '%') && r.hi - r.lo >= 2 && v.tokens[r.hi - 2]!.pos === 'NUM') return true;
  // "the 46-year-old": an age standing for a person
  if (h === 'old' && r.hi - r.lo >= 4 && v.tokens[r.hi - 2]!.text === '-' && /^years?$/.test(lower(v.tokens[r.hi - 3]))) return true;
  return DETERMINERS.has(lower(v.tokens[r.lo])) && head.pos === 'NOUN';
}

function stopsNP(v: TokenView, i: number): boolean {
  return v.inQuote[i]! >= 0;
}

/** Most tokens of a nickname quote, marks included (“Cia”, “Big Jim”). */
const MAX_NICKNAME_TOKENS = 4;

/** Marcia “Cia” Price: when token `open` opens a quote of one or two capitalised words between two capitalised
 * words, the token index of its closing mark; else -1. */
export function nicknameClose(v: TokenView, open: number): number {
  const qi = v.inQuote[open]!;
  if (qi < 0 || v.openTok[qi] !== open) return -1;
  const c = v.closeTok[qi]!;
  if (c < 0 || c - open > MAX_NICKNAME_TOKENS - 1 || c - open < 2) return -1;
  for (let k = open + 1; k < c; k++) if (!isWord(v.tokens[k]) || !isCapitalised(v.tokens[k])) return -1;
  const a = v.tokens[open - 1];
  const b = v.tokens[c + 1];
  return a && b && isWord(a) && isCapitalised(a) && v.inQuote[open - 1]! < 0 && isWord(b) && isCapitalised(b)
    && v.paragraph[c + 1] === v.paragraph[open] ? c : -1;
}

/** The opening mark of a nickname quote whose closing mark is token `close`, or -1. */
function nicknameOpen(v: TokenView, close: number): number {
  const qi = v.inQuote[close]!;
  if (qi < 0 || v.closeTok[qi] !== close) return -1;
  const o = v.openTok[qi]!;
  return nicknameClose(v, o) === close ? o : -1;
}

/** The phrase that ends at token `end` (inclusive), read backwards, never before token `lo`. */
export function phraseEndingAt(v: TokenView, end: number, lo: number): TokRange | null {
  const t = v.tokens[end];
  if (!t || stopsNP(v, end)) return null;
  if (PERSONAL_PRONOUNS.has(lower(t))) return { lo: end, hi: end + 1 };
  let i = end;
  let lowers = 0;
  while (i >= lo) {
    if (stopsNP(v, i)) {
      // Marcia “Cia” Price
      const o = i < end ? nicknameOpen(v, i) : -1;
      if (o > lo) { i = o - 1; continue; }
      break;
    }
    const tok = v.tokens[i]!;
    const w = lower(tok);
    if (isPossessive(tok) && i > lo && isWord(v.tokens[i - 1])) { i--; continue; }
    if (i > lo && garbledJoin(v, i)) { i--; continue; }
    // hyphenated names split by the tokenizer: "Geun-hye", "Ki-moon"
    if (i - 2 >= lo && v.tokens[i - 1]!.text === '-' && glued(v, i - 1) && glued(v, i) && isWord(tok)) { i -= 2; continue; }
    if (!isWord(tok)) {
      // initials and abbreviations inside a name: "Lt. Gen.", "J."
      if (tok.text === '.' && i > lo && isNameWord(v, i - 1) && i + 1 <= end) { i--; continue; }
      break;
    }
    if (w === 'that') {
      // a complementiser far more often than a determiner here; "That letter …" opening the sentence is a determiner
      if (i === lo && i < end && isCapitalised(tok)) i--;
      break;
    }
    if (DETERMINERS.has(w) && !(i === end && i > lo && lower(v.tokens[i - 1]) === 'of')) { i--; break; }
    // "the mother of three", "small groups of protesters", "the head of the agency"
    if (w === 'of' && i < end && i > lo && isWord(v.tokens[i - 1]) && !isCapitalised(v.tokens[i - 1])
      && NOUNISH.has(v.tokens[i - 1]!.pos)) { i--; continue; }
    // "I hope in 2017 America says": a year is never part of a speaker's name
    if (i < end && tok.pos === 'NUM' && /^(1[89]|20)\d\d$/.test(tok.text)) break;
    if (DETERMINERS.has(w) && i === end) { i--; continue; }
    // "Cruz’s thinking": a gerund after a possessive is a noun
    if (i === end && i > lo && /ing$/.test(w) && isPossessive(v.tokens[i - 1])) { lowers++; i--; continue; }
    if (isNameWord(v, i)) { i--; continue; }
    if ((w === 'of' || w === 'de' || w === 'van' || w === 'von' || w === 'al' || w === 'bin') && i < end
      && isNameWord(v, i + 1) && i > lo && isNameWord(v, i - 1)) { i--; continue; }
    // "four in 10": a share
    if (w === 'in' && i < end && i > lo && isCount(v.tokens[i + 1]!) && isCount(v.tokens[i - 1]!)) { i--; continue; }
    // two names joined: "Obama and Clinton call them …"
    if (w === 'and' && i < end && isNameWord(v, i + 1) && i > lo && isNameWord(v, i - 1)
      && [...v.tokens.slice(i + 1, end + 1)].every((x) => isCapitalised(x) || !isWord(x))) { i--; continue; }
    if (!isCapitalised(tok) && lowers < MAX_LOWER_WORDS && isLowerModifier(v, i)) { lowers++; i--; continue; }
    break;
  }
  const r = { lo: i + 1, hi: end + 1 };
  return plausible(v, r) ? r : null;
}

/** The speaker phrase before the verb at token `verb`, skipping adverbs and one apposition. */
const glued = (v: TokenView, i: number): boolean => v.tokens[i - 1]?.end === v.tokens[i]!.start;

/** Characters that may make up a word garbled by a wrong decoding ("FranÃ§ois"): letters, combining marks, digits and the signs of
 * Latin-1 that such decoding leaves (§ ¢ © …), never a space or a guillemet. */
const GARBLE_PIECE = /^[\p{L}\p{M}\p{N}\u0080-\u009f\u00a2-\u00aa\u00ac-\u00ba\u00bc-\u00be]+$/u;
const NON_ASCII = /[^\x00-\x7f]/;

/** Token i continues the word of token i-1 with no space between, and one of them holds a character outside ASCII
 * that is no punctuation ("FranÃÂ" "§" "ois"): pieces of one garbled word, read as one. */
function garbledJoin(v: TokenView, i: number): boolean {
  if (i <= 0 || !glued(v, i) || v.inQuote[i]! >= 0 || v.inQuote[i - 1]! >= 0) return false;
  const a = v.tokens[i - 1]!.text;
  const b = v.tokens[i]!.text;
  return GARBLE_PIECE.test(a) && GARBLE_PIECE.test(b) && (NON_ASCII.test(a) || NON_ASCII.test(b));
}

export const isPrelude = (v: TokenView, i: number): boolean => {
  const w = lower(v.tokens[i]);
  return VERB_PRELUDE.has(w) || (v.tokens[i]!.pos === 'ADV' && /ly$/.test(w));
};

/** True when the verb's subject is a relative pronoun ("an architect who said"): a clause inside another. */
export function relativeSubject(v: TokenView, verb: number, lo: number): boolean {
  let j = verb - 1;
  while (j >= lo && isPrelude(v, j)) j--;
  return j >= lo && (RELATIVES.has(lower(v.tokens[j])) || relativeBeforeAdverbial(v, j, lo) >= 0);
}

/** Words opening a short time or place adverbial between a relative pronoun and its verb ("who in 2010 said"). */
const ADVERBIAL_LEADS = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'earlier', 'back', 'after', 'before']);
/** Most tokens of that adverbial. */
const MAX_ADVERBIAL = 4;

/** Words that end a time adverbial ("on Friday", "last week", "in 2010", "earlier this month"). */
const TIME_HEADS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week',
  'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'weekend', 'today', 'yesterday', 'tonight',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const TIME_LEADS = new Set(['on', 'in', 'last', 'this', 'earlier', 'later', 'during', 'late', 'early']);

/** When tokens up to `j` end with a time adverbial ("on Friday", "last week", "in 2010") that a comma or a word
 * before it leaves outside any phrase, the index of its first word; else -1. */
function timeAdverbialStart(v: TokenView, j: number, lo: number): number {
  const last = v.tokens[j]!;
  const w = lower(last);
  if (!TIME_HEADS.has(w) && !(last.pos === 'NUM' && /^(1[89]|20)\d\d$/.test(last.text))) return -1;
  for (let k = j - 1; k >= lo && k >= j - 3; k--) {
    if (TIME_LEADS.has(lower(v.tokens[k]))) {
      // a lead that is itself part of a longer adverbial ("earlier this week"): take the first
      return k - 1 >= lo && TIME_LEADS.has(lower(v.tokens[k - 1])) ? k - 1 : k;
    }
    if (!isWord(v.tokens[k]) || v.inQuote[k]! >= 0) return -1;
  }
  return -1;
}

/** "who in 2010 said", "which on Monday reported": the relative pronoun before a short adverbial ending at token
 * `j`, or -1. Only the pronoun right before a preposition or time word counts, with no comma or quote between. */
export function relativeBeforeAdverbial(v: TokenView, j: number, lo: number): number {
  for (let k = j; k >= lo && k > j - MAX_ADVERBIAL; k--) {
    const t = v.tokens[k]!;
    if (!isWord(t) || stopsNP(v, k)) return -1;
    if (!ADVERBIAL_LEADS.has(lower(t))) continue;
    let r = k - 1;
    while (r >= lo && isPrelude(v, r)) r--;
    return r >= lo && lower(v.tokens[r]) !== 'that' && RELATIVES.has(lower(v.tokens[r])) ? r : -1;
  }
  return -1;
}

/** Prepositions of place whose object is no speaker: "Analysts in Eastport said", "crowds marching through town". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'on', 'near', 'inside', 'outside', 'across', 'through',
  'around', 'along', 'within', 'among', 'into']);

/** Participles whose "by" names an agent, not the subject of the verb after ("a memo obtained by the paper says"). */
const AGENT_PARTICIPLES = new Set(['obtained', 'released', 'written', 'published', 'provided', 'reviewed', 'seen',
  'sent', 'signed', 'issued', 'distributed', 'prepared', 'commissioned', 'conducted', 'produced', 'posted', 'filed',
  'shared', 'circulated', 'leaked', 'acquired']);

/** Prepositions after a participle or an adjective of nearness ("speaking to", "familiar with", "close to"). */
const OTHER_PREPOSITIONS = new Set(['to', 'with', 'for', 'about', 'of']);
/** Adjectives that follow the noun they describe before a preposition ("a source close to the campaign"). */
export const POST_ADJECTIVES = new Set(['familiar', 'close', 'loyal', 'allied', 'opposed', 'sympathetic', 'involved',
  'knowledgeable', 'briefed', 'connected', 'linked', 'aligned', 'friendly', 'hostile', 'critical']);

/**
 * When the phrase before a verb is the object of a place preposition, the speaker is what that phrase hangs on:
 * the noun before the preposition ("Officials at the port said" → Officials) or the subject of a participle
 * ("Protesters marching through the town chanted" → Protesters). Null when there is no such noun.
 */
function placeObjectOwner(v: TokenView, np: TokRange, lo: number): TokRange | null {
  const p = np.lo - 1;
  if (p - 1 < lo) return null;
  const prep = lower(v.tokens[p]);
  let h = p - 1;
  const hw = lower(v.tokens[h]);
  // "A source speaking to Reuters said", "An aide familiar with the talks said": a participle or an adjective of
  // nearness hangs the phrase on the noun before it, whatever the preposition
  const postModifier = (/ing$/.test(hw) && v.tokens[h]!.pos === 'VERB') || POST_ADJECTIVES.has(hw);
  // "A letter obtained by the Associated Press warns": the agent of a participle is not the subject
  const agent = prep === 'by' && AGENT_PARTICIPLES.has(hw);
  if (agent) h--;
  if (!agent && !PLACE_PREPOSITIONS.has(prep) && !(postModifier && OTHER_PREPOSITIONS.has(prep))) return null;
  if (postModifier && !agent) h--;
  if (h < lo) return null;
  const head = phraseEndingAt(v, h, lo);
  if (!head) return null;
  const last = v.tokens[head.hi - 1]!;
  // a noun or a name, never a pronoun or a verb read as one
  return last.pos === 'NOUN' || last.pos === 'PROPN' ? head : null;
}

export function subjectBefore(v: TokenView, verb: number, lo: number): TokRange | null {
  let j = verb - 1;
  while (j >= lo && isPrelude(v, j)) j--;
  if (j < lo) return null;
  // "The department less than two weeks ago said": past a span of time before "ago"
  if (lower(v.tokens[j]) === 'ago') {
    let k = j - 1;
    while (k >= lo && k >= j - MAX_AGO_SPAN && (AGO_SPAN_WORDS.has(lower(v.tokens[k])) || isCount(v.tokens[k]!))) k--;
    if (k < j - 1) j = k;
    while (j >= lo && isPrelude(v, j)) j--;
    if (j < lo) return null;
  }
  // "Roe, who …, on Friday described …": a time adverbial between the subject and its verb
  const t = timeAdverbialStart(v, j, lo);
  if (t > lo) {
    j = t - 1;
    while (j >= lo && isPrelude(v, j)) j--;
    if (j < lo) return null;
  }
  // a party tag or aside in brackets: "Rep. Jane Doe (D-Ore.) said", also before a comma ("(R-Ohio), said")
  if (v.tokens[j]!.text === ',' && j - 1 >= lo && v.tokens[j - 1]!.text === ')') j--;
  if (v.tokens[j]!.text === ')') {
    for (let k = j - 1; k >= Math.max(lo, j - 8); k--) {
      if (v.tokens[k]!.text === '(') { j = k - 1; break; }
    }
    if (j < lo) return null;
  }
  // "those surveyed said", "those polled said": the people asked
  if (j - 1 >= lo && lower(v.tokens[j - 1]) === 'those' && ASKED.has(lower(v.tokens[j]))) return { lo: j - 1, hi: j + 1 };
  // "Roe, who in 2010 said": past a short adverbial to the relative pronoun
  const rel = relativeBeforeAdverbial(v, j, lo);
  if (rel >= 0) j = rel;
  // "A spokeswoman who asked not to be named said": past a relative clause without commas to the noun it describes
  const restrictive = rel >= 0 ? -1 : restrictiveRelativeStart(v, j, lo);
  if (restrictive > lo) {
    const np = phraseEndingAt(v, restrictive - 1, lo);
    if (np) return np;
  }
  const direct = rel >= 0 ? null : phraseEndingAt(v, j, lo);
  if (direct) return placeObjectOwner(v, direct, lo) ?? direct;
  // a relative clause: "the department, which reported …" names the department
  if (RELATIVES.has(lower(v.tokens[j])) && j - 1 >= lo) {
    const k = /^[,—–-]$/.test(v.tokens[j - 1]!.text) ? j - 2 : j - 1;
    const np = k >= lo ? phraseEndingAt(v, k, lo) : null;
    // "Jane Roe, 59, of Ashton, Md., who …": the state closes where she is from; the name stands before it
    const from = np ? placeTailLead(v, np, lo) : -1;
    return from > lo ? subjectBefore(v, from, lo) ?? np : np;
  }
  if (v.tokens[j]!.text === ',' || v.tokens[j]!.text === '—' || v.tokens[j]!.text === '–') {
    const sep = v.tokens[j]!.text;
    let first: TokRange | null | undefined;
    for (let k = j - 1; k >= Math.max(lo, j - MAX_APPOSITION_REACH); k--) {
      if (stopsNP(v, k)) {
        // a short title inside the aside ("Roe, a host of the show “The Hour,” who …, said"): read past it
        const o = shortQuoteOpen(v, k);
        if (o < 0) break;
        k = o;
        continue;
      }
      if (v.tokens[k]!.text === sep || (sep !== ',' && v.tokens[k]!.text === ',')) {
        const np = phraseBeforeComma(v, k, lo);
        // ", of Ashton, Md.,": a place she is from, read past to the name
        if (np && placeTailLead(v, np, lo) > lo) continue;
        if (first === undefined) {
          // a relative clause as the aside may run longer ("Roe, who … for years, said")
          if (k < j - MAX_APPOSITION && !RELATIVES.has(lower(v.tokens[k + 1]))) break;
          first = np;
        }
        // "Jane Roe, speaking in Eastport, Maine, said": a phrase after a preposition or a verb is no subject; the
        // one opening the clause is
        if (np && opensClause(v, np.lo, lo)) return np;
      }
    }
    return first ?? null;
  }
  return null;
}

const PLACE_TAIL_LEADS = new Set(['of', 'from', 'in']);

/** When the phrase closes a place after a preposition (", of Ashton, Md." → "Md."), the preposition's token, else -1. */
function placeTailLead(v: TokenView, np: TokRange, lo: number): number {
  // one word, an abbreviation's full stop aside ("Md.", "Maine"): a state or a country, not a person's name
  const words = v.tokens[np.hi - 1]!.text === '.' ? np.hi - 1 - np.lo : np.hi - np.lo;
  if (words !== 1 || np.lo - 2 < lo || v.tokens[np.lo - 1]!.text !== ',') return -1;
  const place = phraseEndingAt(v, np.lo - 2, lo);
  if (!place || place.lo - 1 < lo || !PLACE_TAIL_LEADS.has(lower(v.tokens[place.lo - 1]))) return -1;
  return place.lo - 1;
}

/** Most tokens inside a quote read past in an aside (a title, a slogan). */
const MAX_ASIDE_QUOTE_TOKENS = 8;

/** When token `close` closes a quote of a few words with no sentence stop inside, the token of its opening mark. */
export function shortQuoteOpen(v: TokenView, close: number): number {
  const qi = v.inQuote[close]!;
  if (qi < 0 || v.closeTok[qi] !== close) return -1;
  const o = v.openTok[qi]!;
  if (o < 0 || close - o - 1 > MAX_ASIDE_QUOTE_TOKENS) return -1;
  for (let m = o + 1; m < close; m++) if (/^[.!?;:]$/.test(v.tokens[m]!.text)) return -1;
  return o;
}

/** Words of a span of time before "ago" ("less than two weeks ago", "a few days ago"). */
const AGO_SPAN_WORDS = new Set(['less', 'more', 'than', 'about', 'nearly', 'almost', 'just', 'only', 'a', 'an', 'few',
  'several', 'some', 'couple', 'of', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'decade', 'decades', 'minutes']);
/** Most words of that span. */
const MAX_AGO_SPAN = 6;

/** Participles for the people a poll asked ("those surveyed"). */
const ASKED = new Set(['surveyed', 'polled', 'asked', 'questioned', 'interviewed', 'sampled']);

/** Most tokens of a relative clause without commas between a noun and its verb. */
const MAX_RESTRICTIVE = 12;

/** When tokens up to `j` end a relative clause opened by "who" right after a noun, with a verb of its own and no
 * punctuation or quote in it ("who spoke anonymously to discuss strategy"), the index of "who"; else -1. */
function restrictiveRelativeStart(v: TokenView, j: number, lo: number): number {
  let verb = false;
  for (let k = j; k > lo && k >= j - MAX_RESTRICTIVE; k--) {
    const t = v.tokens[k]!;
    if (stopsNP(v, k) || !isWord(t)) return -1;
    if (lower(t) === 'who') {
      const before = v.tokens[k - 1]!;
      return verb && (before.pos === 'NOUN' || before.pos === 'PROPN') ? k : -1;
    }
    if (t.pos === 'VERB') verb = true;
  }
  return -1;
}

/** Farthest back (tokens) a subject is looked for past several appositions. */
const MAX_APPOSITION_REACH = 50;
const CLAUSE_LEADS = new Set([',', ';', ':', '—', '–', '--', '(', 'and', 'but', 'while', 'so', 'yet']);

/** Does a phrase starting at token `at` open its clause (sentence start, after a comma or a conjunction)? */
function opensClause(v: TokenView, at: number, lo: number): boolean {
  if (at <= lo) return true;
  const prev = v.tokens[at - 1]!;
  return CLAUSE_LEADS.has(lower(prev)) || v.inQuote[at - 1]! >= 0;
}

/** The phrase ending before the comma at token k, past a bracketed tag ("Rep. Jane Doe (D-Ore.),"). */
function phraseBeforeComma(v: TokenView, k: number, lo: number): TokRange | null {
  let e = k - 1;
  if (e >= lo && v.tokens[e]!.text === ')') {
    for (let b = e - 1; b >= Math.max(lo, e - 8); b--) {
      if (v.tokens[b]!.text === '(') { e = b - 1; break; }
    }
  }
  return e >= lo ? phraseEndingAt(v, e, lo) : null;
}

/** The speaker phrase that starts at token `start`, read forwards, never reaching token `hi`. */
export function phraseFrom(v: TokenView, start: number, hi: number): TokRange | null {
  const t = v.tokens[start];
  if (!t || start >= hi || stopsNP(v, start)) return null;
  if (PERSONAL_PRONOUNS.has(lower(t))) return { lo: start, hi: start + 1 };
  let i = start;
  let lowers = 0;
  let last = -1;
  if (lower(t) === 'that' || lower(t) === 'this') return null;
  // "…,” said one.", "read another.": a quantifier standing alone for a person or a thing that speaks
  if (ALONE_QUANTIFIERS.has(lower(t)) && start + 1 < v.tokens.length && /^[.,;!?]$/.test(v.tokens[start + 1]!.text)) {
    return { lo: start, hi: start + 1 };
  }
  if (DETERMINERS.has(lower(t))) i++;
  while (i < hi) {
    if (stopsNP(v, i)) {
      const c = last === i - 1 ? nicknameClose(v, i) : -1;
      if (c > 0 && c + 1 < hi) { i = c + 1; continue; }
      break;
    }
    const tok = v.tokens[i]!;
    const w = lower(tok);
    if (isPossessive(tok) && last === i - 1) { i++; continue; }
    if (last === i - 1 && garbledJoin(v, i)) { last = i; i++; continue; }
    if (tok.text === '-' && last === i - 1 && glued(v, i) && i + 1 < hi && glued(v, i + 1) && isWord(v.tokens[i + 1])) {
      last = i + 1;
      i += 2;
      continue;
    }
    if (!isWord(tok)) {
      if (tok.text === '.' && last === i - 1 && isNameWord(v, i + 1)) { i++; continue; }
      break;
    }
    // "one well-connected Democrat": a lower-case compound split by the tokenizer is one modifier
    if (!isCapitalised(tok) && lowers < MAX_LOWER_WORDS && i + 2 < hi && v.tokens[i + 1]!.text === '-' && glued(v, i + 1)
      && glued(v, i + 2) && isWord(v.tokens[i + 2]) && !stopsNP(v, i + 2) && !NP_BREAKERS.has(w)) {
      lowers++; last = i + 2; i += 3; continue;
    }
    if (isNameWord(v, i)) { last = i; i++; continue; }
    // "a Wednesday editorial": a day right after the determiner, before a noun, says when it appeared
    if (i === start + 1 && DETERMINERS.has(lower(t)) && DAY_NAMES.has(w) && v.tokens[i + 1]?.pos === 'NOUN' && !stopsNP(v, i + 1)) {
      lowers++; last = i; i++; continue;
    }
    if ((w === 'of' || w === 'de' || w === 'van' || w === 'von' || w === 'al' || w === 'bin') && isNameWord(v, i + 1)
      && last === i - 1) { i++; continue; }
    // two named speakers joined: "… said Jane Roe and John Doe"
    if (w === 'and' && last === i - 1 && isNameWord(v, i - 1) && isNameWord(v, i + 1)) { i++; continue; }
    // "said master of ceremonies Jane Roe": "of" between two lower-case nouns of a title
    if (w === 'of' && last === i - 1 && i - 1 >= start && !isCapitalised(v.tokens[i - 1]) && v.tokens[i - 1]!.pos === 'NOUN'
      && i + 1 < hi && !stopsNP(v, i + 1) && !isCapitalised(v.tokens[i + 1]) && v.tokens[i + 1]!.pos === 'NOUN'
      && lowers < MAX_LOWER_WORDS) { i++; continue; }
    if (!isCapitalised(tok) && lowers < MAX_LOWER_WORDS && (isLowerModifier(v, i) || participleModifier(v, i, start))
      && (!TIME_WORDS.has(w) || namesSpeakerBeforeVerb(v, i, start)) && !(last === i - 1 && isSpeechAt(v, i))) {
      lowers++; last = i; i++; continue;
    }
    break;
  }
  if (last < start) return null;
  const r = { lo: start, hi: last + 1 };
  if (plausible(v, r)) return r;
  // "said a source close to the campaign", "said a person familiar with …": the noun before the adjective
  if (r.hi - 1 > start && POST_ADJECTIVES.has(lower(v.tokens[r.hi - 1]))) {
    const shorter = { lo: start, hi: r.hi - 1 };
    if (plausible(v, shorter)) return shorter;
  }
  return null;
}

/** "said one unaligned Ohio strategist": a past participle the tagger read as a verb, standing between a determiner
 * or number and a noun or name, is an adjective in the phrase. */
function participleModifier(v: TokenView, i: number, start: number): boolean {
  const t = v.tokens[i]!;
  if (t.pos !== 'VERB' || !/ed$/.test(t.text) || i <= start) return false;
  const prev = v.tokens[i - 1]!;
  const next = v.tokens[i + 1];
  return (prev.pos === 'DET' || prev.pos === 'NUM' || DETERMINERS.has(lower(prev)))
    && next !== undefined && v.inQuote[i + 1]! < 0 && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

/** "“…,” the statement added": a word of TIME_WORDS right after a determiner that opens the phrase, and right before
 * a speech verb, is the speaker itself, not the setting of a verb before it ("said in a statement"). */
function namesSpeakerBeforeVerb(v: TokenView, i: number, start: number): boolean {
  return i === start + 1 && DETERMINERS.has(lower(v.tokens[start])) && v.tokens[i]!.pos === 'NOUN' && isSpeechAt(v, i + 1);
}

/** Quantifiers that may stand alone after a verb for the one speaking ("said one", "read another"). */
const ALONE_QUANTIFIERS = new Set([...QUANTIFIER_SUBJECTS, 'one']);
const DAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'morning', 'evening', 'afternoon', 'night', 'week', 'month', 'year', 'day', 'statement',
  'interview', 'briefing', 'conference', 'post', 'video', 'address', 'speech']);
