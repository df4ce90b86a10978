import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NAME_WEIGHT, NUMBER_WEIGHT, stem, termCounts } from './terms.ts';
import { fnv1a } from './shingles.ts';

const key = (w: string) => fnv1a(stem(w.toLowerCase()));

test('a capitalised word inside a sentence counts as a name, at the start of a sentence as a word', () => {
  const c = termCounts('Harbour officials met Brandt on Monday. Harbour fees rose. The talks with Brandt ended.');
  assert.equal(c.get(key('Brandt')), 2 * NAME_WEIGHT);
  assert.equal(c.get(key('Harbour')), 2);
});

test('a period after a short form does not start a sentence', () => {
  const c = termCounts('The talks were led by Gov. Ferraby and the U.S. Navy said little.');
  assert.equal(c.get(key('Ferraby')), NAME_WEIGHT);
  assert.equal(c.get(key('Navy')), NAME_WEIGHT);
});

test('numbers are weighted, stop words and possessive endings dropped, word forms met by stemming', () => {
  const c = termCounts('the quakes killed 37, and the quake’s aftershocks');
  assert.equal(c.get(key('37')), NUMBER_WEIGHT);
  assert.equal(c.get(key('quake')), 2);
  assert.equal(c.has(key('the')), false);
});

test('the same text gives the same counts', () => {
  const t = 'Crews in Valmora cleared 12 roads after the storm, the Valmora council said.';
  assert.deepEqual([...termCounts(t)], [...termCounts(t)]);
});
