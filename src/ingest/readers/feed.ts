/** An RSS or Atom feed: one article per item. */
import { parseFeed } from '../feeds/parse-feed.ts';
import { rejected, type ReadResult } from './result.ts';

export function readFeed(text: string, source: string): ReadResult {
  const feed = parseFeed(text, source);
  if (!feed.ok) return rejected(feed.rejection);
  return { articles: feed.value.articles, rejections: [] };
}
