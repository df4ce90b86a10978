import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

const speech = (text: string) => quotesOf(text).filter((q) => q.kind === 'speech').map((q) => q.speaker);

test('a statement without a cue is the words of its sentence’s subject', () => {
  assert.deepEqual(speech('Mayor Ines Varga launched into a lament for the “families who lost their boats to the storm.”'),
    ['Mayor Ines Varga']);
  assert.deepEqual(speech('The harbour agency declined to detail the inquiry’s “specific focus, scope or likely targets.”'),
    ['The harbour agency']);
});

test('the subject of the clause holding the quote, not of the clause before it', () => {
  assert.deepEqual(speech('Tomas Hale wants a new quay, while Ines Varga proposed we “wake up and count the cost first.”'),
    ['Ines Varga']);
});

test('no subject, a vague one, or a quote opening its sentence gives no speaker', () => {
  assert.deepEqual(speech('It seemed like “a long way from the old harbour days we all remember.”'), [null]);
  assert.deepEqual(speech('The rain fell. “A long way from the old harbour days we all remember,” the sign read.'), ['the sign']);
  assert.deepEqual(speech('The rain fell. “A long way from the old harbour days we all remember.”'), [null]);
});

test('a verb inside an aside, or an infinitive, is not the clause’s verb', () => {
  assert.deepEqual(speech('Nils Brand, founder of a group that wants an effort to build new quays, welcomed “the recognition that we do not have every tool we need.”'),
    ['Nils Brand']);
});

test('a scare quote earlier in the sentence does not hide the subject from a later statement', () => {
  const qs = quotesOf('The union sued the owners for being “careless” because they knew the ferry “already had a broken rudder for weeks.”');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['scare', null], ['speech', 'The union']]);
});

test('"confirmed", "protested" and "remembered" attribute what follows', () => {
  assert.deepEqual(speech('“The analysts all told her to stop, and she went on anyway,” remembered Nils Brand, a former aide.'),
    ['Nils Brand']);
});

test('a written thing as the subject carries the words', () => {
  assert.deepEqual(speech('The letter, on the port board’s paper, demanded that Hale make “a full and public apology to the crews.”'),
    ['The letter']);
});

test('a participle opening the sentence is skipped for the main verb', () => {
  assert.deepEqual(speech('Introduced on stage by the old sheriff, Mayor Ines Varga launched into a lament for those “tired, tired, tired of waiting.”'),
    ['Mayor Ines Varga']);
});

test('the subject comes after a leading subordinate clause; a quoted title gets none', () => {
  assert.deepEqual(speech('In the hours after 14 sailors were lost, a familiar voice on the radio cheered the storm as “a judgement on the harbour and all who sail from it.”'),
    ['a familiar voice']);
  assert.deepEqual(speech('The pilots then signed on for “The Long Harbour Winter Show” last year.'), []);
});
