import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bootstrapAverage, scoreUnit, type RougeOptions } from './score.ts';
import { readSummary, rougeTokens } from './tokens.ts';
import { PerlRand } from './perl-rand.ts';

const OPTS: RougeOptions = { maxN: 2, limit: 100, stem: true, alpha: 0.5, exceptions: true };

test('recall sums hits and reference n-grams over all references before dividing (-f A)', () => {
  const [r1, r2] = scoreUnit('Rain fell on the town.', ['Heavy rain fell.', 'The town flooded.'], OPTS);
  assert.deepEqual([r1.hit, r1.modelCount, r1.peerCount], [4, 6, 10]);
  assert.equal(r1.recall, 0.66667);
  assert.equal(r1.precision, 0.4);
  assert.deepEqual([r2.hit, r2.modelCount], [2, 4]);
  assert.equal(r2.recall, 0.5);
});

test('a peer n-gram repeated more often than in a reference is clipped to the reference count', () => {
  const [r1] = scoreUnit('Boats boats boats.', ['Boats sailed.'], OPTS);
  assert.equal(r1.hit, 1);
});

test('stemming lets inflected forms match, and words of 3 letters or fewer are left as they are', () => {
  const [r1] = scoreUnit('The floods stopped.', ['Flooding stops.'], OPTS);
  assert.equal(r1.hit, 2);
  assert.deepEqual(rougeTokens(readSummary('Dogs ran', 0), true), ['dog', 'ran']);
});

test('the summary is cut to the first N whitespace words, counting punctuation-only words', () => {
  assert.equal(readSummary('One two three four\nfive six', 3), 'one two three');
  assert.equal(readSummary('Ships _ left port today', 3), 'ships left');
  assert.equal(readSummary('One two\nthree four five', 4), 'one two three four');
});

test('hyphens split words and other punctuation becomes space; only tokens starting with a letter or digit count', () => {
  assert.deepEqual(rougeTokens(readSummary('A well-known "town," 1998.', 0), false), ['a', 'well', 'known', 'town', '1998']);
});

test('Perl rand after srand(1) gives the drand48 sequence', () => {
  const r = new PerlRand(1);
  assert.ok(Math.abs(r.next() - 0.0416303447718782) < 1e-12);
});

test('the bootstrap average of equal scores is that score, with a zero-width interval', () => {
  const avg = bootstrapAverage(new Map([['d1', 0.4], ['d2', 0.4], ['d3', 0.4]]));
  assert.equal(avg.mean, 0.4);
  assert.equal(avg.ciLow, 0.4);
  assert.equal(avg.ciHigh, 0.4);
});

test('the bootstrap average stays close to the plain mean', () => {
  const avg = bootstrapAverage(new Map([['d1', 0.3], ['d2', 0.5], ['d3', 0.4], ['d4', 0.2]]));
  assert.ok(Math.abs(avg.mean - 0.35) < 0.01);
  assert.ok(avg.ciLow < 0.35 && avg.ciHigh > 0.35);
});

test('irregular forms are looked up in the WordNet exception list before stemming, as ROUGE does', () => {
  assert.deepEqual(rougeTokens(readSummary('Geese went', 0), true), ['goose', 'go']);
  assert.deepEqual(rougeTokens(readSummary('Geese went', 0), true, false), ['gees', 'went']);
  const [withList] = scoreUnit('The children went home.', ['A child goes home.'], OPTS);
  const [without] = scoreUnit('The children went home.', ['A child goes home.'], { ...OPTS, exceptions: false });
  assert.ok(withList!.hit > without!.hit);
});
