/** One conformance suite for every reader: the same article, written in each format, reads and cleans the same. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareArticles } from '../../analyze/prepare.ts';
import { DEFAULT_MAX_BYTES, readInputs } from './index.ts';

const TITLE = 'Harbour council shuts old ferry pier';
const P1 = 'The harbour council voted on Tuesday to close the old ferry pier after engineers found deep cracks in two of its supports.';
const P2 = 'Repairs will take at least a year, the council said, and the ferries will use the north quay until the work is done.';

const FORMATS: Record<string, string> = {
  'a.txt': `${TITLE}\n\n${P1}\n\n${P2}\n`,
  'a.md': `# ${TITLE}\n\n${P1}\n\n${P2}\n`,
  'a.html': `<!doctype html><html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${P1}</p><p>${P2}</p></article></body></html>`,
  'a.json': JSON.stringify({ title: TITLE, text: `${P1}\n\n${P2}` }),
  'a.jsonl': JSON.stringify({ title: TITLE, text: `${P1}\n\n${P2}` }) + '\n',
};

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-conformance-'));
  for (const [name, content] of Object.entries(FORMATS)) writeFileSync(join(dir, name), content);
});
after(() => rmSync(dir, { recursive: true, force: true }));

for (const name of Object.keys(FORMATS)) {
  test(`${name}: one article with the title and the two paragraphs, nothing rejected`, async () => {
    const read = await readInputs([join(dir, name)], { maxBytes: DEFAULT_MAX_BYTES, readStdin: async () => Buffer.from('') });
    assert.deepEqual(read.rejections, []);
    assert.equal(read.articles.length, 1);
    const { articles, rejections } = prepareArticles(read.articles);
    assert.deepEqual(rejections, []);
    assert.equal(articles[0]!.title, TITLE);
    assert.deepEqual(articles[0]!.text.split(/\n+/).map((p) => p.trim()).filter(Boolean), [P1, P2]);
  });
}
