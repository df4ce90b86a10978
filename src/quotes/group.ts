/**
 * Quotes from different articles that render one statement of one speaker (translated differently, shortened,
 * partly paraphrased) become one group. Quotes are blocked by speaker, and inside a block only quotes sharing a
 * content word are compared (an inverted index), so a thousand articles are no all-pairs problem.
 */
import type { BriefQuote, QuoteGroup } from '../brief/types.ts';
import { contentWords, normalised } from './stem.ts';
import { speakerKey } from './speaker-key.ts';

/** Content words two renderings must share at least. */
const MIN_SHARED = 3;
/** Share of the shorter rendering's content words found in the longer one. */
const MIN_OVERLAP = 0.6;
/** A word found in more quotes of a block than this is no evidence of a shared statement (index skip). */
const MAX_POSTINGS = 200;

export interface GroupInput {
  quote: BriefQuote;
  /** Entity id of the speaker when merging linked it. */
  entity: string | null;
  /** Name of that entity, when there is one. */
  entityName: string | null;
}

interface Prepared {
  i: number;
  keys: Set<string>;
  norm: string;
  words: { word: string; key: string }[];
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
  return i;
}

function sameStatement(a: Prepared, b: Prepared): boolean {
  let shared = 0;
  for (const k of a.keys) if (b.keys.has(k)) shared++;
  const smaller = Math.min(a.keys.size, b.keys.size);
  if (smaller > 0 && shared >= MIN_SHARED && shared / smaller >= MIN_OVERLAP) return true;
  // a partial quote inside a longer rendering joins it
  const [short, long] = a.norm.length <= b.norm.length ? [a, b] : [b, a];
  return short.keys.size >= 1 && short.norm.split(' ').length >= 2 && ` ${long.norm} `.includes(` ${short.norm} `);
}

/** A quote with no known speaker joins another article's rendering only on a near-verbatim match. */
const SPEAKERLESS_MIN_SHARED = 5;
const SPEAKERLESS_MIN_OVERLAP = 0.8;

function linkSpeakerless(inputs: readonly GroupInput[], prepared: Prepared[], parent: number[]): void {
  const speech = inputs.map((_, i) => i).filter((i) => inputs[i]!.quote.kind === 'speech');
  const orphans = speech.filter((i) => !speakerKey(inputs[i]!.entityName ?? inputs[i]!.quote.speakerName));
  if (orphans.length === 0) return;
  const postings = new Map<string, number[]>();
  for (const i of speech) for (const k of prepared[i]!.keys) {
    const list = postings.get(k) ?? [];
    list.push(i);
    postings.set(k, list);
  }
  for (const i of orphans) {
    const shared = new Map<number, number>();
    for (const k of prepared[i]!.keys) {
      const list = postings.get(k)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      if (inputs[j]!.quote.article === inputs[i]!.quote.article || n < SPEAKERLESS_MIN_SHARED) continue;
      if (n / Math.min(prepared[i]!.keys.size, prepared[j]!.keys.size) < SPEAKERLESS_MIN_OVERLAP) continue;
      parent[find(parent, i)] = find(parent, j);
    }
  }
}

export function groupQuotes(inputs: readonly GroupInput[]): { groups: QuoteGroup[]; groupOf: (string | null)[] } {
  const parent = inputs.map((_, i) => i);
  const blocks = new Map<string, number[]>();
  inputs.forEach((inp, i) => {
    if (inp.quote.kind !== 'speech') return;
    const key = speakerKey(inp.entityName ?? inp.quote.speakerName);
    if (!key) return;
    const list = blocks.get(key) ?? [];
    list.push(i);
    blocks.set(key, list);
  });
  const prepared = inputs.map((inp, i): Prepared => {
    const words = contentWords(inp.quote.text);
    return { i, words, keys: new Set(words.map((w) => w.key)), norm: normalised(inp.quote.text) };
  });
  for (const all of blocks.values()) {
    // word-for-word copies (syndication) join at once; only one of them goes on to be compared
    const byText = new Map<string, number>();
    const members: number[] = [];
    for (const i of all) {
      const first = byText.get(prepared[i]!.norm);
      if (first === undefined) { byText.set(prepared[i]!.norm, i); members.push(i); continue; }
      const compatible = (!inputs[i]!.entity || !inputs[first]!.entity || inputs[i]!.entity === inputs[first]!.entity)
        && inputs[i]!.quote.article !== inputs[first]!.quote.article;
      if (compatible) parent[find(parent, i)] = find(parent, first);
      else members.push(i);
    }
    const postings = new Map<string, number[]>();
    for (const i of members) for (const k of prepared[i]!.keys) {
      const list = postings.get(k) ?? [];
      list.push(i);
      postings.set(k, list);
    }
    for (const i of members) {
      const seen = new Set<number>();
      for (const k of prepared[i]!.keys) {
        const list = postings.get(k)!;
        if (list.length > MAX_POSTINGS) continue;
        for (const j of list) {
          if (j <= i || seen.has(j)) continue;
          seen.add(j);
          if (find(parent, i) === find(parent, j)) continue;
          const a = inputs[i]!;
          const b = inputs[j]!;
          if (a.quote.article === b.quote.article) continue;
          if (a.entity && b.entity && a.entity !== b.entity) continue;
          if (sameStatement(prepared[i]!, prepared[j]!)) parent[find(parent, j)] = find(parent, i);
        }
      }
    }
  }
  linkSpeakerless(inputs, prepared, parent);
  const byRoot = new Map<number, number[]>();
  inputs.forEach((_, i) => {
    const r = find(parent, i);
    const list = byRoot.get(r) ?? [];
    list.push(i);
    byRoot.set(r, list);
  });
  for (const [r, list] of byRoot) if (list.length < 2) byRoot.delete(r);
  const groupOf: (string | null)[] = inputs.map(() => null);
  const groups: QuoteGroup[] = [];
  const ordered = [...byRoot.values()].map((l) => l.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
  for (const members of ordered) {
    const id = `g${groups.length + 1}`;
    const entities = new Set(members.map((i) => inputs[i]!.entity).filter((e) => e !== null));
    const speaker = entities.size === 1 ? [...entities][0] ?? null : null;
    const differences = members.map((i) => {
      const others = new Set<string>();
      for (const j of members) if (j !== i) for (const k of prepared[j]!.keys) others.add(k);
      const only: string[] = [];
      for (const w of prepared[i]!.words) if (!others.has(w.key) && !only.includes(w.word)) only.push(w.word);
      return { quote: inputs[i]!.quote.id, only };
    });
    for (const i of members) groupOf[i] = id;
    groups.push({ id, speaker, quotes: members.map((i) => inputs[i]!.quote.id), differences });
  }
  return { groups, groupOf };
}
