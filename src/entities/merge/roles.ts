/**
 * Roles of one entity from the descriptors of its mentions: one role per normalised key (Defence/Defense,
 * -ise/-ize, President/president are one), shown in its most common written form, with the articles that use it.
 */
import type { ArticleId, Role } from '../../brief/types.ts';
import type { Descriptor } from '../../doc/types.ts';
import { roleDisplay, roleKey } from '../lexicon/role-key.ts';

export interface RoleUse {
  article: ArticleId;
  descriptor: Descriptor;
}

/** Descriptor kinds that state a role; role nouns only repeat one. */
const ROLE_KINDS: ReadonlySet<Descriptor['kind']> = new Set(['title', 'apposition', 'premodifier']);

export function collectRoles(uses: readonly RoleUse[], articleOrder: ReadonlyMap<ArticleId, number>): Role[] {
  const byKey = new Map<string, { forms: Map<string, number>; articles: Set<ArticleId> }>();
  for (const { article, descriptor } of uses) {
    if (!ROLE_KINDS.has(descriptor.kind)) continue;
    const key = roleKey(descriptor.text);
    if (!key) continue;
    let entry = byKey.get(key);
    if (!entry) { entry = { forms: new Map(), articles: new Set() }; byKey.set(key, entry); }
    const shown = roleDisplay(descriptor.text);
    entry.forms.set(shown, (entry.forms.get(shown) ?? 0) + 1);
    entry.articles.add(article);
  }
  return [...byKey.values()].map(({ forms, articles }) => {
    let role = '';
    let n = 0;
    for (const [form, count] of forms) if (count > n) { role = form; n = count; }
    const list = [...articles].sort((a, b) => (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0));
    return { role, articles: list };
  });
}
