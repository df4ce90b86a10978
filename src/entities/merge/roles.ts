/**
 * Roles of one entity from the descriptors of its mentions: one role per normalised key (Defence/Defense,
 * -ise/-ize, President/president are one), shown in its most common written form, with the articles that use it.
 * A role that differs from another of the same entity only by a leading nationality ("Danish Defence
 * Minister" beside "Defence Minister") is the same role: the qualifier only repeats who the entity is. It is
 * folded in only when every qualified variant names the same country; "former" and "deputy" stay distinct roles.
 */
import type { ArticleId, Role } from '../../brief/types.ts';
import type { Descriptor } from '../../doc/types.ts';
import { roleDisplay, roleKey } from '../lexicon/role-key.ts';
import { countryQualifier } from '../lexicon/demonyms.ts';

export interface RoleUse {
  article: ArticleId;
  descriptor: Descriptor;
}

/** Descriptor kinds that state a role; role nouns only repeat one. */
const ROLE_KINDS: ReadonlySet<Descriptor['kind']> = new Set(['title', 'apposition', 'premodifier']);

interface Entry { forms: Map<string, number>; articles: Set<ArticleId>; first: number }

export function collectRoles(uses: readonly RoleUse[], articleOrder: ReadonlyMap<ArticleId, number>): Role[] {
  const byKey = new Map<string, Entry>();
  for (const { article, descriptor } of uses) {
    if (!ROLE_KINDS.has(descriptor.kind)) continue;
    const key = roleKey(descriptor.text);
    if (!key) continue;
    let entry = byKey.get(key);
    if (!entry) { entry = { forms: new Map(), articles: new Set(), first: byKey.size }; byKey.set(key, entry); }
    const shown = roleDisplay(descriptor.text);
    entry.forms.set(shown, (entry.forms.get(shown) ?? 0) + 1);
    entry.articles.add(article);
  }
  foldNationality(byKey);
  return [...byKey.values()].sort((a, b) => a.first - b.first).map(({ forms, articles }) => {
    let role = '';
    let n = 0;
    for (const [form, count] of forms) if (count > n) { role = form; n = count; }
    const list = [...articles].sort((a, b) => (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0));
    return { role, articles: list };
  });
}

/** Moves "danish defence minister" into "defence minister" when the bare role exists and one country qualifies it. */
function foldNationality(byKey: Map<string, Entry>): void {
  const qualified = new Map<string, { key: string; country: string }[]>();
  for (const key of byKey.keys()) {
    const q = countryQualifier(key);
    if (!q || !byKey.has(q.rest)) continue;
    const list = qualified.get(q.rest) ?? [];
    list.push({ key, country: q.country });
    qualified.set(q.rest, list);
  }
  for (const [bare, list] of qualified) {
    if (new Set(list.map((x) => x.country)).size !== 1) continue;
    const into = byKey.get(bare)!;
    for (const { key } of list) {
      const from = byKey.get(key)!;
      for (const [form, count] of from.forms) into.forms.set(form, (into.forms.get(form) ?? 0) + count);
      for (const a of from.articles) into.articles.add(a);
      into.first = Math.min(into.first, from.first);
      byKey.delete(key);
    }
  }
}
