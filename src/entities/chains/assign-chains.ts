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
import { nameParts, personCompatible } from '../lexicon/person-name.ts';
import { nameKey } from '../lexicon/name-key.ts';
import { acronymsOf, asAcronym } from '../lexicon/acronym.ts';
import { countryOf } from '../lexicon/demonyms.ts';

interface Chain {
  type: EntityType;
  /** Key lists of the multi-word person names in the chain. */
  persons: string[][];
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * `determined[i]` says mention i follows a determiner ("the Zphone"): products take one, makers do not ("Zorin
 * said"), so only such a short name may join a longer product name.
 */
export function assignChains(mentions: readonly EntityMention[], determined: readonly boolean[] = []): number[] {
  const chainOf: number[] = new Array(mentions.length).fill(-1);
  const chains: Chain[] = [];
  const bySurname = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  const byAcronym = new Map<string, number[]>();
  /** First and last word keys of multi-word organisation and other names ("f:acme", "l:airways"). */
  const byEdge = new Map<string, number[]>();
  const parts = mentions.map((m) => nameParts(m.text, m.type === 'person'));

  const open = (i: number): number => {
    chains.push({ type: mentions[i]!.type, persons: [] });
    return chains.length - 1;
  };
  const join = (i: number, c: number): void => {
    chainOf[i] = c;
    const m = mentions[i]!;
    const chain = chains[c]!;
    if (chain.type === 'other' && m.type !== 'other') chain.type = m.type;
    const p = parts[i]!;
    const key = nameKey(m.text);
    if (!(byKey.get(key) ?? []).includes(c)) push(byKey, key, c);
    if (m.type === 'person' && p.keys.length >= 2) {
      chain.persons.push(p.keys);
      const last = p.keys[p.keys.length - 1]!;
      if (!(bySurname.get(last) ?? []).includes(c)) push(bySurname, last, c);
      const first = p.keys[0]!;
      if (first.length > 1 && !(byFirst.get(first) ?? []).includes(c)) push(byFirst, first, c);
    } else if (p.words.length >= 2) {
      for (const a of acronymsOf(p.words)) if (!(byAcronym.get(a) ?? []).includes(c)) push(byAcronym, a, c);
      if (m.type === 'organization' || m.type === 'other') {
        for (const e of [`f:${p.keys[0]}`, `l:${p.keys[p.keys.length - 1]}`]) if (!(byEdge.get(e) ?? []).includes(c)) push(byEdge, e, c);
      }
    }
  };

  // Pass 1: names of two words or more.
  mentions.forEach((m, i) => {
    const p = parts[i]!;
    if (p.keys.length < 2) return;
    if (m.type === 'person') {
      const last = p.keys[p.keys.length - 1]!;
      const fits = (bySurname.get(last) ?? []).filter((c) => chains[c]!.persons.every((q) => personCompatible(q, p.keys)));
      join(i, fits.length === 1 ? fits[0]! : open(i));
      return;
    }
    const same = (byKey.get(nameKey(m.text)) ?? []).filter((c) => typesCompatible(chains[c]!.type, m.type));
    join(i, same.length === 1 ? same[0]! : open(i));
  });

  // Pass 2: one-word names.
  mentions.forEach((m, i) => {
    if (chainOf[i]! >= 0) return;
    const p = parts[i]!;
    const k = p.keys[0] ?? nameKey(m.text);
    const canBePerson = m.type === 'person' || m.type === 'other';
    const persons = (list: number[] | undefined): number[] => (list ?? []).filter((c) => chains[c]!.type === 'person');
    if (canBePerson && p.keys.length === 1) {
      const bySur = persons(bySurname.get(k));
      if (bySur.length === 1) return join(i, bySur[0]!);
      if (bySur.length === 0) {
        const byGiven = persons(byFirst.get(k));
        if (byGiven.length === 1) return join(i, byGiven[0]!);
      }
    }
    const acr = asAcronym(m.text);
    if (acr && m.type !== 'person') {
      const long = (byAcronym.get(acr) ?? []).filter((c) => typesCompatible(chains[c]!.type, m.type));
      if (long.length === 1) return join(i, long[0]!);
    }
    if (m.type === 'other' && determined[i] && p.keys.length === 1 && !(byKey.get(nameKey(m.text)) ?? []).length && !isQualifierWord(m.text)) {
      const edge = [...new Set([...(byEdge.get(`f:${k}`) ?? []), ...(byEdge.get(`l:${k}`) ?? [])])]
        .filter((c) => chains[c]!.type === m.type);
      if (edge.length === 1) return join(i, edge[0]!);
    }
    const same = (byKey.get(nameKey(m.text)) ?? []).filter((c) => typesCompatible(chains[c]!.type, m.type));
    join(i, same.length === 1 ? same[0]! : open(i));
  });

  // Number chains by first appearance in the text.
  const at: number[] = chains.map(() => Infinity);
  chainOf.forEach((c, j) => { at[c] = Math.min(at[c]!, mentions[j]!.start); });
  const order = chains.map((_, i) => ({ i, at: at[i]! }));
  order.sort((a, b) => a.at - b.at || a.i - b.i);
  const renumber = new Map(order.map((o, n) => [o.i, n]));
  return chainOf.map((c) => renumber.get(c)!);
}
