import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../doc/tokenize.ts';
import type { ArticleMeta, EntityMention } from '../../doc/types.ts';
import { mentionsStage } from './stage.ts';

const meta: ArticleMeta = {
  id: 'a1', source: 'test', title: null, outlet: null, byline: null, dateline: null, credits: [], published: null,
  publishedFrom: null, removed: [],
};

function mentions(text: string): EntityMention[] {
  return mentionsStage.run(makeDoc(meta, text)).mentions ?? [];
}
const find = (ms: EntityMention[], text: string) => ms.find((m) => m.text === text);

test('a person after a title is a person, without the title', () => {
  const ms = mentions('Finance Minister Teodora Vasquez told reporters the budget would pass.');
  assert.equal(find(ms, 'Teodora Vasquez')?.type, 'person');
});

test('a "Ministry of ..." name is one organisation', () => {
  const ms = mentions('A statement from the Ministry of Agriculture said the harvest was late.');
  assert.equal(find(ms, 'Ministry of Agriculture')?.type, 'organization');
});

test('a name after "in" is a place', () => {
  const ms = mentions('Heavy rain caused floods in Bratislava and nearby villages on Monday.');
  assert.equal(find(ms, 'Bratislava')?.type, 'place');
});

test('a possessive stays outside the mention, and offsets slice back to its text', () => {
  const text = 'President Volodymyr Zelenskyy arrived on Monday. Protesters gathered outside Zelenskyy’s office, ' +
    "and Chancellor Olaf Brandt's aides watched.";
  const ms = mentions(text);
  const z = ms.filter((m) => m.text === 'Zelenskyy');
  assert.equal(z.length, 1, JSON.stringify(ms));
  assert.equal(z[0]!.type, 'person');
  assert.equal(find(ms, 'Olaf Brandt')?.type, 'person');
  for (const m of ms) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(m.via, 'ner');
    assert.ok(!/['’]s$/.test(m.text));
  }
});

test('capitalised common words at the start of a sentence are not names', () => {
  const ms = mentions('Officials said the bridge would reopen. Yesterday traffic was light. Police closed the road.');
  assert.deepEqual(ms.map((m) => m.text), []);
});

test('an all-capitals headline word can still be a place', () => {
  const ms = mentions('PORTUGAL COUNTS COST OF FLOODS\nThe storm moved north overnight.');
  assert.equal(find(ms, 'PORTUGAL')?.type, 'place');
});

test('token offsets of a mention cover exactly its characters', () => {
  const text = 'The charity Northlight Aid, which is based in Oslo, said on Friday it had sent doctors.';
  const doc = mentionsStage.run(makeDoc(meta, text));
  for (const m of doc.mentions ?? []) {
    assert.equal(doc.tokens[m.tokenStart]!.start, m.start);
    assert.equal(doc.tokens[m.tokenEnd - 1]!.end, m.end);
  }
  assert.equal(find(doc.mentions ?? [], 'Oslo')?.type, 'place');
});

test('the same text gives the same mentions twice', () => {
  const text = 'Mayor Ilse Marten of Corvina met union leaders from the Coastal Freight Council on Friday.';
  assert.deepEqual(mentions(text), mentions(text));
});

test('people, organisations and places are told apart in one sentence', () => {
  const ms = mentions('Senator Dario Castellano flew to Madrid on Monday to meet officials of the European Commission.');
  assert.equal(find(ms, 'Dario Castellano')?.type, 'person');
  assert.equal(find(ms, 'Madrid')?.type, 'place');
  assert.equal(find(ms, 'European Commission')?.type, 'organization');
});

test('an empty article has no mentions, and a long all-capitals line is read without trouble', () => {
  assert.deepEqual(mentions(''), []);
  const shout = Array.from({ length: 120 }, (_, i) => (i % 7 === 0 ? 'PORTUGAL' : 'STORM')).join(' ');
  const ms = mentions(shout);
  for (const m of ms) assert.ok(m.tokenEnd > m.tokenStart && m.end > m.start);
});

test('an abbreviated honorific stays outside the name, and the name is a person', () => {
  const ms = mentions('Gov. Tomas Reyes and Mr. Halvorsen inspected the flooded district on Sunday.');
  assert.equal(find(ms, 'Tomas Reyes')?.type, 'person');
  assert.equal(find(ms, 'Halvorsen')?.type, 'person');
  assert.ok(!ms.some((m) => /^(Gov|Mr)\b/.test(m.text)));
});
