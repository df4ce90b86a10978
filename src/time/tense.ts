/**
 * Which way a relative date points, read from the verbs around it in its clause: 'past' (said, met, was held,
 * has agreed, last, ago), 'future' (will, is due, is expected, scheduled, plans to, next, could) or null.
 * Words before the expression are read first, nearest first; then the words after it.
 */

export type Direction = 'past' | 'future';

const FUTURE = new Set([
  'will', "'ll", 'shall', 'would', 'could', 'might', 'may', 'should', 'must', 'going', 'due', 'expected', 'scheduled',
  'slated', 'plans', 'planning', 'upcoming', 'next', 'coming', 'poised', 'intends',
  'hopes', 'aims', 'wants', 'tomorrow', 'soon', 'payable', 'effective', 'starting', 'begins', 'starts', 'opens', 'ends', 'expects',
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

/** Words that open a new clause after the expression. */
const SUBORDINATORS = new Set(['why', 'which', 'who', 'whom', 'whose', 'because', 'whether', 'although', 'though', 'while', 'where']);

/** "didn't", "wasn't", "weren't", "hadn't" (apostrophes made straight). */
const PAST_NEGATIONS = new Set(["didn't", "wasn't", "weren't", "hadn't"]);

/** Participles that point forward even though they end in -ed. */
const FUTURE_ED = new Set(['expected', 'scheduled', 'slated', 'planned', 'set', 'poised', 'supposed', 'intended']);
const BE_ANY = new Set(['is', 'are', 'am', "'s", "'re", 'was', 'were', 'be', 'been', 'being', 'not']);

const BE_PRESENT = new Set(['is', 'are', 'am', "'s", "'re"]);
const BE_BARE = new Set(['be', 'being']);

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our',
  'my', 'your', 'still', 'very', 'more', 'most', 'less', 'so', 'too', 'newly', 'recently', 'long', 'well', 'much']);

/**
 * Verbs that push something to a later time: after one of them (or a present "has"), "until Friday" is ahead even
 * in the past tense ("the court adjourned until Monday", "the agency has given them until Tuesday").
 */
const POSTPONE = new Set(['postponed', 'delayed', 'deferred', 'extended', 'adjourned', 'suspended', 'recessed', 'given',
  'gave', 'has', 'have']);

/**
 * Verbs of arranging: after "has"/"have" the date they take is the one arranged ("has called a vote for Friday",
 * "have set talks for Monday"). Other present perfects look back ("have gathered evidence in the October attack").
 */
const ARRANGE = new Set(['called', 'set', 'scheduled', 'announced', 'planned', 'arranged', 'summoned', 'convened',
  'fixed', 'booked', 'ordered', 'asked', 'invited', 'given', 'issued', 'agreed', 'promised', 'vowed', 'pledged',
  'threatened', 'proposed', 'requested', 'demanded', 'urged', 'decided', 'chosen', 'picked',
  'named', 'slated', 'postponed', 'delayed', 'moved', 'rescheduled', 'extended', 'offered']);

/** Third-person present verbs of scheduled events: with a date they tell what is due ("the king arrives Friday"). */
const PRESENT_EVENT = new Set(['arrives', 'departs', 'leaves', 'meets', 'travels', 'visits', 'resumes', 'convenes',
  'reconvenes', 'expires', 'concludes', 'hosts', 'kicks', 'heads', 'goes', 'votes', 'closes', 'gathers', 'marches',
  'returns', 'faces', 'plays', 'marks']);
/** Their bare forms ("the two leaders meet Monday", "voters go to the polls Sunday"), unless negated or after "did". */
const BARE_EVENT = new Set(['arrive', 'depart', 'meet', 'travel', 'visit', 'resume', 'convene', 'reconvene', 'expire',
  'conclude', 'host', 'go', 'vote', 'gather', 'march', 'return', 'face', 'play']);

/** Words that may stand before a clause-opening date ("And late on Friday, …"). */
const OPENERS = new Set(['on', 'by', 'at', 'late', 'early', 'since', 'until', 'and', 'but', 'then', 'also', 'as', 'of', 'in', 'from']);

const BACK_CHARS = 160;
const FORWARD_CHARS = 120;
const BACK_WORDS = 12;
const FORWARD_WORDS = 6;
/** Words just before the expression are read before the words after it; farther ones after. */
const NEAR_WORDS = 6;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Letters and apostrophes make up a word ("didn't", "’s"). */
const isWordChar = (c: number): boolean => isLetter(c) || c === 39 || c === 0x2019;

/** What \s matches. */
function isWhite(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A clause ends at . ! ? ; : a line break or a quote mark, but not at the dot of "a.m." or "U.S." (single letters). */
function isStop(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 46) {
    if (i > 0 && isLetter(text.charCodeAt(i - 1))) {
      if (i < 2) return false;
      const c2 = text.charCodeAt(i - 2);
      if (c2 === 46 || isWhite(c2)) return false;
    }
    return true;
  }
  return c === 33 || c === 63 || c === 59 || c === 58 || c === 10 || c === 0x201c || c === 0x201d || c === 34;
}

/** A word as read: lower-cased, curly apostrophes made straight; `lowerFirst` tells a lower-case first letter. */
interface Word {
  lower: string;
  lowerFirst: boolean;
}

/** Every word the cues look at. */
const KNOWN_WORDS = [...new Set([...FUTURE, ...PAST, ...FUTURE_ED, ...BE_ANY, ...BE_PRESENT, ...BE_BARE, ...DETERMINERS,
  ...OPENERS, ...PAST_NEGATIONS, ...SUBORDINATORS, ...POSTPONE, ...ARRANGE, ...PRESENT_EVENT, ...BARE_EVENT, 'never', 'to', "won't", 'says', 'say', 'remains', 'has', 'have', 'been', 'had',
  'for', 'next', 'due', 'plan', 'until', 'till'])];

/** A character as the cues compare it: lower case, curly apostrophe made straight. */
const foldCode = (c: number): number => (c === 0x2019 ? 39 : c >= 65 && c <= 90 ? c + 32 : c);

function hashChars(text: string, a: number, b: number): number {
  let h = 0;
  for (let i = a; i < b; i++) h = (Math.imul(h, 31) + foldCode(text.charCodeAt(i))) | 0;
  return h;
}

/** The known words by hash, each with its two readings (written with a capital or not), built once. */
const KNOWN = new Map<number, { word: string; lowerFirst: Word; capital: Word }[]>();
/**
 * Per first character (folded; apostrophe and letters), a bit per word length (up to 31) some known word has: most
 * words are ruled out before any hashing.
 */
const KNOWN_SHAPES = new Uint32Array(128);
for (const w of KNOWN_WORDS) KNOWN_SHAPES[w.charCodeAt(0)]! |= 1 << Math.min(w.length, 31);
for (const w of KNOWN_WORDS) {
  const h = hashChars(w, 0, w.length);
  const list = KNOWN.get(h) ?? [];
  list.push({ word: w, lowerFirst: { lower: w, lowerFirst: true }, capital: { lower: w, lowerFirst: false } });
  KNOWN.set(h, list);
}
/** A word no cue looks at (a name, a noun): one shared value, nothing built. */
const OTHER: Word = { lower: '', lowerFirst: true };

/** The word text[a, b) as the cues read it; known words and other words are shared values (nothing is built). */
function wordAt(text: string, a: number, b: number): Word {
  const len = b - a;
  const first = text.charCodeAt(a);
  const folded = foldCode(first);
  const maybeKnown = folded < 128 && len < 32 && (KNOWN_SHAPES[folded]! & (1 << len)) !== 0;
  const list = maybeKnown ? KNOWN.get(hashChars(text, a, b)) : undefined;
  if (list) {
    for (const k of list) {
      if (k.word.length !== len) continue;
      let same = true;
      for (let i = 0; i < len && same; i++) same = foldCode(text.charCodeAt(a + i)) === k.word.charCodeAt(i);
      if (same) return first >= 65 && first <= 90 ? k.capital : k.lowerFirst;
    }
  }
  // Any other word ending in -ed may be a past form.
  const ed = len > 4 && (text.charCodeAt(b - 1) | 32) === 100 && (text.charCodeAt(b - 2) | 32) === 101;
  if (!ed) return OTHER;
  const raw = text.slice(a, b);
  const straight = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  return { lower: straight.toLowerCase(), lowerFirst: !(first >= 65 && first <= 90) };
}

/**
 * The words of the clause around [start, end), read lazily: before it nearest first (each word read with the one
 * before it, for auxiliaries), and after it in order, up to a comma unless the comma just follows an expression that
 * opens the clause ("On Friday, the envoy arrived").
 */
class ClauseWords {
  readonly before: Word[] = [];
  private readonly text: string;
  private readonly start: number;
  private readonly end: number;
  private readonly backLimit: number;
  /** Where reading backwards goes on from; -1 once the clause start is reached. */
  private back: number;

  constructor(text: string, start: number, end: number) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.backLimit = Math.max(0, start - BACK_CHARS);
    this.back = start;
  }

  /** Reads words before the expression until `count` are known (or the clause starts). */
  readBefore(count: number): void {
    const { text, backLimit } = this;
    let i = this.back;
    while (i > backLimit && this.before.length < count) {
      const c = text.charCodeAt(i - 1);
      if (!isWordChar(c)) {
        if (isStop(text, i - 1)) { i = -1; break; }
        i--;
        continue;
      }
      let j = i - 1;
      while (j > backLimit && isWordChar(text.charCodeAt(j - 1))) j--;
      this.before.push(wordAt(text, j, i));
      i = j;
    }
    this.back = i;
  }

  /** True when only openers ("and late on") stand before the expression in its clause. */
  opens(): boolean {
    for (let k = 0; ; k++) {
      if (k >= this.before.length) {
        if (this.back <= this.backLimit) return true;
        this.readBefore(k + 1);
        if (k >= this.before.length) return true;
      }
      if (!OPENERS.has(this.before[k]!.lower)) return false;
    }
  }

  /** The first `count` words after the expression. */
  readAfter(count: number): Word[] {
    const { text, end } = this;
    const limit = Math.min(text.length, end + FORWARD_CHARS);
    const after: Word[] = [];
    // A comma right after an expression that opens the clause does not end it.
    let i = end;
    if (this.opens()) {
      let k = end;
      while (k < limit && isWhite(text.charCodeAt(k))) k++;
      if (k < limit && text.charCodeAt(k) === 44) i = k + 1;
    }
    while (i < limit && after.length < count) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) {
        if (c === 44 || isStop(text, i)) break;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < limit && isWordChar(text.charCodeAt(j))) j++;
      const w = wordAt(text, i, j);
      // "… at 10 a.m. Friday about why cracks found …": a new clause starts; its verbs are not the date's.
      if (SUBORDINATORS.has(w.lower)) break;
      after.push(w);
      i = j;
    }
    return after;
  }
}

/**
 * One instance kept for the life of the module: V8 reaches the hidden classes of ClauseWords objects through weak
 * links, so once every instance of a round is garbage a full collection frees them and throws away the optimised
 * code built on them. A live instance keeps them (and the optimised code) alive.
 */
export const KEEP_CLAUSE_SHAPE = new ClauseWords('', 0, 0);

/** One word's cue, given the words before and after it (for auxiliaries). */
function cue(word: Word, prev: Word | undefined, next: Word | undefined, prev2?: Word): Direction | 'present' | 'aux' | 'until' | 'perfect' | null {
  const lower = word.lower;
  // "in force until Monday" points ahead, but "was held until Monday", "Until Thursday, they had not …" do not:
  // 'until' decides only when no verb in the clause does.
  if (lower === 'until' || lower === 'till') return 'until';
  const p0 = prev?.lower;
  const p1 = prev2?.lower;
  const n0 = next?.lower;
  // "is scheduled for", "was expected to", "set to": forward; "the company planned" alone: past.
  // "is to resume", "are to meet": an arrangement ahead.
  if (lower === 'to' && p0 && BE_PRESENT.has(p0)) return 'future';
  // "did not plan to move it on Friday", "they plan to vote Monday": what is planned lies ahead.
  if (lower === 'plan' && n0 === 'to') return 'future';
  // "next to the embassy": a place, not a time.
  if (lower === 'next' && n0 === 'to') return null;
  // "had been due to expire Friday", "had been scheduled for Friday": an arrangement already past.
  if ((FUTURE_ED.has(lower) || lower === 'due') && p0 === 'been' && p1 === 'had') return 'past';
  if (FUTURE_ED.has(lower)) {
    return (p0 && (BE_ANY.has(p0) || p0 === 'has' || p0 === 'have')) || n0 === 'to' || n0 === 'for' ? 'future' : 'past';
  }
  // "The minister arrives on Saturday", "the two leaders meet Monday": news tells a scheduled event in the present.
  // After a determiner these are nouns ("the vote on Sunday", "their return Friday").
  if (PRESENT_EVENT.has(lower) && !(p0 && DETERMINERS.has(p0))) return 'future';
  if (BARE_EVENT.has(lower) && word.lowerFirst && !(p0 && DETERMINERS.has(p0))) {
    // After "to" the verb that governs it decides ("was due to expire Friday", "agreed to meet Monday").
    return p0 === 'did' || p0 === 'not' || p0 === "didn't" || p0 === 'never' || p0 === 'could' || p0 === 'to' ? null : 'future';
  }
  if (PAST_NEGATIONS.has(lower)) return 'past';
  if (lower === "won't") return 'future';
  if (FUTURE.has(lower)) return 'future';
  const isPastForm = PAST.has(lower) || (lower.endsWith('ed') && lower.length > 4 && !NOT_PAST_ED.has(lower) && word.lowerFirst);
  // "a still unspecified date", "the alleged plot": an -ed word after a determiner is an adjective.
  if (isPastForm && !PAST.has(lower) && p0 && DETERMINERS.has(p0)) return null;
  if (isPastForm) {
    if (p0 && BE_BARE.has(p0)) return 'aux';
    if (p0 && BE_PRESENT.has(p0)) return 'present';
    // "has called a hearing at 10 a.m. Friday": a present perfect takes no definite past time, so the date is
    // what was announced (ahead).
    if ((p0 === 'has' || p0 === 'have') && lower !== 'been') return 'perfect';
    return 'past';
  }
  if (BE_PRESENT.has(lower) || lower === 'says' || lower === 'say' || lower === 'remains') return 'present';
  return null;
}

/** Set when a scan passed an 'until' (see cue): the direction to fall back on when no verb decides. */
let sawUntil = false;
/** Set when a backward scan passed "from": "has risen from the lows of the early summer" looks back. */
let sawFrom = false;


/** Reads the words before the expression from `from` to `to` (nearest first): the first cue found. */
function backCue(words: ClauseWords, from: number, to: number): Direction | 'present' | null {
  const before = words.before;
  // before is nearest-first: before[i+1] is the word written before before[i], before[i-1] the one after it. Words
  // are read one at a time (with the one before each), so a cue right before the expression reads only a few.
  for (let i = from; i < to; i++) {
    words.readBefore(i + 3);
    if (i >= before.length) break;
    const word = before[i]!;
    const c = cue(word, before[i + 1], i > 0 ? before[i - 1] : undefined, before[i + 2]);
    // "has called a vote for Friday": ahead; "has climbed from the lows of the early summer": back.
    if (c === 'perfect') return sawFrom || !ARRANGE.has(word.lower) ? 'past' : 'future';
    if (c === 'past' && sawUntil && POSTPONE.has(word.lower)) return 'future';
    if (c === 'past' || c === 'future' || c === 'present') return c;
    if (c === 'until') sawUntil = true;
    else if (word.lower === 'from') sawFrom = true;
  }
  return null;
}

/** The direction a clause points to, or null when nothing in it says. 'present' counts as no direction. */
export function directionAt(text: string, start: number, end: number): Direction | 'present' | null {
  sawUntil = false;
  sawFrom = false;
  const words = new ClauseWords(text, start, end);
  const near = backCue(words, 0, NEAR_WORDS);
  // "is in force until Monday": a present with 'until' points ahead.
  if (near) return near === 'present' && sawUntil ? 'future' : near;
  // One word more than is read, so that the last word read still has the word after it.
  const after = words.readAfter(FORWARD_WORDS + 1);
  for (let i = 0; i < Math.min(after.length, FORWARD_WORDS); i++) {
    const c = cue(after[i]!, i > 0 ? after[i - 1] : undefined, after[i + 1], i > 1 ? after[i - 2] : undefined);
    if (c === 'perfect') return ARRANGE.has(after[i]!.lower) ? 'future' : 'past';
    if (c === 'past' || c === 'future' || c === 'present') return c === 'present' && sawUntil ? 'future' : c;
    if (c === 'until') sawUntil = true;
  }
  const far = backCue(words, NEAR_WORDS, BACK_WORDS);
  if (far === 'present' || far === null) return sawUntil ? 'future' : far;
  return far;
}
