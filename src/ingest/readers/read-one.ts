/** Decoded content of one input → articles, by the reader its kind needs. */
import { reject } from '../../errors.ts';
import { readFeed } from './feed.ts';
import { readHtml } from './html.ts';
import { readJson } from './json.ts';
import { readJsonl } from './jsonl.ts';
import { readMarkdown } from './markdown.ts';
import { rejected, type ReadResult } from './result.ts';
import type { InputKind } from './sniff.ts';
import { readText } from './text.ts';

const READERS: Record<InputKind, (text: string, source: string) => ReadResult> = {
  text: readText,
  markdown: readMarkdown,
  html: readHtml,
  json: readJson,
  jsonl: readJsonl,
  feed: readFeed,
};

export function readContent(kind: InputKind | null, text: string, source: string): ReadResult {
  if (!kind) return rejected(reject(source, 'INPUT_UNSUPPORTED', 'unknown extension and the content is not text, HTML or JSON'));
  return READERS[kind](text, source);
}
