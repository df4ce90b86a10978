/** B³ precision, recall and F1 of a clustering against gold classes (Bagga and Baldwin, 1998), item-averaged. */
export interface B3 { precision: number; recall: number; f1: number }

export function b3(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): B3 {
  const groups = (m: ReadonlyMap<string, string>) => {
    const g = new Map<string, Set<string>>();
    for (const [item, c] of m) {
      if (!gold.has(item)) continue;
      let s = g.get(c);
      if (!s) g.set(c, (s = new Set()));
      s.add(item);
    }
    return g;
  };
  const pg = groups(predicted);
  const gg = groups(gold);
  let p = 0;
  let r = 0;
  let n = 0;
  for (const [item, gc] of gold) {
    const pc = predicted.get(item);
    const gset = gg.get(gc)!;
    const pset = pc === undefined ? new Set([item]) : pg.get(pc)!;
    let both = 0;
    for (const x of pset) if (gset.has(x)) both++;
    p += both / pset.size;
    r += both / gset.size;
    n++;
  }
  const precision = n ? p / n : 0;
  const recall = n ? r / n : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
