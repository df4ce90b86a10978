/**
 * cleanArticle(raw): finds the metadata lines in an article's text (date head, "Updated …" lines, byline, headline,
 * dateline, credits, page furniture, dropped headlines), takes them out of the analysed body and keeps them as
 * fields and `removed[]`. The rest of the text stays byte-identical, so offsets into it cite the article. Pure.
 */
import type { CleanArticle, RawArticle } from '../types.ts';
import { takeDateHead } from './01-date-head.ts';
import { takeUpdatedLines } from './02-updated-line.ts';
import { takeBylines } from './03-byline.ts';
import { takeHeadline } from './04-headline.ts';
import { takeDateline } from './05-dateline.ts';
import { takeCredits } from './06-credits.ts';
import { takeBoilerplate } from './07-boilerplate.ts';
import { takeSubheads } from './08-subheads.ts';
import { inferOutlet } from './09-outlet.ts';
import { rebuildText, startState, type CleanState } from './state.ts';

/** The steps, in order: each sees the lines the earlier ones left. */
export const CLEAN_STEPS: readonly ((s: CleanState) => void)[] = [
  takeDateHead,
  takeUpdatedLines,
  takeBylines,
  takeHeadline,
  takeDateline,
  takeCredits,
  takeBoilerplate,
  takeSubheads,
  inferOutlet,
];

/** A date found in the text fills `published` when none was given: first-published before updated. */
function settleDates(s: CleanState): { updated: string | null } {
  let first: string | null = null;
  let updated: string | null = null;
  for (const d of s.dates) {
    if (d.updated) updated ??= d.date;
    else first ??= d.date;
  }
  if (!s.published && (first ?? updated)) { s.published = first ?? updated; s.publishedFrom = 'text'; }
  return { updated };
}

const byLineThenOrder = (a: CleanState['removed'][number], b: CleanState['removed'][number]) =>
  a.line - b.line || a.order - b.order;
const itemOf = (r: CleanState['removed'][number]) => r.item;

export function cleanArticle(raw: RawArticle): CleanArticle {
  const s = startState(raw);
  for (const step of CLEAN_STEPS) step(s);
  const { updated } = settleDates(s);
  const removed = s.removed.length === 0 ? [] : [...s.removed].sort(byLineThenOrder).map(itemOf);
  return {
    source: raw.source, title: s.title, text: rebuildText(s), published: s.published, publishedFrom: s.publishedFrom,
    updated: raw.updated ?? updated, outlet: s.outlet, byline: s.byline, dateline: s.dateline, credits: s.credits, removed,
  };
}
