import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Unit } from './units.ts';
import { selectUnits } from './select.ts';

function unit(text: string, concepts: string[], index = 0): Unit {
  const words = text.split(/\s+/).length;
  return { doc: 0, article: 'a1', source: 'a1', index, start: 0, end: text.length, text, key: text.toLowerCase(), words, concepts,
    stems: [...new Set(concepts.flatMap((c) => c.split(' ')))], readable: true, quotes: false, bareNames: [], echoes: 0,
    parts: [{ start: 0, end: text.length }] };
}

test('a sentence whose only shared word pairs hold a function word is no candidate', () => {
  const weight = new Map([['crane fell', 3], ['north pier', 3], ['in velden', 4], ['the protest', 2]]);
  const lead = unit('A crane fell at the north pier.', ['crane fell', 'north pier']);
  const filler = unit('The protest in Velden was calm.', ['the protest', 'in velden', 'was calm'], 1);
  const chosen = selectUnits([lead, filler], weight, { budget: 40 });
  assert.deepEqual(chosen.map((u) => u.text), ['A crane fell at the north pier.']);
  // A corroborated fact still admits it.
  const withFact = selectUnits([lead, filler], weight, { budget: 40, bonus: new Map([[filler, 2]]) });
  assert.equal(withFact.length, 2);
});
