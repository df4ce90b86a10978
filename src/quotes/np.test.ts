import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

const speakerOf = (text: string): string | null => {
  const qs = quotesOf(text).filter((q) => q.kind === 'speech');
  assert.equal(qs.length, 1, text);
  return qs[0]!.speaker;
};

test('an unnamed source described after the noun is named by the noun', () => {
  assert.equal(speakerOf('“The fares will rise,” said a source close to the ferry company.'), 'a source');
  assert.equal(speakerOf('“The fares will rise,” said a person familiar with the talks.'), 'a person');
  assert.equal(speakerOf('Another source familiar with the talks said, “The fares will rise for sure next year.”'),
    'Another source');
  assert.equal(speakerOf('Another port source speaking to the radio said, “The fares will rise next spring.”'),
    'Another port source');
});

test('a participle between a number and a noun stays in the speaker phrase', () => {
  assert.equal(speakerOf('“The fares will rise,” said one unaligned Ohio Democratic strategist.'),
    'one unaligned Ohio Democratic strategist');
});

test('a place after the speaker is still no speaker', () => {
  assert.equal(speakerOf('Analysts in Eastport said the fares would “rise sharply.”'), 'Analysts');
});
