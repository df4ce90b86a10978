import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './find-times.ts';
import { timemlExtent } from './extent.ts';

/** A Thursday. */
const DCT = '2024-03-14';
const texts = (text: string): string[] => findTimes(text, DCT).map((t) => t.text);
const cut = (text: string, what: string): string => {
  const at = text.indexOf(what);
  const [a, b] = timemlExtent(text, at, at + what.length);
  return text.slice(a, b);
};

test('the possessive is not part of the expression', () => {
  assert.deepEqual(texts('Friday\'s vote was close.'), ['Friday']);
  assert.equal(cut('Shares of the 1990\'s boom', '1990\'s'), '1990\'s');
});

test('the article of the noun a hyphenated modifier leans on is left out', () => {
  assert.deepEqual(texts('The 30-day truce held.'), ['30-day']);
  assert.equal(cut('It beat the third-quarter forecast.', 'the third-quarter'), 'third-quarter');
  assert.equal(cut('It beat the third quarter forecast.', 'the third quarter'), 'the third quarter');
});

test('a date after "the" starts at the month', () => {
  assert.deepEqual(texts('Police reviewed the March 3 footage.'), ['March 3']);
});

test('"early", "late" before a day word belong to it', () => {
  assert.deepEqual(texts('The ship docked late yesterday.'), ['late yesterday']);
  assert.deepEqual(texts('The mayor resigned early Tuesday.'), ['early Tuesday']);
});

test('"the end of", "the middle of" before an expression belong to it', () => {
  assert.deepEqual(texts('The plant closes by the end of 2026.'), ['the end of 2026']);
  assert.deepEqual(texts('Rates fell from the middle of October.'), ['the middle of October']);
});

test('"only", "just", "barely" are not part of a duration or a date', () => {
  assert.deepEqual(texts('The ferry ran for only five hours.'), ['five hours']);
  assert.deepEqual(texts('The wall fell just a decade ago.'), ['a decade ago']);
  assert.deepEqual(texts('The strike lasted about two weeks.'), ['about two weeks']);
});
