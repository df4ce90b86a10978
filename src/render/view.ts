/** What both renderers derive from a brief: lookups by id, reader-facing labels, and the cited words of a span. */
import type { Brief, BriefArticle, BriefEntity, BriefQuote, Evidence } from '../brief/types.ts';
import { articleLabel } from './label.ts';

export interface BriefView {
  brief: Brief;
  article: (id: string) => BriefArticle | undefined;
  entity: (id: string | null) => BriefEntity | undefined;
  quote: (id: string) => BriefQuote | undefined;
  /** Outlet (or file-name fallback) of an article id; the id itself when unknown. */
  label: (id: string) => string;
  /** The words a span cites, or '' when it does not fit its article. */
  words: (e: Evidence) => string;
  /** Up to `width` characters either side of a span, cut at word boundaries. */
  context: (e: Evidence, width?: number) => { before: string; after: string };
  /** Distinct outlets among article ids, in first-seen order. */
  outlets: (ids: readonly string[]) => string[];
  /** An outlet name as a section gives it; an article's source or id given in its place becomes that article's label. */
  outletName: (name: string) => string;
  /** An entity's other names, without its own name and without repeats. */
  otherNames: (e: BriefEntity) => string[];
}

export function makeView(brief: Brief): BriefView {
  const articles = new Map(brief.articles.map((a) => [a.id, a]));
  const entities = new Map(brief.entities.map((e) => [e.id, e]));
  const quotes = new Map(brief.quotes.map((q) => [q.id, q]));
  const label = (id: string) => {
    const a = articles.get(id);
    return a ? articleLabel(a) : id;
  };
  const words = (e: Evidence) => {
    const text = articles.get(e.article)?.text ?? '';
    return e.start >= 0 && e.end <= text.length && e.start < e.end ? text.slice(e.start, e.end) : '';
  };
  const context = (e: Evidence, width = 60) => {
    const text = articles.get(e.article)?.text ?? '';
    let before = text.slice(Math.max(0, e.start - width), Math.max(0, e.start));
    let after = text.slice(e.end, e.end + width);
    if (e.start - width > 0) before = `…${before.replace(/^\S*\s/, '')}`;
    if (e.end + width < text.length) after = `${after.replace(/\s\S*$/, '')}…`;
    return { before: before.replace(/\s+/g, ' '), after: after.replace(/\s+/g, ' ') };
  };
  const outlets = (ids: readonly string[]) => [...new Set(ids.map(label))];
  const bySource = new Map(brief.articles.map((a) => [a.source, a.id]));
  const outletName = (name: string) => {
    const id = bySource.get(name) ?? (articles.has(name) ? name : undefined);
    return id === undefined ? name : label(id);
  };
  return {
    brief,
    article: (id) => articles.get(id),
    entity: (id) => (id === null ? undefined : entities.get(id)),
    quote: (id) => quotes.get(id),
    label,
    words,
    context,
    outlets,
    outletName,
    otherNames: (e) => [...new Set(e.aliases.filter((a) => a.trim() && a !== e.name))],
  };
}

/** "2026-03-14 – 2026-03-16" over the articles' dates, or null when none is dated. */
export function dateRange(brief: Brief): string | null {
  const dates = brief.articles.map((a) => a.published).filter((d): d is string => d !== null).sort();
  if (dates.length === 0) return null;
  return dates[0] === dates.at(-1) ? dates[0]! : `${dates[0]} – ${dates.at(-1)}`;
}
