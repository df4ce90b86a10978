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
import { TYPED } from '../chains/clean-mentions.ts';

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
  /** Keys of short forms this chain uses for one of its longer names ("acme" beside "Acme Computer"). */
  shortKeys: Set<string>;
  /** Votes this unit casts for its type: its mentions, those typed by a list or context counted more. */
  weight: number;
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

/** Weight of a mention whose type a list or its context decided (via 'typed'), against the tagger's guess. */
const TYPED_WEIGHT = 5;

/**
 * The type of a name by corpus-wide vote. Each unit votes for its type with its mentions (typed ones count
 * more); a full person name also votes "person" for its surname. A unit with one name key takes the winning type
 * when it has at least twice the votes of the unit's own type: "Smith" tagged ORG once and PER twenty times is a
 * person; "Sarn" after "the river" twice and tagged ORG three times is a place; "Acme Computer" tagged PER once and
 * ORG five times is a body.
 */
function retypeByVote(units: Unit[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (key: string, type: EntityType, n: number): void => {
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(type, (v.get(type) ?? 0) + n);
    votes.set(key, v);
  };
  for (const u of units) {
    if (u.type === 'person' && u.person.length >= 2) vote(u.person[u.person.length - 1]!, 'person', u.mentions.length);
    if (u.keys.size === 1 && u.type !== 'other') vote([...u.keys][0]!, u.type, u.weight);
  }
  for (const u of units) {
    if (u.keys.size !== 1) continue;
    const v = votes.get([...u.keys][0]!);
    if (!v) continue;
    let best: EntityType = u.type;
    let n = 0;
    for (const [t, c] of v) if (c > n) { best = t; n = c; }
    if (best !== u.type && n >= 2 * (v.get(u.type) ?? 0)) u.type = best;
  }
}

/**
 * Names of the outlets: each article's outlet, and "Copyright <Name>" credit lines. A name that is an outlet is an
 * organisation wherever it appears.
 */
function outletKeys(docs: readonly Doc[]): Set<string> {
  const keys = new Set<string>();
  for (const d of docs) {
    if (d.meta.outlet) keys.add(nameKey(d.meta.outlet));
    for (const c of d.meta.credits) {
      const m = /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s+)?([^.,;]+)/i.exec(c.trim());
      if (m && /\p{Lu}/u.test(m[1]!)) keys.add(nameKey(m[1]!.trim()));
    }
  }
  keys.delete('');
  return keys;
}

/**
 * Keys of the forms that, in this chain, only shorten a longer name written beside them ("Acme" beside "Acme
 * Computer", "Zphone" beside "Zphone 4"): in this article they mean the long name, but elsewhere the same short name
 * may mean another one, so they do not link this chain to others by themselves (see `shortKeys`).
 */
function shortFormKeys(forms: readonly string[]): string[] {
  const words = [...new Set(forms)].map((f) => nameWords(f).map((w) => w.toLowerCase()));
  const out: string[] = [];
  for (const w of words) {
    const longer = words.some((v) => v.length > w.length
      && (w.every((x, i) => v[i] === x) || w.every((x, i) => v[v.length - w.length + i] === x)));
    if (longer) out.push(nameKey(w.join(' ')));
  }
  return out;
}

export function buildUnits(docs: readonly Doc[]): Unit[] {
  const units: Unit[] = [];
  const outlets = outletKeys(docs);
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
      const shortKeys = new Set<string>();
      // Products only: organisations never chain by a short form within an article (see assign-chains.ts).
      if (type === 'other') for (const k of shortFormKeys(forms)) { keys.delete(k); shortKeys.add(k); }
      const weight = ms.reduce((n, m) => n + (m.via === TYPED ? TYPED_WEIGHT : 1), 0);
      const unit: Unit = { index: units.length, doc: d, chain, type, mentions: idx, forms, keys, person, acronyms, asAcronyms, weight, shortKeys };
      if ([...keys].some((k) => outlets.has(k))) {
        unit.type = 'organization';
        unit.weight = ms.length * TYPED_WEIGHT;
      }
      units.push(unit);
    }
  });
  retypeByVote(units);
  return units;
}
