import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './clean.ts';
import { raw } from './for-tests.ts';

const BODY = 'The council closed the old pier on Friday.\n\nRepairs will take a year, officials said.';

test('a standalone headline on the first line becomes the title', () => {
  const a = cleanArticle(raw(`Harbour Council Shuts Old Ferry Pier\n\n${BODY}`));
  assert.equal(a.title, 'Harbour Council Shuts Old Ferry Pier');
  assert.equal(a.text, BODY);
});

test('a sentence-case headline with a single line break is a title too', () => {
  const a = cleanArticle(raw(`Old ferry pier shut after inspection\n${BODY}`));
  assert.equal(a.title, 'Old ferry pier shut after inspection');
  assert.equal(a.text, BODY);
});

test('a headline is found above a byline and a dated line', () => {
  const a = cleanArticle(raw(`Old ferry pier shut after inspection\nBy Maria Lindqvist\nPublished 4 March 2024\n\n${BODY}`));
  assert.equal(a.title, 'Old ferry pier shut after inspection');
  assert.equal(a.byline, 'Maria Lindqvist');
  assert.equal(a.published, '2024-03-04');
  assert.equal(a.text, BODY);
});

test('a first line that repeats the given title leaves the body', () => {
  const a = cleanArticle(raw(`Old ferry pier shut\n\n${BODY}`, { title: 'Old Ferry Pier Shut' }));
  assert.equal(a.title, 'Old Ferry Pier Shut');
  assert.equal(a.text, BODY);
});

test('first lines that are sentences stay in the body', () => {
  const firsts = [
    'The council closed the pier.',
    '“We had no choice,” the mayor said',
    'She said the pier was unsafe and would close at once',
    'The vote is expected to take place next week',
    'The council voted on the pier closure, the budget, and the new ferry route',
  ];
  for (const first of firsts) {
    const a = cleanArticle(raw(`${first}\n\n${BODY}`));
    assert.equal(a.title, null, first);
    assert.ok(a.text.startsWith(first), first);
  }
});

test('a given title is not replaced by a headline-like first line', () => {
  const a = cleanArticle(raw(`A Different Headline Here\n\n${BODY}`, { title: 'The Given Title' }));
  assert.equal(a.title, 'The Given Title');
  assert.ok(a.text.startsWith('A Different Headline Here'));
});

test('the first line of a short wrapped paragraph is not a headline', () => {
  const text = 'The harbour council on Friday ordered the ferry firm Coastal\nLines to stop using the old pier after engineers found cracks\nin two supports';
  const a = cleanArticle(raw(text));
  assert.equal(a.title, null);
  assert.equal(a.text, text);
});

test('a hard-wrapped paragraph does not lose its first line', () => {
  const text = 'The harbour council voted late on Friday to close the old\nferry pier after engineers found cracks in two of its\nsupports and warned that the structure was no longer safe\nfor the crowds who use it every summer weekend, and the\nmayor said repairs would take at least a year to finish\nbefore the pier could open to the public again this year.';
  const a = cleanArticle(raw(text));
  assert.equal(a.title, null);
  assert.equal(a.text, text);
});

test('the standfirst between the headline and the byline leaves the body as a subhead', () => {
  const a = cleanArticle(raw(`OPINION: The pier was never safe\n\nWhy the council waited two years to act on the warnings\n\nBy Maria Lindqvist\n\n${BODY}`));
  assert.equal(a.title, 'OPINION: The pier was never safe');
  assert.equal(a.byline, 'Maria Lindqvist');
  assert.deepEqual(a.removed.map((r) => [r.kind, r.text]), [
    ['headline', 'OPINION: The pier was never safe'],
    ['subhead', 'Why the council waited two years to act on the warnings'],
    ['byline', 'By Maria Lindqvist'],
  ]);
  assert.equal(a.text, BODY);
});

test('a headline-shaped standfirst right under the headline goes too, without a byline', () => {
  const a = cleanArticle(raw(`Old ferry pier shut after inspection\n\nEngineers found cracks in two supports\n\n${BODY}`));
  assert.equal(a.title, 'Old ferry pier shut after inspection');
  assert.deepEqual(a.removed.map((r) => r.kind), ['headline', 'subhead']);
  assert.equal(a.text, BODY);
});

test('a lead paragraph above a byline is no standfirst', () => {
  const text = `Old ferry pier shut after inspection\n\nThe council closed the old pier on Friday.\n\nBy Maria Lindqvist\n\nRepairs will take a year, officials said.`;
  const a = cleanArticle(raw(text));
  assert.equal(a.title, 'Old ferry pier shut after inspection');
  assert.equal(a.text, 'The council closed the old pier on Friday.\n\nRepairs will take a year, officials said.');
});

test('the first paragraph under a headline is no standfirst when it reads as a sentence', () => {
  const a = cleanArticle(raw(`Old ferry pier shut after inspection\n\nThe council said the pier would stay shut for a year\n\n${BODY}`));
  assert.ok(a.text.startsWith('The council said the pier would stay shut for a year'));
});
