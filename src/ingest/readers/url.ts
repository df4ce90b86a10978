/** A URL given as an input: fetched (with the fetch limits), then read as a feed, a page or text by its content. */
import { fetchUrl, type FetchOptions } from '../fetch/fetch-url.ts';
import { looksLikeFeed } from '../feeds/parse-feed.ts';
import { readContent } from './read-one.ts';
import { rejected, type ReadResult } from './result.ts';
import { sniffContent } from './sniff.ts';

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

export async function readUrl(input: string, fetchOptions: Partial<FetchOptions>): Promise<ReadResult> {
  const got = await fetchUrl(input, fetchOptions);
  if (!got.ok) return rejected(got.rejection);
  const { text, contentType } = got.value;
  const kind = looksLikeFeed(text) || /(rss|atom)\+xml/i.test(contentType) ? 'feed' : /html/i.test(contentType) ? 'html' : sniffContent(text);
  const result = readContent(kind, text, input);
  return { ...result, articles: result.articles.map((a) => (a.url || kind === 'feed' ? a : { ...a, url: got.value.finalUrl })) };
}
