/** Words for months, weekdays, numbers and units, and the regex fragments built from them. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** Month names as written in news copy, capitalised (lower-case "may"/"march" are other words). */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** "May", "MAY", "may", "Sept." → the number, for the forms news writes (built once; other forms take the slow way). */
function writtenForms(table: Record<string, number>, suffixes: readonly string[]): Map<string, number> {
  const forms = new Map<string, number>();
  for (const [w, n] of Object.entries(table)) {
    for (const f of [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]) for (const x of suffixes) forms.set(f + x, n);
  }
  return forms;
}
const MONTH_FORMS = writtenForms(MONTHS, ['', '.']);

export function monthNumber(word: string): number | null {
  return MONTH_FORMS.get(word) ?? MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

const WEEKDAY_FORMS = writtenForms(WEEKDAYS, ['', '.', "'s", '’s']);

export function weekdayNumber(word: string): number | null {
  return WEEKDAY_FORMS.get(word) ?? WEEKDAYS[word.toLowerCase().replace(/\.$/, '').replace(/'s$/, '')] ?? null;
}

const UNITS_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** A count as written: digits, number words, "a", "a couple of"; vague counts give 'X'. */
export const NUMBER_RE =
  '(?:\\d+\\s+1/2|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|a hundred|one hundred|a couple of|a couple|couple of|a few|few|several|some|many|a|an|half an|half a)';

/** The numeric value of a count ("twenty-four" → 24, "a" → 1), 'X' for vague counts, null if not a count. */
export function countValue(words: string): number | 'X' | null {
  let v = COUNTS.get(words);
  if (v === undefined) {
    // The counts news writes are few; a text with very many distinct ones only starts the table again.
    if (COUNTS.size >= 512) COUNTS.clear();
    v = readCount(words);
    COUNTS.set(words, v);
  }
  return v;
}

/** Counts already read, as written. */
const COUNTS = new Map<string, number | 'X' | null>();

function readCount(words: string): number | 'X' | null {
  const w = words.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  const half = /^(\d+)\s+1\/2$/.exec(w);
  if (half) return Number(half[1]) + 0.5;
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a couple of' || w === 'a couple' || w === 'couple of') return 2;
  if (w === 'a hundred' || w === 'one hundred') return 100;
  if (w === 'half an' || w === 'half a') return 0.5;
  if (['a few', 'few', 'several', 'some', 'many'].includes(w)) return 'X';
  const parts = w.split(/[- ]/);
  if (parts.length === 2) {
    const t = TENS_WORDS[parts[0]!];
    const u = UNITS_WORDS[parts[1]!];
    return t !== undefined && u !== undefined ? t + u : null;
  }
  return UNITS_WORDS[w] ?? TENS_WORDS[w] ?? (w === 'ten' ? 10 : null);
}

/** Time units and their TIMEX3 letters; `time` units go after a T (PT3H). */
export const UNITS: Record<string, { code: string; time: boolean }> = {
  second: { code: 'S', time: true }, minute: { code: 'M', time: true }, hour: { code: 'H', time: true },
  day: { code: 'D', time: false }, night: { code: 'D', time: false }, week: { code: 'W', time: false },
  month: { code: 'M', time: false }, quarter: { code: 'Q', time: false }, year: { code: 'Y', time: false },
  decade: { code: 'DE', time: false }, century: { code: 'CE', time: false }, centurie: { code: 'CE', time: false },
};

export const UNIT_RE = '(?:second|minute|hour|day|night|week|month|quarter|year|decade|centur(?:y|ie))';

const UNIT_FORMS = new Map<string, { code: string; time: boolean }>();
for (const [w, u] of Object.entries(UNITS)) {
  for (const f of [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]) { UNIT_FORMS.set(f, u); UNIT_FORMS.set(`${f}${f === f.toUpperCase() ? 'S' : 's'}`, u); }
}

export function unitOf(word: string): { code: string; time: boolean } | null {
  const known = UNIT_FORMS.get(word);
  if (known) return known;
  const w = word.toLowerCase().replace(/s$/, '');
  return UNITS[w] ?? null;
}

/** A TIMEX3 duration: P3Y, PT5H, PXD, P1DE. Fractions of a unit are rounded to a smaller unit where simple. */
export function durationValue(count: number | 'X', unit: { code: string; time: boolean }): string {
  if (count !== 'X' && !Number.isInteger(count)) {
    // A half: "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M, "1 1/2 days" → P1DT12H.
    const whole = Math.floor(count);
    const half: Record<string, [string, number, boolean]> = { Y: ['M', 6, false], H: ['M', 30, true], D: ['H', 12, true], M: ['D', 15, false] };
    const h = half[unit.code];
    if (h && count - whole === 0.5 && !(unit.code === 'M' && unit.time)) {
      const head = whole > 0 ? `${whole}${unit.code}` : '';
      if (unit.time) return `PT${head}${h[1]}${h[0]}`;
      return h[2] ? `P${head}T${h[1]}${h[0]}` : `P${head}${h[1]}${h[0]}`;
    }
  }
  const n = count === 'X' ? 'X' : String(count);
  return unit.time ? `PT${n}${unit.code}` : `P${n}${unit.code}`;
}
