/**
 * Reads CLI inputs — files, folders (recursive, sorted, hidden names skipped), `-` for stdin, JSON/JSONL article
 * files — into ArticleInput values, with one Rejection per unusable input; the batch goes on.
 * Each article's `source` is the path as given (`file:line` for JSON lines, `file#n` for items of a JSON array,
 * `stdin` for standard input).
 */
import { resolve } from 'node:path';
import type { ArticleInput } from '../../analyze/types.ts';
import { reject, type Rejection } from '../../errors.ts';
import { decodeText } from './decode.ts';
import { expandPath } from './expand.ts';
import { loadFile, tooLarge } from './load.ts';
import { readContent } from './read-one.ts';
import { merge, rejected, type ReadResult } from './result.ts';
import { kindOf, sniffContent } from './sniff.ts';
import { isUrl, readUrl } from './url.ts';
import type { FetchOptions } from '../fetch/fetch-url.ts';

export interface ReadOptions {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  readStdin: () => Promise<Buffer>;
  /** Limits for inputs given as http(s) URLs; private and loopback addresses are refused unless allowed. */
  fetch?: Partial<FetchOptions>;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export const STDIN_SOURCE = 'stdin';

function readFile(path: string, maxBytes: number): ReadResult {
  const bytes = loadFile(path, maxBytes);
  if (!bytes.ok) return rejected(bytes.rejection);
  const text = decodeText(bytes.value, path);
  if (!text.ok) return rejected(text.rejection);
  return readContent(kindOf(path, text.value), text.value, path);
}

async function readStdin(opts: ReadOptions): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await opts.readStdin();
  } catch (e) {
    return rejected(reject(STDIN_SOURCE, 'INPUT_UNREADABLE', (e as Error).message ?? String(e)));
  }
  if (bytes.length > opts.maxBytes) {
    const r = tooLarge(STDIN_SOURCE, bytes.length, opts.maxBytes);
    if (!r.ok) return rejected(r.rejection);
  }
  const text = decodeText(bytes, STDIN_SOURCE);
  if (!text.ok) return rejected(text.rejection);
  return readContent(sniffContent(text.value), text.value, STDIN_SOURCE);
}

export async function readInputs(
  inputs: readonly string[],
  opts: ReadOptions,
): Promise<{ articles: ArticleInput[]; rejections: Rejection[] }> {
  const out: ReadResult = { articles: [], rejections: [] };
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      if (seen.has('-')) continue;
      seen.add('-');
      merge(out, await readStdin(opts));
      continue;
    }
    if (isUrl(input)) {
      if (seen.has(input)) continue;
      seen.add(input);
      merge(out, await readUrl(input, { maxBytes: opts.maxBytes, ...opts.fetch }));
      continue;
    }
    for (const item of expandPath(input)) {
      if ('rejection' in item) { out.rejections.push(item.rejection); continue; }
      const key = resolve(item.file);
      if (seen.has(key)) continue;
      seen.add(key);
      merge(out, readFile(item.file, opts.maxBytes));
    }
  }
  return out;
}
