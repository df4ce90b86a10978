import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './find-times.ts';

/** A Thursday. */
const DCT = '2024-03-14';

function valueOf(text: string, what: string, dct: string | null = DCT): string | undefined {
  return findTimes(text, dct).find((t) => t.text === what)?.value;
}

test('"the weeks ahead", "the years to come" are stretches of unknown length', () => {
  assert.equal(valueOf('Grain prices may climb in the weeks ahead.', 'the weeks ahead'), 'PXW');
  assert.equal(valueOf('The dam will shape the valley for the years to come.', 'the years to come'), 'PXY');
});

test('"couple of" counts two after a determiner', () => {
  assert.equal(valueOf('Over the next couple of years the line will be rebuilt.', 'the next couple of years'), 'P2Y');
});

test('a plural of quarters after a vague count is a stretch of quarters', () => {
  assert.equal(valueOf('The chain posted losses for several quarters before the sale.', 'several quarters'), 'PXQ');
});

test('"over the years", "in the early years" are stretches of unknown length; "the weeks before" an event is not', () => {
  assert.equal(valueOf('The club has changed over the years.', 'the years'), 'PXY');
  assert.equal(valueOf('Few patients survived in the early years of the scheme.', 'the early years'), 'PXY');
  assert.equal(findTimes('The car was seen in the weeks before the fire.', DCT).length, 0);
});

test('uncounted decades and centuries keep TimeBank\'s unit letters; counted ones are years', () => {
  assert.equal(valueOf('The mosque has stood for centuries.', 'centuries'), 'PXC');
  assert.equal(valueOf('The feud has run for decades.', 'decades'), 'PXE');
  assert.equal(valueOf('The feud has run for two decades.', 'two decades'), 'P20Y');
});

test('"every ten years", "every few weeks" are sets with their count', () => {
  assert.equal(valueOf('The census is taken every ten years.', 'every ten years'), 'P10Y');
  assert.equal(valueOf('The ferry is inspected every few weeks.', 'every few weeks'), 'PXW');
  assert.equal(findTimes('Inspectors call every few weeks.', DCT)[0]?.type, 'SET');
});

test('"in the near term", "at a later date" are some time ahead', () => {
  assert.equal(valueOf('Margins will stay thin in the near term.', 'the near term'), 'FUTURE_REF');
  assert.equal(valueOf('The bonds may be sold at a later date.', 'a later date'), 'FUTURE_REF');
  assert.equal(findTimes('The short-term outlook is poor.', DCT).length, 0);
});

test('"ten business days", "eight trading days" are durations in days', () => {
  assert.equal(valueOf('The offer closes within ten business days.', 'ten business days'), 'P10D');
  assert.equal(valueOf('Eight trading days later the index recovered.', 'Eight trading days'), 'P8D');
});
