/**
 * One article's mentions, tidied (clean-mentions.ts) → chains, descriptors and role-noun mentions. Mentions come back sorted by offset with
 * `chain` set; role-noun mentions ("the Ruritanian president") are added where they denote one chain, and unnamed
 * groups ("the Ruritanian delegation", find-groups.ts) as 'other' mentions with their describing words.
 * Linear in tokens: each rule looks at a few tokens around one mention or one role head.
 */
import type { Descriptor, Doc, EntityMention } from '../../doc/types.ts';
import { assignChains } from './assign-chains.ts';
import { cleanMentions } from './clean-mentions.ts';
import { titleBefore } from './find-titles.ts';
import { appositionAfter, appositionBefore } from './find-appositions.ts';
import { findRoleNouns } from './find-role-nouns.ts';
import { findGroups } from './find-groups.ts';
import { isTitleOnly } from '../lexicon/person-name.ts';
import { roleKey } from '../lexicon/role-key.ts';

/**
 * A person mention that is only a title ("the Acme CEO", "Prime Minister") joins the one chain that carries a
 * descriptor containing all its words; otherwise it stays alone.
 */
function linkTitleOnly(named: EntityMention[], found: readonly Descriptor[]): void {
  const titleOnly = named.map((m) => m.type === 'person' && isTitleOnly(m.text));
  const words = new Map<number, Set<string>[]>();
  for (const d of found) {
    const c = named[d.mention]!.chain!;
    if (titleOnly[d.mention]) continue;
    const list = words.get(c) ?? [];
    list.push(new Set(roleKey(d.text).split(' ')));
    words.set(c, list);
  }
  named.forEach((m, i) => {
    if (!titleOnly[i]) return;
    const want = roleKey(m.text).split(' ').filter(Boolean);
    if (want.length === 0) return;
    const fits = [...words.entries()].filter(([, sets]) => sets.some((set) => want.every((w) => set.has(w)))).map(([c]) => c);
    if (fits.length === 1) named[i] = { ...m, chain: fits[0]!, via: m.via ?? 'title' };
  });
}

/** Words before a product name that make it a thing, not its maker ("the Zphone", "an Zphone"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'your', 'my', 'our']);

export interface DescribedDoc {
  mentions: EntityMention[];
  descriptors: Descriptor[];
}

function sentenceOfTokens(doc: Doc): Int32Array {
  const of = new Int32Array(doc.tokens.length).fill(-1);
  doc.sentences.forEach((s, i) => { for (let t = s.tokenStart; t < s.tokenEnd; t++) of[t] = i; });
  return of;
}

export function describe(doc: Doc): DescribedDoc {
  const given = cleanMentions(doc, (doc.mentions ?? []).filter((m) => m.tokenEnd > m.tokenStart))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const chains = assignChains(given, given.map((m) => DETERMINERS.has(doc.tokens[m.tokenStart - 1]?.norm ?? '')));
  const named: EntityMention[] = given.map((m, i) => ({ ...m, chain: chains[i]! }));
  const sentenceOf = sentenceOfTokens(doc);
  const found: Descriptor[] = [];
  named.forEach((m, i) => {
    const s = doc.sentences[sentenceOf[m.tokenStart] ?? -1];
    if (!s) return;
    for (const d of [titleBefore(doc, m, i, s.tokenStart), appositionBefore(doc, m, i, s.tokenStart), appositionAfter(doc, m, i, s.tokenEnd)]) {
      if (d) found.push(d);
    }
  });

  linkTitleOnly(named, found);
  const chainCount = named.reduce((n, m) => Math.max(n, (m.chain ?? -1) + 1), 0);
  const chainDescriptors: string[][] = Array.from({ length: chainCount }, () => []);
  const chainType: string[] = new Array(chainCount).fill('other');
  named.forEach((m) => { if (m.type !== 'other' || chainType[m.chain!] === 'other') chainType[m.chain!] = m.type; });
  for (const d of found) chainDescriptors[named[d.mention]!.chain!]!.push(d.text);
  const taken: boolean[] = new Array(doc.tokens.length).fill(false);
  const cover = (start: number, end: number): void => {
    for (let t = start; t < end; t++) taken[t] = true;
  };
  for (const m of named) cover(m.tokenStart, m.tokenEnd);
  const tokenAt = new Map(doc.tokens.map((t, i) => [t.start, i]));
  for (const d of found) {
    const a = tokenAt.get(d.start);
    if (a === undefined) continue;
    let b = a;
    while (b < doc.tokens.length && doc.tokens[b]!.end <= d.end) b++;
    cover(a, b);
  }
  const roleNouns = findRoleNouns(doc, taken, chainDescriptors, chainType);
  for (const r of roleNouns) cover(r.mention.tokenStart, r.mention.tokenEnd);
  const groups = findGroups(doc, taken, chainCount);

  // Merge the two lists by offset and renumber descriptor mention indices.
  const all = [
    ...named.map((m, i) => ({ m, old: i, added: -1 })),
    ...roleNouns.map((r, k) => ({ m: r.mention, old: -1, added: k })),
    ...groups.map((g, k) => ({ m: g.mention, old: -1, added: roleNouns.length + k })),
  ].sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const fromOld = new Map<number, number>();
  const fromAdded = new Map<number, number>();
  all.forEach((x, n) => (x.old >= 0 ? fromOld.set(x.old, n) : fromAdded.set(x.added, n)));
  const descriptors: Descriptor[] = [
    ...found.map((d) => ({ ...d, mention: fromOld.get(d.mention)! })),
    ...roleNouns.map((r, k) => ({ ...r.descriptor, mention: fromAdded.get(k)! })),
    ...groups.flatMap((g, k) => g.descriptors.map((d) => ({ ...d, mention: fromAdded.get(roleNouns.length + k)! }))),
  ].sort((a, b) => a.start - b.start || a.mention - b.mention);
  return { mentions: all.map((x) => x.m), descriptors };
}
