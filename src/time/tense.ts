/**
 * Which way a relative date points, read from the verbs around it in its clause: 'past' (said, met, was held,
 * has agreed, last, ago), 'future' (will, is due, is expected, scheduled, plans to, next, could) or null.
 * Words before the expression are read first, nearest first; then the words after it.
 */

export type Direction = 'past' | 'future';

const FUTURE = new Set([
  'will', "'ll", 'shall', 'would', 'could', 'might', 'may', 'should', 'must', 'going', 'due', 'expected', 'scheduled',
  'slated', 'plans', 'planning', 'upcoming', 'next', 'coming', 'poised', 'intends',
  'hopes', 'aims', 'wants', 'tomorrow', 'soon', 'payable', 'effective', 'until', 'till', 'starting', 'begins', 'starts', 'opens', 'ends', 'expects',
  'await', 'awaits', 'awaiting', 'prepares', 'preparing', 'ahead', "won't", 'wo', "'d",
]);

const PAST = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'met', 'went', 'came', 'made', 'took', 'gave', 'held', 'saw', 'left',
  'began', 'won', 'lost', 'fell', 'rose', 'struck', 'shot', 'sent', 'spoke', 'wrote', 'ran', 'brought', 'bought',
  'thought', 'found', 'got', 'sold', 'paid', 'led', 'kept', 'became', 'broke', 'chose', 'drove', 'flew', 'knew',
  'stood', 'understood', 'felt', 'meant', 'heard', 'fought', 'caught', 'taught', 'sought', 'spent', 'built', 'fled',
  'bled', 'hid', 'froze', 'swore', 'threw', 'withdrew', 'drew', 'grew', 'blew', 'ate', 'forgot', 'overtook', 'undertook',
  'wore', 'tore', 'woke', 'rode', 'rang', 'sang', 'sank', 'began', 'stole', 'arose', 'ago', 'last', 'earlier',
  'previous', 'previously', 'yesterday', 'since', 'been', 'has', 'have', 'hit', 'cut', 'quit', 'beat', 'lay', 'laid',
  'won', 'dealt', 'meant', 'lent', 'bent', 'slept', 'swept', 'wept', 'crept', 'leapt', 'dug', 'stuck', 'struck',
  'spun', 'hung', 'sprang', 'shrank', 'sat', 'upheld', 'withheld', 'overcame', 'foresaw',
]);

/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST_ED = new Set([
  'need', 'speed', 'seed', 'feed', 'bed', 'red', 'hundred', 'indeed', 'embed', 'shed', 'wed', 'breed', 'creed',
  'greed', 'sled', 'proceed', 'exceed', 'succeed', 'heed', 'weed', 'reed', 'deed', 'steed', 'tweed', 'bred',
]);

/** Participles that point forward even though they end in -ed. */
const FUTURE_ED = new Set(['expected', 'scheduled', 'slated', 'planned', 'set', 'poised', 'supposed', 'intended']);
const BE_ANY = new Set(['is', 'are', 'am', "'s", "'re", 'was', 'were', 'be', 'been', 'being', 'not']);

const BE_PRESENT = new Set(['is', 'are', 'am', "'s", "'re"]);
const BE_BARE = new Set(['be', 'being']);

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our',
  'my', 'your', 'still', 'very', 'more', 'most', 'less', 'so', 'too', 'newly', 'recently', 'long', 'well', 'much']);

/** Words that may stand before a clause-opening date ("And late on Friday, …"). */
const OPENERS = new Set(['on', 'by', 'at', 'late', 'early', 'since', 'until', 'and', 'but', 'then', 'also', 'as', 'of', 'in', 'from']);

const WORD = /[A-Za-z’']+/g;
const CLAUSE_STOP = /[.!?;:\n“”"]/;
const BACK_WORDS = 12;
const FORWARD_WORDS = 6;
/** Words just before the expression are read before the words after it; farther ones after. */
const NEAR_WORDS = 6;

/** A clause ends at . ! ? ; : or a quote mark, but not at the dot of "a.m." or "U.S." (single-letter abbreviations). */
function isStop(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!CLAUSE_STOP.test(ch)) return false;
  if (ch === '.' && i > 0 && /[A-Za-z]/.test(text[i - 1]!) && (i < 2 || /[\s.]/.test(text[i - 2]!))) return false;
  return true;
}

function clauseWindow(text: string, start: number, end: number): { before: string[]; after: string[] } {
  let a = start;
  let limit = Math.max(0, start - 160);
  while (a > limit && !isStop(text, a - 1)) a--;
  let b = end;
  limit = Math.min(text.length, end + 120);
  while (b < limit && !isStop(text, b)) b++;
  const before = (text.slice(a, start).match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
  // After the expression the clause also ends at a comma ("on Saturday, officials said"), except one right after
  // it ("On Friday, the envoy arrived").
  const opens = before.every((w) => OPENERS.has(w.toLowerCase()));
  let tail = text.slice(end, b);
  const lead = opens ? /^\s*,/.exec(tail) : null;
  const comma = tail.indexOf(',', lead ? lead[0].length : 0);
  if (comma >= 0) tail = tail.slice(0, comma);
  const after = (tail.match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
  // One word more than is read, so that the last word read still has the word before it.
  return { before: before.slice(-(BACK_WORDS + 1)).reverse(), after: after.slice(0, FORWARD_WORDS + 1) };
}

/** One word's cue, given the word before it (for auxiliaries). */
function cue(word: string, prev: string | undefined, next: string | undefined): Direction | 'present' | 'aux' | null {
  const lower = word.toLowerCase();
  const p0 = prev?.toLowerCase();
  const n0 = next?.toLowerCase();
  // "is scheduled for", "was expected to", "set to": forward; "the company planned" alone: past.
  // "is to resume", "are to meet": an arrangement ahead.
  if (lower === 'to' && p0 && BE_PRESENT.has(p0)) return 'future';
  if (FUTURE_ED.has(lower)) {
    return (p0 && (BE_ANY.has(p0) || p0 === 'has' || p0 === 'have')) || n0 === 'to' || n0 === 'for' ? 'future' : 'past';
  }
  if (lower.endsWith("n't") && ['didn', 'wasn', 'weren', 'hadn'].some((w) => lower.startsWith(w))) return 'past';
  if (lower === "won't") return 'future';
  if (FUTURE.has(lower)) return 'future';
  const p = prev?.toLowerCase();
  const isPastForm = PAST.has(lower) || (lower.endsWith('ed') && lower.length > 4 && !NOT_PAST_ED.has(lower) &&
    word[0] === word[0]!.toLowerCase());
  // "a still unspecified date", "the alleged plot": an -ed word after a determiner is an adjective.
  if (isPastForm && !PAST.has(lower) && p0 && DETERMINERS.has(p0)) return null;
  if (isPastForm) {
    if (p && BE_BARE.has(p)) return 'aux';
    if (p && BE_PRESENT.has(p)) return 'present';
    return 'past';
  }
  if (BE_PRESENT.has(lower) || lower === 'says' || lower === 'say' || lower === 'remains') return 'present';
  return null;
}

/** The direction a clause points to, or null when nothing in it says. 'present' counts as no direction. */
export function directionAt(text: string, start: number, end: number): Direction | 'present' | null {
  const { before, after } = clauseWindow(text, start, end);
  // before is nearest-first: before[i+1] is the word written before before[i], before[i-1] the one after it.
  const back = (from: number, to: number): Direction | 'present' | null => {
    for (let i = from; i < Math.min(to, before.length); i++) {
      const c = cue(before[i]!, before[i + 1], i > 0 ? before[i - 1] : undefined);
      if (c === 'past' || c === 'future' || c === 'present') return c;
    }
    return null;
  };
  const near = back(0, NEAR_WORDS);
  if (near) return near;
  for (let i = 0; i < Math.min(after.length, FORWARD_WORDS); i++) {
    const c = cue(after[i]!, i > 0 ? after[i - 1] : undefined, after[i + 1]);
    if (c === 'past' || c === 'future' || c === 'present') return c;
  }
  return back(NEAR_WORDS, BACK_WORDS);
}
