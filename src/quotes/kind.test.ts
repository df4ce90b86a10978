import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, headlineFlags, isHeadlineLike, isTitleLike, quoteKind, wordsOf } from './kind.ts';
import { quotesOf } from './test-helpers.ts';

test('countWords counts what wordsOf lists, without building the list', () => {
  const samples = [
    'The harbour’s well-known pilot, Mr. Okafor, said the U.S. plan was "fine".',
    '  — 42 boats, 3.5 tonnes; naïve café-owners’ rows! ',
    'Zürich, Łódź and São Paulo',
    '',
    "it's -- ' - odd ’ marks",
  ];
  for (const s of samples) assert.equal(countWords(s, 0, s.length), wordsOf(s).length, s);
  const text = 'one two “three four” five';
  assert.equal(countWords(text, text.indexOf('three'), text.indexOf('”')), 2);
});

test('headlineFlags reads each quote on its paragraph without that quote, as isHeadlineLike does', () => {
  const text = 'Harbour Chief Warns Of “rough winter” Ahead For Fishing Fleet';
  const open = text.indexOf('“');
  const close = text.indexOf('”') + 1;
  const flags = headlineFlags(text, 0, text.length, [{ open, close }]);
  assert.deepEqual(flags, [isHeadlineLike(text.slice(0, open) + ' ' + text.slice(close))]);
  assert.equal(flags[0], true);
  const running = 'The harbour chief said there would be a “Rough Winter” for the small fishing fleet.';
  assert.deepEqual(headlineFlags(running, 0, running.length,
    [{ open: running.indexOf('“'), close: running.indexOf('”') + 1 }]), [false]);
});

test('a short quoted title is a scare quote in running text, and the headline test is only asked for a title', () => {
  let asked = 0;
  const headline = (): boolean => { asked++; return false; };
  assert.equal(quoteKind('Rough Winter', null, false, { headline, before: 'a', own: true }), 'scare');
  assert.equal(asked, 1);
  assert.equal(quoteKind('we will not sail this week at all', null, false, { headline, before: 'said', own: true }), 'speech');
  assert.equal(asked, 1);
});

test('a capitalised word quoted in a sentence closed by "according to X" is speech attributed to X', () => {
  const qs = quotesOf('The mayor heard “Resign!” all along the quay, according to the port authority.');
  assert.equal(qs[0]!.kind, 'speech');
  assert.equal(qs[0]!.speaker, 'the port authority');
});

test('a short sentence whose only capital is its first word is no title ("Which is it?")', () => {
  assert.equal(isTitleLike('Which is it?'), false);
  assert.equal(isTitleLike('They may not be.'), false);
  assert.equal(isTitleLike('Meet the Press'), true);
  assert.equal(isTitleLike('Veep'), true);
});
