import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES, readInputs, type ReadOptions } from './index.ts';

let dir = '';
const at = (name: string) => join(dir, name);
const noStdin: ReadOptions = { maxBytes: DEFAULT_MAX_BYTES, readStdin: async () => Buffer.from('') };
const stdinOf = (s: string | Buffer): ReadOptions => ({ maxBytes: DEFAULT_MAX_BYTES, readStdin: async () => (typeof s === 'string' ? Buffer.from(s) : s) });

const PROSE = 'The harbour council voted on Tuesday to close the old ferry pier. Repairs will take a year.';

before(() => { dir = mkdtempSync(join(tmpdir(), 'corroborate-readers-')); });
after(() => { rmSync(dir, { recursive: true, force: true }); });

test('a plain text file becomes one article whose source is the path as given', async () => {
  writeFileSync(at('pier.txt'), PROSE);
  const { articles, rejections } = await readInputs([at('pier.txt')], noStdin);
  assert.deepEqual(rejections, []);
  assert.deepEqual(articles, [{ source: at('pier.txt'), text: PROSE }]);
});

test('a UTF-8 byte-order mark is stripped and CRLF line ends become LF', async () => {
  writeFileSync(at('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('First line here.\r\nSecond line here.')]));
  const { articles } = await readInputs([at('bom.txt')], noStdin);
  assert.equal(articles[0]!.text, 'First line here.\nSecond line here.');
});

test('a Markdown file gives its # heading as title and plain text without markup', async () => {
  writeFileSync(at('story.md'), '# Ferry pier to close\n\nThe **harbour council** voted to [close the pier](http://x.test/a).\nRepairs will take a _year_.\n\n## What comes next\n\n- Boats move to the north quay.\n\n![a photo](p.jpg)\n');
  const { articles, rejections } = await readInputs([at('story.md')], noStdin);
  assert.deepEqual(rejections, []);
  assert.equal(articles[0]!.title, 'Ferry pier to close');
  assert.equal(articles[0]!.text, 'The harbour council voted to close the pier. Repairs will take a year.\n\nWhat comes next\n\nBoats move to the north quay.');
});

test('Markdown front matter gives the title, date and outlet', async () => {
  writeFileSync(at('front.md'), '---\ntitle: "Pier closes"\ndate: 2024-03-02\noutlet: Harbour Times\n---\n' + PROSE + '\n');
  const { articles } = await readInputs([at('front.md')], noStdin);
  assert.equal(articles[0]!.title, 'Pier closes');
  assert.equal(articles[0]!.published, '2024-03-02');
  assert.equal(articles[0]!.outlet, 'Harbour Times');
  assert.equal(articles[0]!.text, PROSE);
});

test('an HTML file is passed through as html for extraction', async () => {
  const page = '<!doctype html><html><body><article><p>' + PROSE + '</p></article></body></html>';
  writeFileSync(at('page.htm'), page);
  const { articles } = await readInputs([at('page.htm')], noStdin);
  assert.deepEqual(articles, [{ source: at('page.htm'), html: page }]);
});

test('a JSON file holds one article object or an array of them', async () => {
  writeFileSync(at('one.json'), JSON.stringify({ title: 'Pier', text: PROSE, outlet: 'Harbour Times', published: '2024-03-02' }));
  writeFileSync(at('many.json'), JSON.stringify([{ text: PROSE }, { html: '<p>' + PROSE + '</p>', url: 'http://x.test/b' }]));
  const one = await readInputs([at('one.json')], noStdin);
  assert.deepEqual(one.articles, [{ source: at('one.json'), title: 'Pier', text: PROSE, outlet: 'Harbour Times', published: '2024-03-02' }]);
  const many = await readInputs([at('many.json')], noStdin);
  assert.deepEqual(many.articles.map((a) => a.source), [at('many.json') + '#1', at('many.json') + '#2']);
  assert.equal(many.articles[1]!.url, 'http://x.test/b');
});

test('a JSONL file gives one article per line; a bad line is a rejection named file:line and the rest go on', async () => {
  writeFileSync(at('feed.jsonl'), [JSON.stringify({ text: PROSE }), '{not json', '', JSON.stringify({ title: 'no body' }), JSON.stringify({ text: 'Another report of the closure was filed today.' })].join('\n'));
  const { articles, rejections } = await readInputs([at('feed.jsonl')], noStdin);
  assert.deepEqual(articles.map((a) => a.source), [at('feed.jsonl') + ':1', at('feed.jsonl') + ':5']);
  assert.deepEqual(rejections.map((r) => [r.input, r.code]), [[at('feed.jsonl') + ':2', 'INPUT_BAD_JSON'], [at('feed.jsonl') + ':4', 'INPUT_BAD_ARTICLE']]);
});

test('broken JSON and articles without text or html are rejections', async () => {
  writeFileSync(at('broken.json'), '{"text": "unfinished');
  writeFileSync(at('bodiless.json'), JSON.stringify({ title: 'Only a title' }));
  writeFileSync(at('wrongtype.json'), JSON.stringify({ text: PROSE, published: 20240302 }));
  writeFileSync(at('scalar.json'), '42');
  const { articles, rejections } = await readInputs([at('broken.json'), at('bodiless.json'), at('wrongtype.json'), at('scalar.json')], noStdin);
  assert.equal(articles.length, 0);
  assert.deepEqual(rejections.map((r) => r.code), ['INPUT_BAD_JSON', 'INPUT_BAD_ARTICLE', 'INPUT_BAD_ARTICLE', 'INPUT_BAD_JSON']);
  assert.ok(rejections.every((r) => r.message.includes(r.input)));
});

test('bad inputs are rejected with their code and the batch goes on', async () => {
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('blank.txt'), '  \n\t\n  ');
  writeFileSync(at('nul.txt'), Buffer.from('Some words\u0000\u0001 and more words here'));
  writeFileSync(at('control.txt'), Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x61))));
  writeFileSync(at('latin1.txt'), Buffer.concat([Buffer.from('Line one is fine.\nCaf'), Buffer.from([0xe9]), Buffer.from(' on line two.')]));
  writeFileSync(at('utf16.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
  writeFileSync(at('good.txt'), PROSE);
  const names = ['missing.txt', 'empty.txt', 'blank.txt', 'nul.txt', 'control.txt', 'latin1.txt', 'utf16.txt', 'good.txt'];
  const { articles, rejections } = await readInputs(names.map(at), noStdin);
  assert.deepEqual(articles.map((a) => a.source), [at('good.txt')]);
  assert.deepEqual(rejections.map((r) => r.code), ['INPUT_NOT_FOUND', 'INPUT_EMPTY', 'INPUT_EMPTY', 'INPUT_BINARY', 'INPUT_BINARY', 'INPUT_INVALID_UTF8', 'INPUT_INVALID_UTF8']);
  const latin = rejections.find((r) => r.input === at('latin1.txt'))!;
  assert.match(latin.message, /byte 21, line 2/);
});

test('a 50 MB file is refused by its size without being read', async () => {
  const big = at('big.txt');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024); // sparse: nothing is written
  closeSync(fd);
  const t0 = process.hrtime.bigint();
  const { articles, rejections } = await readInputs([big], noStdin);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.equal(articles.length, 0);
  // Read, its NUL bytes would have made it INPUT_BINARY: TOO_LARGE shows the size was checked first.
  assert.equal(rejections[0]!.code, 'INPUT_TOO_LARGE');
  assert.match(rejections[0]!.message, /52428800 bytes/);
  assert.ok(ms < 500, `took ${ms} ms`);
});

test('a folder is read recursively, sorted by path, skipping hidden files and folders', async () => {
  const root = at('corpus');
  mkdirSync(join(root, 'b-sub'), { recursive: true });
  mkdirSync(join(root, '.cache'), { recursive: true });
  writeFileSync(join(root, 'c.txt'), PROSE);
  writeFileSync(join(root, 'a.txt'), PROSE);
  writeFileSync(join(root, 'b-sub', 'inner.md'), '# Inner\n\n' + PROSE);
  writeFileSync(join(root, '.hidden.txt'), PROSE);
  writeFileSync(join(root, '.cache', 'x.txt'), PROSE);
  const { articles, rejections } = await readInputs([root], noStdin);
  assert.deepEqual(rejections, []);
  assert.deepEqual(articles.map((a) => a.source), [join(root, 'a.txt'), join(root, 'b-sub', 'inner.md'), join(root, 'c.txt')]);
});

test('an empty folder is a rejection; a file given twice is read once', async () => {
  mkdirSync(at('nothing'));
  writeFileSync(at('twice.txt'), PROSE);
  const { articles, rejections } = await readInputs([at('nothing'), at('twice.txt'), at('twice.txt')], noStdin);
  assert.equal(articles.length, 1);
  assert.deepEqual(rejections.map((r) => r.code), ['INPUT_EMPTY']);
});

test('unknown extensions are sniffed: HTML, JSON and prose are read, other content is unsupported', async () => {
  writeFileSync(at('page.dat'), '<html><body><p>' + PROSE + '</p></body></html>');
  writeFileSync(at('obj.data'), JSON.stringify({ text: PROSE }));
  writeFileSync(at('note'), PROSE);
  writeFileSync(at('numbers.csv'), '1,2,3\n4,5,6\n7,8,9\n');
  const { articles, rejections } = await readInputs(['page.dat', 'obj.data', 'note', 'numbers.csv'].map(at), noStdin);
  assert.ok('html' in articles[0]!);
  assert.equal(articles[1]!.text, PROSE);
  assert.equal(articles[2]!.text, PROSE);
  assert.deepEqual(rejections.map((r) => [r.input, r.code]), [[at('numbers.csv'), 'INPUT_UNSUPPORTED']]);
});

test('stdin is read once for "-" and its kind is sniffed', async () => {
  const text = await readInputs(['-'], stdinOf(PROSE));
  assert.deepEqual(text.articles, [{ source: 'stdin', text: PROSE }]);
  const lines = await readInputs(['-', '-'], stdinOf(JSON.stringify({ text: PROSE }) + '\n' + JSON.stringify({ text: PROSE })));
  assert.deepEqual(lines.articles.map((a) => a.source), ['stdin:1', 'stdin:2']);
  const html = await readInputs(['-'], stdinOf('<!DOCTYPE html><p>' + PROSE + '</p>'));
  assert.ok('html' in html.articles[0]!);
  const big = await readInputs(['-'], { maxBytes: 10, readStdin: async () => Buffer.from(PROSE) });
  assert.equal(big.rejections[0]!.code, 'INPUT_TOO_LARGE');
});

test('a failing stdin is a rejection, not an exception', async () => {
  const { articles, rejections } = await readInputs(['-'], { maxBytes: DEFAULT_MAX_BYTES, readStdin: async () => { throw new Error('closed'); } });
  assert.equal(articles.length, 0);
  assert.deepEqual(rejections.map((r) => [r.input, r.code]), [['stdin', 'INPUT_UNREADABLE']]);
});
