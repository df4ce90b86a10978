import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../doc/types.ts';
import { docOf, personMention, quotesOf } from './test-helpers.ts';
import { mentionsStage } from '../entities/ner/stage.ts';
import { findPersons } from './persons.ts';
import { buildView } from './view.ts';
import { detectQuotes } from './detect.ts';

/** A mention of another type than person over the first occurrence of `words`. */
function typed(text: string, words: string, type: EntityMention['type']): EntityMention {
  return { ...personMention(text, words), type };
}

test('a faith or a nationality the NER found is no one a later pronoun can stand for', () => {
  const text = 'Mrs. Orla Brandt was Roman Catholic. She said that the plan was “not a problem for anyone who reads it.”';
  const qs = quotesOf(text, [personMention(text, 'Orla Brandt'), typed(text, 'Roman Catholic', 'other')]);
  assert.deepEqual(qs.map((q) => [q.speaker, q.name]), [['She', 'Orla Brandt']]);
  const text2 = 'Yet it was a defining friendship for Edda Wren, a former Spanish teacher. “It is part of the fabric of my life,” she said.';
  const qs2 = quotesOf(text2, [personMention(text2, 'Edda Wren'), typed(text2, 'Spanish', 'other')]);
  assert.deepEqual(qs2.map((q) => [q.speaker, q.name]), [['she', 'Edda Wren']]);
});

test('a name after "a" or "an" is a description ("an Orlando Republican"), not someone a pronoun stands for', () => {
  const text = 'Mandates are a burden, said Tor Wilmot, an Orlando Republican who served in the navy. “There is more time spent on forms than on teaching,” he said.';
  const qs = quotesOf(text, [personMention(text, 'Tor Wilmot'), personMention(text, 'Orlando Republican')]);
  assert.deepEqual(qs.map((q) => [q.speaker, q.name]), [['he', 'Tor Wilmot']]);
});

test('a plural noun opening a sentence speaks for no one a later he or she stands for', () => {
  const qs = quotesOf('Audiences can expect a set with “a little more recklessness than they are used to.” “It is straight from the heart,” he said.');
  assert.deepEqual(qs.map((q) => [q.speaker, q.name]), [['Audiences', 'Audiences'], ['he', null]]);
});

test('a title word that ends a name after a given name is the surname, and a suffix stays with the name', () => {
  assert.deepEqual(quotesOf('“We lost the fight,” Martin Luther King Jr. said.').map((q) => q.name), ['Martin Luther King Jr']);
  assert.deepEqual(quotesOf('“We lost the fight,” said Jane Judge, a lawyer.').map((q) => q.name), ['Jane Judge']);
  assert.deepEqual(quotesOf('“We lost the fight,” said Jordan Foreign Minister Ayman Safadi.').map((q) => q.name), ['Ayman Safadi']);
});

test('a name after "a" in the text alone describes a thing, not a person a pronoun stands for', () => {
  const text = 'Tor Brask said he decided after talking to her during a Martin Luther King Jr. celebration. “Things are picking up,” he said.';
  assert.deepEqual(quotesOf(text, [personMention(text, 'Tor Brask')]).map((q) => q.name), ['Tor Brask']);
});

test('a party tag or an acronym in capitals is no one a pronoun stands for', () => {
  const text = 'Rep. Elan Cummock (D-Md.), chair of the panel, spoke first. He said the process was fair. “We may disagree,” he added.';
  const qs = quotesOf(text, [personMention(text, 'Elan Cummock'), personMention(text, 'D-Md.')]);
  assert.deepEqual(qs.map((q) => q.name), ['Elan Cummock']);
  const text2 = 'Tom Welk founded two firms after serving in the navy and the CIA. “There is more time spent on forms,” he said.';
  const qs2 = quotesOf(text2, [personMention(text2, 'Tom Welk'), personMention(text2, 'CIA')]);
  assert.deepEqual(qs2.map((q) => q.name), ['Tom Welk']);
});

test("a possessive ending is no part of a person's name", () => {
  const text = "The jet was unusual for a man of Mr. Varnum's wealth. “It is like a new plane,” he said.";
  assert.deepEqual(quotesOf(text, [personMention(text, "Mr. Varnum's")]).map((q) => q.name), ['Varnum']);
});

test('a company the NER read as a person is no one a pronoun stands for', () => {
  const text = 'Arlo Venn spoke first. Later Pellam Energy filed for bankruptcy. “You know, I like them,” he said.';
  const qs = quotesOf(text, [personMention(text, 'Arlo Venn'), personMention(text, 'Pellam Energy')]);
  assert.deepEqual(qs.map((q) => q.name), ['Arlo Venn']);
});

test('a title of the other gender keeps a surname from standing for the first person who bore it', () => {
  const text = "In a year when Tom Varnum's policies faced scrutiny, Alma Varnum is shaping the role her husband would play. " +
    'Mrs. Varnum told voters that Mr. Varnum would lead the effort.';
  const doc = mentionsStage.run(docOf(text));
  const people = findPersons(doc, buildView(doc, detectQuotes(doc.text, doc.paragraphs)));
  const named = (words: string) => people.find((p) => p.start === text.indexOf(words))?.name;
  assert.equal(named('Mrs. Varnum') ?? named('Varnum told'), 'Alma Varnum');
  assert.equal(named('Varnum would'), 'Tom Varnum');
});

test('a surname after a title of the same gender stands for the full name written before', () => {
  const text = 'Dr. Ilse Marten spoke first. Later Ms. Marten said the plan was “a fine start for the valley.”';
  assert.deepEqual(quotesOf(text, [personMention(text, 'Ilse Marten'), personMention(text, 'Ms. Marten')]).map((q) => q.name),
    ['Ilse Marten']);
});

test('a speaker named by surname takes the full name written before, never one with another given name or gender', () => {
  const text = 'Tavish Says Yes. Later Tom Tavish and Alma Tavish arrived. “We will stay,” Tavish said. '
    + '“We will not,” Alma Tavish said. “Enough,” Mrs. Tavish added.';
  const qs = quotesOf(text, [personMention(text, 'Tavish'), personMention(text, 'Tom Tavish'), personMention(text, 'Alma Tavish')]);
  assert.deepEqual(qs.map((q) => q.name), ['Tom Tavish', 'Alma Tavish', 'Alma Tavish']);
});

test('a party or a nationality before a given name is no part of the speaker name', () => {
  assert.deepEqual(quotesOf('“We will win,” said Democrat Anna Tavish.').map((q) => q.name), ['Anna Tavish']);
  assert.deepEqual(quotesOf('“We will win,” said American Tom Tavish.').map((q) => q.name), ['Tom Tavish']);
});
