/**
 * Merge units (article chains) into entities, each merge with its rule. Rules, in order:
 *  1. same-name / spelling-variant: equal name keys (a person by the key of its fullest name, other kinds by any
 *     of their names, products also in the plural and without their maker's name), types compatible;
 *  2. same-person: full person names with the same surname key, first names equal or initials, middle names not
 *     contradicting; a name that fits two different people is left alone;
 *  3. surname: a one-word person name joins the one person with that surname; two candidates → left alone;
 *  4. acronym: "NATO" joins the one long name it abbreviates;
 *  5. short-form: an organisation or other name that begins or ends a longer name of the same type joins it when
 *     exactly one such longer name exists ("Northrop" → "Northrop Grumman"), or when several do but one of them
 *     shares its articles with the short name at least three times as often as all the others together;
 *     places never (Sudan/South Sudan);
 *  6. demonym: a one-word demonym ("Indonesian") joins its country when the country is an entity.
 * Blocking keys (name key, surname key, acronym) keep the work near-linear: units are only compared inside a block.
 */
import { typesCompatible } from '../chains/assign-chains.ts';
import { personCompatible, specificity } from '../lexicon/person-name.ts';
import type { Unit } from './units.ts';
import { nameKey } from '../lexicon/name-key.ts';
import { DEMONYMS } from '../lexicon/demonyms.ts';
import { ROLE_HEADS } from '../lexicon/titles.ts';
import { GAZETTEER, GAZ_ORG_END } from '../ner/gazetteer.ts';

/** How many more articles one long name must share with its short name than all the other long names together. */
const SHORT_FORM_DOMINANCE = 3;

/** "Ministry", "Council": a body's common head word is no one body's short name, however often they meet. */
const isGenericHead = (key: string): boolean => ((GAZETTEER.get(key) ?? 0) & GAZ_ORG_END) !== 0;

export interface MergeReason {
  from: string;
  to: string;
  rule: 'same-name' | 'spelling-variant' | 'same-person' | 'initials' | 'surname' | 'acronym' | 'short-form' | 'demonym';
}

export interface Clustering {
  /** Cluster representative of each unit. */
  root: number[];
  /** Reasons by representative. */
  reasons: Map<number, MergeReason[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The fullest name of a unit, for explanations. */
const label = (u: Unit): string =>
  u.forms.reduce((best, f) => (f.split(' ').length > best.split(' ').length ? f : best), u.forms[0] ?? `chain ${u.chain}`);

export function clusterUnits(units: readonly Unit[]): Clustering {
  const parent = units.map((u) => u.index);
  const reasons = new Map<number, MergeReason[]>();
  const clusterType = units.map((u) => u.type);
  const members = new Map<number, Unit[]>(units.map((u) => [u.index, [u]]));
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
    return i;
  };
  const union = (a: Unit, b: Unit, rule: MergeReason['rule'], names?: [from: string, to: string]): void => {
    const ra = find(a.index);
    const rb = find(b.index);
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    // Appended in place: copying the list at every union would be quadratic in the size of a large entity.
    let moved = reasons.get(keep);
    if (!moved) reasons.set(keep, (moved = []));
    for (const r of reasons.get(drop) ?? []) moved.push(r);
    moved.push({ from: names?.[0] ?? label(b), to: names?.[1] ?? label(a), rule });
    reasons.delete(drop);
    const into = members.get(keep)!;
    for (const v of members.get(drop)!) into.push(v);
    members.delete(drop);
    if (clusterType[keep] === 'other') clusterType[keep] = clusterType[drop]!;
  };
  /** One unit per cluster among `list`, remembered per key so a block is scanned once, not once per query. */
  const repsMemo = new Map<string, Unit[]>();
  const reps = (memo: string, list: readonly Unit[]): Unit[] => {
    let r = repsMemo.get(memo);
    if (!r) {
      const seen = new Map<number, Unit>();
      for (const u of list) if (!seen.has(find(u.index))) seen.set(find(u.index), u);
      r = [...seen.values()];
      repsMemo.set(memo, r);
    }
    const live = new Map<number, Unit>();
    for (const u of r) if (!live.has(find(u.index))) live.set(find(u.index), u);
    return [...live.values()];
  };
  const compatible = (a: Unit, b: Unit): boolean => typesCompatible(clusterType[find(a.index)]!, clusterType[find(b.index)]!);

  // 1. Equal name keys. A product named after its maker is also known without it ("Acme X200" is "X200" when
  // Acme is an organisation in the corpus).
  const makers = new Set<string>();
  for (const u of units) if (u.type === 'organization') for (const k of u.keys) if (!k.includes(' ')) makers.add(k);
  const byKey = new Map<string, Unit[]>();
  const plurals = new Set(units.flatMap((u) => u.forms.filter((f) => /[^sS]s$/.test(f)).map(nameKey)));
  for (const u of units) {
    if (u.type === 'person' && u.person.length >= 2) push(byKey, `p:${u.person.join(' ')}`, u);
    else if (u.type === 'person' || u.forms.length === 0) { if (u.keys.size) push(byKey, `p:${[...u.keys][0]}`, u); }
    else for (const k of u.keys) {
      push(byKey, `n:${k}`, u);
      // Products in the plural ("A380s", "iPods") are the product.
      // A capital S is part of the model ("3GS"), not a plural.
      if (u.type === 'other' && k.length > 3 && plurals.has(k)) push(byKey, `n:${k.slice(0, -1)}`, u);
      const space = k.indexOf(' ');
      if (u.type === 'other' && space > 0 && makers.has(k.slice(0, space))) push(byKey, `n:${k.slice(space + 1)}`, u);
    }
  }
  for (const block of byKey.values()) {
    let person: Unit | undefined;
    let thing: Unit | undefined;
    let other: Unit | undefined;
    for (const u of block) {
      const target = u.type === 'person' ? person ?? other : u.type === 'other' ? block[0] : thing ?? other;
      if (target && target !== u && compatible(target, u)) {
        const shared = u.forms.find((f) => target.forms.includes(f));
        if (shared !== undefined) union(target, u, 'same-name', [shared, shared]);
        else {
          // Name the two spellings that met: forms with one key ("Yuliya Korenko" → "Yulia Korenko").
          const pair = u.forms.flatMap((f) => target.forms.filter((g) => nameKey(g) === nameKey(f)).map((g) => [f, g] as [string, string]))[0];
          union(target, u, 'spelling-variant', pair);
        }
      }
      if (u.type === 'person') person ??= u;
      else if (u.type === 'other') other ??= u;
      else thing ??= u;
    }
  }

  // 2. Full person names by surname.
  const bySurname = new Map<string, Unit[]>();
  for (const u of units) if (u.type === 'person' && u.person.length >= 2) push(bySurname, u.person[u.person.length - 1]!, u);
  for (const block of bySurname.values()) {
    // One profile per distinct full name: rule 1 already put equal names in one cluster.
    const profiles = new Map<string, Unit>();
    for (const u of block) if (!profiles.has(u.person.join(' '))) profiles.set(u.person.join(' '), u);
    const order = [...profiles.values()].sort((a, b) => specificity(b.person) - specificity(a.person) || a.index - b.index);
    const namesOf = new Map<number, Unit[]>();
    for (const u of order) {
      const roots = new Set<number>();
      for (const [r, names] of namesOf) if (names.some((v) => personCompatible(v.person, u.person))) roots.add(find(r));
      const fits = [...roots].filter((r) => (namesOf.get(r) ?? []).every((v) => personCompatible(v.person, u.person)));
      if (fits.length === 1 && roots.size === 1) {
        const target = namesOf.get(fits[0]!)![0]!;
        const initials = u.person.some((k) => k.length === 1) || target.person.some((k) => k.length === 1);
        union(target, u, initials ? 'initials' : 'same-person');
      }
      const r = find(u.index);
      const before = [...namesOf.keys()].filter((x) => find(x) === r);
      const merged = before.flatMap((x) => namesOf.get(x)!);
      for (const x of before) namesOf.delete(x);
      namesOf.set(r, [...merged, u]);
    }
  }

  // 3. One-word person names by surname.
  for (const u of units) {
    if (!(u.type === 'person' || u.type === 'other') || u.person.length >= 2 || u.keys.size !== 1) continue;
    const k = [...u.keys][0]!;
    if (k.includes(' ')) continue;
    const roots = reps(`s:${k}`, bySurname.get(k) ?? []);
    if (roots.length === 1) union(roots[0]!, u, 'surname');
  }

  // 4. Acronyms.
  const byAcronym = new Map<string, Unit[]>();
  for (const u of units) if (u.type !== 'person') for (const a of u.acronyms) push(byAcronym, a, u);
  for (const u of units) {
    if (u.type === 'person') continue;
    for (const a of u.asAcronyms) {
      const roots = reps(`a:${a}`, byAcronym.get(a) ?? []).filter((v) => compatible(v, u));
      if (roots.length === 1) union(roots[0]!, u, 'acronym');
    }
  }

  // 5. Short forms of organisation and other names.
  const byFirst = new Map<string, { u: Unit; words: string[] }[]>();
  const byLast = new Map<string, { u: Unit; words: string[] }[]>();
  const indexed = new Set<string>();
  for (const u of units) {
    if (u.type !== 'organization' && u.type !== 'other') continue;
    for (const k of u.keys) {
      const words = k.split(' ');
      if (words.length < 2 || words.some((w) => ROLE_HEADS.has(w))) continue;
      // Equal keys of one type are one cluster after rule 1: index each once.
      if (indexed.has(`${u.type}:${k}`)) continue;
      indexed.add(`${u.type}:${k}`);
      push(byFirst, `${u.type}:${words[0]}`, { u, words });
      push(byLast, `${u.type}:${words[words.length - 1]}`, { u, words });
    }
  }
  const countries = new Set(DEMONYMS.values());
  const asked = new Set<string>();
  const docsWithKey = new Map<string, Set<number>>();
  for (const u of units) for (const k of u.keys) {
    const set = docsWithKey.get(k) ?? new Set<number>();
    set.add(u.doc);
    docsWithKey.set(k, set);
  }
  for (const u of units) {
    if (u.type !== 'organization' && u.type !== 'other') continue;
    for (const k of u.keys) {
      if (asked.has(`${u.type}:${k}`)) continue;
      asked.add(`${u.type}:${k}`);
      // A country, a demonym or a compass adjective is not a short name of a body ("US", "Western").
      if (countries.has(k) || DEMONYMS.has(k) || /^[a-z]+(?:ern|ean|ian)$/.test(k)) continue;
      const words = k.split(' ');
      const starts = (byFirst.get(`${u.type}:${words[0]}`) ?? []).filter((x) => x.words.length > words.length && words.every((w, i) => x.words[i] === w));
      const ends = (byLast.get(`${u.type}:${words[words.length - 1]}`) ?? []).filter((x) => x.words.length > words.length && words.every((w, i) => x.words[x.words.length - words.length + i] === w));
      const longer = [...starts, ...ends];
      const own = find(u.index);
      const roots = [...new Set(longer.map((x) => find(x.u.index)))].filter((r) => r !== own);
      const inside = longer.some((x) => find(x.u.index) === own);
      if (inside) continue;
      let target = roots.length === 1 ? roots[0]! : -1;
      if (roots.length > 1 && !isGenericHead(k)) {
        // Ambiguous: the long name whose articles also write the short name, far more often than the others'.
        const shortDocs = docsWithKey.get(k) ?? new Set<number>();
        const uses = roots.map((r) => new Set((members.get(r) ?? []).filter((v) => v.shortKeys.has(k) || shortDocs.has(v.doc)).map((v) => v.doc)).size);
        const best = Math.max(...uses);
        const rest = uses.reduce((a, b) => a + b, 0) - best;
        if (best > 0 && best >= SHORT_FORM_DOMINANCE * rest && uses.filter((x) => x === best).length === 1) target = roots[uses.indexOf(best)]!;
      }
      if (target >= 0) union(longer.find((x) => find(x.u.index) === target)!.u, u, 'short-form');
    }
  }

  // 6. Demonyms join their country.
  const places = new Map<string, Unit[]>();
  for (const u of units) if (u.type === 'place' || u.type === 'other') for (const k of u.keys) push(places, k, u);
  for (const u of units) {
    if (u.type === 'person' || u.keys.size !== 1) continue;
    const country = DEMONYMS.get([...u.keys][0]!);
    if (!country) continue;
    const roots = reps(`d:${country}`, (places.get(country) ?? []).filter((v) => v.type === 'place'));
    if (roots.length === 1) union(roots[0]!, u, 'demonym');
  }

  return { root: units.map((u) => find(u.index)), reasons };
}
