/** The cases every Store must pass, run against each implementation by its own test file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentHash } from './hash.ts';
import type { NewArticle, Store } from './types.ts';

export function article(n: number, text = `The lighthouse keeper on Gull Rock reported ${n} ships sheltering from the storm.`): NewArticle {
  const title = `Storm report ${n}`;
  return { source: `feed/${n}.txt`, url: null, title, outlet: `Outlet ${n % 3}`, byline: null, published: `2025-02-0${1 + (n % 9)}`, text, hash: contentHash(title, text) };
}

export function storeConformance(name: string, open: () => Store): void {
  test(`${name}: adding the same article twice stores it once`, () => {
    const s = open();
    assert.deepEqual(s.addArticles([article(1)]), [1]);
    assert.deepEqual(s.addArticles([article(1), article(2)]), [null, 2]);
    assert.equal(s.count(), 2);
    s.close();
  });

  test(`${name}: white space and case do not make a new article`, () => {
    const s = open();
    const a = article(3);
    const b = { ...a, text: `  ${a.text.toUpperCase()}  `, hash: contentHash(a.title, `  ${a.text.toUpperCase()}  `) };
    s.addArticles([a]);
    assert.deepEqual(s.addArticles([b]), [null]);
    s.close();
  });

  test(`${name}: links give stories with their outlets, dates and article counts`, () => {
    const s = open();
    const ids = s.addArticles([article(1), article(2), article(4)]) as number[];
    s.setLinks([
      { id: ids[0]!, story: 7, duplicateOf: null, index: new Uint8Array([1]) },
      { id: ids[1]!, story: 7, duplicateOf: ids[0]!, index: new Uint8Array([2]) },
      { id: ids[2]!, story: 9, duplicateOf: null, index: new Uint8Array([3]) },
    ]);
    const stories = s.stories();
    assert.equal(stories.length, 2);
    assert.equal(stories[0]!.id, 7);
    assert.equal(stories[0]!.articles, 2);
    assert.deepEqual(stories[0]!.outlets, ['Outlet 1', 'Outlet 2']);
    assert.equal(stories[0]!.first, '2025-02-02');
    assert.equal(s.articlesOfStory(7).length, 2);
    assert.equal(s.getArticle(ids[1]!)!.duplicateOf, ids[0]);
    assert.deepEqual([...s.getArticle(ids[2]!)!.index!], [3]);
    s.close();
  });

  test(`${name}: search finds articles by their words and ignores query punctuation`, () => {
    const s = open();
    s.addArticles([article(1), article(2, 'Ferry services to the islands resumed after the gale eased on Tuesday.')]);
    const hits = s.search('ferry "islands" (gale');
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.source, 'feed/2.txt');
    assert.deepEqual(s.search('   '), []);
    assert.deepEqual(s.search('NEAR( "unclosed * OR'), []);
    s.close();
  });

  test(`${name}: state is kept by key`, () => {
    const s = open();
    assert.equal(s.getState('k'), null);
    s.setState('k', 'one');
    s.setState('k', 'two');
    assert.equal(s.getState('k'), 'two');
    s.close();
  });
}
