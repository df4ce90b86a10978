/**
 * findTimes(text, dct) → every temporal expression in the text, with its TIMEX3 value resolved against the
 * article date (YYYY-MM-DD, or null when unknown: relative values then use TimeML's XXXX forms).
 * Pure and fast: one pass per rule over the text, then overlaps settled (longest wins), then clock times joined
 * to the day they sit beside ("10 a.m. Friday"), then expressions that lean on others resolved (anchors.ts).
 */
import type { TimeExpression } from '../brief/types.ts';
import { parseDay } from './calendar.ts';
import { directionAt } from './tense.ts';
import type { Dir } from './resolve.ts';
import type { Candidate, Rule, RuleContext } from './candidate.ts';
import { gateWindows, indexGates, type Gate, type Window } from './gate.ts';
import { EVE_GATE } from './gates.ts';
import { RULES } from './rules.ts';
import { joinClocks } from './join-clocks.ts';
import { coordinatedDays, weekdaysInOrder } from './coordinated-days.ts';
import { dropTitles } from './titles.ts';
import { timemlExtent } from './extent.ts';
import { anchoredToDay, eveOfEvent, resolveAnchors, yearBefore } from './anchors.ts';

/** The rules' gates, each once, and the rules behind each (in rule order). */
const GATES: readonly Gate[] = [...new Set(RULES.map((r) => r.gate)), EVE_GATE];
const GATE_RULES: readonly (readonly Rule[])[] = GATES.map((g) => RULES.filter((r) => r.gate === g));
const EVE = GATES.indexOf(EVE_GATE);
const GATE_INDEX = indexGates(GATES);

/** Every rule's candidates, each rule reading only the stretches of text around its gate's keys. */
function collect(text: string, ctx: RuleContext, windows: readonly (readonly Window[])[]): Candidate[] {
  const out: Candidate[] = [];
  for (let g = 0; g < GATES.length; g++) {
    const rules = GATE_RULES[g]!;
    for (const w of windows[g]!) {
      const piece = w.start === 0 && w.end === text.length ? text : text.slice(w.start, w.end);
      for (const rule of rules) {
        const re = rule.re;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(piece)) !== null) {
          if (m[0].length === 0) { re.lastIndex++; continue; }
          m.index += w.start;
          const made = rule.make(m, ctx);
          if (!made) continue;
          const start = made.start ?? m.index;
          const end = made.end ?? m.index + m[0].length;
          if (end <= start) continue;
          // Built field by field: spreading rule results of many shapes is slow.
          out.push({ start, end, value: made.value, type: made.type, kind: made.kind, prio: rule.prio, day: made.day, minutes: made.minutes, fallback: made.fallback });
        }
      }
    }
  }
  return out;
}

/** Longest first, then the higher priority, then the earlier. */
function settleOrder(a: Candidate, b: Candidate): number {
  return (b.end - b.start) - (a.end - a.start) || b.prio - a.prio || a.start - b.start;
}

/**
 * Sorts in place by `order`, keeping equal items in their order (an insertion sort: an article holds a few dozen
 * candidates, and a plain loop beats the built-in sort's calls back into the comparator there).
 */
function sortStable(list: Candidate[], order: (a: Candidate, b: Candidate) => number): void {
  // Long lists (a very long text) take the built-in sort, stable too.
  if (list.length > 64) { list.sort(order); return; }
  for (let i = 1; i < list.length; i++) {
    const c = list[i]!;
    let j = i - 1;
    while (j >= 0 && order(list[j]!, c) > 0) { list[j + 1] = list[j]!; j--; }
    list[j + 1] = c;
  }
}

function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start;
}

/** Overlaps settled: the longest candidate wins (sorts `cands` in place). */
function settle(cands: Candidate[]): Candidate[] {
  sortStable(cands, settleOrder);
  const kept: Candidate[] = [];
  next: for (const c of cands) {
    for (let i = 0; i < kept.length; i++) {
      const k = kept[i]!;
      if (c.start < k.end && k.start < c.end) continue next;
    }
    kept.push(c);
  }
  sortStable(kept, byStart);
  return kept;
}

export function findTimes(text: string, dct: string | null): TimeExpression[] {
  const dctDay = parseDay(dct);
  const dirCache = new Map<number, Dir>();
  const ctx: RuleContext = {
    text,
    dct: dctDay,
    dir(start, end) {
      // One number per span (expressions are far shorter than 2^20 characters).
      const key = start * 1_048_576 + (end - start);
      let d = dirCache.get(key);
      if (d === undefined) { d = directionAt(text, start, end); dirCache.set(key, d); }
      return d;
    },
  };
  const windows = gateWindows(text, GATE_INDEX);
  const settled = dropTitles(text, settle(collect(text, ctx, windows)));
  const joined = anchoredToDay(text, joinClocks(text, weekdaysInOrder(text, coordinatedDays(text, settled)), dctDay));
  const list = resolveAnchors(yearBefore(windows[EVE]!.length ? eveOfEvent(text, joined, windows[EVE]) : joined, dctDay));
  return list.map((c) => {
    const [start, end] = timemlExtent(text, c.start, c.end);
    return { start, end, text: text.slice(start, end), value: c.value, type: c.type };
  });
}
