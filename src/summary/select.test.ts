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

test('a sentence whose only shared word pairs hold a function word comes after every more telling one', () => {
  const weight = new Map([['crane fell', 3], ['north pier', 3], ['in velden', 4], ['the protest', 2], ['ferry service', 2]]);
  const lead = unit('A crane fell at the north pier.', ['crane fell', 'north pier']);
  const filler = unit('The protest in Velden was calm.', ['the protest', 'in velden', 'was calm'], 1);
  const ferry = unit('The ferry service to the islands from the north harbour was suspended until further notice.', ['ferry service'], 2);
  // The filler scores higher per word than the ferry sentence, but comes after it.
  assert.deepEqual(selectUnits([lead, filler, ferry], weight, { budget: 40 }).map((u) => u.text), [lead.text, ferry.text, filler.text]);
  // With no room left for it after the telling ones, it is left out.
  assert.deepEqual(selectUnits([lead, filler, ferry], weight, { budget: 25 }).map((u) => u.text), [lead.text, ferry.text]);
  // A corroborated fact it states makes it telling.
  const withFact = selectUnits([lead, filler, ferry], weight, { budget: 25, bonus: new Map([[filler, 2]]) });
  assert.deepEqual(withFact.map((u) => u.text).sort(), [lead.text, filler.text].sort());
});

test('a corroborated fact counts once: a second sentence stating it gains nothing from it', () => {
  const weight = new Map([['crane fell', 3], ['north pier', 3], ['ferry service', 1]]);
  const lead = unit('A crane fell at the north pier.', ['crane fell', 'north pier']);
  const again = unit('Nine workers saw it happen.', ['nine workers'], 1);
  const ferry = unit('The ferry service to the islands was suspended.', ['ferry service'], 2);
  // "again" states the same fact as the lead and nothing else anyone repeats; "ferry" adds a little.
  const facts = new Map([[lead, new Map([[0, 4]])], [again, new Map([[0, 4]])]]);
  assert.deepEqual(selectUnits([lead, again, ferry], weight, { budget: 17, facts }).map((u) => u.text), [lead.text, ferry.text]);
});
