import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gateWindows, indexGates, type Gate } from './gate.ts';
import { RULES } from './rules.ts';

const MONTH: Gate = { name: 'month', keys: ['^may'], before: 1, after: 1 };
const UNIT: Gate = { name: 'unit', keys: ['week', 'weeks'], before: 2, after: 0 };
const YEAR: Gate = { name: 'year', keys: ['#4'], before: 0, after: 0 };
const INDEX = indexGates([MONTH, UNIT, YEAR]);

const piece = (text: string, w: { start: number; end: number }) => text.slice(w.start, w.end);

test('a capitalised key is found only when written with a capital', () => {
  const text = 'Talks may resume in May after the vote.';
  const [month] = gateWindows(text, INDEX);
  assert.deepEqual(month!.map((w) => piece(text, w)), ['in May after ']);
});

test('a window runs from the word `before` words ahead of the key to the end of the `after` words past it', () => {
  const text = 'The strike lasted three long weeks and ended.';
  const [, unit] = gateWindows(text, INDEX);
  assert.deepEqual(unit!.map((w) => piece(text, w)), ['three long weeks ']);
});

test('windows that overlap are joined into one', () => {
  const text = 'One week, then another week went by.';
  const [, unit] = gateWindows(text, INDEX);
  assert.equal(unit!.length, 1);
});

test('digit shapes: a four-digit run is a key, a longer one is not', () => {
  const text = 'In 2019 the fund held 20190 shares.';
  const [, , year] = gateWindows(text, INDEX);
  assert.deepEqual(year!.map((w) => piece(text, w)), ['2019 ']);
});

test('a key with a day-number test counts only before one or two digits', () => {
  const gate: Gate = { name: 'md', keys: ['^may'], before: 0, after: 1, nextDay: true };
  const index = indexGates([gate]);
  assert.equal(gateWindows('Fares rise May 2026 and again May 3rd.', index)[0]!.length, 1);
  assert.equal(gateWindows('Fares rise May 2026.', index)[0]!.length, 0);
});

test('a key may ask for its own preceding word, or for two words in a row', () => {
  const gate: Gate = { name: 'g', keys: ['days', 'weeks'], before: 2, after: 0, prev: ['few', 'couple of'],
    keyPrev: { days: ['these'] } };
  const index = indexGates([gate]);
  const text = 'In these days a couple of weeks pass; a few days, then a bag of weeks.';
  assert.deepEqual(gateWindows(text, index)[0]!.map((w) => piece(text, w)), ['In these days ', 'couple of weeks ']);
});

/** Invented sentences that exercise every rule. */
const SENTENCES = [
  'The accord was signed on Wednesday, March 3, 2024, and took effect on the 12th of May, 2025.',
  'The filing, dated 2024-03-09 and stamped 3/9/2024, arrived in early February 2021 or late May of next year.',
  'The mill closed in 2019; the district grew in the late-1990s and the \'80s, and dates to the early 21st century.',
  'Crowds gathered on Christmas Eve, 2023, and again on New Year\'s Day and Thanksgiving.',
  'The ferry sails tomorrow afternoon, sailed last night, and will sail next Tuesday\'s evening.',
  'Shares fell earlier in the following fiscal year, this week, last month and over the weekend.',
  'Exports rose in the summer of 2019 and may rise again early next spring.',
  'Results for the year-earlier fiscal fourth quarter of 2023 beat the latest quarter and the first half.',
  'The plant opened some twenty-four years ago, and a couple of weeks later it hired staff.',
  'The court sits at 10:30 a.m. (local time), polls close around 18:00 GMT, and lunch is at noon or 10 o\'clock in the morning.',
  'The siege lasted more than the past three consecutive years, for several months, at $5 a year, every other weekend.',
  'Traders are busy right now and these days, as they were recently and in the past, and will be in the foreseeable future.',
  'Broadcasters said nineteen ninety-six and the winter of two thousand and seven.',
  'Profit for the full year, the year ended in June, rose by year-end and around the end of the month.',
  'The envoy left that same morning and returned the following day, a year earlier than planned.',
  'Output slid in the latter half of fiscal 2022 and the first two quarters of 2023, for a day and a half, as in the late nineties.',
  'The line stayed shut for a while, then for a little while more, after a day-long and a decades-long row, until mid-afternoon yesterday.',
  'The market opens on Sundays and closes on Tuesday nights.',
  'Prices may climb in the weeks ahead and over the years to come, as they did from the previous Friday and over the years, in Q3 2012 and H1 2013, by mid-afternoon; it is the 12th day of the strike; in the near term, or at a later date, within ten business days.',
];

test('every rule finds through its gate exactly what it finds over the whole text', () => {
  const gates = [...new Set(RULES.map((r) => r.gate))];
  const index = indexGates(gates);
  const text = SENTENCES.join(' ');
  const windows = gateWindows(text, index);
  for (const rule of RULES) {
    const whole: string[] = [];
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) whole.push(`${m.index}:${m[0]}`);
    const gated: string[] = [];
    for (const w of windows[gates.indexOf(rule.gate)]!) {
      rule.re.lastIndex = 0;
      for (const m of text.slice(w.start, w.end).matchAll(rule.re)) gated.push(`${m.index! + w.start}:${m[0]}`);
    }
    assert.ok(whole.length > 0, `no sentence exercises ${rule.name}`);
    assert.deepEqual(gated, whole, rule.name);
  }
});
