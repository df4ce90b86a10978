/** Rules for clock times: "10 a.m.", "5:56 PM EDT", "noon", "4 in the morning". Dated later by find-times. */
import { CLOCK_GATE, CLOCK_WORDS_GATE } from './gates.ts';
import type { Rule } from './candidate.ts';

const ZONE = '(?:\\s*\\(?(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|local\\s+time)\\)?)?';

function clock(h: number, min: number, half: string | undefined): number | null {
  let hour = h;
  const p = half?.toLowerCase().replace(/\./g, '');
  if (p === 'pm' && hour < 12) hour += 12;
  if (p === 'am' && hour === 12) hour = 0;
  if (p === 'morning' && hour === 12) hour = 0;
  if ((p === 'afternoon' || p === 'evening' || p === 'night') && hour < 12) hour += 12;
  if (hour > 23 || min > 59) return null;
  return hour * 60 + min;
}

export const clockRules: Rule[] = [
  {
    name: 'clock-am-pm',
    prio: 8,
    gate: CLOCK_GATE,
    re: new RegExp(`(?<![\\d:.])\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|AM\\b|PM\\b|A\\.M\\.?|P\\.M\\.?)${ZONE}`, 'g'),
    make(m) {
      const minutes = clock(Number(m[1]), Number(m[2] ?? 0), m[3]);
      return minutes === null ? null : { value: '', type: 'TIME', kind: 'clock', minutes };
    },
  },
  {
    name: 'clock-24h',
    prio: 7,
    gate: CLOCK_GATE,
    // The word before is checked once the time is found (the same matches as checking it first, found faster).
    re: new RegExp(`(?<![0-9])(\\d{1,2}):(\\d{2})\\b(?!:)(?<=\\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Aa]round|[Aa]bout)\\s\\d{1,2}:\\d{2})${ZONE}`, 'g'),
    make(m) {
      const minutes = clock(Number(m[1]), Number(m[2]), undefined);
      return minutes === null ? null : { value: '', type: 'TIME', kind: 'clock', minutes };
    },
  },
  {
    name: 'clock-words',
    prio: 7,
    gate: CLOCK_WORDS_GATE,
    // Lower-case "noon"; a capital one only before a weekday ("Noon Friday"), not in "High Noon" nor "high noon".
    re: /\b(?<![Hh]igh\s)(noon|midday|midnight|Noon(?=\s+[A-Z][a-z]+day\b)|Midnight(?=\s+[A-Z][a-z]+day\b))\b|\b(\d{1,2})\s+(?:o['’]clock\s+)?in\s+the\s+(morning|afternoon|evening)\b|\b(\d{1,2})\s+o['’]clock\b/g,
    make(m) {
      let minutes: number | null;
      if (m[1]) minutes = m[1].toLowerCase() === 'midnight' ? 0 : 720;
      else if (m[2]) minutes = clock(Number(m[2]), 0, m[3]);
      else minutes = clock(Number(m[4]), 0, undefined);
      return minutes === null ? null : { value: '', type: 'TIME', kind: 'clock', minutes };
    },
  },
];
