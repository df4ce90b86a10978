/** The two pipelines, in order: per-article stages, then stages over the whole corpus. */
import type { Stage } from '../pipeline/stage.ts';
import type { Doc, DocLayer } from '../doc/types.ts';
import type { Corpus, CorpusLayer } from './types.ts';
import { mentionsStage } from '../entities/ner/stage.ts';
import { descriptorsStage } from '../entities/chains/stage.ts';
import { timesStage } from '../time/stage.ts';
import { quotesStage } from '../quotes/stage.ts';
import { quantitiesStage } from '../numbers/stage.ts';
import { duplicatesStage } from '../stories/duplicates-stage.ts';
import { entitiesStage } from '../entities/merge/stage.ts';
import { quoteGroupsStage } from '../quotes/groups-stage.ts';
import { factsStage } from '../facts/stage.ts';
import { conflictsStage } from '../facts/conflicts-stage.ts';
import { timelineStage } from '../time/timeline-stage.ts';
import { framingStage } from '../framing/stage.ts';
import { summaryStage } from '../summary/stage.ts';

export const DOC_INITIAL: readonly DocLayer[] = ['tokens', 'sentences', 'paragraphs'];
export const DOC_STAGES: readonly Stage<Doc, DocLayer>[] = [
  mentionsStage,
  descriptorsStage,
  timesStage,
  quotesStage,
  quantitiesStage,
];

export const CORPUS_INITIAL: readonly CorpusLayer[] = ['docs'];
export const CORPUS_STAGES: readonly Stage<Corpus, CorpusLayer>[] = [
  duplicatesStage,
  entitiesStage,
  quoteGroupsStage,
  factsStage,
  conflictsStage,
  timelineStage,
  framingStage,
  summaryStage,
];
