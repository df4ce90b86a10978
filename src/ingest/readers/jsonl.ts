/** JSON lines: one article object per line; a bad line is a rejection named `file:line` and the other lines go on. */
import { reject } from '../../errors.ts';
import { toArticleInput } from './article-object.ts';
import type { ReadResult } from './result.ts';

export function readJsonl(text: string, source: string): ReadResult {
  const out: ReadResult = { articles: [], rejections: [] };
  text.split('\n').forEach((line, i) => {
    if (line.trim().length === 0) return;
    const where = `${source}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      out.rejections.push(reject(where, 'INPUT_BAD_JSON', (e as Error).message));
      return;
    }
    const r = toArticleInput(value, where);
    if (r.ok) out.articles.push(r.value); else out.rejections.push(r.rejection);
  });
  if (out.articles.length === 0 && out.rejections.length === 0) out.rejections.push(reject(source, 'INPUT_EMPTY'));
  return out;
}
