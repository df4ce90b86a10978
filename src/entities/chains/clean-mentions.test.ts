import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../brief/types.ts';
import type { Doc, EntityMention } from '../../doc/types.ts';
import { makeDoc } from '../../doc/tokenize.ts';
import { cleanMentions } from './clean-mentions.ts';

function doc(text: string): Doc {
  return makeDoc({ id: 'a1', source: 'a1', title: null, outlet: null, byline: null, dateline: null, credits: [],
    published: null, publishedFrom: null, removed: [] }, text);
}

/** A tagger mention over the words `words` (first occurrence). */
function at(d: Doc, words: string, type: EntityType): EntityMention {
  const start = d.text.indexOf(words);
  const end = start + words.length;
  const tokenStart = d.tokens.findIndex((t) => t.start === start);
  const tokenEnd = d.tokens.findIndex((t) => t.end === end) + 1;
  assert.ok(tokenStart >= 0 && tokenEnd > tokenStart, words);
  return { start, end, tokenStart, tokenEnd, text: words, type, via: 'ner' };
}

const shown = (ms: EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

test('two coordinated town names become two mentions with their own offsets', () => {
  const d = doc('Water reached Brenmoor and Tallis Cove before dawn.');
  const out = cleanMentions(d, [at(d, 'Brenmoor and Tallis Cove', 'place')]);
  assert.deepEqual(shown(out), ['Brenmoor/place', 'Tallis Cove/place']);
  for (const m of out) assert.equal(d.text.slice(m.start, m.end), m.text);
});

test('a list with commas and "and" splits into every name', () => {
  const d = doc('Envoys from Norland, Vesk and Ormary arrived.');
  assert.deepEqual(shown(cleanMentions(d, [at(d, 'Norland, Vesk and Ormary', 'place')])), ['Norland/place', 'Vesk/place', 'Ormary/place']);
});

test('a joint country name, a body with "and" and a conjunct with small words stay whole', () => {
  const d = doc('Bosnia and Herzegovina joined. The Food and Drug Agency ruled. The Ministry of Trade and Industry agreed.');
  const given = [at(d, 'Bosnia and Herzegovina', 'place'), at(d, 'Food and Drug Agency', 'organization'),
    at(d, 'Ministry of Trade and Industry', 'organization')];
  assert.deepEqual(cleanMentions(d, given).map((m) => m.text), given.map((m) => m.text));
});

test('a body name with "and" splits only when each part is named alone in the article', () => {
  const d = doc('Halvex and Morrow said the deal was done. Later Halvex confirmed it, and Morrow did too.');
  const whole = at(d, 'Halvex and Morrow', 'organization');
  assert.equal(cleanMentions(d, [whole]).length, 1);
  const later = (word: string) => at(d, `Later ${word}`, 'organization');
  const alone = [later('Halvex'), at(d, 'and Morrow did', 'organization')].map((m) => {
    const t = d.tokens.findIndex((x) => x.start > m.start && /^\p{Lu}/u.test(x.text) && x.text !== 'Later');
    return { ...m, start: d.tokens[t]!.start, end: d.tokens[t]!.end, tokenStart: t, tokenEnd: t + 1, text: d.tokens[t]!.text };
  });
  assert.deepEqual(cleanMentions(d, [whole, ...alone]).map((m) => m.text), ['Halvex', 'Morrow', 'Halvex', 'Morrow']);
});

test('a pronoun or interjection tagged as a name is dropped', () => {
  const d = doc('Everyone left. OK, said the mayor.');
  assert.deepEqual(cleanMentions(d, [at(d, 'Everyone', 'place'), at(d, 'OK', 'place')]), []);
});

test('buildings that stand for a government and online platforms are organisations', () => {
  const d = doc('The Kremlin replied on Telegram, and Downing Street said nothing.');
  const out = cleanMentions(d, [at(d, 'Kremlin', 'place'), at(d, 'Telegram', 'place'), at(d, 'Downing Street', 'place')]);
  assert.deepEqual(shown(out), ['Kremlin/organization', 'Telegram/organization', 'Downing Street/organization']);
});

test('"<Name>\'s <Person>, reporting" makes the name an organisation, and a glued possessive is split', () => {
  const d = doc("Skyline Nine's Petra Jovic, reporting from Brenmoor, said the road was shut.");
  const out = cleanMentions(d, [at(d, "Skyline Nine's Petra Jovic", 'person')]);
  assert.deepEqual(shown(out), ['Skyline Nine/organization', 'Petra Jovic/person']);
});

test('a one-word name after "the river" or before "region" is a place; "<Name> staff" is an organisation', () => {
  const d = doc('The river Tavel rose through the Ostra region, Kestrel Post staff said.');
  const out = cleanMentions(d, [at(d, 'Tavel', 'organization'), at(d, 'Ostra', 'other'), at(d, 'Kestrel Post', 'person')]);
  assert.deepEqual(shown(out), ['Tavel/place', 'Ostra/place', 'Kestrel Post/organization']);
});

test('a title glued to a name typed as a body becomes the person', () => {
  const d = doc('US Secretary of State Maria Delane flew in.');
  assert.deepEqual(shown(cleanMentions(d, [at(d, 'US Secretary of State Maria Delane', 'organization')])), ['Maria Delane/person']);
  const firm = doc('General Dynamics Land Systems won.');
  assert.deepEqual(shown(cleanMentions(firm, [at(firm, 'General Dynamics Land Systems', 'organization')])), ['General Dynamics Land Systems/organization']);
});

test("a person's name glued to a body's name is cut off as a person", () => {
  const d = doc('Halvex Air Force Maria Delane said so.');
  assert.deepEqual(shown(cleanMentions(d, [at(d, 'Halvex Air Force Maria Delane', 'organization')])), ['Halvex Air Force/organization', 'Maria Delane/person']);
  const uni = doc('She studied at Maria Delane University.');
  assert.deepEqual(shown(cleanMentions(uni, [at(uni, 'Maria Delane University', 'organization')])), ['Maria Delane University/organization']);
});

test('a full person name before "staff" stays a person', () => {
  const d = doc('Maria Delane staff said so.');
  assert.deepEqual(shown(cleanMentions(d, [at(d, 'Maria Delane', 'person')])), ['Maria Delane/person']);
});

test('a name ending in a built place ("Dam", "Airport", "Street") is a place, unless it stands for a body', () => {
  const d = doc('Water rose behind Upper Tavel Dam as flights left Brenmoor Airport and Downing Street met.');
  const out = cleanMentions(d, [at(d, 'Upper Tavel Dam', 'organization'), at(d, 'Brenmoor Airport', 'other'),
    at(d, 'Downing Street', 'place')]);
  assert.deepEqual(shown(out), ['Upper Tavel Dam/place', 'Brenmoor Airport/place', 'Downing Street/organization']);
});

test('a one-word name spoken or translated in, or before "speakers", is a language (other), not a place', () => {
  for (const text of ['Speaking in Vesk, she thanked the crowd.', 'The notes were translated from Vesk overnight.', 'Vesk speakers met.']) {
    const d = doc(text);
    assert.deepEqual(shown(cleanMentions(d, [at(d, 'Vesk', 'place')])), ['Vesk/other'], text);
  }
  const from = doc('Speaking from Vesk on Thursday, she thanked the crowd.');
  assert.deepEqual(shown(cleanMentions(from, [at(from, 'Vesk', 'place')])), ['Vesk/place']);
  const d = doc('She lives in Vesk and works in Ormary.');
  assert.deepEqual(shown(cleanMentions(d, [at(d, 'Vesk', 'place')])), ['Vesk/place']);
});
