/**
 * What the chain rules derive from one mention text (its name parts, name key, acronym form, whether it is only a
 * title …), kept together in one record per text. Each value is computed on first use by the lexicon function
 * that defines it, so results are those of the functions; one table lookup per mention replaces one per function,
 * and the values a mention needs sit side by side in memory.
 */
import type { NameParts } from '../lexicon/person-name.ts';
import { nameParts as nameParts_, isTitleOnly as isTitleOnly_ } from '../lexicon/person-name.ts';
import { nameKey as nameKey_ } from '../lexicon/name-key.ts';
import { asAcronym as asAcronym_ } from '../lexicon/acronym.ts';
// Local copies: imported bindings compile to property getters (tsx/CommonJS).
const nameParts = nameParts_, isTitleOnly = isTitleOnly_, nameKey = nameKey_, asAcronym = asAcronym_;

/** -1 while not computed. */
const UNKNOWN = -1;

export class TextInfo {
  personParts: NameParts | null = null;
  otherParts: NameParts | null = null;
  key: string | null = null;
  /** The acronym form ("nato"), '' when the text is none, null while not computed. */
  acronym: string | null = null;
  titleOnly = UNKNOWN;
  /** For clean-mentions.ts: a listed body or platform (1/0). */
  listed = UNKNOWN;
  /** For find-titles.ts: the name words last seen for this text and how many leading title words they have. */
  leadWords: readonly string[] | null = null;
  leadSkip = 0;
  constructor(readonly text: string) {}
}

const CACHE = new Map<string, TextInfo>();
const MAX_ENTRIES = 50_000;
/** Longer texts (whole clauses) get a record each time and are never held. */
const MAX_LENGTH = 200;

export function textInfo(text: string): TextInfo {
  let info = CACHE.get(text);
  if (info !== undefined) return info;
  info = new TextInfo(text);
  if (text.length > MAX_LENGTH) return info;
  if (CACHE.size >= MAX_ENTRIES) CACHE.clear();
  CACHE.set(text, info);
  return info;
}

/** nameParts(text, isPerson). */
export function partsOf(info: TextInfo, isPerson: boolean): NameParts {
  if (isPerson) return info.personParts ??= nameParts(info.text, true);
  return info.otherParts ??= nameParts(info.text, false);
}

/** nameKey(text). */
export function keyOf(info: TextInfo): string {
  return info.key ??= nameKey(info.text);
}

/** asAcronym(text). */
export function acronymOf(info: TextInfo): string | null {
  if (info.acronym === null) info.acronym = asAcronym(info.text) ?? '';
  return info.acronym === '' ? null : info.acronym;
}

/** isTitleOnly(text). */
export function titleOnlyOf(info: TextInfo): boolean {
  if (info.titleOnly === UNKNOWN) info.titleOnly = isTitleOnly(info.text) ? 1 : 0;
  return info.titleOnly === 1;
}
