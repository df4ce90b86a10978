import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './extract.ts';

const para = (s: string) => `<p>${s} The harbour board met again in the afternoon to weigh the offer from the ferry operators.</p>`;
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies. Accept all?</div>
<article>${body}</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Another story about ferries</a></li></ul></aside>
<footer>Copyright Example Media</footer></body></html>`;

const body = [
  '<h1>Ferry crews agree to return</h1>',
  para('Ferry crews on the northern routes agreed on Monday to return to work after a week-long stoppage.'),
  '<figure><img src="a.jpg"><figcaption>Crews gather at the terminal. (Photo: Harbour Desk)</figcaption></figure>',
  para('The union said its members would vote on the full agreement within ten days.'),
  '<div class="share-tools">Share on social</div>',
  para('Operators said timetables would be back to normal by the weekend, with extra sailings on Saturday.'),
  '<p>Advertisement</p>',
  para('Passenger groups welcomed the deal but asked for compensation for cancelled trips.'),
].join('\n');

test('the article body comes without menus, banners, captions, share widgets or related links', () => {
  const r = extractHtml(page('<title>Ferry crews agree | Example</title>', body), 'page.html');
  assert.ok(r.ok);
  const text = r.value.text;
  assert.match(text, /agreed on Monday to return to work/);
  assert.match(text, /compensation for cancelled trips/);
  for (const junk of ['Home', 'cookies', 'Another story', 'Crews gather', 'Share on social', 'Advertisement', 'Copyright']) {
    assert.ok(!text.includes(junk), `"${junk}" should not be in the body`);
  }
  assert.equal(text.split('\n\n').length >= 4, true);
});

test('metadata comes from JSON-LD, with first-published and updated dates kept apart', () => {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry crews agree to return',
    datePublished: '2025-03-03T08:00:00Z', dateModified: '2025-03-04T10:30:00Z', author: [{ '@type': 'Person', name: 'Harbour Desk' }],
    publisher: { '@type': 'Organization', name: 'Example Coast News' } });
  const r = extractHtml(page(`<script type="application/ld+json">${ld}</script>`, body), 'page.html');
  assert.ok(r.ok);
  assert.equal(r.value.title, 'Ferry crews agree to return');
  assert.equal(r.value.published, '2025-03-03');
  assert.equal(r.value.updated, '2025-03-04');
  assert.equal(r.value.publishedFrom, 'html');
  assert.equal(r.value.byline, 'Harbour Desk');
  assert.equal(r.value.outlet, 'Example Coast News');
});

test('a JSON-LD articleBody that holds HTML is read as text', () => {
  const article = Array.from({ length: 8 }, (_, i) => `<p>Sentence ${i} of the publisher's own copy of the ferry story, kept clean of page furniture.</p>`).join('');
  const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'x', articleBody: article });
  const r = extractHtml(page(`<script type="application/ld+json">${ld}</script>`, body), 'page.html');
  assert.ok(r.ok);
  assert.ok(!r.value.text.includes('<p>'));
  assert.match(r.value.text, /Sentence 7 of the publisher's own copy/);
});

test('a broken JSON-LD block does not stop extraction', () => {
  const r = extractHtml(page('<script type="application/ld+json">{ not json</script>', body), 'page.html');
  assert.ok(r.ok);
});

test('a page with no article text is rejected with a reason', () => {
  const r = extractHtml('<html><body><nav><a href="/">Home</a></nav></body></html>', 'empty.html');
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.rejection.code, 'INPUT_BAD_HTML');
});

test('broken markup still yields its prose', () => {
  const r = extractHtml(`<html><body><div><p>${'The bridge reopened to traffic after inspectors found no damage to its supports. '.repeat(5)}<p>Drivers were told to expect delays<div></body>`, 'broken.html');
  assert.ok(r.ok);
  assert.match(r.value.text, /bridge reopened/);
});

test('a picture caption by class and a hover card inside a sentence are not body text; the name link stays', () => {
  const card = '<span class="person"><a href="/p/ruth">Ruth Adeyemi</a><span class="person-card"><img src="r.jpg"><a href="/p/ruth">Ruth Adeyemi</a><a href="/s/1">Harbour board reshuffle explained</a></span></span>';
  const html = page('', [
    '<h1>Ferry crews agree to return</h1>',
    `<p>The union leader ${card} said crews on the northern routes would return on Monday after a week-long stoppage over pay and rosters.</p>`,
    '<div class="imageEmbedCaption">Crews gather at the ferry terminal before dawn.</div>',
    para('The union said its members would vote on the full agreement within ten days.'),
    para('Operators said timetables would be back to normal by the weekend.'),
  ].join('\n'));
  const r = extractHtml(html, 'card.html');
  assert.ok(r.ok);
  assert.match(r.value.text, /The union leader Ruth Adeyemi said crews/);
  assert.ok(!r.value.text.includes('reshuffle'));
  assert.ok(!r.value.text.includes('Crews gather'));
});

test('byline and date lines at the top of the body leave it and fill the fields the page metadata left empty', () => {
  const html = page('<title>Ferry crews agree | Example</title>', [
    '<p>By Tomás Ortega</p>',
    '<p>Published March 3, 2025 | Updated March 4, 2025</p>',
    body,
  ].join('\n'));
  const r = extractHtml(html, 'byline.html');
  assert.ok(r.ok);
  assert.ok(!r.value.text.includes('Tomás Ortega'));
  assert.ok(!r.value.text.includes('Published'));
  assert.equal(r.value.byline, 'Tomás Ortega');
  assert.equal(r.value.published, '2025-03-03');
});

test('page metadata wins over the body\'s own lines; a profile URL is no byline and a placeholder date no date', () => {
  const head = '<meta name="author" content="Ruth Adeyemi"><meta property="article:published_time" content="2025-03-02T07:00:00Z">';
  const r = extractHtml(page(head, `<p>By Tomás Ortega</p>\n${body}`), 'meta.html');
  assert.ok(r.ok);
  assert.equal(r.value.byline, 'Ruth Adeyemi');
  assert.equal(r.value.published, '2025-03-02');
  const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Crews&#8217; deal', datePublished: '0001-01-01T00:00:00', author: { name: 'https://social.example/ruth' } });
  const odd = extractHtml(page(`<script type="application/ld+json">${ld}</script>`, body), 'odd.html');
  assert.ok(odd.ok);
  assert.equal(odd.value.title, 'Crews’ deal');
  assert.equal(odd.value.published, null);
  assert.equal(odd.value.byline, null);
});

test('a page wrapped whole in a <form> still gives its article', () => {
  const html = `<!doctype html><html><body><form id="pageForm" action="/post">
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article>${body}</article></form></body></html>`;
  const r = extractHtml(html, 'form.html');
  assert.ok(r.ok);
  assert.match(r.value.text, /agreed on Monday to return to work/);
  assert.match(r.value.text, /compensation for cancelled trips/);
  assert.ok(!r.value.text.includes('Home'));
});
