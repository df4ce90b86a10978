import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCopies } from './near-duplicates.ts';
import { estimatedJaccard, minhash } from './minhash.ts';
import { shingles } from './shingles.ts';

const wire = [
  'Dock workers at the northern harbour walked off the job on Monday after talks over night-shift pay collapsed,',
  'leaving more than forty container ships anchored offshore. The union said the strike would continue until the',
  'port authority restored the overtime rate it cut in March. Freight companies warned that supermarket shelves',
  'could thin within a week, and the transport ministry called both sides to a meeting on Wednesday morning.',
].join(' ');
const rewrite = wire
  .replace('walked off the job', 'stopped work')
  .replace('The union said', 'Union leaders said')
  .concat(' The regional governor urged calm.');
const other = [
  'A separate dispute at the southern rail depot ended on Tuesday when drivers accepted a two-year contract that',
  'raises base pay and limits weekend rosters. Managers said services would return to the normal timetable by',
  'Thursday, although some rural lines will run a reduced service until the new drivers finish training.',
].join(' ');

test('a rewrite of a wire story is linked to the wire story as its copy', () => {
  const copies = findCopies([
    { id: 'a1', text: wire, published: '2025-03-03' },
    { id: 'a2', text: other, published: '2025-03-04' },
    { id: 'a3', text: rewrite, published: '2025-03-03' },
  ]);
  assert.deepEqual(copies, { a3: 'a1' });
});

test('the earliest published version is the original, whatever the input order', () => {
  const copies = findCopies([
    { id: 'late', text: rewrite, published: '2025-03-05' },
    { id: 'early', text: wire, published: '2025-03-03' },
  ]);
  assert.deepEqual(copies, { late: 'early' });
});

test('different stories of the same kind are not copies', () => {
  assert.deepEqual(findCopies([{ id: 'x', text: wire, published: null }, { id: 'y', text: other, published: null }]), {});
});

test('minhash signatures are the same on every run and estimate overlap', () => {
  const a = minhash(shingles(wire));
  assert.deepEqual(a, minhash(shingles(wire)));
  assert.ok(estimatedJaccard(a, minhash(shingles(rewrite))) > 0.3);
  assert.ok(estimatedJaccard(a, minhash(shingles(other))) < 0.1);
});

test('one-permutation signatures estimate Jaccard: a set against itself is 1, disjoint sets near 0', () => {
  const a = Uint32Array.from({ length: 300 }, (_, i) => i * 2654435761 >>> 0).sort();
  const b = Uint32Array.from({ length: 300 }, (_, i) => (i + 150) * 2654435761 >>> 0).sort(); // half shared: J = 1/3
  const c = Uint32Array.from({ length: 300 }, (_, i) => (i + 5000) * 2654435761 >>> 0).sort();
  assert.equal(estimatedJaccard(minhash(a), minhash(a)), 1);
  const j = estimatedJaccard(minhash(a), minhash(b));
  assert.ok(j > 0.15 && j < 0.55, `estimate ${j} for 1/3`);
  assert.ok(estimatedJaccard(minhash(a), minhash(c)) < 0.1);
});

test('a short text still fills every bin of its signature', () => {
  const sig = minhash(shingles('Port reopens after storm damage repaired'));
  assert.ok(sig.every((v) => v !== 0xffffffff));
});

test('word hashes are the hashes of the lower-cased words', async () => {
  const { wordHashes, words, fnv1a } = await import('./shingles.ts');
  const text = 'Élise met the Mayor of Øster-Vik, twice; 2025 ended.';
  assert.deepEqual([...wordHashes(text)], words(text).map(fnv1a));
});
