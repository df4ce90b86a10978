import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

test('the library bundles for a browser (no Node built-ins) and the bundle analyses articles', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bundle-'));
  try {
    const outfile = join(dir, 'corroborate.mjs');
    const result = await build({
      entryPoints: [join(import.meta.dirname, 'index.ts')], bundle: true, platform: 'browser', format: 'esm',
      outfile, logLevel: 'silent', write: true,
    });
    assert.equal(result.errors.length, 0);
    const lib = (await import(pathToFileURL(outfile).href)) as typeof import('./index.ts');
    const brief = lib.analyze([
      { source: 'x', text: 'The harbour board met on Monday. It agreed to reopen the north pier after repairs.', published: '2025-03-03' },
    ]);
    assert.equal(brief.schema, 'corroborate.brief/1');
    assert.equal(brief.articles.length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
