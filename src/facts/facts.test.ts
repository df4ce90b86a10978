import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFacts } from './stage.ts';
import { testCorpus } from './test-corpus.ts';

const factWith = (facts: ReturnType<typeof buildFacts>, article: string, needle: string, text: string) =>
  facts.filter((f) => f.evidence.some((e) => e.article === article && text.slice(e.start, e.end).includes(needle)));

test('a denial and its paraphrase ("will not attend" / "has no plans to travel") are one corroborated fact', () => {
  const a = 'Chancellor Ilse Varnik will not attend the harbour summit in Portmere, her office said on Tuesday.';
  const b = 'Ilse Varnik has no plans to travel to Portmere for the summit.';
  const corpus = testCorpus([{ text: a, outlet: 'Coast Herald' }, { text: b, outlet: 'Valley News' }]);
  const facts = buildFacts(corpus);
  const fact = facts.find((f) => f.articles.length === 2);
  assert.ok(fact, JSON.stringify(facts.map((f) => f.text)));
  assert.equal(fact.support, 'corroborated');
  assert.deepEqual(fact.outlets, ['Coast Herald', 'Valley News']);
  assert.equal(facts[0], fact, 'corroborated facts rank first');
  const ev = fact.evidence.find((e) => e.article === 'a2')!;
  assert.equal(b.slice(ev.start, ev.end), 'Ilse Varnik has no plans to travel to Portmere for the summit');
});

test('proposing talks and not addressing a proposal are two facts', () => {
  const a = 'Ilse Varnik proposed direct talks with the dockers in Portmere.';
  const b = 'Ilse Varnik did not address the dockers’ truce proposal.';
  const facts = buildFacts(testCorpus([{ text: a, outlet: 'Coast Herald' }, { text: b, outlet: 'Valley News' }]));
  assert.ok(facts.every((f) => f.articles.length === 1), JSON.stringify(facts));
  assert.ok(facts.every((f) => f.support === 'single'));
});

test('the same claim affirmed and denied is not one fact', () => {
  const a = 'Ilse Varnik will attend the harbour summit in Portmere on Friday.';
  const b = 'Ilse Varnik will not attend the harbour summit in Portmere on Friday.';
  const facts = buildFacts(testCorpus([{ text: a, outlet: 'Coast Herald' }, { text: b, outlet: 'Valley News' }]));
  assert.equal(facts.length, 2);
  assert.ok(facts.every((f) => f.articles.length === 1));
});

test('numbers that cannot both be right keep two statements apart', () => {
  const a = 'The storm destroyed 400 homes in Portmere, the mayor said.';
  const b = 'The storm destroyed 900 homes in Portmere, the mayor said.';
  const facts = buildFacts(testCorpus([{ text: a, outlet: 'Coast Herald' }, { text: b, outlet: 'Valley News' }]));
  assert.ok(facts.every((f) => f.articles.length === 1), JSON.stringify(facts.map((f) => f.articles)));
});

test('a syndicated copy counts once: original + copy is single, a third outlet corroborates', () => {
  const original = 'Ilse Varnik proposed direct talks with the dockers in Portmere on Monday.';
  const copy = 'Ilse Varnik proposed direct talks with the dockers in Portmere on Monday.';
  const other = 'On Monday Ilse Varnik offered the dockers direct talks in Portmere.';
  const two = buildFacts(testCorpus([{ text: original, outlet: 'Wire Service' }, { text: copy, outlet: 'Coast Herald' }], { a2: 'a1' }));
  assert.equal(two.length, 1);
  assert.equal(two[0]!.support, 'single');
  assert.deepEqual(two[0]!.outlets, ['Wire Service']);
  assert.deepEqual(two[0]!.copies, [{ article: 'a2', of: 'a1' }]);
  const three = buildFacts(testCorpus([
    { text: original, outlet: 'Wire Service' }, { text: copy, outlet: 'Coast Herald' }, { text: other, outlet: 'Valley News' },
  ], { a2: 'a1' }));
  const fact = three.find((f) => f.articles.length === 3);
  assert.ok(fact, JSON.stringify(three.map((f) => f.articles)));
  assert.equal(fact.support, 'corroborated');
  assert.deepEqual(fact.outlets, ['Wire Service', 'Valley News']);
  assert.deepEqual(fact.articles, ['a1', 'a2', 'a3']);
});

test('sentences that are mostly a direct quote are not facts', () => {
  const a = '“We will never sell the harbour to anyone, whatever they offer us,” Varnik said.';
  const facts = buildFacts(testCorpus([{ text: a, outlet: 'Coast Herald' }]));
  assert.deepEqual(facts, []);
});

test('a sentence carrying two statements is cut at ", while"', () => {
  const a = 'Ilse Varnik proposed direct talks with the dockers, while the port authority rejected any delay to the vote.';
  const facts = buildFacts(testCorpus([{ text: a, outlet: 'Coast Herald' }]));
  assert.equal(facts.length, 2);
  assert.equal(factWith(facts, 'a1', 'port authority', a).length, 1);
});

test('a "no" does not reach past "until": "no deal until she meets X" does not deny the meeting', () => {
  const a = 'There will be no deal until Ilse Varnik meets the dockers in Portmere.';
  const b = 'Ilse Varnik will meet the dockers in Portmere, her office said.';
  const facts = buildFacts(testCorpus([{ text: a, outlet: 'Coast Herald' }, { text: b, outlet: 'Valley News' }]));
  assert.ok(facts.some((f) => f.articles.length === 2), JSON.stringify(facts.map((f) => f.text)));
});

test('a second verb phrase with the same subject is its own statement and keeps the subject', () => {
  const a = 'The lake was lowered by 4 metres on Saturday and must fall by another 6 metres before the ferries return.';
  const b = 'The lake must fall by another 6 metres, engineers said.';
  const c = 'The lake has been lowered by 4 metres, the water board said.';
  const facts = buildFacts(testCorpus([{ text: a, outlet: 'Coast Herald' }, { text: b, outlet: 'Valley News' }, { text: c, outlet: 'Radio Sarn' }]));
  const six = facts.find((f) => f.text.includes('6 metres') && f.articles.length === 2);
  const four = facts.find((f) => f.text.includes('4 metres') && f.articles.length === 2);
  assert.ok(six && four, JSON.stringify(facts.map((f) => [f.text, f.articles])));
  assert.deepEqual(six.articles, ['a1', 'a2']);
  assert.deepEqual(four.articles, ['a1', 'a3']);
});

test('the same number of the same thing joins renderings with different verbs', () => {
  const a = 'The Orlen reservoir holds drinking water for about 450,000 people in the valley.';
  const b = 'Built in 1961, the Orlen reservoir supplies drinking water to about 450,000 people.';
  const facts = buildFacts(testCorpus([{ text: a, outlet: 'Coast Herald' }, { text: b, outlet: 'Valley News' }]));
  assert.equal(facts.length, 1, JSON.stringify(facts.map((f) => f.text)));
  assert.equal(facts[0]!.support, 'corroborated');
});

test('different numbers of the same thing do not join', () => {
  const a = 'The Orlen reservoir holds drinking water for about 450,000 people in the valley.';
  const b = 'The Orlen reservoir supplies drinking water to about 90,000 people in the valley.';
  const facts = buildFacts(testCorpus([{ text: a, outlet: 'Coast Herald' }, { text: b, outlet: 'Valley News' }]));
  assert.ok(facts.every((f) => f.articles.length === 1));
});
