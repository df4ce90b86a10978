/** Rules for dates written out: "May 12, 2025", "12 May", "2025-05-12", "5/12/2025", "February 2022", years, decades. */
import { dayOf, formatDay, formatMonth, pad2, weekday, ymd, type Day } from './calendar.ts';
import { MONTH_RE, WEEKDAY_RE, monthNumber } from './lexicon.ts';
import { resolveYear } from './resolve.ts';
import { CENTURY_GATE, DAY_MONTH_GATE, HOLIDAY_GATE, MONTH_DAY_GATE, MONTH_GATE, SLASH_GATE, YEAR_DIGITS_GATE } from './gates.ts';
import type { Rule, RuleContext } from './candidate.ts';

function dayValue(ctx: RuleContext, start: number, end: number, month: number, d: number, year: string | undefined) {
  let y: number | null = year ? Number(year) : null;
  if (y === null && ctx.dct !== null) y = resolveYear(ctx.dct, month, d, ctx.dir(start, end));
  if (y === null) return { value: `XXXX-${pad2(month)}-${pad2(d)}`, type: 'DATE' as const, kind: 'other' as const };
  const day: Day | null = dayOf(y, month, d);
  if (day === null) return null;
  return { value: formatDay(day), type: 'DATE' as const, kind: 'day' as const, day };
}

/** An article right before a month, and a noun (not a function word) right after it. */
const ARTICLE_BEFORE = /\b(?:[Tt]he|an?|An?)\s$/;
const NOUN_AFTER = /^\s+(?!(?:on|of|to|for|in|at|by|and|or|from|with|as|is|was|were|are|has|had|will)\b)[a-z]{3,}/;

/** How many months ahead of the article a month named with no tense cue is read as the coming one. */
const SOON_MONTHS = 2;

const MOD = '(?:(?:early|mid|late|the\\s+(?:beginning|start|middle|end)\\s+of)[- ]?)?';
const NOT_YEAR_AFTER =
  /^(?:\s*(?:%|percent|per\s?cent|people|persons|troops|soldiers|men|women|children|members|votes|dollars|euros|pounds|yen|miles|kilometers|kilometres|km|meters|metres|feet|ft|tons|tonnes|barrels|points|pounds|units|cars|jobs|homes|acres|hectares|calories|words|pages|rounds|cases|deaths|hours|minutes|seconds|days|weeks|months|years|times|[-–]\s?(?:year|day|month|week|hour)s?\b))|^[,.]\d|^:\d|^\d/i;
/** "the 2023 quarter": the words around a year that make it a quarter of that year. */
const THE_BEFORE = /\bthe\s+$/i;
const PERIOD_AFTER = /^\s+(?:fiscal\s+)?(?:quarter|period)\b/i;
const NOT_YEAR_BEFORE = /(?:[$£€#]|No\.|Nos\.|number|page|flight|route|model|code|Article|section|room|\d[,.]?)\s*$/i;

const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  Christmas: [12, 25], 'Christmas Day': [12, 25], 'Christmas Eve': [12, 24], "New Year's Day": [1, 1],
  "New Year's Eve": [12, 31], 'Independence Day': [7, 4], Halloween: [10, 31], "Valentine's Day": [2, 14],
};
/** Holidays that move, with a month and day near them (to choose the year by). */
const MOVABLE_NEAR: Record<string, [number, number]> = {
  Thanksgiving: [11, 22], 'Thanksgiving Day': [11, 22], 'Election Day': [11, 5], 'Labor Day': [9, 3],
  'Memorial Day': [5, 28], Easter: [4, 5], 'Easter Sunday': [4, 5], 'Easter Day': [4, 5], 'Easter Monday': [4, 6],
  'Good Friday': [4, 3],
};

/** The n-th (1-based) weekday `wd` (1 Monday … 7 Sunday) of a month. */
function nthWeekday(y: number, month: number, wd: number, n: number): Day {
  const first = dayOf(y, month, 1)!;
  return first + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
}

/** Easter Sunday (Gregorian computus). */
function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31);
  return dayOf(y, month, ((h + l - 7 * mm + 114) % 31) + 1)!;
}

/** The day of a movable holiday in a year (US ones as US news names them). */
function movableHoliday(name: string, y: number): Day {
  if (name.startsWith('Thanksgiving')) return nthWeekday(y, 11, 4, 4);
  if (name === 'Election Day') return nthWeekday(y, 11, 1, 1) + 1;
  if (name === 'Labor Day') return nthWeekday(y, 9, 1, 1);
  if (name === 'Memorial Day') return nthWeekday(y, 6, 1, 1) - 7;
  if (name === 'Good Friday') return easter(y) - 2;
  if (name === 'Easter Monday') return easter(y) + 1;
  return easter(y);
}

export const dateRules: Rule[] = [
  {
    name: 'month-day-year',
    prio: 10,
    gate: MONTH_DAY_GATE,
    re: new RegExp(`\\b(?:(${WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*,?\\s+(\\d{4})\\b)?`, 'g'),
    make(m, ctx) {
      const month = monthNumber(m[2]!)!;
      return dayValue(ctx, m.index, m.index + m[0].length, month, Number(m[3]), m[4]);
    },
  },
  {
    name: 'day-month-year',
    prio: 10,
    gate: DAY_MONTH_GATE,
    re: new RegExp(`\\b(?:(${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:\\s*,?\\s+(\\d{4})\\b)?`, 'g'),
    make(m, ctx) {
      const month = monthNumber(m[3]!)!;
      return dayValue(ctx, m.index, m.index + m[0].length, month, Number(m[2]), m[4]);
    },
  },
  {
    name: 'iso-date',
    prio: 10,
    gate: YEAR_DIGITS_GATE,
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    make(m) {
      const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
      return day === null ? null : { value: formatDay(day), type: 'DATE', kind: 'day', day };
    },
  },
  {
    name: 'slash-date',
    prio: 10,
    gate: SLASH_GATE,
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
    make(m) {
      let a = Number(m[1]);
      let b = Number(m[2]);
      if (a > 12 && b <= 12) [a, b] = [b, a];
      const yy = m[3]!.length === 2 ? (Number(m[3]) < 50 ? 2000 : 1900) + Number(m[3]) : Number(m[3]);
      const day = dayOf(yy, a, b);
      return day === null ? null : { value: formatDay(day), type: 'DATE', kind: 'day', day };
    },
  },
  {
    name: 'month-year',
    prio: 9,
    gate: MONTH_GATE,
    re: new RegExp(`\\b${MOD}(${MONTH_RE}),?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'),
    make(m) {
      return { value: formatMonth(Number(m[2]), monthNumber(m[1]!)!), type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'month-this-year',
    prio: 9,
    gate: MONTH_GATE,
    re: new RegExp(`\\b${MOD}(${MONTH_RE})\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'g'),
    make(m, ctx) {
      if (ctx.dct === null) return { value: `XXXX-${pad2(monthNumber(m[1]!)!)}`, type: 'DATE', kind: 'other' };
      const y = Number(formatDay(ctx.dct).slice(0, 4)) + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[2]!]!;
      return { value: formatMonth(y, monthNumber(m[1]!)!), type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'month-alone',
    prio: 5,
    gate: MONTH_GATE,
    // A month after a word that leads it ("in June"); the word is checked once the month is found (the same matches
    // as checking it first, found faster).
    re: new RegExp(
      `\\b([Ll]ast|[Nn]ext|[Tt]his|[Ee]ach|[Ee]very|[Ee]arly|mid|[Ll]ate)[- ](${MONTH_RE})\\b(?!\\s+\\d)|(${MONTH_RE})\\b(?!\\s+\\d)(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]hrough|to|[Dd]uring|of|[Bb]efore|[Aa]fter|[Bb]etween|and|or|for|[Ee]arly|[Ll]ate|[Ll]ater|[Tt]he|an?|An?)\\s${MONTH_RE})`,
      'g',
    ),
    make(m, ctx) {
      const name = m[2] ?? m[3]!;
      // After "the" or "a", a month names an event ("the October shooting", "a June agreement"): a noun must follow,
      // and "May" is as often a name.
      if (m[3] && ARTICLE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)) &&
        (/^may$/i.test(name) || !NOUN_AFTER.test(ctx.text.slice(m.index + name.length, m.index + name.length + 24)))) return null;
      const month = monthNumber(name)!;
      const pre = m[1]?.toLowerCase();
      if (pre === 'each' || pre === 'every') return { value: `XXXX-${pad2(month)}`, type: 'SET', kind: 'other' };
      if (/^[A-Z][a-z]{2}\.$/.test(name) === false && /^(?:Mar|Jun|Jul|Sep|Oct|Nov|Dec|Jan|Feb|Apr|Aug)$/.test(name)) return null;
      if (ctx.dct === null) return { value: `XXXX-${pad2(month)}`, type: 'DATE', kind: 'other' };
      // "until March", "by June": forward; otherwise the tense, and with no tense the latest one (news looks back).
      // "until March" looks ahead; "through June", "by May" too, unless the clause is told in the past ("sales
      // were flat this year through August").
      const lead = /\b(until|till|through|by)\s+$/i.exec(ctx.text.slice(Math.max(0, m.index - 8), m.index))?.[1]?.toLowerCase();
      const told = pre === 'last' || pre === 'next' || lead === 'until' || lead === 'till' ? null : ctx.dir(m.index, m.index + m[0].length);
      const cue = pre === 'last' ? 'past' : pre === 'next' || (lead && told !== 'past') ? 'future' : told;
      // With no cue, news looks back, except to the next month or two ("talks resume in June" in an April paper):
      // a month that near ahead is far likelier meant than the same month of almost a year ago.
      const ahead = (month - ymd(ctx.dct).m + 12) % 12;
      const dir = cue === 'future' || (cue !== 'past' && ahead >= 1 && ahead <= SOON_MONTHS) ? 'future' : 'past';
      let y = resolveYear(ctx.dct, month, null, dir);
      if (pre === 'last' || pre === 'next') {
        const d = ctx.dct;
        const dm = formatMonth(y, month);
        const now = formatDay(d).slice(0, 7);
        if (pre === 'last' && dm >= now) y -= 1;
        if (pre === 'next' && dm <= now) y += 1;
      }
      return { value: formatMonth(y, month), type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'year',
    prio: 4,
    gate: YEAR_DIGITS_GATE,
    re: /(?:\b(?:(?:early|mid|late|post|pre)-|(?:fiscal|calendar)(?:\s+year)?\s+|(?:early|late)\s+))?(?<![\d.,'’])\b(1[0-9]{3}|20[0-9]{2})\b(?!s\b)/g,
    make(m, ctx) {
      const start = m.index;
      const end = m.index + m[0].length;
      const y = Number(m[1]);
      if (NOT_YEAR_AFTER.test(ctx.text.slice(end, end + 14))) return null;
      if (NOT_YEAR_BEFORE.test(ctx.text.slice(Math.max(0, start - 10), start))) return null;
      if (y < 1800 && !/\b(?:in|since|by|from|of|until|before|after|during|year)\s+$/i.test(ctx.text.slice(Math.max(0, start - 10), start))) return null;
      // "the 2023 period", "the 2023 quarter" in an earnings report: that year's quarter like the one reported on
      // (resolved in anchors.ts against the quarters named before it; the year alone when none is).
      if (m[0].length === 4) {
        const lead = THE_BEFORE.exec(ctx.text.slice(Math.max(0, start - 4), start));
        const tail = lead ? PERIOD_AFTER.exec(ctx.text.slice(end, end + 24)) : null;
        if (lead && tail) {
          return { start: start - lead[0].length, end: end + tail[0].length, value: `YEAR_QUARTER:${y}`, type: 'DATE', kind: 'other' };
        }
      }
      return { value: String(y), type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'decade',
    prio: 6,
    gate: YEAR_DIGITS_GATE,
    re: /\b(?:(?:early|mid|late)[- ])?(?:(1[0-9]|20)([0-9])0['’]?s|['’]([0-9])0s)\b/g,
    make(m) {
      if (m[3] !== undefined) return { value: `19${m[3]}`, type: 'DATE', kind: 'other' };
      const century = m[1]!;
      const decade = m[2]!;
      return { value: decade === '0' && century !== '20' ? century : `${century}${decade}`, type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'century',
    prio: 6,
    gate: CENTURY_GATE,
    re: /\b(?:the\s+)?(?:(?:early|mid|late)[- ])?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi,
    make(m) {
      return { value: pad2(Number(m[1]) - 1), type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'holiday',
    prio: 8,
    gate: HOLIDAY_GATE,
    re: /\b(Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)|Thanksgiving(?: Day)?|Independence Day|Halloween|Valentine['’]s Day|Election Day|Labor Day|Memorial Day|Good Friday|Easter(?: Sunday| Monday| Day)|(?<=\b(?:at|on|by|before|after|since|until|over|this|last|next)\s)Easter(?![\w-]|\s+[A-Za-z]))\b(?:,?\s+(\d{4})\b)?/g,
    make(m, ctx) {
      const name = m[1]!.replace('’', "'");
      const md = FIXED_HOLIDAYS[name] ?? MOVABLE_NEAR[name];
      if (!md) return null;
      const movable = MOVABLE_NEAR[name] !== undefined;
      let y: number | null = m[2] ? Number(m[2]) : null;
      if (y === null && ctx.dct !== null) y = resolveYear(ctx.dct, md[0], md[1], ctx.dir(m.index, m.index + m[0].length));
      if (y === null) return movable ? null : { value: `XXXX-${pad2(md[0])}-${pad2(md[1])}`, type: 'DATE', kind: 'other' };
      const day = movable ? movableHoliday(name, y) : dayOf(y, md[0], md[1])!;
      return { value: formatDay(day), type: 'DATE', kind: 'day', day };
    },
  },
];
