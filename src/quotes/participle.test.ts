import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

test('", X said, adding, “…”" goes on with the one who said, not the subject of the clause before', () => {
  const qs = quotesOf('The two ministers will meet next week, Ivo Kern said, adding, “They need to sit down and talk.”');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Ivo Kern']]);
});

test('", adding …" after a clause without a speech verb takes the sentence subject', () => {
  const qs = quotesOf('Mayor Ines Varga criticized the toll plan, adding, “They need to sit down and talk.”');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Mayor Ines Varga']]);
});

test('"X was quick to add that …" makes X the speaker of the quote that follows', () => {
  const qs = quotesOf('The toll is negotiable. Ines Varga was quick to add that the bridge is not. “Building it? Not negotiable at all.”');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Ines Varga']]);
});

test('a participle after a place or a medium takes the sentence subject, not the place', () => {
  const qs = quotesOf('Ines Varga answered the question on Facebook writing, “Yes, I will. That was a poor choice of words.”');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Ines Varga']]);
});

test('“….” X warned Saturday that … opens a new statement, not a closing cue', () => {
  const qs = quotesOf('Ines Varga called the board’s decision “arbitrary.” Tomas Hale, a harbour pilot, warned Saturday that the port would close.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Ines Varga']]);
});

test('a comma left out before "said Name" still attributes the quote', () => {
  const qs = quotesOf('"For months we stood by while leaks tried to build a false story" said Nils Brand, a campaign spokesman.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Nils Brand']]);
});

test('a quote inside a sentence followed by an ordinary verb takes no speaker from it', () => {
  const qs = quotesOf('The ferry was “not serious” said to be the view of few.');
  assert.equal(qs[0]!.speaker, null);
});

test('", chanting “…”" after a clause opened by "where" goes with that clause’s subject', () => {
  const qs = quotesOf('The union met near the pier, where about fifty protesters had gathered on Monday, chanting "no contract, no peace" until noon.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'fifty protesters']]);
});

test('", adding …" after a clause that is the object of a speech verb stays with the one who spoke', () => {
  const qs = quotesOf('Ines Varga said the plan was bad, adding, “They need to sit down and talk.”');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Ines Varga']]);
});

test('", saying “…”" after a sentence with a speech verb goes to that verb’s subject, not to an opening phrase', () => {
  const qs = quotesOf('Alongside the union calls for action, even a harbour pilot said the mayor must choose, saying, “At some point she has to say where she stands.”');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'a harbour pilot']]);
});

test('a book "called “…”" is a title: no one is calling it that', () => {
  const qs = quotesOf('She built her brand around the cause, writing a book called "Women Who Work" and leading the charge.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['scare', null]]);
});

test('"slammed the loophole called an “inversion”" goes to the one who slammed it', () => {
  const qs = quotesOf('The senators slammed the tax loophole called an "inversion," in which a company moves abroad.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'The senators']]);
});

test('"Officials at the port called it “…”" is still the officials calling it that', () => {
  const qs = quotesOf('Officials at the port called it "a disaster" on Monday.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Officials']]);
});

test('"a band called Sophistafunk got the crowd to cheer “…”" gives the band no words: "called" names it', () => {
  const qs = quotesOf('A warm-up band called Sophistafunk got the crowd to dance and cheer for "President Ines Varga."');
  assert.equal(qs[0]!.speaker, null);
});

test('a nickname a few words after "referred to her" is the referrer’s word, not a title', () => {
  const qs = quotesOf('In her letters to the mayor, Ines Varga often referred to her by a nickname, “Gert.”');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Ines Varga']]);
});

test('", at one point calling …" after ", and X has battled …" goes with X', () => {
  const qs = quotesOf('The plan stalled under Mayor Ines Varga, and Tom Hale has battled with the board over the budget, at one point calling the treasurer a "liar" in public.');
  assert.equal(qs[0]!.speaker, 'Tom Hale');
});

test('", saying …" after a leading "Although …," clause goes with the main clause’s subject', () => {
  const qs = quotesOf('Although Ines Varga thanked the crew for its work, Tom Hale sounded a rare note of doubt, saying, "I am not sure we deserve it."');
  assert.equal(qs[0]!.speaker, 'Tom Hale');
});

test('"Rather, he said, …" never takes "Rather" for a name', () => {
  const qs = quotesOf('Tom Hale spoke last. Rather, he said, the struggles will go on. “To my knowledge, there is no one else involved.”');
  assert.notEqual(qs[0]!.speaker, 'Rather');
});

test('", remarking “…”" after "X tweeted when Y ended the debate" goes with Y, the subject of the "when" clause', () => {
  const qs = quotesOf('Tom Hale tweeted when Ines Varga ended the debate with a joke, remarking, “Thank you, and good night to all.”');
  assert.equal(qs[0]!.speaker, 'Ines Varga');
});
