/**
 * Do two statements assert the same thing? They must share a key (same actor doing the same kind of action with
 * the same polarity, or the same action over the same counted thing or object), agree on numbers and dates, not
 * contradict each other's polarity, and share enough content beyond that key for the kind of key they share:
 * "Putin will not attend" and "Putin has no plans to travel to Istanbul" are one fact; "Putin proposed talks" and
 * "Putin did not address the proposal" share no key; two long statements that share only "Putin … take part" are
 * two facts.
 */
import { compatible } from '../numbers/interval.ts';
import { stem } from './stem.ts';
import type { KeyStrength, Statement } from './statements.ts';

/** Content similarity needed, by the strongest key the two statements share. */
const THRESHOLD: Readonly<Record<KeyStrength, number>> = { strong: 0.3, weak: 0.45, generic: 0.55 };
export const LOWEST_THRESHOLD = Math.min(...Object.values(THRESHOLD));
/** Content words shared beyond the key itself, by strength (a denial is rarer than an assertion: one is enough). */
const RESIDUAL: Readonly<Record<KeyStrength, number>> = { strong: 2, weak: 2, generic: 3 };
const RESIDUAL_NEGATIVE = 1;
/** A denial with at most this many words beyond its key says nothing more than the key: it matches on it. */
const BARE = 1;

const RANK: Readonly<Record<KeyStrength, number>> = { generic: 1, weak: 2, strong: 3 };

/** Mean of Dice and overlap coefficients over content words: a short rendering inside a long one still scores. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  for (const w of small) if (large.has(w)) shared++;
  return ((2 * shared) / (a.size + b.size) + shared / small.size) / 2;
}

export interface SharedKeys {
  strength: KeyStrength;
  negative: boolean;
  /** The content words the shared keys are made of (actors, action classes, counted nouns). */
  atoms: Set<string>;
}

const atomCache = new Map<string, string[]>();

function atomsOf(key: string): string[] {
  const hit = atomCache.get(key);
  if (hit) return hit;
  const atoms = splitAtoms(key);
  if (atomCache.size < 200_000) atomCache.set(key, atoms);
  return atoms;
}

function splitAtoms(key: string): string[] {
  const [kind, rest] = [key.slice(0, 1), key.slice(2)];
  const parts = rest.split('|');
  if (kind === 's') return [parts[0]!, `v:${parts[1]}`];
  if (kind === 'q') return [parts[0]!, `v:${parts[1]}`];
  if (kind === 'o') return [`v:${parts[0]}`, parts[2]!];
  if (kind === 'n') return [parts[0]!, `#${parts[1]}`];
  return [parts[0]!];
}

/** The keys of `a` that are also in `b` (and in `allowed`, when given); atoms come from the strongest of them. */
export function sharedKeys(a: Statement, b: Statement, allowed?: ReadonlySet<string>): SharedKeys | null {
  let best: SharedKeys | null = null;
  // walk the smallest of the three key sets
  let walk: Iterable<string> = a.keys.keys();
  let size = a.keys.size;
  if (b.keys.size < size) { walk = b.keys.keys(); size = b.keys.size; }
  if (allowed && allowed.size < size) walk = allowed;
  for (const key of walk) {
    const s = a.keys.get(key);
    const t = b.keys.get(key);
    if (!s || !t || (allowed && !allowed.has(key))) continue;
    const weaker = RANK[s] < RANK[t] ? s : t;
    if (!best || RANK[weaker] > RANK[best.strength]) best = { strength: weaker, negative: false, atoms: new Set() };
    if (weaker !== best.strength) continue;
    if (key.endsWith('|neg')) best.negative = true;
    for (const x of atomsOf(key)) best.atoms.add(x);
  }
  return best;
}

/** Who does each kind of action in a statement (when known). */
function doers(s: Statement, cls: string): Set<string> {
  const out = new Set<string>();
  for (const a of s.actions) if (a.cls === cls && a.subject) out.add(a.subjectAlias ?? a.subject);
  return out;
}

/** Both statements name who does the shared action, and it is not the same actor. */
function differentDoers(a: Statement, b: Statement, atoms: ReadonlySet<string>): boolean {
  for (const atom of atoms) {
    if (!atom.startsWith('v:')) continue;
    const x = doers(a, atom.slice(2));
    const y = doers(b, atom.slice(2));
    if (x.size > 0 && y.size > 0 && ![...x].some((d) => y.has(d))) return true;
  }
  return false;
}

const countsKey = (counts: string | null): string | null => (counts ? stem(counts.split(' ').pop()!) : null);

/** Numbers that count the same thing in the same unit for the same action must be able to describe the same value
 * ("lowered by 4 metres" and "must fall by another 6 metres" count different things). */
export function numbersAgree(a: Statement, b: Statement): boolean {
  for (let i = 0; i < a.quantities.length; i++) {
    const x = a.quantities[i]!;
    const cx = countsKey(x.counts);
    if (!cx) continue;
    for (let j = 0; j < b.quantities.length; j++) {
      const y = b.quantities[j]!;
      if (countsKey(y.counts) !== cx || x.unit !== y.unit) continue;
      if (a.quantityActions[i] !== b.quantityActions[j]) continue;
      if (!compatible(x, y)) return false;
    }
  }
  return true;
}

/** A TIMEX3 value that starts with a year ("2031", "2031-03-04T10:00"), not a duration or a set. */
function dated(d: string): boolean {
  if (d.length < 4) return false;
  for (let k = 0; k < 4; k++) {
    const c = d.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** "Sunday night" and "Monday morning" name the same night. */
function sameNight(p: string, q: string): boolean {
  const early = p < q ? p : q;
  const late = early === p ? q : p;
  if (!(early.endsWith('TNI') || early.endsWith('TEV')) || !late.endsWith('TMO')) return false;
  return (Date.parse(late.slice(0, 10)) - Date.parse(early.slice(0, 10))) === 86_400_000;
}

/** Dates agree when one date of each names the same day, month or year (or one refines the other). */
export function datesAgree(a: Statement, b: Statement): boolean {
  if (a.dates.length === 0 || b.dates.length === 0) return true;
  let anyX = false;
  let anyY = false;
  for (const q of b.dates) if (dated(q)) { anyY = true; break; }
  if (!anyY) return true;
  for (const p of a.dates) {
    if (!dated(p)) continue;
    anyX = true;
    for (const q of b.dates) {
      if (dated(q) && (p.startsWith(q) || q.startsWith(p) || sameNight(p, q))) return true;
    }
  }
  return !anyX;
}

/** Per statement, its actor-action keys in pairs: [turned over, as said] (polarity "pos" ↔ "neg"). */
const flippedCache = new WeakMap<Statement, string[]>();

function flipped(s: Statement): string[] {
  let out = flippedCache.get(s);
  if (!out) {
    out = [];
    for (const key of s.keys.keys()) {
      if (!key.startsWith('s:') || key.endsWith('|irr')) continue;
      out.push(key.endsWith('|pos') ? key.slice(0, -3) + 'neg' : key.slice(0, -3) + 'pos', key);
    }
    flippedCache.set(s, out);
  }
  return out;
}

/** The same actor doing the same kind of action, once affirmed and once denied. */
export function contradicts(a: Statement, b: Statement): boolean {
  const pairs = flipped(a);
  for (let i = 0; i < pairs.length; i += 2) {
    if (b.keys.has(pairs[i]!) && !b.keys.has(pairs[i + 1]!)) return true;
  }
  return false;
}

/** A score ≥ 0 when the two statements are one fact, else -1. `allowed` limits the keys that may be shared. */
export function matchScore(a: Statement, b: Statement, allowed?: ReadonlySet<string>): number {
  const sim = similarity(a.content, b.content);
  if (sim < LOWEST_THRESHOLD) return -1;
  const shared = sharedKeys(a, b, allowed);
  return shared ? scoreShared(a, b, shared, sim) : -1;
}

/** matchScore when the shared keys are already known (a group's core keys are shared by all its members). */
export function scoreShared(a: Statement, b: Statement, shared: SharedKeys, knownSim?: number): number {
  const sim = knownSim ?? similarity(a.content, b.content);
  if (sim < THRESHOLD[shared.strength]) return -1;
  if (contradicts(a, b) || contradicts(b, a)) return -1;
  if (!numbersAgree(a, b) || !datesAgree(a, b)) return -1;
  if (shared.strength !== 'strong' && differentDoers(a, b, shared.atoms)) return -1;
  let residual = 0;
  let restA = 0;
  for (const w of a.content) {
    if (shared.atoms.has(w)) continue;
    restA++;
    if (b.content.has(w)) residual++;
  }
  let restB = 0;
  for (const w of b.content) if (!shared.atoms.has(w)) restB++;
  const bare = shared.strength === 'strong' && shared.negative && Math.min(restA, restB) <= BARE;
  const need = shared.negative && shared.strength !== 'generic' ? RESIDUAL_NEGATIVE : RESIDUAL[shared.strength];
  if (!bare && residual < need) return -1;
  return sim + RANK[shared.strength] * 0.1;
}
