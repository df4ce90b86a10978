/**
 * What the facts stage knows of a summary sentence: the outlets that report the same fact in their own words. For
 * each corroborated fact (two or more outlets) whose evidence in the sentence's own article the words the sentence
 * keeps cover (most of it), the fact's evidence in the other articles. The sentence then cites those articles too, and is
 * not told "according to" one outlet, since others report it as well.
 */
import type { BriefFact, Evidence } from '../brief/types.ts';
import type { Unit } from './units.ts';

/** Evidence from other articles for the corroborated facts `unit` states; empty when it states none. */
export function corroboration(facts: readonly BriefFact[] | undefined, unit: Unit): Evidence[] {
  const out: Evidence[] = [];
  if (!facts) return out;
  for (const f of facts) {
    if (f.outlets.length < 2) continue;
    let stated = false;
    for (const e of f.evidence) if (e.article === unit.article && keepsMostOf(unit, e)) stated = true;
    if (!stated) continue;
    for (const e of f.evidence) if (e.article !== unit.article) out.push(e);
  }
  return out;
}

/**
 * The sentence states the fact when the words it keeps cover at least three quarters of the fact's evidence: a
 * shortened sentence that dropped a weekday or an aside ("declared a state of emergency [on Sunday]") still states it.
 */
function keepsMostOf(unit: Unit, e: Evidence): boolean {
  let covered = 0;
  for (const p of unit.parts) covered += Math.max(0, Math.min(p.end, e.end) - Math.max(p.start, e.start));
  return covered * 4 >= (e.end - e.start) * 3;
}

/** `own` followed by the spans of `extra` it does not hold yet (same article and offsets), in article order of `extra`. */
export function withCorroboration(own: readonly Evidence[], extra: readonly Evidence[]): Evidence[] {
  const out = own.slice();
  const seen = new Set(own.map((e) => `${e.article}:${e.start}:${e.end}`));
  const citedArticles = new Set(own.map((e) => e.article));
  for (const e of extra) {
    const key = `${e.article}:${e.start}:${e.end}`;
    // An article the sentence already cites as a copy keeps its whole-sentence span: the fact's span adds nothing.
    if (seen.has(key) || citedArticles.has(e.article)) continue;
    seen.add(key);
    out.push({ article: e.article, start: e.start, end: e.end });
  }
  return out;
}
