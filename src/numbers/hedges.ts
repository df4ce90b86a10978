/** Hedges around a number: "more than 3", "about 12,000", "40 or more". Longest phrase first. */

export type Hedge =
  | 'exact' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'up-to' | 'about' | 'nearly' | 'multiple';

const BEFORE: readonly [readonly string[], Hedge][] = [
  [['no', 'more', 'than'], 'at-most'],
  [['no', 'fewer', 'than'], 'at-least'],
  [['no', 'less', 'than'], 'at-least'],
  [['as', 'many', 'as'], 'up-to'],
  [['as', 'much', 'as'], 'up-to'],
  [['more', 'than'], 'more-than'],
  [['fewer', 'than'], 'less-than'],
  [['less', 'than'], 'less-than'],
  [['at', 'least'], 'at-least'],
  [['at', 'most'], 'at-most'],
  [['up', 'to'], 'up-to'],
  [['close', 'to'], 'nearly'],
  [['upwards', 'of'], 'more-than'],
  [['just', 'over'], 'more-than'],
  [['just', 'under'], 'less-than'],
  [['an', 'estimated'], 'about'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['roughly'], 'about'],
  [['approximately'], 'about'],
  [['some'], 'about'],
  [['estimated'], 'about'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['over'], 'more-than'],
  [['under'], 'less-than'],
];

const AFTER: readonly [readonly string[], Hedge][] = [
  [['or', 'more'], 'at-least'],
  [['or', 'so'], 'about'],
  [['-', 'plus'], 'at-least'],
  [['+'], 'at-least'],
];

function matchAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at < 0 || at + phrase.length > words.length) return false;
  return phrase.every((w, k) => words[at + k] === w);
}

/** The hedge whose words end just before `index` in `words` (lower-cased tokens), and how many words it takes. */
export function hedgeBefore(words: readonly string[], index: number, floor: number): { hedge: Hedge; length: number } | null {
  for (const [phrase, hedge] of BEFORE) {
    const at = index - phrase.length;
    if (at >= floor && matchAt(words, at, phrase)) return { hedge, length: phrase.length };
  }
  return null;
}

/** The hedge whose words start at `index` ("or more"), and how many words it takes. */
export function hedgeAfter(words: readonly string[], index: number, ceiling: number): { hedge: Hedge; length: number } | null {
  for (const [phrase, hedge] of AFTER) {
    if (index + phrase.length <= ceiling && matchAt(words, index, phrase)) return { hedge, length: phrase.length };
  }
  return null;
}
