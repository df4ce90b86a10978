/** HTML: passed through as `html`, so analysis extracts the article (src/ingest/html). */
import type { ReadResult } from './result.ts';

export function readHtml(html: string, source: string): ReadResult {
  return { articles: [{ source, html }], rejections: [] };
}
