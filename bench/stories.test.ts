import { test } from 'node:test';
import assert from 'node:assert/strict';
import { streamArticle } from './stories.ts';

test('the generated stream is the same on every call and dated within January 2025', () => {
  assert.deepEqual(streamArticle(123), streamArticle(123));
  for (let i = 0; i < 200; i += 7) assert.match(streamArticle(i).published, /^2025-01-(0[1-9]|[12]\d)$/);
});

test('some generated reports are copies of an earlier report with a line added', () => {
  const copies = Array.from({ length: 200 }, (_, i) => streamArticle(i)).filter((a) => a.text.endsWith('This report was updated.'));
  assert.ok(copies.length > 5 && copies.length < 40, `${copies.length} copies in 200`);
});
