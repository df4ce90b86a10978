import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../doc/tokenize.ts';
import type { Doc } from '../doc/types.ts';
import type { Corpus } from '../analyze/types.ts';
import { attributeTo } from './attribution.ts';
import { summarize } from './stage.ts';
import { countWords } from './words.ts';

function doc(id: string, text: string, outlet: string | null): Doc {
  return makeDoc({ id, source: `${id}.txt`, title: null, outlet, byline: null, dateline: null, credits: [], published: '2031-06-02',
    publishedFrom: 'metadata', removed: [] }, text);
}

// Invented reports of one invented event.
const A = [
  'A grain barge struck the Kessel lock gates on the Varna canal on Monday night, closing the waterway to shipping.',
  'The canal authority said no one was hurt and the barge crew of five was taken off safely.',
  'The lock, opened in 1911, handles about forty barges a day carrying grain and timber to the coast.',
  'Engineers expect the lock gates to be repaired within three weeks.',
].join(' ');
const B = A; // a syndicated copy of A, run by a second outlet
const C = [
  'The Varna canal was closed to shipping after a grain barge struck the Kessel lock gates on Monday night.',
  'The canal authority said no one was hurt and the barge crew of five was taken off safely.',
  'Transport minister Ines Kolar promised on Tuesday to pay barge owners for the days the canal stays closed.',
].join(' ');
const D = [
  'A grain barge hit the lock gates at Kessel on the Varna canal on Monday night and the canal was closed.',
  'Transport minister Ines Kolar promised on Tuesday to pay barge owners for the days the canal stays closed.',
  'Divers and engineers from the canal authority were at the lock by dawn on Tuesday.',
].join('\n\n');

function corpus(outlets: (string | null)[], summaryWords = 200): Corpus {
  const [a, b, c, d] = outlets;
  return { options: { summaryWords }, docs: [doc('a1', A, a!), doc('a2', B, b!), doc('a3', C, c!), doc('a4', D, d!)], duplicates: { a2: 'a1' } };
}

test('the attribution prefix lower-cases a common first word and keeps a proper noun; a quote gets a tail', () => {
  const common = doc('x', 'The canal authority said no one was hurt.', 'Canal Post');
  const a = attributeTo('Canal Post', common.text, common, 0);
  assert.equal(a.text, 'According to Canal Post, the canal authority said no one was hurt.');
  assert.equal(a.text.slice(a.added.start, a.added.end), 'According to Canal Post, ');
  const proper = doc('y', 'Ines Kolar promised to pay the barge owners.', 'Canal Post');
  assert.equal(attributeTo('Canal Post', proper.text, proper, 0).text, 'According to Canal Post, Ines Kolar promised to pay the barge owners.');
  const acronym = doc('z', 'NATO ships waited outside the lock for a day.', 'Canal Post');
  assert.match(attributeTo('Canal Post', acronym.text, acronym, 0).text, /, NATO ships/);
  // The tagger calls a capitalised opening noun proper; the story's own lower-case "police" says otherwise.
  const police = doc('p', 'Police closed the towpath along the Kessel lock.', 'Canal Post');
  const other = doc('o', 'The towpath was closed by police on Monday.', null);
  assert.match(attributeTo('Canal Post', police.text, police, 0, [police, other]).text, /, police closed/);
  assert.match(attributeTo('Canal Post', police.text, police, 0, [police]).text, /, Police closed/);
  const quote = doc('q', '“We will pay every owner,” Ines Kolar said.', 'Canal Post');
  const q = attributeTo('Canal Post', quote.text, quote, 0);
  assert.equal(q.text, '“We will pay every owner,” Ines Kolar said, according to Canal Post.');
  assert.equal(q.text.slice(q.added.start, q.added.end), ', according to Canal Post');
});

test('a sentence only one named outlet reports says so; the evidence still cites that outlet\'s own words', () => {
  const c = corpus(['Canal Post', 'Harbour Wire', 'River Times', null]);
  const summary = summarize(c);
  const lock = summary.find((s) => s.text.includes('repaired within three weeks'));
  assert.ok(lock, 'the single-outlet sentence is in the summary');
  assert.equal(lock.text, 'According to Canal Post, engineers expect the lock gates to be repaired within three weeks.');
  // Cited: the original and its syndicated copy (one outlet), each on the outlet's own words.
  assert.deepEqual(lock.articles, ['a1', 'a2']);
  for (const e of lock.evidence) {
    const words = c.docs.find((d) => d.id === e.article)!.text.slice(e.start, e.end);
    assert.equal(words, 'Engineers expect the lock gates to be repaired within three weeks.');
    assert.ok(lock.text.endsWith(words.slice(1)));
  }
  // What two or more outlets report carries no attribution.
  const minister = summary.find((s) => s.text.includes('Ines Kolar'));
  assert.ok(minister && minister.articles.length >= 2);
  assert.doesNotMatch(minister.text, /according to/i);
});

test('an unknown outlet gets no attribution, and a story of one outlet needs none', () => {
  const unknown = summarize(corpus([null, null, 'River Times', null]));
  assert.ok(unknown.some((s) => s.text.startsWith('Engineers expect')));
  assert.ok(unknown.every((s) => !/according to/i.test(s.text)));
  const one = summarize(corpus(['Canal Post', 'Canal Post', 'Canal Post', 'Canal Post']));
  assert.ok(one.length > 0);
  assert.ok(one.every((s) => !/according to/i.test(s.text)));
});

test('the attribution words count against the word budget', () => {
  for (const budget of [25, 40, 60, 80]) {
    const summary = summarize(corpus(['Canal Post', 'Harbour Wire', 'River Times', 'Lock News'], budget));
    const words = summary.reduce((n, s) => n + countWords(s.text), 0);
    assert.ok(words <= budget, `${words} > ${budget}`);
  }
});

test('a shortened sentence keeps the capital of the name it now opens with', () => {
  const x = doc('a1', 'Meanwhile, Jonas Berg closed the Kessel lock to all barges until the gates are mended.', 'Canal Post');
  const y = doc('a2', 'Dozens of barges waited at the Kessel lock for a second day while the gates were mended.', 'River Times');
  const summary = summarize({ options: { summaryWords: 60 }, docs: [x, y] });
  const berg = summary.find((s) => s.text.includes('Jonas Berg'));
  assert.ok(berg, JSON.stringify(summary));
  assert.equal(berg.text, 'According to Canal Post, Jonas Berg closed the Kessel lock to all barges until the gates are mended.');
  assert.deepEqual(berg.evidence, [{ article: 'a1', start: x.text.indexOf('Jonas'), end: x.text.length }]);
  assert.deepEqual(berg.attribution, { outlet: 'Canal Post', start: 0, end: 'According to Canal Post, '.length });
});

test('a sentence more than one outlet reports carries no attribution', () => {
  const x = doc('a1', 'The Kessel lock stays closed to all barges until the gates are mended.', 'Canal Post');
  const y = doc('a2', 'The Kessel lock stays closed to all barges until the gates are mended, the authority said.', 'River Times');
  const summary = summarize({ options: { summaryWords: 60 }, docs: [x, y] });
  assert.ok(summary.length > 0);
  for (const s of summary) {
    if (s.articles.length > 1) assert.equal(s.attribution, undefined, JSON.stringify(s));
  }
  assert.ok(summary.some((s) => s.articles.length > 1), JSON.stringify(summary));
});
