import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterBlocks, type PageHints } from './body-filter.ts';
import type { TextBlock } from './text.ts';

const HINTS: PageHints = { title: 'Harbour council shuts the old ferry pier', author: 'Maria Lindqvist', siteName: 'Coastal Courier' };
const P = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({ text, linked: 0, heading: false, ...extra });
const BODY = [
  'The harbour council closed the old ferry pier on Friday after engineers found cracks in two of its supports.',
  'Repairs will take at least a year, officials said, and ferries will use the north quay in the meantime.',
  'Fishermen who moor at the pier said they had warned the council about the damage last winter.',
  'The council will publish the engineers’ report next week, a spokesman said.',
  'A public meeting on the closure is planned for the town hall on Thursday evening.',
].map((t) => P(t));
const texts = (blocks: TextBlock[]) => blocks.map((b) => b.text);

test('prose passes untouched', () => {
  assert.deepEqual(texts(filterBlocks(BODY, HINTS).blocks), texts(BODY));
});

test('byline, date and reading-time lines at the top go, and fill the fields', () => {
  const head = ['Harbour council shuts the old ferry pier', 'By Maria Lindqvist', 'Posted: Tue 9:15 AM, May 6, 2025 |', 'Updated: Wed 8:02 AM, May 7, 2025', '4 min read'].map((t) => P(t));
  const r = filterBlocks([...head, ...BODY], { ...HINTS, author: null });
  assert.deepEqual(texts(r.blocks), texts(BODY));
  assert.deepEqual(r.found, { byline: 'Maria Lindqvist', published: '2025-05-06', updated: '2025-05-07' });
});

test('a foreign-language date stamp (a year and a clock time) at an edge goes', () => {
  assert.deepEqual(texts(filterBlocks([P('terça-feira, 6 de maio de 2025 às 09:15'), ...BODY], HINTS).blocks), texts(BODY));
});

test('promos and calls to action go; prose that mentions a newsletter or following stays', () => {
  const promos = ['Sign up for our free morning newsletter.', 'Get the best harbour stories delivered to your inbox.',
    'Follow us on Instagram for more pictures.', 'This website uses cookies to improve your experience.',
    'You may also like:', 'Have a tip? Email the newsroom.', '[button link="/send"]Send us your photos[/button]',
    '© 2025 Coastal Media Group. All rights reserved.'];
  const kept = ['The council’s newsletter said in March that the pier was safe, which residents now dispute.',
    'Thousands follow the harbour master’s updates on the radio each morning.'];
  const blocks = [BODY[0]!, ...promos.map((t) => P(t)), ...kept.map((t) => P(t)), ...BODY.slice(1)];
  assert.deepEqual(texts(filterBlocks(blocks, HINTS).blocks), [BODY[0]!.text, ...kept, ...texts(BODY.slice(1))]);
});

test('short blocks that are mostly a link go; a long paragraph with links stays', () => {
  const teaser = P('Ferry fares to rise in the spring', { linked: 33 });
  const linkedProse = P('Engineers said in their report, which the council published online, that two supports had cracked and that a third showed wear.', { linked: 60 });
  const r = filterBlocks([BODY[0]!, teaser, linkedProse, ...BODY.slice(1)], HINTS);
  assert.deepEqual(texts(r.blocks), [BODY[0]!.text, linkedProse.text, ...texts(BODY.slice(1))]);
});

test('a list of links that closes the body goes with its label; one in the middle stays', () => {
  const list = ['Ferry fares to rise in the spring', 'How the old pier was built'].map((t) => P(t, { linked: 10, linkList: true }));
  const end = filterBlocks([...BODY, P('More Coastal Stories'), ...list], HINTS);
  assert.deepEqual(texts(end.blocks), texts(BODY));
  const middle = filterBlocks([BODY[0]!, ...list, ...BODY.slice(1)], HINTS);
  assert.deepEqual(texts(middle.blocks), [BODY[0]!.text, ...list.map((b) => b.text), ...texts(BODY.slice(1))]);
});

test('the author’s note at the foot and a heading left with nothing under it go', () => {
  const r = filterBlocks([...BODY, P('More from the harbour', { heading: true }), P('Maria Lindqvist is a transport reporter for the Coastal Courier.')], HINTS);
  assert.deepEqual(texts(r.blocks), texts(BODY));
});

test('real subheads with paragraphs under them stay', () => {
  const blocks = [BODY[0]!, BODY[1]!, P('What comes next', { heading: true }), ...BODY.slice(2)];
  assert.deepEqual(texts(filterBlocks(blocks, HINTS).blocks), texts(blocks));
});

test('a bare web address stays in the body but goes at the top', () => {
  const r = filterBlocks([P('https://example.com/news/pier-shut'), ...BODY.slice(0, 3), P('https://example.com/report.pdf', { linked: 30 }), ...BODY.slice(3)], HINTS);
  assert.deepEqual(texts(r.blocks), [...texts(BODY.slice(0, 3)), 'https://example.com/report.pdf', ...texts(BODY.slice(3))]);
});

test('a short first sentence that starts with the outlet\'s or author\'s name stays', () => {
  for (const first of ['Coastal Courier reported the closure first.', 'Maria Lindqvist was on the pier.']) {
    assert.deepEqual(texts(filterBlocks([P(first), ...BODY], HINTS).blocks), [first, ...texts(BODY)], first);
  }
  assert.deepEqual(texts(filterBlocks([P('MARIA LINDQVIST, COASTAL COURIER'), ...BODY], HINTS).blocks), texts(BODY));
});

test('a closing sentence that opens like the author\'s first word is no author note', () => {
  const last = P('The council is expected to vote on the repairs again next month.');
  const r = filterBlocks([...BODY, last], { ...HINTS, author: 'The Harbour Desk' });
  assert.deepEqual(texts(r.blocks), [...texts(BODY), last.text]);
});
