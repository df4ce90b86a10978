/** Input paths → the files to read: folders recursively, sorted by path, hidden names skipped, each file once. */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { reject, type Rejection } from '../../errors.ts';

export type Expanded = { file: string } | { rejection: Rejection };

const hidden = (name: string) => name.startsWith('.');

function walk(dir: string, seenDirs: Set<string>, out: string[]): void {
  let real: string;
  try { real = realpathSync(dir); } catch { return; }
  if (seenDirs.has(real)) return;
  seenDirs.add(real);
  let names: string[];
  try { names = readdirSync(dir); } catch { return; }
  for (const name of names.sort()) {
    if (hidden(name)) continue;
    const path = join(dir, name);
    let isDir = false;
    try { isDir = statSync(path).isDirectory(); } catch { /* a broken link: reported when read */ }
    if (isDir) walk(path, seenDirs, out); else out.push(path);
  }
}

/** One path as given → files under it (a missing path gives a rejection). */
export function expandPath(input: string): Expanded[] {
  let isDir: boolean;
  try {
    isDir = statSync(input).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [{ rejection: reject(input, 'INPUT_NOT_FOUND') }];
    return [{ rejection: reject(input, 'INPUT_UNREADABLE', String(code ?? e)) }];
  }
  if (!isDir) return [{ file: input }];
  const files: string[] = [];
  walk(input, new Set(), files);
  if (files.length === 0) return [{ rejection: reject(input, 'INPUT_EMPTY') }];
  return files.map((file) => ({ file }));
}
