/**
 * Is the word at a token a speech verb here? The list says which words can be one; the tagger and the context say
 * whether this one is ("she remarks" / "his remarks").
 */
import {
  CORE_SPEECH_VERBS as CORE_SPEECH_VERBS_, PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_, ROLE_NOUNS as ROLE_NOUNS_,
  SPEECH_VERBS as SPEECH_VERBS_,
  TERM_NOUNS as TERM_NOUNS_, TERM_VERBS as TERM_VERBS_, WEAK_VERBS as WEAK_VERBS_
} from './lexicon.ts';
import {
  isCapitalised as isCapitalised_, isWord as isWord_, lower as lower_, startsSentence as startsSentence_, type TokenView,
} from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const CORE_SPEECH_VERBS = CORE_SPEECH_VERBS_;
const PERSONAL_PRONOUNS = PERSONAL_PRONOUNS_;
const ROLE_NOUNS = ROLE_NOUNS_;
const SPEECH_VERBS = SPEECH_VERBS_;
const TERM_NOUNS = TERM_NOUNS_;
const TERM_VERBS = TERM_VERBS_;
const WEAK_VERBS = WEAK_VERBS_;
const isWord = isWord_;
const isCapitalised = isCapitalised_;
const lower = lower_;
const startsSentence = startsSentence_;

/** Words before a noun use of a speech word ("a stern warning", "the news reports"). */
export const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'news', 'media']);

/** A speech verb at token i: a word of the list that the tagger did not read as a noun ("remarks", "claims"). */
/** Verbs that speak with a particle ("shot back", "went on", "chimed in") before a stop, a quote or "to"/"that". */
const PHRASAL = new Map([['shot', 'back'], ['fired', 'back'], ['hit', 'back'], ['wrote', 'back'], ['went', 'on'],
  ['goes', 'on'], ['chimed', 'in'], ['weighed', 'in']]);
/** Verbs that report a finding or a view, as speech only before "that". */
const THAT_VERBS = new Set(['found', 'finds', 'estimated', 'estimates', 'ruled', 'rules', 'determined', 'pressed',
  'believes', 'believed', 'thinks', 'thought', 'feared', 'fears', 'worried', 'worries', 'hoped', 'hopes', 'felt', 'feels',
  'anticipated', 'anticipates', 'projected', 'projects', 'expects', 'expected', 'reckoned', 'reckons', 'calculated',
  'calculates', 'recognized', 'recognizes', 'recognised', 'recognises', 'figured', 'assumed', 'assumes', 'guessed']);
const AFTER_PARTICLE = /^([.,:;!?"“”—–-]|to|that)$/;

export function isSpeechAt(v: TokenView, i: number): boolean {
  const t = v.tokens[i];
  if (!t || v.inQuote[i]! >= 0) return false;
  const w = lower(t);
  if (!SPEECH_VERBS.has(w)) {
    // "the poll found that …", "Roe estimated that …": a finding reported, only with its "that"
    if (THAT_VERBS.has(w)) return thatFollows(v, i + 1);
    const particle = PHRASAL.get(w);
    if (particle === undefined || lower(v.tokens[i + 1]) !== particle) return labelsAsAt(v, i, w);
    const after = v.tokens[i + 2];
    return after === undefined || v.inQuote[i + 2]! >= 0 || AFTER_PARTICLE.test(lower(after));
  }
  if (CORE_SPEECH_VERBS.has(w)) return true;
  if (TERM_VERBS.has(w)) {
    // "used the phrase “…”", "uses words like “…”"
    const a = lower(v.tokens[i + 1]);
    return TERM_NOUNS.has(a) || (DETERMINER_BEFORE.has(a) && TERM_NOUNS.has(lower(v.tokens[i + 2])));
  }
  // "will continue to …", also with the "to" quoted ("would continue “to break barriers”")
  if (WEAK_VERBS.has(w) && (lower(v.tokens[i + 1]) === 'to' || (v.inQuote[i + 1]! >= 0 && lower(v.tokens[i + 2]) === 'to'))) return false;
  // inside a title-case headline only "Says", "Told" … are sure verbs; "Will Tell of" is not a cue
  if (/^\p{Lu}/u.test(t.text) && !startsSentence(v, i)) {
    if (!/[^s]s$/.test(w)) return false;
    // "the United States": a capitalised run after a lower-case word is a name, not a headline's "Says"
    let k = i - 1;
    while (k >= 0 && v.paragraph[k] === v.paragraph[i] && isCapitalised(v.tokens[k]) && !startsSentence(v, k + 1)) k--;
    const before = v.tokens[k];
    if (k >= 0 && k < i - 1 && v.paragraph[k] === v.paragraph[i] && before !== undefined && /^\p{Ll}/u.test(before.text)) return false;
  }
  if (/ed$/.test(w)) return true;
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  const prev = v.tokens[i - 1];
  // right after a name or a personal pronoun a speech word is a verb ("Roe and Doe call the plan …")
  const next = v.tokens[i + 1];
  // "…,” Jane Roe notes." closes on the verb; "he points out" takes a particle
  // "Roe slams GOP’s …": a present-tense form in lower case before a name
  const complement = next !== undefined && (next.pos === 'DET' || next.pos === 'PRON' || /^(that|:|,|“|"|\.|out)$/.test(lower(next))
    || (next.pos === 'PROPN' && /[^s]s$/.test(w) && /^\p{Ll}/u.test(t.text)));
  // "Legal observers note the …": a role noun that agrees with the verb as its subject reads the same way
  // ("the same campaign points" does not agree)
  const roleSubject = prev !== undefined && prev.pos === 'NOUN' && ROLE_NOUNS.has(lower(prev))
    && /s$/.test(lower(prev)) !== /s$/.test(w) && next !== undefined && (next.pos === 'DET' || next.pos === 'PRON' || lower(next) === 'that');
  if (prev && (prev.pos === 'PROPN' || PERSONAL_PRONOUNS.has(lower(prev)) || roleSubject) && !/ing$/.test(w) && complement) return true;
  // "after warning that …": a gerund unless a determiner or adjective makes it a noun ("a stern warning")
  if (/ing$/.test(w)) return !prev || !(DETERMINER_BEFORE.has(lower(prev)) || prev.pos === 'ADJ' || prev.pos === 'DET');
  // "The Post reports that …", "The paper reports:", "The ad claims “…”": a verb whatever the tagger said
  const after = lower(next);
  return /s$/.test(w) && (after === 'that' || after === ':' || after === '“' || after === '"') && isWord(v.tokens[i - 1])
    && !DETERMINER_BEFORE.has(lower(v.tokens[i - 1]));
}

/** Verbs that set someone in a role, not give a view of them ("hired Roe as a “consultant”"). */
const ROLE_VERBS = new Set(['hire', 'hired', 'hires', 'hiring', 'appoint', 'appointed', 'appoints', 'elect', 'elected',
  'name', 'named', 'names', 'nominate', 'nominated', 'install', 'installed', 'recruit', 'recruited', 'list', 'listed',
  'rank', 'ranked', 'classify', 'classified', 'register', 'registered', 'serve', 'served', 'serves', 'work', 'worked',
  'works', 'join', 'joined', 'include', 'included', 'includes', 'employ', 'employed', 'sign', 'signed', 'use', 'used',
  'uses', 'using', 'keep', 'kept', 'enlist', 'enlisted', 're-elect', 're-elected', 'sworn', 'swear', 'ran', 'run',
  'runs', 'running', 'left', 'leave', 'leaves', 'retire', 'retired', 'qualify', 'qualified', 'identify', 'identified',
  'identifies', 'count', 'counted', 'is', 'was', 'be', 'been', 'are', 'were']);
/** Verbs of attack or appeal whose object may be the quoted words themselves, speech only right before them. */
const QUOTE_OBJECT_VERBS = new Set(['attack', 'attacks', 'attacked', 'attacking', 'assail', 'assails', 'assailed',
  'lambast', 'lambasted', 'lambastes', 'ridicule', 'ridiculed', 'ridicules', 'deride', 'derided', 'derides',
  'disparage', 'disparaged', 'excoriate', 'excoriated', 'invoke', 'invoked', 'invokes', 'invoking', 'rip', 'ripped',
  'rips', 'decrying', 'mocking', 'denouncing', 'condemning', 'attacking', 'slamming', 'blasting']);
/** Fewest tokens of such a quoted object, marks included. */
const MIN_OBJECT_TOKENS = 5;
/** Most tokens of the person between such a verb and its "as" ("admires Russian President Vladimir Putin as"). */
const MAX_LABELLED = 8;
const ARTICLES = new Set(['a', 'an', 'the']);

/** "Roe admires Doe as a “strong leader”", "Roe has gone after Doe as a “…”": any verb with a person or thing as
 * its object, then "as", an article and an opening quotation mark, gives the quoted label as the subject's. */
function labelsAsAt(v: TokenView, i: number, w: string): boolean {
  const t = v.tokens[i]!;
  if (FAULT_VERBS.has(w) && faultFor(v, i)) return true;
  if (QUOTE_OBJECT_VERBS.has(w)) {
    // "Roe attacked “the cruel logic of …”": the quoted words are the verb's object
    // a statement, not a term ("attacked “rebel positions”" names a target)
    const qi = v.inQuote[i + 1] ?? -1;
    return qi >= 0 && v.openTok[qi] === i + 1 && (v.closeTok[qi]! < 0 || v.closeTok[qi]! - i > MIN_OBJECT_TOKENS);
  }
  if (t.pos !== 'VERB' || ROLE_VERBS.has(w)) return false;
  let objects = 0;
  for (let k = i + 1; k <= i + MAX_LABELLED + 1 && k < v.tokens.length; k++) {
    const x = v.tokens[k]!;
    if (v.inQuote[k]! >= 0 || v.paragraph[k] !== v.paragraph[i]) return false;
    if (lower(x) === 'as') {
      // "words such as “…”" lists examples
      if (objects === 0 || lower(v.tokens[k - 1]) === 'such') return false;
      let q = k + 1;
      if (ARTICLES.has(lower(v.tokens[q]))) q++;
      const qi = v.inQuote[q] ?? -1;
      return qi >= 0 && v.openTok[qi] === q;
    }
    if (!isWord(x) && x.text !== '.' && x.text !== '’s' && x.text !== "'s") return false;
    if (x.pos === 'VERB' || x.pos === 'AUX') return false;
    if (x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'PRON') objects++;
  }
  return false;
}

/** Words opening a short adverbial between a verb and its "that" ("found in 2014 that", "ruled on Monday that"). */
const ADVERBIAL_LEADS = new Set(['in', 'on', 'last', 'this', 'earlier', 'during', 'after']);
/** Most tokens of that adverbial. */
const MAX_ADVERBIAL = 4;

/** "that" at token `at`, or after a short time adverbial starting there (no comma, quote or verb in it). */
function thatFollows(v: TokenView, at: number): boolean {
  if (lower(v.tokens[at]) === 'that') return true;
  if (!ADVERBIAL_LEADS.has(lower(v.tokens[at]))) return false;
  for (let k = at + 1; k <= at + MAX_ADVERBIAL && k < v.tokens.length; k++) {
    const t = v.tokens[k]!;
    if (lower(t) === 'that') return k > at + 1;
    if (!isWord(t) || v.inQuote[k]! >= 0 || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** Verbs of reproach that, with an object and "for", report a charge ("ripped Roe for acting as “…”"). */
const FAULT_VERBS = new Set(['attack', 'attacks', 'attacked', 'rip', 'rips', 'ripped', 'hit', 'hits', 'knock', 'knocks',
  'knocked', 'fault', 'faults', 'faulted', 'rebuke', 'rebukes', 'rebuked', 'lambast', 'lambasted', 'assail',
  'assailed', 'hammer', 'hammers', 'hammered', 'bash', 'bashes', 'bashed', 'skewer', 'skewered', 'target', 'targets',
  'targeted', 'pillory', 'pilloried', 'castigate', 'castigated', 'berate', 'berated', 'excoriated']);
/** Words opening the charge after "for": a gerund, a possessive, "what". */
const FAULT_OPENERS = /^(\p{L}+ing|his|her|their|its|what|the|a|an)$/u;
/** Most tokens of the object between such a verb and its "for". */
const MAX_FAULT_OBJECT = 6;

/** "ripped Roe for …", "hits Clinton for taking …": an object (a name, pronoun or noun phrase), then "for" and a
 * gerund or noun, with a quotation later in the clause. */
function faultFor(v: TokenView, i: number): boolean {
  let objects = 0;
  for (let k = i + 1; k <= i + MAX_FAULT_OBJECT + 1 && k < v.tokens.length; k++) {
    const x = v.tokens[k]!;
    if (v.inQuote[k]! >= 0 || v.paragraph[k] !== v.paragraph[i]) return false;
    if (lower(x) === 'for') {
      // a charge ("for acting", "for his handling", "for what …"), never a span of time ("for hours")
      if (objects === 0 || !FAULT_OPENERS.test(lower(v.tokens[k + 1]))) return false;
      // a quotation before the clause ends
      for (let m = k + 1; m < v.tokens.length && m <= k + 25 && v.paragraph[m] === v.paragraph[i]; m++) {
        if (v.inQuote[m]! >= 0) return true;
        if (/^[.;!?]$/.test(v.tokens[m]!.text)) return false;
      }
      return false;
    }
    if (!isWord(x) && x.text !== '.' && x.text !== '’s' && x.text !== "'s") return false;
    if (x.pos === 'VERB' || x.pos === 'AUX') return false;
    if (x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'PRON') objects++;
  }
  return false;
}
