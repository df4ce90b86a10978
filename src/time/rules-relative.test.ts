import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './find-times.ts';

/** A Thursday. */
const DCT = '2024-03-14';

function valueOf(text: string, what: string, dct: string | null = DCT): string | undefined {
  return findTimes(text, dct).find((t) => t.text === what)?.value;
}

test('"or so" before "ago" keeps the date', () => {
  assert.equal(valueOf('The pier collapsed a month or so ago.', 'a month or so ago'), '2024-02');
  assert.equal(valueOf('Two years or so ago the plant shut.', 'Two years or so ago'), '2022');
});

test('a season with "the" and a modifier between takes the tense', () => {
  assert.equal(valueOf('Sales slumped in the late summer.', 'the late summer'), '2023-SU');
  assert.equal(valueOf('Orders have climbed from the lows of the early summer.', 'the early summer'), '2023-SU');
});

test('a weekday after "postponed until" lies ahead', () => {
  assert.equal(valueOf('The board postponed the vote until Tuesday.', 'Tuesday'), '2024-03-19');
});

test('"the quarter a year ago" is one expression: the reported quarter a year before', () => {
  const text = 'The brewer earned $4 million in the third quarter. For the quarter a year ago, it lost $1 million.';
  assert.equal(valueOf(text, 'the quarter a year ago', '2024-10-20'), '2023-Q3');
});

test('a quarter of a later year is a forecast, not the quarter "a year earlier" compares with', () => {
  const text = 'The mill earned $9 million in the third quarter. Analysts see losses through the first quarter of 2025. ' +
    'In the year-ago period, it earned $7 million.';
  assert.equal(valueOf(text, 'the year-ago period', '2024-10-20'), '2023-Q3');
});

test('"the previous Friday" is the Friday before the last day the text gave', () => {
  const text = 'The index closed lower on Friday, March 8. It was down 2% from the previous Friday.';
  assert.equal(valueOf(text, 'the previous Friday'), '2024-03-01');
  assert.equal(valueOf('Prices rose 3% from the previous Friday.', 'the previous Friday'), '2024-03-08');
});

test('"a day earlier" with no date before it to lean on is the stretch of a day', () => {
  assert.deepEqual(findTimes('A day earlier, trucks had crossed the border.', DCT).map((t) => [t.text, t.value]), [['A day', 'P1D']]);
  assert.equal(valueOf('The dam burst on May 2, 2020. Two days later, the town flooded.', 'Two days later'), '2020-05-04');
});

test('"this past weekend" is the last one, "this coming week" the next', () => {
  assert.equal(valueOf('Crowds marched this past weekend.', 'this past weekend'), '2024-W10-WE');
  assert.equal(valueOf('The board meets this coming week.', 'this coming week'), '2024-W12');
});

test('"the last quarter" is the quarter before the article\'s, a date', () => {
  assert.equal(valueOf('Profit doubled in the last quarter.', 'the last quarter', '2024-01-20'), '2023-Q4');
  assert.equal(valueOf('Sales fell over the past week.', 'the past week'), 'P1W');
});

test('quarters and halves written the financial way', () => {
  assert.equal(valueOf('Revenue rose in Q3 2023 and fell in 4Q23.', 'Q3 2023'), '2023-Q3');
  assert.equal(valueOf('Revenue rose in Q3 2023 and fell in 4Q23.', '4Q23'), '2023-Q4');
  assert.equal(valueOf('Margins widened in H1 2022.', 'H1 2022'), '2022-H1');
  assert.equal(valueOf('Orders slumped in Q4, the firm said.', 'Q4'), '2023-Q4');
  assert.equal(findTimes('He drove an Audi Q3 to the rally.', DCT).length, 0);
});

test('"the past year" is the year before the article\'s (TimeBank\'s practice); "the past week" a stretch', () => {
  assert.equal(valueOf('Hate sites multiplied over the past year.', 'the past year'), '2023');
  assert.equal(valueOf('Hate sites multiplied over the past three years.', 'the past three years'), 'P3Y');
});

test('"the next year" is the year after the article\'s', () => {
  assert.equal(valueOf('The plant will close over the next year.', 'the next year'), '2025');
});
