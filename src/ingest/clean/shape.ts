/** What a line looks like: ends a sentence? reads as a headline? Pure helpers shared by the cleaning steps. */

const CLOSERS = `"'”’»)\\]`;
const TERMINAL = /[.!?…:;,]/;

/** True when the line ends like a sentence: final punctuation, possibly inside closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  const t = line.trimEnd();
  let k = t.length - 1;
  while (k >= 0 && CLOSERS.includes(t[k]!)) k--;
  return k >= 0 && TERMINAL.test(t[k]!);
}

/** Any letter or digit, Latin or not (no `u` flag: this runs on every line and must stay cheap). */
const WORDISH = /[0-9A-Za-z\u00C0-\u024F\u0370-\u1FFF\u3040-\uFFEF]/;

const NON_SPACE_RUN = /\S+/g;

/** True when a token counts as a word for `words` (holds a letter or digit). */
export function isWordToken(token: string): boolean {
  return WORDISH.test(token);
}

export function words(line: string): string[] {
  const out: string[] = [];
  NON_SPACE_RUN.lastIndex = 0;
  for (let m = NON_SPACE_RUN.exec(line); m; m = NON_SPACE_RUN.exec(line)) if (WORDISH.test(m[0])) out.push(m[0]);
  return out;
}

/** JavaScript's `\s`, by character code. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** WORDISH by character code (UTF-16 units, as the regex without `u` sees them). */
function isWordishCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x1fff) || (c >= 0x3040 && c <= 0xffef);
}

/** words(line).length, without building the words. */
export function wordCount(line: string): number {
  let n = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isSpaceCode(c)) { inRun = false; continue; }
    if (!inRun) { inRun = true; counted = false; }
    if (!counted && isWordishCode(c)) { counted = true; n++; }
  }
  return n;
}

/** A line starts like the start of a sentence or heading: capital letter, digit or opening quote. */
const STARTS_UPPER = /^\s*[“"‘'«(]?[\p{Lu}\p{N}]/u;

export function startsUpper(line: string): boolean {
  return STARTS_UPPER.test(line);
}

/** Words a headline seldom ends on; a line ending on one is a wrapped piece of a paragraph. */
const FUNCTION_END = new Set([
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that',
  'which', 'who', 'is', 'was', 'are', 'were', 'be', 'his', 'her', 'their', 'its', 'our', 'this', 'into', 'than',
  'has', 'have', 'had', 'will', 'would', 'said', 'told', 'after', 'before', 'about', 'over', 'since', 'while',
]);

const NON_LETTERS = /[^\p{L}]/gu;

export function endsOnFunctionWord(line: string): boolean {
  const ws = words(line);
  const last = ws[ws.length - 1]?.toLowerCase().replace(NON_LETTERS, '') ?? '';
  return FUNCTION_END.has(last);
}

/** Signs of a running sentence rather than a headline: attribution verbs, auxiliaries, pronoun openings, double quotes. */
const SENTENCE_VERBS = /\b(?:said|told|asked|according to|added|explained|noted)\b/i;
const AUXILIARIES = /\s(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|been)\s/;
const SENTENCE_OPENERS = /^[“"‘']?(?:He|She|They|It|We|I|You|His|Her|Their|Its|Our|My|This|That|These|Those|There|Then|But|And|So|Yet|Still|However|Meanwhile|Although|While|When|If|As|Asked|Instead)\b/;
/** Fewest words from which an auxiliary verb marks a sentence (short subheads like "What is at stake" have one). */
export const AUXILIARY_MIN_WORDS = 5;

const DOUBLE_QUOTES = /[“”"]/;

export function readsAsSentence(line: string): boolean {
  const t = line.trim();
  if (SENTENCE_VERBS.test(t) || SENTENCE_OPENERS.test(t)) return true;
  if (DOUBLE_QUOTES.test(t)) return true;
  const comma = t.indexOf(',');
  if (comma >= 0 && t.indexOf(',', comma + 1) >= 0) return true;
  if (wordCount(t) >= AUXILIARY_MIN_WORDS && AUXILIARIES.test(` ${t} `)) return true;
  return false;
}

/** Longest line, in words and characters, that can be a headline or subhead. */
export const HEADLINE_MAX_WORDS = 16;
export const HEADLINE_MAX_CHARS = 150;

/** A standalone line that reads as a headline: short, capitalised, no final punctuation, no sentence signs. */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length > HEADLINE_MAX_CHARS || endsSentence(t) || !startsUpper(t)) return false;
  const n = wordCount(t);
  return n >= 1 && n <= HEADLINE_MAX_WORDS && !endsOnFunctionWord(t) && !readsAsSentence(t);
}

/** Share of text lines that end without final punctuation above which a text is hard-wrapped prose. */
export const WRAPPED_OPEN_LINE_SHARE = 0.5;
/** Fewest text lines for the hard-wrap test to mean anything. */
export const WRAPPED_MIN_LINES = 6;

/** Share of adjacent line pairs whose second line goes on in lower case above which the text is hard-wrapped. */
export const WRAPPED_LOWER_CONTINUATION_SHARE = 0.2;

/**
 * True when the text is wrapped at a fixed width (lines stop mid-sentence): line shape says nothing then.
 * Signs: most lines end without final punctuation, or many lines go on in lower case on the next line.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  let texts = 0;
  let open = 0;
  for (const l of lines) {
    if (l.trim().length === 0) continue;
    texts++;
    if (!endsSentence(l)) open++;
  }
  if (texts < WRAPPED_MIN_LINES) return false;
  if (open / texts > WRAPPED_OPEN_LINE_SHARE) return true;
  let pairs = 0;
  let lower = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.trim() === '' || lines[i + 1]!.trim() === '') continue;
    pairs++;
    if (STARTS_LOWER.test(lines[i + 1]!)) lower++;
  }
  return pairs >= 2 && lower / pairs > WRAPPED_LOWER_CONTINUATION_SHARE;
}

const STARTS_LOWER = /^\s*\p{Ll}/u;

/** True when a line starts (after spaces) with a lower-case letter. */
export function startsLower(line: string): boolean {
  return STARTS_LOWER.test(line);
}
