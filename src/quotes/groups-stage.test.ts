import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Corpus } from '../analyze/types.ts';
import { DEFAULT_OPTIONS } from '../analyze/types.ts';
import { quoteGroupsStage } from './groups-stage.ts';
import { quotesStage } from './stage.ts';
import { docOf, personMention } from './test-helpers.ts';

const texts = [
  'Mayor Ilona Varga spoke on Monday. “We will open the new bridge to cyclists in the spring,” Varga said.',
  '“The new bridge opens to cyclists in spring,” said Ilona Varga, the mayor.',
  'Ilona Varga told a radio station that “the new bridge will open to cyclists” soon. The “bike lobby” cheered.',
];

function corpus(): Corpus {
  const docs = texts.map((t, i) => {
    const mention = personMention(t, 'Ilona Varga');
    const second = t.indexOf('Varga said');
    const mentions = second >= 0
      ? [mention, { ...mention, start: second, end: second + 5, text: 'Varga' }]
      : [mention];
    return quotesStage.run(docOf(t, `a${i + 1}`, mentions));
  });
  const mentionEntity = Object.fromEntries(docs.map((d) => [d.id, (d.mentions ?? []).map(() => 'e1')]));
  return { options: DEFAULT_OPTIONS, docs, entities: [], mentionEntity };
}

test('quotes get ids in article order, the speaker entity and the speaker span', () => {
  const out = quoteGroupsStage.run(corpus());
  const quotes = out.quotes!;
  assert.deepEqual(quotes.map((q) => q.id), quotes.map((_, i) => `q${i + 1}`));
  const first = quotes[0]!;
  assert.equal(first.article, 'a1');
  assert.equal(first.speaker, 'e1');
  assert.equal(first.speakerName, 'Ilona Varga');
  assert.equal(texts[0]!.slice(first.speakerSpan!.start, first.speakerSpan!.end), 'Varga');
  assert.equal(first.text, texts[0]!.slice(first.start, first.end));
});

test('renderings of one statement across articles form one group; the scare quote stays out', () => {
  const out = quoteGroupsStage.run(corpus());
  assert.equal(out.quoteGroups!.length, 1);
  const g = out.quoteGroups![0]!;
  assert.equal(g.speaker, 'e1');
  assert.equal(g.quotes.length, 3);
  const scare = out.quotes!.find((q) => q.text === 'bike lobby')!;
  assert.equal(scare.kind, 'scare');
  assert.equal(scare.group, null);
  assert.equal(scare.speaker, null);
  for (const id of g.quotes) assert.equal(out.quotes!.find((q) => q.id === id)!.group, g.id);
});

test('the stage is deterministic', () => {
  assert.equal(JSON.stringify(quoteGroupsStage.run(corpus())), JSON.stringify(quoteGroupsStage.run(corpus())));
});
