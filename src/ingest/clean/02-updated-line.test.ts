import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './clean.ts';
import { raw } from './for-tests.ts';

const BODY = 'The council closed the old pier on Friday.\n\nRepairs will take a year, officials said.';

const cases: [string, string, string | null][] = [
  ['Updated May 15, 2025 at 5:56 PM EDT', 'updated', '2025-05-15'],
  ['Published 3:04 PM GMT, Tue 6 May 2025', 'updated', '2025-05-06'],
  ['Last updated: 14 June 2024', 'updated', '2024-06-14'],
  ['Posted on March 3rd, 2023', 'updated', '2023-03-03'],
  ['Updated 2 hours ago', 'updated', null],
  ['Thursday, May 15, 2025', 'date-head', '2025-05-15'],
  ['2024-11-05T08:30:00Z', 'date-head', '2024-11-05'],
];

for (const [line, kind, date] of cases) {
  test(`"${line}" at the head is removed and its date fills published`, () => {
    const a = cleanArticle(raw(`${line}\n\n${BODY}`));
    assert.equal(a.text, BODY);
    assert.deepEqual(a.removed, [{ kind, text: line }]);
    assert.equal(a.published, date);
    assert.equal(a.publishedFrom, date ? 'text' : null);
  });
}

test('first-published wins over updated, whatever their order', () => {
  const a = cleanArticle(raw(`Updated: 16 May 2025 10:02 BST\nPublished: 15 May 2025 08:00 BST\n\n${BODY}`));
  assert.equal(a.published, '2025-05-15');
  assert.equal(a.updated, '2025-05-16');
  assert.equal(a.removed.length, 2);
});

test('one line with both dates gives each its role', () => {
  const a = cleanArticle(raw(`Published May 15, 2025 | Updated May 17, 2025\n\n${BODY}`));
  assert.equal(a.published, '2025-05-15');
  assert.equal(a.updated, '2025-05-17');
});

test('a sentence that starts with "Updated" stays', () => {
  const text = 'Updated figures released on May 15, 2025 show the harbour lost money.\n\n' + BODY;
  const a = cleanArticle(raw(text));
  assert.equal(a.text, text);
  assert.equal(a.published, null);
});

test('a date head keeps its date over an Updated line below it', () => {
  const a = cleanArticle(raw(` date 2025-05-14 Updated May 15, 2025 at 9:00 AM EDT\n\n${BODY}`));
  assert.equal(a.published, '2025-05-14');
  assert.equal(a.publishedFrom, 'header');
  assert.equal(a.text, BODY);
});
