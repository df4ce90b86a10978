import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeText } from '../../doc/tokenize.ts';
import { prepareDoc, wordAttrs } from './features.ts';

function candidates(text: string): string[] {
  const { tokens, sentences } = tokenizeText(text);
  const ctx = prepareDoc(tokens, sentences);
  return tokens.filter((_, i) => ctx.cand[i]).map((t) => t.text);
}

test('only capitalised words and the connectors inside a capitalised run are candidates', () => {
  const c = candidates('Talks at the Bank of England ended late, and officials left for Leeds.');
  assert.deepEqual(c, ['Talks', 'Bank', 'of', 'England', 'Leeds']);
});

test('a capitalised function word opening a sentence is not a candidate', () => {
  assert.deepEqual(candidates('But the ferry left early. He said nothing.'), []);
});

test('curly quotes and apostrophes read like straight ones', () => {
  assert.deepEqual(wordAttrs('’s'), wordAttrs("'s"));
  assert.deepEqual(wordAttrs('“'), wordAttrs('"'));
});

test('word attributes do not depend on what was read before', () => {
  const a = Array.from(wordAttrs('Harbourside'));
  wordAttrs('harbourside');
  wordAttrs('HARBOURSIDE');
  assert.deepEqual(Array.from(wordAttrs('Harbourside')), a);
  assert.notDeepEqual(Array.from(wordAttrs('HARBOURSIDE')), a);
});
