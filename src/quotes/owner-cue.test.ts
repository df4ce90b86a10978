import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

test('a quote between a name’s possessive and "promise" is that name’s words', () => {
  const qs = quotesOf('Many still feel the pull of Ines Varga’s "every harbour stays open" promise in the port towns.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Ines Varga']]);
});

test('"his “…” pledge" goes to the named subject the pronoun stands for', () => {
  const qs = quotesOf('Tomas Hale asked the mayor whether she would sign his “no new tolls” pledge before the vote.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Tomas Hale']]);
});

test('a quote before a noun that names no statement gets no owner', () => {
  const qs = quotesOf('Ines Varga’s "Harbour Nights" column ran for a decade.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['scare', null]]);
});
