/**
 * Word-level helpers shared by the summary: a light suffix stemmer (plural, -ed, -ing, -ly) so that inflected
 * forms count as one concept, a short list of function words, and the count of words in a text.
 */

/** Function words: a bigram of two of these is no concept. Lower-case. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('a an the and or but nor so yet of in on at to for from by with about as into onto over under after before ' +
    'than then that this these those there here is are was were be been being am has have had do does did will ' +
    'would shall should can could may might must it its it\'s he him his she her hers they them their theirs we us our ' +
    'you your i me my mine who whom whose which what when where why how not no also just only very more most ' +
    'up down out off again further once all any both each few other some such own same too s t said says say ' +
    'told according mr mrs ms one')
    .split(' '),
);

/**
 * Words of time counted from each article's own date ("Thursday", "yesterday"): two reports that both say
 * "Thursday" may mean two different days, so these words are no shared content. Stemmed forms, lower-case.
 */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight'.split(' '),
);

/** No content of its own: a function word or a word of relative time. */
export const isLight = (stem: string): boolean => FUNCTION_WORDS.has(stem) || RELATIVE_TIME_WORDS.has(stem);

/** A light stemmer: enough to join "talks"/"talk", "rejected"/"rejects", never aggressive. */
export function lightStem(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) return w.slice(0, -2);
  if (w.endsWith('es') && /(ch|sh|x|z|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Words as counted against a budget: runs of non-space characters. */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** A word token: letters or digits (so punctuation tokens are left out of concepts). */
export const isWord = (t: string): boolean => /[\p{L}\p{N}]/u.test(t);
