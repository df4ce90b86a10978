import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateArticles } from './generate.ts';

test('the generated corpus is the same for the same seed', () => {
  assert.deepEqual(generateArticles(5, 3), generateArticles(5, 3));
});

test('the generated corpus differs for another seed and has article-sized texts', () => {
  const a = generateArticles(20, 3);
  assert.notDeepEqual(a, generateArticles(20, 4));
  const words = a.map((x) => (x.text ?? '').split(/\s+/).length);
  assert.ok(Math.min(...words) > 80, `shortest article has ${Math.min(...words)} words`);
});
