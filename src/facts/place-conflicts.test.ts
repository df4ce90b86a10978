import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeConflicts } from './place-conflicts.ts';
import { testCorpus } from './test-corpus.ts';

test('a place conflict: the same meeting on the same day in two towns', () => {
  const conflicts = placeConflicts(testCorpus([
    { text: 'Ilse Varnik met the dock workers’ leaders in Varna on Thursday to discuss the pay offer.', outlet: 'Coast Herald', times: [['Thursday', '2031-03-06']] },
    { text: 'Ilse Varnik met the dock workers’ leaders in Dorrin on Thursday to discuss the pay offer.', outlet: 'Valley News', times: [['Thursday', '2031-03-06']] },
  ]));
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  assert.deepEqual(conflicts[0]!.variants.map((v) => v.value), ['Dorrin', 'Varna']);
  assert.deepEqual(conflicts[0]!.variants.map((v) => v.articles), [['a2'], ['a1']]);
  assert.ok(conflicts[0]!.about.startsWith('place of: Ilse Varnik met'));
});

test('no place conflict when the two meetings are on different days', () => {
  const conflicts = placeConflicts(testCorpus([
    { text: 'Ilse Varnik met the dock workers’ leaders in Varna on Thursday to discuss the pay offer.', outlet: 'Coast Herald', times: [['Thursday', '2031-03-06']] },
    { text: 'Ilse Varnik met the dock workers’ leaders in Dorrin on Monday to discuss the pay offer.', outlet: 'Valley News', times: [['Monday', '2031-03-03']] },
  ]));
  assert.deepEqual(conflicts, []);
});

test('no place conflict between a country and a city in it', () => {
  const conflicts = placeConflicts(testCorpus([
    { text: 'Ilse Varnik met the dock workers’ leaders in Portugal on Thursday to discuss the pay offer.', outlet: 'Coast Herald', times: [['Thursday', '2031-03-06']] },
    { text: 'Ilse Varnik met the dock workers’ leaders in Braga on Thursday to discuss the pay offer.', outlet: 'Valley News', times: [['Thursday', '2031-03-06']] },
  ]));
  assert.deepEqual(conflicts, []);
});

test('no place conflict when the other article names that place too', () => {
  const conflicts = placeConflicts(testCorpus([
    { text: 'Ilse Varnik met the dock workers’ leaders in Varna on Thursday to discuss the pay offer.', outlet: 'Coast Herald', times: [['Thursday', '2031-03-06']] },
    { text: 'Ilse Varnik met the dock workers’ leaders in Dorrin on Thursday to discuss the pay offer. She flew on to Varna.', outlet: 'Valley News', times: [['Thursday', '2031-03-06']] },
  ]));
  assert.deepEqual(conflicts, []);
});

test('undated reports need close publication and close wording', () => {
  const a = 'Ilse Varnik met the dock workers’ leaders in Varna to discuss the pay offer.';
  const b = 'Ilse Varnik met the dock workers’ leaders in Dorrin to discuss the pay offer.';
  const near = placeConflicts(testCorpus([
    { text: a, outlet: 'Coast Herald', published: '2031-03-04' }, { text: b, outlet: 'Valley News', published: '2031-03-05' },
  ]));
  assert.equal(near.length, 1, JSON.stringify(near));
  const far = placeConflicts(testCorpus([
    { text: a, outlet: 'Coast Herald', published: '2031-03-04' }, { text: b, outlet: 'Valley News', published: '2031-06-05' },
  ]));
  assert.deepEqual(far, []);
});

test('no place conflict between different actions or from one outlet', () => {
  assert.deepEqual(placeConflicts(testCorpus([
    { text: 'Ilse Varnik met the dock workers’ leaders in Varna to discuss the pay offer.', outlet: 'Coast Herald' },
    { text: 'Ilse Varnik criticised the dock workers’ leaders in Dorrin over the pay offer.', outlet: 'Valley News' },
  ])), []);
  assert.deepEqual(placeConflicts(testCorpus([
    { text: 'Ilse Varnik met the dock workers’ leaders in Varna to discuss the pay offer.', outlet: 'Coast Herald' },
    { text: 'Ilse Varnik met the dock workers’ leaders in Dorrin to discuss the pay offer.', outlet: 'Coast Herald' },
  ])), []);
});
