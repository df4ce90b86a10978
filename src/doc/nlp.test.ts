import { test } from 'node:test';
import assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { nlp, its } from './nlp.ts';

test('the lean wink-nlp pipe gives the same tokens and tags as the default pipe', () => {
  const full = winkNLP(model);
  const text = 'Talks resume at 10 a.m. Friday, the ministry said. “We are not there yet,” its spokeswoman added.\n\n' +
    'More than 3,000 workers — about a fifth of the port staff — walked out on Monday; the U.S. embassy urged calm.';
  const a = full.readDoc(text);
  const b = nlp.readDoc(text);
  assert.deepEqual(b.tokens().out(its.value), a.tokens().out(full.its.value));
  assert.deepEqual(b.tokens().out(its.pos), a.tokens().out(full.its.pos));
});
