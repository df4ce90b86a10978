/** Corroborate's library API. */
export { analyze, analyzeDetailed, analyzeDocs, analyzeCorpus } from './analyze/analyze.ts';
export type { AnalyzeOptions, ArticleInput } from './analyze/types.ts';
export * from './brief/types.ts';
export { CorroborateError, ERRORS, type ErrorCode, type Rejection } from './errors.ts';
