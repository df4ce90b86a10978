/**
 * Content words of a quote, reduced for comparison across renderings: lower case, stop words out, a light suffix
 * stemmer, and a small synonym table so that two translations of one statement meet ("talks" / "negotiations").
 */
import { STOP_WORDS } from './lexicon.ts';

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/'$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -5);
  if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([^aeiouls])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** Words that renderings of one statement use interchangeably; the first of each row stands for the row. */
const SYNONYM_ROWS = [
  'war conflict fighting hostilities',
  'talk negotiation negotiate discussion dialogue',
  'ceasefire truce',
  'begin start commence launch',
  'end finish stop halt',
  'big large huge enormous',
  'country nation state',
  'help assist aid support',
  'buy purchase',
  'want wish desire',
  'serious earnest',
  'attack strike assault',
  'kill slay',
  'say tell state',
  'quick fast rapid swift',
  'real genuine true',
  'fake false',
  'ready prepared willing',
  'meet meeting',
  'peace peaceful',
  'leader head chief',
  'demand ultimatum',
  'propose offer suggest',
  'pathetic miserable',
  'unfortunate regrettable sad',
  'important significant crucial key',
  'problem issue',
  'weapon arm',
  'agreement deal accord',
  'people person',
  'continue proceed',
  'believe think',
].map((row) => row.split(' '));

const CANONICAL = new Map<string, string>();
for (const row of SYNONYM_ROWS) for (const w of row) CANONICAL.set(stem(w), stem(row[0]!));

export interface ContentWord {
  /** The word as written, lower case. */
  word: string;
  /** Stem mapped through the synonym table. */
  key: string;
}

export function contentWords(text: string): ContentWord[] {
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  const out: ContentWord[] = [];
  for (const raw of words) {
    const word = raw.toLowerCase().replace(/’/g, "'");
    if (STOP_WORDS.has(word) || word.length < 2) continue;
    const s = stem(word);
    out.push({ word, key: CANONICAL.get(s) ?? s });
  }
  return out;
}

/** Lower-case words joined by single spaces, for substring tests ("not serious" inside a longer quote). */
export function normalised(text: string): string {
  return (text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []).join(' ');
}
