/**
 * How each article describes each entity: the titles, appositions, pre-modifiers and role nouns it attaches to
 * the entity's mentions ("hawkish advisor", "hardline aide", "dummy delegation"), deduplicated by normalised
 * form, in text order. A descriptor inside a quote keeps its quotation marks (“phoney”): the words are the
 * speaker's. One row per (entity, article) with at least one descriptor; rows in entity order, then
 * article order.
 */
import type { EntityId, FramingRow } from '../brief/types.ts';
import type { Doc } from '../doc/types.ts';
import { roleDisplay, roleKey } from '../entities/lexicon/role-key.ts';
import { insideQuote } from '../quotes/quoted-span.ts';

export function buildFraming(
  docs: readonly Doc[],
  mentionEntity: Readonly<Record<string, readonly (EntityId | null)[]>>,
  entityOrder: readonly EntityId[],
): FramingRow[] {
  const rows = new Map<string, FramingRow & { seen: Set<string> }>();
  const rank = new Map(entityOrder.map((id, i) => [id, i]));
  docs.forEach((doc) => {
    const owners = mentionEntity[doc.id] ?? [];
    const descriptors = [...(doc.descriptors ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const d of descriptors) {
      const entity = owners[d.mention];
      if (!entity) continue;
      const key = roleKey(d.text);
      if (!key) continue;
      const rowKey = `${entity}\u0000${doc.id}`;
      let row = rows.get(rowKey);
      if (!row) {
        row = { entity, article: doc.id, descriptors: [], seen: new Set() };
        rows.set(rowKey, row);
      }
      if (row.seen.has(key)) continue;
      row.seen.add(key);
      // a quoted word is the speaker's: it keeps its marks, so no reader takes it for the outlet's own
      row.descriptors.push(insideQuote(doc.quotes, d) ? `“${roleDisplay(d.text)}”` : roleDisplay(d.text));
    }
  });
  const docRank = new Map(docs.map((d, i) => [d.id, i]));
  return [...rows.values()]
    .sort((a, b) => (rank.get(a.entity) ?? 0) - (rank.get(b.entity) ?? 0) || (docRank.get(a.article) ?? 0) - (docRank.get(b.article) ?? 0))
    .map(({ entity, article, descriptors }) => ({ entity, article, descriptors }));
}
