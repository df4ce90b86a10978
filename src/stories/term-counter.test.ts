import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TermCounter } from './term-counter.ts';

test('a term counter sums what is added per term, keeps insertion order through growth and empties on clear', () => {
  const c = new TermCounter(4);
  for (let k = 0; k < 3; k++) for (let t = 100; t > 0; t--) c.add(t * 104729, 1.5);
  assert.equal(c.size, 100);
  assert.equal(c.get(7 * 104729), 4.5);
  assert.equal(c.get(5), 0);
  assert.deepEqual([...c.toMap().keys()].slice(0, 3), [100 * 104729, 99 * 104729, 98 * 104729]);
  c.clear();
  assert.equal(c.size, 0);
  assert.equal(c.get(7 * 104729), 0);
});
