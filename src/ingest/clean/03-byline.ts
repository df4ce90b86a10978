/**
 * Step 3: bylines at the head or foot — "By Name", "By Name and Name", "By NAME, Outlet", "Name | Outlet",
 * "Name, Senior Correspondent", "<Outlet> newsroom" — with a role line right after them. The names go to `byline`;
 * a newsroom credit ("Coast Radio news desk") is the byline and names the outlet when none was given.
 */
import { findDate } from './dates.ts';
import { NOT_NAMES, OUTLET, PEOPLE, PERSON } from './names.ts';
import { endsSentence, readsAsSentence, wordCount } from './shape.ts';
import { edgeLines, nextLive, removeLine, type CleanState } from './state.ts';

const BY = new RegExp(`^(?:By|BY|Byline:|BYLINE:|Written by|Words by|Story by|Reported by|Text by)\\s+(${PEOPLE})(?:\\s*(?:,|\\||–|—|-|·|\\bin\\b|\\bfor\\b)\\s*(.+?)|\\.)?\\s*$`, 'u');
const NAME_PIPE = new RegExp(`^(${PERSON})\\s*\\|\\s*(${OUTLET})$`, 'u');
const NAME_ROLE = new RegExp(`^(${PERSON})\\s*(?:,|\\||–|—)\\s*(.+)$`, 'u');
/** "<Outlet> newsroom", "<Outlet> news desk", "<Outlet> staff": the outlet's own team as the author. */
const TEAM = '(?:[Nn]ewsroom|[Nn]ews\\s+(?:[Dd]esk|[Tt]eam|[Ss]taff)|[Ss]taff|[Ee]ditorial\\s+(?:[Tt]eam|[Ss]taff|[Bb]oard)|[Ww]eb\\s+(?:[Dd]esk|[Tt]eam)|[Dd]igital\\s+(?:[Dd]esk|[Tt]eam))';
/** The outlet part is lazy, so in "Coast Radio News Desk" the words "News Desk" go to the team. */
const NEWSROOM = new RegExp(`^(${OUTLET}?)\\s+${TEAM}$`, 'u');
const ROLE = /\b(?:correspondent|reporter|editor|writer|staff|contributor|journalist|columnist|producer|bureau|analyst|photographer|news desk|desk)\b/i;

/** Longest tail after the names ("BBC News, Kyiv"; "Senior Correspondent"), in words. */
export const BYLINE_TAIL_MAX_WORDS = 10;
/** Longest role line under a byline, in words. */
export const ROLE_LINE_MAX_WORDS = 8;

const TAIL_STOP = /[.!?;:]$/;

function okTail(tail: string | undefined): boolean {
  if (tail === undefined) return true;
  if (findDate(tail)) return true;
  return wordCount(tail) <= BYLINE_TAIL_MAX_WORDS && !TAIL_STOP.test(tail) && !readsAsSentence(tail);
}

function isRoleLine(line: string): boolean {
  return ROLE.test(line) && wordCount(line) <= ROLE_LINE_MAX_WORDS && !endsSentence(line) && !readsAsSentence(line);
}

/** Longest byline line, in characters. */
export const BYLINE_MAX_CHARS = 160;

/** Cheap test before the name patterns: a byline opens with "By …", holds a separator, or ends on a team word. */
const MAY_BE_BYLINE = /^(?:By|BY|Byline:|BYLINE:|Written by|Words by|Story by|Reported by|Text by)\s|[|,–—]|(?:[Nn]ewsroom|[Dd]esk|[Tt]eam|[Ss]taff|[Bb]oard)$/;

/** Necessary for NEWSROOM: the line ends on a team word. */
const TEAM_END = /(?:[Nn]ewsroom|[Dd]esk|[Tt]eam|[Ss]taff|[Bb]oard)$/;
/** Necessary for BY: the line opens with one of its lead words. */
const BY_START = /^(?:By|BY|Byline:|BYLINE:|Written by|Words by|Story by|Reported by|Text by)\s/;

export function bylineOf(line: string): { names: string; tail?: string; outlet?: string } | null {
  if (line.length > BYLINE_MAX_CHARS || !MAY_BE_BYLINE.test(line)) return null;
  // Each pattern only where it can match: a team word at the end, "By …" at the start, a pipe, a role word.
  const room = TEAM_END.test(line) ? NEWSROOM.exec(line) : null;
  if (room) return { names: line, outlet: room[1]!.trim() };
  const by = BY_START.test(line) ? BY.exec(line) : null;
  if (by && !NOT_NAMES.test(by[1]!) && okTail(by[2])) return { names: by[1]!, tail: by[2] };
  const pipe = line.includes('|') ? NAME_PIPE.exec(line) : null;
  if (pipe) return { names: pipe[1]!, tail: pipe[2] };
  const role = ROLE.test(line) ? NAME_ROLE.exec(line) : null;
  if (role && isRoleLine(role[2]!)) return { names: role[1]!, tail: role[2] };
  return null;
}

export function takeBylines(s: CleanState): void {
  for (const i of edgeLines(s)) {
    if (s.gone[i]) continue;
    const found = bylineOf(s.lines[i]!.trim());
    if (!found) continue;
    removeLine(s, i, 'byline');
    if (!s.byline) s.byline = found.names.trim();
    if (found.outlet && !s.outlet) s.outlet = found.outlet;
    const date = found.tail ? findDate(found.tail) : null;
    if (date) s.dates.push({ date, updated: false });
    const next = nextLive(s, i);
    if (next >= 0 && isRoleLine(s.lines[next]!.trim())) removeLine(s, next, 'byline');
  }
}
