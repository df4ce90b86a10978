/**
 * Mentions of one article → chain index per mention (same person, body or place within the article).
 * Pass 1 takes names of two words or more: a person joins the one earlier chain whose names are compatible
 * (same surname, first names equal or initials), and starts a new chain when none or several are. Other names
 * join a chain with the same name key. Pass 2 takes one-word names: a surname joins the one person chain with
 * that surname; a bare first name joins only when exactly one person in the article has it; an acronym joins the
 * one long name it abbreviates; a one-word product or other name after a determiner ("the Zphone") joins the one
 * longer such name in the article that begins or ends with it ("Zphone 4"); a maker ("Zorin said") never does. Organisations
 * do not: "Acme" beside "Acme Records" may still mean the larger Acme, which the corpus rules decide. Otherwise
 * equal keys share a chain. Linear in mentions for all practical inputs (lookups by key).
 */
import type { EntityType } from '../../brief/types.ts';
import type { EntityMention } from '../../doc/types.ts';
import { nameParts as nameParts_, personCompatible as personCompatible_, type NameParts } from '../lexicon/person-name.ts';
import { nameKey as nameKey_ } from '../lexicon/name-key.ts';
import { acronymsOf as acronymsOf_ } from '../lexicon/acronym.ts';
import { countryOf as countryOf_ } from '../lexicon/demonyms.ts';
import { memo as memo_ } from '../lexicon/memo.ts';
import { acronymOf as acronymOf_, keyOf as keyOf_, partsOf as partsOf_, textInfo as textInfo_, type TextInfo } from './text-info.ts';
// Local copies: imported bindings compile to property getters (tsx/CommonJS), slow in per-token loops.
const nameParts = nameParts_;
const personCompatible = personCompatible_;
const nameKey = nameKey_;
const acronymsOf = acronymsOf_;
const countryOf = countryOf_;
const memo = memo_;
const acronymOf = acronymOf_, keyOf = keyOf_, partsOf = partsOf_, textInfo = textInfo_;

interface Chain {
  type: EntityType;
  /** Key lists of the multi-word person names in the chain, each once. */
  persons: (readonly string[])[];
}

/** Types that may share a chain: equal, or either unsure; a person never joins a place or a body. */
export function typesCompatible(a: EntityType, b: EntityType): boolean {
  if (a === b || a === 'other' || b === 'other') return true;
  return a !== 'person' && b !== 'person';
}

/** A demonym, a country or a compass adjective qualifies a longer name; it is never its short form ("Western"). */
function isQualifierWord(text: string): boolean {
  const k = nameKey(text);
  return countryOf(text) !== null || /^[a-z]+(?:ern|ean|ian|ish|ese)$/.test(k);
}

/** Adds `value` to the list under `key` unless it is there already. */
function pushNew(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

const NONE: readonly number[] = [];

const personAcronyms = memo((text: string): readonly string[] => acronymsOf(nameParts(text, true).words));
const otherAcronyms = memo((text: string): readonly string[] => acronymsOf(nameParts(text, false).words));

/** Acronyms of a mention's name words ("North Atlantic Treaty Organization" → "nato"), remembered per text. */
function acronymsOfName(text: string, isPerson: boolean): readonly string[] {
  return isPerson ? personAcronyms(text) : otherAcronyms(text);
}

/** Lookups of one article's chains by key; built as mentions join. */
class ChainIndex {
  readonly chainOf: number[];
  readonly chains: Chain[] = [];
  readonly bySurname = new Map<string, number[]>();
  readonly byFirst = new Map<string, number[]>();
  readonly byKey = new Map<string, number[]>();
  readonly byAcronym = new Map<string, number[]>();
  /** First and last word keys of multi-word organisation and other names ("f:acme", "l:airways"). */
  readonly byEdge = new Map<string, number[]>();

  /** Which lookups pass 2 will ask: the others are not built. */
  needFirst = true;
  needAcronyms = true;
  needEdges = true;

  constructor(
    readonly mentions: readonly EntityMention[],
    readonly parts: readonly NameParts[],
    readonly keys: readonly string[],
  ) {
    this.chainOf = new Array(mentions.length).fill(-1);
  }

  open(i: number): number {
    this.chains.push({ type: this.mentions[i]!.type, persons: [] });
    return this.chains.length - 1;
  }

  join(i: number, c: number): void {
    this.chainOf[i] = c;
    const m = this.mentions[i]!;
    const chain = this.chains[c]!;
    if (chain.type === 'other' && m.type !== 'other') chain.type = m.type;
    const p = this.parts[i]!;
    pushNew(this.byKey, this.keys[i]!, c);
    if (m.type === 'person' && p.keys.length >= 2) {
      // The same name gives the same key list (nameParts remembers it): keep one of each.
      if (!chain.persons.includes(p.keys)) chain.persons.push(p.keys);
      pushNew(this.bySurname, p.keys[p.keys.length - 1]!, c);
      const first = p.keys[0]!;
      if (this.needFirst && first.length > 1) pushNew(this.byFirst, first, c);
    } else if (p.words.length >= 2) {
      if (this.needAcronyms) for (const a of acronymsOfName(m.text, m.type === 'person')) pushNew(this.byAcronym, a, c);
      if (this.needEdges && (m.type === 'organization' || m.type === 'other')) {
        pushNew(this.byEdge, `f:${p.keys[0]}`, c);
        pushNew(this.byEdge, `l:${p.keys[p.keys.length - 1]}`, c);
      }
    }
  }

  /** The one chain in `list` whose type fits `type`, else -1 (none or several). */
  oneCompatible(list: readonly number[] | undefined, type: EntityType): number {
    let found = -1;
    for (const c of list ?? NONE) {
      if (!typesCompatible(this.chains[c]!.type, type)) continue;
      if (found >= 0) return -1;
      found = c;
    }
    return found;
  }

  /** How many person chains `list` holds, and the last one. */
  personsIn(list: readonly number[] | undefined): { count: number; last: number } {
    let count = 0;
    let last = -1;
    for (const c of list ?? NONE) if (this.chains[c]!.type === 'person') { count++; last = c; }
    return { count, last };
  }
}

/**
 * The last index built, kept reachable: V8 holds the hidden classes of a class's instances only while one lives,
 * and a full collection with none alive throws away the optimised code of every function that reads them (it then
 * runs slowly until compiled again). One live instance keeps them.
 */
let lastIndex: ChainIndex | null = null;

/**
 * `determined[i]` says mention i follows a determiner ("the Zphone"): products take one, makers do not ("Zorin
 * said"), so only such a short name may join a longer product name.
 */
export function assignChains(
  mentions: readonly EntityMention[], determined: readonly boolean[] = [], infos?: readonly TextInfo[],
): number[] {
  const n = mentions.length;
  const parts: NameParts[] = new Array(n);
  const keys: string[] = new Array(n);
  const acronyms: (string | null)[] = new Array(n);
  let needFirst = false, needAcronyms = false, needEdges = false;
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    const info = infos ? infos[i]! : textInfo(m.text);
    const p = partsOf(info, m.type === 'person');
    parts[i] = p;
    keys[i] = keyOf(info);
    const a = m.type !== 'person' ? acronymOf(info) : null;
    acronyms[i] = a;
    if (a !== null) needAcronyms = true;
    if ((m.type === 'person' || m.type === 'other') && p.keys.length === 1) needFirst = true;
    if (m.type === 'other' && determined[i] && p.keys.length === 1) needEdges = true;
  }
  const ix = new ChainIndex(mentions, parts, keys);
  lastIndex = ix;
  const { chainOf, chains } = ix;
  ix.needFirst = needFirst;
  ix.needAcronyms = needAcronyms;
  ix.needEdges = needEdges;

  // Pass 1: names of two words or more.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const p = parts[i]!;
    if (p.keys.length < 2) continue;
    if (m.type === 'person') {
      const last = p.keys[p.keys.length - 1]!;
      let fit = -1;
      let fits = 0;
      for (const c of ix.bySurname.get(last) ?? NONE) {
        if (chains[c]!.persons.every((q) => personCompatible(q, p.keys))) { fit = c; fits++; }
      }
      ix.join(i, fits === 1 ? fit : ix.open(i));
      continue;
    }
    const same = ix.oneCompatible(ix.byKey.get(keys[i]!), m.type);
    ix.join(i, same >= 0 ? same : ix.open(i));
  }

  // Pass 2: one-word names.
  for (let i = 0; i < mentions.length; i++) {
    if (chainOf[i]! >= 0) continue;
    const m = mentions[i]!;
    const p = parts[i]!;
    const k = p.keys[0] ?? keys[i]!;
    const canBePerson = m.type === 'person' || m.type === 'other';
    if (canBePerson && p.keys.length === 1) {
      const bySur = ix.personsIn(ix.bySurname.get(k));
      if (bySur.count === 1) { ix.join(i, bySur.last); continue; }
      if (bySur.count === 0) {
        const byGiven = ix.personsIn(ix.byFirst.get(k));
        if (byGiven.count === 1) { ix.join(i, byGiven.last); continue; }
      }
    }
    const acr = acronyms[i];
    if (acr) {
      const long = ix.oneCompatible(ix.byAcronym.get(acr), m.type);
      if (long >= 0) { ix.join(i, long); continue; }
    }
    if (m.type === 'other' && determined[i] && p.keys.length === 1 && !ix.byKey.get(keys[i]!)?.length && !isQualifierWord(m.text)) {
      const edge = [...new Set([...(ix.byEdge.get(`f:${k}`) ?? []), ...(ix.byEdge.get(`l:${k}`) ?? [])])]
        .filter((c) => chains[c]!.type === m.type);
      if (edge.length === 1) { ix.join(i, edge[0]!); continue; }
    }
    const same = ix.oneCompatible(ix.byKey.get(keys[i]!), m.type);
    ix.join(i, same >= 0 ? same : ix.open(i));
  }

  // Number chains by first appearance in the text.
  const at: number[] = new Array(chains.length).fill(Infinity);
  for (let j = 0; j < chainOf.length; j++) {
    const c = chainOf[j]!;
    if (mentions[j]!.start < at[c]!) at[c] = mentions[j]!.start;
  }
  const order = chains.map((_, i) => i).sort((a, b) => at[a]! - at[b]! || a - b);
  const renumber: number[] = new Array(chains.length);
  for (let n = 0; n < order.length; n++) renumber[order[n]!] = n;
  return chainOf.map((c) => renumber[c]!);
}
