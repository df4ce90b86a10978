/** Number words: "three", "twenty-five", "two hundred", "a dozen", fractions ("a fifth"), vague plurals ("thousands"). */

export const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

/** Multipliers after a number: "1.2 million", "three hundred". */
export const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6,
}));

/** Vague plurals: "thousands of", "dozens of"; the value is the lower bound of an order of magnitude. */
export const VAGUE: ReadonlyMap<string, number> = new Map(Object.entries({
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
}));

/** Fractions after "a", "one", "two" …: "a fifth of", "two-thirds". */
export const FRACTIONS: ReadonlyMap<string, number> = new Map(Object.entries({
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5,
  sixth: 1 / 6, sixths: 1 / 6, seventh: 1 / 7, eighth: 1 / 8, ninth: 1 / 9, tenth: 1 / 10, tenths: 1 / 10,
}));

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Granularity of a whole number as written: 10 to the power of its trailing zeros, leaving the first digit. */
function wholeStep(plain: string, value: number): number {
  if (value === 0) return 1;
  let zeros = 0;
  for (let k = plain.length - 1; k > 0 && plain.charCodeAt(k) === 48; k--) zeros++;
  return 10 ** zeros;
}

/** "12,000" → 12000 and its granularity (1000), "1.25" → 1.25 (0.01); null when not a plain number. */
export function parseDigits(text: string): { value: number; step: number } | null {
  // fast path: digits only
  let plainDigits = text.length > 0;
  for (let k = 0; k < text.length && plainDigits; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) plainDigits = false;
  }
  if (plainDigits) {
    const value = Number(text);
    return { value, step: wholeStep(text, value) };
  }
  if (!DIGITS.test(text)) return null;
  const plain = text.replace(/,/g, '');
  const value = Number(plain);
  if (!Number.isFinite(value)) return null;
  const dot = plain.indexOf('.');
  if (dot >= 0) return { value, step: 10 ** -(plain.length - dot - 1) };
  return { value, step: wholeStep(plain, value) };
}

/** A word number ("twenty" → 20, "three" → 3), or null. */
export function wordValue(word: string): number | null {
  return UNITS.get(word.toLowerCase()) ?? null;
}
