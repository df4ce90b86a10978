import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDoc } from '../chains/test-doc.ts';
import { mergeCorpus } from './merge-corpus.ts';
import type { EntityType } from '../../brief/types.ts';
import type { EntityMention } from '../../doc/types.ts';
import { makeDoc } from '../../doc/tokenize.ts';
import { describe } from '../chains/descriptors.ts';

const TYPES: Record<string, EntityType> = {
  Kyiv: 'place', Kiev: 'place', Turkey: 'place', 'Türkiye': 'place', Turkiye: 'place', Ruritania: 'place',
  'Northern Fisheries Council': 'organization', NFC: 'organization', 'Baltic Shipping Union': 'organization',
  BSU: 'organization', Ukraine: 'place', Ukrainian: 'other',
};

function corpus(...texts: string[]) {
  return mergeCorpus(texts.map((t, i) => testDoc(`a${i + 1}`, t, TYPES)));
}
const entityOf = (r: ReturnType<typeof corpus>, alias: string) => r.entities.filter((e) => e.aliases.includes(alias));

test('transliteration and exonym variants merge into one entity', () => {
  const r = corpus(
    'Oleksandr Hrytsenky flew to Kyiv and then to Turkey.',
    'Oleksandr Hrytsenkyy landed in Kiev before Türkiye.',
    'Hrytsenkiy stayed in Turkiye.',
  );
  const person = entityOf(r, 'Oleksandr Hrytsenky');
  assert.equal(person.length, 1);
  assert.deepEqual(person[0]!.articles, ['a1', 'a2', 'a3']);
  assert.ok(person[0]!.aliases.includes('Hrytsenkiy'));
  assert.equal(entityOf(r, 'Kyiv')[0], entityOf(r, 'Kiev')[0]);
  assert.equal(entityOf(r, 'Turkey')[0], entityOf(r, 'Türkiye')[0]);
  assert.equal(entityOf(r, 'Turkey')[0], entityOf(r, 'Turkiye')[0]);
  const reasons = Object.values(mergeCorpus([]).merges);
  assert.deepEqual(reasons, []);
});

test('two men who share only a first name stay two entities', () => {
  const r = corpus('Vladimir Orlov met reporters.', 'Vladimir Sidorov met reporters.', 'Vladimir said nothing.');
  assert.notEqual(entityOf(r, 'Vladimir Orlov')[0]!.id, entityOf(r, 'Vladimir Sidorov')[0]!.id);
  const bare = entityOf(r, 'Vladimir');
  assert.equal(bare.length, 1);
  assert.deepEqual(bare[0]!.aliases, ['Vladimir']);
});

test('a surname shared by two different people is left unmerged', () => {
  const r = corpus('Anna Berg spoke first.', 'Ola Berg spoke second.', 'Berg did not speak.');
  assert.notEqual(entityOf(r, 'Anna Berg')[0]!.id, entityOf(r, 'Ola Berg')[0]!.id);
  assert.deepEqual(entityOf(r, 'Berg')[0]!.aliases, ['Berg']);
});

test('a surname alone joins the one person with that surname, and says why', () => {
  const r = mergeCorpus([testDoc('a1', 'Anna Berg spoke first.'), testDoc('a2', 'Berg spoke again.')]);
  assert.equal(r.entities.length, 1);
  assert.deepEqual(r.merges.e1, [{ from: 'Berg', to: 'Anna Berg', rule: 'surname' }]);
  assert.deepEqual(r.entities[0]!.merges, [{ from: 'Berg', to: 'Anna Berg', rule: 'surname' }]);
});

test('an entity made of one name carries no merges field; repeated merges are listed once', () => {
  const r = mergeCorpus([testDoc('a1', 'Anna Berg spoke.'), testDoc('a2', 'Anna Berg left.'), testDoc('a3', 'Ola Lind came.'),
    testDoc('a4', 'Yuliya Brannek spoke.'), testDoc('a5', 'Yulia Brannek spoke.'), testDoc('a6', 'Yulia Brannek left.')]);
  const [berg, lind, brannek] = r.entities;
  assert.equal(berg!.merges, undefined);
  assert.equal(lind!.merges, undefined);
  assert.deepEqual(brannek!.merges, [{ from: 'Yulia Brannek', to: 'Yuliya Brannek', rule: 'spelling-variant' }]);
});

test('an acronym merges with the long name it abbreviates', () => {
  const r = corpus('The Northern Fisheries Council met in Ruritania.', 'The NFC said quotas would fall.');
  const e = entityOf(r, 'NFC');
  assert.equal(e.length, 1);
  assert.equal(e[0]!.name, 'Northern Fisheries Council');
  assert.equal(e[0]!.type, 'organization');
});

test('spelling variants of a role are one role, with the articles that use it', () => {
  const r = corpus('Defence Minister Arvid Lund arrived.', 'Defense Minister Arvid Lund left.', 'defence minister Arvid Lund stayed.');
  const e = entityOf(r, 'Arvid Lund')[0]!;
  assert.equal(e.roles.length, 1);
  assert.deepEqual(e.roles[0]!.articles, ['a1', 'a2', 'a3']);
});

test('ids follow first appearance and every mention is mapped to its entity', () => {
  const r = corpus('Arvid Lund met Anna Berg in Kyiv.', 'Anna Berg left Kyiv.');
  assert.deepEqual(r.entities.map((e) => e.name), ['Arvid Lund', 'Anna Berg', 'Kyiv']);
  assert.deepEqual(r.mentionEntity.a2, ['e2', 'e3']);
  const again = corpus('Arvid Lund met Anna Berg in Kyiv.', 'Anna Berg left Kyiv.');
  assert.equal(JSON.stringify(again), JSON.stringify(r));
});

test('a demonym joins its country only when the country is an entity', () => {
  const r = corpus('Ukraine protested.', 'Ukrainian officials protested.');
  assert.equal(entityOf(r, 'Ukrainian')[0], entityOf(r, 'Ukraine')[0]);
  const alone = corpus('Ukrainian officials protested.');
  assert.equal(alone.entities.length, 1);
});

test('a surname the tagger once typed as a body still joins the person it names everywhere else', () => {
  const docs = [
    testDoc('a1', 'Arvid Lund spoke. Lund left. Lund returned.'),
    testDoc('a2', 'Lund was quiet.', { Lund: 'organization' }),
  ];
  const r = mergeCorpus(docs);
  assert.equal(r.entities.length, 1);
  assert.equal(r.entities[0]!.type, 'person');
});

test("a name that is an article's outlet is an organisation in every article", () => {
  const a1 = testDoc('a1', 'Tessa Quill told Kestrel Post the bridge was closed.');
  const docs = [{ ...a1, meta: { ...a1.meta, outlet: 'Kestrel Post' } }, testDoc('a2', 'Kestrel Post was first with the news.')];
  const r = mergeCorpus(docs);
  const echo = r.entities.filter((e) => e.name === 'Kestrel Post');
  assert.equal(echo.length, 1);
  assert.equal(echo[0]!.type, 'organization');
  assert.equal(r.entities.find((e) => e.name === 'Tessa Quill')!.type, 'person');
});

test('a one-word name typed by its context outvotes the tagger across the corpus', () => {
  const docs = [
    testDoc('a1', 'Boats left the river Tavel at dawn.', { Tavel: 'organization' }),
    testDoc('a2', 'Tavel rose again.', { Tavel: 'organization' }),
    testDoc('a3', 'Tavel fell.', { Tavel: 'organization' }),
  ];
  const r = mergeCorpus(docs);
  const tavel = r.entities.filter((e) => e.name === 'Tavel');
  assert.deepEqual(tavel.map((e) => [e.type, e.articles.length]), [['place', 3]]);
});

/** An invented article with the given names as mentions (each at its first occurrence after the previous one). */
function named(id: string, text: string, names: [string, EntityType][]) {
  const doc = makeDoc({ id, source: id, title: null, outlet: null, byline: null, dateline: null, credits: [],
    published: null, publishedFrom: null, removed: [] }, text);
  let from = 0;
  const mentions: EntityMention[] = names.map(([words, type]) => {
    const start = text.indexOf(words, from);
    const end = start + words.length;
    from = end;
    const tokenStart = doc.tokens.findIndex((t) => t.start === start);
    const tokenEnd = doc.tokens.findIndex((t) => t.end === end) + 1;
    return { start, end, tokenStart, tokenEnd, text: words, type, via: 'test' };
  });
  return { ...doc, ...describe({ ...doc, mentions }) };
}

test('a bare product name means the one model its article names, and does not link that model to others', () => {
  const r = mergeCorpus([
    named('a1', 'Zorin sold the Zphone 4 in May. The Zphone was cheap.', [['Zorin', 'organization'], ['Zphone 4', 'other'], ['Zphone', 'other']]),
    named('a2', 'Zorin sold the Zphone 5 in June. The Zphone was dear.', [['Zorin', 'organization'], ['Zphone 5', 'other'], ['Zphone', 'other']]),
  ]);
  const four = entityOf(r, 'Zphone 4');
  const five = entityOf(r, 'Zphone 5');
  assert.equal(four.length, 1);
  assert.notEqual(four[0]!.id, five[0]!.id);
  assert.ok(four[0]!.aliases.includes('Zphone'));
  assert.equal(four[0]!.mentions.length, 2);
});

test('a lower-case s is a plural, a capital S is part of a model name', () => {
  const r = mergeCorpus([named('a1', 'Zphone 5s sold out.', [['Zphone 5s', 'other']]), named('a2', 'Zphone 5 sold out.', [['Zphone 5', 'other']])]);
  assert.equal(r.entities.length, 1);
  const s = mergeCorpus([named('a1', 'Zphone 5S sold out.', [['Zphone 5S', 'other']]), named('a2', 'Zphone 5 sold out.', [['Zphone 5', 'other']])]);
  assert.equal(s.entities.length, 2);
});

test('a bare name without a determiner is not taken as the product it begins', () => {
  const doc = named('a1', 'The Zphone 4 sold well. Zphone said sales rose.', [['Zphone 4', 'other'], ['Zphone', 'other']]);
  assert.notEqual(doc.mentions[0]!.chain, doc.mentions[1]!.chain);
});

test('a two-word body the tagger once typed as a person follows the corpus vote', () => {
  const docs = [
    testDoc('a1', 'Halvex Records signed the band.', { 'Halvex Records': 'organization' }),
    testDoc('a2', 'Halvex Records paid them.', { 'Halvex Records': 'organization' }),
    testDoc('a3', 'Halvex Records said no.'),
  ];
  const r = mergeCorpus(docs);
  assert.deepEqual(r.entities.map((e) => [e.name, e.type, e.articles.length]), [['Halvex Records', 'organization', 3]]);
});

/** Articles whose names are every listed name found in the text (longest first), typed as bodies. */
function firms(texts: string[], names: string[]) {
  return mergeCorpus(texts.map((t, i) => {
    const found: [number, string][] = [];
    const taken = new Array(t.length).fill(false);
    for (const n of [...names].sort((x, y) => y.length - x.length)) {
      for (let at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + 1)) {
        if (taken.slice(at, at + n.length).some(Boolean)) continue;
        for (let k = at; k < at + n.length; k++) taken[k] = true;
        found.push([at, n]);
      }
    }
    found.sort((x, y) => x[0] - y[0]);
    return named(`a${i + 1}`, t, found.map(([, n]) => [n, 'organization']));
  }));
}

test('a short name shared by two long names goes to the one that meets it in far more articles', () => {
  const r = firms([
    'Zorin Computer grew. Zorin hired.', 'Zorin Computer sold. Zorin gained.', 'Zorin Computer fell. Zorin cut jobs.',
    'Zorin Records signed a band.', 'Zorin shares rose.',
  ], ['Zorin Computer', 'Zorin Records', 'Zorin']);
  const computer = entityOf(r, 'Zorin Computer')[0]!;
  assert.ok(computer.articles.includes('a5'));
  assert.ok(!entityOf(r, 'Zorin Records')[0]!.articles.includes('a5'));
  assert.ok(computer.merges!.some((m) => m.rule === 'short-form'));
});

test('a common head word is not taken as the short name of one body', () => {
  const r = firms(['Ministry of Ports spoke. The Ministry agreed.', 'Ministry of Ports met. The Ministry sat.', 'Ministry of Ports sat. The Ministry agreed.',
    'Ministry of Roads spoke.', 'The Ministry said no.'], ['Ministry of Ports', 'Ministry of Roads', 'Ministry']);
  assert.ok(!entityOf(r, 'Ministry of Ports')[0]!.articles.includes('a5'));
});
