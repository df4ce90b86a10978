/** Word shingles of a text, hashed to 32-bit integers (FNV-1a), as a sorted unique array. */

export const SHINGLE_WORDS = 5;

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** FNV-1a hashes of the lower-cased words of a text (as `words` splits them), without building the words. */
export function wordHashes(text: string): Uint32Array {
  const out = new Uint32Array((text.length >> 1) + 1);
  return out.subarray(0, appendWordHashes(text, out, 0));
}

/**
 * Appends the hashes of the words of `s` (a token: words split and lower-cased as `wordHashes` does) to `out` from
 * index `n`; returns the new count. `out` must have room for s.length / 2 + 1 more hashes.
 */
export function appendWordHashes(s: string, out: Uint32Array, n: number): number {
  let h = 0;
  let inWord = false;
  for (let i = 0; i <= s.length; i++) {
    let c = i < s.length ? s.charCodeAt(i) : 32;
    let isWord: boolean;
    if (c < 128) {
      isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
      if (c >= 65 && c <= 90) c += 32;
    } else {
      const ch = String.fromCharCode(c);
      isWord = LETTER_OR_NUMBER.test(ch);
      if (isWord) {
        const lower = ch.toLowerCase();
        c = lower.length === 1 ? lower.charCodeAt(0) : c;
      }
    }
    if (isWord) {
      if (!inWord) { h = 0x811c9dc5; inWord = true; }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (inWord) {
      out[n++] = h >>> 0;
      inWord = false;
    }
  }
  return n;
}

/**
 * Hashed word n-grams as a sorted unique array: each word hashed once, an n-gram hash mixed from its words' hashes
 * (no string joins).
 */
export function shingles(text: string, size = SHINGLE_WORDS): Uint32Array {
  const out = shingleHashes(wordHashes(text), size);
  out.sort();
  let u = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[u - 1]) out[u++] = out[i]!;
  return out.slice(0, u);
}

/**
 * The n-gram hashes of a sequence of word hashes, in text order, repeats kept (a MinHash signature does not need
 * them sorted or unique). One n-gram for a text shorter than `size` words; none for no words.
 */
export function shingleHashes(wh: Uint32Array, size = SHINGLE_WORDS): Uint32Array {
  if (wh.length === 0) return new Uint32Array(0);
  const count = wh.length < size ? 1 : wh.length - size + 1;
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9e3779b9;
    const end = i + size < wh.length ? i + size : wh.length;
    for (let k = i; k < end; k++) h = mixWord(h, wh[k]!);
    out[i] = h;
  }
  return out;
}

function mixWord(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** |A ∩ B| for two sorted unique arrays. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) { n++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  return n;
}
