import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

test('a pronoun speaker after the sentence subject it stands for gives the subject words', () => {
  const text = 'Harbour master Lena Okafor said she feared "a long winter without any catch at all."';
  const [q] = quotesOf(text);
  assert.equal(q!.speaker, 'Harbour master Lena Okafor');
  assert.equal(q!.name, 'Lena Okafor');
});

test('a body calling something by a name is the speaker of "what it called"', () => {
  const text = 'The fisheries council condemned what it called "a reckless and unlawful closure of the bay."';
  const [q] = quotesOf(text);
  assert.equal(q!.speaker, 'The fisheries council');
});

test('a pronoun that stands for someone else in the sentence keeps its own span', () => {
  const text = 'Tomas Berg said his sister had warned that "the nets will be empty by March," she said.';
  const [q] = quotesOf(text);
  assert.equal(q!.speaker, 'she');
});

test('"it" and "they" outside "what … called" are left alone', () => {
  const text = 'The port authority met on Friday, and they said "the channel stays shut until the storm passes."';
  const [q] = quotesOf(text);
  assert.notEqual(q!.speaker, 'The port authority');
});

test('the phrase opening the sentence stands for "what it called" when a time phrase follows it', () => {
  const text = 'The fisheries council on Tuesday condemned what it called "a reckless and unlawful closure of the bay."';
  assert.equal(quotesOf(text)[0]!.speaker, 'The fisheries council');
});

test('a pronoun after "but" is the speaker itself, not the subject of the clause before', () => {
  const text = '"The ferry will run again by spring," Mara Lindqvist says, but she warns that the pier is "falling apart."';
  const qs = quotesOf(text);
  assert.equal(qs[1]!.speaker, 'she');
  assert.equal(qs[1]!.name, 'Mara Lindqvist');
});

test('a parenthetical "he said" inside a sentence keeps the pronoun as the speaker', () => {
  const text = 'Also, Piotr Nowak is no friend of the harbour board, he said. "They never listen to the crews out here."';
  const qs = quotesOf(text);
  assert.equal(qs[0]!.speaker, 'he');
});

test('"X told Y that he …" gives X for a quote the pronoun introduces', () => {
  const text = 'Harbour pilot Anton Weiss told the board that he credits the calm season to “a lot of luck and good charts.”';
  assert.equal(quotesOf(text)[0]!.speaker, 'Harbour pilot Anton Weiss');
});

test('"X said that … “…,” he said" names X, the fuller mention in the same sentence', () => {
  const qs = quotesOf('Tom Hale, a spokesman, said that the campaign will show voters that Ines Varga has "guiding principles to make decisions," he said.');
  assert.deepEqual(qs.map((q) => [q.speaker, q.name]), [['Tom Hale', 'Tom Hale']]);
});

test('"X said that … “…,” she said" keeps the pronoun when its gender does not fit X', () => {
  const qs = quotesOf('Tom Hale said that the harbour was "in good shape," she said.');
  assert.equal(qs[0]!.speaker, 'she');
});
