import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agglomerate, pairCosines } from './agglomerate.ts';
import type { TermVector } from './terms.ts';

const vec = (pairs: [number, number][]): TermVector =>
  ({ terms: Uint32Array.from(pairs.map((p) => p[0])), weights: Float32Array.from(pairs.map((p) => p[1])) });

test('cosines are found for every pair sharing a term and only for those', () => {
  const sims = pairCosines([vec([[1, 1], [2, 1]]), vec([[2, 1], [3, 1]]), vec([[9, 1]])]);
  assert.ok(Math.abs(sims[0]!.get(1)! - 0.5) < 1e-6);
  assert.equal(sims[0]!.has(2), false);
  assert.equal(sims[2]!.size, 0);
});

test('items kept together stay together even with nothing in common', () => {
  const g = agglomerate([{ vector: vec([[1, 1]]), day: null }, { vector: vec([[2, 1]]), day: null }], { together: new Map([[1, 0]]) });
  assert.equal(g[0], g[1]);
});

test('a dense group of near-identical items is one group, an unrelated item another, groups numbered by first item', () => {
  const items = [
    { vector: vec([[1, 3], [2, 2], [3, 1]]), day: null },
    { vector: vec([[7, 1], [8, 1]]), day: null },
    { vector: vec([[1, 3], [2, 2], [4, 1]]), day: null },
    { vector: vec([[1, 3], [2, 2], [5, 1]]), day: null },
  ];
  assert.deepEqual(agglomerate(items), [0, 1, 0, 0]);
});
