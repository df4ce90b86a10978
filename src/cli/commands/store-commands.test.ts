import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main.ts';
import type { CliIO } from '../command.ts';

function fakeIO(): CliIO & { out: string; err: string } {
  const io = {
    out: '', err: '', isTTY: false,
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    readStdin: async () => Buffer.from(''),
  };
  return io;
}

const flood = (town: string, n: number) => ` date 2025-04-0${n} The river burst its banks at ${town} on Sunday, flooding ${100 + n} homes near the old market. ` +
  `Volunteers in ${town} filled sandbags through the night, and the ${town} council opened two shelters for families.\n\n` +
  `Engineers said the ${town} levee had been due for repair since last spring.`;
const vote = ` date 2025-04-03 Voters in the Harrowgate district chose a new mayor after a campaign fought over bus fares and housing.\n\n` +
  'The winner, a former teacher, promised cheaper fares within a year and a review of the housing register.';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
  writeFileSync(join(dir, 'a.txt'), flood('Millford', 1));
  writeFileSync(join(dir, 'b.txt'), flood('Millford', 2));
  writeFileSync(join(dir, 'c.txt'), vote);
  writeFileSync(join(dir, 'empty.txt'), '');
  return dir;
}

test('ingest stores articles once, reports the rejected input and exits 1; stories and search read the store', async () => {
  const dir = corpus();
  try {
    const db = join(dir, 'news.db');
    const io = fakeIO();
    assert.equal(await main(['ingest', dir, '--db', db], io), 1);
    assert.match(io.out, /ingested 3 new articles/);
    assert.match(io.err, /empty\.txt/);
    const again = fakeIO();
    await main(['ingest', join(dir, 'a.txt'), '--db', db], again);
    assert.match(again.out, /ingested 0 new articles \(1 already stored\)/);
    const stories = fakeIO();
    assert.equal(await main(['stories', '--db', db, '--format', 'json'], stories), 0);
    const list = JSON.parse(stories.out) as { articles: number }[];
    assert.deepEqual(list.map((s) => s.articles), [2, 1]);
    const search = fakeIO();
    assert.equal(await main(['search', 'sandbags', '--db', db, '--format', 'json'], search), 0);
    assert.equal((JSON.parse(search.out) as unknown[]).length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cluster prints corroborate.stories/1 with sources as given and copies linked', async () => {
  const dir = corpus();
  try {
    const io = fakeIO();
    await main(['cluster', join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'c.txt'), '--format', 'json'], io);
    const out = JSON.parse(io.out) as { schema: string; stories: { articles: { source: string; duplicateOf: string | null }[] }[] };
    assert.equal(out.schema, 'corroborate.stories/1');
    assert.equal(out.stories.length, 2);
    const flooded = out.stories.find((s) => s.articles.length === 2)!;
    assert.deepEqual(flooded.articles.map((a) => a.source), [join(dir, 'a.txt'), join(dir, 'b.txt')]);
    assert.equal(flooded.articles[1]!.duplicateOf, join(dir, 'a.txt'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('extract prints one clean article a line, the date head taken out', async () => {
  const dir = corpus();
  try {
    const io = fakeIO();
    assert.equal(await main(['extract', join(dir, 'c.txt')], io), 0);
    const lines = io.out.trim().split('\n').map((l) => JSON.parse(l) as { source: string; published: string; text: string });
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.published, '2025-04-03');
    assert.ok(lines[0]!.text.startsWith('Voters in the Harrowgate district'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a store that cannot be opened is a clear error with exit 2', async () => {
  const io = fakeIO();
  assert.equal(await main(['stories', '--db', '/nonexistent-dir/q/r.db'], io), 2);
  assert.match(io.err, /STORE_FAILED/);
});

test('a search without a query is a usage error', async () => {
  const io = fakeIO();
  assert.equal(await main(['search'], io), 2);
  assert.match(io.err, /no query given/);
});

test('brief --story briefs the articles of one stored story; an unknown story is a clear error', async () => {
  const dir = corpus();
  try {
    const db = join(dir, 'news.db');
    await main(['ingest', dir, '--db', db], fakeIO());
    const stories = fakeIO();
    await main(['stories', '--db', db, '--format', 'json'], stories);
    const biggest = (JSON.parse(stories.out) as { id: number }[])[0]!.id;
    const io = fakeIO();
    assert.equal(await main(['brief', '--story', String(biggest), '--db', db, '--format', 'json'], io), 0);
    const brief = JSON.parse(io.out) as { articles: { source: string }[] };
    assert.deepEqual(brief.articles.map((a) => a.source).sort(), [join(dir, 'a.txt'), join(dir, 'b.txt')]);
    const missing = fakeIO();
    assert.equal(await main(['brief', '--story', '999', '--db', db], missing), 2);
    assert.match(missing.err, /STORY_NOT_FOUND/);
    const both = fakeIO();
    assert.equal(await main(['brief', '--story', '1', join(dir, 'a.txt'), '--db', db], both), 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
