/** The sample corpus as ArticleInput values (files in sorted order; .html as a page), without the CLI readers. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../src/analyze/types.ts';

export const SAMPLE_DIR = join(import.meta.dirname, 'corpus');
export const GOLD_FILE = join(import.meta.dirname, 'gold.json');

export function sampleInputs(dir = SAMPLE_DIR): ArticleInput[] {
  return readdirSync(dir).sort().filter((name) => /\.(txt|html)$/.test(name)).map((name) => {
    const body = readFileSync(join(dir, name), 'utf8');
    const source = `samples/corpus/${name}`;
    return name.endsWith('.html') ? { source, html: body } : { source, text: body };
  });
}
