import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

const first = (text: string) => {
  const q = quotesOf(text)[0]!;
  return [q.text, q.kind, q.speaker];
};

test('a quote in a headline is the word of the headline’s subject', () => {
  assert.deepEqual(first('Harbour Pilots Rip Port Board As A ‘Reckless Gamble.’\n\nThe board met on Monday.'),
    ['Reckless Gamble.', 'speech', 'Harbour Pilots']);
  assert.deepEqual(first('Lena Ortiz slams board over ‘reckless’ dredging.\n\nThe board met on Monday.'),
    ['reckless', 'speech', 'Lena Ortiz']);
});

test('a headline naming its speaker before a colon keeps that name, not a name after its verb', () => {
  assert.deepEqual(first('Port Veteran Anna Lind: Fire The Board, ‘Stop The Dredging Now.’\n\nThe board met.'),
    ['Stop The Dredging Now.', 'speech', 'Anna Lind']);
  assert.deepEqual(first('Jane Holt Backs Tom Reyes: I Am ‘Horrified’ By The Board.\n\nThe board met.'),
    ['Horrified', 'speech', 'Jane Holt']);
});

test('a first line in the past tense, or a later paragraph, is no headline', () => {
  assert.deepEqual(first('The board approved the so-called “green levy” on Monday.\n\nThe board met.'),
    ['green levy', 'scare', null]);
  assert.deepEqual(first('The board met.\n\nHarbour Pilots Rip Port Board As A ‘Reckless Gamble.’'),
    ['Reckless Gamble.', 'scare', null]);
});
