import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from './csv.ts';

test('quoted fields may hold commas, doubled quotes and newlines', () => {
  const rows = parseCsv('a,b\n"x, y","say ""hi""\nthere"\n1,2\n');
  assert.deepEqual(rows, [{ a: 'x, y', b: 'say "hi"\nthere' }, { a: '1', b: '2' }]);
});
