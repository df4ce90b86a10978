/**
 * Nested attribution: in "Roe said Doe told her “…”" or "Roe said Thursday that Doe’s claim is “false”" the cue
 * found nearest the quote sits inside what an earlier reporting verb says. The one who reports it is the speaker of
 * record (the reader learns the words from Roe), so the outer verb's subject wins when the inner speaker phrase opens
 * that verb's complement clause: only "that", an addressee or a short time phrase may stand between them.
 */
import type { Cue } from './cues.ts';
import { subjectBefore as subjectBefore_ } from './np.ts';
import { isSpeechAt as isSpeechAt_ } from './speech-verb.ts';
import { lower as lower_, type TokenView } from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const subjectBefore = subjectBefore_;
const isSpeechAt = isSpeechAt_;
const lower = lower_;

/** Verbs that report a whole statement, so a clause after them is what their subject said. */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'insisted',
  'insists', 'argued', 'argues', 'noted', 'notes', 'stressed', 'warned', 'warns', 'explained', 'explains', 'claimed',
  'claims', 'recalled', 'recalls', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'asserted', 'asserts',
  'contended', 'contends', 'maintained', 'maintains', 'reported', 'reports', 'alleged', 'alleges', 'testified',
  'ruled', 'rules', 'found', 'finds']);
/** Most tokens from the outer verb to the inner speaker phrase ("told CNN on Tuesday that"). */
const MAX_LEAD = 7;
/** Most tokens when a "that" opens the inner clause ("said during a rally in Ohio on Friday that"). */
const MAX_LEAD_THAT = 14;
const STOPS = /^[,;:.!?()—–-]$/;

/** The inner cue with the speaker of the reporting verb whose complement the inner speaker opens (the verb, which
 * decides what kind of quote it is, stays the inner one), or the inner cue itself. */
export function outerCue(v: TokenView, inner: Cue, s: number): Cue {
  if (inner.via === 'according') return inner;
  const lo = inner.speaker.lo;
  const reach = lower(v.tokens[lo - 1]) === 'that' ? MAX_LEAD_THAT : MAX_LEAD;
  for (let m = lo - 1; m >= s && m >= lo - 1 - reach; m--) {
    const t = v.tokens[m]!;
    if (v.inQuote[m]! >= 0 || STOPS.test(t.text)) return inner;
    if (REPORTING.has(lower(t)) && isSpeechAt(v, m)) {
      const np = subjectBefore(v, m, s);
      return np && np.hi <= m ? { ...inner, speaker: np } : inner;
    }
    // another verb between them: the inner phrase is no subject of the outer verb's clause
    if (t.pos === 'VERB' || t.pos === 'AUX') return inner;
  }
  return inner;
}
