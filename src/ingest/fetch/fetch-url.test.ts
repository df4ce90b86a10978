import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchUrl } from './fetch-url.ts';
import { isPrivateAddress } from './address.ts';

let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/page') { res.setHeader('content-type', 'text/html; charset=windows-1252'); res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9])); }
    else if (req.url === '/loop') { res.statusCode = 302; res.setHeader('location', '/loop'); res.end(); }
    else if (req.url === '/hop') { res.statusCode = 301; res.setHeader('location', '/page'); res.end(); }
    else if (req.url === '/big') { res.end(Buffer.alloc(5000, 97)); }
    else if (req.url === '/slow') { setTimeout(() => res.end('late'), 2000); }
    else { res.statusCode = 404; res.end(); }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }));

test('a loopback address is refused unless private addresses are allowed', async () => {
  const r = await fetchUrl(`${base}/page`);
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.rejection.code, 'FETCH_REFUSED');
});

test('the page is decoded with the charset its header declares', async () => {
  const r = await fetchUrl(`${base}/page`, { allowPrivate: true });
  assert.ok(r.ok);
  assert.equal(r.value.text, 'café');
});

test('redirects are followed up to the cap and no further', async () => {
  const hop = await fetchUrl(`${base}/hop`, { allowPrivate: true });
  assert.ok(hop.ok);
  assert.equal(hop.value.finalUrl, `${base}/page`);
  const loop = await fetchUrl(`${base}/loop`, { allowPrivate: true, maxRedirects: 3 });
  assert.equal(loop.ok, false);
  if (!loop.ok) assert.match(loop.rejection.message, /more than 3 redirects/);
});

test('a body over the size cap, a timeout and an HTTP error are rejections naming the URL', async () => {
  for (const [path, opts, reason] of [
    ['/big', { maxBytes: 1000 }, /limit/],
    ['/slow', { timeoutMs: 200 }, /no answer within 200 ms/],
    ['/missing', {}, /HTTP 404/],
  ] as const) {
    const r = await fetchUrl(`${base}${path}`, { allowPrivate: true, ...opts });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.rejection.code, 'FETCH_FAILED');
      assert.match(r.rejection.message, reason);
      assert.ok(r.rejection.message.includes(`${base}${path}`));
    }
  }
});

test('private, loopback and link-local addresses are recognised', () => {
  for (const ip of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.1.1', '::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0']) {
    assert.equal(isPrivateAddress(ip), true, ip);
  }
  for (const ip of ['93.184.216.34', '2606:4700::1111']) assert.equal(isPrivateAddress(ip), false, ip);
});
