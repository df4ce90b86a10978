import { test } from 'node:test';
import assert from 'node:assert/strict';
import { b3 } from './b3.ts';

const m = (o: Record<string, string>) => new Map(Object.entries(o));

test('a clustering equal to the gold scores one', () => {
  assert.deepEqual(b3(m({ a: '1', b: '1', c: '2' }), m({ a: 'x', b: 'x', c: 'y' })), { precision: 1, recall: 1, f1: 1 });
});

test('one cluster of everything has full recall and low precision', () => {
  const s = b3(m({ a: '1', b: '1', c: '1', d: '1' }), m({ a: 'x', b: 'x', c: 'y', d: 'y' }));
  assert.equal(s.recall, 1);
  assert.equal(s.precision, 0.5);
});

test('singletons have full precision and low recall', () => {
  const s = b3(m({ a: '1', b: '2', c: '3', d: '4' }), m({ a: 'x', b: 'x', c: 'y', d: 'y' }));
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 0.5);
});
