import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFacts } from './stage.ts';
import { statementsOf } from './statements.ts';
import { testCorpus } from './test-corpus.ts';

const keysOf = (text: string): string[] => {
  const corpus = testCorpus([{ text, outlet: 'Coast Herald' }]);
  return statementsOf(corpus.docs[0]!, 0).flatMap((s) => [...s.keys.keys()]);
};

test('"X\'s absence" says X did not attend', () => {
  assert.ok(keysOf('Mayor Tomas Brandt’s absence from the harbour summit surprised the dockers.').includes('s:n:brandt|attend|neg'));
});

test('"the absence of X" says X did not attend; an actor further on is not its owner', () => {
  assert.ok(keysOf('The absence of Tomas Brandt dampened hopes at the harbour summit.').includes('s:n:brandt|attend|neg'));
  const keys = keysOf('The absence of senior ministers such as Tomas Brandt dampened hopes at the summit.');
  assert.ok(!keys.some((k) => k.includes('attend|neg')), keys.join(' '));
});

test('"X was absent" says X did not attend, "X was not absent" that X did', () => {
  assert.ok(keysOf('Tomas Brandt was absent from the harbour summit on Friday.').includes('s:n:brandt|attend|neg'));
  assert.ok(keysOf('Tomas Brandt was not absent from the harbour summit on Friday.').includes('s:n:brandt|attend|pos'));
});

test('a denial, a paraphrase and an absence from three outlets are one fact', () => {
  const facts = buildFacts(testCorpus([
    { text: 'Mayor Tomas Brandt will not attend the harbour summit in Portmere, his office said.', outlet: 'Coast Herald' },
    { text: 'Tomas Brandt has no plans to travel to Portmere for the harbour summit.', outlet: 'Valley News' },
    { text: 'Dockers shrugged off Tomas Brandt’s absence from the harbour summit in Portmere.', outlet: 'Daily Tide' },
  ]));
  const fact = facts.find((f) => f.articles.length === 3);
  assert.ok(fact, JSON.stringify(facts.map((f) => [f.text, f.articles])));
  assert.equal(fact.support, 'corroborated');
});

test('attending and being absent stay two facts', () => {
  const facts = buildFacts(testCorpus([
    { text: 'Tomas Brandt attended the harbour summit in Portmere on Friday.', outlet: 'Coast Herald' },
    { text: 'Tomas Brandt’s absence from the harbour summit in Portmere on Friday was noted.', outlet: 'Valley News' },
  ]));
  assert.ok(facts.every((f) => f.articles.length === 1), JSON.stringify(facts.map((f) => [f.text, f.articles])));
});

test('"he would not be joining them" is the named person not joining', () => {
  const keys = keysOf('Tomas Brandt sent two aides to Portmere. His office said he would not be joining them.');
  assert.ok(keys.includes('s:n:brandt|attend|neg'), keys.join(' '));
});
