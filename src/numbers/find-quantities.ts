/**
 * Doc → Quantity[]: numbers in digits and words with their hedge, normal value, unit and the noun they count.
 * One pass over the tokens of each sentence; a token is looked at closely only when it starts with a digit or is a
 * number word (one set lookup on its lower-cased form). Years, clock times and day-of-month dates are left to the
 * time layer.
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
  digits: boolean;
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const CLOCK = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', 'est', 'edt', 'pst', 'pdt', 'hrs']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const NUMERATORS: ReadonlyMap<string, number> = new Map(Object.entries({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }));
const LARGE_SCALES = new Set(['thousand', 'million', 'billion', 'trillion']);
/** Count nouns followed by "of" in a vague or fractional quantity ("a fifth of the territory"). */
const OF = 'of';

/** Words that may start a number written in words; everything else without a leading digit is skipped at once. */
const STARTERS = new Set<string>([...UNITS.keys(), ...VAGUE.keys(), ...NUMERATORS.keys(), 'tens']);
/** What may follow "a"/"an" in a number: "a dozen", "a fifth", "a million". */
const AFTER_A = new Set<string>(['dozen', ...FRACTIONS.keys(), ...[...SCALES.keys()].filter((k) => k !== 'bn' && k !== 'mn')]);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const norm = (t: Token | undefined): string => (t ? t.norm : '');

function wordNumber(tokens: readonly Token[], i: number, end: number): Core | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  while (j < end) {
    const w = tokens[j]!.norm;
    const unit = UNITS.get(w);
    if (unit !== undefined) { current += unit; seen = true; j++; continue; }
    if (!seen) break;
    if (w === '-' && UNITS.has(norm(tokens[j + 1])) && tokens[j]!.start === tokens[j - 1]!.end) { j++; continue; }
    if (w === 'hundred') { current = (current || 1) * 100; j++; continue; }
    if (w === 'dozen') { current = (current || 1) * 12; j++; continue; }
    if (LARGE_SCALES.has(w)) { total += (current || 1) * SCALES.get(w)!; current = 0; j++; continue; }
    if (w === 'and' && UNITS.has(norm(tokens[j + 1])) && current >= 100) { j++; continue; }
    break;
  }
  if (!seen) return null;
  const value = total + current;
  return { value, step: parseDigits(String(value))?.step ?? 1, end: j, hedge: null, unit: null, digits: false };
}

function digitCore(tokens: readonly Token[], i: number, end: number): Core | null {
  const digits = parseDigits(tokens[i]!.text);
  if (!digits) return null;
  const scale = i + 1 < end ? SCALES.get(tokens[i + 1]!.norm) : undefined;
  if (scale !== undefined && scale >= 1e3) {
    return { value: digits.value * scale, step: digits.step * scale, end: i + 2, hedge: null, unit: null, digits: true };
  }
  return { value: digits.value, step: digits.step, end: i + 1, hedge: null, unit: null, digits: true };
}

/** A number written in words starting at token i (whose lower-cased form `w` is in STARTERS). */
function wordCore(tokens: readonly Token[], i: number, end: number, w: string): Core | null {
  // "tens of thousands", "hundreds of thousands"
  if ((w === 'tens' || w === 'hundreds') && i + 2 < end && norm(tokens[i + 1]) === OF) {
    const v = VAGUE.get(tokens[i + 2]!.norm);
    if (v !== undefined) {
      const value = (w === 'tens' ? 10 : 100) * v;
      return { value, step: value, end: i + 3, hedge: 'multiple', unit: null, digits: false };
    }
  }
  const vague = VAGUE.get(w);
  if (vague !== undefined && w !== 'scores') return { value: vague, step: vague, end: i + 1, hedge: 'multiple', unit: null, digits: false };
  // fractions: "a fifth of", "two-thirds of"
  const numerator = NUMERATORS.get(w);
  if (numerator !== undefined) {
    let k = i + 1;
    if (norm(tokens[k]) === '-') k++;
    const f = FRACTIONS.get(norm(tokens[k]));
    if (f !== undefined && k < end && (k + 1 >= end || tokens[k + 1]!.norm === OF || tokens[k + 1]!.pos === 'PUNCT')) {
      return { value: numerator * f, step: 0.01, end: k + 1, hedge: null, unit: 'fraction', digits: false };
    }
  }
  if ((w === 'a' || w === 'an') && i + 1 < end) {
    const next = tokens[i + 1]!.norm;
    if (next === 'dozen') return { value: 12, step: 1, end: i + 2, hedge: null, unit: null, digits: false };
    const scale = SCALES.get(next);
    if (scale !== undefined && next !== 'bn' && next !== 'mn') {
      return { value: scale, step: scale, end: i + 2, hedge: null, unit: null, digits: false };
    }
    return null;
  }
  if (UNITS.has(w)) return wordNumber(tokens, i, end);
  return null;
}

/**
 * A table of word shapes (first letter, last letter, length) so that most tokens are turned away by two char codes
 * and an array read, without hashing their string: bit 1 = a number word may have this shape, bit 2 = a word after
 * "a"/"an" may, bit 4 = "a"/"an" itself.
 */
const MAX_SHAPE_LENGTH = 15;
function shapeOf(w: string): number {
  const n = w.length;
  if (n === 0 || n > MAX_SHAPE_LENGTH) return -1;
  const f = w.charCodeAt(0) - 97;
  const l = w.charCodeAt(n - 1) - 97;
  if (f < 0 || f > 25 || l < 0 || l > 25) return -1;
  return (f * 26 + l) * (MAX_SHAPE_LENGTH + 1) + n;
}
const SHAPES = new Uint8Array(26 * 26 * (MAX_SHAPE_LENGTH + 1));
for (const w of STARTERS) SHAPES[shapeOf(w)]! |= w === 'a' || w === 'an' ? 4 : 1;
for (const w of AFTER_A) SHAPES[shapeOf(w)]! |= 2;

/** True when the token is worth a close look: a leading digit, or a word that can start a number. */
function mayStartNumber(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  if (isDigit(t.text.charCodeAt(0))) return true;
  const w = t.norm;
  const shape = shapeOf(w);
  if (shape < 0) return false;
  const bits = SHAPES[shape]!;
  if (bits & 1) return STARTERS.has(w);
  if ((bits & 4) === 0 || i + 1 >= end) return false;
  const next = tokens[i + 1]!.norm;
  const nextShape = shapeOf(next);
  return nextShape >= 0 && (SHAPES[nextShape]! & 2) !== 0 && AFTER_A.has(next);
}

function allDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isDigit(s.charCodeAt(k))) return false;
  return s.length > 0;
}

/** Digits that are a year, a clock time or part of a date, not a quantity. */
function isDateOrTime(tokens: readonly Token[], i: number, c: Core, text: string): boolean {
  if (!c.digits) return false;
  const t = tokens[i]!;
  const next = tokens[c.end];
  const prev = tokens[i - 1];
  if (next && (CLOCK.has(next.norm) || next.text === ':')) return true;
  // "10.30", "10:30" glued to the number
  const c0 = text.charCodeAt(t.end);
  if ((c0 === 46 || c0 === 58) && isDigit(text.charCodeAt(t.end + 1))) return true;
  if (prev && prev.text === ':' && prev.end === t.start) return true;
  if (prev && MONTHS.has(prev.norm) && isUpper(prev.text.charCodeAt(0))) return true;
  if (next && MONTHS.has(next.norm) && isUpper(next.text.charCodeAt(0))) return true;
  // glued to letters: "F-16", "COVID-19", "G7"
  if (t.start >= 1) {
    const b1 = text.charCodeAt(t.start - 1);
    if (isLetter(b1)) return true;
    if (b1 === 45 && t.start >= 2 && isLetter(text.charCodeAt(t.start - 2))) return true;
  }
  if (c.end === i + 1 && t.text.length === 4 && allDigits(t.text)) {
    const n = Number(t.text);
    // "1900 troops" counts people; "2022 negotiations", "in 2022" are years
    const counted = next !== undefined && (countsPeople(next.norm) || measureUnit(next.norm) !== null || next.text === '%');
    if (n >= 1800 && n <= 2100 && !counted) return true;
  }
  return false;
}

const isPossessiveS = (s: string): boolean =>
  s.length === 2 && (s.charCodeAt(0) === 39 || s.charCodeAt(0) === 0x2019) && s.charCodeAt(1) === 115;

/** The noun phrase head(s) a quantity counts, starting at token j: "Ukrainian civilians", "of the territory". */
function countedNoun(tokens: readonly Token[], j: number, end: number, allowOf: boolean): string | null {
  let k = j;
  if (allowOf && norm(tokens[k]) === OF) {
    k++;
    if (DETERMINERS.has(norm(tokens[k]))) k++;
    // "Ukraine's territory"
    if (tokens[k]?.pos === 'PROPN' && isPossessiveS(tokens[k + 1]?.text ?? '')) k += 2;
  }
  const runStart = k;
  while (k < end && k - runStart < 5) {
    const t = tokens[k]!;
    const p = t.pos;
    if (p === 'NOUN' || p === 'ADJ' || p === 'PROPN' || (p === 'VERB' && k === runStart && t.norm.endsWith('ed') && tokens[k + 1]?.pos === 'NOUN')) {
      k++;
      continue;
    }
    break;
  }
  let last = k;
  while (last > runStart && tokens[last - 1]!.pos !== 'NOUN') last--;
  if (last === runStart) return null;
  let first = last - 1;
  while (first > runStart && tokens[first - 1]!.pos === 'NOUN') first--;
  let out = tokens[first]!.norm;
  for (let m = first + 1; m < last; m++) out += ' ' + tokens[m]!.norm;
  return out;
}

/** "five civilians were killed and 29 injured": the second number counts what the first one counts. */
const MAX_COORDINATED_GAP = 60;
const COORDINATED_END = /(^|\s)(and|or)\s*$|,\s*$/;
const STOP = /[.;:!?]/;
function coordinated(gap: string): boolean {
  return gap.length <= MAX_COORDINATED_GAP && COORDINATED_END.test(gap) && !STOP.test(gap);
}

function insideTimes(times: Doc['times'], start: number, end: number): boolean {
  if (!times) return false;
  for (let k = 0; k < times.length; k++) {
    const t = times[k]!;
    if (t.start <= start && end <= t.end && (t.type === 'DATE' || t.type === 'TIME')) return true;
  }
  return false;
}

export function findQuantities(doc: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'times'>): FoundQuantity[] {
  const { tokens, text, times } = doc;
  const out: FoundQuantity[] = [];
  for (const s of doc.sentences) {
    let previous: FoundQuantity | null = null;
    let previousEnd = -1;
    const sEnd = s.tokenEnd;
    for (let i = s.tokenStart; i < sEnd; i++) {
      if (!mayStartNumber(tokens, i, sEnd)) continue;
      const c = isDigit(tokens[i]!.text.charCodeAt(0)) ? digitCore(tokens, i, sEnd) : wordCore(tokens, i, sEnd, tokens[i]!.norm);
      if (!c || isDateOrTime(tokens, i, c, text)) continue;
      let first = i;
      let unit = c.unit;
      let hedge: Hedge = c.hedge ?? 'exact';
      if (i - 1 >= s.tokenStart) {
        const sign = currencySign(tokens[i - 1]!.norm);
        if (sign) { unit = sign; first = i - 1; }
      }
      if (c.hedge === null) {
        const before = hedgeBefore(tokens, first, s.tokenStart);
        if (before) { hedge = before.hedge; first -= before.length; }
      }
      let j = c.end;
      let compound = false;
      let measured = false;
      const wj = norm(tokens[j]);
      if (wj === '%' || wj === 'percent') { unit = '%'; j++; }
      else if (wj === 'per' && norm(tokens[j + 1]) === 'cent') { unit = '%'; j += 2; }
      else if (wj !== '') {
        const hyphen = wj === '-' && tokens[j]!.start === tokens[j - 1]!.end;
        const m = measureUnit(hyphen ? norm(tokens[j + 1]) : wj);
        // a currency word may stand past a sentence break that split "70,000 / pounds" at a line end
        if (m && (hyphen ? j + 1 : j) < sEnd) {
          unit = m; compound = hyphen; measured = true; j += hyphen ? 2 : 1;
          if (hyphen && norm(tokens[j]) === '-' && norm(tokens[j + 1]) === 'old') j += 2;
        } else if (!unit) {
          const cur = currencyWord(wj);
          if (cur) { unit = cur; j++; }
        }
      }
      const after = hedge === 'exact' ? hedgeAfter(tokens, j, sEnd) : null;
      let end = j;
      if (after) { hedge = after.hedge; end = j + after.length; }
      const startChar = tokens[first]!.start;
      const endChar = tokens[end - 1]!.end;
      if (insideTimes(times, startChar, endChar)) { i = end - 1; continue; }
      const allowOf = c.hedge === 'multiple' || unit === 'fraction' || unit === '%' || (unit !== null && !compound);
      let counts = countedNoun(tokens, end, sEnd, allowOf);
      if (!counts && measured && !compound) counts = tokens[j - 1]!.norm;
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
