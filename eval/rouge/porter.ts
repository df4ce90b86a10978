/**
 * The Porter stemmer as ROUGE-1.5.5 runs it (its own Perl variant of Porter 1980), so our ROUGE matches theirs:
 * - step 2 uses the later rules `bli → ble` and `logi → log` (not the paper's `abli → able`);
 * - step 4 is ROUGE's modification of 2004: a word ending in -ement is stripped by -ement, and then, in turn,
 *   by -ment and by -ent (or -sion/-tion) when each leaves a stem of measure > 1, one after the other;
 * - words shorter than 3 letters are returned unchanged (ROUGE itself only stems words longer than 3).
 * Input is lower-case ASCII letters and digits, as ROUGE's tokeniser leaves them.
 */

const C1 = '[^aeiou]'; // one consonant ('y' counts as a consonant at the start of a consonant run)
const V1 = '[aeiouy]'; // one vowel
const CS = `${C1}[^aeiouy]*`; // consonant run
const VS = `${V1}[aeiou]*`; // vowel run

/** Measure > 0: [C](VC)+ … */
const M_GT0 = new RegExp(`^(${CS})?${VS}${CS}`);
/** Measure exactly 1: [C]VC[V] */
const M_EQ1 = new RegExp(`^(${CS})?${VS}${CS}(${VS})?$`);
/** Measure > 1 */
const M_GT1 = new RegExp(`^(${CS})?${VS}${CS}${VS}${CS}`);
/** The stem holds a vowel. */
const HAS_VOWEL = new RegExp(`^(${CS})?${V1}`);
/** Consonant-vowel-consonant ending, the last not w, x or y (the *o condition), for a stem of measure 1. */
const CVC = new RegExp(`^${CS}${V1}[^aeiouwxy]$`);

const STEP2: Record<string, string> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al',
  entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al',
  iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP3: Record<string, string> = {
  icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '',
};
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

/** The longest suffix from the list that the word ends with (what a left-most regex alternation finds). */
function longestSuffix(w: string, suffixes: readonly string[]): string | null {
  let best: string | null = null;
  for (const s of suffixes) if (w.endsWith(s) && (best === null || s.length > best.length)) best = s;
  return best;
}

const STEP2_KEYS = Object.keys(STEP2);
const STEP3_KEYS = Object.keys(STEP3);

function step1ab(w: string): string {
  if (/(ss|i)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^s]s$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('eed')) {
    if (M_GT0.test(w.slice(0, -3))) w = w.slice(0, -1);
    return w;
  }
  const m = /(ed|ing)$/.exec(w);
  if (m) {
    const stem = w.slice(0, m.index);
    if (HAS_VOWEL.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (CVC.test(w)) w += 'e';
    }
  }
  return w;
}

function step1c(w: string): string {
  if (w.endsWith('y') && HAS_VOWEL.test(w.slice(0, -1))) return w.slice(0, -1) + 'i';
  return w;
}

function replaceSuffix(w: string, keys: readonly string[], table: Record<string, string>): string {
  const s = longestSuffix(w, keys);
  if (s === null) return w;
  const stem = w.slice(0, -s.length);
  return M_GT0.test(stem) ? stem + table[s] : w;
}

function step4(w: string): string {
  const s = longestSuffix(w, STEP4);
  if (s !== null) {
    const stem = w.slice(0, -s.length);
    if (M_GT1.test(stem)) w = stem;
  }
  if (w.endsWith('ment')) {
    const stem = w.slice(0, -4);
    if (M_GT1.test(stem)) w = stem;
  }
  if (w.endsWith('ent')) {
    const stem = w.slice(0, -3);
    if (M_GT1.test(stem)) w = stem;
  } else if (/[st]ion$/.test(w)) {
    const stem = w.slice(0, -3);
    if (M_GT1.test(stem)) w = stem;
  }
  return w;
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    if (M_GT1.test(stem) || (M_EQ1.test(stem) && !CVC.test(stem))) w = stem;
  }
  if (w.endsWith('ll') && M_GT1.test(w)) w = w.slice(0, -1);
  return w;
}

export function porterStem(word: string): string {
  if (word.length < 3) return word;
  // An initial y is a consonant: upper-case it so that no pattern reads it as a vowel.
  const initialY = word[0] === 'y';
  let w = initialY ? 'Y' + word.slice(1) : word;
  w = step1ab(w);
  w = step1c(w);
  w = replaceSuffix(w, STEP2_KEYS, STEP2);
  w = replaceSuffix(w, STEP3_KEYS, STEP3);
  w = step4(w);
  w = step5(w);
  return initialY ? 'y' + w.slice(1) : w;
}
