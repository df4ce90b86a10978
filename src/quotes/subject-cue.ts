/**
 * The last resort for a quotation that reads as a statement but has no cue: "Roe launched into a lament for the
 * “countless families who …”", "The agency declined to detail the inquiry’s “specific focus or scope”". The subject
 * of the sentence's main verb, standing before the quote, is the one whose words they are, when it names someone:
 * a name, a personal pronoun, or a role or body noun. Never used for a quote that opens its sentence.
 */
import type { Cue } from './cues.ts';
import { relativeSubject as relativeSubject_, subjectBefore as subjectBefore_, type TokRange } from './np.ts';
import { ORG_NOUNS as ORG_NOUNS_, PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_, ROLE_NOUNS as ROLE_NOUNS_ } from './lexicon.ts';
import { isCapitalised as isCapitalised_, lower as lower_, sentenceStart as sentenceStart_, type TokenView } from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const relativeSubject = relativeSubject_;
const subjectBefore = subjectBefore_;
const ORG_NOUNS = ORG_NOUNS_;
const PERSONAL_PRONOUNS = PERSONAL_PRONOUNS_;
const ROLE_NOUNS = ROLE_NOUNS_;
const isCapitalised = isCapitalised_;
const lower = lower_;
const sentenceStart = sentenceStart_;

/** Words after a comma that open a clause of its own ("…, while Roe proposed …"). */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'although', 'though', 'and']);

/** The subject of the first finite verb from token `s` on, before `before`; null when that verb has none. */
function firstVerbSubject(v: TokenView, s: number, before: number): TokRange | null {
  for (let k = s; k < before; k++) {
    if (v.inQuote[k]! >= 0 || relativeSubject(v, k, s)) continue;
    const t = v.tokens[k]!;
    // "…, an advocate of an effort to cultivate new ideas, welcomed …": an infinitive is no finite verb; nor is a
    // participle opening the sentence ("Introduced by the mayor, Roe launched …")
    if (lower(v.tokens[k - 1]) === 'to' || k === s) continue;
    const pastAfterName = /ed$/.test(lower(t)) && v.tokens[k - 1]?.pos === 'PROPN';
    if ((t.pos === 'VERB' || t.pos === 'AUX' || pastAfterName) && !/ing$/.test(lower(t))) return subjectBefore(v, k, s);
  }
  return null;
}

/** Written things that carry words ("The letter demanded that …", "The ad accuses …"). */
const DOCUMENT_NOUNS = new Set(['ad', 'ads', 'letter', 'memo', 'email', 'e-mail', 'tweet', 'post', 'video', 'document',
  'editorial', 'article', 'column', 'book', 'release', 'filing', 'lawsuit', 'complaint', 'website', 'sign', 'signs',
  'banner', 'petition', 'resolution', 'platform', 'bill', 'law', 'ruling', 'order', 'agreement', 'contract', 'piece',
  'photo', 'message', 'note', 'speech', 'op-ed', 'headline', 'transcript', 'memoir', 'manifesto', 'script', 'narrator']);

/** Words that open a leading subordinate clause or adverbial before the main clause. */
const LEADS = new Set(['when', 'after', 'before', 'while', 'if', 'as', 'although', 'though', 'because', 'since', 'in',
  'on', 'at', 'during', 'with', 'once', 'until', 'despite', 'for']);

/** Pronouns that name no one in particular ("it", "you"). */
const VAGUE = new Set(['it', 'you', 'this', 'that']);

/** The subject cue of quote `qi`, or null. */
export function subjectCue(v: TokenView, qi: number): Cue | null {
  const o = v.openTok[qi]!;
  const s = sentenceStart(v, o);
  if (s >= o) return null;
  for (let k = s; k < o; k++) if (v.tokens[k]!.text === ';' && v.inQuote[k]! < 0) return null;
  // the clause holding the quote: after ", while", ", but" …, else after a leading subordinate clause ("In the
  // hours after X was killed, …", "When Roe left, …")
  let c = s;
  for (let k = o - 2; k > s; k--) {
    if (v.tokens[k]!.text === ',' && CLAUSE_OPENERS.has(lower(v.tokens[k + 1]))) { c = k + 2; break; }
  }
  if (c === s && LEADS.has(lower(v.tokens[s]))) {
    for (let k = s + 1; k < o - 1; k++) {
      if (v.tokens[k]!.text === ',' && v.inQuote[k]! < 0) { c = k + 1; break; }
    }
  }
  const np = firstVerbSubject(v, c, o);
  if (!np || np.hi > o) return null;
  const head = v.tokens[np.hi - 1]!;
  const h = lower(head);
  if (np.hi - np.lo === 1 && (PERSONAL_PRONOUNS.has(h) || VAGUE.has(h))) {
    return VAGUE.has(h) ? null : { speaker: np, verb: np.hi, via: 'before', adjacent: false };
  }
  const named = head.pos === 'PROPN' && isCapitalised(head);
  if (!named && !ROLE_NOUNS.has(h) && !ORG_NOUNS.has(h) && !DOCUMENT_NOUNS.has(h)) return null;
  return { speaker: np, verb: np.hi, via: 'before', adjacent: false };
}
