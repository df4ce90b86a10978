import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shingleMatch, shingleMetrics } from './shingle-f1.ts';

test('an exact extraction scores one', () => {
  const text = 'the council met on monday and voted to reopen the old bridge';
  assert.deepEqual(shingleMetrics([shingleMatch(text, text)]), { precision: 1, recall: 1, f1: 1 });
});

test('extra menu text lowers precision but not recall', () => {
  const body = 'the council met on monday and voted to reopen the old bridge';
  const m = shingleMetrics([shingleMatch(body, `home news sport weather login ${body}`)]);
  assert.equal(m.recall, 1);
  assert.ok(m.precision < 1 && m.precision > 0.5);
});

test('an empty extraction scores zero recall', () => {
  const m = shingleMetrics([shingleMatch('one two three four five', '')]);
  assert.equal(m.recall, 0);
});
