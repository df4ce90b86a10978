/**
 * MinHash signatures with fixed, seeded hash functions (deterministic across runs and machines), and LSH banding
 * to find candidate near-duplicates without comparing all pairs.
 */

export const SIGNATURE_SIZE = 64;
/** 16 bands of 4 rows: pairs with Jaccard ≈ 0.5 collide in some band with probability ≈ 0.65, ≈ 0.7 with ≈ 0.99. */
export const BANDS = 16;
export const ROWS = SIGNATURE_SIZE / BANDS;

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * One-permutation MinHash (Li, Owen and Zhang, 2012) with densification (Shrivastava, 2017): each shingle is
 * hashed once, its hash picks one of SIGNATURE_SIZE bins and keeps the smallest value per bin; an empty bin borrows
 * the value of a bin chosen by a fixed hash sequence. The chance that two signatures agree in a bin is their Jaccard,
 * as with 64 separate hash functions, at 1/64 of the cost.
 */
export function minhash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (let s = 0; s < shingles.length; s++) {
    const h = mix(shingles[s]! ^ 0x5bd1e995);
    const bin = h & (SIGNATURE_SIZE - 1);
    const v = h >>> 6;
    if (v < sig[bin]!) sig[bin] = v;
  }
  if (shingles.length === 0) return sig;
  const filled = sig.slice();
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (filled[i] !== EMPTY) continue;
    for (let attempt = 1; ; attempt++) {
      const j = mix(i * 0x9e3779b1 + attempt) & (SIGNATURE_SIZE - 1);
      if (filled[j] !== EMPTY) { sig[i] = filled[j]!; break; }
    }
  }
  return sig;
}

/** Bin values are 26-bit, so this marks an empty bin. */
const EMPTY = 0xffffffff;

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** estimatedJaccard of `a` and the signature stored in `all` from `offset`. */
export function estimatedJaccardAt(a: Uint32Array, all: Uint32Array, offset: number): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === all[offset + i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Band keys of a signature: one number per band (its rows and band number hashed together). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix(b + 0x27d4eb2f);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]!);
    keys.push(h);
  }
  return keys;
}

/** An LSH index: add signatures, get the ids that share a band with a signature. A bucket of one holds the id itself. */
export class LshIndex<Id extends string | number> {
  private readonly buckets = new Map<number, Id | Id[]>();

  add(id: Id, sig: Uint32Array): void {
    for (const key of bandKeys(sig)) {
      const b = this.buckets.get(key);
      if (b === undefined) this.buckets.set(key, id);
      else if (Array.isArray(b)) b.push(id);
      else this.buckets.set(key, [b, id]);
    }
  }

  candidates(sig: Uint32Array): Id[] {
    const seen = new Set<Id>();
    for (const key of bandKeys(sig)) {
      const b = this.buckets.get(key);
      if (b === undefined) continue;
      if (Array.isArray(b)) for (const id of b) seen.add(id);
      else seen.add(b);
    }
    return [...seen];
  }
}
