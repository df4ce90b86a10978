import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles } from '../../../bench/generate.ts';
import { openSqliteStore } from '../../store/sqlite.ts';

const BIN = fileURLToPath(new URL('../../../bin/corroborate.js', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('an ingest killed with SIGKILL keeps what it committed, and running it again completes the store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-kill-'));
  try {
    const input = join(dir, 'articles.jsonl');
    const db = join(dir, 'news.db');
    const articles = generateArticles(3000, 21, 300);
    writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db], { stdio: 'ignore' });
    // wait until at least one batch has been committed, then kill the process outright
    let committed = 0;
    for (let i = 0; i < 600 && committed === 0 && child.exitCode === null; i++) {
      await sleep(100);
      try {
        const s = openSqliteStore(db);
        committed = s.count();
        s.close();
      } catch {
        // the database may not exist yet
      }
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const after = openSqliteStore(db);
    const kept = after.count();
    after.close();
    assert.ok(kept > 0, 'a committed batch survives the kill');
    assert.ok(kept < 3000, `the kill came after the whole ingest (${kept} stored): it tested nothing`);
    const again = spawnSync(process.execPath, [BIN, 'ingest', input, '--db', db], { encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    const store = openSqliteStore(db);
    assert.equal(store.count(), 3000);
    assert.ok(store.allArticles().every((a) => a.story !== null && a.index !== null));
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
