/**
 * Docs (with chained mentions and descriptors) → entities, the entity of every mention, and why each merge was
 * made. Entity ids follow first appearance (e1, e2 …): article order, then offset.
 */
import type { ArticleId, BriefEntity, EntityMerge, EntityType, Mention } from '../../brief/types.ts';
import type { Doc } from '../../doc/types.ts';
import { buildUnits, type Unit } from './units.ts';
import { clusterUnits, type MergeReason } from './cluster.ts';
import { collectRoles, type RoleUse } from './roles.ts';
import { insideQuote } from '../../quotes/quoted-span.ts';
import { nameWords } from '../lexicon/word-key.ts';
import { nameKey } from '../lexicon/name-key.ts';
import { DEMONYMS } from '../lexicon/demonyms.ts';

export interface MergedCorpus {
  entities: BriefEntity[];
  mentionEntity: Record<ArticleId, (string | null)[]>;
  /** Entity id → the merges that made it, for debugging. */
  merges: Record<string, MergeReason[]>;
}

/** Most complete form (most words), then most common, then first seen; a demonym only when nothing else. */
function pickName(all: readonly string[]): string {
  const names = all.filter((f) => !DEMONYMS.has(nameKey(f)));
  const forms = names.length > 0 ? names : all;
  const count = new Map<string, number>();
  for (const f of forms) count.set(f, (count.get(f) ?? 0) + 1);
  let best = forms[0] ?? '';
  for (const f of count.keys()) {
    const words = nameWords(f).length - nameWords(best).length;
    if (words > 0 || (words === 0 && count.get(f)! > count.get(best)!)) best = f;
  }
  return best;
}

function pickType(units: readonly Unit[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const u of units) if (u.type !== 'other') counts.set(u.type, (counts.get(u.type) ?? 0) + u.mentions.length);
  let best: EntityType = 'other';
  let n = 0;
  for (const [t, c] of counts) if (c > n) { best = t; n = c; }
  return best;
}

/** The merge explanations a reader sees: each (from, to, rule) once; the same name joining itself says nothing. */
function distinctMerges(reasons: readonly MergeReason[]): EntityMerge[] {
  const seen = new Set<string>();
  const out: EntityMerge[] = [];
  for (const { from, to, rule } of reasons) {
    const key = `${from}\u0000${to}\u0000${rule}`;
    if ((from === to && rule === 'same-name') || seen.has(key)) continue;
    seen.add(key);
    out.push({ from, to, rule });
  }
  return out;
}

export function mergeCorpus(docs: readonly Doc[]): MergedCorpus {
  const units = buildUnits(docs);
  const { root, reasons } = clusterUnits(units);
  const groups = new Map<number, Unit[]>();
  for (const u of units) {
    const r = root[u.index]!;
    const list = groups.get(r);
    if (list) list.push(u);
    else groups.set(r, [u]);
  }
  const articleOrder = new Map(docs.map((d, i) => [d.id, i]));
  const mentionEntity: Record<ArticleId, (string | null)[]> = {};
  for (const d of docs) mentionEntity[d.id] = (d.mentions ?? []).map(() => null);
  const entities: BriefEntity[] = [];
  const merges: Record<string, MergeReason[]> = {};
  // Units are in article order and chains in text order, so the smallest unit index is the first appearance.
  const ordered = [...groups.entries()].sort((a, b) => a[1][0]!.index - b[1][0]!.index);
  for (const [r, members] of ordered) {
    const id = `e${entities.length + 1}`;
    const forms = members.flatMap((u) => u.forms);
    const mentions: Mention[] = [];
    const roleUses: RoleUse[] = [];
    const articles: ArticleId[] = [];
    const byDoc = [...members].sort((a, b) => a.doc - b.doc || a.index - b.index);
    for (const u of byDoc) {
      const doc = docs[u.doc]!;
      if (articles[articles.length - 1] !== doc.id) articles.push(doc.id);
      const set = new Set(u.mentions);
      for (const i of u.mentions) {
        const m = doc.mentions![i]!;
        mentions.push({ article: doc.id, start: m.start, end: m.end });
        mentionEntity[doc.id]![i] = id;
      }
      // words inside a quote are the speaker's, not a role the outlet gives
      for (const d of doc.descriptors ?? []) {
        if (set.has(d.mention) && !insideQuote(doc.quotes, d)) roleUses.push({ article: doc.id, descriptor: d });
      }
    }
    mentions.sort((a, b) => articleOrder.get(a.article)! - articleOrder.get(b.article)! || a.start - b.start || a.end - b.end);
    const name = pickName(forms) || docs[members[0]!.doc]!.mentions![members[0]!.mentions[0]!]!.text;
    entities.push({
      id,
      name,
      type: pickType(members),
      aliases: [...new Set(forms)],
      roles: collectRoles(roleUses, articleOrder),
      articles: [...new Set(articles)],
      mentions,
    });
    merges[id] = reasons.get(r) ?? [];
    const explained = distinctMerges(merges[id]);
    if (explained.length > 0) entities[entities.length - 1]!.merges = explained;
  }
  return { entities, mentionEntity, merges };
}
