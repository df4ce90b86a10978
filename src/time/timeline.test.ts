import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../doc/tokenize.ts';
import type { ArticleMeta, Doc } from '../doc/types.ts';
import type { PublishedFrom } from '../brief/types.ts';
import { timesStage } from './stage.ts';
import { buildTimeline } from './timeline.ts';
import { timelineStage } from './timeline-stage.ts';

function doc(id: string, text: string, published: string | null, from: PublishedFrom | null = 'header'): Doc {
  const meta: ArticleMeta = {
    id, source: id, title: null, outlet: null, byline: null, dateline: null, credits: [], published,
    publishedFrom: published ? from : null, removed: [],
  };
  return timesStage.run(makeDoc(meta, text));
}

// Thursday 14 March 2024.
const A = doc('a1', 'The port authority closed the northern harbour on Tuesday after a tanker ran aground. ' +
  'Salvage crews will try to refloat the tanker on Saturday, officials said. ' +
  'The harbour was last closed in 2017.', '2024-03-14');
const B = doc('a2', 'Officials closed the northern harbour of the port on Tuesday when a tanker ran aground near the pier. ' +
  'Fishermen protested outside the port office.', '2024-03-14');
const C = doc('a3', 'The port authority said the tanker crew was evacuated on Wednesday.', '2024-03-14', 'inferred');

test('the same event from two articles is one entry citing both', () => {
  const timeline = buildTimeline([A, B]);
  const tuesday = timeline.filter((e) => e.date === '2024-03-12');
  assert.equal(tuesday.length, 1);
  assert.deepEqual(tuesday[0]!.articles, ['a1', 'a2']);
  assert.equal(tuesday[0]!.evidence.length, 2);
  for (const ev of tuesday[0]!.evidence) {
    const text = (ev.article === 'a1' ? A : B).text.slice(ev.start, ev.end);
    assert.match(text, /Tuesday/);
  }
});

test('entries are ordered by date, background years first, future days last', () => {
  const dates = buildTimeline([A, B]).map((e) => e.date);
  assert.deepEqual(dates, ['2017', '2024-03-12', '2024-03-16']);
});

test('the entry text is the clause around the date', () => {
  const saturday = buildTimeline([A]).find((e) => e.date === '2024-03-16')!;
  assert.equal(saturday.text, 'Salvage crews will try to refloat the tanker on Saturday, officials said.');
});

test('a date read against an inferred article date is marked inferred', () => {
  const timeline = buildTimeline([A, C]);
  assert.equal(timeline.find((e) => e.date === '2024-03-13')?.inferred, true);
  assert.equal(timeline.find((e) => e.date === '2024-03-12')?.inferred, false);
});

test('a sentence with no day-level date adds nothing', () => {
  const D = doc('a4', 'Fishermen protested for hours, and the port stays shut now.', '2024-03-14');
  assert.deepEqual(buildTimeline([D]), []);
});

test('a clause that only says what might happen is not an event', () => {
  const D = doc('a5', 'The strike could spread to the southern port on Friday, union leaders warned.', '2024-03-14');
  assert.deepEqual(buildTimeline([D]), []);
});

test('the stage assigns the timeline section', () => {
  const corpus = timelineStage.run({ options: { summaryWords: 120 }, docs: [A, B] });
  assert.ok((corpus.timeline ?? []).length > 0);
});

test('an event clause takes the value its own time expression resolves to (a future clock time and weekday)', () => {
  const D = doc('a6', 'The audit panel will question the ferry company at 9 a.m. Monday.', '2024-03-14');
  const dates = buildTimeline([D]).map((e) => e.date);
  // Thursday's paper: the Monday ahead, not the Monday before.
  assert.deepEqual(dates, ['2024-03-18']);
});

test('a deadline is not an event', () => {
  const D = doc('a7', 'Mediators urged the two unions to agree to a truce by March 20. The ferry sank on Tuesday.', '2024-03-14');
  const dates = buildTimeline([D]).map((e) => e.date);
  assert.deepEqual(dates, ['2024-03-12']);
});

test('two clauses that share only place names are two entries, not one', () => {
  const D1 = doc('b1', 'In the old harbour town of Kessel, the quays were empty on Sunday apart from a few patrols.', '2024-03-14');
  const D2 = doc('b2', 'Divers spent Sunday searching the harbour quays of Kessel for a missing trawler.', '2024-03-14');
  const sunday = buildTimeline([D1, D2]).filter((e) => e.date === '2024-03-10');
  assert.equal(sunday.length, 2);
});

test('the same event told with the same verb and a shared name is merged', () => {
  const D1 = doc('c1', 'The old pier at Kessel collapsed on Tuesday after a week of storms.', '2024-03-14');
  const D2 = doc('c2', 'Hundreds of people watched as the pier at Kessel collapsed into the sea on Tuesday.', '2024-03-14');
  const tuesday = buildTimeline([D1, D2]).filter((e) => e.date === '2024-03-12');
  assert.equal(tuesday.length, 1);
  assert.deepEqual(tuesday[0]!.articles, ['c1', 'c2']);
});

test('a month named after "in" is background; a second date in a clause already dated adds nothing', () => {
  const D = doc('d1', 'Inspectors found cracks in the sea wall in October. ' +
    'The board is due to meet the inspectors at noon Friday, when they will ask why the cracks found in October were left.',
  '2024-03-14');
  const timeline = buildTimeline([D]);
  assert.deepEqual(timeline.map((e) => e.date), ['2023-10', '2024-03-15']);
  assert.match(timeline[0]!.text, /^Inspectors found cracks/);
});
