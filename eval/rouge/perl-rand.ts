/**
 * Perl's srand/rand (drand48: 48-bit linear congruential generator, seeded as (seed << 16) + 0x330E), so that
 * ROUGE's bootstrap resampling, which calls srand($i) before sample $i, can be reproduced number for number.
 */
const MULT = 0x5deece66dn;
const ADD = 0xbn;
const MASK = (1n << 48n) - 1n;

export class PerlRand {
  private state: bigint;
  constructor(seed: number) {
    this.state = ((BigInt(seed >>> 0) << 16n) + 0x330en) & MASK;
  }
  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state * MULT + ADD) & MASK;
    return Number(this.state) / 2 ** 48;
  }
  /** Perl's int(rand(n)). */
  index(n: number): number {
    return Math.floor(this.next() * n);
  }
}
