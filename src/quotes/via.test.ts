import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './test-helpers.ts';
import { findQuotes } from './find-quotes.ts';

/** Each quote's speaker name and the source it is credited to. */
function credited(text: string): [string | null, string | null][] {
  return findQuotes(docOf(text)).map((q) => [q.speakerName, q.via ? text.slice(q.via.start, q.via.end) : null]);
}

test('a quote the outlet credits to another source keeps its speaker and names the source', () => {
  assert.deepEqual(credited('“I ask you not to protest on the floor,” Rona Vale said, according to the Harbour Ledger.'),
    [['Rona Vale', 'the Harbour Ledger']]);
  assert.deepEqual(credited('According to a transcript, Rona Vale said “we need a plan for every valley town.”'),
    [['Rona Vale', 'a transcript']]);
  assert.deepEqual(credited('“We will rebuild the wall,” Rona Vale told the council, as reported by Radio Sarn.'),
    [['Rona Vale', 'Radio Sarn']]);
});

test('a source named only as the speaker, or not at all, is credited to no one else', () => {
  assert.deepEqual(credited('“The wall will hold,” according to Rona Vale.'), [['Rona Vale', null]]);
  assert.deepEqual(credited('“The wall will hold,” Rona Vale said on Monday.'), [['Rona Vale', null]]);
  assert.deepEqual(credited('According to the plan, the wall will hold. “It is safe,” Rona Vale said.'), [['Rona Vale', null]]);
});
