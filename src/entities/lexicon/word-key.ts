/**
 * Spelling key of one name word: diacritics folded, case and punctuation dropped, transliteration endings
 * (-y/-iy/-yy/-ii) and doubled letters collapsed. Pure string functions; no lists of people.
 */
import { memo } from './memo.ts';

/** Plain ASCII without a backtick: folding is lower-casing alone. */
const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

/** "Türkiye" → "turkiye", "Zelenskyy’s" → "zelenskyy's" (case, diacritics and quote marks only). */
export const foldText = memo((s: string): string => (PLAIN_ASCII.test(s) ? s.toLowerCase() : foldSlow(s)));

function foldSlow(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[ø]/gi, 'o')
    .replace(/ł/gi, 'l')
    .toLowerCase();
}

/** Drops a final possessive: "Putin's" → "Putin", "Reuters'" stays (plural possessive is rare in names). */
export function stripPossessive(s: string): string {
  return s.replace(/['’]s$/i, '');
}

/**
 * Key of one name word. Rules, in order:
 *  - fold case and diacritics, drop dots, apostrophes and a possessive ending;
 *  - transliterated endings -iy, -yy, -ii, -yi, -ij, -yj → -y (Zelenskiy, Zelenskyy, Zelenskii → zelensky);
 *  - -off → -ov (Smirnoff/Smirnov); -ski → -sky (Kowalski/Kowalskiy/Kowalskyy);
 *  - -ei/-ej → -ey (Sergei/Sergej/Sergey); a final -i after a consonant → -y (Dmitri/Dmitry, Yuri/Yury);
 *  - -iya/-ija and a consonant + -ya → -ia (Yuliya/Julija/Yulia, Natalya/Natalia);
 *  - a leading j or iu → y (Julia/Yulia/Iulia, Jevgeni/Yevgeni); kh → h (Mikhail/Mihail); ou → u (Youssef/Yussef);
 *    x → ks (Alexei/Aleksei);
 *  - doubled letters collapse (Mohammed/Mohamed).
 * Two people who share only a first name stay apart: these rules only make spellings of one word equal.
 */
export function wordKey(word: string): string {
  const known = CACHE.get(word);
  if (known !== undefined) return known;
  const key = computeWordKey(word);
  if (CACHE.size >= MAX_CACHE) CACHE.clear();
  CACHE.set(word, key);
  return key;
}

/** Recent word keys: the same words come back in every article. */
const CACHE = new Map<string, string>();
const MAX_CACHE = 50_000;

function computeWordKey(word: string): string {
  let w = foldText(stripPossessive(word)).replace(/[.'"]/g, '');
  if (w.length >= 4) {
    w = w.replace(/(?:iy|yy|ii|yi|ij|yj)$/, 'y').replace(/off$/, 'ov').replace(/ski$/, 'sky').replace(/e[ij]$/, 'ey')
      .replace(/([^aeiouy])i$/, '$1y');
  }
  if (w.length >= 3) {
    w = w.replace(/^(?:j|iu(?=[^aeiou]))/, (m) => (m === 'j' ? 'y' : 'yu'))
      .replace(/i[yj]a/g, 'ia').replace(/([^aeiouy])ya/g, '$1ia')
      .replace(/kh/g, 'h').replace(/ou/g, 'u').replace(/x/g, 'ks');
  }
  return w.replace(/([a-z])\1+/g, '$1');
}

/** Hyphenated endings that make a name an adjective: "Acme-led", "Kyiv-based", "state-owned". */
const ADJECTIVE_ENDINGS = /[-‐‑](?:led|based|owned|backed|run|made|built|funded|controlled|style|era|bound)$/i;

/**
 * Name → words, splitting on spaces and hyphens ("Jean-Claude" and "Jean Claude" give the same words); an
 * adjective ending is dropped ("Acme-led" gives "Acme").
 */
export function nameWords(name: string): string[] {
  return stripPossessive(name.trim()).replace(ADJECTIVE_ENDINGS, '').split(/[\s\-‐‑–]+/).filter((w) => w.length > 0 && /[\p{L}\p{N}]/u.test(w));
}

