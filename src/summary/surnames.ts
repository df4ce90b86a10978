/**
 * Surnames of people the corpus names in full: the last word of each multi-word person mention in any article.
 * A one-word person name needs an earlier full mention in the summary only when it is such a surname ("Rainsy"
 * after "Sam Rainsy"); a name no article writes in full is used alone (a mononym such as a ruler's single name,
 * or a word the entity layer mistyped) and reads the same in the summary as in the reports.
 */
import type { Doc } from '../doc/types.ts';

export function corpusSurnames(docs: readonly Doc[]): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) {
    for (const m of doc.mentions ?? []) {
      if (m.type !== 'person' || m.tokenEnd - m.tokenStart < 2) continue;
      const last = doc.tokens[m.tokenEnd - 1]!.text.replace(/['’]s$/, '');
      if (/^\p{Lu}/u.test(last)) out.add(last);
    }
  }
  return out;
}
