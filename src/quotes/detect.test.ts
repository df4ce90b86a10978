import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectQuotes } from './detect.ts';

/** Paragraphs as the tokenizer makes them: one per non-blank line, spaces trimmed. */
const splitParagraphs = (text: string) =>
  [...text.matchAll(/[^\n]+/g)].map((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    return { start: m.index! + lead, end: m.index! + m[0].trimEnd().length };
  });

const found = (text: string): string[] =>
  detectQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));

test('straight and curly double quotes give the words between the marks', () => {
  assert.deepEqual(found('She said "we will stay" and he said “we will go” at once.'), ['we will stay', 'we will go']);
});

test('a trailing comma before the closing mark is not part of the quote', () => {
  assert.deepEqual(found('“The bridge is open,” the engineer said.'), ['The bridge is open']);
});

test('single curly marks are quotations where the text uses them', () => {
  assert.deepEqual(found('Harbour board rejects ‘reckless’ dredging plan'), ['reckless']);
});

test('a single-quoted phrase inside a double quote stays inside it', () => {
  assert.deepEqual(found('“They called it ‘a rescue’, but it was a raid,” she said.'),
    ['They called it ‘a rescue’, but it was a raid']);
});

test('apostrophes are not quotation marks', () => {
  const text = 'The island’s ferry, the sides’ demands and the ’90s don’t matter here.';
  assert.deepEqual(found(text), []);
});

test('an apostrophe inside a single-quoted phrase does not close it', () => {
  assert.deepEqual(found('Farmers fear a ‘town’s end’ scenario'), ['town’s end']);
});

test('an unbalanced mark is capped at its paragraph', () => {
  const text = 'The mayor said “we will rebuild the pier\nThe second paragraph has no quote at all.\nNor does the third.';
  assert.deepEqual(found(text), ['we will rebuild the pier']);
});

test('a quote left open at a paragraph end continues in a paragraph that opens with a mark', () => {
  const text = '“The first part runs to the end of this paragraph.\n“The second part closes it,” the captain said.';
  const qs = detectQuotes(text, splitParagraphs(text));
  assert.equal(qs.length, 2);
  assert.equal(qs[0]!.continues, null);
  assert.equal(qs[1]!.continues, 0);
});

test('doubled apostrophes work as double marks', () => {
  assert.deepEqual(found("''We will not wait,'' the chairwoman said."), ['We will not wait']);
});

test('inch marks after a number do not open a quote', () => {
  assert.deepEqual(found('The panel is 12" wide and the frame is sturdy.'), []);
});

test('curly quotes nested in curly quotes stay inside the outer quote', () => {
  assert.deepEqual(found('“I would rather live in what he calls “chaos” than here,” Ona Vidal wrote.'),
    ['I would rather live in what he calls “chaos” than here']);
});

test('a closing mark used to open a paragraph still opens a quote', () => {
  assert.deepEqual(found('”The tide comes twice a day,” the skipper said.'), ['The tide comes twice a day']);
});

test('an opening mark typed where the quote closes still closes it', () => {
  assert.deepEqual(found('“The bridge is open,“ the engineer said. “We are done.”'), ['The bridge is open', 'We are done.']);
});

test('an invisible direction mark before a closing mark used to open leaves it opening', () => {
  assert.deepEqual(found('\u202a”Sorry, you should have said no!!” posted a reader.'), ['Sorry, you should have said no!!']);
});
