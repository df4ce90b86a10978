import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

const speakerOf = (text: string): string | null => {
  const qs = quotesOf(text).filter((q) => q.kind === 'speech');
  assert.equal(qs.length, 1, text);
  return qs[0]!.speaker;
};

test('a speaker reported by another takes the one who reports it', () => {
  assert.equal(speakerOf('Harbour pilot Mira Solberg said Jonas Pell told her “the channel is too shallow for tankers.”'),
    'Harbour pilot Mira Solberg');
  assert.equal(speakerOf('Mayor Ines Varga said Thursday that Tomas Hale’s claim about the budget is “simply untrue.”'),
    'Mayor Ines Varga');
  assert.equal(speakerOf('At one point, Ruth Calder said the ferry operators were calling “every ten minutes.”'), 'Ruth Calder');
});

test('a speaker after another verb or a comma keeps the nearest cue', () => {
  assert.equal(speakerOf('Mira Solberg wanted to know why Jonas Pell said “the channel is too shallow.”'), 'Jonas Pell');
  assert.equal(speakerOf('Mira Solberg said, while Jonas Pell argued “the channel is too shallow,” nothing.'), 'Jonas Pell');
});

test('a long setting before "that" still leaves the reporter as the speaker', () => {
  assert.equal(speakerOf('Ines Varga said during a long evening rally in the old port that Tomas Hale once described the toll as “the fairest deal.”'),
    'Ines Varga');
  assert.equal(speakerOf('The harbour board then ruled that Tomas Hale’s claim about the tides is “accurate.”'),
    'The harbour board');
});
