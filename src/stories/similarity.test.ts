import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentFrequencies, storySimilarity } from './similarity.ts';

const same1 = 'Flooding closed the Verrin bridge on Monday after the river rose four metres, the Verrin council said.';
const same2 = 'The Verrin council shut the bridge as the river climbed four metres on Monday, officials said.';
const other = 'A chess prodigy from Lantern Bay won the national junior title after a marathon final game.';

test('two reports of one event score higher than two unrelated reports', () => {
  const df = new DocumentFrequencies();
  for (const t of [same1, same2, other]) df.add(t);
  const s = storySimilarity(same1, same2, df);
  const d = storySimilarity(same1, other, df);
  assert.ok(s > 0.3, `same-story similarity ${s}`);
  assert.ok(d < 0.05, `different-story similarity ${d}`);
});
