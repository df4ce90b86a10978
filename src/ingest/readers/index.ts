/**
 * STUB (to be replaced by the readers' owner). Reads CLI inputs — files, folders (recursive, sorted), `-` for stdin,
 * JSON/JSONL article files — into ArticleInput values, with one Rejection per unusable input; the batch goes on.
 */
import { readFileSync } from 'node:fs';
import type { ArticleInput } from '../../analyze/types.ts';
import type { Rejection } from '../../errors.ts';

export interface ReadOptions {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  readStdin: () => Promise<Buffer>;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export async function readInputs(
  inputs: readonly string[],
  _opts: ReadOptions,
): Promise<{ articles: ArticleInput[]; rejections: Rejection[] }> {
  return { articles: inputs.map((source) => ({ source, text: readFileSync(source, 'utf8') })), rejections: [] };
}
