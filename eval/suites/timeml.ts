/**
 * TimeBank + AQUAINT (TBAQ-cleaned, dev half): temporal expressions found and normalised against the document
 * date, scored as TempEval-3 scores them. Extraction: relaxed (any overlap) and strict (same span) P/R/F1, one-to-one.
 * Value: an expression counts when it overlaps a gold one and its TIMEX3 value equals the gold value (ISO weeks
 * compared zero-padded, W7 = W07); P over our expressions, R over gold ones. Scores in percent. A table printed under
 * the scores (not gated) gives the same figures per part: TimeBank, AQUAINT, odd and even files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimes } from '../../src/time/find-times.ts';
import type { TimeExpression } from '../../src/brief/types.ts';
import type { EvalSuite, Score } from '../suite.ts';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  value: string;
  type: string;
}

export interface TimemlDoc {
  id: string;
  /** The sub-corpus the file comes from ('TimeBank', 'AQUAINT'), when loaded from the data folder. */
  part?: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

/** One .tml file → its DCT, the plain text of <TEXT> and the TIMEX3 spans in it. */
export function parseTimeml(id: string, xml: string): TimemlDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dctValue = dctTag ? attrs(dctTag[1]!).value ?? null : null;
  const dct = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { start: number; a: Record<string, string> }[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*)>|&(\w+);|[^<&]+|[<&]/g)) {
    if (m[2]) {
      if (m[2] === 'TIMEX3') {
        if (m[1]) {
          const o = open.pop();
          if (o) timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length),
            value: o.a.value ?? '', type: o.a.type ?? '' });
        } else if (!m[3]!.trim().endsWith('/')) open.push({ start: text.length, a: attrs(m[3]!) });
      }
    } else if (m[4]) text += ENTITIES[m[4]] ?? `&${m[4]};`;
    else text += m[0];
  }
  return { id, dct, text, timexes };
}

export function loadTimeml(dir: string): TimemlDoc[] {
  const docs: TimemlDoc[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const d = join(dir, sub);
    for (const f of readdirSync(d).filter((n) => n.endsWith('.tml')).sort()) {
      docs.push({ ...parseTimeml(f, readFileSync(join(d, f), 'utf8')), part: sub });
    }
  }
  return docs;
}

/** W7 → W07 so the two ways of writing an ISO week compare equal. */
export const normValue = (v: string): string => v.trim().toUpperCase().replace(/-W(\d)(?!\d)/, '-W0$1');

export interface Tally {
  gold: number;
  sys: number;
  relaxed: number;
  strict: number;
  value: number;
  type: number;
}

export interface Match {
  gold: GoldTimex;
  sys: TimeExpression | null;
}

/** One-to-one matching of our expressions to gold ones by overlap (the largest overlap first). */
export function matchDoc(gold: readonly GoldTimex[], sys: readonly TimeExpression[]): { pairs: [number, number][] } {
  const edges: [number, number, number][] = [];
  gold.forEach((g, i) => sys.forEach((s, j) => {
    const ov = Math.min(g.end, s.end) - Math.max(g.start, s.start);
    if (ov > 0) edges.push([ov, i, j]);
  }));
  edges.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const gi = new Set<number>();
  const sj = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of edges) {
    if (gi.has(i) || sj.has(j)) continue;
    gi.add(i); sj.add(j); pairs.push([i, j]);
  }
  return { pairs };
}

const emptyTally = (): Tally => ({ gold: 0, sys: 0, relaxed: 0, strict: 0, value: 0, type: 0 });

function addTally(t: Tally, u: Tally): void {
  t.gold += u.gold; t.sys += u.sys; t.relaxed += u.relaxed; t.strict += u.strict; t.value += u.value; t.type += u.type;
}

/** One tally per document, in the order given. */
export function tallyDocs(docs: readonly TimemlDoc[]): Tally[] {
  return docs.map((d) => {
    const t = emptyTally();
    const sys = findTimes(d.text, d.dct);
    const { pairs } = matchDoc(d.timexes, sys);
    t.gold += d.timexes.length;
    t.sys += sys.length;
    for (const [i, j] of pairs) {
      const g = d.timexes[i]!;
      const s = sys[j]!;
      t.relaxed++;
      if (g.start === s.start && g.end === s.end) t.strict++;
      if (normValue(g.value) === normValue(s.value)) t.value++;
      if (g.type === s.type) t.type++;
    }
    return t;
  });
}

export function scoreDocs(docs: readonly TimemlDoc[]): Tally {
  const t = emptyTally();
  for (const u of tallyDocs(docs)) addTally(t, u);
  return t;
}

/**
 * The scores per part of the data (TimeBank, AQUAINT, and odd/even files), printed beside the gated totals: a rule
 * worth keeping should help on each half, not only on the whole.
 */
export function partsTable(docs: readonly TimemlDoc[], tallies: readonly Tally[]): string {
  const groups: [string, (d: TimemlDoc, i: number) => boolean][] = [
    ['TimeBank', (d) => d.part === 'TimeBank'],
    ['AQUAINT', (d) => d.part === 'AQUAINT'],
    ['odd files', (_, i) => i % 2 === 1],
    ['even files', (_, i) => i % 2 === 0],
  ];
  const head = `${'part'.padEnd(11)} ${'docs'.padStart(4)} ${'gold'.padStart(5)} ${'ours'.padStart(5)}   value P / R / F1     span F1  strict F1  type F1`;
  const lines = ['TimeML by part (printed, not gated)', head];
  for (const [name, keep] of groups) {
    const t = emptyTally();
    let n = 0;
    docs.forEach((d, i) => { if (keep(d, i)) { addTally(t, tallies[i]!); n++; } });
    if (n === 0) continue;
    const v = prf(t.value, t.sys, t.gold);
    const f = (hit: number) => prf(hit, t.sys, t.gold).f.toFixed(1).padStart(7);
    lines.push(`${name.padEnd(11)} ${String(n).padStart(4)} ${String(t.gold).padStart(5)} ${String(t.sys).padStart(5)}   ` +
      `${v.p.toFixed(1)} / ${v.r.toFixed(1)} / ${v.f.toFixed(1).padStart(4)}  ${f(t.relaxed)}    ${f(t.strict)}  ${f(t.type)}`);
  }
  return lines.join('\n');
}

const prf = (hit: number, sys: number, gold: number) => {
  const p = sys ? hit / sys : 0;
  const r = gold ? hit / gold : 0;
  return { p: 100 * p, r: 100 * r, f: p + r ? (200 * p * r) / (p + r) : 0 };
};
const fmt = (x: { p: number; r: number }) => `P ${x.p.toFixed(1)} R ${x.r.toFixed(1)}`;

export const timemlSuite: EvalSuite = {
  name: 'timeml',
  needs: 'eval/timeml-tbaq',
  async run({ shared, quick }) {
    const all = loadTimeml(join(shared, 'eval/timeml-tbaq'));
    const docs = quick ? all.filter((_, i) => i % 4 === 0) : all;
    const tallies = tallyDocs(docs);
    const t = emptyTally();
    for (const u of tallies) addTally(t, u);
    const span = prf(t.relaxed, t.sys, t.gold);
    const strict = prf(t.strict, t.sys, t.gold);
    const value = prf(t.value, t.sys, t.gold);
    const type = prf(t.type, t.sys, t.gold);
    const te3 = { 'HeidelTime (TE-3 test)': 77.6, 'SUTime (TE-3 test)': 67.4 };
    const scores: Score[] = [
        { metric: 'timeml.value.f1', value: value.f, reference: te3,
          detail: `percent; ${fmt(value)}; ${docs.length} docs, ${t.gold} gold, ${t.sys} ours` },
        { metric: 'timeml.span.f1', value: span.f, reference: { 'HeidelTime (TE-3 test, relaxed)': 90.3 },
          detail: `relaxed (overlap); ${fmt(span)}` },
        { metric: 'timeml.span.strict.f1', value: strict.f, reference: { 'HeidelTime (TE-3 test, strict)': 81.3 },
          detail: fmt(strict) },
        { metric: 'timeml.type.f1', value: type.f, detail: fmt(type) },
    ];
    return { scores, tables: [partsTable(docs, tallies)] };
  },
};
