/** Regular-expression pieces for person names and outlet names as news credits write them. */

/** One name word: Capitalised (with hyphen/apostrophe parts), an initial, or ALL CAPS. */
const WORD = "(?:\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*|\\p{Lu}\\.|\\p{Lu}{2,}(?:[-'’]\\p{Lu}+)*|Mc\\p{Lu}\\p{Ll}+|O['’]\\p{Lu}\\p{Ll}+)";
const PARTICLE = '(?:de|da|del|della|di|dos|du|van|von|der|den|la|le|bin|bint|ibn|al|el|ter|ten)';

/** A person's name: two to five name words, particles allowed between them, optional Jr./Sr. */
export const PERSON = `${WORD}(?:\\s+(?:${PARTICLE}[\\s-]+){0,2}${WORD}){1,4}(?:,?\\s+(?:Jr\\.|Sr\\.|II|III))?`;

/** Several names: "A B", "A B and C D", "A B, C D and E F" (a comma list ends with "and", or "A B, Outlet" is read). */
export const PEOPLE = `${PERSON}(?:(?:\\s*,\\s*${PERSON})*,?\\s+(?:and|&)\\s+${PERSON})?`;

/** An outlet name: one to four capitalised words or acronyms ("NPR", "Al Jazeera", "The Daily Courier"). */
export const OUTLET = "(?:The\\s+)?(?:\\p{Lu}[\\p{L}&.\\-]*)(?:\\s+\\p{Lu}[\\p{L}&.\\-]*){0,3}";

/** Words that follow "By" in sentences, never in bylines. */
export const NOT_NAMES = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Contrast|Comparison|Law|Default|Far|Noon|Midnight|The|This|That|Using|Doing|Early|Late|Last|Next|Mid)\b/;
