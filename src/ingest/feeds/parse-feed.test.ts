import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeFeed, parseFeed } from './parse-feed.ts';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Coast Weekly</title>
<item><title>Ferry strike ends</title><link>https://example.org/ferry</link>
<pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate><dc:creator>Harbour Desk</dc:creator>
<content:encoded><![CDATA[<p>Ferry crews returned to work on Tuesday &amp; sailings resumed.</p>]]></content:encoded></item>
<item><title>Tides &amp; weather</title><description>High tides are expected on Friday.</description></item>
</channel></rss>`;

const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Notes</title>
<entry><title>Bridge reopens</title><link rel="alternate" href="https://example.org/bridge"/>
<published>2025-03-05T10:00:00Z</published><author><name>Road Desk</name></author>
<summary>The bridge reopened after inspections.</summary></entry></feed>`;

test('RSS items become articles with link, date, author, outlet and HTML body', () => {
  const r = parseFeed(rss, 'coast.xml');
  assert.ok(r.ok);
  const [a, b] = r.value.articles;
  assert.equal(a!.source, 'https://example.org/ferry');
  assert.equal(a!.published, '2025-03-04');
  assert.equal(a!.byline, 'Harbour Desk');
  assert.equal(a!.outlet, 'Coast Weekly');
  assert.match(a!.html!, /sailings resumed/);
  assert.equal(b!.source, 'coast.xml#2');
  assert.equal(b!.title, 'Tides & weather');
  assert.equal(b!.text, 'High tides are expected on Friday.');
});

test('Atom entries become articles', () => {
  const r = parseFeed(atom, 'valley.atom');
  assert.ok(r.ok);
  assert.deepEqual(r.value.articles.map((a) => [a.source, a.published, a.byline, a.text]), [
    ['https://example.org/bridge', '2025-03-05', 'Road Desk', 'The bridge reopened after inspections.'],
  ]);
});

test('entities declared in a DOCTYPE are never expanded', () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss><channel><title>x</title><item><title>&b;</title><description>&b;&b;</description></item></channel></rss>`;
  const r = parseFeed(bomb, 'bomb.xml');
  if (r.ok) for (const a of r.value.articles) assert.ok(!(a.text ?? '').includes('aaaaaaaaaa'));
});

test('a document that is no feed is rejected with INPUT_BAD_FEED', () => {
  const r = parseFeed('<html><body>hi</body></html>', 'page.xml');
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.rejection.code, 'INPUT_BAD_FEED');
  assert.equal(looksLikeFeed(rss), true);
  assert.equal(looksLikeFeed(atom), true);
  assert.equal(looksLikeFeed('<html></html>'), false);
});
