import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFeatures, type AnalysedArticle } from './doc-features.ts';
import { termCounts, stem, NAME_WEIGHT } from './terms.ts';
import { shingles, fnv1a } from './shingles.ts';
import { minhash } from './minhash.ts';

/** A light tokenizer standing in for the analysis: words, "'s" and single punctuation marks; sentences after . ! ? */
function tokenize(id: string, text: string, title: string | null = null): AnalysedArticle {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+|'s\b|\S/gu)].map((m) => ({ text: m[0] }));
  const sentences = [{ tokenStart: 0 }];
  tokens.forEach((t, i) => { if (/^[.!?]$/.test(t.text) && i + 1 < tokens.length) sentences.push({ tokenStart: i + 1 }); });
  return { id, title, tokens, sentences };
}

const text = 'Crews from Dunmore reopened the coastal railway on Tuesday after 36 hours. ' +
  'Engineers said the storm had washed away 400 metres of track near Pellow Point. "It was worse than we feared," said Ada Voss.';

test('term counts read from tokens match the counts read from the text, title included', () => {
  const fromTokens = docFeatures(tokenize('a', text, 'Railway reopens at Dunmore')).counts.toMap();
  assert.deepEqual([...fromTokens].sort((x, y) => x[0] - y[0]), [...termCounts(`Railway reopens at Dunmore\n${text}`)].sort((x, y) => x[0] - y[0]));
});

test('a name starting a sentence counts as a name when a mention covers it', () => {
  const a = tokenize('a', 'Voss inspected the track. Voss approved it.');
  const key = fnv1a(stem('voss'));
  assert.equal(docFeatures(a).counts.get(key), 2);
  assert.equal(docFeatures({ ...a, mentions: [{ tokenStart: 0, tokenEnd: 1 }] }).counts.get(key), 1 + NAME_WEIGHT);
});

test('shingles read from tokens give the signature the text gives', () => {
  assert.deepEqual(minhash(docFeatures(tokenize('a', text)).shingles), minhash(shingles(text)));
});
