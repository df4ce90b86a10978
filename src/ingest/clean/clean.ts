/** STUB (to be replaced): takes the seeds' ` date YYYY-MM-DD` head off the text; keeps the rest as it is. */
import type { CleanArticle, RawArticle } from '../types.ts';

export function cleanArticle(raw: RawArticle): CleanArticle {
  let text = raw.text;
  let published = raw.published;
  let publishedFrom = raw.publishedFrom;
  const removed: CleanArticle['removed'] = [];
  const head = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(text);
  if (head) {
    removed.push({ kind: 'date-head', text: head[0].trim() });
    text = text.slice(head[0].length);
    if (!published) { published = head[1]!; publishedFrom = 'header'; }
  }
  return { source: raw.source, title: raw.title, text: text.trim(), published, publishedFrom, outlet: raw.outlet,
    byline: raw.byline, dateline: null, credits: [], removed };
}
