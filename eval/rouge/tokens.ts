/**
 * How ROUGE-1.5.5 reads a summary (SPL format: one sentence per line) and turns it into n-gram counts:
 * 1. each non-empty line, lower-cased (ASCII only, as Perl's tr/A-Z/a-z/);
 * 2. `-l N`: whole lines while the running word count stays under N, then the first N minus count words of the line
 *    that reaches it (words split on whitespace, before any punctuation is removed, so "_" and "--" count);
 * 3. "-" becomes " - ", everything but [A-Za-z0-9-] becomes a space;
 * 4. tokens that start with [a-z0-9] are kept (stopwords kept); `-m`: tokens longer than 3 characters are stemmed
 *    (WordNet irregular forms first, then Porter).
 */
import { porterStem } from './porter.ts';
import { wordnetBase } from './wordnet-exceptions.ts';

/** Perl's split(/\s+/, s): a leading empty field is kept, trailing empty fields are dropped. */
export function perlSplit(s: string): string[] {
  const parts = s.split(/\s+/);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

const asciiLower = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/** The text ROUGE scores: lines joined and cut to `limit` words (0 = no limit), then cleaned. */
export function readSummary(text: string, limit: number): string {
  const lines = text.split('\n').filter((l) => l.length > 0).map(asciiLower);
  let out = '';
  if (limit === 0) out = lines.join(' ');
  else {
    let count = 0;
    for (const line of lines) {
      const words = perlSplit(line);
      if (count + words.length < limit) {
        out += (count !== 0 ? ' ' : '') + line;
        count += words.length;
      } else {
        if (count > 0) out += ' ';
        out += words.slice(0, limit - count).join(' ');
        break;
      }
    }
  }
  return out.replace(/-/g, ' - ').replace(/[^A-Za-z0-9-]/g, ' ').trim().replace(/\s+/g, ' ');
}

/**
 * ROUGE's MorphStem: the WordNet exception list first, then Porter. `exceptions: false` is ROUGE run with an empty
 * exception database (what the often-repeated rebuild command, given the wrong file extension, produces).
 */
export function rougeStem(token: string, exceptions = true): string {
  return (exceptions ? wordnetBase(token) : undefined) ?? porterStem(token);
}

/** The tokens ROUGE counts, stemmed when `stem` is set. */
export function rougeTokens(cleaned: string, stem: boolean, exceptions = true): string[] {
  const out: string[] = [];
  for (const t of perlSplit(cleaned)) {
    if (!/^[a-z0-9$]/.test(t)) continue;
    out.push(stem && t.length > 3 ? rougeStem(t, exceptions) : t);
  }
  return out;
}

export interface NGramCounts {
  grams: Map<string, number>;
  total: number;
}

export function ngrams(tokens: readonly string[], n: number): NGramCounts {
  const grams = new Map<string, number>();
  let total = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    grams.set(g, (grams.get(g) ?? 0) + 1);
    total++;
  }
  return { grams, total };
}
