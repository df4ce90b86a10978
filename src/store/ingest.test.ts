import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from './sqlite.ts';
import { ingest } from './ingest.ts';
import { generateArticles } from '../../bench/generate.ts';

test('ingesting the same articles twice changes nothing the second time', () => {
  const store = openSqliteStore(':memory:');
  const articles = generateArticles(30, 11, 4);
  const first = ingest(store, articles);
  assert.equal(first.added, 30);
  const stories = store.stories();
  const second = ingest(store, articles);
  assert.equal(second.added, 0);
  assert.equal(second.skipped, 30);
  assert.deepEqual(store.stories(), stories);
  store.close();
});

test('every stored article is placed in a story, and copies join their original story', () => {
  const store = openSqliteStore(':memory:');
  const [a, b] = generateArticles(2, 5, 2);
  const copy = { ...a!, source: 'copy.txt', title: `${a!.title} (updated)`, text: `${a!.text}\n\nThis story has been updated.` };
  ingest(store, [a!, b!, copy]);
  const all = store.allArticles();
  assert.ok(all.every((x) => x.story !== null && x.index !== null));
  const stored = all.find((x) => x.source === 'copy.txt')!;
  assert.equal(stored.duplicateOf, all[0]!.id);
  assert.equal(stored.story, all[0]!.story);
  store.close();
});

test('a run split in two gives the same stories as one run', () => {
  const articles = generateArticles(40, 3, 5);
  const one = openSqliteStore(':memory:');
  ingest(one, articles);
  const two = openSqliteStore(':memory:');
  ingest(two, articles.slice(0, 17));
  ingest(two, articles.slice(17));
  const members = (s: typeof one) => s.allArticles().map((x) => x.story);
  assert.deepEqual(members(two), members(one));
  one.close();
  two.close();
});

test('articles stored by an interrupted run are placed by the next run', () => {
  const store = openSqliteStore(':memory:');
  const articles = generateArticles(6, 9, 2);
  // an interrupted run: the articles' transaction committed, the links' transaction never ran
  store.addArticles(articles.slice(0, 3).map((a, i) => ({
    source: a.source!, url: null, title: a.title!, outlet: a.outlet!, byline: null, published: a.published!, text: a.text!, hash: `h${i}`,
  })));
  assert.ok(store.allArticles().every((x) => x.story === null));
  const report = ingest(store, articles.slice(3));
  assert.equal(report.added, 3);
  assert.equal(store.count(), 6);
  assert.ok(store.allArticles().every((x) => x.story !== null));
  store.close();
});
