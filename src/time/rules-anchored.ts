/**
 * Rules for expressions that lean on the last date the text gave ("later that year", "the next morning",
 * "two days later"). They propose a placeholder `ANCHOR:<unit>:<shift>[:<part>]`, resolved by find-times against
 * the nearest preceding expression precise enough; with none, they are left out.
 */
import { NUMBER_RE, WEEKDAY_RE, countValue, weekdayNumber } from './lexicon.ts';
import { LATER_GATE, UNIT_GATE, WEEKDAY_GATE } from './gates.ts';
import { resolveWeekday } from './resolve.ts';
import type { Rule } from './candidate.ts';

const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const UNIT_CODE: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y' };

export const anchoredRules: Rule[] = [
  {
    name: 'that-day',
    prio: 6,
    gate: UNIT_GATE,
    re: /\b(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?that\s+(?:same\s+)?(day|morning|afternoon|evening|night|week|month|year)\b/gi,
    make(m) {
      const unit = m[1]!.toLowerCase();
      const part = PART[unit];
      return { value: `ANCHOR:${part ? 'day' : unit}:0${part ? `:${part}` : ''}`, type: part ? 'TIME' : 'DATE', kind: 'other' };
    },
  },
  {
    name: 'the-next-day',
    prio: 6,
    gate: UNIT_GATE,
    re: /\b(?:the\s+)?(following|next|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)\b/gi,
    make(m, ctx) {
      const which = m[1]!.toLowerCase();
      // "next week"/"next month" without "the" are read against the article date by another rule.
      if (!/^the\s/i.test(m[0]) && (which === 'next' || which === 'previous')) return null;
      const unit = m[2]!.toLowerCase();
      const part = PART[unit];
      // "the next day of talks" is an ordinal, not a date.
      if (/^\s+of\b/.test(ctx.text.slice(m.index + m[0].length))) return null;
      const shift = which === 'following' || which === 'next' ? 1 : -1;
      return { value: `ANCHOR:${part ? 'day' : unit}:${shift}${part ? `:${part}` : ''}`, type: part ? 'TIME' : 'DATE', kind: 'other' };
    },
  },
  {
    name: 'the-previous-weekday',
    prio: 8,
    gate: WEEKDAY_GATE,
    // "down 4% from the previous Friday", "the following Monday": that weekday before or after the last day given
    // (the one before or after the article date when the text gives none; see anchors.ts).
    re: new RegExp(`\\bthe\\s+(previous|preceding|following)\\s+(${WEEKDAY_RE})\\b`, 'gi'),
    make(m, ctx) {
      const wd = weekdayNumber(m[2]!);
      if (wd === null) return null;
      const shift = m[1]!.toLowerCase() === 'following' ? 1 : -1;
      const day = ctx.dct === null ? null : resolveWeekday(ctx.dct, wd, null, shift > 0 ? 'next' : 'last');
      return { value: `ANCHOR:weekday:${shift}:${wd}`, type: 'DATE', kind: 'other', day };
    },
  },
  {
    name: 'n-days-later',
    prio: 5,
    gate: LATER_GATE,
    re: new RegExp(`\\b(${NUMBER_RE})\\s+(day|week|month|year)s?\\s+(later|earlier)\\b(?!\\s+than)`, 'gi'),
    make(m) {
      const n = countValue(m[1]!);
      if (typeof n !== 'number' || !Number.isInteger(n)) return null;
      const unit = m[2]!.toLowerCase();
      // "a year earlier" is a comparison with last year's figures (rules-relative).
      if (unit === 'year' && n === 1 && m[3]!.toLowerCase() === 'earlier') return null;
      const shift = m[3]!.toLowerCase() === 'later' ? n : -n;
      // With no date before it to lean on, "a day earlier" is the stretch "a day".
      const fallback = { end: m.index + m[0].length - m[3]!.length - 1, value: `P${n}${UNIT_CODE[unit]}`, type: 'DURATION' as const };
      return { value: `ANCHOR:${unit}:${shift}`, type: 'DATE', kind: 'other', fallback };
    },
  },
];
