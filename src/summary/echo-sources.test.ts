import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Unit } from './units.ts';
import { mergeEchoSources } from './echo-sources.ts';

function units(article: string, sentences: string[]): Unit[] {
  return sentences.map((text, index) => ({
    doc: 0, article, source: article, index, start: 0, end: text.length, text, key: text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(),
    words: text.split(/\s+/).length, concepts: [], stems: [], readable: true, quotes: false, bareNames: [], echoes: 0, parts: [{ start: 0, end: text.length }],
  }));
}

const S = [
  'A ferry carrying forty passengers ran aground near the island of Keld on Sunday morning.',
  'The coast guard said all passengers were brought ashore by lifeboats within two hours.',
  'The ferry operator said the vessel had left the mainland port on schedule at dawn.',
  'Divers will inspect the damaged hull once the tide turns later in the week.',
  'Local fishermen helped the coast guard guide the lifeboats through the shallow channel.',
];

test('an article that repeats an earlier one sentence for sentence joins its source; a partly similar one stays apart', () => {
  const first = units('a1', S);
  const update = units('a2', [...S.slice(0, 4), 'The operator cancelled all sailings to Keld until Tuesday at the earliest.']);
  const other = units('a3', [S[0]!, S[1]!, 'Passengers on the ferry described a loud scrape and a sudden stop as the hull struck rocks.',
    'Weather on the strait had been calm with light winds, according to the harbour master in Keld.',
    'The island has one doctor, who checked the passengers for injuries at the village hall.']);
  const all = [...first, ...update, ...other];
  mergeEchoSources(all);
  assert.ok(update.every((u) => u.source === 'a1'));
  assert.ok(other.every((u) => u.source === 'a3'));
  assert.ok(first.every((u) => u.source === 'a1'));
});
