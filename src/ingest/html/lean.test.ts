import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonLdBlocks, leanHtml } from './lean.ts';

const PAGE = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier shut"}</script>
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
<body><!-- a comment <p>hidden</p> --><svg><path d="M0 0"/></svg>
<p class="lead" data-track="x1" onclick="go()" id="p1">The pier <a href="/pier" data-id="9">closed</a> on Friday.</p>
<img src="a.jpg" srcset="a2.jpg 2x" alt="a > b"><noscript><img src="b.jpg"></noscript></body></html>`;

test('JSON-LD blocks are read from the raw page before the scripts go', () => {
  assert.deepEqual(jsonLdBlocks(PAGE), ['{"@type":"NewsArticle","headline":"Pier shut"}']);
});

test('the lean page keeps the text and the attributes extraction reads, and nothing else', () => {
  const lean = leanHtml(PAGE);
  for (const gone of ['var x', 'color: red', 'a comment', '<path', 'data-track', 'onclick', 'data-id', 'srcset', 'b.jpg']) {
    assert.ok(!lean.includes(gone), gone);
  }
  assert.match(lean, /<p class="lead" id="p1">The pier <a href="\/pier">closed<\/a> on Friday\.<\/p>/);
});

test('a quoted ">" inside an attribute does not end the tag', () => {
  assert.equal(leanHtml('<img alt="a > b" src="x.jpg"><p title="t">Text</p>'), '<img><p>Text</p>');
});

test('white space between block tags goes; between inline tags and words it stays', () => {
  assert.equal(leanHtml('<div>\n  <p>The <b>old</b> <i>pier</i></p>\n</div>'), '<div><p>The <b>old</b> <i>pier</i></p></div>');
});

test('menus, asides and form controls go before parsing; the text around them stays', () => {
  const lean = leanHtml('<nav><ul><li><a href="/">Home</a></li></ul></nav><p>The pier closed.</p><aside>Related: fares</aside><p>Repairs <button>Share</button>start soon.</p>');
  assert.equal(lean, ' <p>The pier closed.</p><p>Repairs  start soon.</p>');
});
