/**
 * Rules for years spelled out as broadcast transcripts write them ("nineteen ninety-six", "the year two thousand"),
 * and for the year or month as a whole ("by year-end", "for the full year", "the end of the month").
 */
import { formatMonth, ymd } from './calendar.ts';
import { MONTH_RE, monthNumber } from './lexicon.ts';
import { END_GATE, SPOKEN_GATE, YEAR_GATE } from './gates.ts';
import type { Rule } from './candidate.ts';

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "ninety-six" → 96, "oh five" → 5, "hundred" → 0; null when not a two-digit number in words. */
function twoDigits(words: string): number | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (w === 'hundred') return 0;
  const oh = /^oh[- ](\w+)$/.exec(w);
  if (oh) { const n = ONES.indexOf(oh[1]!); return n > 0 ? n : null; }
  const t = TEENS.indexOf(w);
  if (t >= 0) return 10 + t;
  const [a, b] = w.split(/[- ]/);
  const tens = TENS.indexOf(a!);
  if (tens < 2) return null;
  if (b === undefined) return tens * 10;
  const ones = ONES.indexOf(b);
  return ones > 0 ? tens * 10 + ones : null;
}

const TWO = '(?:hundred|oh[- ](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)';

/** A plural noun or a bigger number right after spelled-out digits makes them a count. */
const COUNTED_AFTER = /^[\s-]+(?:[a-z]+s|hundred|thousand|million|billion)\b/;

export const spokenRules: Rule[] = [
  {
    name: 'spelled-year',
    prio: 9,
    gate: SPOKEN_GATE,
    re: new RegExp(`\\b(?:(?:the\\s+)?(winter|spring|summer|fall|autumn)\\s+of\\s+|(${MONTH_RE})\\s+|the\\s+year\\s+)?(?:(nineteen|twenty)[- ](${TWO})|two\\s+thousand(?:\\s+and\\s+(one|two|three|four|five|six|seven|eight|nine|ten))?)\\b`, 'gi'),
    make(m, ctx) {
      // "two thousand years", "nineteen twenty-five people": a count, not a year.
      // ("the year two thousand bugs" is a year all the same).
      const bare = !m[1] && !m[2] && !/^the\s+year\b/i.test(m[0]);
      if (bare && COUNTED_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
      let year: number;
      if (m[3]) {
        const rest = twoDigits(m[4]!);
        if (rest === null) return null;
        year = (m[3].toLowerCase() === 'nineteen' ? 1900 : 2000) + rest;
      } else {
        year = 2000 + (m[5] ? [...ONES, 'ten'].indexOf(m[5].toLowerCase()) : 0);
      }
      // "nineteen ninety" alone is a year only in a transcript's way of saying it; a bare "twenty twenty" too.
      if (m[2]) return { value: formatMonth(year, monthNumber(m[2])!), type: 'DATE', kind: 'other' };
      if (m[1]) {
        const s = m[1].toLowerCase();
        const code = s === 'spring' ? 'SP' : s === 'summer' ? 'SU' : s === 'winter' ? 'WI' : 'FA';
        return { value: `${year}-${code}`, type: 'DATE', kind: 'other' };
      }
      return { value: String(year), type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'year-end',
    prio: 6,
    gate: END_GATE,
    re: /\b(?:(?:by|at|around|before|until|through|near)\s+)(?:the\s+)?(?:(?:year|month)[- ]end|(?:year|month)['’]s\s+end|end\s+of\s+(?:the\s+)?(?:year|month))\b/gi,
    make(m, ctx) {
      const month = /month/i.test(m[0]);
      const start = m.index + /^\w+\s+/.exec(m[0])![0].length;
      if (ctx.dct === null) return { start, value: month ? 'XXXX-XX' : 'XXXX', type: 'DATE', kind: 'other' };
      const { y, m: mm } = ymd(ctx.dct);
      return { start, value: month ? formatMonth(y, mm) : String(y), type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'the-year',
    prio: 5,
    gate: YEAR_GATE,
    re: /\b(?:for|in|of|during|through)\s+(the\s+(?:full\s+|fiscal\s+|calendar\s+|whole\s+|entire\s+)?year)\b(?!\s+(?:ended|ending|to|before|after|earlier|ago|later|of|that|when|in\s+which|\d))(?!-)/gi,
    make(m, ctx) {
      const start = m.index + m[0].length - m[1]!.length;
      if (ctx.dct === null) return { start, value: 'XXXX', type: 'DATE', kind: 'other' };
      return { start, value: String(ymd(ctx.dct).y), type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'the-year-ended',
    prio: 5,
    gate: YEAR_GATE,
    re: /\bthe\s+(?:(?:latest|last|previous|prior|current)\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?year(?=\s+(?:ended|ending|to)\b)/gi,
    make() {
      return { value: 'P1Y', type: 'DURATION', kind: 'other' };
    },
  },
];
