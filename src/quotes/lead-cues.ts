/** Cues that open a line: a name and a colon leading a headline, a transcript label in capitals. */
import { firstNameGender as firstNameGender_ } from './first-names.ts';
import type { Cue } from './cues.ts';
import { phraseEndingAt as phraseEndingAt_, phraseFrom as phraseFrom_ } from './np.ts';
import { DETERMINER_BEFORE as DETERMINER_BEFORE_ } from './speech-verb.ts';
import { isWord as isWord_, lower as lower_, type TokenView } from './view.ts';
import { ORG_NOUNS } from './lexicon.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const firstNameGender = firstNameGender_;
const phraseEndingAt = phraseEndingAt_;
const phraseFrom = phraseFrom_;
const DETERMINER_BEFORE = DETERMINER_BEFORE_;
const isWord = isWord_;
const lower = lower_;

/** Longest name (words) taken from a headline before its colon. */
const MAX_HEADLINE_NAME = 3;

/** Most tokens from the paragraph start to the colon of a headline lead. */
const MAX_LEAD_TOKENS = 12;

/** A colon among the first tokens of the quote's paragraph, before the quote: what colonLeadCue needs at all. */
export function hasLeadColon(v: TokenView, qi: number): boolean {
  const o = v.openTok[qi]!;
  const lo = v.paraTokens[v.paragraph[o] ?? 0]!.lo;
  for (let k = lo; k < o && k < lo + MAX_LEAD_TOKENS; k++) if (v.tokens[k]!.text === ':') return true;
  return false;
}

/**
 * "Jane Roe: ‘Be the voice people hear’" — a name and a colon opening the paragraph, in a headline or straight
 * before the quote.
 */
export function colonLeadCue(v: TokenView, qi: number, headline: boolean): Cue | null {
  const o = v.openTok[qi]!;
  const lo = v.paraTokens[v.paragraph[o] ?? 0]!.lo;
  for (let k = lo; k < o && k < lo + MAX_LEAD_TOKENS; k++) {
    if (v.tokens[k]!.text !== ':') continue;
    if (!headline && k !== o - 1) return null;
    // "Jane Roe on the budget: …" names Jane Roe; "A lesson from Jane Roe: …" names her too
    const first = phraseFrom(v, lo, k);
    const named = first && v.tokens.slice(first.lo, first.hi).some((t) => /^\p{Lu}/u.test(t.text) && !DETERMINER_BEFORE.has(lower(t)));
    let np = named ? first : phraseEndingAt(v, k - 1, lo);
    // a title-case run ("Jane Roe Slams Harbour Board") is cut to the name it opens with
    if (np && np.hi - np.lo > MAX_HEADLINE_NAME) {
      // "Port Challenger Jane Roe:" — the name from a known given name on ("Jane Roe")
      let g = np.lo;
      while (g < np.hi - 1 && !firstNameGender(v.tokens[g]!.text) && v.tokens[g]!.pos !== 'VERB') g++;
      // "Jane Roe Endorses John Doe:" — a verb before the name: the one named after it is no speaker
      if (v.tokens[g]!.pos === 'VERB') g = np.hi;
      np = g === np.lo ? { lo: g, hi: g + 2 } : g < np.hi - 1 && np.hi - g <= MAX_HEADLINE_NAME ? { lo: g, hi: np.hi } : null;
    }
    if (!np || !/^\p{Lu}/u.test(v.tokens[np.hi - 1]!.text)) return null;
    return { speaker: np, verb: k, via: 'before', adjacent: k === o - 1 };
  }
  return null;
}

/** A transcript line: “PENCE: Well, look …” — a capitalised speaker label and a colon open the quote. */
export function labelCue(v: TokenView, qi: number): Cue | null {
  const o = v.openTok[qi]!;
  for (let k = o + 1; k <= o + 4 && k < v.tokens.length && v.inQuote[k] === qi; k++) {
    const t = v.tokens[k]!;
    if (t.text === ':') return k > o + 1 ? { speaker: { lo: o + 1, hi: k }, verb: k, via: 'before', adjacent: true, label: true } : null;
    if (!(isWord(t) && /^[\p{Lu}][\p{Lu}.'’-]+$/u.test(t.text))) return null;
  }
  return null;
}

/** Words after which a name and a colon lead into a quote mid-paragraph ("More from Jane Roe: “…”"). */
const NAME_COLON_LEADS = new Set(['-', '–', '—', 'from', ',', ';', '.']);

/** Most tokens of a bracketed tag after a name ("(R-S.C.)"). */
const MAX_TAG_TOKENS = 8;

/**
 * "… in the south — Jane Roe: “…”", "More from Jane Roe: “…”": a name alone before a colon that opens the quote,
 * standing at a sentence or clause start. Only names in capitals count, never a phrase like "The result:".
 */
export function nameColonCue(v: TokenView, qi: number): Cue | null {
  const o = v.openTok[qi]!;
  const colon = o - 1;
  const mark = v.tokens[colon]?.text;
  if (colon < 1 || (mark !== ':' && mark !== '):') || v.paragraph[colon] !== v.paragraph[o]) return null;
  const lo = v.paraTokens[v.paragraph[o] ?? 0]!.lo;
  // "Rep. Jane Doe (D-Ore.):": the name before a party tag in brackets
  let end = mark === '):' ? colon : colon - 1;
  if (v.tokens[end]!.text === ')' || mark === '):') {
    let b = end - 1;
    while (b > lo && b >= end - MAX_TAG_TOKENS && v.tokens[b]!.text !== '(') b--;
    if (v.tokens[b]!.text === '(' && b - 1 >= lo) end = b - 1;
  }
  const np = phraseEndingAt(v, end, lo);
  if (!np) return null;
  const cue: Cue = { speaker: np, verb: colon, via: 'before', adjacent: true };
  const lead = np.lo > lo ? lower(v.tokens[np.lo - 1]) : '.';
  // "From the report: “…”": a body named after "from"
  const head = v.tokens[np.hi - 1]!;
  if (lead === 'from' && ORG_NOUNS.has(lower(head))) return cue;
  // "… pollster Jane Roe: “…”": a full name (two capitalised words ending the phrase) wherever it stands
  const prev = v.tokens[np.hi - 2];
  if (head.pos === 'PROPN' && np.hi - np.lo >= 2 && prev !== undefined && prev.pos === 'PROPN'
    && /^\p{Lu}/u.test(head.text) && /^\p{Lu}/u.test(prev.text)) return cue;
  let proper = false;
  for (let k = np.lo; k < np.hi; k++) {
    const t = v.tokens[k]!;
    if (!isWord(t)) continue;
    if (!/^\p{Lu}/u.test(t.text) || DETERMINER_BEFORE.has(lower(t))) return null;
    if (t.pos === 'PROPN') proper = true;
  }
  if (!proper) return null;
  return NAME_COLON_LEADS.has(lead) ? cue : null;
}
