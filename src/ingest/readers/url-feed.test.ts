import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, DEFAULT_MAX_BYTES } from './index.ts';

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Weekly</title>
<item><title>Ferry strike ends</title><link>https://example.org/ferry</link><pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate>
<description>Ferry crews returned to work on Tuesday and the first sailings left on time from the north pier.</description></item>
</channel></rss>`;
const page = `<!doctype html><html><head><title>Bridge reopens</title></head><body><article>
<p>The old river bridge reopened to traffic on Wednesday after inspectors found no damage to its supports.</p>
<p>Drivers were told to expect short delays while the last barriers are taken away by the road crews.</p>
</article></body></html>`;

let server: Server;
let base = '';
before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed') { res.setHeader('content-type', 'application/rss+xml'); res.end(rss); }
    else { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(page); }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

const opts = (allowPrivate: boolean) => ({ maxBytes: DEFAULT_MAX_BYTES, readStdin: async () => Buffer.from(''), fetch: { allowPrivate } });

test('a feed file gives one article per item, with the feed title as outlet', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-feed-'));
  try {
    writeFileSync(join(dir, 'coast.xml'), rss);
    const r = await readInputs([join(dir, 'coast.xml')], opts(false));
    assert.equal(r.rejections.length, 0);
    assert.equal(r.articles.length, 1);
    assert.equal(r.articles[0]!.source, 'https://example.org/ferry');
    assert.equal(r.articles[0]!.outlet, 'Coast Weekly');
    assert.equal(r.articles[0]!.published, '2025-03-04');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('URLs of a page and of a feed are fetched and read by their content', async () => {
  const r = await readInputs([`${base}/page`, `${base}/feed`], opts(true));
  assert.equal(r.rejections.length, 0);
  assert.equal(r.articles.length, 2);
  assert.equal(r.articles[0]!.source, `${base}/page`);
  assert.match(r.articles[0]!.html ?? '', /river bridge reopened/);
  assert.equal(r.articles[1]!.title, 'Ferry strike ends');
});

test('a loopback URL is refused by default and the other inputs go on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-feed-'));
  try {
    writeFileSync(join(dir, 'coast.rss'), rss);
    const r = await readInputs([`${base}/page`, join(dir, 'coast.rss')], opts(false));
    assert.equal(r.rejections.length, 1);
    assert.equal(r.rejections[0]!.code, 'FETCH_REFUSED');
    assert.equal(r.articles.length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
