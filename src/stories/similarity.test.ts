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

test('two reports of one flood score above two reports of different floods, which score above unrelated reports', () => {
  const floodA1 = 'The river Tarrow burst its banks at Elmsworth on Tuesday, and mayor Grete Ashdown ordered 400 homes emptied.';
  const floodA2 = 'Mayor Grete Ashdown had 400 Elmsworth homes cleared on Tuesday after the Tarrow overflowed, officials said.';
  const floodB = 'Flood water from the river Quillon swamped the town of Marsby, and rescuers in boats reached 60 stranded farms.';
  const df = new DocumentFrequencies();
  for (const t of [floodA1, floodA2, floodB, other, same1]) df.add(t);
  const sameStory = storySimilarity(floodA1, floodA2, df);
  const sameTopic = storySimilarity(floodA1, floodB, df);
  const unrelated = storySimilarity(floodA1, other, df);
  assert.ok(sameStory > sameTopic + 0.2, `same story ${sameStory}, same topic ${sameTopic}`);
  assert.ok(sameTopic > unrelated, `same topic ${sameTopic}, unrelated ${unrelated}`);
});

test('the score is the square root of the cosine, so it stays within 0 … 1', () => {
  const df = new DocumentFrequencies();
  for (const t of [same1, same2]) df.add(t);
  assert.ok(Math.abs(storySimilarity(same1, same1, df) - 1) < 1e-9);
});
