/**
 * Bytes → text, or the reason they are not article text: empty, binary, UTF-16, invalid UTF-8, whitespace only.
 * Strips a UTF-8 byte-order mark and turns CRLF / CR line ends into LF.
 */
import { fail, ok, reject, type Result } from '../../errors.ts';
import { firstInvalidUtf8, lineOfByte } from './utf8.ts';

/** Bytes looked at to decide "binary": enough for any header, cheap on big files. */
export const BINARY_SAMPLE_BYTES = 8192;
/** Share of control characters above which a sample is binary; prose has almost none besides tab and newline. */
export const MAX_CONTROL_RATIO = 0.1;

function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `NUL byte at byte ${i}`;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_RATIO) {
    return `${Math.round((100 * control) / n)}% control characters in the first ${n} bytes`;
  }
  return null;
}

export function decodeText(bytes: Uint8Array, source: string): Result<string> {
  if (bytes.length === 0) return fail(reject(source, 'INPUT_EMPTY'));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(reject(source, 'INPUT_INVALID_UTF8', 'it starts with a UTF-16 byte-order mark'));
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const binary = binaryReason(body);
  if (binary) return fail(reject(source, 'INPUT_BINARY', binary));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    const where = at >= 0 ? `byte 0x${body[at]!.toString(16).padStart(2, '0')} at byte ${at}, line ${lineOfByte(body, at)}` : 'undecodable';
    return fail(reject(source, 'INPUT_INVALID_UTF8', `invalid ${where}`));
  }
  if (text.trim().length === 0) return fail(reject(source, 'INPUT_EMPTY'));
  return ok(text.replace(/\r\n?/g, '\n'));
}
