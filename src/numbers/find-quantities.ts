/**
 * Doc → Quantity[]: numbers in digits and words with their hedge, normal value, unit and the noun they count.
 * One pass over the tokens of each sentence. Years, clock times and day-of-month dates are left to the time layer.
 */
import type { Doc, Quantity, Token } from '../doc/types.ts';
import { FRACTIONS, SCALES, UNITS, VAGUE, parseDigits } from './words.ts';
import { hedgeAfter, hedgeBefore, type Hedge } from './hedges.ts';
import { countsPeople, currencySign, currencyWord, measureUnit } from './units.ts';

/** A quantity with the granularity of the number as written ("12,000" → 1000), used to judge rounding. */
export interface FoundQuantity extends Quantity {
  step: number;
}

interface Core {
  value: number;
  step: number;
  /** Token index after the number. */
  end: number;
  hedge: Hedge | null;
  unit: string | null;
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const CLOCK = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', 'est', 'edt', 'pst', 'pdt', 'hrs', 'ET']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const NUMERATORS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
/** Count nouns followed by "of" in a vague or fractional quantity ("a fifth of the territory"). */
const OF = 'of';

const low = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

function wordNumber(tokens: readonly Token[], i: number, end: number): Core | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  while (j < end) {
    const w = low(tokens[j]);
    if (w in UNITS) { current += UNITS[w]!; seen = true; j++; continue; }
    if (seen && w === '-' && low(tokens[j + 1]) in UNITS && tokens[j]!.start === tokens[j - 1]!.end) { j++; continue; }
    if (seen && w === 'hundred') { current = (current || 1) * 100; j++; continue; }
    if (seen && w === 'dozen') { current = (current || 1) * 12; j++; continue; }
    if (seen && (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion')) {
      total += (current || 1) * SCALES[w]!; current = 0; j++; continue;
    }
    if (seen && w === 'and' && low(tokens[j + 1]) in UNITS && current >= 100) { j++; continue; }
    break;
  }
  if (!seen) return null;
  const value = total + current;
  return { value, step: parseDigits(String(value))?.step ?? 1, end: j, hedge: null, unit: null };
}

function core(tokens: readonly Token[], i: number, end: number): Core | null {
  const t = tokens[i]!;
  const w = low(t);
  const digits = parseDigits(t.text);
  if (digits) {
    const scale = SCALES[low(tokens[i + 1])];
    if (scale && i + 1 < end && scale >= 1e3) {
      return { value: digits.value * scale, step: digits.step * scale, end: i + 2, hedge: null, unit: null };
    }
    return { ...digits, end: i + 1, hedge: null, unit: null };
  }
  // "tens of thousands", "hundreds of thousands"
  if ((w === 'tens' || w === 'hundreds') && low(tokens[i + 2]) in VAGUE && low(tokens[i + 1]) === OF && i + 2 < end) {
    const value = (w === 'tens' ? 10 : 100) * VAGUE[low(tokens[i + 2])]!;
    return { value, step: value, end: i + 3, hedge: 'multiple', unit: null };
  }
  if (w in VAGUE && w !== 'scores') return { value: VAGUE[w]!, step: VAGUE[w]!, end: i + 1, hedge: 'multiple', unit: null };
  // fractions: "a fifth of", "two-thirds of"
  if (w in NUMERATORS) {
    let k = i + 1;
    if (low(tokens[k]) === '-') k++;
    const f = FRACTIONS[low(tokens[k])];
    const after = low(tokens[k + 1]);
    if (f !== undefined && k < end && (after === OF || k + 1 >= end || tokens[k + 1]!.pos === 'PUNCT')) {
      return { value: NUMERATORS[w]! * f, step: 0.01, end: k + 1, hedge: null, unit: 'fraction' };
    }
  }
  if ((w === 'a' || w === 'an') && i + 1 < end) {
    const next = low(tokens[i + 1]);
    if (next === 'dozen') return { value: 12, step: 1, end: i + 2, hedge: null, unit: null };
    if (next in SCALES && next !== 'bn' && next !== 'mn') {
      return { value: SCALES[next]!, step: SCALES[next]!, end: i + 2, hedge: null, unit: null };
    }
  }
  if (w in UNITS) return wordNumber(tokens, i, end);
  return null;
}

/** Digits that are a year, a clock time or part of a date, not a quantity. */
function isDateOrTime(tokens: readonly Token[], i: number, c: Core, text: string): boolean {
  const t = tokens[i]!;
  if (!parseDigits(t.text)) return false;
  const next = tokens[c.end];
  const prev = tokens[i - 1];
  if (next && (CLOCK.has(next.text.toLowerCase()) || next.text === ':' || /^[.:]\d/.test(text.slice(t.end, t.end + 2)))) return true;
  if (prev && prev.text === ':' && prev.end === t.start) return true;
  if (prev && MONTHS.has(prev.text.toLowerCase()) && /^[A-Z]/.test(prev.text)) return true;
  if (next && MONTHS.has(next.text.toLowerCase()) && /^[A-Z]/.test(next.text)) return true;
  // glued to letters: "F-16", "COVID-19", "G7"
  if (/[A-Za-z]-?$/.test(text.slice(Math.max(0, t.start - 2), t.start))) return true;
  if (/^\d{4}$/.test(t.text) && c.end === i + 1) {
    const n = Number(t.text);
    // "1900 troops" counts people; "2022 negotiations", "in 2022" are years
    const counted = next !== undefined && (countsPeople(next.text) || measureUnit(next.text) !== null || next.text === '%');
    if (n >= 1800 && n <= 2100 && !counted) return true;
  }
  return false;
}

/** The noun phrase head(s) a quantity counts, starting at token j: "Ukrainian civilians", "of the territory". */
function countedNoun(tokens: readonly Token[], j: number, end: number, allowOf: boolean): string | null {
  let k = j;
  if (allowOf && low(tokens[k]) === OF) {
    k++;
    if (DETERMINERS.has(low(tokens[k]))) k++;
    // "Ukraine's territory"
    if (tokens[k]?.pos === 'PROPN' && /^['’]s$/.test(tokens[k + 1]?.text ?? '')) k += 2;
  }
  const run: Token[] = [];
  while (k < end && run.length < 5) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || (t.pos === 'VERB' && /ed$/.test(t.text) && run.length === 0 && tokens[k + 1]?.pos === 'NOUN')) {
      run.push(t);
      k++;
      continue;
    }
    break;
  }
  let last = run.length;
  while (last > 0 && run[last - 1]!.pos !== 'NOUN') last--;
  if (last === 0) return null;
  let first = last - 1;
  while (first > 0 && run[first - 1]!.pos === 'NOUN') first--;
  return run.slice(first, last).map((t) => t.text.toLowerCase()).join(' ');
}

/** "five civilians were killed and 29 injured": the second number counts what the first one counts. */
const MAX_COORDINATED_GAP = 60;
function coordinated(gap: string): boolean {
  return gap.length <= MAX_COORDINATED_GAP && /(^|\s)(and|or)\s*$|,\s*$/.test(gap) && !/[.;:!?]/.test(gap);
}

function insideTimes(doc: Pick<Doc, 'times'>, start: number, end: number): boolean {
  for (const t of doc.times ?? []) {
    if ((t.type === 'DATE' || t.type === 'TIME') && t.start <= start && end <= t.end) return true;
  }
  return false;
}

export function findQuantities(doc: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'times'>): FoundQuantity[] {
  const { tokens, text } = doc;
  const words = tokens.map((t) => t.text.toLowerCase());
  const out: FoundQuantity[] = [];
  for (const s of doc.sentences) {
    let previous: FoundQuantity | null = null;
    let previousEnd = -1;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const c = core(tokens, i, s.tokenEnd);
      if (!c || isDateOrTime(tokens, i, c, text)) continue;
      let first = i;
      let unit = c.unit;
      let hedge: Hedge = c.hedge ?? 'exact';
      const sign = currencySign(words[i - 1] ?? '');
      if (sign && i - 1 >= s.tokenStart) { unit = sign; first = i - 1; }
      const before = hedgeBefore(words, first, s.tokenStart);
      if (before && c.hedge === null) { hedge = before.hedge; first -= before.length; }
      let j = c.end;
      let compound = false;
      let measured = false;
      if (words[j] === '%' || words[j] === 'percent') { unit = '%'; j++; }
      else if (words[j] === 'per' && words[j + 1] === 'cent') { unit = '%'; j += 2; }
      else {
        const hyphen = words[j] === '-' && tokens[j]!.start === tokens[j - 1]!.end;
        const m = measureUnit(words[hyphen ? j + 1 : j] ?? '');
        const cur = currencyWord(words[j] ?? '');
        if (m && (hyphen ? j + 1 : j) < s.tokenEnd) {
          unit = m; compound = hyphen; measured = true; j += hyphen ? 2 : 1;
          if (hyphen && words[j] === '-' && words[j + 1] === 'old') j += 2;
        } else if (cur && !unit) { unit = cur; j++; }
      }
      const after = hedgeAfter(words, j, s.tokenEnd);
      let end = j;
      if (after && hedge === 'exact') { hedge = after.hedge; end = j + after.length; }
      const startChar = tokens[first]!.start;
      const endChar = tokens[end - 1]!.end;
      if (insideTimes(doc, startChar, endChar)) { i = end - 1; continue; }
      const allowOf = c.hedge === 'multiple' || unit === 'fraction' || unit === '%' || (unit !== null && !compound);
      let counts = countedNoun(tokens, end, s.tokenEnd, allowOf);
      if (!counts && measured && !compound) counts = tokens[j - 1]!.text.toLowerCase();
      if (!counts && previous?.counts && coordinated(text.slice(previousEnd, startChar))) counts = previous.counts;
      if (!unit && counts && countsPeople(counts)) unit = 'people';
      const q: FoundQuantity = {
        start: startChar, end: endChar, text: text.slice(startChar, endChar), value: c.value, step: c.step,
        hedge, unit, counts,
      };
      out.push(q);
      previous = q;
      previousEnd = endChar;
      i = end - 1;
    }
  }
  return out;
}
