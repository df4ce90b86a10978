import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './find-times.ts';

/** A Thursday. */
const DCT = '2024-03-14';

function valueOf(text: string, what: string, dct: string | null = DCT): string | undefined {
  return findTimes(text, dct).find((t) => t.text === what)?.value;
}

test('the last half of a year is its second half', () => {
  assert.equal(valueOf('Margins should recover in the last half of 2025.', 'the last half of 2025'), '2025-H2');
  assert.equal(valueOf('Sales dipped in the latter half of fiscal 2023.', 'the latter half of fiscal 2023'), '2023-H2');
});

test('the first two quarters of a year are its first half', () => {
  assert.equal(valueOf('The mine runs at a loss through the first two quarters of 2026.', 'the first two quarters of 2026'), '2026-H1');
});

test('a unit and a half is a duration with the half in the next smaller unit', () => {
  assert.equal(valueOf('The tunnel was shut for an hour and a half.', 'an hour and a half'), 'PT1H30M');
  assert.equal(valueOf('The tenants waited a year and a half for repairs.', 'a year and a half'), 'P1Y6M');
  assert.equal(valueOf('A minute and a half later the lights came back.', 'A minute and a half'), 'PT1M30S');
});

test('a decade in words after "the" is that decade of the 1900s, an age is not', () => {
  assert.equal(valueOf('The harbour thrived through the nineties.', 'the nineties'), '199');
  assert.equal(valueOf('Rents rose in the early seventies.', 'the early seventies'), '197');
  assert.equal(findTimes('Both founders are in their forties.', DCT).length, 0);
});

test('a month one or two ahead of the article date, with no tense cue, is the coming one', () => {
  assert.equal(valueOf('Ticket prices for the regatta in May rise sharply.', 'May'), '2024-05');
  assert.equal(valueOf('Ticket prices for the regatta in October rise sharply.', 'October'), '2023-10');
  assert.equal(valueOf('The ferry sank in April.', 'April'), '2023-04');
});

test('"the 2023 quarter" in a report on a quarter is that quarter of 2023; alone it is the year', () => {
  const text = 'The brewer earned $4 million in the third quarter, against $3 million in the 2023 quarter.';
  assert.equal(valueOf(text, 'the 2023 quarter'), '2023-Q3');
  assert.equal(valueOf('The mill reopened after the 2023 period of repairs.', 'the 2023 period'), '2023');
});

test('"today\'s" before a word for the present age is no day; before an event it is', () => {
  assert.equal(findTimes('Few jobs in today\'s economy pay that well.', DCT).length, 0);
  assert.equal(findTimes('The pressures on today\'s young voters are new.', DCT).length, 0);
  assert.equal(valueOf('Today\'s vote was postponed.', 'Today'), '2024-03-14');
});

test('a weekday after "plan to" lies ahead, even in a past-tense clause', () => {
  assert.equal(valueOf('The agency did not plan to close the road on Saturday.', 'Saturday'), '2024-03-16');
});

test('"the latest quarter" is the last one reported and "the current quarter" the one under way, whatever the tense', () => {
  // In a paper of May 10: the last quarter reported is the first, the one under way the second.
  assert.equal(valueOf('The bakery expects sales in the latest quarter to top $2 million.', 'the latest quarter', '2024-05-10'), '2024-Q1');
  assert.equal(valueOf('Orders have begun well in the current quarter, the bakery said.', 'the current quarter', '2024-05-10'), '2024-Q2');
});

test('"the quarter ended" a day is the calendar quarter holding most of the three months up to it', () => {
  assert.equal(valueOf('In the quarter ended Jan. 31, the chain lost $3 million.', 'the quarter'), '2023-Q4');
  assert.equal(valueOf('In the quarter ended Dec. 31, the chain lost $3 million.', 'the quarter'), '2023-Q4');
});

test('"one day" after a modal is a day to come; after "for" it is a day long', () => {
  assert.equal(valueOf('The port may one day handle twice the cargo.', 'one day'), 'FUTURE_REF');
  assert.equal(valueOf('The port closed for one day.', 'one day'), 'P1D');
});

test('a weekday\'s event ("Tuesday\'s ruling") is the latest such day, even in a clause about what comes next', () => {
  // DCT Thursday 2024-03-14.
  assert.equal(valueOf('The tenants will appeal Tuesday\'s ruling.', 'Tuesday'), '2024-03-12');
  assert.equal(valueOf('The tenants will appeal the ruling on Tuesday.', 'Tuesday'), '2024-03-19');
});

test('"for a while" is a stretch of unknown length; "a while ago" is not', () => {
  assert.equal(valueOf('The ferry will stay in dock for a while.', 'a while'), 'PXX');
  assert.equal(findTimes('The ferry docked a while ago.', DCT).some((t) => t.value === 'PXX'), false);
});

test('a count of things before "a week" makes a rate, not a time', () => {
  assert.deepEqual(findTimes('The airline runs six flights a week to the island.', DCT), []);
  assert.deepEqual(findTimes('The mill ships 900 crates a week.', DCT), []);
  assert.equal(valueOf('The strike lasted a week.', 'a week'), 'P1W');
});

test('"a day-long meeting" is a day; "a decades-long feud" some decades, in years', () => {
  assert.equal(valueOf('Union leaders left their third day-long meeting without a deal.', 'day-long'), 'P1D');
  assert.equal(valueOf('The ruling ends a decades-long feud over the river.', 'decades-long'), 'PXY');
});

test('"mid-afternoon yesterday" is that part of the day before', () => {
  assert.equal(valueOf('Shares slid at mid-afternoon yesterday.', 'mid-afternoon yesterday'), '2024-03-13TAF');
  assert.equal(valueOf('The rain stops by late morning tomorrow.', 'late morning tomorrow'), '2024-03-15TMO');
});

test('a weekday in the plural is every such day', () => {
  assert.equal(valueOf('The market opens on Sundays.', 'Sundays'), 'XXXX-WXX-7');
  assert.equal(valueOf('The ferry leaves on Tuesday nights.', 'Tuesday nights'), 'XXXX-WXX-2TNI');
  assert.equal(findTimes('The ferry leaves on Tuesday nights.', DCT).length, 1);
});

test('"by year\'s end" is the year of the article', () => {
  assert.equal(valueOf('The merger should close by year\'s end.', 'year\'s end'), '2024');
});

test('"by mid-afternoon" is that part of the day the text is telling, else of the article\'s day', () => {
  assert.equal(valueOf('By mid-afternoon the crowd had gone.', 'mid-afternoon'), '2024-03-14TAF');
  assert.equal(valueOf('The storm hit on March 2. By late evening the power was back.', 'late evening'), '2024-03-02TEV');
  assert.equal(findTimes('Late-afternoon light filled the hall.', DCT).length, 0);
});

test('"is the eighth day of" the strike is the article\'s day; "was the third day" is left alone', () => {
  assert.equal(valueOf('Today is the eighth day of the strike.', 'the eighth day'), '2024-03-14');
  assert.equal(valueOf('It\'s the 12th straight day of protests.', 'the 12th straight day'), '2024-03-14');
  assert.equal(findTimes('Monday was the third day of the siege.', DCT).some((t) => t.text.includes('third day')), false);
});
