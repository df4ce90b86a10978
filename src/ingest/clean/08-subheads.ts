/**
 * Step 8: headlines dropped between body paragraphs — section subheads ("What comes next") and the headlines of
 * related stories. A line goes only when it reads as a headline (short, capitalised, no final punctuation, no
 * sentence signs), the paragraph before it ends as a sentence and the one after starts like one. Hard-wrapped
 * texts are left alone: there, a line without a full stop says nothing.
 */
import { endsSentence, looksLikeHeadline, startsUpper, wordCount } from './shape.ts';
import { keptTextIsHardWrapped, lineEndsSentence, liveLines, removeLine, type CleanState } from './state.ts';

/** From this many words a dropped headline is taken for a related story's headline, below it for a subhead. */
export const RELATED_MIN_WORDS = 6;
/** A line fully in single quotes, this short, is a headline-style label ("‘Compromises’"), not speech. */
export const QUOTED_LABEL_MAX_WORDS = 3;

const QUOTED = /^[‘'][^‘’']+[’']$/;

function isQuotedLabel(line: string): boolean {
  return QUOTED.test(line) && !endsSentence(line) && wordCount(line) <= QUOTED_LABEL_MAX_WORDS;
}

/** A turn of an interview ("Q: …", "A: …") is content, however short. */
const QA_TURN = /^(?:Q|A)\s*[:.)]\s/;

const COLON_END = /:\s*$/;

export function takeSubheads(s: CleanState): void {
  if (keptTextIsHardWrapped(s)) return;
  const live = liveLines(s);
  for (let k = 1; k < live.length - 1; k++) {
    // A headline or a quoted label never ends like a sentence: most lines stop here, on a cached test.
    if (lineEndsSentence(s, live[k]!)) continue;
    const line = s.lines[live[k]!]!.trim();
    const before = s.lines[live[k - 1]!]!;
    const after = s.lines[live[k + 1]!]!;
    // After a colon come list items, not headings.
    if (!lineEndsSentence(s, live[k - 1]!) || COLON_END.test(before) || !startsUpper(after)) continue;
    // With no blank line on either side, lines are paragraphs only if the next one ends like one too.
    const blankAround = live[k]! - live[k - 1]! > 1 || live[k + 1]! - live[k]! > 1;
    if (!blankAround && !lineEndsSentence(s, live[k + 1]!)) continue;
    if (QA_TURN.test(line)) continue;
    if (!looksLikeHeadline(line) && !isQuotedLabel(line)) continue;
    removeLine(s, live[k]!, wordCount(line) >= RELATED_MIN_WORDS ? 'related' : 'subhead');
  }
}
