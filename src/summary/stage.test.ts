import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../doc/tokenize.ts';
import type { Doc } from '../doc/types.ts';
import type { Corpus } from '../analyze/types.ts';
import { summarize, summaryStage } from './stage.ts';
import { countWords } from './words.ts';

// Invented reports of one invented event.
const A = [
  'A footbridge over the Tamsin River in Orlen collapsed on Tuesday evening (local time), injuring nine cyclists.',
  'Rescue crews pulled four people from the water within an hour, the Orlen fire service said.',
  'He said the structure had been inspected last spring.',
  'The bridge, built in 1974, carried about 3,000 cyclists a day between the old town and the rail station.',
  '"We heard a crack like thunder and then it was gone."',
  'City engineer Mara Voss said a support cable appeared to have snapped.',
].join(' ');
const B = A; // a syndicated copy of A
const C = [
  'Nine cyclists were injured when a footbridge over the Tamsin River in Orlen collapsed on Tuesday evening.',
  'This is the second collapse in the region this year.',
  'Mayor Ilse Brandt ordered all footbridges of the same design closed for inspection on Wednesday.',
  'City engineer Mara Voss said a support cable appeared to have snapped.',
  'They were taken to the Orlen general hospital, where two remain in serious condition.',
].join(' ');
const D = [
  'The Tamsin River footbridge in Orlen collapsed on Tuesday evening and nine cyclists were injured.',
  'Mayor Ilse Brandt ordered all footbridges of the same design closed for inspection on Wednesday.',
  'Orlen fire service said rescue crews pulled four people from the water within an hour.',
  'It was not clear when the crossing would reopen.',
  'SUBSCRIBE TO OUR NEWSLETTER',
].join('\n\n');

function doc(id: string, text: string): Doc {
  return makeDoc({ id, source: id, title: null, outlet: null, byline: null, dateline: null, credits: [], published: '2031-03-04',
    publishedFrom: 'metadata', removed: [] }, text);
}

function corpus(summaryWords = 80): Corpus {
  return { options: { summaryWords }, docs: [doc('a1', A), doc('a2', B), doc('a3', C), doc('a4', D)], duplicates: { a2: 'a1' } };
}

test('every summary sentence cites whole sentences of its articles, and its own words are one of them', () => {
  const c = corpus();
  const summary = summarize(c);
  assert.ok(summary.length >= 2);
  const byId = new Map(c.docs.map((d) => [d.id, d]));
  for (const s of summary) {
    assert.ok(s.evidence.length >= 1);
    assert.deepEqual(s.articles, [...new Set(s.evidence.map((e) => e.article))]);
    // The text is the words of one article's spans, joined (a compressed sentence has several; its first letter may be raised).
    const joined = s.articles.map((a) => s.evidence.filter((e) => e.article === a).map((e) => byId.get(a)!.text.slice(e.start, e.end)).join(''));
    // A stop left alone after a cut is not cited (it carries no words): compare without the closing punctuation.
    const bare = (x: string): string => x.replace(/[.!?]+$/, '');
    assert.ok(joined.some((j) => bare(j.slice(1)) === bare(s.text.slice(1)) && j[0]!.toUpperCase() === s.text[0]), s.text);
    for (const e of s.evidence) {
      const d = byId.get(e.article)!;
      assert.ok(d.sentences.some((x) => x.start <= e.start && e.end <= x.end), 'evidence lies inside a sentence');
    }
  }
});

test('the summary keeps within its word budget', () => {
  for (const budget of [20, 40, 80, 200]) {
    const words = summarize(corpus(budget)).reduce((n, s) => n + countWords(s.text), 0);
    assert.ok(words <= budget, `${words} > ${budget}`);
  }
});

test('a sentence carried by a syndicated copy and a second report goes in once and cites all three', () => {
  const summary = summarize(corpus(200));
  const cable = summary.filter((s) => s.text.includes('support cable'));
  assert.equal(cable.length, 1);
  assert.deepEqual(cable[0]!.articles, ['a1', 'a2', 'a3']);
  const texts = summary.map((s) => s.text.toLowerCase().replace(/\W+/g, ' '));
  assert.equal(new Set(texts).size, texts.length);
});

test('what several independent reports say comes before what only one says', () => {
  const summary = summarize(corpus(40));
  assert.ok(summary[0]!.articles.length >= 2);
  assert.match(summary.map((s) => s.text).join(' '), /footbridge over the Tamsin River in Orlen collapsed/);
});

test('no sentence opens on a pronoun or demonstrative, a quote without its speaker, or a line without a verb', () => {
  const summary = summarize(corpus(200));
  for (const s of summary) {
    assert.doesNotMatch(s.text, /^(He|She|It|They|This|These|Those)\b/);
    assert.doesNotMatch(s.text, /^"/);
    assert.match(s.text, /[.!?]["”]?$/);
  }
  assert.ok(!summary.some((s) => s.text.includes('NEWSLETTER')));
});

test('the same input gives the same bytes', () => {
  const one = JSON.stringify(summaryStage.run(corpus()).summary);
  const two = JSON.stringify(summaryStage.run(corpus()).summary);
  assert.equal(one, two);
});

test('the summary needs no duplicates or facts layer, and uses facts when present', () => {
  const bare: Corpus = { options: { summaryWords: 60 }, docs: [doc('a1', A), doc('a3', C)] };
  assert.ok(summarize(bare).length > 0);
  const withFacts: Corpus = { ...bare, facts: [{ id: 'f1', text: 'closed', articles: ['a1', 'a3'], outlets: ['x', 'y'], support: 'corroborated',
    evidence: [{ article: 'a3', start: C.indexOf('Mayor'), end: C.indexOf('Mayor') + 10 }] }] };
  assert.ok(summarize(withFacts).some((s) => s.text.startsWith('Mayor Ilse Brandt')));
});

test('a single article still gets a summary from its own repeated words', () => {
  const one: Corpus = { options: { summaryWords: 50 }, docs: [doc('a3', C)] };
  const summary = summarize(one);
  assert.ok(summary.length >= 1);
  assert.ok(summary.every((s) => s.articles.length === 1 && s.articles[0] === 'a3'));
});

test('a sentence shortened by dropping its weekday and its parenthesis cites each kept span of its article and whole sentences of the others', () => {
  const c = corpus(40);
  const first = summarize(c)[0]!;
  assert.equal(first.text, 'A footbridge over the Tamsin River in Orlen collapsed, injuring nine cyclists.');
  const own = first.evidence.filter((e) => e.article === 'a1').map((e) => A.slice(e.start, e.end));
  assert.deepEqual(own, ['A footbridge over the Tamsin River in Orlen collapsed', ', injuring nine cyclists.']);
  assert.ok(first.articles.includes('a3') && first.articles.includes('a4'));
});

test('a sentence that shares only single words with other reports, no word pair, is left out', () => {
  const filler = 'No date was set to reopen any crossing in that region.';
  const c = corpus(200);
  c.docs[0] = doc('a1', A + ' ' + filler);
  const summary = summarize(c);
  assert.ok(summary.length >= 3);
  assert.ok(!summary.some((s) => s.text.includes('No date was set')), JSON.stringify(summary.map((s) => s.text)));
});

test('every evidence span of the summary cites words, never a lone stop left after a cut', () => {
  for (const budget of [30, 60, 80, 120]) {
    const c = corpus(budget);
    const texts = new Map(c.docs.map((d) => [d.id, d.text]));
    for (const s of summarize(c)) {
      for (const e of s.evidence) assert.match(texts.get(e.article)!.slice(e.start, e.end), /[\p{L}\p{N}]/u, JSON.stringify(s));
    }
  }
  // The lead sentence loses its weekday ('on Tuesday evening'): its kept pieces are cited, the final stop is not.
  const lead = summarize(corpus(80)).find((s) => s.text.includes('collapsed'));
  assert.ok(lead && lead.evidence.length >= 1, JSON.stringify(lead));
});
