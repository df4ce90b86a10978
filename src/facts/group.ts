/**
 * Statements → groups that assert the same thing. Statements are indexed by their keys; a statement is only
 * compared with groups that share a key, and only with a few members of each (its first renderings), so the cost
 * grows with the number of statements, not with its square. A group keeps the keys all its members share: a
 * statement that says two things ("will not attend despite having called for the talks") cannot bridge a group
 * about one of them to statements about the other.
 */
import { LOWEST_THRESHOLD, scoreShared, sharedKeys, similarity } from './match.ts';
import type { Statement } from './statements.ts';

/** A key held by more groups than this says too little to be worth comparing on (like a stop word). */
const MAX_GROUPS_PER_KEY = 64;
/** Members of a group a new statement is compared with. */
const REPRESENTATIVES = 4;
/** Candidate groups scored per statement, those sharing the most keys first. */
const MAX_CANDIDATES = 24;

interface Group {
  members: Statement[];
  /** Keys every member has (after the first: keys shared with the first). */
  core: Set<string>;
}

/** Candidates by keys shared (most first), then by group number. */
function byShared(this: Int32Array, x: number, y: number): number {
  return this[y]! - this[x]! || x - y;
}

export function groupStatements(statements: readonly Statement[]): Statement[][] {
  const groups: Group[] = [];
  const index = new Map<string, number[]>();
  // keys shared per group, for the groups touched by the current statement (reset after each statement)
  let counts = new Int32Array(Math.max(16, statements.length));
  const touched: number[] = [];
  const sims = new Float64Array(REPRESENTATIVES);
  for (const s of statements) {
    if (counts.length < groups.length) {
      const bigger = new Int32Array(groups.length * 2);
      bigger.set(counts);
      counts = bigger;
    }
    touched.length = 0;
    for (const key of s.keys.keys()) {
      const ids = index.get(key);
      if (!ids || ids.length > MAX_GROUPS_PER_KEY) continue;
      for (let n = 0; n < ids.length; n++) {
        const g = ids[n]!;
        if (!groups[g]!.core.has(key)) continue;
        if (counts[g] === 0) touched.push(g);
        counts[g]++;
      }
    }
    touched.sort(byShared.bind(counts));
    const candidates = touched.length > MAX_CANDIDATES ? touched.slice(0, MAX_CANDIDATES) : touched.slice();
    for (let n = 0; n < touched.length; n++) counts[touched[n]!] = 0;
    let best = -1;
    let bestScore = -1;
    for (const g of candidates) {
      const { members, core } = groups[g]!;
      // no representative close enough in words for any key: the group is out before its keys are compared
      const reps = Math.min(REPRESENTATIVES, members.length);
      let close = false;
      for (let r = 0; r < reps; r++) {
        sims[r] = similarity(s.content, members[r]!.content);
        if (sims[r]! >= LOWEST_THRESHOLD) close = true;
      }
      if (!close) continue;
      // every member holds the core keys, so what the statement shares with the group is the same for each
      const shared = sharedKeys(s, members[0]!, core);
      if (!shared) continue;
      for (let r = 0; r < reps; r++) {
        const score = scoreShared(s, members[r]!, shared, sims[r]!);
        if (score > bestScore) { bestScore = score; best = g; }
      }
    }
    let target = best;
    if (target < 0) {
      target = groups.length;
      groups.push({ members: [s], core: new Set(s.keys.keys()) });
    } else {
      const group = groups[target]!;
      group.members.push(s);
      for (const key of group.core) if (!s.keys.has(key)) group.core.delete(key);
    }
    for (const key of s.keys.keys()) {
      let ids = index.get(key);
      if (!ids) { ids = []; index.set(key, ids); }
      if (ids.length <= MAX_GROUPS_PER_KEY && !ids.includes(target)) ids.push(target);
    }
  }
  return groups.map((g) => g.members);
}
