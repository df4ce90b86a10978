import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './clean.ts';
import { raw } from './for-tests.ts';

const P1 = 'The council closed the old pier on Friday.';
const P2 = 'Repairs will take a year, officials said.';

const dropped: [string, string][] = [
  ['What comes next', 'subhead'],
  ['‘Unsafe’ supports', 'subhead'],
  ['‘Neglect’', 'subhead'],
  ['Ferry Operators Warn of Lost Summer Trade', 'related'],
  ['Mayor defends closure as ferry firms count losses', 'related'],
  ['Pier shut for repairs. Fishermen ask for a new quay', 'related'],
];

for (const [line, kind] of dropped) {
  test(`the dropped headline "${line}" between paragraphs is removed as ${kind}`, () => {
    const a = cleanArticle(raw(`${P1}\n\n${line}\n\n${P2}`));
    assert.equal(a.text, `${P1}\n\n${P2}`);
    assert.deepEqual(a.removed, [{ kind, text: line }]);
  });
}

test('texts with one line per paragraph lose their subheads too', () => {
  const a = cleanArticle(raw(`${P1}\nWhat comes next\n${P2}`));
  assert.equal(a.text, `${P1}\n${P2}`);
});

const kept = [
  '“We had no choice,” the mayor said',
  'He called the decision “a betrayal”',
  'The vote is expected to take place next week',
  '“Never again”',
  'Asked about the cost, she shrugged',
  'It was, residents said, a sad day',
  'Officials did not give a date for the reopening?',
  'Nobody knows when the ferries will return to the old',
  'A: The north quay',
];

for (const line of kept) {
  test(`the one-line paragraph "${line}" stays`, () => {
    const text = `${P1}\n\n${line}\n\n${P2}`;
    const a = cleanArticle(raw(text));
    assert.equal(a.text, text);
    assert.deepEqual(a.removed, []);
  });
}

test('a headline-like line is kept when the paragraph before does not end as a sentence', () => {
  const text = `The council closed the old pier on\n\nFriday After Inspection\n\n${P2}`;
  assert.equal(cleanArticle(raw(text)).text, text);
});

test('short lines listed after a colon stay', () => {
  const text = `The council listed what the ferry firm must do:\n\nRepair the ramp\nHire two pilots\nPublish a timetable.\n\n${P2}`;
  const a = cleanArticle(raw(text));
  assert.equal(a.text, text);
});

test('the first and last lines are not taken for dropped headlines', () => {
  const text = `${P1}\n\n${P2}\n\nWhat comes next`;
  assert.equal(cleanArticle(raw(text)).text, text);
});
