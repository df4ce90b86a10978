/**
 * Attribution cues of one quotation, read on tokens of its own paragraph (never on wink sentences, which may split
 * inside a quote): after it (“…,” X said / said X / X, a spokesman, said / according to X) and before it (X said: “…”,
 * X said Moscow was “not serious”, what X called the “dummy” delegation, according to X, “…”).
 */
import { NAMING_VERBS, SPEECH_VERBS } from './lexicon.ts';
import { phraseFrom, subjectBefore, type TokRange } from './np.ts';
import { isWord, lower, sentenceStart, startsSentence, type TokenView } from './view.ts';

export interface Cue {
  speaker: TokRange;
  /** Token index of the speech verb (or of "according"). */
  verb: number;
  via: 'after' | 'before' | 'according';
  /** The cue stands right beside the quote (“…,” he said / he said: “…”), not deep inside reported speech. */
  adjacent: boolean;
}

/** Farthest the verb of an after-cue may stand from the closing mark, in tokens ("…,” Flynn, a top aide, said). */
const MAX_AFTER_TOKENS = 25;
/** A short quote (a few words) takes a speaker only when the verb is this close before it, in words. */
const MAX_PARTIAL_DISTANCE = 12;
/** Words of a quote at most which count as short for that distance rule. */
export const SHORT_QUOTE_WORDS = 3;

/** After a quote that ended its sentence (“… today.”), what may follow the verb of a closing attribution. */
const CLOSING_FOLLOWERS = new Set(['.', ',', ';', 'on', 'in', 'at', 'during', 'after', 'before', 'while', 'when',
  'later', 'then', 'earlier', 'recently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'yesterday', 'today', 'tonight', 'last', 'this', 'reporters', 'journalists', 'told', 'via']);

const isSpeech = (w: string): boolean => SPEECH_VERBS.has(w);
const isStatementVerb = (w: string): boolean => isSpeech(w) && !NAMING_VERBS.has(w);

function regionEndAfter(v: TokenView, from: number): number {
  const hi = v.paraTokens[v.paragraph[from - 1] ?? 0]!.hi;
  let end = from;
  while (end < hi && v.inQuote[end]! < 0 && !(end > from && startsSentence(v, end))) end++;
  return end;
}

function followsClosingCue(v: TokenView, at: number, end: number): boolean {
  if (at >= end) return true;
  return CLOSING_FOLLOWERS.has(lower(v.tokens[at]));
}

export function afterCue(v: TokenView, qi: number, lastChar: string): Cue | null {
  const c = v.closeTok[qi]!;
  if (c < 0) return null;
  let i = c + 1;
  if (i >= v.tokens.length || v.paragraph[i] !== v.paragraph[c]) return null;
  const end = regionEndAfter(v, i);
  if (i < end && /^[,—–-]$/.test(v.tokens[i]!.text)) i++;
  if (i >= end) return null;
  const endedSentence = lastChar === '.';
  if (endedSentence && v.tokens[end - 1]?.text === ':') return null;
  const w = lower(v.tokens[i]);
  if (w === 'according' && lower(v.tokens[i + 1]) === 'to') {
    const np = phraseFrom(v, i + 2, end);
    return np ? { speaker: np, verb: i, via: 'according', adjacent: true } : null;
  }
  if (isStatementVerb(w)) {
    const np = phraseFrom(v, i + 1, end);
    if (np && (!endedSentence || followsClosingCue(v, np.hi, end))) {
      return { speaker: np, verb: i, via: 'after', adjacent: true };
    }
    return null;
  }
  for (let k = i; k < Math.min(end, i + MAX_AFTER_TOKENS); k++) {
    if (!isStatementVerb(lower(v.tokens[k]))) continue;
    const np = subjectBefore(v, k, i);
    if (!np || np.lo !== i) return null;
    if (endedSentence && !followsClosingCue(v, k + 1, end)) return null;
    return { speaker: np, verb: k, via: 'after', adjacent: true };
  }
  return null;
}

/** The subject of the sentence's main verb, for a participle cue (", saying Moscow was “not serious”"). */
function mainSubject(v: TokenView, s: number, before: number): TokRange | null {
  for (let k = s; k < before; k++) {
    if (v.inQuote[k]! >= 0) continue;
    const t = v.tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(lower(t))) {
      const np = subjectBefore(v, k, s);
      if (np) return np;
    }
  }
  return null;
}

export function beforeCue(v: TokenView, qi: number, quoteWords: number): Cue | null {
  const o = v.openTok[qi]!;
  const s = sentenceStart(v, o);
  let words = 0;
  for (let k = o - 1; k >= s; k--) {
    if (v.inQuote[k]! >= 0) continue;
    const t = v.tokens[k]!;
    const w = lower(t);
    if (isWord(t)) words++;
    if (quoteWords <= SHORT_QUOTE_WORDS && words > MAX_PARTIAL_DISTANCE) return null;
    if (w === 'according' && lower(v.tokens[k + 1]) === 'to') {
      const np = phraseFrom(v, k + 2, o);
      if (np) return { speaker: np, verb: k, via: 'according', adjacent: false };
      continue;
    }
    if (!isSpeech(w)) continue;
    const adjacent = onlyLinkWordsBetween(v, k + 1, o);
    const participle = /ing$/.test(w);
    let np = participle ? null : subjectBefore(v, k, s);
    if (!np && participle) {
      // the subject of an earlier statement verb in the sentence, else of the main verb
      for (let e = k - 1; e >= s && !np; e--) {
        if (v.inQuote[e]! < 0 && isSpeech(lower(v.tokens[e])) && !/ing$/.test(lower(v.tokens[e]))) np = subjectBefore(v, e, s);
      }
      np = np ?? mainSubject(v, s, k);
    }
    if (!np && adjacent) np = invertedSubject(v, k, o);
    if (np) return { speaker: np, verb: k, via: 'before', adjacent };
  }
  return null;
}

/** "said Peskov: “…”": a subject after the verb, directly before a colon or comma that leads into the quote. */
function invertedSubject(v: TokenView, verb: number, open: number): TokRange | null {
  const np = phraseFrom(v, verb + 1, open);
  if (!np) return null;
  return onlyLinkWordsBetween(v, np.hi, open) ? np : null;
}

function onlyLinkWordsBetween(v: TokenView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = lower(v.tokens[k]);
    if (!(w === ':' || w === ',' || w === 'that' || w === '—' || w === '–')) return false;
  }
  return true;
}
