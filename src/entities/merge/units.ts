/**
 * Chains of every article as merge units: one unit per (article, chain), with its type, name forms and the keys
 * the cross-article rules compare. Role-noun mentions belong to their unit but give no name.
 */
import type { EntityType } from '../../brief/types.ts';
import type { Doc } from '../../doc/types.ts';
import { isTitleOnly, nameParts, specificity } from '../lexicon/person-name.ts';
import { nameKey } from '../lexicon/name-key.ts';
import { nameWords, stripPossessive } from '../lexicon/word-key.ts';
import { acronymsOf, asAcronym } from '../lexicon/acronym.ts';

export interface Unit {
  /** Position in the unit list (article order, then chain order). */
  index: number;
  doc: number;
  chain: number;
  type: EntityType;
  /** Indices into the doc's mentions. */
  mentions: number[];
  /** Name forms as written, titles and possessives removed, in text order (repeats kept for counting). */
  forms: string[];
  /** nameKey of every form. */
  keys: Set<string>;
  /** Word keys of the most specific person name, or []. */
  person: string[];
  /** Acronyms the long forms abbreviate to. */
  acronyms: Set<string>;
  /** Acronym keys of the forms that are acronyms ("NATO" → "nato"). */
  asAcronyms: Set<string>;
}

function majorityType(types: EntityType[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const t of types) if (t !== 'other') counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: EntityType = 'other';
  let n = 0;
  for (const t of types) {
    const c = counts.get(t) ?? 0;
    if (c > n) { best = t; n = c; }
  }
  return best;
}

/**
 * A one-word name the tagger typed as a place or body in one article and as a person far more often in the
 * corpus (alone or as a surname) is read as the person: "Smith" tagged ORG once, PER twenty times.
 */
function retypeByVote(units: Unit[]): void {
  const votes = new Map<string, { person: number; other: number }>();
  const vote = (key: string, person: boolean, n: number): void => {
    const v = votes.get(key) ?? { person: 0, other: 0 };
    if (person) v.person += n;
    else v.other += n;
    votes.set(key, v);
  };
  for (const u of units) {
    if (u.type === 'person' && u.person.length >= 2) vote(u.person[u.person.length - 1]!, true, u.mentions.length);
    else if (u.keys.size === 1 && u.type !== 'other') vote([...u.keys][0]!, u.type === 'person', u.mentions.length);
  }
  for (const u of units) {
    if (u.type === 'person' || u.type === 'other' || u.keys.size !== 1) continue;
    const v = votes.get([...u.keys][0]!);
    if (v && v.person > 2 * v.other) u.type = 'person';
  }
}

export function buildUnits(docs: readonly Doc[]): Unit[] {
  const units: Unit[] = [];
  docs.forEach((doc, d) => {
    const byChain = new Map<number, number[]>();
    (doc.mentions ?? []).forEach((m, i) => {
      const c = m.chain ?? -1 - i;
      const list = byChain.get(c);
      if (list) list.push(i);
      else byChain.set(c, [i]);
    });
    const chains = [...byChain.entries()].sort((a, b) => a[1][0]! - b[1][0]!);
    for (const [chain, idx] of chains) {
      const ms = idx.map((i) => doc.mentions![i]!);
      const type = majorityType(ms.map((m) => m.type));
      const named = ms.filter((m) => m.via !== 'role-noun' && !(m.type === 'person' && isTitleOnly(m.text)));
      const forms: string[] = [];
      const keys = new Set<string>();
      const acronyms = new Set<string>();
      const asAcronyms = new Set<string>();
      let person: string[] = [];
      for (const m of named) {
        const p = nameParts(m.text, type === 'person');
        if (p.words.length === 0) continue;
        const whole = nameWords(m.text).length === p.words.length;
        const form = whole ? stripPossessive(m.text.trim()) : p.words.join(' ');
        forms.push(form);
        keys.add(nameKey(form));
        if (type === 'person' && specificity(p.keys) > specificity(person)) person = p.keys;
        for (const a of acronymsOf(p.words)) acronyms.add(a);
        const acr = asAcronym(form);
        if (acr) asAcronyms.add(acr);
      }
      units.push({ index: units.length, doc: d, chain, type, mentions: idx, forms, keys, person, acronyms, asAcronyms });
    }
  });
  retypeByVote(units);
  return units;
}
