import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../doc/tokenize.ts';
import { articleUnits } from './units.ts';

test('a time counted from the article date makes no shared word pair: weekdays, "next week", "last month"', () => {
  const doc = makeDoc({ id: 'a1', source: 'a1', title: null, outlet: null, byline: null, dateline: null, credits: [], published: null,
    publishedFrom: null, removed: [] }, 'The port board of Velden will vote next week on the crane repairs it ordered Monday.');
  const [u] = articleUnits(doc, 0, 'a1', 5);
  assert.ok(u!.concepts.includes('crane repair'));
  assert.ok(u!.concepts.includes('port board'));
  assert.ok(!u!.concepts.includes('next week'));
  assert.ok(!u!.concepts.some((c) => c.includes('monday')));
});
