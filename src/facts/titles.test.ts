import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseTitle } from './titles.ts';
import { titlesAgree } from './title-conflicts.ts';

test('a title is normalised: qualifiers dropped, spelling unified, "former" kept apart', () => {
  assert.deepEqual(normaliseTitle('Former U.S. Secretary of State'), { office: 'secretary of state', head: 'secretary', words: ['state'], former: true, unsure: false });
  assert.deepEqual(normaliseTitle('Ruritanian Defense Minister'), { office: 'defence minister', head: 'minister', words: ['defence'], former: false, unsure: false });
  assert.equal(normaliseTitle('ousted deputy prime minister')?.former, true);
  assert.equal(normaliseTitle('outgoing Premier')?.office, 'prime minister');
  assert.equal(normaliseTitle("the authority's chief engineer")?.head, 'engineer');
  assert.equal(normaliseTitle('the baker from the square'), null);
});

const t = (text: string) => normaliseTitle(text)!;

const table: [string, string, boolean][] = [
  ['Secretary of State', 'Former Secretary of State', false],
  ['Defence Minister', 'Foreign Minister', false],
  ['Deputy Foreign Minister', 'Foreign Minister', false],
  ['the water board director', "the board's chief engineer", false],
  ['Defence Minister', 'Defense Minister', true],
  ['Minister', 'Foreign Minister', true],
  ['presidential aide', 'top negotiator', true],
  ['former culture minister', 'presidential aide', true],
  ['former deputy minister', 'minister', true],
  ['Prime Minister', 'outgoing Premier', true],
  ['Former President', 'the last apartheid-era president', true],
  ['ousted deputy prime minister', 'Former Deputy Prime Minister', true],
  ['Premier', 'Prime Minister', true],
];

for (const [a, b, agree] of table) {
  test(`"${a}" and "${b}" ${agree ? 'agree' : 'conflict'}`, () => {
    assert.equal(titlesAgree(t(a), t(b)), agree);
    assert.equal(titlesAgree(t(b), t(a)), agree);
  });
}
