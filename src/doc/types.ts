/**
 * One Doc per article. Tokens live once; every other annotation is a span with character offsets into `text`
 * (and, where useful, token indices). Stages never edit a Doc: they return a new one with their layer added.
 */
import type { ArticleFields, ArticleId, EntityType, QuoteKind, TimeExpression } from '../brief/types.ts';

export interface Token {
  /** The token as it stands in the text. */
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, PUNCT …). */
  pos: string;
  /** Lower-cased normal form from wink-nlp. */
  norm: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface TokenSpan extends Span {
  /** Token indices, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Sentence extends TokenSpan {
  paragraph: number;
}

export interface Paragraph extends Span {}

/** What a reader found about the article, before analysis. */
export interface ArticleMeta extends ArticleFields {
  id: ArticleId;
  /** Last-updated date, when the source tells it apart from first publication. */
  updated?: string | null;
}

/** A named-entity mention found in one article. */
export interface EntityMention extends TokenSpan {
  type: EntityType;
  /** The words as written ("Zelenskyy's" gives "Zelenskyy"). */
  text: string;
  /** Index of the in-article chain this mention belongs to (same person within the article). */
  chain?: number;
  /** How the mention was found: 'ner', 'title', 'pronoun', 'role-noun' … */
  via?: string;
}

/** A title, role or description attached to a mention ("Defence Minister", "a hardline aide to Putin"). */
export interface Descriptor extends Span {
  /** Index into Doc.mentions. */
  mention: number;
  text: string;
  kind: 'title' | 'apposition' | 'premodifier' | 'role-noun';
}

export interface QuoteSpan extends Span {
  /** Offsets of the quoted words without the marks. */
  kind: QuoteKind;
  speakerSpan: Span | null;
  speakerName: string | null;
  /** Index into Doc.mentions of the speaker, when resolved. */
  speakerMention: number | null;
  /** Quote pieces joined as one statement ("…,” he said. “…”): index of the first piece. */
  continues: number | null;
  /** The source the outlet credits for the quote ("…,” Roe said, according to the Ledger" → the Ledger), if any. */
  via?: Span;
}

export interface Quantity extends Span {
  text: string;
  value: number;
  /** 'more-than' | 'at-least' | 'about' | 'nearly' | 'exact' … */
  hedge: string;
  unit: string | null;
  /** The noun it counts ("civilians", "kilometres"). */
  counts: string | null;
}

export interface Doc {
  id: ArticleId;
  meta: ArticleMeta;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** Optional layers, each assigned by one stage. */
  mentions?: EntityMention[];
  descriptors?: Descriptor[];
  times?: TimeExpression[];
  quotes?: QuoteSpan[];
  quantities?: Quantity[];
}

export type DocLayer = 'tokens' | 'sentences' | 'paragraphs' | 'mentions' | 'descriptors' | 'times' | 'quotes' | 'quantities';
