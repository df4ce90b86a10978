import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDetailed } from '../analyze/analyze.ts';
import { validateBrief } from './validate.ts';
import type { Brief, Evidence } from './types.ts';
import { GOLD_FILE, SAMPLE_DIR, sampleInputs } from '../../samples/inputs.ts';
import { scoreSample, type Gold } from '../../samples/score.ts';
import { renderHtml } from '../render/html.ts';
import { renderMarkdown } from '../render/markdown.ts';

const gold: Gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8'));
const raw = (file: string) => readFileSync(join(SAMPLE_DIR, file), 'utf8');
const { brief, rejections } = analyzeDetailed(sampleInputs());
const article = (file: string) => brief.articles.find((a) => a.source.endsWith(`/${file}`))!;

test('the gold names only files of the corpus and phrases that occur in them', () => {
  const files = readdirSync(SAMPLE_DIR).sort();
  assert.deepEqual(gold.articles.map((a) => a.file).sort(), files);
  const phrases: [string, string][] = [
    ...gold.articles.flatMap((a) => [...a.removed.map((r): [string, string] => [a.file, r.text]), [a.file, a.title] as [string, string]]),
    ...gold.quotes.map((q): [string, string] => [q.file, q.contains]),
    ...gold.sameStatement.flatMap((s) => s.quotes.map((q): [string, string] => [q.file, q.contains])),
    ...gold.times.map((t): [string, string] => [t.file, t.phrase]),
    ...[...gold.conflicts, ...gold.nonConflicts].flatMap((c) => c.variants.flatMap((v) => v.files.map((f): [string, string] => [f, v.values[0]!]))),
  ];
  for (const [file, phrase] of phrases) assert.ok(raw(file).toLowerCase().includes(phrase.toLowerCase()), `${file}: ${phrase}`);
});

test('the corpus has six or more outlets, each report 300 to 900 words', () => {
  assert.ok(new Set(gold.articles.map((a) => a.outlet)).size >= 6);
  for (const file of readdirSync(SAMPLE_DIR)) {
    const words = raw(file).replace(/<script[^]*?<\/script>|<[^>]+>/g, ' ').match(/\S+/g)!.length;
    assert.ok(words >= 300 && words <= 900, `${file}: ${words} words`);
  }
});

test('the brief of the sample corpus passes the validator, with no input rejected', () => {
  assert.deepEqual(rejections, []);
  assert.equal(brief.articles.length, gold.articles.length);
  assert.deepEqual(validateBrief(brief), []);
});

test('the date heads are taken out of the text and recorded as removed', () => {
  for (const g of gold.articles) {
    for (const r of g.removed.filter((x) => x.kind === 'date-head')) {
      const a = article(g.file);
      assert.ok(!a.text.includes(r.text), `${g.file} still has ${r.text}`);
      assert.ok(a.removed.some((x) => x.kind === 'date-head' && x.text.includes(r.text)), g.file);
    }
  }
});

test('the undated report gets the date most others carry, flagged as inferred', () => {
  for (const g of gold.articles.filter((x) => x.inferred)) {
    assert.equal(article(g.file).published, g.published);
    assert.equal(article(g.file).publishedFrom, 'inferred');
  }
});

test('every summary sentence cites words of the articles', () => {
  const s = scoreSample(brief, gold);
  assert.equal(s.summaryCited.recall, 1);
  for (const [name, x] of Object.entries(s)) {
    assert.ok(x.recall >= 0 && x.recall <= 1, name);
    assert.ok(x.precision === null || (x.precision >= 0 && x.precision <= 1), name);
  }
});

/** The span of a phrase in a sample article, for hand-made sections. */
function at(file: string, phrase: string): Evidence {
  const a = article(file);
  const start = a.text.indexOf(phrase);
  assert.ok(start >= 0, `${file}: ${phrase}`);
  return { article: a.id, start, end: start + phrase.length };
}

test('the scorer counts a real conflict as found and a rounding difference as a false alarm', () => {
  const wire = at('01-cpw-wire.txt', 'Three people were still missing');
  const courier = at('04-valley-courier.txt', 'Five people are missing');
  const exact = at('01-cpw-wire.txt', '12,400 residents');
  const hedged = at('03-northern-review-analysis.txt', 'more than 12,000 people');
  const conflict = (id: string, a: Evidence, b: Evidence, x: string, y: string): Brief['conflicts'][number] =>
    ({ id, about: 'test', entity: null, variants: [{ value: x, articles: [a.article], evidence: [a] }, { value: y, articles: [b.article], evidence: [b] }] });
  const b: Brief = { ...brief, conflicts: [conflict('c1', wire, courier, '3', '5'), conflict('c2', exact, hedged, '12400', 'more than 12000')] };
  assert.deepEqual(validateBrief(b), []);
  const s = scoreSample(b, gold).conflicts;
  assert.equal(s.found, 1);
  assert.equal(s.recall, 0.5);
  assert.equal(s.precision, 0.5);
});

test('the scorer finds no merged entities and no quote pairs in a brief without them', () => {
  const s = scoreSample({ ...brief, entities: [], quotes: [], quoteGroups: [], framing: [] }, gold);
  assert.equal(s.entities.recall, 0);
  assert.equal(s.entities.precision, 1, 'nobody is wrongly merged when nobody is merged');
  assert.equal(s.quotes.recall, 0);
  assert.equal(s.sameStatement.recall, 0);
});

test('the scorer sees people wrongly merged', () => {
  const marta = brief.entities.find((e) => e.name === 'Marta Halloran' || e.aliases.includes('Marta Halloran'));
  const b: Brief = { ...brief, entities: [{ id: 'x1', name: 'Marta Halloran', type: 'person', aliases: ['Marta Ibsen'], roles: [], articles: marta?.articles ?? [], mentions: marta?.mentions ?? [] }] };
  assert.equal(scoreSample(b, gold).entities.precision, (gold.entities.apart.length - 1) / gold.entities.apart.length);
});

test('the reports of the sample brief: every HTML citation has its anchor, every summary sentence its footnote', () => {
  const html = renderHtml(brief);
  assert.ok(!/<script|<link|<img|<iframe/i.test(html));
  for (const [, id] of html.matchAll(/href="#(ev\d+)"/g)) assert.ok(html.includes(`id="${id}"`), id);
  const md = renderMarkdown(brief);
  const footnotes = brief.summary.reduce((n, x) => n + x.evidence.length, 0);
  for (let i = 1; i <= footnotes; i++) assert.ok(md.includes(`\n[^${i}]: `), `footnote ${i}`);
  for (const a of brief.articles) assert.ok(md.includes(`### ${a.id} — `), a.id);
});
