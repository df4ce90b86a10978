/** HTML page → article (first version on @mozilla/readability over linkedom). */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fail, ok, reject, type Result } from '../../errors.ts';
import type { RawArticle } from '../types.ts';

export function extractHtml(html: string, source: string): Result<RawArticle> {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  const text = (parsed?.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
  if (!parsed || text.length === 0) return fail(reject(source, 'INPUT_BAD_HTML', 'no readable body'));
  return ok({
    source,
    title: parsed.title || null,
    text,
    published: parsed.publishedTime ? parsed.publishedTime.slice(0, 10) : null,
    publishedFrom: parsed.publishedTime ? 'html' : null,
    outlet: parsed.siteName || null,
    byline: parsed.byline || null,
  });
}
