/**
 * Step 9: the outlet, when none was given and no credit or dateline named it: only from a self-reference such as
 * "<Outlet>’s <Reporter Name>, reporting from …". Otherwise it stays null.
 */
import { OUTLET, PERSON } from './names.ts';
import { liveLines, type CleanState } from './state.ts';

const SELF = new RegExp(`(?:^|[\\s(])(${OUTLET})['’]s\\s+${PERSON},?\\s+(?:who\\s+(?:is|was)\\s+)?(?:reporting|reported)\\s+(?:from|in|at|on|near|outside|inside|in front of)\\b`, 'u');

const REPORT_WORD = /\breport(?:ing|ed)\b/;

export function inferOutlet(s: CleanState): void {
  if (s.outlet) return;
  for (const i of liveLines(s)) {
    if (!REPORT_WORD.test(s.lines[i]!)) continue;
    const m = SELF.exec(s.lines[i]!);
    if (m) { s.outlet = m[1]!.trim(); return; }
  }
}
