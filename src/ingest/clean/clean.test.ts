import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './clean.ts';
import { raw } from './for-tests.ts';

const ARTICLE = [
  ' date 2024-03-02 Harbour Council Shuts Old Ferry Pier',
  '',
  'By Maria Lindqvist and Omar Said',
  'Updated March 2, 2024 at 6:10 PM CET',
  '',
  'LISBON (Reuters) — The council closed the old pier on Friday after engineers found cracks.',
  '',
  '“It is a sad day,” said one fisherman.',
  '',
  'What comes next',
  '',
  'Repairs will take a year,   officials said.',
  '',
  '',
  'The ferry will use the north quay.',
  '',
  'Reporting by Maria Lindqvist; Editing by Kate Moss',
].join('\n');

test('a whole article: every kind of metadata found, the body kept byte for byte', () => {
  const a = cleanArticle(raw(ARTICLE));
  assert.equal(a.title, 'Harbour Council Shuts Old Ferry Pier');
  assert.equal(a.byline, 'Maria Lindqvist and Omar Said');
  assert.equal(a.dateline, 'LISBON');
  assert.equal(a.outlet, 'Reuters');
  assert.equal(a.published, '2024-03-02');
  assert.equal(a.publishedFrom, 'header');
  assert.deepEqual(a.credits, ['Reporting by Maria Lindqvist; Editing by Kate Moss']);
  assert.deepEqual(a.removed.map((r) => r.kind), ['date-head', 'headline', 'byline', 'updated', 'dateline', 'subhead', 'credit']);
  // The double blank line the author left stays; the gaps left by removals collapse to one.
  assert.equal(a.text, [
    'The council closed the old pier on Friday after engineers found cracks.',
    '',
    '“It is a sad day,” said one fisherman.',
    '',
    'Repairs will take a year,   officials said.',
    '',
    '',
    'The ferry will use the north quay.',
  ].join('\n'));
});

test('a text with no metadata comes out unchanged', () => {
  const text = 'The council closed the old pier on Friday.\nRepairs will take a year, officials said.\n“It is a sad day,” said one fisherman.';
  const a = cleanArticle(raw(text));
  assert.equal(a.text, text);
  assert.deepEqual(a.removed, []);
  assert.equal(a.title, null);
  assert.equal(a.outlet, null);
});

test('cleaning is deterministic and idempotent on its own output', () => {
  const once = cleanArticle(raw(ARTICLE));
  assert.deepEqual(cleanArticle(raw(ARTICLE)), once);
  const twice = cleanArticle(raw(once.text, { title: once.title, published: once.published, publishedFrom: once.publishedFrom }));
  assert.equal(twice.text, once.text);
});
