/**
 * The mechanism that date and place conflicts share: statements grouped by an actor-action key, compared pairwise
 * within a group, the ones that disagree gathered into one conflict whose variants are their differing values.
 */
import type { ArticleId, BriefConflict, Evidence } from '../brief/types.ts';
import type { Corpus } from '../analyze/types.ts';
import type { Statement } from './statements.ts';

/** Statements per key compared pairwise; later ones are compared with the first ones only. */
export const MAX_COMPARED = 200;

export interface KeyedUse {
  statement: Statement;
}

export interface KeyedConflictKind<T extends KeyedUse> {
  /** "date", "place": the conflict's `about` reads "<label> of: <statement>". */
  label: string;
  /** True when a and b say the same thing with incompatible values. */
  disagree(a: T, b: T): boolean;
  /** The value a use gives, its grouping key and its evidence. */
  variant(use: T): { key: string; value: string; evidence: Evidence };
}

export function keyedConflicts<T extends KeyedUse>(corpus: Corpus, byKey: ReadonlyMap<string, T[]>, kind: KeyedConflictKind<T>): BriefConflict[] {
  const out: BriefConflict[] = [];
  const reported = new Set<string>();
  for (const [key, uses] of byKey) {
    const involved = new Set<T>();
    for (let i = 0; i < Math.min(uses.length, MAX_COMPARED); i++) {
      for (let j = i + 1; j < uses.length; j++) {
        if (!kind.disagree(uses[i]!, uses[j]!)) continue;
        involved.add(uses[i]!);
        involved.add(uses[j]!);
      }
    }
    if (involved.size < 2) continue;
    const signature = [...involved].map((d) => `${d.statement.article}:${d.statement.start}`).sort().join(',');
    if (reported.has(signature)) continue;
    reported.add(signature);
    const variants = new Map<string, { value: string; articles: ArticleId[]; evidence: Evidence[] }>();
    for (const d of involved) {
      const found = kind.variant(d);
      const v = variants.get(found.key) ?? { value: found.value, articles: [], evidence: [] };
      if (!v.articles.includes(d.statement.article)) v.articles.push(d.statement.article);
      v.evidence.push(found.evidence);
      variants.set(found.key, v);
    }
    if (variants.size < 2) continue;
    const first = [...involved][0]!;
    const doc = corpus.docs[first.statement.doc]!;
    out.push({
      id: '',
      about: `${kind.label} of: ${doc.text.slice(first.statement.start, first.statement.end)}`,
      entity: key.startsWith('s:e:') ? key.slice(4).split('|')[0]! : null,
      variants: [...variants.values()].sort((x, y) => (x.value < y.value ? -1 : 1)),
    });
  }
  return out;
}

/** Adds a use under a key. */
export function addUse<T>(byKey: Map<string, T[]>, key: string, use: T): void {
  const list = byKey.get(key);
  if (list) list.push(use);
  else byKey.set(key, [use]);
}
