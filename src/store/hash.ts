import { createHash } from 'node:crypto';

/** The identity of an article's content: white space and case do not make a new article. */
export function contentHash(title: string | null, text: string): string {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(norm(title ?? '')).update('\u0000').update(norm(text)).digest('hex');
}
