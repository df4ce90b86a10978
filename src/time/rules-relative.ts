/**
 * Rules for dates read against the article date: today/yesterday/tomorrow, weekdays (by tense), this/last/next
 * week/month/year, weekends, parts of day, seasons, quarters, "N years ago", "a year earlier".
 */
import { formatDay, formatMonth, formatWeek, ymd, quarterOf, pad2, type Day } from './calendar.ts';
import { MONTH_RE, NUMBER_RE, WEEKDAY_RE, countValue, monthNumber, unitOf, weekdayNumber } from './lexicon.ts';
import { resolveSeasonYear, resolveWeekday, resolveYear, seasonCode, shiftMonth, weekendSaturday } from './resolve.ts';
import { AGO_GATE, DAYPART_GATE, QUARTER_ABBR_GATE, QUARTER_GATE, SEASON_GATE, TODAY_GATE, UNIT_GATE, WEEKDAY_GATE, WEEKEND_GATE, YEAR_GATE } from './gates.ts';
import type { Candidate, Rule } from './candidate.ts';

const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI' };

/** After "today's", nouns that make it the present age rather than the day ("today's world", "today's youth"). */
const GENERIC_TODAY = /^['’]s\s+(?:(?:[a-z]+\s+)?(?:world|society|youth|young|generations?|children|kids|teenagers|students|consumers|economy|culture))\b/;

/** "Friday's", "Friday’s". */
const POSSESSIVE_END = /['’]s$/;

type Made = Omit<Candidate, 'prio' | 'start' | 'end'>;

function dayOrPart(day: Day, part: string | undefined): Made {
  if (part) return { value: `${formatDay(day)}T${PART[part.toLowerCase()]}`, type: 'TIME', kind: 'other', day };
  return { value: formatDay(day), type: 'DATE', kind: 'day', day };
}

function unknownDay(part: string | undefined): Made {
  return { value: part ? `XXXX-XX-XXT${PART[part.toLowerCase()]}` : 'XXXX-XX-XX', type: part ? 'TIME' : 'DATE', kind: 'other' };
}

const QUARTER_WORDS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4,
};

/** Granularity words for this/last/next. */
function shifted(dct: Day, unit: string, delta: number): string | null {
  const { y, m } = ymd(dct);
  switch (unit) {
    case 'week': return formatWeek(dct + 7 * delta);
    case 'month': { const s = shiftMonth(dct, delta); return formatMonth(s.y, s.m); }
    case 'year': return String(y + delta);
    case 'quarter': {
      const q = (y * 4 + quarterOf(m) - 1) + delta;
      return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    }
    case 'decade': return String(Math.floor(y / 10) + delta);
    case 'century': return pad2(Math.floor(y / 100) + delta);
    default: return null;
  }
}

/** "the quarter ended Sept. 30": the last day of the quarter, after it. */
const QUARTER_ENDED = new RegExp(`^\\s+(?:ended|ending)\\s+(${MONTH_RE})\\s+(\\d{1,2})\\b`);

/** "the latest quarter", "the most recent period", "the current quarter": the word that fixes which quarter. */
const LATEST_OR_CURRENT = /\b(latest|most\s+recent|current)\b/i;

/** Results for a quarter come out in the weeks after it ends: "the quarter" in a past-tense report is that one. */
const REPORT_LAG_DAYS = 45;

const UNKNOWN: Record<string, string> = {
  week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX', quarter: 'XXXX-QX', decade: 'XXX', century: 'XX', weekend: 'XXXX-WXX-WE',
};

export const relativeRules: Rule[] = [
  {
    name: 'today-yesterday-tomorrow',
    prio: 8,
    gate: TODAY_GATE,
    re: /\b(today|yesterday|tomorrow|tonight)\b(?:\s+(morning|afternoon|evening|night))?/gi,
    make(m, ctx) {
      const w = m[1]!.toLowerCase();
      // "in today's world", "today's youth": the present age, not the day.
      if (w === 'today' && !m[2] && GENERIC_TODAY.test(ctx.text.slice(m.index + 5, m.index + 40))) return null;
      const part = w === 'tonight' ? 'night' : m[2];
      if (ctx.dct === null) return unknownDay(part);
      const delta = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      return dayOrPart(ctx.dct + delta, part);
    },
  },
  {
    name: 'this-morning-last-night',
    prio: 8,
    gate: DAYPART_GATE,
    re: /\b(?:(?:early|late|earlier|later)\s+)?(this|last)\s+(morning|afternoon|evening|night)\b/gi,
    make(m, ctx) {
      const last = m[1]!.toLowerCase() === 'last';
      const part = m[2]!;
      if (last && part.toLowerCase() !== 'night') return null;
      if (ctx.dct === null) return unknownDay(part);
      return dayOrPart(ctx.dct - (last ? 1 : 0), part);
    },
  },
  {
    name: 'weekday',
    prio: 7,
    gate: WEEKDAY_GATE,
    re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?(${WEEKDAY_RE})(?:['’]s)?\\b(?:\\s+(morning|afternoon|evening|night))?`, 'g'),
    make(m, ctx) {
      const wd = weekdayNumber(m[2]!)!;
      const pre = m[1]?.toLowerCase();
      if (ctx.dct === null) {
        return { value: `XXXX-WXX-${wd}${m[3] ? `T${PART[m[3].toLowerCase()]}` : ''}`, type: m[3] ? 'TIME' : 'DATE', kind: 'other' };
      }
      const explicit = pre === 'last' || pre === 'past' ? 'last' : pre === 'next' || pre === 'coming' ? 'next' : pre === 'this' ? 'this' : null;
      // "Wednesday's ruling" names an event by its day, mostly one reported on: the clause's tense (often that of what
      // is done about the event) does not move it; as with no tense cue, the day before the article's, or the next day.
      const possessive = !m[3] && POSSESSIVE_END.test(m[0]);
      const dir = explicit || possessive ? null : ctx.dir(m.index, m.index + m[0].length);
      return dayOrPart(resolveWeekday(ctx.dct, wd, dir, explicit), m[3]);
    },
  },
  {
    name: 'this-last-next-unit',
    prio: 8,
    gate: UNIT_GATE,
    re: /\b(?:(early|late|earlier|later|mid)[- ](?:in\s+)?)?(this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+previous|the\s+current|the\s+following|current|coming|previous)\s+(?:fiscal\s+|calendar\s+)?(week|weekend|month|year|quarter|decade|century|day|hour)\b/gi,
    make(m, ctx) {
      const which = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = m[3]!.toLowerCase();
      const isThe = which.startsWith('the ') && which !== 'the current';
      // "the past day" is a stretch of time; "the last day of talks" is not a time expression of its own.
      if ((unit === 'day' || unit === 'hour') && which !== 'the past') return null;
      // "in the last quarter", "the previous quarter": the quarter before the article's, a date (results are told by
      // quarters, not as a stretch of three months).
      if (isThe && unit === 'quarter' && (which === 'the last' || which === 'the past' || which === 'the previous') && ctx.dct !== null) {
        return { value: shifted(ctx.dct, 'quarter', -1)!, type: 'DATE', kind: 'quarter' };
      }
      if (isThe && unit !== 'weekend') {
        // "the past week", "the next month": a stretch of time, as TimeBank annotates it.
        if (which === 'the following' || which === 'the previous') return null;
        // "over the past year", "in the coming year": TimeBank gives the year before (after) the article's, like
        // "last year" ("next year").
        if (unit === 'year' && ctx.dct !== null) {
          const back = which === 'the past' || which === 'the last';
          return { value: String(ymd(ctx.dct).y + (back ? -1 : 1)), type: 'DATE', kind: 'other' };
        }
        const u = unitOf(unit)!;
        if (u.code === 'DE') return { value: 'P10Y', type: 'DURATION', kind: 'other' };
        if (u.code === 'CE') return { value: 'P100Y', type: 'DURATION', kind: 'other' };
        return { value: `P1${u.code}`, type: 'DURATION', kind: 'other' };
      }
      const delta = /last|past|previous/.test(which) ? -1 : /next|coming|following/.test(which) ? 1 : 0;
      if (ctx.dct === null) return { value: UNKNOWN[unit] ?? 'XXXX', type: 'DATE', kind: 'other' };
      if (unit === 'weekend') {
        const sat = delta === 0
          ? weekendSaturday(ctx.dct, ctx.dir(m.index, m.index + m[0].length) === 'past' ? 'past' : 'future')
          : weekendSaturday(ctx.dct, delta < 0 ? 'past' : 'future');
        return { value: `${formatWeek(sat)}-WE`, type: 'DATE', kind: 'other' };
      }
      if (unit === 'quarter' && delta === 0 && !which.endsWith('current') && ctx.dir(m.index, m.index + m[0].length) === 'past') {
        const { y, m: mm } = ymd(ctx.dct - REPORT_LAG_DAYS);
        return { value: `${y}-Q${quarterOf(mm)}`, type: 'DATE', kind: 'quarter' };
      }
      // "… compared with $3 million last year", "up from last year's $1.5 billion": a comparison, resolved like
      // "a year earlier" (the same quarter when the report has just named one).
      if (unit === 'year' && delta === -1 && !/^(?:early|late|earlier|later|mid)/i.test(m[0]) &&
        (/(?:compared\s+with|compared\s+to|from|versus|vs\.?|against)\s+[^.;]{0,40}$/i.test(ctx.text.slice(Math.max(0, m.index - 48), m.index)) ||
          /^['’]s\s+(?:[$#£€]|C\$)/.test(ctx.text.slice(m.index + m[0].length)))) {
        return { value: `YEAR_BEFORE:${ymd(ctx.dct).y - 1}`, type: 'DATE', kind: 'other' };
      }
      const v = shifted(ctx.dct, unit, delta);
      return v === null ? null : { value: v, type: 'DATE', kind: unit === 'quarter' ? 'quarter' : 'other' };
    },
  },
  {
    name: 'the-weekend',
    prio: 6,
    gate: WEEKEND_GATE,
    // The words before are checked after "the weekend" is found (the same matches, found faster).
    re: /\bthe\s+weekend\b(?<=\b(?:over|during|at|on|for|this|that)\sthe\s+weekend)/gi,
    make(m, ctx) {
      if (ctx.dct === null) return { value: 'XXXX-WXX-WE', type: 'DATE', kind: 'other' };
      const dir = ctx.dir(m.index, m.index + m[0].length);
      const sat = weekendSaturday(ctx.dct, dir === 'future' || dir === 'present' ? 'future' : 'past');
      return { value: `${formatWeek(sat)}-WE`, type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'season',
    prio: 6,
    gate: SEASON_GATE,
    // "late last summer", "the early summer", "spring 2021".
    re: /\b(?:(early|late|mid)[- ])?(?:(this|last|next|the|coming|past)\s+)?(?:(?:early|late|mid)[- ])?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(\d{4})\b)?/gi,
    make(m, ctx) {
      const which = m[2]?.toLowerCase();
      const year = m[4];
      const s = seasonCode(m[3]!);
      if (!which && !year) return null;
      if (which === 'the' && !year && /^\s+of\b/i.test(ctx.text.slice(m.index + m[0].length))) return null;
      if (m[3]!.toLowerCase() === 'fall' && !year && which === 'the' &&
        !/\b(?:in|during|this|by|until|over|through|since|before|after)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      if (year) return { value: `${year}-${s}`, type: 'DATE', kind: 'other' };
      if (ctx.dct === null) return { value: `XXXX-${s}`, type: 'DATE', kind: 'other' };
      const sel = which === 'last' || which === 'past' ? 'last' : which === 'next' || which === 'coming' ? 'next'
        : which === 'this' ? 'this' : ctx.dir(m.index, m.index + m[0].length);
      return { value: `${resolveSeasonYear(ctx.dct, s, sel)}-${s}`, type: 'DATE', kind: 'other' };
    },
  },
  {
    name: 'quarter-abbreviation',
    prio: 7,
    gate: QUARTER_ABBR_GATE,
    // "Q3 2012", "3Q13", "in Q4", "H1 2013": quarters and halves as financial news writes them. A bare "Q3" only after
    // a word that leads a time ("in Q4"), not a model name ("the Audi Q3").
    re: /\b(?:Q([1-4])|([1-4])Q|H([12])|([12])H)(?:[\s-]*(?:FY)?(\d{4}|['’]?\d{2}))?\b(?![-/]\w)/g,
    make(m, ctx) {
      const quarter = m[1] ?? m[2];
      const n = Number(quarter ?? m[3] ?? m[4]);
      const code = quarter ? `Q${n}` : `H${n}`;
      const written = m[5]?.replace(/^['’]/, '');
      let y: number | null = written ? (written.length === 2 ? 2000 + Number(written) - (Number(written) > 50 ? 100 : 0) : Number(written)) : null;
      if (y === null) {
        if (!quarter || !/\b(?:in|for|of|during|the|its|their|and|to|from|by|than|versus|vs\.?)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 10), m.index))) return null;
        if (ctx.dct === null) return { value: `XXXX-${code}`, type: 'DATE', kind: 'other' };
        const { y: dy, m: dm } = ymd(ctx.dct);
        const ahead = n - quarterOf(dm);
        y = dy - (ahead >= 2 || (ahead > 0 && ctx.dir(m.index, m.index + m[0].length) === 'past') ? 1 : 0);
      }
      return { value: `${y}-${code}`, type: 'DATE', kind: quarter ? 'quarter' : 'other' };
    },
  },
  {
    name: 'ordinal-quarter',
    prio: 7,
    gate: QUARTER_GATE,
    re: /\b(?:(this|last|next)\s+year['’]s\s+|the\s+(?:year[- ]ago|year[- ]earlier|prior[- ]year)\s+|the\s+)?(?:(?:fiscal|calendar)[- ](?:year\s+)?)?(?:(\d{4})\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[- ](?:fiscal[- ])?(quarter|half)\b(?:\s+of\s+(?:fiscal\s+)?(?:(\d{4})\b|(this|last|next)\s+year\b))?/gi,
    make(m, ctx) {
      const n = QUARTER_WORDS[m[3]!.toLowerCase()]!;
      const half = m[4]!.toLowerCase() === 'half';
      if (half && n > 2 && m[3]!.toLowerCase() !== 'final') return null;
      const idx = half ? (n === 4 ? 2 : n) : n;
      const code = half ? `H${idx}` : `Q${idx}`;
      let y: number | null = m[2] ? Number(m[2]) : m[5] ? Number(m[5]) : null;
      const yearShift = /year[- ]ago|year[- ]earlier|prior/i.test(m[0]) ? -1
        : m[1] ? ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[1].toLowerCase()]! : null;
      if (y === null && ctx.dct !== null && yearShift !== null) y = ymd(ctx.dct).y + yearShift;
      if (y === null && ctx.dct !== null) {
        const { y: dy, m: dm } = ymd(ctx.dct);
        y = dy + (m[6] ? ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[6].toLowerCase()]! : 0);
        if (!m[6]) {
          const cur = half ? (dm <= 6 ? 1 : 2) : quarterOf(dm);
          const ahead = idx - cur;
          const dir = ctx.dir(m.index, m.index + m[0].length);
          if (ahead >= (half ? 1 : 2) || (ahead > 0 && dir === 'past')) y -= 1;
        }
      }
      return { value: `${y === null ? 'XXXX' : y}-${code}`, type: 'DATE', kind: half ? 'other' : 'quarter' };
    },
  },
  {
    name: 'the-quarter',
    prio: 5,
    gate: QUARTER_GATE,
    re: /\b(?:the|this|that)\s+(?:(?:latest|most\s+recent|recent|current|latest\s+fiscal|fiscal)\s+)?quarter\b(?![- ]century)|\bthe\s+(?:latest|most\s+recent)\s+(?:fiscal\s+)?(?:period|three\s+months)\b/gi,
    make(m, ctx) {
      if (ctx.dct === null) return { value: 'XXXX-QX', type: 'DATE', kind: 'other' };
      // "the quarter ended July 31": the calendar quarter holding most of the three months up to that day.
      const ended = QUARTER_ENDED.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      if (ended) {
        const month = monthNumber(ended[1]!)!;
        const y = resolveYear(ctx.dct, month, Number(ended[2]), 'past');
        const middle = month === 1 ? 12 : month - 1;
        return { value: `${month === 1 ? y - 1 : y}-Q${quarterOf(middle)}`, type: 'DATE', kind: 'quarter' };
      }
      // "the latest quarter" is the last one reported, whatever the tense; "the current quarter" the one under way.
      const which = LATEST_OR_CURRENT.exec(m[0])?.[1]?.toLowerCase();
      const ahead = which === 'current' || (which === undefined && ctx.dir(m.index, m.index + m[0].length) === 'future');
      const { y, m: mm } = ymd(ahead ? ctx.dct : ctx.dct - REPORT_LAG_DAYS);
      return { value: `${y}-Q${quarterOf(mm)}`, type: 'DATE', kind: 'quarter' };
    },
  },
  {
    name: 'ago',
    prio: 9,
    gate: AGO_GATE,
    re: new RegExp(`\\b(?:(?:nearly|almost|about|around|roughly|more\\s+than|less\\s+than|some|over)\\s+)?(${NUMBER_RE})\\s+(second|minute|hour|day|week|month|year|decade)s?(?:\\s+or\\s+so)?\\s+ago\\b`, 'gi'),
    make(m, ctx) {
      const n = countValue(m[1]!);
      const unit = m[2]!.toLowerCase();
      if (n === null) return null;
      if (n === 'X' || ctx.dct === null || ['second', 'minute', 'hour'].includes(unit)) {
        return { value: 'PAST_REF', type: 'DATE', kind: 'other' };
      }
      const k = Math.round(n);
      const { y } = ymd(ctx.dct);
      switch (unit) {
        case 'day': return { value: formatDay(ctx.dct - k), type: 'DATE', kind: 'day', day: ctx.dct - k };
        case 'week': return { value: formatWeek(ctx.dct - 7 * k), type: 'DATE', kind: 'other' };
        case 'month': { const s = shiftMonth(ctx.dct, -k); return { value: formatMonth(s.y, s.m), type: 'DATE', kind: 'other' }; }
        case 'year': return { value: String(y - k), type: 'DATE', kind: 'other' };
        default: return { value: String(y - 10 * k), type: 'DATE', kind: 'other' };
      }
    },
  },
  {
    name: 'year-earlier',
    prio: 10,
    gate: YEAR_GATE,
    re: /\b(?:(?:the|a)\s+(?:comparable\s+|corresponding\s+|same\s+)?)?(?:year[- ]earlier|year[- ]ago|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year)(?:\s+(quarter|period))?\b|\b(?:the\s+(?:comparable|corresponding|same)\s+(?:period|quarter)\s+(?:of\s+)?last\s+year|last\s+year['’]s\s+(?:comparable\s+|corresponding\s+|same\s+)?(?:quarter|period)|(?:the|that)\s+(?:same\s+)?(?:quarter|period)\s+a\s+year\s+(?:ago|earlier|before))\b/gi,
    make(m, ctx) {
      // Resolved after the other expressions, against the latest quarter mentioned before it (see find-times).
      if (ctx.dct === null) return { value: 'XXXX', type: 'DATE', kind: 'other' };
      return { value: `YEAR_BEFORE:${ymd(ctx.dct).y - 1}`, type: 'DATE', kind: 'other' };
    },
  },
];
