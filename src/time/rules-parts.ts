/**
 * Rules for parts of a year or a count written around a fraction: "the latter half of 2024" (2024-H2), "the first
 * two quarters of 2025" (2025-H1), "an hour and a half" (PT1H30M), and decades in words ("the nineties").
 */
import { WEEKDAY_RE, countValue, durationValue, unitOf, weekdayNumber } from './lexicon.ts';
import { AND_HALF_GATE, DAYPART_ALONE_GATE, DAYPART_DAY_GATE, NTH_DAY_GATE, DECADE_WORDS_GATE, HALF_GATE, LONG_GATE, WEEKDAYS_GATE, WHILE_GATE } from './gates.ts';
import { formatDay } from './calendar.ts';
import type { Rule } from './candidate.ts';

const DECADE_WORDS: Record<string, string> = {
  twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9',
};

const PART_CODE: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV' };
const PART_OF_NIGHT: Record<string, string> = { ...PART_CODE, night: 'NI' };

export const partRules: Rule[] = [
  {
    name: 'weekdays',
    prio: 8,
    gate: WEEKDAYS_GATE,
    // "shops close on Sundays", "flights leave on Tuesday nights": every such day.
    re: new RegExp(`\\b(${WEEKDAY_RE})(?:s|\\s+(morning|afternoon|evening|night)s)\\b`, 'g'),
    make(m) {
      const wd = weekdayNumber(m[1]!)!;
      const part = m[2] ? `T${PART_OF_NIGHT[m[2].toLowerCase()]}` : '';
      return { value: `XXXX-WXX-${wd}${part}`, type: 'SET', kind: 'other' };
    },
  },
  {
    name: 'part-of-day-before-day',
    prio: 9,
    gate: DAYPART_DAY_GATE,
    // "at mid-afternoon yesterday", "late morning today": that part of that day.
    re: /\b(?:early|mid|late)[- ]?(morning|afternoon|evening)\s+(yesterday|today|tomorrow)\b/gi,
    make(m, ctx) {
      const part = PART_CODE[m[1]!.toLowerCase()]!;
      if (ctx.dct === null) return { value: `XXXX-XX-XXT${part}`, type: 'TIME', kind: 'other' };
      const w = m[2]!.toLowerCase();
      const day = ctx.dct + (w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0);
      return { value: `${formatDay(day)}T${part}`, type: 'TIME', kind: 'other', day };
    },
  },
  {
    name: 'part-of-day-alone',
    prio: 6,
    gate: DAYPART_ALONE_GATE,
    // "by mid-afternoon", "in the late evening": that part of the day the text is telling (the last day it gave, else
    // the article's; see anchors.ts).
    re: /\b(?:by|in|at|until|till|around|before|after|since|from|through)\s+((?:the\s+)?(?:early|mid|late)[- ]?(morning|afternoon|evening))\b(?!-\w)(?!\s+(?:yesterday|today|tomorrow|of|on)\b)/gi,
    make(m, ctx) {
      const part = PART_CODE[m[2]!.toLowerCase()]!;
      const start = m.index + m[0].length - m[1]!.length;
      const fallback = ctx.dct === null ? undefined : { end: m.index + m[0].length, value: `${formatDay(ctx.dct)}T${part}`, type: 'TIME' as const };
      return { start, value: `ANCHOR:day:0:${part}`, type: 'TIME', kind: 'other', fallback };
    },
  },
  {
    name: 'nth-day-of',
    prio: 6,
    gate: NTH_DAY_GATE,
    // "Today is the eighth day of the strike", "it's the second day of the offensive": the article's day.
    re: /\b(?:is|['’]s|marks)\s+(the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?day)\b(?=\s+(?:of|in|since)\b)/gi,
    make(m, ctx) {
      if (ctx.dct === null) return null;
      return { start: m.index + m[0].length - m[1]!.length, value: formatDay(ctx.dct), type: 'DATE', kind: 'day', day: ctx.dct };
    },
  },
  {
    name: 'unit-long',
    prio: 5,
    gate: LONG_GATE,
    // "a day-long meeting" (one day), "a decades-long feud" (some decades, in years as TimeBank writes them).
    re: /(?<![\w-])(hour|day|week|month|year|decade)(s?)-long\b/gi,
    make(m) {
      const unit = unitOf(m[1]!)!;
      const plural = m[2] !== '';
      if (unit.code === 'DE') return { value: plural ? 'PXY' : 'P10Y', type: 'DURATION', kind: 'other' };
      return { value: durationValue(plural ? 'X' : 1, unit), type: 'DURATION', kind: 'other' };
    },
  },
  {
    name: 'a-while',
    prio: 5,
    gate: WHILE_GATE,
    // "for a while", "in a little while": a stretch of unknown length ("a while ago" is a time, not a stretch).
    re: /\b(?:for|in|after)\s+(a\s+(?:little\s+|short\s+|long\s+)?while)\b(?!\s+(?:ago|back|longer)\b)/gi,
    make(m) {
      return { start: m.index + m[0].length - m[1]!.length, value: 'PXX', type: 'DURATION', kind: 'other' };
    },
  },
  {
    name: 'half-of-year',
    prio: 8,
    gate: HALF_GATE,
    re: /\b(?:the\s+)?(?:(first|second|last|latter|final)\s+half|(first|last|final)\s+two\s+quarters)\s+of\s+(?:fiscal\s+|calendar\s+)?(\d{4})\b/gi,
    make(m) {
      const which = (m[1] ?? m[2])!.toLowerCase();
      const half = which === 'first' ? 'H1' : 'H2';
      return { value: `${m[3]}-${half}`, type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'unit-and-a-half',
    prio: 7,
    gate: AND_HALF_GATE,
    re: /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(minute|hour|day|week|month|year)s?\s+and\s+a\s+half\b/gi,
    make(m) {
      const n = countValue(m[1]!);
      const unit = unitOf(m[2]!);
      if (typeof n !== 'number' || !unit) return null;
      // Half a minute is not in durationValue's table: thirty seconds.
      if (unit.code === 'M' && unit.time) return { value: `PT${n}M30S`, type: 'DURATION', kind: 'other' };
      return { value: durationValue(n + 0.5, unit), type: 'DURATION', kind: 'other' };
    },
  },
  {
    name: 'decade-words',
    prio: 6,
    gate: DECADE_WORDS_GATE,
    // Only with "the" (or its modifiers): "in their forties" is an age.
    re: /\bthe\s+(?:(?:early|mid|late)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    make(m) {
      return { value: `19${DECADE_WORDS[m[1]!.toLowerCase()]!}`, type: 'DATE', kind: 'other' };
    },
  },
];
