/**
 * Exonyms and other well-known alternative names of the same place or body. Each alternative's key maps to the
 * key of the first name of its group.
 * Only pairs that always denote the same thing belong here ("America" does not: it may be the continent).
 */
import { nameWords, wordKey } from './word-key.ts';

const keyOf = (name: string): string => nameWords(name).map(wordKey).join(' ');

const GROUPS: readonly (readonly string[])[] = [
  ['kyiv', 'kiev'],
  ['kharkiv', 'kharkov'],
  ['odesa', 'odessa'],
  ['lviv', 'lvov', 'lwow'],
  ['zaporizhzhia', 'zaporizhia', 'zaporozhye'],
  ['mykolaiv', 'nikolaev', 'nikolayev'],
  ['turkiye', 'turkey', 'republic of turkiye', 'republic of turkey'],
  ['myanmar', 'burma'],
  ['belarus', 'byelorussia', 'belorussia'],
  ['moldova', 'moldavia'],
  ['czechia', 'czech republic'],
  ["Côte d'Ivoire", 'ivory coast'],
  ['eswatini', 'swaziland'],
  ['beijing', 'peking'],
  ['mumbai', 'bombay'],
  ['chennai', 'madras'],
  ['kolkata', 'calcutta'],
  ['united states', 'us', 'usa', 'united states of america'],
  ['united kingdom', 'uk', 'britain', 'great britain'],
  ['russia', 'russian federation'],
  ['european union', 'eu'],
  ['united nations', 'un'],
  ['north atlantic treaty organization', 'north atlantic treaty organisation', 'nato'],
];

/** Alternative key → canonical key. */
export const EXONYMS: ReadonlyMap<string, string> = new Map(
  GROUPS.flatMap((g) => g.map((alt) => [keyOf(alt), keyOf(g[0]!)] as [string, string])),
);
