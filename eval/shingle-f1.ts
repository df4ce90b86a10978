/**
 * The article-extraction benchmark's own metric: 4-token shingles (tokens are \w+ runs), per-page TP/FP/FN
 * normalised to sum to one, precision and recall averaged over pages, F1 from those averages.
 */
export type Tfn = [tp: number, fp: number, fn: number];

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

function shingleCounts(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const s = tokens.slice(i, i + n);
    if (!s.length) continue;
    const key = s.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleMatch(truth: string, pred: string): Tfn {
  const t = shingleCounts(truth);
  const p = shingleCounts(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

export function shingleMetrics(rows: readonly Tfn[]): { precision: number; recall: number; f1: number } {
  const score = (tp: number, fp: number, fn: number, x: number) => (fp === 0 && fn === 0 ? 1 : tp === 0 && x === 0 ? 0 : tp / (tp + x));
  const ps = rows.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => score(tp, fp, fn, fp));
  const rs = rows.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => score(tp, fp, fn, fn));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
