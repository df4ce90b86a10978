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

test('a fact whose evidence in this article lies outside the kept words brings nothing', () => {
  const f = fact(['Harbour Wire', 'River Times'], [{ article: 'a1', start: 170, end: 200 }, { article: 'a3', start: 40, end: 70 }]);
  assert.deepEqual(corroboration([f], unit), []);
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
