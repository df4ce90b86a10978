/**
 * Surnames of people the corpus names in full: the last word of each multi-word person mention in any article,
 * and its first word (a family name written first, or a given name used alone), lower-cased (see `surnameKey`).
 * A one-word person name needs an earlier full mention in the summary only when it is such a surname ("Rainsy"
 * after "Sam Rainsy"); a name no article writes in full is used alone (a mononym such as a ruler's single name,
 * or a word the entity layer mistyped) and reads the same in the summary as in the reports.
 */
import type { Doc } from '../doc/types.ts';

/** Surnames as `corpusSurnames` keeps them: lower-case. */
export const surnameKey = (name: string): string => name.toLowerCase();

/** Does `text` name `name` (a surname), whatever its case ("al-Sharaa" names "Al-Sharaa")? */
export const namesSurname = (text: string, name: string): boolean => text.toLowerCase().includes(name.toLowerCase());

export function corpusSurnames(docs: readonly Doc[]): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) {
    for (const m of doc.mentions ?? []) {
      if (m.type !== 'person') continue;
      // The last word, hyphens and all: "Farouk al-Sharaa" gives "al-Sharaa".
      const words = doc.text.slice(m.start, m.end).split(/\s+/);
      if (words.length < 2) continue;
      const last = words[words.length - 1]!.replace(/['’]s$/, '');
      // "al-Sharaa" in "Farouk al-Sharaa" is the surname of "Al-Sharaa said …": compared without case.
      if (/\p{Lu}/u.test(last)) out.add(last.toLowerCase());
      // Where the family name comes first ("Wang Dan", "Hun Sen") or a first name stands alone ("Anwar"), the first
      // word alone names the person too, and needs the full name before it just the same.
      const first = words[0]!.replace(/['’]s$/, '');
      if (/^\p{Lu}\p{Ll}/u.test(first)) out.add(first.toLowerCase());
    }
  }
  return out;
}
