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
  assert.equal(ruledOut('zebra'), true);
  assert.equal(ruledOut('ai'), true);
  assert.equal(ruledOut('Mayor'), false);
  assert.equal(ruledOut("'aide"), false);
});

test('a list with a non-ASCII first letter turns the pre-test off', () => {
  const ruledOut = notInList(['émigré', 'mayor']);
  assert.equal(ruledOut('zebra'), false);
});
