import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

test('"To her, “…”" and "because to Jane Roe, “…”" give the quote to the person after "to"', () => {
  const [a] = quotesOf('Ines Varga spoke last. To her, “no job matters more than keeping the ferry running.”');
  assert.equal(a!.kind, 'speech');
  assert.equal(a!.speaker, 'her');
  const [b] = quotesOf('The crew kept sailing because to Tomas Brek, “a ferry that stops is a town that stops.”');
  assert.equal(b!.speaker, 'Tomas Brek');
});

test('"to" with a thing, a lone place word or in the middle of a clause is no such lead', () => {
  assert.equal(quotesOf('To the surprise of many, “calm” was the word of the day.')[0]!.speaker, null);
  assert.equal(quotesOf('To Eastport, “home” means the quay.')[0]!.speaker, null);
  assert.equal(quotesOf('The mayor gave the medal to her, “a true hero,” on Monday.')[0]!.speaker, null);
});
