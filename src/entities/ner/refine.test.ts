import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../doc/tokenize.ts';
import type { ArticleMeta, EntityMention } from '../../doc/types.ts';
import { findMentions } from './find.ts';

const meta: ArticleMeta = {
  id: 'r1', source: 'test', title: null, outlet: null, byline: null, dateline: null, credits: [], published: null,
  publishedFrom: null, removed: [],
};
function mentions(text: string): EntityMention[] {
  return findMentions(makeDoc(meta, text));
}
const typeOf = (ms: EntityMention[], text: string) => ms.find((m) => m.text === text)?.type;
const texts = (ms: EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`).join(' | ');

test('a long title before a name is cut off, and the rest is a person', () => {
  const ms = mentions('US Secretary of State Marco Rubio met the delegation in Geneva on Tuesday.');
  assert.equal(typeOf(ms, 'Marco Rubio'), 'person', texts(ms));
  assert.ok(!ms.some((m) => /Secretary|State/.test(m.text)), texts(ms));
  const ms2 = mentions('Deputy Prime Minister Ilse Moreau and Chief Executive Lena Varga signed the pact.');
  assert.equal(typeOf(ms2, 'Ilse Moreau'), 'person', texts(ms2));
  assert.equal(typeOf(ms2, 'Lena Varga'), 'person', texts(ms2));
});

test('a possessive before a reporter marks the outlet an organisation and the reporter a person', () => {
  const ms = mentions("Al Jazeera's Sinem Koseoglu reported from the border town on Sunday.");
  assert.equal(typeOf(ms, 'Al Jazeera'), 'organization', texts(ms));
  assert.equal(typeOf(ms, 'Sinem Koseoglu'), 'person', texts(ms));
  const ms2 = mentions("Speaking to reporters, Northwind Gazette's Priya Anand asked about the ferry fares.");
  assert.equal(typeOf(ms2, 'Priya Anand'), 'person', texts(ms2));
  assert.notEqual(typeOf(ms2, 'Northwind Gazette'), 'person', texts(ms2));
});

test('a surname opening the article is a person when the article names that person in full later', () => {
  const ms = mentions('Varlamov rejected the offer on Monday. The mayor, Oleg Varlamov, later met union leaders.');
  const first = ms.find((m) => m.start === 0);
  assert.equal(first?.text, 'Varlamov', texts(ms));
  assert.equal(first?.type, 'person');
});

test('a capitalised word before a speech verb at a sentence start is a person, a common subject is not', () => {
  const ms = mentions('Okonkwo told reporters the ruling was unfair. Police said the road stayed closed.');
  assert.equal(typeOf(ms, 'Okonkwo'), 'person', texts(ms));
  assert.equal(typeOf(ms, 'Police'), undefined, texts(ms));
});

test('seats of government are organisations', () => {
  const ms = mentions('The Kremlin rejected the claim, while the White House said it was studying it. ' +
    'Downing Street declined to comment.');
  assert.equal(typeOf(ms, 'Kremlin'), 'organization', texts(ms));
  assert.equal(typeOf(ms, 'White House'), 'organization', texts(ms));
  assert.equal(typeOf(ms, 'Downing Street'), 'organization', texts(ms));
});

test('platforms are organisations, and X is read as one among them', () => {
  const ms = mentions('The clip spread on Telegram and Twitter before X removed it.');
  assert.equal(typeOf(ms, 'Telegram'), 'organization', texts(ms));
  assert.equal(typeOf(ms, 'Twitter'), 'organization', texts(ms));
  assert.equal(typeOf(ms, 'X'), 'organization', texts(ms));
  assert.equal(typeOf(mentions('Sector X was sealed off by the army.'), 'X'), undefined);
});

test('newspapers and broadcasters are organisations, by name pattern and alone after "the"', () => {
  const ms = mentions('The Harbour Ledger first reported the sale, citing Radio Sarn and the Courier.');
  assert.equal(typeOf(ms, 'Harbour Ledger'), 'organization', texts(ms));
  assert.equal(typeOf(ms, 'Radio Sarn'), 'organization', texts(ms));
  assert.equal(typeOf(ms, 'Courier'), 'organization', texts(ms));
  const ms2 = mentions('Speaking to the Daily Meridian, Velt said the vote was rigged.');
  assert.equal(typeOf(ms2, 'Daily Meridian'), 'organization', texts(ms2));
});

test('two names joined by a hyphen stay two names, and a place before "-based" is a place', () => {
  const ms = mentions('The contract covered Boeing-Air Force tanker work.');
  assert.ok(ms.some((m) => m.text === 'Air Force'), texts(ms));
  assert.ok(!ms.some((m) => m.text.includes('-')), texts(ms));
  assert.equal(typeOf(mentions('A London-based charity said the aid had arrived.'), 'London'), 'place');
  const ms2 = mentions('Lawyers for Anne-Marie Duval appealed on Monday.');
  assert.equal(typeOf(ms2, 'Anne-Marie Duval'), 'person', texts(ms2));
});

test('numbered product models are "other"', () => {
  const ms = mentions('Sales of the iPhone 4 slowed while deliveries of the Airbus A380 resumed.');
  assert.equal(typeOf(ms, 'iPhone 4'), 'other', texts(ms));
  assert.ok(ms.some((m) => m.text.endsWith('A380') && m.type === 'other'), texts(ms));
});

test('a day name after a name is left out of it', () => {
  const ms = mentions('The president spoke to foreign journalists at the Kremlin Sunday and flew to Ankara Monday.');
  assert.ok(!ms.some((m) => /Sunday|Monday/.test(m.text)), texts(ms));
  assert.ok(ms.some((m) => m.text === 'Kremlin'), texts(ms));
  assert.ok(ms.some((m) => m.text === 'Ankara'), texts(ms));
});
