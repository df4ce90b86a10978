import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMeantimeTimes } from './meantime-times.ts';

const tok = (id: number, sentence: number, word: string) => `<token number="0" sentence="${sentence}" t_id="${id}">${word}</token>`;
const xml = [
  '<Document>',
  tok(1, 0, 'Ferry'), tok(2, 0, 'sails'), tok(3, 1, 'March'), tok(4, 1, '3'), tok(5, 1, ','), tok(6, 1, '2010'),
  tok(7, 2, 'It'), tok(8, 2, 'left'), tok(9, 2, 'on'), tok(10, 2, 'Monday'), tok(11, 2, '.'),
  ...[3, 4, 5, 6].map((s) => tok(11 + s, s, `Line${s}`)),
  '<Markables>',
  '<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2010-03-03"><token_anchor t_id="3"/><token_anchor t_id="6"/></TIMEX3>',
  '<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2010-03-01"><token_anchor t_id="10"/></TIMEX3>',
  '<TIMEX3 TAG_DESCRIPTOR="x" functionInDocument="NONE" m_id="3" type="DATE" value="2010"/>',
  '</Markables></Document>',
].join('\n');

test('the date line becomes the DCT and is blanked; only anchored expressions in the first six lines are gold', () => {
  const d = readMeantimeTimes('a', xml);
  assert.equal(d.dct, '2010-03-03');
  assert.deepEqual(d.timexes.map((t) => [t.text, t.value]), [['Monday', '2010-03-01']]);
  assert.equal(d.text.split('\n').length, 6);
  assert.ok(!d.text.includes('March'));
  assert.ok(!d.text.includes('Line6'));
});
