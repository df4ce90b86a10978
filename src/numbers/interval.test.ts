import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quantity } from '../doc/types.ts';
import { compatible } from './interval.ts';

const q = (value: number, hedge = 'exact'): Quantity => ({ start: 0, end: 1, text: '', value, hedge, unit: null, counts: null });

const table: [string, Quantity, Quantity, boolean][] = [
  ['two round figures a thousand apart disagree', q(12000), q(13000), false],
  ['"about 12,000" allows 12,400', q(12000, 'about'), q(12400), true],
  ['"more than 3" allows three', q(3, 'more-than'), q(3), true],
  ['"more than 12,000" allows 13,000', q(12000, 'more-than'), q(13000), true],
  ['"more than 12,000" rules out 9,000', q(12000, 'more-than'), q(9000), false],
  ['"nearly 300" allows 290 but not 320', q(300, 'nearly'), q(320), false],
  ['"up to 75" allows 60', q(75, 'up-to'), q(60), true],
  ['"tens of thousands" allows 40,000', q(10000, 'multiple'), q(40000), true],
  ['12,000 allows 12,400 as rounding', q(12000), q(12400), true],
  ['five and seven disagree', q(5), q(7), false],
];

for (const [name, a, b, want] of table) {
  test(name, () => {
    assert.equal(compatible(a, b), want);
    assert.equal(compatible(b, a), want);
  });
}
