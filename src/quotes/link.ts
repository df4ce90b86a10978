/**
 * Cues shared between quotes: the pieces of an interrupted quote (“…,” he said. “…”) become one statement, pieces
 * of a quote running over paragraphs share their cue, and a paragraph that opens with an unattributed quote
 * continues the speaker of the previous paragraph when that one ended with an attributed quote (or with
 * "X said:").
 */
import type { FoundQuote } from './detect.ts';
import { subjectBefore as subjectBefore_, type TokRange } from './np.ts';
import {
  isSpeechAt as isSpeechAt_, mainSubject as mainSubject_, speechVerbSubject as speechVerbSubject_, type Cue
} from './cues.ts';
import { PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_, SPEECH_NOUNS as SPEECH_NOUNS_ } from './lexicon.ts';
import {
  isWord as isWord_, lower as lower_, sentenceStart as sentenceStart_, startsSentence as startsSentence_, type TokenView
} from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const subjectBefore = subjectBefore_;
const isSpeechAt = isSpeechAt_;
const mainSubject = mainSubject_;
const speechVerbSubject = speechVerbSubject_;
const SPEECH_NOUNS = SPEECH_NOUNS_;
const PERSONAL_PRONOUNS = PERSONAL_PRONOUNS_;
const isWord = isWord_;
const lower = lower_;
const sentenceStart = sentenceStart_;
const startsSentence = startsSentence_;

/** Longest attribution clause between two pieces of one interrupted quote, in words. */
const MAX_GAP_WORDS = 30;
/** Most characters after the last quote of a paragraph for it still to "end" the paragraph (", he said."). */
const MAX_TAIL_CHARS = 90;

const rootOf = (quotes: FoundQuote[], i: number): number => quotes[i]!.continues ?? i;

/** Links interrupted quotes in place (sets `continues`) and returns the cue of each quote after sharing. */
export function linkQuotes(v: TokenView, quotes: FoundQuote[], own: (Cue | null)[]): (Cue | null)[] {
  const cues = [...own];
  for (let b = 1; b < quotes.length; b++) {
    const a = b - 1;
    const A = quotes[a]!;
    const B = quotes[b]!;
    if (A.paragraph !== B.paragraph || A.unclosed || B.continues !== null) continue;
    const cue = cues[a];
    if (!cue || cue.via !== 'after') continue;
    const from = v.closeTok[a]! + 1;
    const to = v.openTok[b]!;
    if (cue.verb < from || cue.verb >= to) continue;
    // the second piece starts a new sentence or clause; "… on Fox News’s “Fox and Friends”" is no piece
    if (!/^[,.:;—–-]$/.test(v.tokens[to - 1]?.text ?? '')) continue;
    let words = 0;
    for (let k = from; k < to; k++) if (isWord(v.tokens[k])) words++;
    if (words > MAX_GAP_WORDS) continue;
    if (cues[b] && cues[b]!.verb !== cue.verb) continue;
    B.continues = rootOf(quotes, a);
    cues[b] = cue;
  }
  // pieces of one statement share the first cue found among them
  const chainCue = new Map<number, Cue>();
  for (let i = 0; i < quotes.length; i++) {
    const r = rootOf(quotes, i);
    if (cues[i] && !chainCue.has(r)) chainCue.set(r, cues[i]!);
  }
  for (let i = 0; i < quotes.length; i++) if (!cues[i]) cues[i] = chainCue.get(rootOf(quotes, i)) ?? null;
  // a sentence opening with an unattributed quote continues the speaker of the sentence before it
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const o = v.openTok[i]!;
    if (cues[i] || q.continues !== null || o === v.paraTokens[q.paragraph]!.lo || sentenceStart(v, o) !== o) continue;
    cues[i] = previousSentenceCue(v, cues, o, i) ?? knownSpeakerCue(v, o, cues, i) ?? namedSubjectCue(v, i);
  }
  // a paragraph opening with an unattributed quote continues the previous paragraph's speaker
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (cues[i] || q.paragraph === 0 || v.tokens[v.openTok[i]!]?.start !== q.open) continue;
    const pStart = v.paraTokens[q.paragraph]!.lo;
    if (v.openTok[i] !== pStart) continue;
    const prevPara = q.paragraph - 1;
    const last = lastQuoteOf(quotes, prevPara, i);
    const paraEnd = v.paraTokens[prevPara]!.hi;
    // "… status quo.” She went on to say: [¶] “…”": a colon closing the paragraph names the next speaker, even
    // after a quote of someone else
    const colon = v.tokens[paraEnd - 1]?.text === ':' ? colonCue(v, paraEnd - 1) : null;
    if (colon) { cues[i] = colon; continue; }
    if (last !== null) {
      const tailEnd = v.tokens[paraEnd - 1]!.end;
      if (cues[last] && tailEnd - quotes[last]!.close <= MAX_TAIL_CHARS) { cues[i] = cues[last]!; continue; }
    }
    if (v.tokens[paraEnd - 1]?.text === ':') continue;
    // a whole-paragraph statement after a paragraph whose last sentence tells of someone speaking
    const wEnd = v.closeTok[i]! >= 0 ? v.closeTok[i]! : v.tokens.length;
    let words = 0;
    for (let k = v.openTok[i]!; k < wEnd; k++) if (isWord(v.tokens[k])) words++;
    if (words >= MIN_STATEMENT_WORDS) {
      cues[i] = lastSentenceCue(v, paraEnd) ?? knownSpeakerCue(v, paraEnd, cues, i) ?? namedSubjectCue(v, i);
    } else if (wholeParagraph(v, i, q.paragraph) && words > 0) {
      // "Roe was quick to add that … [¶] “Building it? Not negotiable.”": a short statement standing as its own
      // paragraph right after a sentence with a speech verb
      cues[i] = lastSentenceCue(v, paraEnd, false);
    }
  }
  return cues;
}

/** Does quote `qi` fill its paragraph, only punctuation after its closing mark? */
function wholeParagraph(v: TokenView, qi: number, paragraph: number): boolean {
  const c = v.closeTok[qi]!;
  if (c < 0) return false;
  for (let k = c + 1; k < v.paraTokens[paragraph]!.hi; k++) if (isWord(v.tokens[k])) return false;
  return true;
}

function lastQuoteOf(quotes: FoundQuote[], paragraph: number, before: number): number | null {
  for (let k = before - 1; k >= 0; k--) {
    if (quotes[k]!.paragraph === paragraph) return k;
    if (quotes[k]!.paragraph < paragraph) return null;
  }
  return null;
}

/** The cue of the sentence that ends just before token `o`: its last attributed quote, else its speech verb. */
function previousSentenceCue(v: TokenView, cues: (Cue | null)[], o: number, qi: number): Cue | null {
  const s = sentenceStart(v, o - 1);
  for (let k = qi - 1; k >= 0 && v.openTok[k]! >= s; k--) if (cues[k]) return cues[k]!;
  for (let k = o - 1; k >= s; k--) {
    if (!isSpeechAt(v, k)) continue;
    const np = speechVerbSubject(v, k, s);
    if (np) return { speaker: np, verb: k, via: 'before', adjacent: false };
  }
  return null;
}

/** Words a quote needs to continue a speaker named only in the sentence before its paragraph. */
const MIN_STATEMENT_WORDS = 6;

/** The speaker of the last sentence before token `end`: its speech verb's subject, or the subject of a sentence
 * about something said ("She restricted her comments to …"). Quotes inside that sentence do not count. */
function lastSentenceCue(v: TokenView, end: number, nouns = true): Cue | null {
  const s = sentenceStart(v, end - 1);
  for (let k = end - 1; k >= s; k--) {
    if (v.inQuote[k]! >= 0 || !isSpeechAt(v, k) || /ing$/.test(lower(v.tokens[k]))) continue;
    const np = speechVerbSubject(v, k, s);
    if (np) return { speaker: np, verb: k, via: 'before', adjacent: false };
  }
  if (!nouns) return null;
  for (let k = end - 1; k >= s; k--) {
    if (v.inQuote[k]! >= 0 || !SPEECH_NOUNS.has(lower(v.tokens[k]))) continue;
    const np = mainSubject(v, s, k);
    if (np) return { speaker: np, verb: k, via: 'before', adjacent: false };
  }
  return null;
}

/** Most tokens between a verb and the speech noun it takes ("released the following written statement"). */
const MAX_NOUN_OBJECT = 5;

/** "Peskov told reporters on Thursday:" ending a paragraph: the subject of its speech verb. */
function colonCue(v: TokenView, colon: number): Cue | null {
  const s = sentenceStart(v, colon);
  for (let k = colon - 1; k >= s; k--) {
    if (!isSpeechAt(v, k)) continue;
    const np = subjectBefore(v, k, s);
    if (np) return { speaker: np, verb: k, via: 'before', adjacent: true };
  }
  // "She made the following comment:": the subject of a sentence about something said, the verb nearest before the
  // noun first ("When Doe died, Roe released the following statement:")
  for (let k = colon - 1; k >= s; k--) {
    if (!SPEECH_NOUNS.has(lower(v.tokens[k]))) continue;
    let np: TokRange | null = null;
    for (let m = k - 1; m >= s && m >= k - MAX_NOUN_OBJECT; m--) {
      const t = v.tokens[m]!;
      if (v.inQuote[m]! >= 0 || /^[,;:]$/.test(t.text)) break;
      if (t.pos === 'VERB' && !/ing$/.test(lower(t))) { np = subjectBefore(v, m, s); break; }
    }
    np ??= mainSubject(v, s, k);
    if (np) return { speaker: np, verb: k, via: 'before', adjacent: true };
  }
  // "He then listed the qualities a nominee needs:": a person who is the subject of the sentence the colon ends
  const subject = mainSubject(v, s, colon);
  if (!subject) return null;
  const head = v.tokens[subject.hi - 1]!;
  const person = (subject.hi - subject.lo === 1 && PERSONAL_PRONOUNS.has(lower(head)) && lower(head) !== 'it')
    || head.pos === 'PROPN';
  return person ? { speaker: subject, verb: colon, via: 'before', adjacent: true } : null;
}


/**
 * "Roe is upbeat about the vote. [¶] “…”": the subject of the sentence before a paragraph-long quote, when that
 * subject is a name already quoted earlier in the article (the same last word as an earlier speaker).
 */
function knownSpeakerCue(v: TokenView, end: number, cues: (Cue | null)[], before: number): Cue | null {
  const s = sentenceStart(v, end - 1);
  const np = mainSubject(v, s, end);
  if (!np) return null;
  const last = v.tokens[np.hi - 1]!;
  if (last.pos !== 'PROPN') return null;
  for (let k = 0; k < before; k++) {
    const c = cues[k];
    if (c && v.tokens[c.speaker.hi - 1]!.text === last.text) return { speaker: np, verb: np.hi, via: 'before', adjacent: false };
  }
  return null;
}

/** Capitalised words a subject needs to count as a full name here ("Jane Roe", "Sen. Roe"). */
const MIN_NAME_WORDS = 2;

/**
 * "Sen. Jane Roe (Ore.), who lost the vote, named fatigue as the cause. “People are tired of it, more than any
 * time I recall.”": a statement (six words or more) standing as a whole sentence right after a sentence whose subject
 * is a full name continues that person.
 */
function namedSubjectCue(v: TokenView, qi: number): Cue | null {
  const o = v.openTok[qi]!;
  const c = v.closeTok[qi]!;
  if (c < 0) return null;
  const hi = v.paraTokens[v.paragraph[o]!]!.hi;
  if (c + 1 < hi && !startsSentence(v, c + 1)) return null;
  let words = 0;
  for (let k = o; k < c; k++) if (isWord(v.tokens[k])) words++;
  if (words < MIN_STATEMENT_WORDS) return null;
  const s = sentenceStart(v, o - 1);
  const np = mainSubject(v, s, o);
  if (!np || !opensSentence(v, np.lo, s)) return null;
  if (v.tokens[np.hi - 1]!.pos !== 'PROPN') return null;
  let names = 0;
  for (let k = np.lo; k < np.hi; k++) if (isWord(v.tokens[k]) && /^\p{Lu}/u.test(v.tokens[k]!.text)) names++;
  return names >= MIN_NAME_WORDS ? { speaker: np, verb: np.hi, via: 'before', adjacent: false } : null;
}

/** The phrase at `lo` opens its sentence, or follows a comma closing a lead-in ("On Monday, …", "On “Meet the
 * Press,” …"). */
function opensSentence(v: TokenView, lo: number, s: number): boolean {
  if (lo === s) return true;
  const prev = v.tokens[lo - 1]!.text;
  if (prev === ',') return true;
  const q = v.inQuote[lo - 1]!;
  return q >= 0 && v.closeTok[q] === lo - 1 && v.tokens[lo - 2]?.text === ',';
}
