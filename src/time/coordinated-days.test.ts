import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './find-times.ts';

/** A Thursday. */
const DCT = '2024-03-14';
const values = (text: string): [string, string][] => findTimes(text, DCT).map((t) => [t.text, t.value]);

test('the second day of a pair is a date in the same month', () => {
  assert.deepEqual(values('The summit meets in Oslo on April 24 and 25.'), [['April 24', '2024-04-24'], ['25', '2024-04-25']]);
});

test('a range of days gives its last day too', () => {
  assert.deepEqual(values('The fair runs from May 3 to 5 in the old market.'), [['May 3', '2024-05-03'], ['5', '2024-05-05']]);
  assert.deepEqual(values('Hearings are set for June 10-12.'), [['June 10', '2024-06-10'], ['12', '2024-06-12']]);
});

test('a year after the second day dates both', () => {
  assert.deepEqual(values('The vote was held on March 3 and 4, 2021.'), [['March 3', '2021-03-03'], ['4, 2021', '2021-03-04']]);
});

test('a count after a date is not a second day', () => {
  assert.deepEqual(values('Between March 3 and 5 percent of voters stayed home.').map((v) => v[0]), ['March 3']);
  assert.deepEqual(values('On May 12 and 5 other days the ferry was late.').map((v) => v[0]), ['May 12']);
  assert.deepEqual(values('Rain fell on March 2 and 40 homes flooded.').map((v) => v[0]), ['March 2']);
});

test('a weekday ending a range comes after its start', () => {
  assert.deepEqual(values('The fair runs from Friday through Sunday.'), [['Friday', '2024-03-15'], ['Sunday', '2024-03-17']]);
  assert.deepEqual(values('Shops were shut Monday to Wednesday.'), [['Monday', '2024-03-11'], ['Wednesday', '2024-03-13']]);
});
