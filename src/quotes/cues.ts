/**
 * Attribution cues of one quotation, read on tokens of its own paragraph (never on wink sentences, which may split
 * inside a quote): after it (“…,” X said / said X / X, a spokesman, said / according to X / “…” ― X), before it
 * (X said: “…”, X said Moscow was “not serious”, what X called the “dummy” delegation, according to X, “…”) and at
 * the end of its sentence (a “partial” quote in a clause that ends ", X said.").
 */
import {
  CORE_SPEECH_VERBS as CORE_SPEECH_VERBS_, NAMING_VERBS as NAMING_VERBS_, ORG_NOUNS as ORG_NOUNS_,
  PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_, ROLE_NOUNS as ROLE_NOUNS_, SPEECH_NOUNS as SPEECH_NOUNS_
} from './lexicon.ts';
import { isSpeechAt as isSpeechAt_ } from './speech-verb.ts';
import { outerCue as outerCue_ } from './outer-cue.ts';
import {
  isPrelude as isPrelude_, nicknameClose as nicknameClose_, phraseEndingAt as phraseEndingAt_, phraseFrom as phraseFrom_,
  relativeSubject as relativeSubject_, subjectBefore as subjectBefore_, type TokRange
} from './np.ts';
import {
  isPossessive as isPossessive_, isWord as isWord_, lower as lower_, sentenceEnd as sentenceEnd_,
  sentenceStart as sentenceStart_, startsSentence as startsSentence_, type TokenView
} from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const NAMING_VERBS = NAMING_VERBS_;
const CORE_SPEECH_VERBS = CORE_SPEECH_VERBS_;
const SPEECH_NOUNS = SPEECH_NOUNS_;
const ORG_NOUNS = ORG_NOUNS_;
const PERSONAL_PRONOUNS = PERSONAL_PRONOUNS_;
const ROLE_NOUNS = ROLE_NOUNS_;
const isSpeechAt = isSpeechAt_;
const outerCue = outerCue_;
const isPrelude = isPrelude_;
const nicknameClose = nicknameClose_;
const phraseEndingAt = phraseEndingAt_;
const phraseFrom = phraseFrom_;
const relativeSubject = relativeSubject_;
const subjectBefore = subjectBefore_;
const isPossessive = isPossessive_;
const isWord = isWord_;
const lower = lower_;
const sentenceEnd = sentenceEnd_;
const sentenceStart = sentenceStart_;
const startsSentence = startsSentence_;

export { isSpeechAt };

export interface Cue {
  speaker: TokRange;
  /** Token index of the speech verb (or of "according", or of the dash). */
  verb: number;
  via: 'after' | 'before' | 'according' | 'tail';
  /** The cue stands right beside the quote (“…,” he said / he said: “…”), not deep inside reported speech. */
  adjacent: boolean;
  /** A transcript label in capitals ("PENCE:"), named as a name. */
  label?: boolean;
}

/** Farthest the verb of an after-cue may stand from the closing mark, in tokens ("…,” Flynn, a top aide, said). */
const MAX_AFTER_TOKENS = 25;
/** A short quote (a few words) takes a speaker only when the verb is this close before it, in words. */
const MAX_PARTIAL_DISTANCE = 40;
/** Words of a quote at most which count as short for that distance rule. */
export const SHORT_QUOTE_WORDS = 3;

/** After a quote that ended its sentence (“… today.”), what may follow the verb of a closing attribution. */
const CLOSING_FOLLOWERS = new Set(['.', ',', ';', 'on', 'in', 'at', 'during', 'after', 'before', 'while', 'when',
  'later', 'then', 'earlier', 'recently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'yesterday', 'today', 'tonight', 'last', 'this', 'reporters', 'journalists', 'told', 'via', 'back']);
const DASHES = /^[—–―-]$/;
const COORDINATORS = new Set(['and', 'but', 'then']);
/** Nouns for something claimed; their owner ("X’s claim that …") is the speaker of a quote in what follows. */
export const CLAIM_NOUNS = new Set(['claim', 'claims', 'statement', 'assertion', 'insistence', 'contention', 'warning',
  'promise', 'pledge', 'accusation', 'argument', 'remark', 'remarks', 'comment', 'comments', 'suggestion', 'vow',
  'call', 'calls', 'question', 'assumption', 'prediction', 'demand', 'charge', 'allegation', 'complaint']);
/** Words after a claim noun that open what was claimed ("claim that …", "call for …", "warning:"). */
const CONTENT_LEADS = new Set(['that', ':', 'for', 'of', 'to', 'about', 'on', ',', '—', '–']);

/** The claim noun at `k` opens what the quote at token `open` stands in: a content word follows it, or the quote
 * itself ("his warning “…”"); "defended his comments as “…”" does not. */
function leadsIntoContent(v: TokenView, k: number, open: number): boolean {
  if (k + 1 === open || CONTENT_LEADS.has(lower(v.tokens[k + 1]))) return true;
  // "her assertion during the debate that …": a short setting, no verb, then "that"
  for (let m = k + 2; m < open && m <= k + MAX_CLAIM_SETTING; m++) {
    const t = v.tokens[m]!;
    if (lower(t) === 'that') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || v.inQuote[m]! >= 0) return false;
  }
  return false;
}

/** Most tokens of a setting between a claim noun and its "that" ("assertion during the debate that"). */
const MAX_CLAIM_SETTING = 8;

/** Possessive pronouns that own a claim ("his warning that …"). */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'although', 'though']);
const PREPOSITION_TAIL = new Set(['of', 'from', 'at', 'for', 'with', 'in']);


const isStatementAt = (v: TokenView, i: number): boolean => isSpeechAt(v, i) && !NAMING_VERBS.has(lower(v.tokens[i]));

function paragraphEnd(v: TokenView, i: number): number {
  return v.paraTokens[v.paragraph[i] ?? 0]!.hi;
}

function regionEndAfter(v: TokenView, from: number): number {
  const hi = paragraphEnd(v, from - 1);
  let end = from;
  while (end < hi && !(end > from && startsSentence(v, end))) {
    if (v.inQuote[end]! >= 0) {
      // a nickname inside a name (Marcia “Cia” Price) or a short quote used as a modifier ("wearing “Ted Cruz”
      // pins") goes on with the region
      let c = nicknameClose(v, end);
      if (c < 0) c = modifierQuoteClose(v, end);
      if (c < 0) break;
      end = c;
    }
    end++;
  }
  return end;
}

/** Most tokens of a quote used as a modifier inside a phrase, marks excluded. */
const MAX_MODIFIER_QUOTE_TOKENS = 5;

/** When token `open` opens a short quote that a lower-case word follows right after its closing mark, between words
 * ("a hat and “Ted Cruz” campaign pins"), the closing mark's token; else -1. */
function modifierQuoteClose(v: TokenView, open: number): number {
  const qi = v.inQuote[open]!;
  if (qi < 0 || v.openTok[qi] !== open) return -1;
  const c = v.closeTok[qi]!;
  if (c < 0 || c - open - 1 > MAX_MODIFIER_QUOTE_TOKENS) return -1;
  for (let m = open + 1; m < c; m++) if (!isWord(v.tokens[m])) return -1;
  const a = v.tokens[open - 1];
  const b = v.tokens[c + 1];
  return a && b && isWord(a) && v.inQuote[open - 1]! < 0 && isWord(b) && /^\p{Ll}/u.test(b.text)
    && v.paragraph[c + 1] === v.paragraph[open] ? c : -1;
}

function followsClosingCue(v: TokenView, at: number, end: number): boolean {
  if (at >= end) return true;
  const w = lower(v.tokens[at]);
  if (!CLOSING_FOLLOWERS.has(w)) return false;
  // "“… today.” Roe warned Saturday that …": a day and then "that" opens a new statement, not a closing cue
  return !(DAY_WORDS.has(w) && lower(v.tokens[at + 1]) === 'that');
}

const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
  'today', 'tonight']);

/** From the end of the speaker phrase to its verb: appositions, brackets, "of the Sierra Club", adverbs. */
function verbAfterPhrase(v: TokenView, np: TokRange, end: number): number {
  let k = np.hi;
  const limit = Math.min(end, np.hi + MAX_AFTER_TOKENS);
  while (k < limit) {
    if (isSpeechAt(v, k)) return k;
    const w = lower(v.tokens[k]);
    if (w === ',' && (isSpeechAt(v, k + 1) || (isPrelude(v, k + 1) && isSpeechAt(v, k + 2)))) { k++; continue; }
    if (w === ',' || w === '(') {
      // an apposition (", the party's chief whip,") or brackets; appositions may follow one another
      const close = w === ',' ? ',' : ')';
      let m = k + 1;
      while (m < limit && lower(v.tokens[m]) !== close) m++;
      if (m >= limit) return -1;
      k = w === ',' ? m : m + 1;
      continue;
    }
    if (isPrelude(v, k)) { k++; continue; }
    if (k === np.hi && PREPOSITION_TAIL.has(w)) {
      let m = k + 1;
      while (m < limit && m < k + 7 && isWord(v.tokens[m]) && !isSpeechAt(v, m) && v.tokens[m]!.pos !== 'VERB') m++;
      k = m;
      continue;
    }
    return -1;
  }
  return -1;
}

export function afterCue(v: TokenView, qi: number, lastChar: string): Cue | null {
  const c = v.closeTok[qi]!;
  if (c < 0) return null;
  let i = c + 1;
  if (i >= v.tokens.length || v.paragraph[i] !== v.paragraph[c]) return null;
  const end = regionEndAfter(v, i);
  const leadsIntoQuote = end < paragraphEnd(v, c) && v.inQuote[end]! >= 0;
  let dash = false;
  let sep = false;
  if (i < end && (v.tokens[i]!.text === ',' || DASHES.test(v.tokens[i]!.text))) {
    dash = v.tokens[i]!.text !== ',';
    sep = true;
    i++;
  }
  if (i >= end) return null;
  const endedSentence = lastChar === '.';
  // a quote inside a sentence ("was “not serious” about …"): what follows it goes on with the sentence, unless a
  // comma was left out before "said Name" (“… anonymity” said Jane Roe, a spokeswoman.)
  if (!sep && !/[,?!]/.test(lastChar) && !endedSentence && !missingComma(v, i, end)) return null;
  if (endedSentence && (leadsIntoQuote || v.tokens[end - 1]?.text === ':')) return null;
  const w = lower(v.tokens[i]);
  if (w === 'according' && lower(v.tokens[i + 1]) === 'to') {
    const np = phraseFrom(v, i + 2, end);
    return np ? { speaker: np, verb: i, via: 'according', adjacent: true } : null;
  }
  // “…,” said Roe — but “…,” echoing Roe: a participle's phrase is its object, not a speaker
  if (isStatementAt(v, i) && /ing$/.test(w)) return null;
  if (isStatementAt(v, i)) {
    const np = phraseFrom(v, i + 1, end);
    if (np && (!endedSentence || followsClosingCue(v, np.hi, end))) {
      return { speaker: np, verb: i, via: 'after', adjacent: true };
    }
    return null;
  }
  const np = phraseFrom(v, i, end);
  if (!np) return null;
  const k = verbAfterPhrase(v, np, end);
  if (k < 0) {
    // “…” ― Name: a signature after a dash, alone to the end of the paragraph
    const rest = v.tokens.slice(np.hi, paragraphEnd(v, c)).filter((t) => isWord(t));
    return dash && rest.length === 0 ? { speaker: np, verb: i - 1, via: 'after', adjacent: true } : null;
  }
  if (endedSentence && !followsClosingCue(v, k + 1, end)) return null;
  // "“Why now?” Roe then writes back, “You look cute.”": after a question the verb leads into a new statement
  if ((lastChar === '?' || lastChar === '!') && leadsIntoNewQuote(v, k + 1, end)) return null;
  return { speaker: np, verb: k, via: 'after', adjacent: true };
}

/** Particles that may stand between a verb and the quote it leads into ("writes back, “…”"). */
const LEAD_PARTICLES = new Set(['back', 'out', 'in', 'up', 'on', 'then', ',', ':']);

/** From token `from`, only particles and a comma or colon, then at `end` a quote opening on a capital letter. */
function leadsIntoNewQuote(v: TokenView, from: number, end: number): boolean {
  if (end >= v.tokens.length || v.inQuote[end]! < 0 || v.openTok[v.inQuote[end]!] !== end) return false;
  if (end - 1 < from || !/^[,:]$/.test(v.tokens[end - 1]!.text)) return false;
  for (let m = from; m < end; m++) if (!LEAD_PARTICLES.has(lower(v.tokens[m]))) return false;
  return /^\p{Lu}/u.test(v.tokens[end + 1]?.text ?? '');
}

/** “… anonymity” said Jane Roe, …: a core speech verb right after the quote, then a capitalised name that closes
 * the sentence or takes an apposition. */
function missingComma(v: TokenView, i: number, end: number): boolean {
  if (!CORE_SPEECH_VERBS.has(lower(v.tokens[i])) || !/^\p{Lu}/u.test(v.tokens[i + 1]?.text ?? '')) return false;
  const np = phraseFrom(v, i + 1, end);
  if (!np) return false;
  const after = v.tokens[np.hi]?.text;
  return np.hi >= end || after === ',' || after === '.';
}

/** The subject of the sentence's main verb, for a participle cue (", saying Moscow was “not serious”"). */
export function mainSubject(v: TokenView, s: number, before: number): TokRange | null {
  for (let k = s; k < before; k++) {
    if (v.inQuote[k]! >= 0 || relativeSubject(v, k, s)) continue;
    const t = v.tokens[k]!;
    // a past tense the tagger read as an adjective right after a name ("Jane Roe limited …")
    const pastAfterName = /ed$/.test(lower(t)) && v.tokens[k - 1]?.pos === 'PROPN';
    if ((t.pos === 'VERB' || t.pos === 'AUX' || pastAfterName) && !/ing$/.test(lower(t))) {
      const np = subjectBefore(v, k, s);
      if (np) return np;
    }
  }
  return null;
}

/** The subject of the nearest finite verb before token `before` ("I laughed and said" → I). */
function nearestSubject(v: TokenView, s: number, before: number): TokRange | null {
  // the subject of an earlier speech verb of the clause ("said Friday that … but said"), else of any verb
  for (let k = before - 1; k >= s; k--) {
    // "… after she attacked X and blamed …": the coordination lies inside the subordinate clause; its own verb
    // (found below) has the subject, not a speech verb of the clause before it
    if (SUBORDINATORS.has(lower(v.tokens[k])) && v.inQuote[k]! < 0 && k > s) break;
    if (!isSpeechAt(v, k) || /ing$/.test(lower(v.tokens[k])) || relativeSubject(v, k, s)) continue;
    if (inLeadingSubordinate(v, s, k, before)) continue;
    const np = subjectBefore(v, k, s);
    if (np) return np;
  }
  for (let k = before - 1; k >= s; k--) {
    if (relativeSubject(v, k, s)) continue;
    if (v.inQuote[k]! >= 0) continue;
    const t = v.tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(lower(t))) {
      const np = subjectBefore(v, k, s);
      if (np) return np;
    }
  }
  return null;
}

/** Verbs whose object, not their subject, does what a following infinitive says ("urged Roe to call …"). */
const OBJECT_CONTROL = new Set(['ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'tell', 'tells',
  'told', 'want', 'wants', 'wanted', 'force', 'forced', 'allow', 'allowed', 'allows', 'expect', 'expects',
  'expected', 'invite', 'invited', 'encourage', 'encouraged', 'push', 'pushed', 'order', 'ordered', 'prompt',
  'prompted', 'lead', 'led', 'get', 'got', 'persuade', 'persuaded', 'pressure', 'pressured', 'challenge',
  'challenged', 'dare', 'dared', 'require', 'required', 'call', 'called', 'need', 'needs', 'needed', 'help', 'helped']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
/** Most tokens between a subject's verb and the "to" of the infinitive it governs ("took to Twitter to accuse"). */
const MAX_INFINITIVE_REACH = 8;

/** "Roe took to Twitter to accuse …", "Roe used the speech to call …": the subject of the finite verb the
 * infinitive at `to` hangs on, unless that verb hands the infinitive to its object ("urged Doe to call …"). */
function infinitiveSubject(v: TokenView, s: number, to: number): TokRange | null {
  // "Roe was quick to add …", "Doe is eager to point out …": an adjective after "be" hands the infinitive to the
  // subject of "be"
  const adj = v.tokens[to - 1];
  if (adj?.pos === 'ADJ' && to - 2 >= s && BE_FORMS.has(lower(v.tokens[to - 2])) && v.inQuote[to - 2]! < 0) {
    return subjectBefore(v, to - 2, s);
  }
  for (let k = to - 1; k >= s && k >= to - MAX_INFINITIVE_REACH; k--) {
    const t = v.tokens[k]!;
    if (v.inQuote[k]! >= 0 || /^[,;:]$/.test(t.text)) return null;
    if (OBJECT_CONTROL.has(lower(t)) || t.pos === 'AUX' || isSpeechAt(v, k)) return null;
    if (t.pos === 'VERB' && !/ing$/.test(lower(t))) {
      // a verb of reported speech earlier in the clause ("said X used the rally to call …") keeps its own subject
      for (let m = s; m < k; m++) if (isSpeechAt(v, m) && v.inQuote[m]! < 0) return null;
      // a person as the verb's object ("pressed Roe to call", "begged them to call") does what the infinitive says
      const obj = v.tokens[k + 1]!;
      if (k + 1 < to && (obj.pos === 'PROPN' || OBJECT_PRONOUNS.has(lower(obj)))) return null;
      if (relativeSubject(v, k, s)) return null;
      return subjectBefore(v, k, s);
    }
  }
  return null;
}

/** The subject of the speech verb at `k` in a sentence from `s`: before it, or of the verb its infinitive hangs on
 * ("Roe was quick to add …"). */
export function speechVerbSubject(v: TokenView, k: number, s: number): TokRange | null {
  return subjectBefore(v, k, s)
    ?? (lower(v.tokens[k - 1]) === 'to' && v.inQuote[k - 1]! < 0 ? infinitiveSubject(v, clauseStart(v, s, k - 1), k - 1) : null);
}

const SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'because', 'if', 'as', 'since', 'although', 'though', 'once', 'until']);

/** "When Roe mentioned the plan, I laughed and said": the verb at k sits in a subordinate clause that a comma
 * closes before `end`, so it is not the verb the coordination continues. */
function inLeadingSubordinate(v: TokenView, s: number, k: number, end: number): boolean {
  let comma = false;
  for (let m = k + 1; m < end; m++) if (v.tokens[m]!.text === ',' && v.inQuote[m]! < 0) { comma = true; break; }
  if (!comma) return false;
  for (let m = k - 1; m >= s; m--) {
    const w = lower(v.tokens[m]);
    if (w === ',' || w === ';') return false;
    if (SUBORDINATORS.has(w)) return true;
  }
  return false;
}

/** Start of the clause holding token `at`: after ", while", ", whereas", ", but" or a semicolon, else `s`. */
function clauseStart(v: TokenView, s: number, at: number): number {
  for (let k = at - 1; k > s; k--) {
    const w = lower(v.tokens[k]);
    if (w === ';') return k + 1;
    if (CLAUSE_OPENERS.has(w) && v.tokens[k - 1]?.text === ',') return k + 1;
  }
  return s;
}

/** Words that open a leading participle clause whose subject is the main clause's ("After saying …, she …"). */
const PARTICIPLE_LEADS = new Set(['after', 'before', 'while', 'since', 'when', 'upon', 'by', 'without', 'despite', 'in']);

/** "After saying her foot was “so swollen,” she left": the phrase that opens the main clause after the comma that
 * closes a leading clause begun at the sentence start `s` by a subordinator and the participle at `k`. */
function leadingClauseSubject(v: TokenView, k: number, s: number): TokRange | null {
  if (k - 1 !== s || !PARTICIPLE_LEADS.has(lower(v.tokens[s]))) return null;
  const e = sentenceEnd(v, k);
  for (let m = k + 1; m < e; m++) {
    const q = v.inQuote[m]!;
    // the comma outside the quote, or one just inside its closing mark (“… swollen,” she)
    const closing = q >= 0 && v.closeTok[q] === m && v.tokens[m - 1]!.text === ',';
    if ((q < 0 && v.tokens[m]!.text === ',') || closing) {
      const np = phraseFrom(v, m + 1, e);
      if (!np) return null;
      // its verb, past adverbs ("she later left"); "was" is a verb of its own
      for (let a = np.hi; a < e; a++) {
        const t = v.tokens[a]!;
        if (t.pos === 'VERB' || t.pos === 'AUX') return np;
        if (!isPrelude(v, a)) return null;
      }
      return null;
    }
    if (q < 0 && v.tokens[m]!.text === ';') return null;
  }
  return null;
}

/** Prepositions before a place or a medium, whose object does not speak ("on Facebook", "in Ohio"). */
const PLACE_LEADS = new Set(['on', 'in', 'at', 'from', 'via', 'through']);

/** Forms of "be" that make a participle progressive ("is claiming", "was saying"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", '’s', "'re", '’re']);

function participleSubject(v: TokenView, k: number, s: number): TokRange | null {
  const lead = leadingClauseSubject(v, k, s);
  if (lead) return lead;
  // "…, but Jane Roe’s campaign is already claiming …": the subject of the progressive's "be", in its own clause
  let b = k - 1;
  while (b > s && isPrelude(v, b) && !BE_FORMS.has(lower(v.tokens[b]))) b--;
  if (b > s && BE_FORMS.has(lower(v.tokens[b])) && v.inQuote[b]! < 0) {
    const np = subjectBefore(v, b, clauseStart(v, s, b));
    if (np) return np;
  }
  // "footage of Jane Doe asking, “…”": a name right before the participle, unless it is a place or a medium
  // ("responded on Facebook writing …")
  const direct = k - 1 >= s && v.tokens[k - 1]!.text !== ',' ? phraseEndingAt(v, k - 1, s) : null;
  if (direct && /^\p{Lu}/u.test(v.tokens[direct.hi - 1]!.text) && !PLACE_LEADS.has(lower(v.tokens[direct.lo - 1]))) return direct;
  // "…, Jane Roe said, adding, “…”": the participle goes on from the speech verb right before its comma
  if (v.tokens[k - 1]?.text === ',' && k - 2 > s && v.inQuote[k - 2]! < 0 && isSpeechAt(v, k - 2) && !/ing$/.test(lower(v.tokens[k - 2]))) {
    const np = subjectBefore(v, k - 2, s);
    if (np) return np;
  }
  // ", saying …" after a clause: the subject of the clause the comma closes when that names someone ("…, when
  // protesters interrupted her, shouting “…”"), else the subject of the sentence
  // ("Alongside the calls, a strategist said Roe must choose, saying “…”": the one who said, before the sentence's
  // first subject)
  let comma = k - 1;
  // ", at one point calling …", ", at times saying …": a short adverbial between the comma and the participle
  if (v.tokens[comma]?.text !== ',' && lower(v.tokens[k - 3]) === 'at' && v.tokens[k - 4]?.text === ',') comma = k - 4;
  if (v.tokens[comma]?.text === ',') {
    const near = nearestPersonSubject(v, s, comma) ?? earlierSpeaker(v, s, k);
    if (near) return near;
    const main = mainSubject(v, s, k);
    if (main) return main;
  }
  return earlierSpeaker(v, s, k) ?? mainSubject(v, s, k);
}

/** The subject of the nearest finite speech verb before token `k` in the sentence from `s`. */
function earlierSpeaker(v: TokenView, s: number, k: number): TokRange | null {
  for (let e = k - 1; e >= s; e--) {
    if (isSpeechAt(v, e) && !/ing$/.test(lower(v.tokens[e])) && !relativeSubject(v, e, s) && !passiveNaming(v, e, s)) {
      // "“…,” said Jane Roe at the time, adding that …": the subject after a verb that follows a quote
      const np = subjectBefore(v, e, s) ?? (afterQuoteClose(v, e) ? phraseFrom(v, e + 1, k) : null);
      if (np) return np;
    }
  }
  return null;
}

/** Past participles that name a thing after its noun ("a book called “…”", "a loophole known as an “…”"). */
const NAMING_PARTICIPLES = new Set(['called', 'dubbed', 'named', 'titled', 'entitled', 'nicknamed', 'labeled',
  'labelled', 'branded', 'known', 'termed']);

const NAME_LEADS = new Set(['a', 'an', 'the', 'as']);

/** "They slammed the tax loophole called an “inversion”": a naming participle right after a common noun that is
 * itself the object of a verb or a preposition names the thing; nobody speaks. */
export function passiveNaming(v: TokenView, verb: number, s: number): boolean {
  if (!NAMING_PARTICIPLES.has(lower(v.tokens[verb])) || verb - 1 < s) return false;
  // the name follows at once ("called “…”", "called the “…”", "known as “…”"); "called it “…”" is someone calling
  let n = verb + 1;
  while (n < verb + 3 && NAME_LEADS.has(lower(v.tokens[n]))) n++;
  const noun = v.tokens[verb - 1]!;
  if (v.inQuote[n] === undefined || v.inQuote[n]! < 0) {
    // "A band called Sophistafunk got the crowd …": a name, then the verb of the clause the noun is subject of
    let m = n;
    while (m < n + 4 && v.tokens[m]?.pos === 'PROPN' && v.inQuote[m]! < 0) m++;
    const next = v.tokens[m];
    return m > n && noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text) && next !== undefined
      && (next.pos === 'VERB' || next.pos === 'AUX') && !/ing$/.test(lower(next));
  }
  if (noun.pos !== 'NOUN' || /^\p{Lu}/u.test(noun.text) || v.inQuote[verb - 1]! >= 0) return false;
  let b = verb - 2;
  while (b >= s && v.inQuote[b]! < 0 && (v.tokens[b]!.pos === 'NOUN' || v.tokens[b]!.pos === 'ADJ'
    || v.tokens[b]!.pos === 'NUM' || v.tokens[b]!.pos === 'DET' || /^-$/.test(v.tokens[b]!.text))) b--;
  if (b < s) return false;
  const lead = v.tokens[b]!;
  return lead.pos === 'VERB' || lead.pos === 'ADP' || (lead.pos === 'AUX' && !BE_FORMS.has(lower(lead)));
}

/** Pronouns that never stand for a speaker of a participle's quote. */
const NON_PERSON_PRONOUNS = new Set(['it', 'this', 'that', 'there']);

/** Does the phrase name someone who can speak: a name, a personal pronoun, or a person or body noun? */
function namesSomeone(v: TokenView, np: TokRange): boolean {
  const head = v.tokens[np.hi - 1]!;
  const h = lower(head);
  if (NON_PERSON_PRONOUNS.has(h)) return false;
  return head.pos === 'PROPN' || PERSONAL_PRONOUNS.has(h) || ROLE_NOUNS.has(h) || ORG_NOUNS.has(h);
}

/** The subject of the finite verb nearest before token `end` in the sentence from `s`, when it names someone, opens
 * a clause of its own ("when protesters interrupted her") and no verb of speech stands before that verb (whose
 * subject the participle goes on with: "X said the plan was bad, adding …" is X's). Relative clauses are skipped. */
function nearestPersonSubject(v: TokenView, s: number, end: number): TokRange | null {
  for (let k = end - 1; k >= s; k--) {
    const t = v.tokens[k]!;
    if (t.text === ';') return null;
    if (v.inQuote[k]! >= 0 || (t.pos !== 'VERB' && t.pos !== 'AUX') || /ing$/.test(lower(t))) continue;
    if (relativeSubject(v, k, s)) continue;
    const np = subjectBefore(v, k, s);
    // a speech verb before the verb makes the clause what was said, unless it stands in a leading subordinate
    // clause closed before the subject
    // (or when a subordinator opens the clause itself: "He tweeted when Roe ended the debate, remarking …")
    const subordinate = np !== null && TRAILING_CLAUSE_OPENERS.has(lower(v.tokens[np.lo - 1]));
    const from = np && v.tokens[np.lo - 1]?.text === ',' && leadingSubordinate(v, s, np.lo - 1) ? np.lo : s;
    if (!subordinate) for (let m = from; m < k; m++) if (v.inQuote[m]! < 0 && isSpeechAt(v, m)) return null;
    if (!np) continue;
    // only a clause opened by "when", "where", "as" …: a clause after a verb is its object ("was adamant that …")
    // ("where about fifty protesters …": one word of quantity may stand between)
    // (", and he has battled …, calling": a clause of its own after a comma and a conjunction; "Although he
    // thanked them, he sounded a note, saying": the main clause after a leading subordinate one)
    const opener = (at: number): boolean => at > s && (TRAILING_CLAUSE_OPENERS.has(lower(v.tokens[at]))
      || (COORDINATORS.has(lower(v.tokens[at])) && v.tokens[at - 1]!.text === ',')
      || (v.tokens[at]!.text === ',' && leadingSubordinate(v, s, at)));
    return namesSomeone(v, np) && (opener(np.lo - 1) || opener(np.lo - 2) && v.tokens[np.lo - 1]!.pos === 'ADV') ? np : null;
  }
  return null;
}

/** Does a subordinator open the sentence from `s`, its clause closed by the comma at `comma` ("Although …,")? */
function leadingSubordinate(v: TokenView, s: number, comma: number): boolean {
  let k = s;
  while (k < comma && COORDINATORS.has(lower(v.tokens[k]))) k++;
  if (!SUBORDINATORS.has(lower(v.tokens[k]))) return false;
  for (let m = k + 1; m < comma; m++) if (v.tokens[m]!.text === ',' || v.inQuote[m]! >= 0) return false;
  return true;
}

/** Words opening a clause that a trailing participle may hang on ("…, where protesters had gathered, chanting"). */
const TRAILING_CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'where']);

/** Does the verb at token e follow a closing quotation mark (past a comma or dash)? */
function afterQuoteClose(v: TokenView, e: number): boolean {
  let b = e - 1;
  if (b >= 0 && (v.tokens[b]!.text === ',' || DASHES.test(v.tokens[b]!.text))) b--;
  return b >= 0 && v.inQuote[b]! >= 0 && v.closeTok[v.inQuote[b]!] === b;
}

export function beforeCue(v: TokenView, qi: number, quoteWords: number): Cue | null {
  const o = v.openTok[qi]!;
  const s = sentenceStart(v, o);
  let words = 0;
  let fallback: Cue | null = null;
  for (let k = o - 1; k >= s; k--) {
    if (v.inQuote[k]! >= 0) continue;
    const t = v.tokens[k]!;
    const w = lower(t);
    if (isWord(t)) words++;
    // a short quote far from any verb: only a cue right before it ("… a new message: “…”") still counts
    if (quoteWords <= SHORT_QUOTE_WORDS && words > MAX_PARTIAL_DISTANCE) return fallback ?? colonNounCue(v, o, s);
    if (w === 'according' && lower(v.tokens[k + 1]) === 'to') {
      const np = phraseFrom(v, k + 2, o);
      if (np) return { speaker: np, verb: k, via: 'according', adjacent: false };
      continue;
    }
    // "Trump’s claim that there were “thousands of …”": the owner of a claim, a statement, a warning
    if (CLAIM_NOUNS.has(w) && isPossessive(v.tokens[k - 1]) && v.inQuote[k - 1]! < 0 && leadsIntoContent(v, k, o)) {
      const np = phraseEndingAt(v, k - 2, s);
      // "… called Roe’s remarks “a wake-up call”": the claim is the object of a speech verb, whose subject speaks
      if (np && !isSpeechAt(v, np.lo - 1)) return outerCue(v, { speaker: np, verb: k, via: 'before', adjacent: false }, s);
    }
    // "his warning that …", "her claim that …": a possessive pronoun owns the claim
    if (CLAIM_NOUNS.has(w) && k - 1 >= s && POSSESSIVE_PRONOUNS.has(lower(v.tokens[k - 1])) && !isSpeechAt(v, k - 2)
      && leadsIntoContent(v, k, o)) {
      return { speaker: { lo: k - 1, hi: k }, verb: k, via: 'before', adjacent: false };
    }
    if (!isSpeechAt(v, k) || passiveNaming(v, k, s)) continue;
    const adjacent = onlyLinkWordsBetween(v, k + 1, o) || shortLeadIn(v, k + 1, o);
    let np = /ing$/.test(w) ? participleSubject(v, k, s) : subjectBefore(v, k, s);
    // "X bemoaned the unrest and said …": a second predicate of the sentence's subject
    let c = k - 1;
    while (c > s && isPrelude(v, c)) c--;
    if (!np && COORDINATORS.has(lower(v.tokens[c]))) np = nearestSubject(v, clauseStart(v, s, c), c);
    if (!np && lower(v.tokens[k - 1]) === 'to' && v.inQuote[k - 1]! < 0) np = infinitiveSubject(v, clauseStart(v, s, k - 1), k - 1);
    if (!np) np = invertedSubject(v, k, o);
    if (!np) continue;
    const cue: Cue = { speaker: np, verb: k, via: 'before', adjacent };
    // "told a woman who suggested that …": a speaker in a relative clause only when no other verb is found
    if (relativeSubject(v, k, s)) { fallback = fallback ?? cue; continue; }
    return outerCue(v, cue, s);
  }
  return fallback ?? colonNounCue(v, o, s);
}

/** "She rolled out a new message: “…”": a colon after a noun for something said gives the sentence subject. */
function colonNounCue(v: TokenView, o: number, s: number): Cue | null {
  if (v.tokens[o - 1]?.text !== ':' || !SPEECH_NOUNS.has(lower(v.tokens[o - 2]))) return null;
  // the subject of the verb holding the noun ("With aides worried, Jane Roe is rolling out a message:" → Jane Roe)
  const np = nearestSubject(v, s, o - 2) ?? mainSubject(v, s, o - 2);
  return np ? { speaker: np, verb: o - 2, via: 'before', adjacent: true } : null;
}

/** "… “steals a handful” is held to account, the senator said.": ", X said" later in the quote's sentence. */
export function tailCue(v: TokenView, qi: number): Cue | null {
  const c = v.closeTok[qi]!;
  if (c < 0) return null;
  const e = sentenceEnd(v, c);
  for (let m = c + 1; m < e; m++) {
    if (v.inQuote[m]! >= 0) return null;
    if (v.tokens[m]!.text !== ',') continue;
    // "… a “walk-in” at 200 schools, according to the organisers."
    if (lower(v.tokens[m + 1]) === 'according' && lower(v.tokens[m + 2]) === 'to') {
      const src = phraseFrom(v, m + 3, e);
      if (src) return { speaker: src, verb: m + 1, via: 'according', adjacent: false };
      continue;
    }
    // "…, said Jane Roe, a harbour pilot.": the verb first, its subject after it, closing the sentence
    if (isStatementAt(v, m + 1)) {
      const inv = phraseFrom(v, m + 2, e);
      if (inv && closesSentence(v, inv.hi, e)) return { speaker: inv, verb: m + 1, via: 'tail', adjacent: false };
      continue;
    }
    const np = phraseFrom(v, m + 1, e);
    if (!np) continue;
    let k = np.hi;
    while (k < e && isPrelude(v, k)) k++;
    if (!isStatementAt(v, k)) continue;
    const next = v.tokens[k + 1];
    if (k + 1 >= e || !next || /^[.,;]$/.test(next.text) || CLOSING_FOLLOWERS.has(lower(next))) {
      return { speaker: np, verb: k, via: 'tail', adjacent: false };
    }
  }
  return null;
}

/** Only an apposition (", a harbour pilot" / ", who …") and the sentence's stop stand from token `at` to `e`. */
function closesSentence(v: TokenView, at: number, e: number): boolean {
  if (at >= e) return true;
  const t = v.tokens[at]!.text;
  if (t === '.' || t === '!' || t === '?') return at + 1 >= e;
  if (t !== ',') return false;
  // a long apposition ("…, said Jane Roe, director of the nurses’ union, a group that broke away …"): an article,
  // a noun or a name opens it, and no quote or semicolon stands before the stop
  const first = v.tokens[at + 1];
  const apposition = first !== undefined && (first.pos === 'DET' || first.pos === 'NOUN' || first.pos === 'PROPN' || first.pos === 'ADJ');
  for (let k = at + 1; k < e; k++) {
    const x = v.tokens[k]!.text;
    if (v.inQuote[k]! >= 0 || x === ';' || (x === ',' && !apposition)) return false;
  }
  return true;
}

/** "said Peskov: “…”": a subject after the verb, directly before a colon or comma that leads into the quote. */
function invertedSubject(v: TokenView, verb: number, open: number): TokRange | null {
  // only a verb opening its clause ("Said Roe:", "…,” said Roe, “…”): after a word it has its subject before it
  let b = verb - 1;
  while (b >= 0 && isPrelude(v, b)) b--;
  if (b >= 0 && v.paragraph[b] === v.paragraph[verb] && isWord(v.tokens[b]) && v.inQuote[b]! < 0 && !startsSentence(v, b + 1)) return null;
  const np = phraseFrom(v, verb + 1, open);
  if (!np) return null;
  if (onlyLinkWordsBetween(v, np.hi, open)) return np;
  // "The problem, says Jane Roe, is that …": set off by commas inside a clause, the verb and its subject attribute the
  // whole sentence, the quote further on included
  const inserted = b >= 0 && v.tokens[b]!.text === ',' && b === verb - 1 && !startsSentence(v, b);
  if (inserted && v.tokens[np.hi]?.text === ',' && np.hi + 1 < open && plainUntil(v, np.hi + 1, open)) return np;
  // "Said Jane Roe, who grew up here, “…”": one aside between the name and the quote
  if (v.tokens[np.hi]?.text !== ',') return null;
  for (let k = np.hi + 1; k < open && k <= np.hi + MAX_ASIDE_TOKENS; k++) {
    if (v.tokens[k]!.text !== ',') continue;
    if (onlyLinkWordsBetween(v, k, open)) return np;
    // "The paradox, says Jane Roe, a historian at the library, is that …"
    return inserted && !RELATIVES_AFTER.has(lower(v.tokens[np.hi + 1])) && plainUntil(v, k + 1, open) ? np : null;
  }
  return null;
}

/** An aside that is a relative clause has a verb of its own ("says Roe, who added …"); it sets off no insertion. */
const RELATIVES_AFTER = new Set(['who', 'which', 'whose', 'where', 'when']);

/** Tokens [from, to) hold no quote, no semicolon and no speech verb: the clause runs on to the quote unattributed. */
function plainUntil(v: TokenView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (v.inQuote[k]! >= 0 || v.tokens[k]!.text === ';' || isSpeechAt(v, k)) return false;
  }
  return true;
}

/** Longest aside between an inverted subject and its quote, in tokens. */
const MAX_ASIDE_TOKENS = 20;

/** Most tokens of an addressee or setting between a verb and the colon that opens its quote ("says to voters:"). */
const MAX_LEAD_IN = 8;

/** "She says to the crowd: “…”", "he said in a statement: “…”": a short stretch without verbs or quotes, then a
 * colon right before the quote. */
function shortLeadIn(v: TokenView, from: number, to: number): boolean {
  if (to - from > MAX_LEAD_IN || to - 1 < from || v.tokens[to - 1]!.text !== ':') return false;
  for (let k = from; k < to - 1; k++) {
    const t = v.tokens[k]!;
    if (v.inQuote[k]! >= 0 || t.pos === 'VERB' || t.pos === 'AUX' || /^[,;.!?]$/.test(t.text)) return false;
  }
  return true;
}

const LINK_WORDS = new Set([':', ',', 'that', '—', '–', 'reporters', 'journalists']);

function onlyLinkWordsBetween(v: TokenView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!LINK_WORDS.has(lower(v.tokens[k]))) return false;
  return true;
}
