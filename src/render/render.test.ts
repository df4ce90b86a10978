import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { escapeHtml, escapeMarkdown } from './escape.ts';
import { articleLabel, sourceName } from './label.ts';
import { markedText } from './html-cite.ts';
import { EMPTY_SECTIONS_BRIEF, FULL_BRIEF } from './fixtures/full-brief.ts';
import type { Brief } from '../brief/types.ts';

const HOSTILE = `<script>alert(1)</script> "><img src=x onerror=alert(2)> Tom & Jerry's 'quote' "double"`;

/** The full fixture with hostile text in every article-derived string a reader sees. */
function hostileBrief(): Brief {
  const b = structuredClone(FULL_BRIEF);
  const a = b.articles[0]!;
  const offset = HOSTILE.length + 2;
  a.text = `${HOSTILE}\n\n${a.text}`;
  const shift = <T extends { article?: string; start: number; end: number }>(s: T, article = s.article) => {
    if (article === 'a1') { s.start += offset; s.end += offset; }
  };
  a.times.forEach((t) => shift(t, 'a1'));
  b.entities.forEach((e) => e.mentions.forEach((m) => shift(m)));
  b.quotes.forEach((q) => { shift(q); if (q.article === 'a1' && q.speakerSpan) shift(q.speakerSpan, 'a1'); });
  for (const list of [b.facts, b.conflicts.flatMap((c) => c.variants), b.timeline, b.summary]) list.forEach((x) => x.evidence.forEach((e) => shift(e)));
  b.summary.push({ text: HOSTILE, articles: ['a1'], evidence: [{ article: 'a1', start: 0, end: HOSTILE.length }] });
  a.title = HOSTILE; a.outlet = HOSTILE; a.byline = HOSTILE; a.source = HOSTILE;
  a.removed.push({ kind: 'boilerplate', text: HOSTILE });
  b.entities[0]!.name = HOSTILE; b.entities[0]!.aliases.push(HOSTILE); b.entities[0]!.roles[0]!.role = HOSTILE;
  b.facts[0]!.text = HOSTILE; b.facts[0]!.outlets.push(HOSTILE);
  b.conflicts[0]!.about = HOSTILE; b.conflicts[0]!.variants[0]!.value = HOSTILE;
  b.timeline[0]!.text = HOSTILE; b.timeline[0]!.date = HOSTILE;
  b.quotes[2]!.speakerName = HOSTILE; b.quotes[2]!.speaker = null;
  b.quoteGroups[0]!.differences[0]!.only.push(HOSTILE);
  b.framing[0]!.descriptors.push(HOSTILE);
  return b;
}

test('escapeHtml escapes the five characters that matter in text and attributes', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('escapeMarkdown keeps article words from becoming Markdown structure', () => {
  assert.equal(escapeMarkdown('*bold* [link](x) <b>|cell|\nnext'), '\\*bold\\* \\[link\\](x) \\<b\\>\\|cell\\| next');
});

test('hostile article text never reaches the HTML unescaped', () => {
  const html = renderHtml(hostileBrief());
  assert.ok(!html.includes('<script'), 'a script tag got through');
  assert.ok(!html.includes('<img'), 'an img tag got through');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('Tom &amp; Jerry&#39;s &#39;quote&#39; &quot;double&quot;'));
  // No attribute value is broken open: every quote character inside a tag belongs to an attribute we wrote.
  for (const tag of html.match(/<[a-z][^>]*>/g) ?? []) {
    assert.match(tag, /^<[a-z0-9]+(\s+[a-z-]+(="[^"<>]*")?)*\s*>$/, tag);
    assert.ok(!/\son[a-z]+=/.test(tag.replace(/="[^"]*"/g, '=""')), `an event handler attribute in ${tag}`);
  }
});

test('hostile article text never becomes Markdown markup', () => {
  const md = renderMarkdown(hostileBrief());
  assert.ok(!md.includes('<script>'));
  assert.ok(md.includes('\\<script\\>alert(1)\\</script\\>'));
});

test('the HTML is self-contained: inline CSS, no scripts, no external assets', () => {
  const html = renderHtml(FULL_BRIEF);
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<style>[^]+<\/style>/);
  assert.ok(!/<script|<link|<img|<iframe|@import|url\(/i.test(html));
  assert.ok(!/(src|href)="(https?:)?\/\//.test(html));
});

test('rendering is deterministic: the same brief gives the same bytes', () => {
  assert.equal(renderHtml(FULL_BRIEF), renderHtml(structuredClone(FULL_BRIEF)));
  assert.equal(renderMarkdown(FULL_BRIEF), renderMarkdown(structuredClone(FULL_BRIEF)));
});

test('the HTML puts the summary first and every section in order', () => {
  const html = renderHtml(FULL_BRIEF);
  const order = ['summary', 'facts', 'conflicts', 'quotes', 'entities', 'timeline', 'framing', 'articles'].map((id) => html.indexOf(`<section id="${id}"`));
  assert.ok(order.every((i) => i > 0));
  assert.deepEqual([...order].sort((a, b) => a - b), order);
});

test('every citation marker links to an anchor on the exact words in the article text', () => {
  const html = renderHtml(FULL_BRIEF);
  const links = [...html.matchAll(/href="#(ev\d+)"/g)].map((m) => m[1]!);
  const evidenceCount = FULL_BRIEF.summary.flatMap((s) => s.evidence).length;
  assert.ok(links.length >= evidenceCount);
  for (const id of links) assert.ok(html.includes(`id="${id}"`), `no anchor ${id}`);
  const first = FULL_BRIEF.summary[0]!.evidence[0]!;
  const words = FULL_BRIEF.articles[0]!.text.slice(first.start, first.end);
  assert.ok(html.includes(`<mark>${words}</mark>`), 'the cited words are shown in the popover');
});

test('the HTML shows each filled section with its content', () => {
  const html = renderHtml(FULL_BRIEF);
  for (const s of ['Yuliya Korenko', 'wording differs', '<span class="diff">single</span>', 'people missing', 'DVWA director',
    'Corroborated', 'Single outlet', '2026-03-20T10:00', 'date inferred', 'syndicated copy', 'Updated March 16, 2026 at 9:10 a.m.',
    'We left with the bread still in the oven.']) assert.ok(html.includes(s), `missing ${s}`);
  assert.ok(!html.includes('class="empty">No facts'), 'a filled section says it is empty');
});

test('the Markdown shows each filled section with footnotes for the summary', () => {
  const md = renderMarkdown(FULL_BRIEF);
  assert.match(md, /^# Corroborate brief\n/);
  assert.match(md, /on Saturday after a spillway wall gave way, and about 12,000 people were moved out of the valley\.\[\^1\]\[\^2\]/);
  assert.match(md, /\n\[\^1\]: Continental Press Wire \(a1\): “Engineers opened/);
  for (const s of ['| Yulia Korenko | person | Yuliya Korenko |', '  - 5 — Valley Courier: “five people were missing”',
    '- **2026-03-20T10:00** _(date inferred)_', '| Tomas Varga | chief engineer | DVWA director |', '  - byline: By Ana Lisle',
    'only here: no, the, say']) assert.ok(md.includes(s), `missing ${s}`);
});

test('empty sections say so briefly in both renderings', () => {
  const html = renderHtml(EMPTY_SECTIONS_BRIEF);
  const md = renderMarkdown(EMPTY_SECTIONS_BRIEF);
  for (const what of ['summary sentences', 'facts', 'conflicts between outlets', 'quotes', 'entities', 'dated events', 'framing descriptors']) {
    assert.ok(html.includes(`<p class="empty">No ${what} found.</p>`), `html: ${what}`);
    assert.ok(md.includes(`_No ${what} found._`), `md: ${what}`);
  }
});

test('a brief with no articles at all still renders', () => {
  const none: Brief = { ...EMPTY_SECTIONS_BRIEF, articles: [] };
  assert.match(renderHtml(none), /No articles found/);
  assert.match(renderMarkdown(none), /0 articles from 0 outlets/);
});

test('an article without an outlet is named by its file name without extension', () => {
  assert.equal(sourceName('samples/corpus/03-radio.txt'), '03-radio');
  assert.equal(sourceName('https://news.example/a/dam-breach.html?x=1'), 'dam-breach');
  assert.equal(sourceName('C:\\news\\wire.story.md'), 'wire.story');
  assert.equal(sourceName('-'), '-');
  assert.equal(articleLabel({ outlet: null, source: 'x/ledger.txt' }), 'ledger');
  assert.equal(articleLabel({ outlet: '  ', source: 'x/ledger.txt' }), 'ledger');
  assert.equal(articleLabel({ outlet: 'Valley Courier', source: 'x/ledger.txt' }), 'Valley Courier');
});

test('overlapping cited spans each get an anchor and a class on exactly their words', () => {
  const text = 'one two three four five';
  const out = markedText(text, [{ n: 1, start: 4, end: 13 }, { n: 2, start: 8, end: 18 }]);
  assert.equal(out, 'one <a class="anchor" id="ev1"></a><span class="ev k1">two </span><a class="anchor" id="ev2"></a>' +
    '<span class="ev k1 k2">three</span><span class="ev k2"> four</span> five');
});

test('the same span cited twice has one anchor, and the page highlights a span only when it is the target', () => {
  const b = structuredClone(FULL_BRIEF);
  b.summary[1]!.evidence.push({ ...b.summary[0]!.evidence[0]! });
  const html = renderHtml(b);
  const first = /href="#(ev\d+)"/.exec(html)![1]!;
  assert.equal(html.split(`id="${first}"`).length, 2, 'one anchor');
  assert.ok(html.split(`href="#${first}"`).length >= 3, 'two links');
  assert.ok(html.includes(`#${first}:target~.k${first.slice(2)}`));
});

test('a fact outlet given as an article source is shown under that article label', () => {
  const b = structuredClone(FULL_BRIEF);
  b.facts[0]!.outlets = ['Continental Press Wire', 'samples/ledger.txt'];
  const html = renderHtml(b);
  const md = renderMarkdown(b);
  assert.ok(!html.includes('<span class="chip">samples/ledger.txt</span>'));
  assert.ok(html.includes('<span class="chip">ledger</span>'));
  assert.match(md, /Sarn valley\. — Continental Press Wire, ledger\n/);
});

test('a long list of single-outlet facts is folded in the HTML and cut short in the Markdown', () => {
  const b = structuredClone(FULL_BRIEF);
  const single = b.facts[1]!;
  b.facts = [b.facts[0]!, ...Array.from({ length: 30 }, (_, i) => ({ ...single, id: `s${i}` }))];
  assert.match(renderHtml(b), /<details class="fold"><summary><h3>Single outlet <span class="count">\(30\)<\/span>/);
  assert.match(renderMarkdown(b), /- _… and 5 more: see the JSON or HTML brief\._/);
});

test('escapeMarkdown leaves a plain ampersand alone but breaks an entity reference', () => {
  assert.equal(escapeMarkdown('Tom & Jerry &amp; &#60;'), 'Tom & Jerry \\&amp; \\&#60;');
});

test('an entity\'s own name is not repeated among its other names', () => {
  const b = structuredClone(FULL_BRIEF);
  b.entities[0]!.aliases = ['Yulia Korenko', 'Yuliya Korenko', 'Yuliya Korenko'];
  assert.ok(renderMarkdown(b).includes('| Yulia Korenko | person | Yuliya Korenko |'));
  assert.ok(renderHtml(b).includes('<td class="who">Yulia Korenko</td><td><span class="badge b-muted">person</span></td><td>Yuliya Korenko</td>'));
});

test('a quote credited to another source says so beside its speaker in both renderings', () => {
  assert.ok(renderHtml(FULL_BRIEF).includes('Marta Ibsen <span class="meta">according to Radio Sarn</span>'));
  assert.ok(renderMarkdown(FULL_BRIEF).includes('- **Marta Ibsen** (according to Radio Sarn) —'));
});
