import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDoc } from './test-doc.ts';
import type { Doc } from '../../doc/types.ts';

const groupsOf = (doc: Doc) => (doc.mentions ?? []).filter((m) => m.via === 'group' || (m.type === 'other' && m.via === 'role-noun'));
const describedAs = (doc: Doc, chain: number | undefined) =>
  (doc.descriptors ?? []).filter((d) => doc.mentions![d.mention]!.chain === chain).map((d) => d.text);

test('a demonym and a group noun make an actor; its describing words are descriptors', () => {
  const doc = testDoc('a1', 'Oslo sent a junior delegation. Critics described the Danish delegation as “phoney” on Monday.', { Oslo: 'place' });
  const groups = groupsOf(doc);
  assert.deepEqual(groups.map((m) => [m.text, m.type]), [['delegation', 'other'], ['Danish delegation', 'other']]);
  assert.equal(groups[0]!.chain, groups[1]!.chain);
  assert.deepEqual(describedAs(doc, groups[1]!.chain), ['junior', 'phoney']);
});

test('a quoted word inside the phrase describes the group', () => {
  const doc = testDoc('a1', 'They mocked the “dummy” Polish delegation.');
  const g = groupsOf(doc)[0]!;
  assert.equal(g.text, 'Polish delegation');
  assert.deepEqual(describedAs(doc, g.chain), ['dummy']);
});

test('an unqualified group is left alone when two qualified ones could be meant, and plurals are not groups', () => {
  const doc = testDoc('a1', 'The Danish delegation met the Polish delegation. A reduced delegation left. The delegations spoke.');
  const groups = groupsOf(doc);
  assert.deepEqual(groups.map((m) => m.text), ['Danish delegation', 'Polish delegation']);
  assert.notEqual(groups[0]!.chain, groups[1]!.chain);
});

test('a country possessive qualifies a group and offsets slice back to the text', () => {
  const doc = testDoc('a1', "Norway's new government resigned.");
  const g = groupsOf(doc)[0]!;
  assert.equal(g.text, "Norway's new government");
  for (const d of doc.descriptors!) assert.equal(doc.text.slice(d.start, d.end), d.text);
  assert.deepEqual(describedAs(doc, g.chain), ['new']);
});

test('words that pick a group out are not descriptions, and a general head needs a country', () => {
  const doc = testDoc('a1', 'The Danish side spoke. The other side left. The Danish delegation met a second delegation.');
  const groups = groupsOf(doc);
  assert.deepEqual(groups.map((m) => m.text), ['Danish side', 'Danish delegation']);
  assert.deepEqual(doc.descriptors, []);
});
