/**
 * Re-scores summaries of DUC 2004 clusters with our ROUGE: one row per system, ROUGE-1/2/4 recall in percent
 * (ROUGE's bootstrap mean), sorted by ROUGE-2 as the published table is.
 */
import { bootstrapAverage, DUC2004_OPTIONS, scoreUnit, type RougeOptions } from './score.ts';
import type { DucCluster } from './duc-files.ts';

/** Published ROUGE recall (all 50 clusters) from the SumRepo table. */
export const PUBLISHED: Record<string, [number, number, number]> = {
  Lead: [31.46, 6.13, 0.62], LexRank: [36.0, 7.51, 0.83], Centroid: [36.42, 7.98, 1.2], FreqSum: [35.31, 8.12, 1.0],
  TsSum: [35.93, 8.16, 1.03], GreedyKL: [38.03, 8.56, 1.27], CLASSY04: [37.71, 9.02, 1.53], CLASSY11: [37.21, 9.21, 1.48],
  Submodular: [39.23, 9.37, 1.39], DPP: [39.84, 9.62, 1.57], OCCAMS_V: [38.5, 9.75, 1.33], RegSum: [38.6, 9.78, 1.62],
  ICSISumm: [38.44, 9.81, 1.74],
};

export interface SystemRow {
  system: string;
  r1: number;
  r2: number;
  r4: number;
}

/** Scores one system's summaries (cluster id → summary text) against the clusters' references. */
export function scoreSystem(
  system: string,
  clusters: readonly DucCluster[],
  summaries: ReadonlyMap<string, string>,
  options: RougeOptions = DUC2004_OPTIONS,
): SystemRow {
  const per = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  for (const c of clusters) {
    const text = summaries.get(c.id);
    if (text === undefined) continue;
    const units = scoreUnit(text, c.references, options);
    units.forEach((u, i) => per[i].set(c.id, u.recall));
  }
  const pct = (m: Map<string, number>): number => Math.round(bootstrapAverage(m).mean * 100000) / 1000;
  return { system, r1: pct(per[0]), r2: pct(per[1]), r4: pct(per[3]) };
}

export function rescoreSystems(clusters: readonly DucCluster[], options: RougeOptions = DUC2004_OPTIONS): SystemRow[] {
  const names = [...new Set(clusters.flatMap((c) => [...c.systems.keys()]))].sort();
  return names.map((name) =>
    scoreSystem(name, clusters, new Map(clusters.filter((c) => c.systems.has(name)).map((c) => [c.id, c.systems.get(name)!])), options),
  );
}

/** Spearman rank correlation of two score lists (average ranks for ties). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const rank = (xs: readonly number[]): number[] => {
    const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(xs.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
      for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const ra = rank(a);
  const rb = rank(b);
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0, da = 0, db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) ** 2;
    db += (rb[i] - mb) ** 2;
  }
  return da && db ? num / Math.sqrt(da * db) : 0;
}

/** The table: system, our on these clusters, published on all 50. */
export function formatTable(rows: readonly SystemRow[], title: string): string {
  const sorted = [...rows].sort((a, b) => a.r2 - b.r2);
  const lines = [title, `${'system'.padEnd(12)} ${'R-1'.padStart(6)} ${'R-2'.padStart(6)} ${'R-4'.padStart(6)}   published(50): R-1 / R-2 / R-4`];
  for (const r of sorted) {
    const p = PUBLISHED[r.system];
    lines.push(`${r.system.padEnd(12)} ${r.r1.toFixed(2).padStart(6)} ${r.r2.toFixed(2).padStart(6)} ${r.r4.toFixed(2).padStart(6)}   ${p ? p.map((x) => x.toFixed(2)).join(' / ') : '—'}`);
  }
  const known = rows.filter((r) => PUBLISHED[r.system]);
  if (known.length > 2) {
    const s1 = spearman(known.map((r) => r.r1), known.map((r) => PUBLISHED[r.system][0]));
    const s2 = spearman(known.map((r) => r.r2), known.map((r) => PUBLISHED[r.system][1]));
    lines.push(`Spearman rank correlation with the published table (${known.length} systems): R-1 ${s1.toFixed(3)}, R-2 ${s2.toFixed(3)}`);
  }
  return lines.join('\n');
}
