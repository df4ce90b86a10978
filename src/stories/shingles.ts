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

export function shingles(text: string, size = SHINGLE_WORDS): Uint32Array {
  const w = words(text);
  const set = new Set<number>();
  if (w.length > 0 && w.length < size) set.add(fnv1a(w.join(' ')));
  for (let i = 0; i + size <= w.length; i++) set.add(fnv1a(w.slice(i, i + size).join(' ')));
  return Uint32Array.from([...set].sort((a, b) => a - b));
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
