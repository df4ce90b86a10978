import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notInList } from './tokens.ts';

test('the quick list pre-test rules out only words the full lookup would reject', () => {
  const words = new Set(['mayor', 'envoy', 'aide']);
  const ruledOut = notInList(words, ".'");
  const lookup = (w: string) => words.has(w.toLowerCase().replace(/[.']/g, ''));
  for (const w of ['Mayor', 'MAYOR', 'envoy', 'aide', 'Aide.', "'aide", '.mayor', 'Élan', 'Kelvin', 'zebra', 'ai', 'boat', '']) {
    if (ruledOut(w)) assert.equal(lookup(w), false, w);
  }
  assert.equal(ruledOut('Mayor'), false);
  assert.equal(ruledOut("'aide"), false);
  assert.equal(ruledOut('Aide.'), false);
});

test('a word with a non-ASCII character is left to the full lookup', () => {
  const ruledOut = notInList(['émigré', 'mayor']);
  assert.equal(ruledOut('Émigré'), false);
  assert.equal(ruledOut('Kelvin'), true);
});

test('the pre-test reads the whole word, dropped characters skipped', () => {
  const words = new Set(['mayor', 'mp', 'minister']);
  const ruledOut = notInList(words, ".'");
  assert.equal(ruledOut('MP'), false);
  assert.equal(ruledOut('M.P.'), false);
  assert.equal(ruledOut("M'ayor"), false);
  assert.equal(ruledOut('Mé'), false);
  const lookup = (w: string) => words.has(w.toLowerCase().replace(/[.']/g, ''));
  for (const w of ['Model', 'M.P.', "M'ayor", 'mi', 'Mi.nister', 'Mx', 'mayors', 'Ma']) if (ruledOut(w)) assert.equal(lookup(w), false, w);
});
