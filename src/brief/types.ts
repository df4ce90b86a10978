/**
 * The JSON brief: the public contract, schema `corroborate.brief/1`.
 * Documented in docs/brief.md; validated by validate.ts. Every offset is a character offset into the
 * `text` of the article it names, so `articles[i].text.slice(start, end)` is the cited words.
 */

export const BRIEF_SCHEMA = 'corroborate.brief/1' as const;

export type ArticleId = string;
export type EntityId = string;

/** A cited span of one article's analysed text. */
export interface Evidence {
  article: ArticleId;
  start: number;
  end: number;
}

export type RemovedKind =
  | 'date-head'
  | 'headline'
  | 'updated'
  | 'byline'
  | 'dateline'
  | 'credit'
  | 'subhead'
  | 'related'
  | 'boilerplate';

export interface RemovedLine {
  kind: RemovedKind;
  text: string;
}

export type PublishedFrom = 'header' | 'text' | 'html' | 'metadata' | 'inferred';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  /** TIMEX3 value: 2025-05-16, 2025-05, 2022, 2025-W20, 2025-05-16T10:00, P30D, PRESENT_REF … */
  value: string;
  type: TimexType;
}

/** What is known about an article besides its body: found in its metadata, its page or its text. */
export interface ArticleFields {
  source: string;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  dateline: string | null;
  credits: string[];
  published: string | null;
  publishedFrom: PublishedFrom | null;
  removed: RemovedLine[];
}

export interface BriefArticle extends ArticleFields {
  id: ArticleId;
  /** Last-updated date (YYYY-MM-DD) when the article tells it apart from first publication, else null. */
  updated: string | null;
  /** Source of a syndicated copy this article repeats, when one was found. */
  duplicateOf: ArticleId | null;
  text: string;
  times: TimeExpression[];
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Mention {
  article: ArticleId;
  start: number;
  end: number;
}

export interface Role {
  role: string;
  articles: ArticleId[];
}

export interface BriefEntity {
  id: EntityId;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: Role[];
  articles: ArticleId[];
  mentions: Mention[];
  /**
   * Optional (additive in /1): why names were merged into this entity, one row per merge: `from` joined `to`
   * by `rule` (same-name, spelling-variant, same-person, initials, surname, acronym, short-form, demonym).
   */
  merges?: EntityMerge[];
}

export interface EntityMerge {
  from: string;
  to: string;
  rule: string;
}

export type QuoteKind = 'speech' | 'scare';

export interface BriefQuote {
  id: string;
  article: ArticleId;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speaker: EntityId | null;
  speakerName: string | null;
  speakerSpan: { start: number; end: number } | null;
  group: string | null;
  /**
   * Optional (additive in /1): the source the outlet credits for a quote it did not hear itself ("…,” Roe said,
   * according to the Ledger" → name "the Ledger"), with where that name stands in the same article. Absent when
   * the outlet credits no one.
   */
  via?: { name: string; start: number; end: number };
}

export interface QuoteGroup {
  id: string;
  speaker: EntityId | null;
  quotes: string[];
  /** Words that differ between the renderings, per quote id (empty when they agree word for word). */
  differences: { quote: string; only: string[] }[];
}

/** A syndicated copy among a fact's articles, and the original it repeats. */
export interface FactCopy {
  article: ArticleId;
  of: ArticleId;
}

export interface BriefFact {
  id: string;
  text: string;
  articles: ArticleId[];
  /** Outlets that report it, syndicated copies counted once. */
  outlets: string[];
  support: 'corroborated' | 'single';
  /** Syndicated copies among `articles` and the original each repeats (their outlets count once). */
  copies?: FactCopy[];
  evidence: Evidence[];
}

export interface ConflictVariant {
  value: string;
  articles: ArticleId[];
  evidence: Evidence[];
}

export interface BriefConflict {
  id: string;
  about: string;
  entity: EntityId | null;
  variants: ConflictVariant[];
}

export interface TimelineEntry {
  date: string;
  text: string;
  articles: ArticleId[];
  evidence: Evidence[];
  /** True when the date rests on an article date that was inferred. */
  inferred: boolean;
}

export interface FramingRow {
  entity: EntityId;
  article: ArticleId;
  descriptors: string[];
}

export interface SummarySentence {
  text: string;
  articles: ArticleId[];
  evidence: Evidence[];
  /**
   * Optional (additive in /1): the words the engine added to name the one outlet the sentence rests on
   * ("According to NPR, " or ", according to NPR"), as offsets into `text`, end exclusive. Every other word of
   * `text` is the outlet's own and covered by `evidence`.
   */
  attribution?: { outlet: string; start: number; end: number };
}

export interface Brief {
  schema: typeof BRIEF_SCHEMA;
  articles: BriefArticle[];
  entities: BriefEntity[];
  quotes: BriefQuote[];
  quoteGroups: QuoteGroup[];
  facts: BriefFact[];
  conflicts: BriefConflict[];
  timeline: TimelineEntry[];
  framing: FramingRow[];
  summary: SummarySentence[];
}
