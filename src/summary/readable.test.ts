import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../doc/tokenize.ts';
import { checkSentence } from './readable.ts';

function check(sentence: string): string {
  const doc = makeDoc({ id: 'a1', source: 'a1', title: null, outlet: null, byline: null, dateline: null, credits: [], published: null,
    publishedFrom: null, removed: [] }, sentence);
  const r = checkSentence(doc, doc.sentences[0]!);
  return r.ok ? 'ok' : r.reason!;
}

const CASES: [string, string][] = [
  ['The port authority in Velden closed two piers on Monday after a crane fell into the harbour.', 'ok'],
  ['He said the crane had passed its last inspection in March of this year.', 'dangling opener'],
  ['This was the third accident at the port since the start of the year.', 'dangling opener'],
  ['The move drew sharp criticism from the dock workers union on Tuesday.', 'anaphoric opener'],
  ['After the meeting with union leaders, he promised a full review of crane safety.', 'dangling pronoun'],
  ['“We will not reopen the piers until every crane has been checked,” port director Anna Roth said.', 'ok'],
  ['“We will not reopen the piers until every crane has been checked again.”', 'quote without speaker'],
  ['Piers closed, cranes checked and the port quiet for the week', 'no final punctuation'],
  ['Harbour safety in numbers: a short guide.', 'no verb'],
  ['2019: Crane collapses at the north pier and injures two workers.', 'list item'],
  ['The crane operator, Tomas Berg, told reporters he had felt the boom shake.', 'ok'],
  ['Too short to use.', 'short'],
  ['The harbour police arrived soon after he had called for help from the pier.', 'pronoun without antecedent'],
  ['Port director Anna Roth said she would ask for a full report by Friday.', 'ok'],
  ['“The piers will stay shut until the checks are done,” he added on Tuesday.', 'quote without named speaker'],
  ['The union statement was endorsed by Rep. Mara Kell, D-N.', 'cut at an initial'],
  ['Dock workers accused the director of trying to “hide” the crane reports on Monday.', 'ok'],
  ['The decision to close the piers came after a second crane failed on Monday.', 'ok'],
  ['The former harbour master of Velden was questioned by police on Monday.', 'ok'],
  ['The decision drew protests from the dock workers on Monday.', 'anaphoric opener'],
  ['Part of that scheme depends on a loan the harbour board has not yet approved.', 'demonstrative without referent'],
  ['Crane inspections this year found cracks in four booms at the north pier.', 'ok'],
  ['Dock workers were charged with theft and fraud in connection with those shipments.', 'ok'],
  ['Under their new contract, dock workers will be paid for every hour of a closure.', 'ok'],
  ['Under their new contract the piers will reopen only after every crane is checked.', 'pronoun without antecedent'],
  ['The port board said it would publish the inspection reports on Friday.', 'ok'],
  ['One would let ferries use the old pier at night during the closure.', 'dangling opener'],
  ['The harbour master of Velden is something else besides: a crane designer.', 'points back'],
  ['Nobody else in the port of Velden has seen a crane fall in forty years.', 'points back'],
  ['Ferries must use the south pier of Velden or else wait outside the harbour.', 'ok'],
  ['Dock workers say the cranes are unsafe and I would not stand under one.', 'first person outside quotes'],
  ['Port director Anna Roth said, “We will reopen the pier once every crane is checked.”', 'ok'],
  ['The US coast guard closed the north pier of Velden to all ferries.', 'ok'],
  ['A spokesman for the crane maker was not immediately available for comment.', 'no comment'],
  ['The port board refused, saying the cranes had passed every inspection.', 'answer without its question'],
  ['The port board refused a request from the union to close the north pier.', 'ok'],
  ['One crane operator was taken to hospital with a broken arm after the fall.', 'ok'],
  ['Harbour staff believe that kind of crane is no longer safe to use.', 'demonstrative without referent'],
];

test('a sentence is accepted or refused for the summary, with the reason', () => {
  for (const [sentence, expected] of CASES) assert.equal(check(sentence), expected, sentence);
});

test('a quotation with too few content words to tell the reader anything is refused', () => {
  assert.equal(check('Port director Anna Roth smiled and replied, “That is quite all right.”'), 'low-content quote');
  assert.equal(check('Port director Anna Roth said, “Every crane in the harbour will be inspected by Friday.”'), 'ok');
});

test('a speaker given as a pronoun needs a person the entity layer names before it', () => {
  const meta = { id: 'a1', source: 'a1', title: null, outlet: null, byline: null, dateline: null, credits: [], published: null,
    publishedFrom: null, removed: [] };
  const bare = makeDoc(meta, 'Dock workers in the Velden harbour, he said, would not accept a longer closure.');
  assert.equal(checkSentence({ ...bare, mentions: [] }, bare.sentences[0]!).reason, 'pronoun without antecedent');
  const named = makeDoc(meta, 'Dock workers in Velden would not accept it, Anna Roth told them, he said, a long time ago.');
  // Tokens: Dock(0) workers(1) in(2) Velden(3) would(4) not(5) accept(6) it(7) ,(8) Anna(9) Roth(10) …
  const roth = { type: 'person', tokenStart: 9, tokenEnd: 11, start: named.tokens[9]!.start, end: named.tokens[10]!.end, text: 'Anna Roth' };
  assert.notEqual(checkSentence({ ...named, mentions: [roth] } as typeof named, named.sentences[0]!).reason, 'pronoun without antecedent');
});

test('a quotation whose resolved speaker the sentence does not name is refused', () => {
  const meta = { id: 'a1', source: 'a1', title: null, outlet: null, byline: null, dateline: null, credits: [], published: null,
    publishedFrom: null, removed: [] };
  const text = 'Harbour chief Tomas Berg will lead the review, with the aim “to reopen every pier in Velden before the summer”, he said.';
  const d = makeDoc(meta, text);
  const open = text.indexOf('“');
  const quote = (speakerName: string) => ({ start: open + 1, end: text.indexOf('”'), kind: 'speech' as const, speakerSpan: null, speakerName,
    speakerMention: null, continues: null });
  assert.equal(checkSentence({ ...d, quotes: [quote('Anna Roth')] }, d.sentences[0]!).reason, 'quote without its speaker');
  assert.equal(checkSentence({ ...d, quotes: [quote('Tomas Berg')] }, d.sentences[0]!).ok, true);
});
