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

test('a statement or a post that adds something is the speaker', () => {
  assert.equal(speakerOf('He was “a careful and well liked pilot,” the statement added. He was 56.'), 'the statement');
  assert.equal(speakerOf('“The river will crest tonight,” Marta Okafor said in a statement.'), 'Marta Okafor');
});

test('a long aside with a relative clause still leaves the name as the subject', () => {
  assert.equal(speakerOf('Nils Brand, a veteran harbour pilot who steered the first tankers into the new basin in 2008 and is now '
    + 'training the pilots of the coming season in the state, said the dredging is a “waste of our money.”'), 'Nils Brand');
});

test('a quantifier standing for people is a speaker', () => {
  assert.equal(speakerOf('The pilots disagreed. Several said they would rather see the money handed out in “block grants” to towns.'), 'Several');
  assert.equal(speakerOf('One pilot called it a scandal. Another said he hoped with his “whole heart” that the port reopens.'), 'Another');
});

test('a speaker after "said" keeps a long apposition that closes the sentence', () => {
  assert.equal(speakerOf('“We are extremely happy” about the ruling, said Rosa Mendel, director of the pilots union, a group that has broken away and backed the mayor.'),
    'Rosa Mendel');
});

test('"That" opening the sentence is a determiner of the speaker phrase', () => {
  assert.equal(speakerOf('That letter, on the port board’s paper, demanded that Hale make “a full and public apology to the crews.”'),
    'That letter');
  assert.equal(speakerOf('Ines Varga said that Hale was “a poor and careless manager of the port.”'), 'Ines Varga');
});

test('a lower-case hyphenated compound stays inside the speaker phrase', () => {
  assert.equal(speakerOf('“The energy is going to be big,” said one well-connected Democrat from the county.'),
    'one well-connected Democrat');
});

test('after a quote, a participle’s object is no speaker', () => {
  assert.equal(speakerOf('Ines Varga said the board had at last put its plan “on paper and not only on the radio,” echoing some far-right critics.'),
    'Ines Varga');
});

test('two named speakers joined by "and" after a quote are one speaker phrase', () => {
  assert.equal(speakerOf('"We can only wonder what the board intends," harbour chief Ines Varga and Mayor Tomas Hale, both independents, said in a statement.'),
    'harbour chief Ines Varga and Mayor Tomas Hale');
});

test('a short quoted title inside an aside does not hide the subject before it', () => {
  const qs = quotesOf('Sam Roe, a guest on the radio show "Harbour Hour," who later ran the station, said the boss was "always kind and generous."');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['scare', null], ['speech', 'Sam Roe']]);
});

test('a short quote used as a modifier inside an aside after a quote keeps the cue', () => {
  const qs = quotesOf('“We had better years than this one,” delegate Ivo Kern, wearing a hat and “Hale for Mayor” pins, said as the hall emptied.');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'delegate Ivo Kern'], ['scare', null]]);
});

test('poll shares and those asked speak: "four in 10 said", "those surveyed said"', () => {
  assert.equal(quotesOf('About four in 10 said they were "angry" with the ferry company.')[0]!.speaker, 'four in 10');
  assert.equal(quotesOf('While those surveyed said Ines Varga has the "best experience," Hale leads.')[0]!.speaker, 'those surveyed');
});

test('a span of time before "ago" between a subject and its verb is skipped', () => {
  assert.equal(quotesOf('Jane Roe 10 days ago said the pier was "fine."')[0]!.speaker, 'Jane Roe');
  assert.equal(quotesOf('The port authority less than two weeks ago said that “urgent” repairs were due.')[0]!.speaker, 'The port authority');
});

test('a relative clause with a verb of its own between a noun and "said" leaves the noun the speaker', () => {
  assert.equal(quotesOf('A spokeswoman who asked not to be named said the plan was "dead on arrival."')[0]!.speaker, 'A spokeswoman');
  assert.equal(quotesOf('A port official who spoke anonymously to discuss the talks said, "There are discussions under way."')[0]!.speaker,
    'A port official');
});

test('"…,” reads a Wednesday editorial in the Courier" names the editorial', () => {
  assert.equal(quotesOf('“There are eels with more spine than the harbour board,” reads a Wednesday editorial in the Courier.')[0]!.speaker,
    'a Wednesday editorial');
});

test('a quantifier alone after the verb speaks: "…,” read one.', () => {
  const qs = quotesOf('Six banners hung over the pier. “The harbour is ours,” read one. “Keep the ferry,” said another.');
  assert.deepEqual(qs.map((q) => q.speaker), ['one', 'another']);
});

test('"said master of ceremonies Jane Al-Tabchi" keeps the title with "of" and the hyphenated surname', () => {
  const [q] = quotesOf('"Thanks for welcoming them," said master of ceremonies Asab Al-Tabchi, an engineer.');
  assert.equal(q!.speaker, 'master of ceremonies Asab Al-Tabchi');
  assert.equal(q!.name, 'Asab Al-Tabchi');
});

test('"a source familiar with Roe’s thinking said" names the source, not the thinking', () => {
  assert.equal(quotesOf('Another source familiar with Roe’s thinking said, “She will try to be friendlier.”')[0]!.speaker, 'Another source');
});

test('a year before a name is not part of the speaker phrase', () => {
  assert.equal(quotesOf('I hope in 2027 Eastport says, "Thank you for a lifetime of service."')[0]!.speaker, 'Eastport');
});

test('the state after a home town is read past to the name before it', () => {
  for (const text of [
    'Dana Rawl, 59, of Ashton, Md., who watched the ceremony, said it was “a great day for all of us.”',
    'Dana Rawl, 59, of Ashton, Md., said it was “a great day for all of us.”',
  ]) assert.deepEqual(quotesOf(text).map((q) => q.speaker), ['Dana Rawl'], text);
});
