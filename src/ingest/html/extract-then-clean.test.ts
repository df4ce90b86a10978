import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from '../clean/clean.ts';
import { extractHtml } from './extract.ts';

const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry crews agree to return', datePublished: '2025-03-03T08:00:00Z',
  dateModified: '2025-03-05T10:30:00Z', author: { '@type': 'Person', name: 'Ruth Adeyemi' }, publisher: { '@type': 'Organization', name: 'Example Coast News' } });
const html = `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body><article>
<h1>Ferry crews agree to return</h1>
<p>By Harbour Staff Writer</p>
<p>LISBON (Reuters) — Ferry crews on the northern routes agreed on Monday to return to work after a week-long stoppage over pay.</p>
<p>The union said its members would vote on the full agreement within ten days, and operators promised extra sailings.</p>
<p>Passenger groups welcomed the deal but asked for compensation for the trips that were cancelled during the dispute.</p>
</article></body></html>`;

test('a page\'s first-published and updated dates both reach the clean article', () => {
  const page = extractHtml(html, 'p.html');
  assert.ok(page.ok);
  const a = cleanArticle(page.value);
  assert.equal(a.published, '2025-03-03');
  assert.equal(a.publishedFrom, 'html');
  assert.equal(a.updated, '2025-03-05');
});

test('byline and outlet from the page metadata win over what the text suggests', () => {
  const page = extractHtml(html, 'p.html');
  assert.ok(page.ok);
  const a = cleanArticle(page.value);
  assert.equal(a.byline, 'Ruth Adeyemi');
  // The dateline's agency tag would name Reuters; the page says who published it.
  assert.equal(a.outlet, 'Example Coast News');
  assert.equal(a.dateline, 'LISBON');
  assert.ok(a.text.startsWith('Ferry crews on the northern routes'));
});
