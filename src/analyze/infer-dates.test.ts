import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanArticle } from '../ingest/types.ts';
import { inferMissingDates } from './infer-dates.ts';

const article = (source: string, published: string | null): CleanArticle => ({
  source, title: null, text: 'The pier closed.', published, publishedFrom: published ? 'metadata' : null,
  outlet: null, byline: null, dateline: null, credits: [], removed: [],
});

test('an undated article takes the date most of the others carry, flagged inferred', () => {
  const out = inferMissingDates([article('a', '2024-03-02'), article('b', null), article('c', '2024-03-02'), article('d', '2024-03-01')]);
  assert.equal(out[1]!.published, '2024-03-02');
  assert.equal(out[1]!.publishedFrom, 'inferred');
});

test('a tie between dates goes to the latest', () => {
  const out = inferMissingDates([article('a', '2024-03-01'), article('b', '2024-03-03'), article('c', null)]);
  assert.equal(out[2]!.published, '2024-03-03');
});

test('dated articles keep their date and where it came from', () => {
  const input = [article('a', '2024-03-01'), article('b', null)];
  const out = inferMissingDates(input);
  assert.deepEqual(out[0], input[0]);
  assert.equal(input[1]!.published, null, 'the input is not changed');
});

test('with no dated article, dates stay null', () => {
  const out = inferMissingDates([article('a', null), article('b', null)]);
  assert.deepEqual(out.map((a) => [a.published, a.publishedFrom]), [[null, null], [null, null]]);
});
