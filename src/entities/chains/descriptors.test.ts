import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDoc } from './test-doc.ts';
import type { Doc } from '../../doc/types.ts';

const PLACES = { Ruritania: 'place', Kyiv: 'place', Kremlin: 'organization' } as const;

function described(doc: Doc, name: string): { kind: string; text: string }[] {
  const ms = doc.mentions ?? [];
  const chain = ms.find((m) => m.text === name)?.chain;
  return (doc.descriptors ?? []).filter((d) => ms[d.mention]!.chain === chain).map((d) => ({ kind: d.kind, text: d.text }));
}

test('a surname and a possessive join the full name in one chain', () => {
  const doc = testDoc('a1', "Ukrainian President Oleksandr Hrytsenko spoke first. Hrytsenko's aides nodded, and Hrytsenko left.");
  const chains = new Set(doc.mentions!.filter((m) => /Hrytsenko/.test(m.text)).map((m) => m.chain));
  assert.equal(chains.size, 1);
});

test('a bare first name joins only when one person in the article has it', () => {
  const one = testDoc('a1', 'Marta Kowalczyk arrived late. Piotr Nowak was waiting. Marta apologised.');
  const marta = one.mentions!.filter((m) => m.text.startsWith('Marta'));
  assert.equal(marta[0]!.chain, marta[1]!.chain);
  const two = testDoc('a2', 'Marta Kowalczyk arrived late. Marta Zielinska was waiting. Marta apologised.');
  const bare = two.mentions!.find((m) => m.text === 'Marta')!;
  const full = two.mentions!.filter((m) => m.text.startsWith('Marta ')).map((m) => m.chain);
  assert.ok(!full.includes(bare.chain));
  assert.notEqual(full[0], full[1]);
});

test('an initial joins the full name; a title before a name is not part of the name', () => {
  const doc = testDoc('a1', 'Dr. Helena Brandt opened the session. Later H. Brandt closed it.');
  const [a, b] = doc.mentions!.filter((m) => /Brandt/.test(m.text));
  assert.equal(a!.chain, b!.chain);
  assert.deepEqual(described(doc, 'Helena Brandt'), [{ kind: 'title', text: 'Dr.' }]);
});

test('a title before a name is a title descriptor', () => {
  const doc = testDoc('a1', 'Defence Minister Arvid Lund flew to Kyiv.', PLACES);
  assert.deepEqual(described(doc, 'Arvid Lund'), [{ kind: 'title', text: 'Defence Minister' }]);
});

test('a lower-case description before a name is a pre-modifier', () => {
  const doc = testDoc('a1', 'The talks were led by the hawkish advisor Arvid Lund on Monday.');
  assert.deepEqual(described(doc, 'Arvid Lund'), [{ kind: 'premodifier', text: 'hawkish advisor' }]);
});

test('an apposition ends at the relative clause', () => {
  const doc = testDoc('a1', 'The delegation is headed by Arvid Lund, a hardline aide to the mayor and former culture minister who once ran a theatre.');
  assert.deepEqual(described(doc, 'Arvid Lund'), [{ kind: 'apposition', text: 'a hardline aide to the mayor and former culture minister' }]);
});

test('a possessive role before a comma describes the name after it', () => {
  const doc = testDoc('a1', "Ruritania's top negotiator, Arvid Lund, said little.", PLACES);
  assert.deepEqual(described(doc, 'Arvid Lund'), [{ kind: 'apposition', text: "Ruritania's top negotiator" }]);
});

test('"who is" gives a predicate role', () => {
  const doc = testDoc('a1', 'They met Arvid Lund, who is the head of the trade mission, on Friday.');
  assert.deepEqual(described(doc, 'Arvid Lund'), [{ kind: 'apposition', text: 'the head of the trade mission' }]);
});

test('a clause after a comma is not an apposition', () => {
  const doc = testDoc('a1', 'In Kyiv, officials said the talks would go on.', PLACES);
  assert.deepEqual(doc.descriptors, []);
});

test('a role noun phrase joins the one chain whose title it repeats', () => {
  const doc = testDoc('a1', 'Ukrainian President Oleksandr Hrytsenko met Arvid Lund. Later the Ukrainian president left.');
  const role = doc.mentions!.find((m) => m.via === 'role-noun')!;
  assert.equal(role.text, 'Ukrainian president');
  assert.equal(role.chain, doc.mentions!.find((m) => m.text === 'Oleksandr Hrytsenko')!.chain);
  assert.ok(doc.descriptors!.some((d) => d.kind === 'role-noun' && d.text === 'Ukrainian president'));
});

test('a role noun phrase that fits two people is left alone', () => {
  const doc = testDoc('a1', 'Ukrainian President Oleksandr Hrytsenko met Ukrainian President Ivan Melnyk. Later the Ukrainian president left.');
  assert.equal(doc.mentions!.filter((m) => m.via === 'role-noun').length, 0);
});

test('descriptor offsets slice back to their text and point at mentions', () => {
  const doc = testDoc('a1', "Ruritania's top negotiator, Arvid Lund, a former judge, met Defence Minister Ola Berg.", PLACES);
  assert.ok(doc.descriptors!.length >= 3);
  for (const d of doc.descriptors!) {
    assert.equal(doc.text.slice(d.start, d.end), d.text);
    assert.ok(doc.mentions![d.mention]);
  }
});

test('a title whose head stands before "of" is one title up to the name', () => {
  const doc = testDoc('a1', 'Ruritania sent Secretary of State Arvid Lund to Kyiv.', PLACES);
  assert.deepEqual(described(doc, 'Arvid Lund'), [{ kind: 'title', text: 'Secretary of State' }]);
});
