/**
 * Normal form of a role, so spelling variants are one role: case and diacritics folded, a leading article
 * dropped, British/American spellings unified (defense → defence, -ize → -ise, advisor → adviser, -or → -our in
 * a few words), dots of abbreviations dropped ("U.S." → "us").
 */
import { foldText } from './word-key.ts';
import { memo } from './memo.ts';

const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['defense', 'defence'], ['advisor', 'adviser'], ['advisors', 'advisers'], ['counselor', 'counsellor'],
  ['labor', 'labour'], ['center', 'centre'], ['offense', 'offence'], ['honor', 'honour'], ['favor', 'favour'],
  ['program', 'programme'], ['spokesperson', 'spokesman'], ['spokeswoman', 'spokesman'],
]);

/** One word of a role, normalised. */
export const roleWordKey = memo(roleWordKeyOf);

function roleWordKeyOf(word: string): string {
  const w = foldText(word).replace(/\./g, '').replace(/'s$/, '');
  const mapped = SPELLINGS.get(w);
  if (mapped) return mapped;
  return w.replace(/iz(e|es|ed|er|ers|ing|ation|ations)$/, 'is$1');
}

const LEADING = /^(?:a|an|the)\s+/;

/** The whole role, normalised: "the Defense Minister" and "defence minister" give "defence minister". */
export const roleKey = memo(roleKeyOf);

function roleKeyOf(text: string): string {
  const words = foldText(text).replace(/[,;:()"“”]/g, ' ').replace(LEADING, '').split(/\s+/).filter(Boolean);
  return words.map(roleWordKey).filter((w) => w.length > 0).join(' ');
}

/** Role text as shown: trimmed, leading article dropped, inner spaces collapsed. */
export function roleDisplay(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/^(?:a|an|the)\s+/i, '');
}
