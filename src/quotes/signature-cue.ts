/**
 * A quote standing as its own paragraph and signed in the next one: "“…”" ¶ "— Jane Roe, a harbour pilot." or
 * "-President Jane Roe, tweeting after the vote." The signed name is the speaker.
 */
import type { Cue } from './cues.ts';
import { phraseFrom as phraseFrom_ } from './np.ts';
import { isWord as isWord_, type TokenView } from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const phraseFrom = phraseFrom_;
const isWord = isWord_;

const DASHES = new Set(['-', '--', '—', '–', '―']);
/** What may follow the signed name: nothing, or an aside after a comma ("…, Eastport."). */
const AFTER_NAME = new Set([',', '.', '(']);

export function signatureCue(v: TokenView, qi: number): Cue | null {
  const c = v.closeTok[qi]!;
  if (c < 0) return null;
  const p = v.paragraph[c]!;
  const para = v.paraTokens[p]!;
  // the quote opens its paragraph and only punctuation follows it there
  if (v.openTok[qi] !== para.lo) return null;
  for (let k = c + 1; k < para.hi; k++) if (isWord(v.tokens[k])) return null;
  const next = v.paraTokens[p + 1];
  if (!next || next.hi - next.lo < 2 || !DASHES.has(v.tokens[next.lo]!.text)) return null;
  const np = phraseFrom(v, next.lo + 1, next.hi);
  if (!np) return null;
  const after = v.tokens[np.hi];
  if (np.hi < next.hi && (!after || !AFTER_NAME.has(after.text))) return null;
  // a name, not a phrase like "the end"
  let named = false;
  for (let k = np.lo; k < np.hi; k++) if (v.tokens[k]!.pos === 'PROPN') named = true;
  return named ? { speaker: np, verb: next.lo, via: 'after', adjacent: true } : null;
}
