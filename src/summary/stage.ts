/**
 * Corpus stage: the summary. A short account of the story in sentences taken from the articles, each citing
 * every article that carries it. What many independent sources repeat comes first (concept support, see
 * weights.ts), chosen greedily under the word budget (select.ts) among whole sentences and their shorter forms
 * (compress.ts: an aside, a relative time, a generic attribution, an opening phrase dropped; the evidence cites each kept span), then
 * merged with its copies (support.ts), put in reading order (the sentences reports lead with first, background
 * last), and, when only one named outlet tells it in a story of several, attributed to it (attribution.ts).
 */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';
import type { SummarySentence } from '../brief/types.ts';
import { articleUnits, sentenceAt, unitOf, type Unit } from './units.ts';
import { shorterForms } from './compress.ts';
import { sourceOf } from './sources.ts';
import { conceptWeights } from './weights.ts';
import { selectUnits } from './select.ts';
import { evidenceOf, findCopies } from './support.ts';
import { factsStated } from './facts.ts';
import { mergeEchoSources } from './echo-sources.ts';
import { corpusSurnames, namesSurname, surnameKey } from './surnames.ts';
import { SUMMARY_PARAMS, type SummaryParams } from './params.ts';
import { attributeTo, singleOutlet } from './attribution.ts';
import { corroboration, withCorroboration } from './corroboration.ts';
import { countWords } from './words.ts';
import type { Doc } from '../doc/types.ts';

export function summarize(corpus: Corpus, params: SummaryParams = SUMMARY_PARAMS): SummarySentence[] {
  const source = sourceOf(corpus);
  const units: Unit[] = [];
  corpus.docs.forEach((doc, i) => units.push(...articleUnits(doc, i, source.get(doc.id) ?? doc.id, params.sentencesPerArticle)));
  // Wire updates that repeat an article sentence for sentence are one source, however the duplicates layer grouped them.
  mergeEchoSources(units);
  // Only a surname of someone named in full somewhere needs its full mention first (see surnames.ts).
  const surnames = corpusSurnames(corpus.docs);
  for (const u of units) if (u.bareNames.length) u.bareNames = u.bareNames.filter((n) => surnames.has(surnameKey(n)));
  const { weight, wordWeight } = conceptWeights(units, params);
  countEchoes(units);
  // Candidates: sentences of articles that are no one's copy (copies are cited, not chosen from).
  // Shorter forms of each sentence compete with it (compress.ts); the selection takes one of them at most.
  const withForms = (list: Unit[]): Unit[] => list.flatMap((u) => [u, ...shorterUnits(corpus.docs[u.doc]!, u)]).filter((u) => u.readable);
  let candidates = withForms(units.filter((u) => u.source === u.article));
  if (candidates.length === 0) candidates = withForms(units);
  if (candidates.length > params.maxCandidates) {
    const value = (u: Unit): number => u.concepts.reduce((s, c) => s + (weight.get(c) ?? 0), 0) / Math.max(1, u.words);
    candidates = candidates
      .map((u, k) => ({ u, k, v: value(u) }))
      .sort((a, b) => b.v - a.v || a.k - b.k)
      .slice(0, params.maxCandidates)
      .sort((a, b) => a.k - b.k)
      .map((x) => x.u);
  }
  const budget = corpus.options.summaryWords;
  const facts = factsStated(corpus, candidates);
  const docById = new Map(corpus.docs.map((d) => [d.id, d]));
  const storySources = new Set(units.map((u) => u.source));
  // Attributions ("According to X, ") are words too: when they push the summary past its budget, choose again
  // with as many words fewer as they took, and as a last resort leave out the sentences chosen last.
  let reserve = 0;
  for (let attempt = 0; ; attempt++) {
    const chosen = selectUnits(candidates, weight, { budget: Math.max(0, budget - reserve), facts, params }, wordWeight);
    const out = composeSummary(chosen, units, docById, storySources, corpus.facts);
    const words = out.reduce((n, s) => n + countWords(s.sentence.text), 0);
    const added = words - chosen.reduce((n, u) => n + u.words, 0);
    if (words <= budget || attempt >= 2 || added <= reserve) return withinBudget(out, budget).map((s) => s.sentence);
    reserve = added;
  }
}

interface Composed {
  sentence: SummarySentence;
  /** Order in which the sentence was chosen (0 = first). */
  rank: number;
}

/** Chosen units → summary sentences in reading order, each citing its copies, attributed when one outlet alone tells it. */
function composeSummary(
  chosen: Unit[], units: Unit[], docById: ReadonlyMap<string, Doc>, storySources: ReadonlySet<string>, facts: Corpus['facts'],
): Composed[] {
  const story = [...docById.values()];
  const supported = findCopies(chosen, units);
  const rank = new Map(chosen.map((u, i) => [u, i]));
  const position = (s: (typeof supported)[number]): number => Math.min(s.unit.index, ...s.copies.map((c) => c.index));
  const ordered = supported.slice().sort((a, b) => position(a) - position(b) || rank.get(a.unit)! - rank.get(b.unit)!);
  return afterAntecedents(ordered).map((s) => {
    // Outlets that report a fact the sentence states in their own words are cited too (corroboration.ts).
    const others = corroboration(facts, s.unit);
    // A kept piece that is only punctuation (the final stop after a cut) carries no words to cite.
    const evidence = withCorroboration(evidenceOf(s), others).filter((e) => hasWord(docById.get(e.article)!.text, e.start, e.end));
    const outlet = singleOutlet([...[s.unit, ...s.copies].map((u) => u.source), ...others.map((e) => e.article)], storySources, docById);
    // The evidence spans stay on the outlet's own words; only the text gains the attribution (see attribution.ts).
    const articles = [...new Set(evidence.map((e) => e.article))];
    if (outlet === null) return { sentence: { text: s.unit.text, articles, evidence }, rank: rank.get(s.unit)! };
    const a = attributeTo(outlet, s.unit.text, docById.get(s.unit.article)!, s.unit.parts[0]!.start, story);
    return { sentence: { text: a.text, articles, evidence, attribution: { outlet, ...a.added } }, rank: rank.get(s.unit)! };
  });
}

/** Leaves out the sentences chosen last until the summary fits its budget. */
function withinBudget(list: Composed[], budget: number): Composed[] {
  const out = list.slice();
  let words = out.reduce((n, s) => n + countWords(s.sentence.text), 0);
  while (words > budget && out.length > 0) {
    let last = 0;
    for (let i = 1; i < out.length; i++) if (out[i]!.rank > out[last]!.rank) last = i;
    words -= countWords(out[last]!.sentence.text);
    out.splice(last, 1);
  }
  return out;
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
      const first = out.findIndex((o) => o !== item && namesSurname(o.unit.text, name));
      if (first > at) {
        out.splice(at, 1);
        out.splice(first, 0, item);
      }
    }
  }
  return out;
}

/** The compressed forms of a unit, sharing its source, position, echoes and readability. */
function shorterUnits(doc: Doc, u: Unit): Unit[] {
  const s = sentenceAt(doc, u.index);
  return shorterForms(doc, s).map((f) => ({ ...unitOf(doc, u.doc, u.source, u.index, s, f.parts), echoes: u.echoes, readable: f.readable, whole: u }));
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

/** True when text[start, end) holds a letter or a digit. */
function hasWord(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(start, end));
}
