/**
 * Corpus stage: the summary. A short account of the story in whole sentences taken from the articles, each citing
 * every article that carries it. What many independent sources repeat comes first (concept support, see
 * weights.ts), chosen greedily under the word budget (select.ts), then merged with its copies (support.ts) and
 * put in reading order: the sentences reports lead with first, background last.
 */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';
import type { SummarySentence } from '../brief/types.ts';
import { articleUnits, type Unit } from './units.ts';
import { sourceOf } from './sources.ts';
import { conceptWeights } from './weights.ts';
import { selectUnits } from './select.ts';
import { evidenceOf, findCopies } from './support.ts';
import { factBonus } from './facts.ts';
import { mergeEchoSources } from './echo-sources.ts';
import { corpusSurnames } from './surnames.ts';
import { SUMMARY_PARAMS, type SummaryParams } from './params.ts';

export function summarize(corpus: Corpus, params: SummaryParams = SUMMARY_PARAMS): SummarySentence[] {
  const source = sourceOf(corpus);
  const units: Unit[] = [];
  corpus.docs.forEach((doc, i) => units.push(...articleUnits(doc, i, source.get(doc.id) ?? doc.id, params.sentencesPerArticle)));
  // Wire updates that repeat an article sentence for sentence are one source, however the duplicates layer grouped them.
  mergeEchoSources(units);
  // Only a surname of someone named in full somewhere needs its full mention first (see surnames.ts).
  const surnames = corpusSurnames(corpus.docs);
  for (const u of units) if (u.bareNames.length) u.bareNames = u.bareNames.filter((n) => surnames.has(n));
  const { weight, wordWeight } = conceptWeights(units, params);
  countEchoes(units);
  // Candidates: sentences of articles that are no one's copy (copies are cited, not chosen from).
  let candidates = units.filter((u) => u.readable && u.source === u.article);
  if (candidates.length === 0) candidates = units.filter((u) => u.readable);
  if (candidates.length > params.maxCandidates) {
    const value = (u: Unit): number => u.concepts.reduce((s, c) => s + (weight.get(c) ?? 0), 0) / Math.max(1, u.words);
    candidates = candidates
      .map((u, k) => ({ u, k, v: value(u) }))
      .sort((a, b) => b.v - a.v || a.k - b.k)
      .slice(0, params.maxCandidates)
      .sort((a, b) => a.k - b.k)
      .map((x) => x.u);
  }
  const chosen = selectUnits(candidates, weight, { budget: corpus.options.summaryWords, bonus: factBonus(corpus, candidates), params }, wordWeight);
  const supported = findCopies(chosen, units);
  const rank = new Map(chosen.map((u, i) => [u, i]));
  const position = (s: (typeof supported)[number]): number => Math.min(s.unit.index, ...s.copies.map((c) => c.index));
  const ordered = supported.slice().sort((a, b) => position(a) - position(b) || rank.get(a.unit)! - rank.get(b.unit)!);
  return afterAntecedents(ordered)
    .map((s) => {
      const evidence = evidenceOf(s);
      return { text: s.unit.text, articles: evidence.map((e) => e.article), evidence };
    });
}

export const summaryStage: Stage<Corpus, CorpusLayer> = {
  name: 'summaryStage',
  requires: ['docs'],
  assigns: ['summary'],
  run: (corpus) => ({ ...corpus, summary: summarize(corpus) }),
};

/** A sentence with a bare surname moves to just after the first sentence that names the person in full. */
function afterAntecedents<T extends { unit: Unit }>(list: T[]): T[] {
  const out = list.slice();
  for (const item of list) {
    for (const name of item.unit.bareNames) {
      const at = out.indexOf(item);
      const first = out.findIndex((o) => o !== item && o.unit.text.includes(name));
      if (first > at) {
        out.splice(at, 1);
        out.splice(first, 0, item);
      }
    }
  }
  return out;
}

/** Sets each unit's `echoes`: how many other independent sources carry the same sentence word for word. */
function countEchoes(units: Unit[]): void {
  const sources = new Map<string, Set<string>>();
  for (const u of units) {
    const k = u.key;
    let set = sources.get(k);
    if (!set) sources.set(k, (set = new Set()));
    set.add(u.source);
  }
  for (const u of units) u.echoes = sources.get(u.key)!.size - 1;
}
