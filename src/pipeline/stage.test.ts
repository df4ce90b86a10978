import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, type Stage } from './stage.ts';

type Box = { n: number; trail: string[] };
const calls: string[] = [];
const step = (name: string, f: (n: number) => number): Stage<Box> => ({
  name, requires: [], assigns: [],
  run: (b) => { calls.push(`${name}:${b.n}`); return { n: f(b.n), trail: [...b.trail, name] }; },
});
const stages = [step('double', (n) => n * 2), step('inc', (n) => n + 1)];

test('runAll gives the same outputs as run on each input', () => {
  const p = buildPipeline(stages, []);
  const inputs: Box[] = [{ n: 1, trail: [] }, { n: 5, trail: [] }, { n: -3, trail: [] }];
  assert.deepEqual(p.runAll(inputs), inputs.map((b) => p.run(b)));
});

test('runAll runs the first stage over every input before the next stage, and leaves the input list alone', () => {
  calls.length = 0;
  const p = buildPipeline(stages, []);
  const inputs: Box[] = [{ n: 1, trail: [] }, { n: 2, trail: [] }];
  const out = p.runAll(inputs);
  assert.deepEqual(calls, ['double:1', 'double:2', 'inc:2', 'inc:4']);
  assert.deepEqual(out.map((b) => b.n), [3, 5]);
  assert.deepEqual(inputs.map((b) => b.n), [1, 2]);
});

test('building a pipeline names the stage whose requirement no earlier stage assigns', () => {
  const needy: Stage<Box> = { name: 'needy', requires: ['x'], assigns: [], run: (b) => b };
  assert.throws(() => buildPipeline([needy], []), /needy/);
});
