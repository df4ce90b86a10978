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
  /** When true, a key counts only when the next word starts with a digit ("May 12", not "May was"). */
  nextDigit?: boolean;
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
}

export interface GateIndex {
  gates: readonly Gate[];
  /** Word keys by a hash of their lower-case letters. */
  words: Map<number, WordKey[]>;
  /** Per lower-case first letter (0–25), a bit per word length (up to 31) that some key has: a quick reject. */
  shapes: Uint32Array;
  /** Per gate, as plain numbers (gates differ in shape; the scan reads only these): reaches and the next-digit test. */
  before: Int32Array;
  after: Int32Array;
  nextDigit: Uint8Array;
  /** Per gate: hashes of the words a word key must follow (null: any), and whether a digit run may stand there. */
  prevHashes: (Set<number> | null)[];
  prevDigits: boolean[];
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

/** The scan's hash of a lower-case word: its first letter, then ×31 + each next letter. */
function hashWord(word: string): number {
  let h = word.charCodeAt(0);
  for (let i = 1; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** Builds the lookup for a list of gates (once, at module level). */
export function indexGates(gates: readonly Gate[]): GateIndex {
  const words = new Map<number, WordKey[]>();
  const shapes = new Uint32Array(26);
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
      shapes[word.charCodeAt(0) - 97]! |= 1 << Math.min(word.length, 31);
      const h = hashWord(word);
      const list = words.get(h) ?? [];
      if (!list.some((k) => k.word === word && k.gate === gate && k.capital === capital)) list.push({ word, capital, gate });
      words.set(h, list);
    }
  });
  const prevHashes = gates.map((g) => (g.prev ? new Set(g.prev.filter((w) => w !== '#').map(hashWord)) : null));
  const prevDigits = gates.map((g) => !g.prev || g.prev.includes('#'));
  return {
    gates, words, shapes, digits, prevHashes, prevDigits,
    before: Int32Array.from(gates, (g) => g.before),
    after: Int32Array.from(gates, (g) => g.after),
    nextDigit: Uint8Array.from(gates, (g) => (g.nextDigit ? 1 : 0)),
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
  const { shapes, words: wordKeys, digits, prevHashes, prevDigits } = index;
  const n = text.length;
  const maxWords = (n >> 1) + 2;
  if (wordStarts.length < maxWords) wordStarts = new Int32Array(maxWords);
  const starts = wordStarts;
  let hitG = hitGates;
  let hitW = hitWords;
  let words = 0;
  let hits = 0;
  // The run of letters or digits before the current one: its hash (letters) or -1 (digits), and 0 before any.
  let prevHash = 0;
  let prevDigit = false;
  let i = 0;
  while (i < n) {
    if (classOf(text.charCodeAt(i)) === 0) { i++; continue; }
    // A word: a run of letters and digits ("21st", "10am"); keys are its letter runs and digit runs.
    const word = words++;
    starts[word] = i;
    const firstHit = hits;
    if (hits + MAX_HITS_PER_WORD > hitG.length) {
      const g2 = new Int32Array(hitG.length * 2); g2.set(hitG); hitG = hitGates = g2;
      const w2 = new Int32Array(hitW.length * 2); w2.set(hitW); hitW = hitWords = w2;
    }
    while (i < n) {
      const d = text.charCodeAt(i);
      const cls = classOf(d);
      if (cls === 1 || cls === 2) {
        let h = (d | 32);
        let j = i + 1;
        for (; j < n; j++) {
          const e = text.charCodeAt(j);
          const ec = classOf(e);
          if (ec !== 1 && ec !== 2) break;
          h = (Math.imul(h, 31) + (e | 32)) | 0;
        }
        const len = j - i;
        if (len < 32 && (shapes[(d | 32) - 97]! & (1 << len)) !== 0) {
          const keys = wordKeys.get(h);
          if (keys) {
            for (const k of keys) {
              if (k.word.length !== len || !sameWord(text, i, k.word)) continue;
              if (k.capital && cls !== 1) continue;
              const need = prevHashes[k.gate];
              if (need && !(prevDigit ? prevDigits[k.gate] : need.has(prevHash))) continue;
              if (hits - firstHit < MAX_HITS_PER_WORD) { hitG[hits] = k.gate; hitW[hits] = word; hits++; }
            }
          }
        }
        prevHash = h;
        prevDigit = false;
        i = j;
      } else if (cls === 3) {
        let j = i + 1;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
        const len = j - i;
        const next = j < n ? text.charCodeAt(j) : 0;
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
        prevDigit = true;
        i = j;
      } else {
        break;
      }
    }
  }
  return windowsOf(text, index, starts, words, hitG, hitW, hits);
}

const NO_WINDOWS: Window[] = [];

/** The stretches around the hits of one scan, per gate, joined where they overlap. */
function windowsOf(text: string, index: GateIndex, starts: Int32Array, words: number, hitG: Int32Array, hitW: Int32Array,
  hits: number): Window[][] {
  const { before, after, nextDigit } = index;
  const n = text.length;
  // Gates without a key in the text share one empty list.
  const out: Window[][] = [];
  for (let g = 0; g < index.gates.length; g++) out.push(NO_WINDOWS);
  for (let h = 0; h < hits; h++) {
    const gate = hitG[h]!;
    const w = hitW[h]!;
    if (nextDigit[gate] === 1 && !(w + 1 < words && isDigit(text.charCodeAt(starts[w + 1]!)))) continue;
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
