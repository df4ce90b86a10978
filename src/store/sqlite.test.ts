import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeConformance, article } from './store.conformance.ts';
import { openSqliteStore } from './sqlite.ts';

storeConformance('the SQLite store', () => openSqliteStore(':memory:'));

test('what a SQLite store committed is there when it is opened again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
  try {
    const path = join(dir, 'news.db');
    const a = openSqliteStore(path);
    a.addArticles([article(1), article(2)]);
    a.close();
    const b = openSqliteStore(path);
    assert.equal(b.count(), 2);
    assert.deepEqual(b.addArticles([article(2)]), [null]);
    b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a store path that cannot be opened is a STORE_FAILED error naming it', () => {
  assert.throws(() => openSqliteStore('/nonexistent-dir/x/y.db'), (e: { code?: string; message: string }) =>
    e.code === 'STORE_FAILED' && e.message.includes('/nonexistent-dir/x/y.db'));
});
