import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BriefFact } from '../brief/types.ts';
import type { Unit } from './units.ts';
import { corroboration, withCorroboration } from './corroboration.ts';

// An invented sentence of article a1 at offsets 100–180, kept whole.
const unit = { article: 'a1', parts: [{ start: 100, end: 180 }] } as unknown as Unit;

const fact = (outlets: string[], evidence: BriefFact['evidence']): BriefFact => ({
  id: 'f', text: 'the ferry service resumed', articles: [...new Set(evidence.map((e) => e.article))], outlets,
  support: outlets.length > 1 ? 'corroborated' : 'single', evidence,
});

test('a corroborated fact stated inside the sentence brings the other outlets’ evidence', () => {
  const f = fact(['Harbour Wire', 'River Times'], [{ article: 'a1', start: 120, end: 150 }, { article: 'a3', start: 40, end: 70 }]);
  assert.deepEqual(corroboration([f], unit), [{ article: 'a3', start: 40, end: 70 }]);
});

test('a fact whose evidence in this article lies mostly outside the kept words brings nothing', () => {
  const f = fact(['Harbour Wire', 'River Times'], [{ article: 'a1', start: 170, end: 200 }, { article: 'a3', start: 40, end: 70 }]);
  assert.deepEqual(corroboration([f], unit), []);
});

test('a fact the kept words cover for the most part (a weekday cut from it) still counts as stated', () => {
  const f = fact(['Harbour Wire', 'River Times'], [{ article: 'a1', start: 150, end: 190 }, { article: 'a3', start: 40, end: 70 }]);
  assert.deepEqual(corroboration([f], unit), [{ article: 'a3', start: 40, end: 70 }]);
});

test('a fact only one outlet reports brings nothing, and no facts at all is no corroboration', () => {
  const f = fact(['Harbour Wire'], [{ article: 'a1', start: 120, end: 150 }, { article: 'a2', start: 120, end: 150 }]);
  assert.deepEqual(corroboration([f], unit), []);
  assert.deepEqual(corroboration(undefined, unit), []);
});

test('corroborating spans are added once, and not for an article the sentence already cites', () => {
  const own = [{ article: 'a1', start: 100, end: 180 }, { article: 'a2', start: 100, end: 180 }];
  const extra = [{ article: 'a2', start: 110, end: 130 }, { article: 'a3', start: 40, end: 70 }, { article: 'a3', start: 40, end: 70 }];
  assert.deepEqual(withCorroboration(own, extra), [...own, { article: 'a3', start: 40, end: 70 }]);
});

test('a summary sentence whose fact another outlet reports in other words cites it and names no single outlet', async () => {
  const { makeDoc } = await import('../doc/tokenize.ts');
  const { summarize } = await import('./stage.ts');
  const make = (id: string, text: string, outlet: string) => makeDoc({ id, source: `${id}.txt`, title: null, outlet, byline: null,
    dateline: null, credits: [], published: '2031-06-02', publishedFrom: 'metadata', removed: [] }, text);
  const a = make('a1', 'The ferry service across the Varna estuary resumed at dawn after a six-day strike by the crews.', 'Harbour Wire');
  const b = make('a2', 'Crews ended their strike and boats crossed the estuary again early in the morning, the operator said.', 'River Times');
  const said = (d: typeof a, words: string) => ({ article: d.id, start: d.text.indexOf(words), end: d.text.indexOf(words) + words.length });
  const facts: BriefFact[] = [fact(['Harbour Wire', 'River Times'], [said(a, 'The ferry service across the Varna estuary resumed'), said(b, 'boats crossed the estuary again')])];
  const withFacts = summarize({ options: { summaryWords: 40 }, docs: [a, b], facts });
  assert.equal(withFacts.length, 1, JSON.stringify(withFacts));
  const [first] = withFacts;
  assert.equal(first!.attribution, undefined);
  assert.deepEqual(first!.articles.slice().sort(), ['a1', 'a2']);
  const cited = first!.evidence.map((e) => (e.article === 'a1' ? a : b).text.slice(e.start, e.end));
  assert.ok(cited.includes('The ferry service across the Varna estuary resumed') || cited.includes('boats crossed the estuary again'), JSON.stringify(cited));
  // Without the facts nothing ties the two wordings together: no sentence cites both outlets.
  const without = summarize({ options: { summaryWords: 40 }, docs: [a, b] });
  assert.ok(without.every((s) => s.articles.length === 1), JSON.stringify(without));
});
