/**
 * The pre-scan that keeps the rules cheap: every match of a rule contains one of its gate's keys (a word such as
 * "May" or "weeks", or a digit shape such as a four-digit run), so one pass over the characters finds where keys
 * sit, and each rule then reads only the text around its gate's keys instead of the whole article.
 *
 * A key is a lower-case word (matched case-insensitively, whole words of ASCII letters), a word written `^word`
 * (the text must write it capitalised: "May" the month, not "may"), or a digit shape:
 * `#4` a run of exactly four digits, `#/` digits followed by a slash, `#clock` one or two digits followed by ':'
 * or '.' or (after spaces) "a." "am" "p." "pm" in any case ("10 a.m.", "9pm", "18:00"), `#s` digits followed by s or an apostrophe ("'90s").
 */

export interface Gate {
  name: string;
  keys: readonly string[];
  /**
   * How far the text read around a key reaches, in words (runs of letters and digits) before and after it: the most
   * words a match of any rule behind this gate can have before/after the key, plus one for its look-arounds.
   */
  before: number;
  after: number;
  /**
   * When given, a word key counts only after one of these words (lower case; '#' for a run of digits): "three
   * weeks", "the coming weeks", but not "night shifts". The words are compared by hash, so a rare collision only
   * reads a little more text.
   */
  prev?: readonly string[];
  /**
   * Per key, the words it must follow instead of `prev` ("days" only in "these days"; lower case, '#' for digits).
   * An entry of two words ("couple of") asks for both, in that order, right before the key.
   */
  keyPrev?: Readonly<Record<string, readonly string[]>>;
  /**
   * When true, a key counts only when the next word starts with a day number: one or two digits and no third
   * ("May 12", "May 3rd", not "May was" or "May 2025").
   */
  nextDay?: boolean;
}

/** A stretch of text to read for one gate: [start, end). */
export interface Window {
  start: number;
  end: number;
}

interface WordKey {
  word: string;
  capital: boolean;
  gate: number;
  /** Hashes of the words this key must follow (null: any), and whether a run of digits may stand there. */
  prev: Set<number> | null;
  prevDigits: boolean;
  /** Pairs of words this key may follow instead ("couple of"), by pairHash. */
  prevPairs: Set<number> | null;
}

/** One number for two words in a row. */
const pairHash = (first: number, second: number): number => (Math.imul(first, 0x9e3779b1) ^ second) | 0;

export interface GateIndex {
  gates: readonly Gate[];
  /** Word keys by a hash of their lower-case letters. */
  words: Map<number, WordKey[]>;
  /**
   * Per lower-case first two letters ((first × 27 + second), second 26 for a one-letter word), a bit per word length
   * (up to 31) that some key has: a quick reject before any hashing.
   */
  shapes: Uint32Array;
  /** Per gate, as plain numbers (gates differ in shape; the scan reads only these): reaches and the day-number test. */
  before: Int32Array;
  after: Int32Array;
  nextDay: Uint8Array;
  /** Gate numbers per digit shape. */
  digits: Record<'#4' | '#/' | '#clock' | '#s', number[]>;
}

const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Character classes for the scan: 0 other, 1 upper-case letter, 2 lower-case letter, 3 digit (ASCII only). */
const CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) CLASS[c] = 1;
for (let c = 97; c <= 122; c++) CLASS[c] = 2;
for (let c = 48; c <= 57; c++) CLASS[c] = 3;
const classOf = (c: number): number => (c < 128 ? CLASS[c]! : 0);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** The slot of a word's first two letters (lower case; 0 for no second letter) in GateIndex.shapes. */
const shapeSlot = (first: number, second: number): number => (first - 97) * 27 + (second === 0 ? 26 : second - 97);

/** The scan's hash of a lower-case word: its first letter, then ×31 + each next letter. */
function hashWord(word: string): number {
  let h = word.charCodeAt(0);
  for (let i = 1; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** Builds the lookup for a list of gates (once, at module level). */
export function indexGates(gates: readonly Gate[]): GateIndex {
  const words = new Map<number, WordKey[]>();
  const shapes = new Uint32Array(27 * 27);
  const digits: GateIndex['digits'] = { '#4': [], '#/': [], '#clock': [], '#s': [] };
  gates.forEach((g, gate) => {
    for (const key of g.keys) {
      if (key.startsWith('#')) {
        const list = digits[key as keyof GateIndex['digits']];
        if (!list) throw new Error(`gate ${g.name}: unknown digit shape ${key}`);
        if (!list.includes(gate)) list.push(gate);
        continue;
      }
      const capital = key.startsWith('^');
      const word = (capital ? key.slice(1) : key).toLowerCase();
      shapes[shapeSlot(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0)]! |= 1 << Math.min(word.length, 31);
      const h = hashWord(word);
      const list = words.get(h) ?? [];
      const prevWords = g.keyPrev?.[word] ?? g.prev;
      const prev = prevWords ? new Set(prevWords.filter((w) => w !== '#' && !w.includes(' ')).map(hashWord)) : null;
      const prevDigits = !prevWords || prevWords.includes('#');
      const pairs = prevWords?.filter((w) => w.includes(' ')).map((w) => w.split(' ') as [string, string]) ?? [];
      const prevPairs = pairs.length ? new Set(pairs.map(([a, b]) => pairHash(hashWord(a), hashWord(b)))) : null;
      if (!list.some((k) => k.word === word && k.gate === gate && k.capital === capital)) list.push({ word, capital, gate, prev, prevDigits, prevPairs });
      words.set(h, list);
    }
  });
  return {
    gates, words, shapes, digits,
    before: Int32Array.from(gates, (g) => g.before),
    after: Int32Array.from(gates, (g) => g.after),
    nextDay: Uint8Array.from(gates, (g) => (g.nextDay ? 1 : 0)),
  };
}

/** True when text[start, start + word.length) is `word` in any case. */
function sameWord(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (lowerCode(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}

/** Scratch space of the scan, grown as needed (the scan is synchronous): word starts, and key hits (gate, word). */
let wordStarts = new Int32Array(4096);
let hitGates = new Int32Array(4096);
let hitWords = new Int32Array(4096);
/** A word hits at most this many gates (a word key and its digit shapes together). */
const MAX_HITS_PER_WORD = 8;

/**
 * One pass over the text: per gate, the stretches around its keys, from the start of the word `before` words ahead of
 * the key to the end of the `after` words past it (up to the next word); stretches that overlap are joined, so that
 * no match can be cut between two of them.
 */
export function gateWindows(text: string, index: GateIndex): Window[][] {
  const { shapes, words: wordKeys, digits } = index;
  const n = text.length;
  const maxWords = (n >> 1) + 2;
  if (wordStarts.length < maxWords) wordStarts = new Int32Array(maxWords);
  const starts = wordStarts;
  let hitG = hitGates;
  let hitW = hitWords;
  let words = 0;
  let hits = 0;
  // The run of letters or digits before the current one: where it is (its hash is taken only when a key asks for
  // it), whether it is digits, and -1 before any.
  let prevStart = -1;
  let prevEnd = -1;
  let prevDigit = false;
  // And the run before that one.
  let prev2Start = -1;
  let prev2End = -1;
  let prev2Digit = false;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let cls = c < 128 ? CLASS[c]! : 0;
    if (cls === 0) { i++; continue; }
    // A word: a run of letters and digits ("21st", "10am"); keys are its letter runs and digit runs.
    const word = words++;
    starts[word] = i;
    const firstHit = hits;
    if (hits + MAX_HITS_PER_WORD > hitG.length) {
      const g2 = new Int32Array(hitG.length * 2); g2.set(hitG); hitG = hitGates = g2;
      const w2 = new Int32Array(hitW.length * 2); w2.set(hitW); hitW = hitWords = w2;
    }
    for (;;) {
      let j = i + 1;
      let e = 0;
      let ec = 0;
      if (cls !== 3) {
        // Letters: the run's length and first letter rule out most words before any hashing.
        // (c | 32) - 97 is 0–25 for an ASCII letter of either case, and only then.
        while (j < n) {
          e = text.charCodeAt(j);
          if (((e | 32) - 97) >>> 0 > 25) break;
          j++;
        }
        ec = j < n && e >= 48 && e <= 57 ? 3 : 0;
        const len = j - i;
        if (len < 32 && (shapes[shapeSlot(c | 32, len > 1 ? text.charCodeAt(i + 1) | 32 : 0)]! & (1 << len)) !== 0) {
          const keys = wordKeys.get(hashRun(text, i, j));
          if (keys) {
            for (const k of keys) {
              if (k.word.length !== len || !sameWord(text, i, k.word)) continue;
              if (k.capital && cls !== 1) continue;
              const need = k.prev;
              if (need && !(prevDigit ? k.prevDigits : need.has(prevEnd < 0 ? 0 : hashRun(text, prevStart, prevEnd)) ||
                (k.prevPairs !== null && prevEnd >= 0 && prev2End >= 0 && !prev2Digit &&
                  k.prevPairs.has(pairHash(hashRun(text, prev2Start, prev2End), hashRun(text, prevStart, prevEnd)))))) continue;
              if (hits - firstHit < MAX_HITS_PER_WORD) { hitG[hits] = k.gate; hitW[hits] = word; hits++; }
            }
          }
        }
        prev2Digit = prevDigit;
        prevDigit = false;
      } else {
        while (j < n) {
          e = text.charCodeAt(j);
          if (e < 48 || e > 57) break;
          j++;
        }
        ec = j < n ? (e < 128 ? CLASS[e]! : 0) : 0;
        const len = j - i;
        const next = j < n ? e : 0;
        if (len === 4) for (const g of digits['#4']) if (hits - firstHit < MAX_HITS_PER_WORD) { hitG[hits] = g; hitW[hits] = word; hits++; }
        if (next === 47 /* / */) for (const g of digits['#/']) if (hits - firstHit < MAX_HITS_PER_WORD) { hitG[hits] = g; hitW[hits] = word; hits++; }
        if (next === 115 /* s */ || next === 39 /* ' */ || next === 0x2019) for (const g of digits['#s']) if (hits - firstHit < MAX_HITS_PER_WORD) { hitG[hits] = g; hitW[hits] = word; hits++; }
        if (len <= 2) {
          let k = j;
          while (k < n && isSpace(text.charCodeAt(k))) k++;
          const after = k < n ? text.charCodeAt(k) : 0;
          const then = k + 1 < n ? text.charCodeAt(k + 1) : 0;
          // "10 a.m.", "9pm", "6 AM" (not "32 percent").
          const meridiem = (after === 97 || after === 65 || after === 112 || after === 80) && (then === 46 || then === 109 || then === 77);
          const clockLike = next === 58 /* : */ || next === 46 /* . */ || meridiem;
          if (clockLike) for (const g of digits['#clock']) if (hits - firstHit < MAX_HITS_PER_WORD) { hitG[hits] = g; hitW[hits] = word; hits++; }
        }
        prev2Digit = prevDigit;
        prevDigit = true;
      }
      prev2Start = prevStart;
      prev2End = prevEnd;
      prevStart = i;
      prevEnd = j;
      i = j;
      if (j >= n || ec === 0) break;
      c = e;
      cls = ec;
    }
  }
  return windowsOf(text, index, starts, words, hitG, hitW, hits);
}

/** The hash the scan gives a run of letters text[a, b): its letters in lower case, as hashWord gives them. */
function hashRun(text: string, a: number, b: number): number {
  let h = text.charCodeAt(a) | 32;
  for (let i = a + 1; i < b; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) | 0;
  return h;
}

const NO_WINDOWS: Window[] = [];

/** One or two digits at i and no third. */
function isDayNumber(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i)) && !(isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)));
}

/** The stretches around the hits of one scan, per gate, joined where they overlap. */
function windowsOf(text: string, index: GateIndex, starts: Int32Array, words: number, hitG: Int32Array, hitW: Int32Array,
  hits: number): Window[][] {
  const { before, after, nextDay } = index;
  const n = text.length;
  // Gates without a key in the text share one empty list.
  const out: Window[][] = [];
  for (let g = 0; g < index.gates.length; g++) out.push(NO_WINDOWS);
  for (let h = 0; h < hits; h++) {
    const gate = hitG[h]!;
    const w = hitW[h]!;
    if (nextDay[gate] === 1 && !(w + 1 < words && isDayNumber(text, starts[w + 1]!))) continue;
    const a = starts[Math.max(0, w - before[gate]!)]!;
    const last = w + after[gate]! + 1;
    const b = last < words ? starts[last]! : n;
    let list = out[gate]!;
    if (list === NO_WINDOWS) out[gate] = list = [];
    const prev = list[list.length - 1];
    if (prev && a <= prev.end) { if (b > prev.end) prev.end = b; } else list.push({ start: a, end: b });
  }
  return out;
}
