import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './analyze.ts';

const BODY = 'The harbour board closed the old pier in Eastport on Friday after an inspection found cracks.\n\nRepairs will take a year, officials said on Saturday.';

test('an outlet known by its initials takes the full name another article spells out in a credit', () => {
  const brief = analyze([
    { source: 'a.txt', outlet: 'EPW', published: '2026-03-16', text: BODY },
    { source: 'b.txt', outlet: 'Harbour Ledger', published: '2026-03-16', text: `(Eastport Press Wire)\n\n${BODY}` },
  ]);
  assert.equal(brief.articles[0]!.outlet, 'Eastport Press Wire');
  assert.equal(brief.articles[1]!.outlet, 'Harbour Ledger');
});

test('initials that no article spells out stay as they are', () => {
  const brief = analyze([{ source: 'a.txt', outlet: 'EPW', published: '2026-03-16', text: BODY }]);
  assert.equal(brief.articles[0]!.outlet, 'EPW');
});
