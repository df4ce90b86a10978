import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeWeights, encodeWeights } from './codec.ts';

test('encoded weights decode to the same order of values, zeros staying zero', () => {
  const w = new Float32Array(1 << 4 * 1).fill(0);
  w[0] = 900; w[3] = -0.5; w[7] = 12.25; w[15] = -900;
  const m = encodeWeights(w, 4, 1, 1);
  assert.equal(m.count, 4);
  const d = decodeWeights(m);
  assert.equal(d.length, 16);
  assert.equal(d[0], 32767);
  assert.equal(d[15], -32767);
  assert.equal(d[1], 0);
  assert.ok(d[3]! < 0 && d[7]! > 0 && d[7]! < d[0]!);
  assert.ok(Math.abs(d[7]! / 32767 * 900 - 12.25) < 0.1);
});

test('large gaps between non-zero cells survive the variable-length encoding', () => {
  const w = new Float32Array(1 << 16);
  w[1] = 1; w[70000 % w.length] = 2; w[w.length - 1] = 3;
  const d = decodeWeights(encodeWeights(w, 16, 1, 1));
  assert.ok(d[1]! > 0 && d[70000 % w.length]! > d[1]! && d[w.length - 1]! > d[70000 % w.length]!);
});
