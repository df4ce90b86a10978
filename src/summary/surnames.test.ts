import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../doc/tokenize.ts';
import type { Doc, EntityMention } from '../doc/types.ts';
import { corpusSurnames, namesSurname, surnameKey } from './surnames.ts';

function doc(id: string, text: string, persons: [number, number][]): Doc {
  const d = makeDoc({ id, source: id, title: null, outlet: null, byline: null, dateline: null, credits: [], published: null,
    publishedFrom: null, removed: [] }, text);
  const mentions = persons.map(([a, b]) => ({ type: 'person', tokenStart: a, tokenEnd: b, start: d.tokens[a]!.start, end: d.tokens[b - 1]!.end,
    text: text.slice(d.tokens[a]!.start, d.tokens[b - 1]!.end) }) as unknown as EntityMention);
  return { ...d, mentions };
}

test('a surname is the last or the first word of a person named in full in any article; a one-word name alone is none', () => {
  // Tokens: Harbour(0) chief(1) Lena(2) Marsk(3) resigned(4) .(5)
  const one = doc('a1', 'Harbour chief Lena Marsk resigned.', [[2, 4]]);
  // Tokens: Marsk(0) and(1) Tovald(2) met(3) on(4) Friday(5) .(6)
  const two = doc('a2', 'Marsk and Tovald met on Friday.', [[0, 1], [2, 3]]);
  const names = corpusSurnames([two, one]);
  assert.ok(names.has(surnameKey('Marsk')));
  assert.ok(!names.has(surnameKey('Tovald')));
  // "Lena" alone names Lena Marsk as well as "Marsk" does ("Tang Wei": family name first).
  assert.ok(names.has(surnameKey('Lena')));
});

test('a surname written with a lower-case particle names the same person as its capitalised form', () => {
  // Tokens: Envoy(0) Rafiq(1) al(2) -(3) Dawar(4) arrived(5) .(6)
  const one = doc('a1', 'Envoy Rafiq al-Dawar arrived.', [[1, 5]]);
  const names = corpusSurnames([one]);
  assert.ok(names.has(surnameKey('Al-Dawar')));
  assert.ok(namesSurname('Envoy Rafiq al-Dawar arrived.', 'Al-Dawar'));
  assert.ok(!namesSurname('The envoy arrived.', 'Al-Dawar'));
});
