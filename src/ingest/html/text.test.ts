import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { textBlocks } from './text.ts';

const blocksOf = (html: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return textBlocks(document.body as unknown as Element);
};

test('table cells are spaced, one row a block', () => {
  const b = blocksOf('<table><tr><th>Port</th><th>Ferries</th></tr><tr><td>North</td><td>12</td></tr></table>');
  assert.deepEqual(b.map((x) => x.text), ['Port Ferries', 'North 12']);
});

test('a block knows its linked share and whether it is a heading', () => {
  const [h, p] = blocksOf('<h2>What comes next</h2><p>Read <a href="/a">the full report on the pier</a></p>');
  assert.equal(h!.heading, true);
  assert.equal(p!.heading, false);
  assert.equal(p!.linked, 'the full report on the pier'.length);
});

test('camelCase caption and share classes are skipped like hyphenated ones', () => {
  const b = blocksOf('<p>The pier closed.</p><div class="newsCaption">Crowds at the pier</div><div class="articleShareTools">Share</div>');
  assert.deepEqual(b.map((x) => x.text), ['The pier closed.']);
});

test('items of a list where every item holds a link are marked; a list of plain points is not', () => {
  const links = blocksOf('<ul><li>Fares rise: <a href="/1">what it means</a></li><li><a href="/2">Harbour dredging approved</a></li></ul>');
  assert.ok(links.every((x) => x.linkList));
  const points = blocksOf('<ul><li>Repair the ramp</li><li>Hire two pilots, says <a href="/3">the board</a></li></ul>');
  assert.ok(points.every((x) => !x.linkList));
});
