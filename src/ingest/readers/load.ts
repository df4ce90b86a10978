/** A file's bytes, with its size checked by stat BEFORE anything is read (a 50 MB file is never loaded). */
import { readFileSync, statSync } from 'node:fs';
import { fail, formatError, ok, reject, type Result } from '../../errors.ts';

export function tooLarge(input: string, size: number, limit: number): Result<Buffer> {
  return fail({ input, code: 'INPUT_TOO_LARGE', message: formatError('INPUT_TOO_LARGE', { input, size, limit }) });
}

export function loadFile(path: string, maxBytes: number): Result<Buffer> {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return fail(reject(path, 'INPUT_UNREADABLE', 'not a regular file'));
    size = st.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail(reject(path, 'INPUT_NOT_FOUND'));
    return fail(reject(path, 'INPUT_UNREADABLE', String(code ?? e)));
  }
  if (size > maxBytes) return tooLarge(path, size, maxBytes);
  try {
    const bytes = readFileSync(path);
    // The file may have grown between stat and read.
    if (bytes.length > maxBytes) return tooLarge(path, bytes.length, maxBytes);
    return ok(bytes);
  } catch (e) {
    return fail(reject(path, 'INPUT_UNREADABLE', String((e as NodeJS.ErrnoException).code ?? e)));
  }
}
