/** Which reader a file needs: by its extension, or by its content when the extension says nothing. */
import { extname } from 'node:path';
import { looksLikeFeed } from '../feeds/parse-feed.ts';

export type InputKind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

const BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.rss': 'feed', '.atom': 'feed',
};

/** Share of letters among non-space characters above which unknown content reads as prose. */
export const MIN_PROSE_LETTER_RATIO = 0.6;
/** Fewest words for unknown content to count as prose. */
export const MIN_PROSE_WORDS = 5;

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const HTML_TAGS = /<(?:p|div|article|section|h[1-6]|br|span|a)\b[^>]*>/gi;

export function looksHtml(text: string): boolean {
  if (HTML_START.test(text)) return true;
  return /^\s*</.test(text) && (text.match(HTML_TAGS)?.length ?? 0) >= 2;
}

function looksJson(text: string): 'json' | 'jsonl' | null {
  const t = text.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return null;
  const lines = t.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length > 1 && lines.every((l) => l.trim().startsWith('{') && l.trim().endsWith('}'))) {
    try { JSON.parse(t); return 'json'; } catch { return 'jsonl'; }
  }
  return 'json';
}

function looksMarkdown(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  if (/^#{1,6}\s+\S/.test(first)) return true;
  if (/^---\n[\s\S]*?\n---\n/.test(text.trimStart())) return true;
  return (text.match(/\[[^\]\n]+\]\([^)\s]+\)|^#{2,6}\s|\*\*[^*\n]+\*\*/gm)?.length ?? 0) >= 3;
}

export function looksProse(text: string): boolean {
  const visible = text.replace(/\s+/g, '');
  if (visible.length === 0) return false;
  const letters = visible.match(/\p{L}/gu)?.length ?? 0;
  const words = text.match(/\p{L}{2,}/gu)?.length ?? 0;
  return letters / visible.length >= MIN_PROSE_LETTER_RATIO && words >= MIN_PROSE_WORDS;
}

/** Kind from content alone (stdin, unknown extensions); null when it is not clearly usable. */
export function sniffContent(text: string): InputKind | null {
  if (looksLikeFeed(text)) return 'feed';
  if (looksHtml(text)) return 'html';
  const json = looksJson(text);
  if (json) return json;
  if (looksMarkdown(text)) return 'markdown';
  return looksProse(text) ? 'text' : null;
}

/** Kind of a file; a `.txt` that is really a whole HTML page is read as HTML. */
export function kindOf(path: string, text: string): InputKind | null {
  const known = BY_EXTENSION[extname(path).toLowerCase()];
  if (known === 'text' && HTML_START.test(text)) return 'html';
  return known ?? sniffContent(text);
}
