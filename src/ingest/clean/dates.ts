/** The first full calendar date (with a year) written in a short text → YYYY-MM-DD, or null. Pure. */

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

export const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
export const WEEKDAY_NAME = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1]!) return null;
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const month = (name: string) => MONTHS[name.toLowerCase().replace('.', '')] ?? 0;

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  { re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  { re: new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), read: (m) => iso(+m[3]!, month(m[1]!), +m[2]!) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME}),?\\s+(\\d{4})\\b`, 'i'), read: (m) => iso(+m[3]!, month(m[2]!), +m[1]!) },
  // Day.Month.Year (European dots); slashes only when one side cannot be a month.
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, read: (m) => iso(+m[3]!, +m[2]!, +m[1]!) },
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, read: (m) => (+m[1]! > 12 ? iso(+m[3]!, +m[2]!, +m[1]!) : +m[2]! > 12 ? iso(+m[3]!, +m[1]!, +m[2]!) : null) },
];

export function findDate(text: string): string | null {
  let best: { at: number; date: string } | null = null;
  for (const { re, read } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const date = read(m);
    if (date && (!best || m.index < best.at)) best = { at: m.index, date };
  }
  return best?.date ?? null;
}

/** A given `published` value (ISO or written out) → YYYY-MM-DD, or null when it holds no full date. */
export function normalizeDate(value: string): string | null {
  const isoHead = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (isoHead) return iso(+isoHead[1]!, +isoHead[2]!, +isoHead[3]!);
  return findDate(value);
}
