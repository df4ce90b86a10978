/**
 * Markdown → plain article text. A `# Title` first line (or a setext title) becomes the title; YAML-style front
 * matter gives title / date / url / outlet / author; links keep their words, images go, emphasis marks go, list
 * and quote markers go, soft-wrapped lines join into one paragraph.
 */
import type { ArticleInput } from '../../analyze/types.ts';
import { reject } from '../../errors.ts';
import { rejected, type ReadResult } from './result.ts';

const FRONT_KEYS: Record<string, keyof ArticleInput> = {
  title: 'title', headline: 'title', date: 'published', published: 'published', url: 'url', link: 'url',
  outlet: 'outlet', publisher: 'outlet', site: 'outlet', author: 'byline', byline: 'byline', by: 'byline',
};

function frontMatter(text: string, article: ArticleInput): string {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return text;
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    const field = kv ? FRONT_KEYS[kv[1]!.toLowerCase()] : undefined;
    const value = kv?.[2]?.replace(/^(["'])(.*)\1$/, '$2');
    if (field && field !== 'text' && value) article[field] = value;
  }
  return text.slice(m[0].length);
}

/** Inline syntax → plain words. */
export function stripInline(line: string): string {
  return line
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([^\n]*?\S)~~/g, '$1')
    .replace(/(^|[^\w*\\])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w\\])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1')
    .replace(/[ \t]+$/, '');
}

const FENCE = /^\s*(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const REF_DEF = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const LIST = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const QUOTE = /^\s{0,3}(?:>\s?)+/;

/** Markdown body → plain paragraphs separated by blank lines. */
export function markdownToText(body: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => { if (current.length) paragraphs.push(current.join(' ')); current = []; };
  let inFence = false;
  for (const raw of body.split('\n')) {
    if (FENCE.test(raw)) { inFence = !inFence; flush(); continue; }
    if (inFence) { if (raw.trim()) current.push(raw.trim()); continue; }
    if (raw.trim() === '' || RULE.test(raw)) { flush(); continue; }
    if (REF_DEF.test(raw)) continue;
    if (/^\s{0,3}(=+|-+)\s*$/.test(raw)) continue;
    const heading = HEADING.exec(raw);
    const line = stripInline((heading ? heading[1]! : raw).replace(QUOTE, '').replace(LIST, '')).trim();
    if (heading || LIST.test(raw.replace(QUOTE, ''))) { flush(); if (line) paragraphs.push(line); continue; }
    if (line) current.push(line);
  }
  flush();
  return paragraphs.join('\n\n');
}

export function readMarkdown(text: string, source: string): ReadResult {
  const article: ArticleInput = { source };
  let body = frontMatter(text, article).replace(/^\s*\n/, '');
  const lines = body.split('\n');
  const firstAt = lines.findIndex((l) => l.trim().length > 0);
  const first = lines[firstAt] ?? '';
  const atx = /^\s{0,3}#\s+(.*?)(?:\s+#+)?\s*$/.exec(first);
  const setext = !atx && /^\s{0,3}=+\s*$/.test(lines[firstAt + 1] ?? '');
  if (atx || setext) {
    const title = stripInline(atx ? atx[1]! : first).trim();
    if (title && !article.title) article.title = title;
    body = lines.slice(firstAt + (setext ? 2 : 1)).join('\n');
  }
  const plain = markdownToText(body);
  if (plain.trim().length === 0) return rejected(reject(source, 'INPUT_NO_TEXT', 'only a title or markup'));
  article.text = plain;
  return { articles: [article], rejections: [] };
}
