import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryStream } from './stream.ts';
import { decodeIndexEntry } from './index-entry.ts';

const flood = 'The river Aldwyn burst its banks at Millford on Sunday, flooding two hundred homes and the old market square. ' +
  'Volunteers from Millford filled sandbags through the night while the Aldwyn kept rising, officials said.';
const floodCopy = `${flood} The county council opened two shelters.`;
const election = 'Voters in the Harrowgate district chose a new mayor on Thursday after a campaign fought over bus fares and housing. ' +
  'The winner, a former teacher, promised cheaper fares within a year of taking office.';

test('a copy joins its original story and is linked to it; another event starts a story', () => {
  const s = new StoryStream();
  const a = s.add({ id: 'a', text: flood });
  const b = s.add({ id: 'b', text: election });
  const c = s.add({ id: 'c', text: floodCopy });
  assert.equal(c.duplicateOf, 'a');
  assert.equal(c.story, a.story);
  assert.notEqual(b.story, a.story);
  assert.equal(b.duplicateOf, null);
});

test('a stream rebuilt from index entries places new articles as the original stream would', () => {
  const first = new StoryStream();
  const placed = [first.add({ id: 'a', text: flood }), first.add({ id: 'b', text: election })];
  const rebuilt = new StoryStream();
  for (const p of placed) rebuilt.restore(p.id, p.story, null, p.index);
  assert.deepEqual(rebuilt.add({ id: 'c', text: floodCopy }).story, first.add({ id: 'c', text: floodCopy }).story);
});

test('an index entry stays within the 2 KB budget and decodes to what was encoded', () => {
  const p = new StoryStream().add({ id: 'a', text: flood });
  assert.ok(p.index.byteLength <= 2048, `${p.index.byteLength} bytes`);
  const e = decodeIndexEntry(p.index);
  assert.equal(e.signature.length, 64);
  assert.ok(e.vector.terms.length > 5);
});

test('an analysed copy is linked to an original added from its text and joins its story', () => {
  const s = new StoryStream();
  const a = s.add({ id: 'a', text: flood });
  s.add({ id: 'b', text: election });
  const tokens = [...floodCopy.matchAll(/[\p{L}\p{N}]+|\S/gu)].map((m) => ({ text: m[0] }));
  const c = s.addAnalysed({ id: 'c', tokens, sentences: [{ tokenStart: 0 }] });
  assert.equal(c.duplicateOf, 'a');
  assert.equal(c.story, a.story);
});
