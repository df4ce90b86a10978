import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDoc } from '../entities/chains/test-doc.ts';
import { mergeCorpus } from '../entities/merge/merge-corpus.ts';
import { buildFraming } from './framing.ts';
import { findQuotes } from '../quotes/find-quotes.ts';

test('each article gives its own descriptors of an entity, deduplicated and in text order', () => {
  const docs = [
    testDoc('a1', 'The talks were led by the hawkish advisor Arvid Lund. Lund, a former judge, spoke. Later Lund, a former judge, left.'),
    testDoc('a2', 'Presidential Aide Arvid Lund said little.'),
    testDoc('a3', 'Arvid Lund was not there.'),
  ];
  const { entities, mentionEntity } = mergeCorpus(docs);
  const rows = buildFraming(docs, mentionEntity, entities.map((e) => e.id));
  assert.deepEqual(rows, [
    { entity: 'e1', article: 'a1', descriptors: ['hawkish advisor', 'former judge'] },
    { entity: 'e1', article: 'a2', descriptors: ['Presidential Aide'] },
  ]);
});

test('an unnamed group gets a framing row with the words each article uses for it', () => {
  const docs = [
    testDoc('a1', 'Oslo sent a junior delegation. Critics described the Danish delegation as “phoney”.', { Oslo: 'place' }),
    testDoc('a2', 'They mocked the “dummy” Danish delegation.'),
  ];
  const { entities, mentionEntity } = mergeCorpus(docs);
  const group = entities.find((e) => e.name === 'Danish delegation')!;
  assert.equal(group.type, 'other');
  const rows = buildFraming(docs, mentionEntity, entities.map((e) => e.id)).filter((r) => r.entity === group.id);
  assert.deepEqual(rows.map((r) => [r.article, r.descriptors]), [['a1', ['junior', 'phoney']], ['a2', ['dummy']]]);
});

test('a descriptor inside a quote keeps its marks and gives the entity no role', () => {
  const quoted = (id: string, text: string) => { const d = testDoc(id, text, { Oslo: 'place' }); return { ...d, quotes: findQuotes(d) }; };
  const docs = [
    quoted('a1', 'Oslo sent a junior delegation. Critics described the Danish delegation as “phoney”.'),
    quoted('a2', 'They mocked the “dummy” Danish delegation.'),
  ];
  const { entities, mentionEntity } = mergeCorpus(docs);
  const group = entities.find((e) => e.name === 'Danish delegation')!;
  const rows = buildFraming(docs, mentionEntity, entities.map((e) => e.id)).filter((r) => r.entity === group.id);
  assert.deepEqual(rows.map((r) => [r.article, r.descriptors]), [['a1', ['junior', '“phoney”']], ['a2', ['“dummy”']]]);
  assert.deepEqual(group.roles.map((r) => r.role), ['junior']);
});
