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

test('a role-noun speaker is the one person of the story another outlet gives that role', () => {
  const text = 'The city’s chief engineer said the bridge was “safe for bikes and prams alike” after the test. Tomas Lind led the test.';
  const d = quotesStage.run(docOf(text, 'a1', [personMention(text, 'Tomas Lind')]));
  const lind = { id: 'e2', name: 'Tomas Lind', type: 'person' as const, aliases: ['Tomas Lind'], mentions: [],
    roles: [{ role: 'the city’s chief engineer', articles: ['a2'] }], articles: ['a1', 'a2'] };
  const base: Corpus = { options: DEFAULT_OPTIONS, docs: [d], entities: [lind], mentionEntity: { a1: [null] as unknown as string[] } };
  const quote = quoteGroupsStage.run(base).quotes!.find((q) => q.kind === 'speech');
  assert.ok(quote, 'the quote is speech');
  assert.equal(quote.speakerName, 'The city’s chief engineer');
  assert.equal(quote.speaker, 'e2');
  // Another person given the same role: the role stays unresolved.
  const other = { ...lind, id: 'e3', name: 'Ada Moss', aliases: ['Ada Moss'] };
  assert.equal(quoteGroupsStage.run({ ...base, entities: [lind, other] }).quotes!.find((q) => q.kind === 'speech')!.speaker, null);
});

test('a quote credited to another source carries that source in the brief', () => {
  const text = '“The bridge opens in spring,” Ilona Varga said, according to Radio Sarn.';
  const doc = quotesStage.run(docOf(text, 'a1', [personMention(text, 'Ilona Varga')]));
  const out = quoteGroupsStage.run({ options: DEFAULT_OPTIONS, docs: [doc], entities: [], mentionEntity: { a1: ['e1'] } });
  const via = out.quotes![0]!.via!;
  assert.equal(via.name, 'Radio Sarn');
  assert.equal(text.slice(via.start, via.end), 'Radio Sarn');
});
