import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './clean.ts';
import { raw } from './for-tests.ts';

test('a leading " date YYYY-MM-DD" gives the date and leaves the first sentence on its line', () => {
  const a = cleanArticle(raw(' date 2024-03-02 The council closed the pier on Friday.\n\nRepairs start soon.'));
  assert.equal(a.text, 'The council closed the pier on Friday.\n\nRepairs start soon.');
  assert.equal(a.published, '2024-03-02');
  assert.equal(a.publishedFrom, 'header');
  assert.deepEqual(a.removed, [{ kind: 'date-head', text: 'date 2024-03-02' }]);
});

test('a given date is kept over the date head', () => {
  const a = cleanArticle(raw(' date 2024-03-02 The pier closed.', { published: '2024-03-01', publishedFrom: 'metadata' }));
  assert.equal(a.published, '2024-03-01');
  assert.equal(a.publishedFrom, 'metadata');
  assert.equal(a.text, 'The pier closed.');
});

test('the word "date" inside a sentence is not a date head', () => {
  const a = cleanArticle(raw('The date 2024-03-02 was set for the vote.'));
  assert.equal(a.text, 'The date 2024-03-02 was set for the vote.');
  assert.equal(a.published, null);
});
