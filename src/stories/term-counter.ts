/**
 * Term → number in typed arrays (an open-addressing index over entries kept in insertion order): the per-article
 * term counts and the stream's document frequencies without Map entries or boxed numbers. Iterates in insertion
 * order, as a Map would.
 */
export class TermCounter {
  keys: Uint32Array;
  vals: Float64Array;
  size = 0;
  /** Entry number + 1 per slot, 0 for an empty slot. */
  private slots: Int32Array;

  constructor(capacity = 128) {
    this.keys = new Uint32Array(capacity);
    this.vals = new Float64Array(capacity);
    this.slots = new Int32Array(capacity * 2);
  }

  private find(t: number): number {
    const mask = this.slots.length - 1;
    let i = (Math.imul(t, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const e = this.slots[i]!;
      if (e === 0 || this.keys[e - 1] === t) return i;
      i = (i + 1) & mask;
    }
  }

  get(t: number): number {
    const e = this.slots[this.find(t)]!;
    return e === 0 ? 0 : this.vals[e - 1]!;
  }

  /** Adds `w` to the term's number (a new term starts at 0). */
  add(t: number, w: number): void {
    const i = this.find(t);
    const e = this.slots[i]!;
    if (e !== 0) { this.vals[e - 1]! += w; return; }
    if (this.size === this.keys.length) { this.grow(); this.add(t, w); return; }
    this.keys[this.size] = t;
    this.vals[this.size] = w;
    this.slots[i] = ++this.size;
  }

  clear(): void {
    if (this.size === 0) return;
    this.slots.fill(0);
    this.size = 0;
  }

  toMap(): Map<number, number> {
    const m = new Map<number, number>();
    for (let e = 0; e < this.size; e++) m.set(this.keys[e]!, this.vals[e]!);
    return m;
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const keys = new Uint32Array(cap);
    keys.set(this.keys);
    const vals = new Float64Array(cap);
    vals.set(this.vals);
    this.keys = keys;
    this.vals = vals;
    this.slots = new Int32Array(cap * 2);
    const mask = this.slots.length - 1;
    for (let e = 0; e < this.size; e++) {
      let i = (Math.imul(keys[e]!, 0x9e3779b1) >>> 0) & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = e + 1;
    }
  }
}
