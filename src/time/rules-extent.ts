/** Rules for durations ("a 30-day ceasefire", "three years of war"), sets ("every week") and vague references. */
import { NUMBER_RE, UNIT_RE, WEEKDAY_RE, countValue, durationValue, unitOf, weekdayNumber } from './lexicon.ts';
import { AHEAD_GATE, TERM_GATE, THE_UNITS_GATE, DURATION_GATE, FUTURE_GATE, NOW_GATE, PAST_GATE, PLURAL_GATE, SET_GATE, UNIT_GATE } from './gates.ts';
import type { Rule } from './candidate.ts';

const HEDGE = '(?:(?:more|less|fewer)\\s+than|at\\s+least|at\\s+most|nearly|almost|about|around|roughly|approximately|over(?!\\s+the\\b)|under|up\\s+to|some|another|well\\s+over)';
const DET = '(?:the\\s+(?:past|last|next|first|coming|previous|final|following|remaining|same)|(?:past|last|next|first|final)|the|another|each\\s+of\\s+the\\s+(?:past|last))';

/**
 * Units written at TimeBank's practice: a counted decade is ten years, a century a hundred; an uncounted one keeps
 * TimeBank's letter for the unit (E a decade, C a century: "for centuries" PXC).
 */
function duration(count: number | 'X', unitWord: string): string | null {
  const u = unitOf(unitWord);
  if (!u) return null;
  if (u.code === 'DE') return count === 'X' ? 'PXE' : `P${count * 10}Y`;
  if (u.code === 'CE') return count === 'X' ? 'PXC' : `P${count * 100}Y`;
  return durationValue(count, u);
}

const SET_UNIT: Record<string, string> = {
  day: 'P1D', night: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P1Q', hour: 'PT1H', decade: 'P10Y',
  morning: 'XXXX-XX-XXTMO', afternoon: 'XXXX-XX-XXTAF', evening: 'XXXX-XX-XXTEV', weekend: 'XXXX-WXX-WE',
};

/** A count of things just before "a week": a rate too ("four flights a week", "700 seats a week"). */
const COUNTED_BEFORE =
  /(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen|several|many))\s+(?:[a-z]+\s+)?[a-z]+s\s*$/i;
/** A modal just before "one day": a day to come ("will one day"). */
const MODAL_BEFORE = /\b(?:will|would|could|might|may|shall|can|must|should)\s+$|['’]ll\s+$/i;
/** A count of times just before "a day", "per week": a frequency. */
const FREQUENCY_BEFORE = /\b(?:times|twice|once)\s*$/i;
/** An amount just before "a year": a rate ("$5 a year", "700 seats a week"). */
const AMOUNT_BEFORE = /(?:[$€£%]\S*|\d\S*|million|billion|percent|cents?|dollars)\s*$/i;

export const extentRules: Rule[] = [
  {
    name: 'duration',
    prio: 6,
    gate: DURATION_GATE,
    re: new RegExp(`\\b(?:${HEDGE}\\s+)?(?:${DET}\\s+)?(${NUMBER_RE})(?:\\s+(?:more|additional|extra|further|straight|consecutive|full|trading|business|working))?(?:\\s+and\\s+a\\s+half)?[- ](${UNIT_RE})s?\\b(?:[- ](?:long|old))?`, 'gi'),
    make(m, ctx) {
      const written = countValue(m[1]!.replace(/\s+/g, ' '));
      if (written === null) return null;
      const count = typeof written === 'number' && /\band\s+a\s+half\b/i.test(m[0]) ? written + 0.5 : written;
      // Ages ("a 6-year-old") are not time expressions in TimeML practice; "the 1988 quarter" is a year.
      if (/old$/i.test(m[0]) || /^\s+old\b/i.test(ctx.text.slice(m.index + m[0].length))) return null;
      if (typeof count === 'number' && count >= 1000) return null;
      // "three-quarters of its food", "a second group": a fraction or an ordinal, not a time.
      const unitLower = m[2]!.toLowerCase();
      if (unitLower === 'quarter' && /^s?\s+of\b/i.test(ctx.text.slice(m.index + m[0].length - (m[0].endsWith('s') ? 1 : 0)))) return null;
      if (unitLower === 'second' && /^an?$/i.test(m[1]!)) return null;
      const words = m[0].toLowerCase();
      if (/^(?:the\s+)?(?:some|many|few)\b/.test(words) && !/\b(?:\d|a few)/.test(words) && count === 'X' && !/s\b/.test(words)) return null;
      const unitWord = m[2]!;
      // "a decades-long feud": "a" counts the thing, not the units.
      if (/^an?$/i.test(m[1]!) && /^s/i.test(m[0].slice(m[0].toLowerCase().lastIndexOf(unitLower) + unitLower.length))) return null;
      // "the city will one day host the games": some day ahead, not a day's length.
      if (unitLower === 'day' && /^one\s+day$/i.test(m[0]) && MODAL_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) {
        return { value: 'FUTURE_REF', type: 'DATE', kind: 'other' };
      }
      const value = duration(count, unitWord);
      if (value === null) return null;
      // "twice a day": a frequency; "$5 a year", "700 seats a week": a rate, which TimeML does not mark as a time.
      if (/^an?$/i.test(m[1]!)) {
        const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
        if (FREQUENCY_BEFORE.test(before)) return { value: duration(1, unitWord)!, type: 'SET', kind: 'other' };
        if (AMOUNT_BEFORE.test(before)) return null;
        if (COUNTED_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return null;
      }
      return { value, type: 'DURATION', kind: 'other' };
    },
  },
  {
    name: 'bare-units',
    prio: 4,
    gate: PLURAL_GATE,
    re: /\b(for|in|over|within|recent|several|the\s+coming|coming|the\s+past|the\s+last|past|the\s+next|many|few)\s+(years|months|weeks|days|hours|minutes|decades|centuries|quarters)\b/gi,
    make(m) {
      const pre = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      // "in recent years", "recent weeks": some of those units up to now, a stretch as TimeML writes it (PXY, PXW).
      if (pre === 'recent') {
        const vague = duration('X', m[2]!);
        return vague ? { value: vague, type: 'DURATION', kind: 'other' } : null;
      }
      const value = duration('X', m[2]!);
      if (!value) return null;
      const keep = ['for', 'in', 'over', 'within'].includes(pre) ? m[1]!.length + 1 : 0;
      return { start: m.index + keep, value, type: 'DURATION', kind: 'other' };
    },
  },
  {
    name: 'units-ahead',
    prio: 5,
    gate: AHEAD_GATE,
    // "in the weeks ahead", "the years to come": some of those units from now on.
    re: /\bthe\s+(?:(?:next|coming|few)\s+)?(years|months|weeks|days|hours|decades|quarters)\s+(?:ahead|to\s+come)\b/gi,
    make(m) {
      const value = duration('X', m[1]!);
      return value ? { value, type: 'DURATION', kind: 'other' } : null;
    },
  },
  {
    name: 'over-the-years',
    prio: 4,
    gate: THE_UNITS_GATE,
    // "over the years", "in the early years", "in the months that followed": a stretch of unknown length.
    // "in the weeks before the attack" is a time anchored to that event, not a stretch: left out.
    re: /\b(?:over|in|during|through(?:out)?)\s+(the\s+(?:early\s+|later\s+|intervening\s+|following\s+|ensuing\s+)?(years|months|decades|weeks))\b(?!\s+(?:before|after|since|until|leading|preceding|following|prior)\b)/gi,
    make(m) {
      const value = duration('X', m[2]!);
      return value ? { start: m.index + m[0].length - m[1]!.length, value, type: 'DURATION', kind: 'other' } : null;
    },
  },
  {
    name: 'per-unit',
    prio: 6,
    gate: UNIT_GATE,
    re: /\b(?:per|a)\s+(day|week|month|year)\b(?=[\s,.;])/gi,
    make(m, ctx) {
      const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
      // "three times a week", "twice per day": a frequency; "$5 a year", "20 flights per week": a rate (no time).
      if (!FREQUENCY_BEFORE.test(before)) return null;
      return { value: SET_UNIT[m[1]!.toLowerCase()]!, type: 'SET', kind: 'other' };
    },
  },
  {
    name: 'set',
    prio: 7,
    gate: SET_GATE,
    re: new RegExp(`\\b(?:every|each)\\s+(?:(other|\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|few)\\s+)?(day|night|week|month|year|quarter|hour|morning|afternoon|evening|weekend|${WEEKDAY_RE})s?\\b|(?<=\\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)\\s)(daily|nightly|weekly|monthly|annually|yearly|hourly|biweekly)\\b|\\b(daily|nightly|weekly|monthly|annually|yearly|hourly|biweekly)\\b(?!\\s+(?!(?:in|at|on|to|for|from|with|by|and|or|outside|inside|since|until|during|over|across|throughout)\\b)[a-z])`, 'g'),
    make(m) {
      const adverb = m[3] ?? m[4];
      if (adverb) {
        const v: Record<string, string> = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P1Q',
          annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', biweekly: 'P2W' };
        return { value: v[adverb]!, type: 'SET', kind: 'other' };
      }
      const wd = weekdayNumber(m[2]!);
      if (wd !== null) return { value: `XXXX-WXX-${wd}`, type: 'SET', kind: 'other' };
      const base = SET_UNIT[m[2]!.toLowerCase()]!;
      const k = m[1] ? countValue(m[1] === 'other' ? 'two' : m[1]) : 1;
      // "every ten years" P10Y, "every few weeks" PXW.
      if ((k === 'X' || (typeof k === 'number' && k > 1 && Number.isInteger(k))) && /^PT?1[A-Z]/.test(base)) {
        return { value: base.replace('1', String(k)), type: 'SET', kind: 'other' };
      }
      return { value: base, type: 'SET', kind: 'other' };
    },
  },
  {
    name: 'present-ref',
    prio: 3,
    gate: NOW_GATE,
    re: /\b(?:right\s+now|now|currently|presently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|for\s+the\s+time\s+being|current(?=\s+(?!accounts?\b|affairs\b|events\b)[a-z]))\b/gi,
    make() {
      return { value: 'PRESENT_REF', type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'past-ref',
    prio: 3,
    gate: PAST_GATE,
    re: /\b(?:recently|lately|the\s+past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|day|decade|century|hour|quarter)))\b/gi,
    make() {
      return { value: 'PAST_REF', type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'near-term',
    prio: 3,
    gate: TERM_GATE,
    // "in the near term", "over the long term", "at a later date": some time ahead.
    re: /\b(?:in|over|for|during|at|of|beyond)\s+((?:the\s+(?:near|short|long)\s+term)|(?:a\s+later\s+(?:date|time|stage)))\b(?!-)/gi,
    make(m) {
      return { start: m.index + m[0].length - m[1]!.length, value: 'FUTURE_REF', type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'future-ref',
    prio: 3,
    gate: FUTURE_GATE,
    re: /\b(?:the\s+(?:near\s+|distant\s+|foreseeable\s+)?future)\b/gi,
    make() {
      return { value: 'FUTURE_REF', type: 'DATE', kind: 'other' };
    },
  },
];
