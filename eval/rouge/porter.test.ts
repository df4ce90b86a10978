import { test } from 'node:test';
import assert from 'node:assert/strict';
import { porterStem } from './porter.ts';

const CASES: [string, string][] = [
  ['caresses', 'caress'], ['ponies', 'poni'], ['ties', 'ti'], ['cats', 'cat'], ['feed', 'feed'], ['agreed', 'agre'],
  ['plastered', 'plaster'], ['motoring', 'motor'], ['sing', 'sing'], ['conflated', 'conflat'], ['troubled', 'troubl'],
  ['sized', 'size'], ['hopping', 'hop'], ['falling', 'fall'], ['hissing', 'hiss'], ['filing', 'file'],
  ['happy', 'happi'], ['sky', 'sky'], ['relational', 'relat'], ['conditional', 'condit'], ['rational', 'ration'],
  ['generalization', 'gener'], ['electricity', 'electr'], ['hopeful', 'hope'], ['goodness', 'good'],
  ['adjustment', 'adjust'], ['adoption', 'adopt'], ['controlling', 'control'], ['rolling', 'roll'], ['yelling', 'yell'],
  ['archaeology', 'archaeolog'], ['an', 'an'],
];

test('the stemmer gives the Porter stems of the classic examples', () => {
  for (const [word, stem] of CASES) assert.equal(porterStem(word), stem, word);
});

test('the stemmer keeps ROUGE\'s -ement rule: -ment and -ent are tried one after the other', () => {
  // Plain Porter leaves "settlement" alone; ROUGE-1.5.5's modified step 4 strips -ent after -ement and -ment fail.
  assert.equal(porterStem('settlement'), 'settlem');
  assert.equal(porterStem('agreement'), 'agreem');
  assert.equal(porterStem('replacement'), 'replac');
});

test('the stemmer uses the bli and logi rules of the revised algorithm', () => {
  assert.equal(porterStem('possibli'), 'possibl');
  assert.equal(porterStem('analogi'), 'analog');
});
