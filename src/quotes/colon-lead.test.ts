import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

test('a paragraph ending in "X went on to say:" gives the next paragraph’s quote to X, not to the quote before', () => {
  const qs = quotesOf('“The rivals are only keeping things as they are,” Ines Varga said. She went on to say:\n\n'
    + '“None of them will come out and support the plan, not one of them.”');
  assert.deepEqual(qs.map((q) => q.speaker), ['Ines Varga', 'She']);
});

test('"released the following statement:" takes the subject of its own verb, not of a leading clause', () => {
  const qs = quotesOf('When Hale died in 1998, Mayor Ines Varga released the following statement:\n\n'
    + '“We offer our condolences to the family and friends of Tomas Hale.”');
  assert.deepEqual(qs.map((q) => q.speaker), ['Mayor Ines Varga']);
});

test('a name with a party tag in brackets before a colon speaks the quote that follows', () => {
  const qs = quotesOf('The hearing went on. Rep. Ivo Kern (R-S.C.):"I have not heard anyone cite that figure. Who told you that?"');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Rep. Ivo Kern']]);
});

test('a short quote paragraph right after "X was quick to add that …" is X’s', () => {
  const qs = quotesOf('Tom Hale was quick to add that the talks do not include closing the pier.\n\n“Closing it? Not negotiable.”');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Tom Hale']]);
});

test('a short quote paragraph after a sentence with no speech verb gets no speaker', () => {
  const qs = quotesOf('Tom Hale walked along the pier in the rain.\n\n“Closing it? Not negotiable.”');
  assert.equal(qs[0]!.speaker, null);
});

test('a paragraph "He then listed …:" gives the quote paragraphs after it to the person it names', () => {
  const qs = quotesOf('Tom Hale wrote to the board.\n\nHe then listed what a new harbour master needs:\n\n"First, a record of keeping boats safe in storms of every kind."');
  assert.deepEqual(qs.map((q) => [q.speaker, q.name]), [['He', 'Tom Hale']]);
});

test('a paragraph "The results were as follows:" names no speaker for the quote after it', () => {
  const qs = quotesOf('The board met on Friday.\n\nThe results were as follows:\n\n"Three boats were damaged and one was lost in the storm that night."');
  assert.equal(qs[0]!.speaker, null);
});
