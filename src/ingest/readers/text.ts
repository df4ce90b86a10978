/** Plain text: the whole file is one article; the cleaner finds its headline and metadata lines. */
import type { ReadResult } from './result.ts';

export function readText(text: string, source: string): ReadResult {
  return { articles: [{ source, text }], rejections: [] };
}
