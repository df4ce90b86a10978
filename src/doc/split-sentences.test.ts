import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeText } from './tokenize.ts';

const sentencesOf = (text: string): string[] => tokenizeText(text).sentences.map((s) => text.slice(s.start, s.end));

test('a full stop before a capital ends a sentence', () => {
  assert.deepEqual(sentencesOf('The port reopened. Ferries ran again by noon.'), ['The port reopened.', 'Ferries ran again by noon.']);
});

test('closing quotes and brackets stay with the sentence they close', () => {
  assert.deepEqual(sentencesOf('“We will wait.” The mayor left (quietly.) Then rain came.'),
    ['“We will wait.”', 'The mayor left (quietly.)', 'Then rain came.']);
});

test('an exclamation inside a quote followed by its attribution stays one sentence', () => {
  assert.deepEqual(sentencesOf('“Build it now!” she told the crowd. Nobody moved.'),
    ['“Build it now!” she told the crowd.', 'Nobody moved.']);
});

test('a straight quote after a space opens the next sentence instead of closing this one', () => {
  assert.deepEqual(sentencesOf('"It is done," he said. "Now we rest."'), ['"It is done," he said.', '"Now we rest."']);
});

test('abbreviations and titles do not end a sentence', () => {
  assert.deepEqual(sentencesOf('Mr. Orlen met the U.S. Senate panel at 9 a.m. Tuesday.'),
    ['Mr. Orlen met the U.S. Senate panel at 9 a.m. Tuesday.']);
});

test('a sentence never runs over a line break', () => {
  const { sentences, paragraphs } = tokenizeText('Harbour strike ends\nWorkers returned on Monday. Pay rose.');
  assert.equal(paragraphs.length, 2);
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 1, 1]);
});

test('old-style `` quotes open a sentence and a question mark before lowercase does not end one', () => {
  assert.deepEqual(sentencesOf("He paused. ``Why now?'' he asked. What next?"), ["He paused.", "``Why now?'' he asked.", 'What next?']);
});
