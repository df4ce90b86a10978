/**
 * The pre-scan that keeps the rules cheap: every match of a rule contains one of its gate's keys (a word such as
 * "May" or "weeks", or a digit shape such as a four-digit run), so one pass over the characters finds where keys
 * sit, and each rule then reads only the text around its gate's keys instead of the whole article.
 *
 * A key is a lower-case word (matched case-insensitively, whole words of ASCII letters), a word written `^word`
 * (the text must write it capitalised: "May" the month, not "may"), or a digit shape:
 * `#4` a run of exactly four digits, `#/` digits followed by a slash, `#clock` one or two digits followed by ':'
 * or '.' or (after spaces) an a/p ("10 a.m.", "9pm", "18:00"), `#s` digits followed by s or an apostrophe ("'90s").
 */

export interface Gate {
  name: string;
  keys: readonly string[];
  /**
   * How far (characters) the text read around a key reaches before and after it: the longest stretch a match of
   * any rule behind this gate can run before/after the key, plus the few characters its look-arounds read.
   */
  before: number;
  after: number;
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
  /** Gate numbers per digit shape. */
  digits: Record<'#4' | '#/' | '#clock' | '#s', number[]>;
}

const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
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
  return { gates, words, shapes, digits };
}

/** True when text[start, start + word.length) is `word` in any case. */
function sameWord(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (lowerCode(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * One pass over the text: per gate, the stretches around its keys, each widened to whole words; stretches that
 * overlap are joined, so that no match can be cut between two of them.
 */
export function gateWindows(text: string, index: GateIndex): Window[][] {
  const { gates } = index;
  const out: Window[][] = gates.map(() => []);
  const n = text.length;
  const hit = (gate: number, start: number, end: number): void => {
    const g = gates[gate]!;
    const list = out[gate]!;
    const a = Math.max(0, start - g.before);
    const b = Math.min(n, end + g.after);
    const last = list[list.length - 1];
    if (last && a <= last.end) { if (b > last.end) last.end = b; } else list.push({ start: a, end: b });
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      const len = j - i;
      if (len < 32 && (index.shapes[lowerCode(c) - 97]! & (1 << len)) !== 0) {
        let h = 0;
        for (let k = i; k < j; k++) h = (Math.imul(h, 31) + lowerCode(text.charCodeAt(k))) | 0;
        const keys = index.words.get(h);
        if (keys) {
          for (const k of keys) {
            if (k.word.length !== len || !sameWord(text, i, k.word)) continue;
            if (k.capital && !(c >= 65 && c <= 90)) continue;
            hit(k.gate, i, j);
          }
        }
      }
      i = j;
    } else if (isDigit(c)) {
      let j = i;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      const len = j - i;
      const next = j < n ? text.charCodeAt(j) : 0;
      if (len === 4) for (const g of index.digits['#4']) hit(g, i, j);
      if (next === 47 /* / */) for (const g of index.digits['#/']) hit(g, i, j);
      if (next === 115 /* s */ || next === 39 /* ' */ || next === 0x2019) for (const g of index.digits['#s']) hit(g, i, j);
      if (len <= 2) {
        let k = j;
        while (k < n && isSpace(text.charCodeAt(k))) k++;
        const after = k < n ? text.charCodeAt(k) : 0;
        const clockLike = next === 58 /* : */ || next === 46 /* . */ ||
          after === 97 || after === 65 || after === 112 || after === 80; // a A p P
        if (clockLike) for (const g of index.digits['#clock']) hit(g, i, j);
      }
      i = j;
    } else {
      i++;
    }
  }
  // Widen each stretch to whole words, so a \b at its edges means what it means in the whole text.
  for (const list of out) {
    for (const w of list) {
      while (w.start > 0 && !isSpace(text.charCodeAt(w.start - 1))) w.start--;
      while (w.end < n && !isSpace(text.charCodeAt(w.end))) w.end++;
    }
    // Widening may make neighbours touch.
    for (let k = list.length - 1; k > 0; k--) {
      if (list[k - 1]!.end >= list[k]!.start) { list[k - 1]!.end = Math.max(list[k - 1]!.end, list[k]!.end); list.splice(k, 1); }
    }
  }
  return out;
}
