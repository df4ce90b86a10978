import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../doc/tokenize.ts';
import type { Doc } from '../doc/types.ts';
import { shorterForms } from './compress.ts';

function doc(text: string): Doc {
  return makeDoc({ id: 'a1', source: 'a1', title: null, outlet: null, byline: null, dateline: null, credits: [], published: null,
    publishedFrom: null, removed: [] }, text);
}

/** The readable shorter forms of the first sentence, as the words their spans hold. */
function forms(text: string): string[] {
  const d = doc(text);
  return shorterForms(d, d.sentences[0]!).filter((f) => f.readable).map((f) => f.parts.map((p) => d.text.slice(p.start, p.end)).join(''));
}

test('a parenthesis is dropped with the space before it; the spans hold every remaining word', () => {
  assert.deepEqual(forms('The new ferry terminal lies some 40 kilometers (25 miles) north of the city of Velden.'),
    ['The new ferry terminal lies some 40 kilometers north of the city of Velden.']);
  const d = doc('Crowds gathered for Marit Olsen (pronounced OL-sen), who landed in Velden on Sunday.');
  const [f] = shorterForms(d, d.sentences[0]!);
  assert.equal(f!.parts.length, 2);
  assert.equal(d.text.slice(f!.parts[1]!.start, f!.parts[1]!.end), ', who landed in Velden on Sunday.');
});

test('a sentence too long to use may be used once cut to length', () => {
  const long = 'The port authority of Velden closed the north pier and the old ferry pier after a crane fell into the harbour ' +
    '(the third such accident at the port since the start of the summer season), and it asked the two ferry companies ' +
    'to move their boats to the south pier until the cranes have been checked by engineers.';
  const d = doc(long);
  const [f] = shorterForms(d, d.sentences[0]!);
  assert.ok(f && f.readable);
  assert.doesNotMatch(f.parts.map((p) => d.text.slice(p.start, p.end)).join(''), /third such accident/);
});

test('an opening connective or circumstance goes when the main clause can stand alone', () => {
  assert.deepEqual(forms('But the port authority rejected the union offer after a long meeting.'),
    ['the port authority rejected the union offer after a long meeting.']);
  assert.deepEqual(forms('Meanwhile, the port authority closed two more piers in Velden.'),
    ['the port authority closed two more piers in Velden.']);
  assert.deepEqual(forms('Despite a late offer from the union, the port authority closed two piers in Velden.'),
    ['the port authority closed two piers in Velden.']);
});

test('an opening that is an inverted main clause stays, and a number in apposition is no subject', () => {
  assert.deepEqual(forms('Among them was Ines Kolar, 38, who runs a ferry kiosk on the old quay of Velden.'), []);
  assert.deepEqual(forms('After the crane fell into the harbour, the port authority closed two piers in Velden.'),
    ['the port authority closed two piers in Velden.']);
});

test('an opening participle or "for its part" goes; a question put to the subject stays with its answer', () => {
  assert.deepEqual(forms('Struggling to meet a third deadline, the port authority closed two piers in Velden.'),
    ['the port authority closed two piers in Velden.']);
  assert.deepEqual(forms('For its part, the dock workers union rejected the new safety rules.'),
    ['the dock workers union rejected the new safety rules.']);
  assert.deepEqual(forms('Asked whether the piers would reopen, the port director said no decision had been made.'), []);
  assert.deepEqual(forms('According to the union, the port authority ignored two warnings about the crane.'), []);
});

test('a connective set off by commas, an "also" and a "here" go; a "here" before "to" stays', () => {
  assert.deepEqual(forms('The dock workers union, however, rejected the new safety rules.'),
    ['The dock workers union rejected the new safety rules.']);
  assert.deepEqual(forms('Two ferry companies will also move their boats to the north pier.'),
    ['Two ferry companies will move their boats to the north pier.']);
  assert.deepEqual(forms('The port director met here with two union leaders and the mayor.'),
    ['The port director met with two union leaders and the mayor.']);
  assert.deepEqual(forms('Crane drivers trained here to work the new cranes at the north pier.'), []);
});

test('no form is offered when what remains would point back or depend on a condition', () => {
  assert.deepEqual(forms('But they rejected the union offer after a long meeting in Velden.'), []);
  assert.deepEqual(forms('And because the cranes failed, the port closed two piers in Velden.'), []);
  assert.deepEqual(forms('If the union strikes, the port authority will close two piers in Velden.'), []);
  assert.deepEqual(forms('Under the new plan, the port authority will close two piers in Velden.'), []);
  assert.deepEqual(forms('After the meeting, it closed two piers and sent the crane crews home.'), []);
});

test('a weekday adverbial goes, with its "on" and its part of the day; a weekday that a preposition or a name needs stays', () => {
  assert.deepEqual(forms('The port director met union leaders Sunday with two city officials.'),
    ['The port director met union leaders with two city officials.']);
  assert.deepEqual(forms('The port authority closed two piers on Monday evening, officials said Tuesday.'),
    ['The port authority closed two piers, officials said.', 'The port authority closed two piers on Monday evening.',
      'The port authority closed two piers.']);
  assert.deepEqual(forms('The crane fell early on Saturday and struck a moored barge at the pier.'),
    ['The crane fell and struck a moored barge at the pier.']);
  assert.deepEqual(forms('The port authority agreed last week to close two piers for repairs.'),
    ['The port authority agreed to close two piers for repairs.']);
  assert.deepEqual(forms('The port authority said today that two piers would stay closed.'),
    ['The port authority said that two piers would stay closed.']);
  assert.deepEqual(forms('Last week, the port authority closed two piers for repairs in Velden.'),
    ['the port authority closed two piers for repairs in Velden.']);
  assert.deepEqual(forms('Last week, port director Marit Olsen said she would close two piers.'),
    ['port director Marit Olsen said she would close two piers.']);
  assert.deepEqual(forms('On Sunday evening, the port authority closed two piers for repairs.'),
    ['the port authority closed two piers for repairs.']);
  assert.deepEqual(forms('The port authority will keep two piers closed until next week at the earliest.'), []);
  assert.deepEqual(forms('The port authority will keep two piers closed until Friday at the earliest.'), []);
  assert.deepEqual(forms('The port authority said Sunday\'s vote would decide the future of two piers.'), []);
  assert.deepEqual(forms('The Velden Port Authority Tuesday closed two piers after a crane fell.'),
    ['The Velden Port Authority closed two piers after a crane fell.']);
  assert.deepEqual(forms('The mayor spoke with the port director, Marit Olsen, on Sunday, the council said.'),
    ['The mayor spoke with the port director, Marit Olsen, the council said.',
      'The mayor spoke with the port director, Marit Olsen, on Sunday.', 'The mayor spoke with the port director, Marit Olsen.']);
  assert.deepEqual(forms('The union will vote on Thursday or Friday on the new safety rules.'), []);
  assert.deepEqual(forms('Dock workers marched on Good Friday to demand safer cranes at the port.'), []);
});

test('a generic attribution closing a sentence goes, but not a named speaker, a pronoun or one beside a quote', () => {
  assert.deepEqual(forms('Two cranes at the north pier of Velden were found to have cracked booms, port officials said.'),
    ['Two cranes at the north pier of Velden were found to have cracked booms.']);
  assert.deepEqual(forms('The ferry company will move its boats to the south pier, people close to the talks said on Monday.'),
    ['The ferry company will move its boats to the south pier, people close to the talks said.',
      'The ferry company will move its boats to the south pier.']);
  assert.deepEqual(forms('The harbour will stay closed to cargo ships until March, Anna Roth said.'), []);
  assert.deepEqual(forms('The port board has ordered checks of every crane in Velden, the harbour master said.'),
    ['The port board has ordered checks of every crane in Velden.']);
  assert.deepEqual(forms('The union called the closure “a scandal” and a “betrayal”, officials said.'), []);
});

test('an attribution dropped after an abbreviation leaves one full stop', () => {
  assert.deepEqual(forms('The pier contract went to Harbour Works Inc., people familiar with the deal said.'),
    ['The pier contract went to Harbour Works Inc.']);
});

test('an opening purpose goes when the main clause can stand alone', () => {
  assert.deepEqual(forms('To ease the backlog of ships, the port authority opened the old ferry pier to cargo.'),
    ['the port authority opened the old ferry pier to cargo.']);
});

test('a comma between two adjectives does not end an opening phrase', () => {
  assert.deepEqual(forms('After a long, two-hour meeting, the port authority closed the north pier to ferries.'),
    ['the port authority closed the north pier to ferries.']);
});

test('a possessive after a noun in what remains points to that noun, so the opening may go', () => {
  assert.deepEqual(forms('To cite one case, the ferry company moved its boats to the south pier.'),
    ['the ferry company moved its boats to the south pier.']);
});

test('a generic attribution after "according to" or set off by commas inside the sentence goes too', () => {
  assert.ok(forms('Four cranes at the north pier of Velden had cracked booms, according to port engineers.')
    .includes('Four cranes at the north pier of Velden had cracked booms.'));
  assert.ok(forms('The north pier of Velden, harbour officials said, will stay closed to ferries until March.')
    .includes('The north pier of Velden will stay closed to ferries until March.'));
  assert.ok(forms('The harbour will stay closed to cargo ships in Velden, the port board said in a statement.')
    .includes('The harbour will stay closed to cargo ships in Velden.'));
  assert.ok(forms('The ferry company, according to people close to the talks, will sell its two oldest boats.')
    .includes('The ferry company will sell its two oldest boats.'));
  assert.ok(!forms('The north pier of Velden, Anna Roth said, will stay closed to ferries until March.')
    .includes('The north pier of Velden will stay closed to ferries until March.'));
});

test('a time counted from an event told before ("two hours later") or from the article’s date ("the other morning") may go', () => {
  assert.ok(forms('Engineers of the water authority opened the emergency gates two hours later to ease the pressure.')
    .includes('Engineers of the water authority opened the emergency gates to ease the pressure.'));
  assert.ok(forms('The mayor of Velden visited the north pier the other morning to meet the crane crews.')
    .includes('The mayor of Velden visited the north pier to meet the crane crews.'));
  // "until two hours later" keeps its preposition's object.
  assert.ok(forms('The north pier of Velden stayed closed until two hours later than planned.').every((f) => /two hours later/.test(f)));
});
