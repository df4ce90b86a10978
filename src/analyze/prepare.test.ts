import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareArticles } from './prepare.ts';

const BODY = 'The council closed the old pier on Friday.\n\nRepairs will take a year, officials said.';

test('a given date is read whether ISO or written out; one without a full date counts as absent', () => {
  const { articles } = prepareArticles([
    { source: 'a', text: BODY, published: '2024-03-02T10:00:00Z' },
    { source: 'b', text: BODY, published: 'March 2, 2024' },
    { source: 'c', text: BODY, published: 'last week' },
  ]);
  assert.deepEqual(articles.map((a) => [a.published, a.publishedFrom]), [['2024-03-02', 'metadata'], ['2024-03-02', 'metadata'], [null, null]]);
});

test('a text made only of metadata lines is rejected as INPUT_NO_TEXT, the others go on', () => {
  const { articles, rejections } = prepareArticles([
    { source: 'meta.txt', text: 'By Maria Lindqvist\nUpdated March 2, 2024 at 6:10 PM CET' },
    { source: 'ok.txt', text: BODY },
  ]);
  assert.deepEqual(articles.map((a) => a.source), ['ok.txt']);
  assert.deepEqual(rejections.map((r) => [r.input, r.code]), [['meta.txt', 'INPUT_NO_TEXT']]);
});

test('an input without text or html is INPUT_BAD_ARTICLE', () => {
  const { rejections } = prepareArticles([{ source: 'x', title: 'Only a title' }]);
  assert.equal(rejections[0]!.code, 'INPUT_BAD_ARTICLE');
});

test('HTML is extracted, then cleaned like text', () => {
  const html = `<!doctype html><html><head><title>Pier shuts</title></head><body><article><p>LISBON (Reuters) — ${'The council closed the old pier on Friday after engineers found cracks in two supports. '.repeat(3)}</p><p>${'Repairs will take a year, officials said, and ferries will use the north quay meanwhile. '.repeat(3)}</p></article></body></html>`;
  const { articles, rejections } = prepareArticles([{ source: 'p.html', html }]);
  assert.deepEqual(rejections, []);
  assert.equal(articles[0]!.dateline, 'LISBON');
  assert.ok(articles[0]!.text.startsWith('The council closed'));
});
