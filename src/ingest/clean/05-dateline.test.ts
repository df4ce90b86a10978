import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './clean.ts';
import { raw } from './for-tests.ts';

const REST = 'The council closed the old pier on Friday.';

const cases: [string, string, string | null][] = [
  ['LISBON:', 'LISBON', null],
  ['OSLO and HELSINKI —', 'OSLO and HELSINKI', null],
  ['DENVER (AP) —', 'DENVER', 'AP'],
  ['MADRID, June 9 (Reuters) -', 'MADRID', 'Reuters'],
  ['ST. LOUIS, Mo. —', 'ST. LOUIS, Mo.', null],
  ['Lyon, France –', 'Lyon, France', null],
  ['Nairobi (AFP) -', 'Nairobi', 'AFP'],
  ['BERN (AP) _', 'BERN', 'AP'],
];

for (const [dateline, place, agency] of cases) {
  test(`the dateline "${dateline}" leaves the first sentence and gives "${place}"`, () => {
    const a = cleanArticle(raw(`${dateline} ${REST}\n\nRepairs will take a year.`));
    assert.equal(a.dateline, place);
    assert.equal(a.outlet, agency);
    assert.equal(a.text, `${REST}\n\nRepairs will take a year.`);
    assert.deepEqual(a.removed, [{ kind: 'dateline', text: dateline }]);
  });
}

test('an agency in brackets with no place names the outlet and leaves no dateline', () => {
  const a = cleanArticle(raw(`(KBRT) — ${REST}`));
  assert.equal(a.dateline, null);
  assert.equal(a.outlet, 'KBRT');
  assert.equal(a.text, REST);
  assert.deepEqual(a.removed, [{ kind: 'dateline', text: '(KBRT) —' }]);
});

test('a bracketed note that is no agency stays', () => {
  const text = '(Updated with the mayor’s comments) The council closed the old pier on Friday.';
  assert.equal(cleanArticle(raw(text)).text, text);
});

test('a dateline after the date head is found', () => {
  const a = cleanArticle(raw(` date 2024-03-02 LISBON: ${REST}`));
  assert.equal(a.dateline, 'LISBON');
  assert.equal(a.text, REST);
});

test('a full date in the dateline fills published when none was given', () => {
  const a = cleanArticle(raw(`PARIS, March 4, 2024 (AFP) - ${REST}`));
  assert.equal(a.published, '2024-03-04');
  assert.equal(a.outlet, 'AFP');
});

test('a given outlet is kept over the agency in the dateline', () => {
  const a = cleanArticle(raw(`DENVER (AP) — ${REST}`, { outlet: 'Mountain Daily' }));
  assert.equal(a.outlet, 'Mountain Daily');
});

test('openings that only look like datelines stay', () => {
  const openings = [
    'BREAKING: The council closed the old pier on Friday.',
    'Meanwhile, Europe – the largest donor – stayed silent on the closure.',
    'The mayor — who voted against — left early.',
    'NATO said on Friday it would send more ships.',
  ];
  for (const first of openings) {
    const a = cleanArticle(raw(first));
    assert.equal(a.dateline, null, first);
    assert.equal(a.text, first, first);
  }
});

test('only the first paragraph can hold a dateline', () => {
  const text = `${REST}\n\nLISBON: Officials there said nothing.`;
  const a = cleanArticle(raw(text));
  assert.equal(a.dateline, null);
  assert.equal(a.text, text);
});
