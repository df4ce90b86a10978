/** Step 1: a text that opens with ` date YYYY-MM-DD` (then, on the same line, the first sentence): the date is the article's. */
import { cutPrefix, liveLines, type CleanState } from './state.ts';

const DATE_HEAD = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/;

export function takeDateHead(s: CleanState): void {
  const i = liveLines(s)[0];
  if (i === undefined) return;
  const m = DATE_HEAD.exec(s.lines[i]!);
  if (!m) return;
  cutPrefix(s, i, m[0].length, 'date-head');
  if (!s.published) { s.published = m[1]!; s.publishedFrom = 'header'; }
}
