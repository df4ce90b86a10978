import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insideQuote } from './quoted-span.ts';

test('a span between the marks of a quote is inside it, one that runs past either end is not', () => {
  const quotes = [{ start: 10, end: 20 }, { start: 40, end: 60 }];
  assert.equal(insideQuote(quotes, { start: 12, end: 18 }), true);
  assert.equal(insideQuote(quotes, { start: 40, end: 60 }), true);
  assert.equal(insideQuote(quotes, { start: 5, end: 12 }), false);
  assert.equal(insideQuote(quotes, { start: 18, end: 25 }), false);
  assert.equal(insideQuote(quotes, { start: 30, end: 35 }), false);
  assert.equal(insideQuote([], { start: 1, end: 2 }), false);
  assert.equal(insideQuote(undefined, { start: 1, end: 2 }), false);
});

test('a span inside a long quote is found past a shorter quote that starts later', () => {
  const quotes = [{ start: 0, end: 100 }, { start: 10, end: 20 }];
  assert.equal(insideQuote(quotes, { start: 50, end: 55 }), true);
});
