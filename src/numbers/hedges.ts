/**
 * Hedges around a number: "more than 3", "about 12,000", "40 or more". Longest phrase first. Phrases are looked up
 * by the word next to the number, so a number with no hedge costs one map lookup.
 */
import type { Token } from '../doc/types.ts';

export type Hedge =
  | 'exact' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'up-to' | 'about' | 'nearly' | 'multiple';

export interface HedgeMatch {
  hedge: Hedge;
  length: number;
}

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

/** Phrases keyed by one end word (the last word for BEFORE, the first for AFTER), in list order. */
function byWord(list: readonly [readonly string[], Hedge][], last: boolean): Map<string, [readonly string[], Hedge][]> {
  const map = new Map<string, [readonly string[], Hedge][]>();
  for (const entry of list) {
    const key = last ? entry[0][entry[0].length - 1]! : entry[0][0]!;
    let bucket = map.get(key);
    if (!bucket) map.set(key, (bucket = []));
    bucket.push(entry);
  }
  return map;
}
const BEFORE_BY_LAST = byWord(BEFORE, true);
const AFTER_BY_FIRST = byWord(AFTER, false);

function matchAt(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k]!.norm !== phrase[k]) return false;
  return true;
}

/** The hedge whose words end just before token `index` (not reaching below `floor`), and how many words it takes. */
export function hedgeBefore(tokens: readonly Token[], index: number, floor: number): HedgeMatch | null {
  if (index - 1 < floor) return null;
  const bucket = BEFORE_BY_LAST.get(tokens[index - 1]!.norm);
  if (!bucket) return null;
  for (const [phrase, hedge] of bucket) {
    const at = index - phrase.length;
    if (at >= floor && matchAt(tokens, at, phrase)) return { hedge, length: phrase.length };
  }
  return null;
}

/** The hedge whose words start at token `index` ("or more"), below `ceiling`, and how many words it takes. */
export function hedgeAfter(tokens: readonly Token[], index: number, ceiling: number): HedgeMatch | null {
  if (index >= ceiling) return null;
  const bucket = AFTER_BY_FIRST.get(tokens[index]!.norm);
  if (!bucket) return null;
  for (const [phrase, hedge] of bucket) {
    if (index + phrase.length <= ceiling && matchAt(tokens, index, phrase)) return { hedge, length: phrase.length };
  }
  return null;
}
