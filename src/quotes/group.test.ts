import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BriefQuote } from '../brief/types.ts';
import { groupQuotes, type GroupInput } from './group.ts';
import { speakerKey } from './speaker-key.ts';
import { contentWords, stem } from './stem.ts';

let n = 0;
function input(article: string, text: string, speakerName: string | null, entity: string | null = null): GroupInput {
  n++;
  const quote: BriefQuote = { id: `q${n}`, article, start: 0, end: text.length, text, kind: 'speech', speaker: entity,
    speakerName, speakerSpan: null, group: null };
  return { quote, entity, entityName: null };
}

test('three renderings of one statement form one group with their differing words', () => {
  const inputs = [
    input('a1', 'We are ready for negotiations, but only if the shelling stops first', 'Oleh Marchenko'),
    input('a2', 'We are prepared for talks, but only when the shelling stops first', 'Marchenko'),
    input('a3', 'the shelling stops first', 'Oleh Marchenko'),
  ];
  const { groups, groupOf } = groupQuotes(inputs);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0]!.quotes, inputs.map((i) => i.quote.id));
  assert.deepEqual(groupOf, ['g1', 'g1', 'g1']);
  const diff = new Map(groups[0]!.differences.map((d) => [d.quote, d.only]));
  assert.deepEqual(diff.get(inputs[2]!.quote.id), []);
  assert.ok(diff.get(inputs[0]!.quote.id)!.length === 0, 'synonyms are no difference');
});

test('the same words from different speakers are not grouped', () => {
  const { groups } = groupQuotes([
    input('a1', 'The harbour will reopen next week after the repairs', 'Signe Dahl'),
    input('a2', 'The harbour will reopen next week after the repairs', 'Tor Eklund'),
  ]);
  assert.equal(groups.length, 0);
});

test('different entities with one surname are not grouped', () => {
  const { groups } = groupQuotes([
    input('a1', 'The harbour will reopen next week after the repairs', 'Anna Dahl', 'e1'),
    input('a2', 'The harbour will reopen next week after the repairs', 'Signe Dahl', 'e2'),
  ]);
  assert.equal(groups.length, 0);
});

test('different statements of one speaker stay apart', () => {
  const { groups } = groupQuotes([
    input('a1', 'The harbour will reopen next week after the repairs', 'Signe Dahl'),
    input('a2', 'Our budget for schools must double by the autumn', 'Signe Dahl'),
  ]);
  assert.equal(groups.length, 0);
});

test('two quotes in one article are not grouped with each other alone', () => {
  const { groups } = groupQuotes([
    input('a1', 'The harbour will reopen next week after the repairs', 'Signe Dahl'),
    input('a1', 'The harbour will reopen next week after the repairs', 'Signe Dahl'),
  ]);
  assert.equal(groups.length, 0);
});

test('speaker keys fold transliteration variants', () => {
  assert.equal(speakerKey('Volodymyr Zelenskyy'), speakerKey('Zelensky'));
  assert.equal(speakerKey('Zelenskiy'), speakerKey('Zelensky'));
  assert.notEqual(speakerKey('Signe Dahl'), speakerKey('Tor Eklund'));
  assert.equal(speakerKey(null), null);
});

test('stems and synonyms make renderings meet', () => {
  assert.equal(stem('negotiations'), stem('negotiation'));
  assert.equal(stem('stopped'), stem('stop'));
  const keys = (s: string) => contentWords(s).map((w) => w.key);
  assert.deepEqual(keys('the truce'), keys('a ceasefire'));
  assert.deepEqual(keys('the war'), keys('the conflict'));
});

test('a quote without a known speaker joins only a near-verbatim rendering', () => {
  const inputs = [
    input('a1', 'Every ferry on the northern route will run twice a day from the first of June', 'Signe Dahl', 'e1'),
    input('a2', 'every ferry on the northern route will run twice a day from the first of June', null),
    input('a3', 'the northern route matters', null),
  ];
  const { groups } = groupQuotes(inputs);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0]!.quotes, [inputs[0]!.quote.id, inputs[1]!.quote.id]);
  assert.equal(groups[0]!.speaker, 'e1');
});
