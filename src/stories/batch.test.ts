import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterBatch, groupArticles } from './batch.ts';

// Two wildfires (different valleys, names, counts), two ferry strikes, and one unrelated report.
const fireA = (n: number) => ({
  source: `fireA${n}`, title: null, published: null,
  text: `A wildfire in the Orrel Valley forced ${300 + n} families from their homes near the village of Brackenmoor. ` +
    `Fire chief Delphine Okafor said crews in the Orrel Valley were protecting the Brackenmoor school. ` +
    `Winds pushed the fire toward Brackenmoor overnight, and Okafor asked residents to leave by the north road.`,
});
const fireB = (n: number) => ({
  source: `fireB${n}`, title: null, published: null,
  text: `A wildfire near the Sennet Hills burned ${40 + n} square kilometres and closed the Tallow Creek highway. ` +
    `Ranger Matthias Veldkamp said the Sennet Hills fire began at a campsite by Tallow Creek. ` +
    `Veldkamp warned that dry grass around Tallow Creek would keep the fire alive for days.`,
});
const strike = (n: number) => ({
  source: `strike${n}`, title: null, published: null,
  text: `Ferry crews at Portwenna stopped work on the island routes in a dispute over rosters, stranding ${900 + n} travellers. ` +
    `The Portwenna crews' union leader, Hollis Barraclough, said talks with the ferry operator had failed twice. ` +
    `Barraclough said the Portwenna ferries would stay in harbour until the rosters were withdrawn.`,
});

const batch = [fireA(1), fireB(1), strike(1), fireA(2), fireB(2), strike(2), fireA(3), fireB(3), strike(3)];

test('two events of the same kind in one batch are two stories', () => {
  const g = groupArticles(batch);
  const story = (source: string) => g[batch.findIndex((a) => a.source === source)];
  assert.equal(story('fireA1'), story('fireA2'));
  assert.equal(story('fireA1'), story('fireA3'));
  assert.equal(story('fireB1'), story('fireB3'));
  assert.equal(story('strike1'), story('strike2'));
  assert.notEqual(story('fireA1'), story('fireB1'));
  assert.notEqual(story('fireA1'), story('strike1'));
});

test('a copy is placed in its original story and linked to it, whatever else is in the batch', () => {
  const copy = { ...fireB(1), source: 'copy', text: `${fireB(1).text} The highway may reopen on Friday.`, published: '2025-04-02' };
  const original = { ...fireB(1), published: '2025-04-01' };
  const r = clusterBatch([fireA(1), copy, original, strike(1)]);
  const withCopy = r.stories.find((s) => s.articles.some((a) => a.source === 'copy'))!;
  assert.deepEqual(withCopy.articles.map((a) => a.source).sort(), ['copy', 'fireB1']);
  assert.equal(withCopy.articles.find((a) => a.source === 'copy')!.duplicateOf, 'fireB1');
});

test('the same batch gives the same stories, byte for byte', () => {
  assert.equal(JSON.stringify(clusterBatch(batch)), JSON.stringify(clusterBatch(batch)));
});

test('reports far apart in time are not one story', () => {
  const later = {
    ...fireA(2), published: '2025-03-20',
    text: 'Families near Brackenmoor returned home as the Orrel Valley fire died down, fire chief Delphine Okafor said. ' +
      'Okafor thanked the crews who held the line at the Brackenmoor school for three nights.',
  };
  const g = groupArticles([{ ...fireA(1), published: '2025-01-05' }, later]);
  assert.equal(groupArticles([{ ...fireA(1), published: '2025-01-05' }, { ...later, published: '2025-01-06' }])[1], 0);
  assert.notEqual(g[0], g[1]);
});

test('in a batch of two, two reports of the same kind of event stay apart and two reports of one event join', () => {
  const other = {
    ...fireB(1), source: 'fireB-other',
    text: 'Crews fought a wildfire near the Sennet Hills for a second day as smoke drifted over Tallow Creek. ' +
      'Ranger Matthias Veldkamp said the fire had slowed after the wind dropped.',
  };
  assert.notEqual(groupArticles([fireA(1), fireB(1)])[1], 0);
  assert.equal(groupArticles([fireB(1), other])[1], 0);
});
