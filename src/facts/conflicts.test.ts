import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildConflicts } from './conflicts-stage.ts';
import { testCorpus, type TestArticle } from './test-corpus.ts';

const pair = (a: string, b: string, extra: Partial<TestArticle> = {}): TestArticle[] => [
  { text: a, outlet: 'Coast Herald', ...extra },
  { text: b, outlet: 'Valley News', ...extra },
];

test('a number conflict: 12,000 vs 13,000 villagers killed by the same flood', () => {
  const conflicts = buildConflicts(testCorpus(pair(
    'The flood in the Amber delta has killed 12,000 villagers, the relief agency said.',
    'The flood in the Amber delta has killed 13,000 villagers, the relief agency said.',
  )));
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  const values = conflicts[0]!.variants.map((v) => v.value).sort();
  assert.deepEqual(values, ['12,000 villagers', '13,000 villagers']);
  assert.deepEqual(conflicts[0]!.variants.map((v) => v.articles).sort(), [['a1'], ['a2']]);
});

test('a title conflict: "Former Trade Minister" vs "Trade Minister" for one person', () => {
  const texts = pair(
    'Former Trade Minister Odile Brack arrived in Portmere on Friday for the talks.',
    'Trade Minister Odile Brack arrived in Portmere on Friday for the talks.',
  );
  const conflicts = buildConflicts(testCorpus(texts));
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  const c = conflicts[0]!;
  assert.match(c.about, /Odile Brack/);
  const former = c.variants.find((v) => v.articles[0] === 'a1')!;
  assert.equal(texts[0]!.text.slice(former.evidence[0]!.start, former.evidence[0]!.end), 'Former Trade Minister');
});

const none: [string, string, string][] = [
  ['spelling of a title', 'Defence Minister Ilan Rusk arrived in Portmere on Friday.', 'Defense Minister Ilan Rusk arrived in Portmere on Friday.'],
  ['a country qualifier', 'Ruritanian Defence Minister Ilan Rusk arrived in Portmere.', 'Defence Minister Ilan Rusk arrived in Portmere.'],
  ['a refined title', 'Minister Ilan Rusk arrived in Portmere.', 'Foreign Minister Ilan Rusk arrived in Portmere.'],
  ['a hedge', 'The strike has lasted more than 3 years, the union said.', 'The strike has lasted three years, the union said.'],
  ['rounding', 'The flood has killed about 12,000 villagers in the Amber delta.', 'The flood has killed 12,400 villagers in the Amber delta.'],
  ['different counted things', 'The flood has killed 12,000 villagers in the Amber delta.', 'The flood has killed 13,000 cattle in the Amber delta.'],
  ['different periods', 'At least five villagers were killed in the past day in the Amber delta.', 'At least 40 villagers were killed since March in the Amber delta.'],
  ['different places', 'Shelling killed 7 villagers in Dorrin on Monday.', 'Shelling killed 12 villagers in Kessa on Monday.'],
];

for (const [name, a, b] of none) {
  test(`no conflict for ${name}`, () => {
    assert.deepEqual(buildConflicts(testCorpus(pair(a, b))), []);
  });
}

test('no conflict between an article and its own syndicated copy', () => {
  const corpus = testCorpus(pair(
    'The flood in the Amber delta has killed 12,000 villagers, the relief agency said.',
    'The flood in the Amber delta has killed 13,000 villagers, the relief agency said.',
  ), { a2: 'a1' });
  assert.deepEqual(buildConflicts(corpus), []);
});

test('no title conflict between articles published years apart', () => {
  const corpus = testCorpus([
    { text: 'Former Trade Minister Odile Brack arrived in Portmere.', outlet: 'Coast Herald', published: '2031-03-04' },
    { text: 'Trade Minister Odile Brack arrived in Portmere.', outlet: 'Valley News', published: '2027-01-10' },
  ]);
  assert.deepEqual(buildConflicts(corpus), []);
});

test('a date conflict: the same meeting on two different days', () => {
  const conflicts = buildConflicts(testCorpus([
    { text: 'Ilse Varnik met the dock workers’ leaders in Portmere on Thursday to discuss the pay offer.', outlet: 'Coast Herald', times: [['Thursday', '2031-03-06']] },
    { text: 'Ilse Varnik met the dock workers’ leaders in Portmere on Monday to discuss the pay offer.', outlet: 'Valley News', times: [['Monday', '2031-03-03']] },
  ]));
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  assert.deepEqual(conflicts[0]!.variants.map((v) => v.value), ['Monday (2031-03-03)', 'Thursday (2031-03-06)']);
});

test('no date conflict when a later report refines "Thursday or Friday" to "10 a.m. Friday"', () => {
  const conflicts = buildConflicts(testCorpus([
    { text: 'Ilse Varnik will meet the dock workers’ leaders in Portmere on Thursday or Friday to discuss the pay offer.', outlet: 'Coast Herald', times: [['Thursday', '2031-03-06'], ['Friday', '2031-03-07']] },
    { text: 'Ilse Varnik will meet the dock workers’ leaders in Portmere at 10 a.m. Friday to discuss the pay offer.', outlet: 'Valley News', times: [['10 a.m. Friday', '2031-03-07T10:00']] },
  ]));
  assert.deepEqual(conflicts, []);
});

test('no date conflict between two different actions of one person on two days', () => {
  const conflicts = buildConflicts(testCorpus([
    { text: 'Ilse Varnik met the dock workers’ leaders in Portmere on Thursday.', outlet: 'Coast Herald', times: [['Thursday', '2031-03-06']] },
    { text: 'Ilse Varnik met the mayor of Dorrin on Monday about the new ferry line.', outlet: 'Valley News', times: [['Monday', '2031-03-03']] },
  ]));
  assert.deepEqual(conflicts, []);
});

test('a number conflict on what an adjective says: five vs three people missing', () => {
  const conflicts = buildConflicts(testCorpus(pair(
    'Five people are missing after the landslide, the fire service said.',
    'Three people are missing after the landslide, according to the fire service.',
  )));
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  assert.equal(conflicts[0]!.about, 'number of people missing');
});

test('a title conflict between an office apposition and a premodifier of the entity layer', () => {
  const corpus = testCorpus(pair(
    'Kasimir Thole, the water board’s chief engineer, said the gates held.',
    'Board director Kasimir Thole said the gates held.',
  ));
  // a hand-made entity layer: one person mention each, with its descriptor
  const layered = corpus.docs.map((doc, i) => {
    const start = doc.text.indexOf('Kasimir Thole');
    const end = start + 'Kasimir Thole'.length;
    const tokenStart = doc.tokens.findIndex((t) => t.start === start);
    const tokenEnd = doc.tokens.findIndex((t) => t.end === end) + 1;
    const phrase = i === 0 ? 'the water board’s chief engineer' : 'Board director';
    const at = doc.text.indexOf(phrase);
    return {
      ...doc,
      mentions: [{ start, end, tokenStart, tokenEnd, type: 'person' as const, text: 'Kasimir Thole', chain: 0, via: 'ner' }],
      descriptors: [{ mention: 0, start: at, end: at + phrase.length, text: phrase, kind: i === 0 ? 'apposition' as const : 'premodifier' as const }],
    };
  });
  const conflicts = buildConflicts({ ...corpus, docs: layered, mentionEntity: { a1: ['e1'], a2: ['e1'] } });
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  assert.equal(conflicts[0]!.entity, 'e1');
  assert.deepEqual(conflicts[0]!.variants.map((v) => v.value).sort(), ['Board director', 'the water board’s chief engineer']);
});

test('no title conflict for a descriptive apposition ("a hardline aide to …")', () => {
  const corpus = testCorpus(pair(
    'Kasimir Thole, a veteran aide to the mayor, said the gates held.',
    'Board director Kasimir Thole said the gates held.',
  ));
  assert.deepEqual(buildConflicts(corpus), []);
});
