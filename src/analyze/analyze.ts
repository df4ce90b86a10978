/**
 * analyze(articles, options) → Brief. Pure and deterministic: no I/O, no clock; the same input gives the same
 * bytes out. Inputs that cannot be used are left out; `analyzeDetailed` also returns why.
 */
import { buildPipeline } from '../pipeline/stage.ts';
import { makeDoc } from '../doc/tokenize.ts';
import type { Doc } from '../doc/types.ts';
import type { Brief } from '../brief/types.ts';
import type { Rejection } from '../errors.ts';
import { assembleBrief } from './assemble.ts';
import { inferMissingDates } from './infer-dates.ts';
import { prepareArticles } from './prepare.ts';
import { CORPUS_INITIAL, CORPUS_STAGES, DOC_INITIAL, DOC_STAGES } from './stages.ts';
import { DEFAULT_OPTIONS, type AnalyzeOptions, type ArticleInput, type Corpus } from './types.ts';

const docPipeline = buildPipeline(DOC_STAGES, DOC_INITIAL);
const corpusPipeline = buildPipeline(CORPUS_STAGES, CORPUS_INITIAL);

export interface AnalyzeResult {
  brief: Brief;
  rejections: Rejection[];
}

/** Per-article analysis alone (what `npm run bench` times per article). */
export function analyzeDocs(inputs: readonly ArticleInput[]): { docs: Doc[]; rejections: Rejection[] } {
  const { articles, rejections } = prepareArticles(inputs);
  const dated = inferMissingDates(articles);
  // All articles are read by wink-nlp first, then each stage runs over all docs in turn: every step keeps its own
  // tables and code hot across articles (alternating them per article measured 10–15% slower in all).
  const read = dated.map(({ text, ...fields }, i) => makeDoc({ id: `a${i + 1}`, ...fields }, text));
  return { docs: docPipeline.runAll(read), rejections };
}

export function analyzeCorpus(docs: Doc[], options: AnalyzeOptions = {}): Brief {
  const corpus: Corpus = { options: { ...DEFAULT_OPTIONS, ...options }, docs };
  return assembleBrief(corpusPipeline.run(corpus));
}

export function analyzeDetailed(inputs: readonly ArticleInput[], options: AnalyzeOptions = {}): AnalyzeResult {
  const { docs, rejections } = analyzeDocs(inputs);
  return { brief: analyzeCorpus(docs, options), rejections };
}

export function analyze(inputs: readonly ArticleInput[], options: AnalyzeOptions = {}): Brief {
  return analyzeDetailed(inputs, options).brief;
}
