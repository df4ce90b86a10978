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

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

export function minhash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(x ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Band keys of a signature: one string per band. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let key = `${b}:`;
    for (let r = 0; r < ROWS; r++) key += sig[b * ROWS + r]!.toString(36) + '.';
    keys.push(key);
  }
  return keys;
}

/** An LSH index: add signatures, get the ids that share a band with a signature. */
export class LshIndex<Id> {
  private readonly buckets = new Map<string, Id[]>();

  add(id: Id, sig: Uint32Array): void {
    for (const key of bandKeys(sig)) {
      const list = this.buckets.get(key);
      if (list) list.push(id);
      else this.buckets.set(key, [id]);
    }
  }

  candidates(sig: Uint32Array): Id[] {
    const seen = new Set<Id>();
    for (const key of bandKeys(sig)) for (const id of this.buckets.get(key) ?? []) seen.add(id);
    return [...seen];
  }
}
