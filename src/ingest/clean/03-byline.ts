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

const NAME_CHAR = /[\p{L}\s’]/u;

/**
 * Necessary for NAME_ROLE: only name characters (letters, spaces, . ' ’ -) before the first separator (, | – —), as
 * a name comes first and holds none of them ("Jane Roe, Jr., Editor": the first comma still follows name characters).
 * A character scan: a pattern with a letter class backtracks over the whole of a long line.
 */
function nameComesFirst(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 44 || c === 124 || c === 0x2013 || c === 0x2014) return i > 0;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 46 || c === 39 || c === 45 ||
      (c >= 9 && c <= 13)) continue;
    if (c < 128) return false;
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if (!NAME_CHAR.test(line[i]!)) return false;
  }
  return false;
}

/** Necessary for NEWSROOM: the line ends on a team word. */
const TEAM_END = /(?:[Nn]ewsroom|[Dd]esk|[Tt]eam|[Ss]taff|[Bb]oard)$/;
/** Necessary for BY: the line opens with one of its lead words. */
const BY_START = /^(?:By|BY|Byline:|BYLINE:|Written by|Words by|Story by|Reported by|Text by)\s/;

/** The last letter of every team word: m (newsroom, team), k (desk), f (staff), d (board). */
function endsOnTeamLetter(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  return c === 109 || c === 107 || c === 102 || c === 100;
}

export function bylineOf(line: string): { names: string; tail?: string; outlet?: string } | null {
  if (line.length > BYLINE_MAX_CHARS) return null;
  // Each pattern only where it can match: a team word at the end, "By …" at the start, a pipe, a role word.
  const room = endsOnTeamLetter(line) && TEAM_END.test(line) ? NEWSROOM.exec(line) : null;
  if (room) return { names: line, outlet: room[1]!.trim() };
  const by = BY_START.test(line) ? BY.exec(line) : null;
  if (by && !NOT_NAMES.test(by[1]!) && okTail(by[2])) {
    return { names: by[1]!, tail: by[2], outlet: outletTail(line, by[2]) };
  }
  const pipe = line.includes('|') ? NAME_PIPE.exec(line) : null;
  if (pipe) return { names: pipe[1]!, tail: pipe[2], outlet: outletTail(line, pipe[2]) };
  const role = nameComesFirst(line) && ROLE.test(line) ? NAME_ROLE.exec(line) : null;
  // "MERIDIAN DAILY — FOREIGN DESK": a desk of an outlet, not a person with a role
  if (role && DESK.test(role[2]!.trim())) return { names: line, outlet: titleCase(role[1]!.trim()) };
  if (role && isRoleLine(role[2]!)) return { names: role[1]!, tail: role[2] };
  return null;
}

/** A desk or newsroom of an outlet ("Foreign Desk", "NEWS DESK", "Newsroom"). */
const DESK = /^(?:[\p{L}]+\s+)?(?:desk|newsroom)$/iu;
const WHOLE_OUTLET = new RegExp(`^${OUTLET}$`, 'u');

/** "By Jane Roe | Valley Courier", "By Jane Roe for The Courier": the tail after a pipe or "for" names the outlet
 * when it reads as a name and holds no role or date. A tail after a comma may be a place ("By Jane Roe, Kyiv"). */
function outletTail(line: string, tail: string | undefined): string | undefined {
  if (tail === undefined) return undefined;
  const t = tail.trim();
  if (!WHOLE_OUTLET.test(t) || ROLE.test(t) || findDate(t)) return undefined;
  const before = line.slice(0, line.length - tail.length).trimEnd();
  return before.endsWith('|') || /\bfor$/.test(before) ? t : undefined;
}

/** "MERIDIAN DAILY" → "Meridian Daily"; a name already in mixed case stays as written. */
function titleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
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
