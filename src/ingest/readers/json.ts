/** A JSON file: one article object or an array of them (items named `file#n`). JSON lines in a .json file are read as JSONL. */
import { reject } from '../../errors.ts';
import { toArticleInput } from './article-object.ts';
import { readJsonl } from './jsonl.ts';
import { rejected, type ReadResult } from './result.ts';

function looksLikeLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  return lines.length > 1 && lines.every((l) => l.trim().startsWith('{'));
}

export function readJson(text: string, source: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (looksLikeLines(text)) return readJsonl(text, source);
    return rejected(reject(source, 'INPUT_BAD_JSON', (e as Error).message));
  }
  const out: ReadResult = { articles: [], rejections: [] };
  if (Array.isArray(value)) {
    if (value.length === 0) return rejected(reject(source, 'INPUT_EMPTY'));
    value.forEach((item, i) => {
      const r = toArticleInput(item, value.length === 1 ? source : `${source}#${i + 1}`);
      if (r.ok) out.articles.push(r.value); else out.rejections.push(r.rejection);
    });
    return out;
  }
  if (typeof value !== 'object' || value === null) {
    return rejected(reject(source, 'INPUT_BAD_JSON', `expected an article object or an array, found ${value === null ? 'null' : typeof value}`));
  }
  const r = toArticleInput(value, source);
  return r.ok ? { articles: [r.value], rejections: [] } : rejected(r.rejection);
}
