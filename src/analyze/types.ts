import type {
  ArticleId, BriefConflict, BriefEntity, BriefFact, BriefQuote, EntityId, FramingRow, QuoteGroup,
  SummarySentence, TimelineEntry,
} from '../brief/types.ts';
import type { Doc, DocLayer } from '../doc/types.ts';

/** An article as a caller gives it to the library. `text` or `html` is required. */
export interface ArticleInput {
  source?: string;
  title?: string;
  text?: string;
  html?: string;
  url?: string;
  /** YYYY-MM-DD or any ISO date; a date found in the text is used when this is absent. */
  published?: string;
  /** Last-updated date, when it differs from first publication. */
  updated?: string;
  outlet?: string;
  byline?: string;
}

export interface AnalyzeOptions {
  /** Target length of the summary in words. */
  summaryWords?: number;
}

export const DEFAULT_OPTIONS: Required<AnalyzeOptions> = { summaryWords: 120 };

export type CorpusLayer =
  | 'docs'
  | 'duplicates'
  | 'entities'
  | 'quotes'
  | 'facts'
  | 'conflicts'
  | 'timeline'
  | 'framing'
  | 'summary';

/** What the corpus stages share: the analysed docs and the brief sections built so far. */
export interface Corpus {
  options: Required<AnalyzeOptions>;
  docs: Doc[];
  /** Article id → id of the article it is a syndicated copy of. */
  duplicates?: Record<ArticleId, ArticleId>;
  entities?: BriefEntity[];
  /** Per article, per index into Doc.mentions: the entity it was merged into. */
  mentionEntity?: Record<ArticleId, (EntityId | null)[]>;
  quotes?: BriefQuote[];
  quoteGroups?: QuoteGroup[];
  facts?: BriefFact[];
  conflicts?: BriefConflict[];
  timeline?: TimelineEntry[];
  framing?: FramingRow[];
  summary?: SummarySentence[];
}

export type { DocLayer };
