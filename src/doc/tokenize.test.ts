import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeText } from './tokenize.ts';

test('token offsets slice back to the token text', () => {
  const text = 'The minister said: “We will go.”\n\nTalks start at 10 a.m. Friday, officials said.';
  const { tokens } = tokenizeText(text);
  assert.ok(tokens.length > 10);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('no sentence runs over a paragraph break', () => {
  const text = 'A headline without a stop\nThe first sentence of the body. The second one.';
  const { sentences, paragraphs } = tokenizeText(text);
  assert.equal(paragraphs.length, 2);
  assert.equal(sentences.length, 3);
  assert.equal(text.slice(sentences[0]!.start, sentences[0]!.end), 'A headline without a stop');
  for (const s of sentences) {
    const p = paragraphs[s.paragraph]!;
    assert.ok(s.start >= p.start && s.end <= p.end);
  }
});

test('an empty text gives no tokens and no sentences', () => {
  const { tokens, sentences } = tokenizeText('   \n\n ');
  assert.equal(tokens.length, 0);
  assert.equal(sentences.length, 0);
});
