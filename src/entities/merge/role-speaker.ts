/**
 * The person a role-noun speaker names. "Russia's top negotiator said …" in an article that names the man only
 * later: when exactly one person of the story is given that same role by some outlet (roles compared by roleKey, so
 * Defence/Defense and "the" do not matter) and that article also mentions him, the role stands for him. Two
 * candidates or none: no entity, the role is shown as it is.
 */
import type { ArticleId, BriefEntity, EntityId } from '../../brief/types.ts';
import { roleKey } from '../lexicon/role-key.ts';

export type RoleIndex = ReadonlyMap<string, readonly BriefEntity[]>;

/** Person entities by the key of each role they are given. */
export function indexRoles(entities: readonly BriefEntity[]): RoleIndex {
  const byKey = new Map<string, BriefEntity[]>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const r of e.roles) {
      const key = roleKey(r.role);
      if (!key) continue;
      const list = byKey.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      byKey.set(key, list);
    }
  }
  return byKey;
}

/** The one person `role` (a speaker's words, e.g. "Russia’s top negotiator") stands for in `article`, or null. */
export function entityForRole(index: RoleIndex, role: string, article: ArticleId): EntityId | null {
  const list = index.get(roleKey(role));
  if (!list || list.length !== 1) return null;
  const [only] = list;
  return only!.articles.includes(article) ? only!.id : null;
}
