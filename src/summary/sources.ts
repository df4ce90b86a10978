/** Article id → independent source: a syndicated copy counts as the article it copies (followed to the root). */
import type { Corpus } from '../analyze/types.ts';

export function sourceOf(corpus: Corpus): Map<string, string> {
  const dup = corpus.duplicates ?? {};
  const out = new Map<string, string>();
  for (const d of corpus.docs) {
    let id = d.id;
    const seen = new Set<string>();
    while (dup[id] !== undefined && !seen.has(id)) { seen.add(id); id = dup[id]!; }
    out.set(d.id, id);
  }
  return out;
}
