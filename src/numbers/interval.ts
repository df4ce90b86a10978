/**
 * What range of true values a reported number allows, and whether two reports can both be right.
 * "more than 3 years" and "three years" agree; "about 12,000" and "12,400" agree; "12,000" and "13,000" do not.
 */
import type { Quantity } from '../doc/types.ts';

/** "about", "roughly", "some": a reporter rounding loosely stays within this share of the value. */
const ABOUT_SHARE = 0.2;
/** "nearly", "almost": at most this share below the value. */
const NEARLY_SHARE = 0.15;

export interface Interval {
  lo: number;
  hi: number;
}

/** Granularity of a number as written when the caller did not keep it: trailing zeros of the integer part. */
function stepOf(q: Quantity & { step?: number }): number {
  if (q.step !== undefined) return q.step;
  if (!Number.isInteger(q.value)) return 10 ** -Math.min(6, (String(q.value).split('.')[1] ?? '').length);
  if (q.value === 0) return 1;
  let step = 1;
  while (q.value % (step * 10) === 0) step *= 10;
  return step;
}

export function interval(q: Quantity & { step?: number }): Interval {
  const v = q.value;
  const half = stepOf(q) / 2;
  switch (q.hedge) {
    case 'more-than':
    case 'at-least':
      return { lo: v, hi: Infinity };
    case 'less-than':
    case 'at-most':
    case 'up-to':
      return { lo: 0, hi: v };
    case 'about':
      return { lo: Math.min(v - half, v * (1 - ABOUT_SHARE)), hi: Math.max(v + half, v * (1 + ABOUT_SHARE)) };
    case 'nearly':
      return { lo: v * (1 - NEARLY_SHARE), hi: v };
    case 'multiple':
      return { lo: v, hi: v * 10 };
    default:
      return { lo: v - half, hi: v + half };
  }
}

/** True when both numbers could describe the same true value (intervals meet; an exact edge may touch only when
 * one side is open-ended or hedged). */
export function compatible(a: Quantity & { step?: number }, b: Quantity & { step?: number }): boolean {
  const x = interval(a);
  const y = interval(b);
  const exactPair = a.hedge === 'exact' && b.hedge === 'exact';
  return exactPair ? x.lo < y.hi && y.lo < x.hi : x.lo <= y.hi && y.lo <= x.hi;
}
