/**
 * The gates of the rules (see gate.ts): which words every match of a rule contains, and how far its matches reach
 * around them. A reach counts words (runs of letters and digits): the most a rule's pattern can hold before/after the
 * key, plus one for its look-arounds; a reach too short would lose matches, one too long only costs time.
 */
import type { Gate } from './gate.ts';

const MONTH_KEYS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY_KEYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const UNIT_WORDS = ['second', 'minute', 'hour', 'day', 'night', 'week', 'weekend', 'month', 'quarter', 'year', 'decade'];
/**
 * The words a count of units may end with: "twenty-four", "a couple of", "several", "30-", "two more", "and a half"
 * ("of" only after "couple": "percent of night shifts" holds no count).
 */
const COUNT_ENDS = ['#', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'a', 'an', 'couple of', 'couple', 'few', 'several', 'some', 'many', 'half',
  'more', 'additional', 'extra', 'further', 'straight', 'consecutive', 'full', 'trading', 'business', 'working'];
const UNIT_KEYS = [...UNIT_WORDS, ...UNIT_WORDS.map((w) => `${w}s`), 'century', 'centuries', 'morning', 'afternoon', 'evening'];

/** Month names as news writes them, capitalised: "early March 2021", "May of next year", "in June". */
export const MONTH_GATE: Gate = { name: 'month', keys: MONTH_KEYS.map((w) => `^${w}`), before: 5, after: 4 };
/** A month name and a day number after it: "Wednesday, the May 12th, 2025". */
export const MONTH_DAY_GATE: Gate = { name: 'month-day', keys: MONTH_KEYS.map((w) => `^${w}`), before: 4, after: 3, nextDay: true };
/** A day number and a month name after it: "Wednesday, the 12th of May, 2025". */
export const DAY_MONTH_GATE: Gate = {
  name: 'day-month', keys: MONTH_KEYS.map((w) => `^${w}`), before: 5, after: 3, prev: ['#', 'st', 'nd', 'rd', 'th', 'of'],
};
/** "next Tuesday's afternoon". */
export const WEEKDAY_GATE: Gate = { name: 'weekday', keys: WEEKDAY_KEYS.map((w) => `^${w}`), before: 2, after: 3 };
/** Four-digit years, ISO dates, decades ("calendar 2024", "2024-05-12", "the late-1990s", "'90s"). */
export const YEAR_DIGITS_GATE: Gate = { name: 'year-digits', keys: ['#4', '#s'], before: 3, after: 3 };
/** "5/12/2025". */
export const SLASH_GATE: Gate = { name: 'slash', keys: ['#/'], before: 1, after: 3 };
/** "10:30 a.m. (local time)", "around 18:00 GMT". */
export const CLOCK_GATE: Gate = { name: 'clock', keys: ['#clock'], before: 2, after: 6 };
/** "noon", "10 o'clock in the morning". */
export const CLOCK_WORDS_GATE: Gate = {
  name: 'clock-words', keys: ['noon', 'midday', 'midnight', 'clock', 'morning', 'afternoon', 'evening'], before: 6, after: 4,
};
/** "the early 21st century". */
export const CENTURY_GATE: Gate = { name: 'century', keys: ['century'], before: 4, after: 1 };
/** "New Year's Eve, 2024", "Christmas Day". */
export const HOLIDAY_GATE: Gate = {
  name: 'holiday', keys: ['christmas', '^new', 'thanksgiving', 'independence', 'halloween', 'valentine', '^election', '^labor',
    '^memorial', '^easter', '^good'], before: 2, after: 5,
};
/** "tomorrow afternoon". */
export const TODAY_GATE: Gate = { name: 'today', keys: ['today', 'yesterday', 'tomorrow', 'tonight'], before: 1, after: 2 };
const SINGULAR_UNITS = ['week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century', 'day', 'hour', 'morning',
  'afternoon', 'evening', 'night'];
/**
 * A unit word in the singular ending the expression: "earlier in the following fiscal year", "that same morning",
 * "per week".
 */
export const UNIT_GATE: Gate = {
  name: 'unit', keys: SINGULAR_UNITS, before: 6, after: 1,
  prev: ['this', 'last', 'next', 'past', 'coming', 'previous', 'current', 'following', 'fiscal', 'calendar', 'that', 'same',
    'preceding', 'per', 'a'],
};
/** A unit word in the plural: "over the coming weeks". */
export const PLURAL_GATE: Gate = {
  name: 'plural', keys: ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades', 'centuries', 'quarters'], before: 3, after: 1,
  prev: ['for', 'in', 'over', 'within', 'recent', 'several', 'coming', 'past', 'last', 'next', 'many', 'few'],
};
/** "over the years", "in the early years". */
export const THE_UNITS_GATE: Gate = {
  name: 'the-units', keys: ['years', 'months', 'decades', 'weeks'], before: 3, after: 1,
  prev: ['the', 'early', 'later', 'intervening', 'following', 'ensuing'],
};
/** "in the weeks ahead", "the years to come". */
export const AHEAD_GATE: Gate = {
  name: 'ahead', keys: ['ahead', 'come'], before: 4, after: 1,
  prev: ['years', 'months', 'weeks', 'days', 'hours', 'decades', 'quarters', 'to'],
};
/** "over the weekend". */
export const WEEKEND_GATE: Gate = { name: 'weekend', keys: ['weekend'], before: 3, after: 1, prev: ['the'] };
/** "earlier this morning", "last night". */
export const DAYPART_GATE: Gate = {
  name: 'daypart', keys: ['morning', 'afternoon', 'evening', 'night'], before: 3, after: 1, prev: ['this', 'last'],
};
/** "the comparable period of last year", "last year's corresponding quarter", "for the full year", "the year ended". */
export const YEAR_GATE: Gate = { name: 'year', keys: ['year'], before: 6, after: 4 };
/** "by year-end", "around the end of the month". */
export const END_GATE: Gate = { name: 'end', keys: ['end'], before: 4, after: 4 };
/**
 * Durations: "approximately each of the past twenty-seven consecutive and a half years-long" holds thirteen words
 * before its unit.
 */
export const DURATION_GATE: Gate = {
  name: 'duration', keys: UNIT_KEYS, before: 14, after: 2, prev: COUNT_ENDS,
};
/** "the year-earlier fiscal year 2024 fourth fiscal quarter of fiscal 2025", "the latest three months". */
export const QUARTER_GATE: Gate = { name: 'quarter', keys: ['quarter', 'half', 'period', 'months'], before: 9, after: 4 };
/** "Q3 2012", "3Q13", "H1 2013": a capital Q or H standing alone by its digits. */
export const QUARTER_ABBR_GATE: Gate = { name: 'quarter-abbr', keys: ['^q', '^h'], before: 3, after: 3 };
/** "some twenty-four years ago". */
export const AGO_GATE: Gate = { name: 'ago', keys: ['ago'], before: 7, after: 1 };
/** "a couple of weeks later". */
export const LATER_GATE: Gate = { name: 'later', keys: ['later', 'earlier'], before: 5, after: 2 };
/** "early next spring", "the summer of 2019". */
export const SEASON_GATE: Gate = { name: 'season', keys: ['spring', 'summer', 'fall', 'autumn', 'winter'], before: 3, after: 3 };
/** "every other weekend", "their weekly". */
export const SET_GATE: Gate = {
  name: 'set', keys: ['every', 'each', 'daily', 'nightly', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'biweekly'],
  before: 2, after: 3,
};
/** "right now", "these days", "at the moment", "for the time being", "current". */
export const NOW_GATE: Gate = {
  name: 'now', keys: ['now', 'currently', 'presently', 'nowadays', 'days', 'present', 'moment', 'being', 'current'],
  before: 4, after: 2, keyPrev: { days: ['these'], present: ['at'], moment: ['the'], being: ['time'] },
};
/** "recently", "the past". */
export const PAST_GATE: Gate = { name: 'past', keys: ['recently', 'lately', 'past'], before: 2, after: 2 };
/** "in the near term", "at a later date". */
export const TERM_GATE: Gate = {
  name: 'term', keys: ['term', 'date', 'time', 'stage'], before: 4, after: 1, prev: ['near', 'short', 'long', 'later'],
};
/** "the foreseeable future". */
export const FUTURE_GATE: Gate = { name: 'future', keys: ['future'], before: 3, after: 1 };
/** "the winter of nineteen ninety-six", "two thousand and seven". */
export const SPOKEN_GATE: Gate = { name: 'spoken', keys: ['nineteen', 'twenty', 'thousand'], before: 5, after: 3 };
/** Not a rule's gate: where "on the eve of the talks" may stand (anchors.ts reads only there). */
export const EVE_GATE: Gate = { name: 'eve', keys: ['eve'], before: 2, after: 6 };
/** "the latter half of 2024", "the first two quarters of 2025". */
export const HALF_GATE: Gate = { name: 'half', keys: ['half', 'quarters'], before: 4, after: 4 };
/** "an hour and a half". */
export const AND_HALF_GATE: Gate = { name: 'and-half', keys: ['half'], before: 5, after: 1, prev: ['a'] };
/** "the nineties", "the early eighties". */
export const DECADE_WORDS_GATE: Gate = {
  name: 'decade-words', keys: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
  before: 3, after: 1,
};
/** "for a while", "in a little while". */
export const WHILE_GATE: Gate = { name: 'while', keys: ['while'], before: 4, after: 2, prev: ['a', 'little', 'short', 'long'] };
/** "a day-long meeting", "a decades-long feud". */
export const LONG_GATE: Gate = { name: 'long', keys: ['long'], before: 2, after: 1, prev: ['hour', 'day', 'week', 'month', 'year', 'decade', 'hours', 'days', 'weeks', 'months', 'years', 'decades'] };
/** "is the eighth day of". */
export const NTH_DAY_GATE: Gate = {
  name: 'nth-day', keys: ['day'], before: 5, after: 2,
  prev: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'st', 'nd', 'rd', 'th',
    'straight', 'consecutive', 'full'],
};
/** "by mid-afternoon", "in the late evening". */
export const DAYPART_ALONE_GATE: Gate = {
  name: 'daypart-alone', keys: ['morning', 'afternoon', 'evening'], before: 4, after: 2, prev: ['early', 'mid', 'late'],
};
/** "mid-afternoon yesterday". */
export const DAYPART_DAY_GATE: Gate = {
  name: 'daypart-day', keys: ['yesterday', 'today', 'tomorrow'], before: 3, after: 1, prev: ['morning', 'afternoon', 'evening'],
};
/** "on Sundays", "on Tuesday nights". */
export const WEEKDAYS_GATE: Gate = {
  name: 'weekdays', before: 2, after: 1,
  keys: [...WEEKDAY_KEYS.map((w) => `^${w}s`), 'mornings', 'afternoons', 'evenings', 'nights'],
  keyPrev: Object.fromEntries(['mornings', 'afternoons', 'evenings', 'nights'].map((k) => [k, WEEKDAY_KEYS])),
};
