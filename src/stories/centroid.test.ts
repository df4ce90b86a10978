import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Centroid } from './centroid.ts';

test('a centroid keeps every weight set through growth, reads absent terms as zero and empties on reset', () => {
  const c = new Centroid(8);
  for (let t = 1; t <= 500; t++) c.set(t * 7919, t / 2);
  c.set(7919, 9);
  assert.equal(c.size, 500);
  assert.equal(c.get(7919), 9);
  assert.equal(c.get(250 * 7919), 125);
  assert.equal(c.get(3), 0);
  assert.equal(c.entries().length, 500);
  c.reset(10);
  assert.equal(c.size, 0);
  assert.equal(c.get(7919), 0);
});
