import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from './clusterer.ts';
import { TermCounter } from './term-counter.ts';

const quakeA = (n: number) =>
  `A magnitude 6.${n} earthquake struck near Palmera on Tuesday, toppling houses in the hill town of Santa Ilda. ` +
  `Rescue crews in Palmera pulled survivors from the rubble, and Governor Rosalind Achterberg declared an emergency for Santa Ilda.`;
const quakeB = (n: number) =>
  `An earthquake of magnitude 5.${n} shook the coastal city of Kestrel Point on Sunday, cracking the harbour wall. ` +
  `Mayor Ingvar Solheim said Kestrel Point schools would stay closed while engineers inspect the harbour.`;
const trial = (n: number) =>
  `The fraud trial of banker Oswin Tregarthen opened in the capital, with prosecutors saying ${n} investors lost savings. ` +
  `Tregarthen denies the charges; his lawyers told the court the Tregarthen fund was audited every year.`;

test('two earthquakes in different places are two stories, and each keeps its own reports', () => {
  const c = new StoryClusterer();
  const ids = [
    c.add({ id: 'a1', text: quakeA(1) }), c.add({ id: 'b1', text: quakeB(1) }), c.add({ id: 'a2', text: quakeA(2) }),
    c.add({ id: 't1', text: trial(40) }), c.add({ id: 'b2', text: quakeB(3) }), c.add({ id: 't2', text: trial(41) }),
  ];
  const [a1, b1, a2, t1, b2, t2] = ids;
  assert.equal(a1, a2);
  assert.equal(b1, b2);
  assert.equal(t1, t2);
  assert.equal(new Set([a1, b1, t1]).size, 3);
});

test('articles far apart in time do not join the same story', () => {
  const c = new StoryClusterer();
  const first = c.add({ id: 'x', text: trial(40), published: '2025-01-10' });
  const later = c.add({ id: 'y', text: trial(40), published: '2025-06-10' });
  assert.notEqual(first, later);
});

test('the same stream gives the same stories', () => {
  const run = () => {
    const c = new StoryClusterer();
    for (let i = 0; i < 6; i++) c.add({ id: `d${i}`, text: i % 2 ? quakeA(i) : trial(i) });
    return c.storyMembers;
  };
  assert.deepEqual(run(), run());
});

test('an article keeps its strongest terms, strongest first and ties by term, as a full sort would rank them', () => {
  const c = new StoryClusterer();
  const counter = new TermCounter();
  for (let t = 1; t <= 300; t++) counter.add((t * 2654435761) >>> 0, 1 + ((t * 37) % 7));
  const counts = counter.toMap();
  const v = c.vectorFromCounts(counter);
  const idf = Math.log((1 + 50 + 1) / 1.5);
  const expected = [...counts].map(([t, n]) => [t, (1 + Math.log(n)) * idf] as const)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 48);
  assert.deepEqual([...v.terms], expected.map((x) => x[0]));
  assert.deepEqual([...v.weights], expected.map((x) => Math.fround(x[1])));
});
