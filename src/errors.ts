/**
 * The one catalog of error codes. Each message says what was expected, what was found and what to do.
 * Tests assert the code, never the wording. A rejected input is a value (Rejection), not an exception.
 */

export const ERRORS = {
  // inputs
  INPUT_EMPTY: 'the input {input} is empty: expected article text; give a file with content',
  INPUT_BINARY: 'the input {input} looks binary ({reason}): expected text, HTML or JSON; give a text file',
  INPUT_TOO_LARGE: 'the input {input} is {size} bytes, over the {limit}-byte limit: split it or raise --max-bytes',
  INPUT_INVALID_UTF8: 'the input {input} is not valid UTF-8 ({reason}): re-encode it as UTF-8',
  INPUT_UNREADABLE: 'the input {input} could not be read ({reason}): check the path and permissions',
  INPUT_NOT_FOUND: 'the input {input} does not exist: check the path',
  INPUT_BAD_JSON: 'the input {input} is not valid JSON ({reason}): expected an article object, an array of them, or JSON lines',
  INPUT_BAD_ARTICLE: 'the input {input} holds an article without text or html ({reason}): give {title?, text | html, …}',
  INPUT_BAD_HTML: 'the input {input} holds no article body ({reason}): give a page with article text',
  INPUT_BAD_FEED: 'the input {input} is not a readable RSS or Atom feed ({reason})',
  INPUT_NO_TEXT: 'the input {input} has no text left after cleaning ({reason})',
  INPUT_UNSUPPORTED: 'the input {input} is of an unsupported kind ({reason}): give .txt, .md, .html, .json or .jsonl',
  // fetching
  FETCH_REFUSED: 'the URL {input} was refused ({reason}): use --allow-private to fetch private or loopback addresses',
  FETCH_FAILED: 'the URL {input} could not be fetched ({reason})',
  // usage
  USAGE: '{reason}: see `corroborate --help`',
  NOTHING_USABLE: 'no usable article among {count} inputs: see the errors above',
  // engine
  PIPELINE_UNMET_REQUIREMENT: 'stage {stage} requires {missing}, which no earlier stage assigns: reorder or add the stage',
  BRIEF_INVALID: 'the brief does not match corroborate.brief/1: {reason}',
  // store
  STORE_FAILED: 'the store {input} failed ({reason})',
  STORY_NOT_FOUND: 'no story {input} in the store: run `corroborate stories` to list them',
  // evaluation
  GATE_FAILED: 'quality gate failed: {reason}',
  EVAL_DATA_MISSING: 'evaluation data {input} is missing: expected ../shared/eval',
  // output
  OUTPUT_FAILED: 'the output {input} could not be written ({reason}): check the path and permissions',
} as const;

export type ErrorCode = keyof typeof ERRORS;

export type ErrorParams = Record<string, string | number>;

export function formatError(code: ErrorCode, params: ErrorParams = {}): string {
  return ERRORS[code].replace(/\{(\w+)\??\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export class CorroborateError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  constructor(code: ErrorCode, params: ErrorParams = {}) {
    super(formatError(code, params));
    this.name = 'CorroborateError';
    this.code = code;
    this.params = params;
  }
}

/** An input that could not be used, as a value: the batch goes on. */
export interface Rejection {
  input: string;
  code: ErrorCode;
  message: string;
}

export function reject(input: string, code: ErrorCode, reason = ''): Rejection {
  return { input, code, message: formatError(code, { input, reason }) };
}

export type Result<T> = { ok: true; value: T } | { ok: false; rejection: Rejection };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(rejection: Rejection): Result<T> => ({ ok: false, rejection });
