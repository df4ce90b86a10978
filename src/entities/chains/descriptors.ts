/**
 * One article's mentions, tidied (clean-mentions.ts) → chains, descriptors and role-noun mentions. Mentions come back sorted by offset with
 * `chain` set; role-noun mentions ("the Ruritanian president") are added where they denote one chain, and unnamed
 * groups ("the Ruritanian delegation", find-groups.ts) as 'other' mentions with their describing words.
 * Linear in tokens: each rule looks at a few tokens around one mention or one role head.
 */
import type { Descriptor, Doc, EntityMention, Token } from '../../doc/types.ts';
import { assignChains as assignChains_ } from './assign-chains.ts';
import { cleanMentions as cleanMentions_ } from './clean-mentions.ts';
import { titleBefore as titleBefore_ } from './find-titles.ts';
import { appositionAfter as appositionAfter_, appositionBefore as appositionBefore_ } from './find-appositions.ts';
import { findRoleNouns as findRoleNouns_, type ChainTexts } from './find-role-nouns.ts';
import { findGroups as findGroups_ } from './find-groups.ts';
import { roleKey as roleKey_ } from '../lexicon/role-key.ts';
import { textInfo as textInfo_, titleOnlyOf as titleOnlyOf_, type TextInfo } from './text-info.ts';
// Local copies: imported bindings compile to property getters (tsx/CommonJS), slow in per-token loops.
const assignChains = assignChains_;
const cleanMentions = cleanMentions_;
const titleBefore = titleBefore_;
const appositionAfter = appositionAfter_;
const appositionBefore = appositionBefore_;
const findRoleNouns = findRoleNouns_;
const findGroups = findGroups_;
const roleKey = roleKey_;
const textInfo = textInfo_, titleOnlyOf = titleOnlyOf_;

/**
 * A person mention that is only a title ("the Acme CEO", "Prime Minister") joins the one chain that carries a
 * descriptor containing all its words; otherwise it stays alone.
 */
function linkTitleOnly(named: EntityMention[], found: readonly Descriptor[], infos: readonly TextInfo[]): void {
  let any = false;
  const titleOnly: boolean[] = new Array(named.length);
  for (let i = 0; i < named.length; i++) {
    const t = named[i]!.type === 'person' && titleOnlyOf(infos[i]!);
    titleOnly[i] = t;
    if (t) any = true;
  }
  if (!any) return;
  const words = new Map<number, Set<string>[]>();
  for (const d of found) {
    const c = named[d.mention]!.chain!;
    if (titleOnly[d.mention]) continue;
    const list = words.get(c) ?? [];
    list.push(new Set(roleKey(d.text).split(' ')));
    words.set(c, list);
  }
  for (let i = 0; i < named.length; i++) {
    if (!titleOnly[i]) continue;
    const m = named[i]!;
    const want = roleKey(m.text).split(' ').filter(Boolean);
    if (want.length === 0) continue;
    const fits = [...words.entries()].filter(([, sets]) => sets.some((set) => want.every((w) => set.has(w)))).map(([c]) => c);
    if (fits.length === 1) named[i] = { ...m, chain: fits[0]!, via: m.via ?? 'title' };
  }
}

/** Words before a product name that make it a thing, not its maker ("the Zphone", "an Zphone"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'your', 'my', 'our']);

export interface DescribedDoc {
  mentions: EntityMention[];
  descriptors: Descriptor[];
}

/** Index of the token that starts at `offset`, or -1. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === offset ? lo : -1;
}

/**
 * A mention with its chain, built field by field: one object shape for every mention, which keeps the later
 * loops fast (a spread of mixed shapes is slow). Carries every EntityMention field.
 */
function withChain(m: EntityMention, chain: number): EntityMention {
  const out: EntityMention = {
    type: m.type, text: m.text, start: m.start, end: m.end, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, chain, via: m.via,
  };
  if (m.via === undefined) delete out.via;
  return out;
}

/** Scratch flags per token, reused from article to article (cleared before each use). */
let scratch = new Uint8Array(4096);

function takenFlags(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  scratch.fill(0, 0, n);
  return scratch;
}

function cover(taken: Uint8Array, start: number, end: number): void {
  for (let t = start; t < end; t++) taken[t] = 1;
}

/** Descriptor texts and type of each chain, for the role-noun rule. */
function chainTexts(named: readonly EntityMention[], found: readonly Descriptor[], chainCount: number): ChainTexts {
  const descriptors: string[][] = [];
  for (let c = 0; c < chainCount; c++) descriptors.push([]);
  const types: string[] = new Array(chainCount).fill('other');
  for (const m of named) if (m.type !== 'other' || types[m.chain!] === 'other') types[m.chain!] = m.type;
  for (const d of found) descriptors[named[d.mention]!.chain!]!.push(d.text);
  return { descriptors, types };
}

const byOffset = (a: EntityMention, b: EntityMention): number => a.start - b.start || b.end - a.end;
const byStartThenMention = (a: Descriptor, b: Descriptor): number => a.start - b.start || a.mention - b.mention;

/**
 * `list` sorted by `order` (a stable sort), in place. Lists here mostly come in order already: one pass checks that
 * and skips the sort, which would give the same list.
 */
function sortedBy<T>(list: T[], order: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1]!, list[i]!) > 0) return list.sort(order);
  return list;
}

export function describe(doc: Doc): DescribedDoc {
  const given = sortedBy(cleanMentions(doc, (doc.mentions ?? []).filter((m) => m.tokenEnd > m.tokenStart)), byOffset);
  const count = given.length;
  const determined: boolean[] = new Array(count);
  const infos: TextInfo[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const m = given[i]!;
    determined[i] = DETERMINERS.has(doc.tokens[m.tokenStart - 1]?.norm ?? '');
    infos[i] = textInfo(m.text);
  }
  const chains = assignChains(given, determined, infos);
  const named: EntityMention[] = new Array(count);
  for (let i = 0; i < count; i++) named[i] = withChain(given[i]!, chains[i]!);

  // Mentions run in text order, and so do sentences: walk both together.
  const found: Descriptor[] = [];
  const sentences = doc.sentences;
  let si = 0;
  for (let i = 0; i < named.length; i++) {
    const m = named[i]!;
    while (si < sentences.length && sentences[si]!.tokenEnd <= m.tokenStart) si++;
    const s = sentences[si];
    if (!s || s.tokenStart > m.tokenStart) continue;
    const title = titleBefore(doc, m, i, s.tokenStart);
    if (title) found.push(title);
    const before = appositionBefore(doc, m, i, s.tokenStart);
    if (before) found.push(before);
    const after = appositionAfter(doc, m, i, s.tokenEnd);
    if (after) found.push(after);
  }

  linkTitleOnly(named, found, infos);
  let chainCount = 0;
  for (const m of named) if (m.chain! + 1 > chainCount) chainCount = m.chain! + 1;
  const taken = takenFlags(doc.tokens.length);
  for (const m of named) cover(taken, m.tokenStart, m.tokenEnd);
  for (const d of found) {
    const a = tokenStartingAt(doc.tokens, d.start);
    if (a < 0) continue;
    let b = a;
    while (b < doc.tokens.length && doc.tokens[b]!.end <= d.end) b++;
    cover(taken, a, b);
  }
  const roleNouns = findRoleNouns(doc, taken, () => chainTexts(named, found, chainCount));
  for (const r of roleNouns) cover(taken, r.mention.tokenStart, r.mention.tokenEnd);
  const groups = findGroups(doc, taken, chainCount);
  if (roleNouns.length === 0 && groups.length === 0) {
    return { mentions: named, descriptors: sortedBy(found, byStartThenMention) };
  }

  // Merge the two lists by offset and renumber descriptor mention indices.
  const all = [
    ...named.map((m, i) => ({ m, old: i, added: -1 })),
    ...roleNouns.map((r, k) => ({ m: r.mention, old: -1, added: k })),
    ...groups.map((g, k) => ({ m: g.mention, old: -1, added: roleNouns.length + k })),
  ].sort((a, b) => byOffset(a.m, b.m));
  const fromOld: number[] = new Array(named.length);
  const fromAdded: number[] = new Array(roleNouns.length + groups.length);
  all.forEach((x, n) => {
    if (x.old >= 0) fromOld[x.old] = n;
    else fromAdded[x.added] = n;
  });
  const descriptors: Descriptor[] = [
    ...found.map((d) => ({ ...d, mention: fromOld[d.mention]! })),
    ...roleNouns.map((r, k) => ({ ...r.descriptor, mention: fromAdded[k]! })),
    ...groups.flatMap((g, k) => g.descriptors.map((d) => ({ ...d, mention: fromAdded[roleNouns.length + k]! }))),
  ].sort((a, b) => a.start - b.start || a.mention - b.mention);
  return { mentions: all.map((x) => x.m), descriptors };
}
