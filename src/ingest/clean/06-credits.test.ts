import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './clean.ts';
import { raw } from './for-tests.ts';

const BODY = 'The council closed the old pier on Friday.\n\nRepairs will take a year, officials said.';

const cases: string[] = [
  '(Source: wire services and other agencies)',
  'Source: Harbour Authority',
  '(With inputs from agencies)',
  'Associated Press writer Lena Fischer in Berlin contributed to this report.',
  'Harbour Times reporter Omar Said contributed reporting from Tunis.',
  'Reporting by Lena Fischer in Berlin; Additional reporting by Omar Said; Editing by Kate Moss',
  'Additional reporting by Lena Fischer',
  'Reporting by Coastal Wire Service; editing by Harbour Times staff.',
  'Additional reporting by Omar Said in Tunis. Quotes translated from Portuguese by Harbour Times.',
  '(Reporting by Lena Fischer, Omar Said, with reporting by Kate Moss, editing by Peter J. Olsen.)',
  'Translated by Ana de la Cruz.',
  'Copyright 2024 The Coastal Courier. All rights reserved.',
  '© 2024 Harbour Media Group',
  'All rights reserved.',
];

for (const line of cases) {
  test(`the credit "${line}" at the foot leaves the body and is kept`, () => {
    const a = cleanArticle(raw(`${BODY}\n\n${line}`));
    assert.equal(a.text, BODY);
    assert.deepEqual(a.credits, [line]);
    assert.deepEqual(a.removed, [{ kind: 'credit', text: line }]);
    // only the staff who edited the piece name its outlet
    assert.equal(a.outlet, /editing by Harbour Times staff/.test(line) ? 'Harbour Times' : null);
  });
}

test('"<Outlet>\'s <Name> contributed to this story" names the outlet', () => {
  const a = cleanArticle(raw(`${BODY}\n\nKBRT's Lena Fischer contributed to this story from Berlin.`));
  assert.equal(a.outlet, 'KBRT');
  assert.equal(a.text, BODY);
});

test('sentences about reporting or contributing stay', () => {
  const lines = [
    'Reporting by the local paper revealed that the pier had been neglected for years.',
    'Heavy rain contributed to the report of cracks in the supports.',
    'The source said the council knew about the damage in May.',
    'Copyrighted photos of the pier were shared widely online.',
    // A dash and a name closes a quote as often as a wire story: it stays.
    '— Lena Fischer.',
  ];
  for (const line of lines) {
    const text = `${BODY}\n\n${line}`;
    const a = cleanArticle(raw(text));
    assert.equal(a.text, text, line);
    assert.deepEqual(a.credits, [], line);
  }
});

test('a wire\'s name alone in brackets at the head is a credit, and does not name the outlet', () => {
  const a = cleanArticle(raw(`Old ferry pier shut after inspection\n\n(Coastal Wire Service)\n\n${BODY}`));
  assert.equal(a.text, BODY);
  assert.deepEqual(a.credits, ['(Coastal Wire Service)']);
  assert.equal(a.outlet, null);
});

test('bracketed text that is not a bare name stays', () => {
  for (const line of ['(BEGIN AUDIO CLIP)', '(Applause.)']) {
    assert.deepEqual(cleanArticle(raw(`${BODY}\n\n${line}`)).credits, [], line);
  }
  for (const line of ['(The council met again on Monday.)', '(Editor\'s note: the vote was held in private)']) {
    const text = `${line}\n\n${BODY}`;
    assert.equal(cleanArticle(raw(text)).text, text, line);
  }
});

test('credit-like sentences with words no credit has stay', () => {
  for (const line of [
    'Reporting by Lena Fischer was praised by the harbour board last year.',
    'Quotes from the mayor were translated by her office, which said the pier would reopen.',
  ]) {
    const text = `${BODY}\n\n${line}`;
    assert.equal(cleanArticle(raw(text)).text, text, line);
  }
});

test('"editing by <Outlet> staff" in a credit names the outlet, not the wire that reported it', () => {
  const a = cleanArticle(raw(`${BODY}\n\nReporting by Continental Press Wire; editing by Harbour Ledger staff.`));
  assert.equal(a.outlet, 'Harbour Ledger');
  assert.equal(a.text, BODY);
});
