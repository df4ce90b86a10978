import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './find-times.ts';

/** A Thursday. */
const DCT = '2024-03-14';

function valueOf(text: string, what: string, dct: string | null = DCT): string | undefined {
  return findTimes(text, dct).find((t) => t.text === what)?.value;
}

test('a month naming an event after "the" or "a" is that month, read like a month alone', () => {
  assert.equal(valueOf('Detectives reopened the November robbery at the depot.', 'November'), '2023-11');
  assert.equal(valueOf('The farmers signed a February accord with the mill.', 'February'), '2024-02');
  assert.equal(valueOf('Delegates prepare for the April summit in Lisbon.', 'April'), '2024-04');
});

test('"May" after "the" is left alone (a name as often as a month), and so is a month before a preposition', () => {
  assert.equal(findTimes('The May government fell.', DCT).length, 0);
  assert.equal(findTimes('Thousands joined the March on the capital.', DCT).length, 0);
});

test('"through June" looks ahead unless the clause is told in the past', () => {
  assert.equal(valueOf('The ban runs through June.', 'June'), '2024-06');
  assert.equal(valueOf('Sales stalled this year through February, the firm said.', 'February'), '2024-02');
  assert.equal(valueOf('In the autumn the shop was busy, and sales rose through October.', 'October'), '2023-10');
  assert.equal(valueOf('The road was closed until October.', 'October'), '2024-10');
});

test('movable holidays fall on their day of the year', () => {
  assert.equal(valueOf('Turnout will be high on Election Day.', 'Election Day', '2024-10-20'), '2024-11-05');
  assert.equal(valueOf('Pools open on Memorial Day.', 'Memorial Day', '2024-05-01'), '2024-05-27');
  assert.equal(valueOf('The strike ended before Labor Day.', 'Labor Day', '2024-10-01'), '2024-09-02');
  assert.equal(valueOf('Pilgrims gathered on Good Friday.', 'Good Friday', '2024-04-02'), '2024-03-29');
  assert.equal(valueOf('The church was full at Easter.', 'Easter', '2024-04-02'), '2024-03-31');
  assert.equal(valueOf('Ferries stop before Easter Sunday, 2019.', 'Easter Sunday, 2019'), '2019-04-21');
});

test('"Easter" before another name is not the holiday', () => {
  assert.equal(findTimes('Tourists flew to Easter Island.', DCT).length, 0);
  assert.equal(findTimes('Historians revisit the Easter Rising.', DCT).length, 0);
});
