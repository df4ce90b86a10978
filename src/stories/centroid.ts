/**
 * A story centroid: term → weight in an open-addressing hash table over typed arrays (no Map entries or boxed
 * numbers per term), so scoring a candidate story is a few array reads per article term.
 */
export class Centroid {
  private keys: Uint32Array;
  private vals: Float64Array;
  private used: Uint8Array;
  size = 0;

  constructor(capacity = 64) {
    this.keys = new Uint32Array(capacity);
    this.vals = new Float64Array(capacity);
    this.used = new Uint8Array(capacity);
  }

  private slot(t: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(t, 0x9e3779b1) >>> 0 & mask;
    while (this.used[i] === 1 && this.keys[i] !== t) i = (i + 1) & mask;
    return i;
  }

  get(t: number): number {
    const i = this.slot(t);
    return this.used[i] === 1 ? this.vals[i]! : 0;
  }

  set(t: number, w: number): void {
    if ((this.size + 1) * 4 > this.keys.length * 3) this.grow(this.keys.length * 2);
    const i = this.slot(t);
    if (this.used[i] !== 1) { this.used[i] = 1; this.keys[i] = t; this.size++; }
    this.vals[i] = w;
  }

  /** Entries as [term, weight] pairs (in table order). */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.used[i] === 1) out.push([this.keys[i]!, this.vals[i]!]);
    return out;
  }

  /** Empties the table, keeping room for about `expected` entries. */
  reset(expected: number): void {
    let cap = 64;
    while (cap * 3 < expected * 4 + 4) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.vals = new Float64Array(cap);
    this.used = new Uint8Array(cap);
    this.size = 0;
  }

  private grow(capacity: number): void {
    const { keys, vals, used } = this;
    this.keys = new Uint32Array(capacity);
    this.vals = new Float64Array(capacity);
    this.used = new Uint8Array(capacity);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (used[i] === 1) this.set(keys[i]!, vals[i]!);
  }
}
