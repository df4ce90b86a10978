import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

test('a quote paragraph signed "-Name, …" in the next paragraph is that name’s', () => {
  const qs = quotesOf('Quotable.\n"Great speech. She never quits."\n-President Ines Varga, tweeting after the speech.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'President Ines Varga']]);
});

test('a signature with an em dash and a place after the name', () => {
  const qs = quotesOf('"It needs to stop, and it needs to stop now."\n— Michelle Marks, Eastport.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Michelle Marks']]);
});

test('a dash paragraph that is a sentence, not a signature, names no one', () => {
  const qs = quotesOf('"We will go on as long as the boats run."\n- The end of the season came fast.');
  assert.equal(qs[0]!.speaker, null);
});
