import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './clean.ts';
import { raw } from './for-tests.ts';

const P1 = 'The council closed the old pier on Friday.';
const P2 = 'Repairs will take a year, officials said.';

const cases: [string, string][] = [
  ['READ MORE: Ferry fares to rise in spring', 'related'],
  ['Related: How the pier was built', 'related'],
  ['See also | Harbour dredging plan approved', 'related'],
  ['Related stories', 'related'],
  ['Sign up for our morning newsletter', 'boilerplate'],
  ['Click here to get the latest harbour news', 'boilerplate'],
  ['Advertisement', 'boilerplate'],
  ['Story continues below advertisement', 'boilerplate'],
  ['Follow us on Instagram', 'boilerplate'],
  ['(Image: © Harbour Authority)', 'boilerplate'],
  ['Photo: Lena Fischer/Coastal Courier', 'boilerplate'],
  ['Also in the Harbour Times: Ferry fares to rise in spring', 'related'],
  ['The Harbour Times will keep this page updated as repairs go on.', 'boilerplate'],
  ['We will update this story as more details come in.', 'boilerplate'],
  ['This story has been updated with a statement from the ferry firm.', 'boilerplate'],
  ['This is a developing story. Check back for updates.', 'boilerplate'],
  ['Check back later for updates.', 'boilerplate'],
  ['Please refresh this page for the latest.', 'boilerplate'],
];

for (const [line, kind] of cases) {
  test(`"${line}" between paragraphs is removed as ${kind}`, () => {
    const a = cleanArticle(raw(`${P1}\n\n${line}\n\n${P2}`));
    assert.equal(a.text, `${P1}\n\n${P2}`);
    assert.deepEqual(a.removed, [{ kind, text: line }]);
  });
}

test('sentences that start like page furniture but are text stay', () => {
  const lines = [
    'Read more about the plan and you will see why residents are angry, said one campaigner who has fought the closure for years and now plans to take the council to court over the decision, which she called rushed and unfair to the families who live near the harbour and rely on it.',
    'Related costs are expected to rise by a tenth.',
    'Watchdogs warned that the pier had been unsafe for years.',
    'The council will update residents on the repairs as work goes on.',
    'The report was updated in March to include the cost of new supports.',
    'Engineers will check back on the supports every week until the pier reopens.',
    'This is a story the fishermen have told for years.',
    'Also on Tuesday: the ferry firm said it would appeal.',
    'We will keep this pier open as long as it is safe, the mayor told the council on Friday.',
  ];
  for (const line of lines) {
    const text = `${P1}\n\n${line}\n\n${P2}`;
    assert.equal(cleanArticle(raw(text)).text, text, line);
  }
});
