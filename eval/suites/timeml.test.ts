import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchDoc, normValue, parseTimeml, partsTable, scoreDocs, tallyDocs } from './timeml.ts';

const XML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-14" functionInDocument="CREATION_TIME">March 14, 2024</TIMEX3></DCT>
<TEXT>
The mill &amp; the dock <EVENT eid="e1">closed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-03-12">Tuesday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> of losses.
</TEXT>
</TimeML>`;

test('a TimeML file gives its DCT, the plain text and the TIMEX3 spans in it', () => {
  const doc = parseTimeml('x', XML);
  assert.equal(doc.dct, '2024-03-14');
  assert.match(doc.text, /The mill & the dock closed Tuesday after three years of losses\./);
  assert.equal(doc.timexes.length, 2);
  for (const t of doc.timexes) assert.equal(doc.text.slice(t.start, t.end), t.text);
  assert.deepEqual(doc.timexes.map((t) => t.value), ['2024-03-12', 'P3Y']);
});

test('the creation time outside the text is not scored', () => {
  const doc = parseTimeml('x', XML);
  assert.ok(doc.timexes.every((t) => t.value !== '2024-03-14'));
});

test('matching is one to one by overlap, and values compare with ISO weeks padded', () => {
  const gold = [{ start: 0, end: 6, text: 'Friday', value: '2024-W7', type: 'DATE' }];
  const sys = [
    { start: 0, end: 13, text: 'Friday night', value: '2024-W07', type: 'DATE' as const },
    { start: 2, end: 4, text: 'id', value: 'x', type: 'DATE' as const },
  ];
  assert.deepEqual(matchDoc(gold, sys).pairs, [[0, 0]]);
  assert.equal(normValue('2024-W7'), normValue(sys[0]!.value));
});

test('scoring counts span and value hits', () => {
  const t = scoreDocs([parseTimeml('x', XML)]);
  assert.equal(t.gold, 2);
  assert.equal(t.relaxed, 2);
  assert.equal(t.value, 2);
});

test('the parts table prints TimeBank and AQUAINT apart, from per-document tallies', () => {
  const a = { ...parseTimeml('a', XML), part: 'TimeBank' };
  const b = { ...parseTimeml('b', XML.replace(/<TIMEX3 tid="t2"[^>]*>three years<\/TIMEX3>/, 'three years')), part: 'AQUAINT' };
  const tallies = tallyDocs([a, b]);
  assert.deepEqual(tallies.map((t) => t.gold), [2, 1]);
  const table = partsTable([a, b], tallies);
  assert.match(table, /^TimeBank\s+1\s+2\s+2\b/m);
  assert.match(table, /^AQUAINT\s+1\s+1\s+2\b/m);
});
