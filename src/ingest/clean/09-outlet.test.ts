import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './clean.ts';
import { raw } from './for-tests.ts';

const P1 = 'The council closed the old pier on Friday.';

test('"<Outlet>’s <Reporter>, reporting from …" names the outlet', () => {
  const a = cleanArticle(raw(`${P1}\n\nCoast TV’s Lena Fischer, reporting from the harbour, said crowds gathered.`));
  assert.equal(a.outlet, 'Coast TV');
});

test('a given outlet is never replaced', () => {
  const a = cleanArticle(raw(`${P1}\n\nCoast TV’s Lena Fischer, reporting from the harbour, said crowds gathered.`, { outlet: 'Harbour Times' }));
  assert.equal(a.outlet, 'Harbour Times');
});

test('without clear evidence the outlet stays null', () => {
  const texts = [
    `${P1}\n\nThe mayor told Coast TV that the pier was unsafe.`,
    `${P1}\n\nPortugal’s Lena Fischer, the transport minister, said repairs were urgent.`,
    `${P1}\n\nAccording to the Harbour Times, the repairs will cost millions.`,
  ];
  for (const text of texts) assert.equal(cleanArticle(raw(text)).outlet, null, text);
});
