import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './find-times.ts';

/** A Thursday. */
const DCT = '2024-03-14';
const texts = (text: string): string[] => findTimes(text, DCT).map((t) => t.text);

test('a programme named in quotes in title case is no time', () => {
  assert.deepEqual(texts('The senator told NBC\'s "Next Week" that talks were over.'), []);
  assert.deepEqual(texts('She spoke on the channel\'s ``48 Hours\'\' programme.'), []);
});

test('a quoted sentence that opens with a time keeps it', () => {
  assert.deepEqual(texts('"Last Friday we lost everything," the farmer said.'), ['Last Friday']);
  assert.deepEqual(texts('"Next week will be harder," he said.'), ['Next week']);
});

test('"Today" with a capital after a name is a title; at the start of a sentence it is the day', () => {
  assert.deepEqual(texts('The poll was run by Metro Today and two radio stations.'), []);
  assert.deepEqual(texts('Today the port reopened.'), ['Today']);
});
