import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeText } from '../doc/tokenize.ts';
import { findQuantities } from './find-quantities.ts';

function quantities(text: string) {
  return findQuantities({ text, ...tokenizeText(text) });
}

const one = (text: string) => {
  const found = quantities(text);
  assert.equal(found.length, 1, `one quantity in ${JSON.stringify(text)}, found ${JSON.stringify(found)}`);
  return found[0]!;
};

const cases: [string, { text: string; value: number; hedge: string; unit: string | null; counts: string | null }][] = [
  ['Floods forced more than 14,000 coastal residents from their homes.', { text: 'more than 14,000', value: 14000, hedge: 'more-than', unit: 'people', counts: 'residents' }],
  ['The ministry said about 1.5 million tonnes of grain were lost.', { text: 'about 1.5 million tonnes', value: 1.5e6, hedge: 'about', unit: 'tonne', counts: 'grain' }],
  ['Rebels now hold a third of the northern valley.', { text: 'a third', value: 1 / 3, hedge: 'exact', unit: 'fraction', counts: 'valley' }],
  ['Thousands of volunteers joined the search.', { text: 'Thousands', value: 1000, hedge: 'multiple', unit: 'people', counts: 'volunteers' }],
  ['Tens of thousands of miners marched.', { text: 'Tens of thousands', value: 10000, hedge: 'multiple', unit: 'people', counts: 'miners' }],
  ['The council approved a 90-day moratorium.', { text: '90-day', value: 90, hedge: 'exact', unit: 'day', counts: 'moratorium' }],
  ['The convoy stopped nearly 250 miles short of the border.', { text: 'nearly 250 miles', value: 250, hedge: 'nearly', unit: 'mile', counts: 'miles' }],
  ['Prices rose 8 per cent in March.', { text: '8 per cent', value: 8, hedge: 'exact', unit: '%', counts: null }],
  ['The fund will pay out $3.2 billion this year.', { text: '$3.2 billion', value: 3.2e9, hedge: 'exact', unit: '$', counts: null }],
  ['Up to seventy-five lorries crossed.', { text: 'Up to seventy-five', value: 75, hedge: 'up-to', unit: null, counts: 'lorries' }],
  ['The strike lasted some three weeks.', { text: 'some three weeks', value: 3, hedge: 'about', unit: 'week', counts: 'weeks' }],
  ['Forty or more boats sank.', { text: 'Forty or more', value: 40, hedge: 'at-least', unit: null, counts: 'boats' }],
];

for (const [sentence, want] of cases) {
  test(`finds ${JSON.stringify(want.text)} in ${JSON.stringify(sentence)}`, () => {
    const q = one(sentence);
    assert.equal(q.text, want.text);
    assert.equal(sentence.slice(q.start, q.end), want.text);
    assert.ok(Math.abs(q.value - want.value) < 1e-9, `value ${q.value}`);
    assert.equal(q.hedge, want.hedge);
    assert.equal(q.unit, want.unit);
    assert.equal(q.counts, want.counts);
  });
}

test('a second number joined by "and" counts what the first one counts', () => {
  const found = quantities('At least nine villagers died and 31 injured in the blast.');
  assert.equal(found.length, 2);
  assert.equal(found[1]!.text, '31');
  assert.equal(found[1]!.counts, 'villagers');
});

test('years, clock times and day-of-month dates are not quantities', () => {
  const found = quantities('The failed 2019 negotiations and the pact signed in 2019 expire at 10 a.m. on June 14, and talks resume on 3 March.');
  assert.deepEqual(found, []);
});

test('ordinals and model names are not quantities', () => {
  assert.deepEqual(quantities('It was the third round of talks about the F-16 deal.'), []);
});

test('numbers inside a time expression of the time layer are left to it', () => {
  const text = 'Voting ends in 48 hours.';
  const base = tokenizeText(text);
  const found = findQuantities({ text, ...base, times: [{ start: 12, end: 23, text: 'in 48 hours', value: 'P2D', type: 'DATE' }] });
  assert.deepEqual(found, []);
});

test('a bare measure counts its own unit word', () => {
  const q = one('The lake was lowered by 4 metres since Saturday.');
  assert.equal(q.unit, 'm');
  assert.equal(q.counts, 'metres');
});

test('words that name object properties ("constructor", "toString") are not number words', () => {
  assert.deepEqual(quantities('The constructor said toString and valueOf were old jokes among the hasOwnProperty crew.'), []);
});

test('"a" and "an" start a number only before dozen, a fraction or a scale word', () => {
  const found = quantities('A dozen reporters waited while an aide read a statement to a million viewers.');
  assert.deepEqual(found.map((q) => [q.text, q.value]), [['A dozen', 12], ['a million', 1e6]]);
});

test('hedges are matched by their last word, longest phrase first', () => {
  assert.equal(one('No fewer than 12 ferries left.').hedge, 'at-least');
  assert.equal(one('Less than 12 ferries left.').hedge, 'less-than');
  assert.equal(one('Just under 12 ferries left.').hedge, 'less-than');
  assert.equal(one('Some 12 ferries or so left.').hedge, 'about');
});

test('a quantity at the very start of a text with no token before it is read', () => {
  const q = one('40 or more boats sank.');
  assert.equal(q.hedge, 'at-least');
  assert.equal(q.start, 0);
});
