/**
 * Fetches one URL for ingest: a timeout, a size cap, a redirect cap (each hop checked again), the charset from the
 * header or the page, and private, loopback and link-local addresses refused unless the caller allows them.
 */
import { lookup } from 'node:dns/promises';
import { fail, ok, reject, type Result } from '../../errors.ts';
import { isPrivateAddress } from './address.ts';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowPrivate: boolean;
}

export const DEFAULT_FETCH: FetchOptions = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, allowPrivate: false };

export interface Fetched {
  url: string;
  finalUrl: string;
  contentType: string;
  text: string;
}

async function checkHost(url: URL, opts: FetchOptions): Promise<string | null> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `scheme ${url.protocol} is not http or https`;
  if (opts.allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = (await lookup(host, { all: true })).map((a) => a.address);
  } catch (e) {
    return `cannot resolve ${host} (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  const bad = addresses.find(isPrivateAddress);
  return bad ? `${host} resolves to the private or loopback address ${bad}` : null;
}

function charsetOf(contentType: string, head: Uint8Array): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  const ascii = new TextDecoder('latin1').decode(head.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(ascii)?.[1] ?? 'utf-8';
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // unknown label: read as UTF-8 with replacement characters
  }
}

export async function fetchUrl(input: string, options: Partial<FetchOptions> = {}): Promise<Result<Fetched>> {
  const opts = { ...DEFAULT_FETCH, ...options };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return fail(reject(input, 'FETCH_FAILED', 'not a valid URL'));
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const refused = await checkHost(url, opts);
      if (refused) return fail(reject(input, 'FETCH_REFUSED', refused));
      const res = await fetch(url, { redirect: 'manual', signal: controller.signal, headers: { 'user-agent': 'corroborate' } });
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel();
        if (hop >= opts.maxRedirects) return fail(reject(input, 'FETCH_FAILED', `more than ${opts.maxRedirects} redirects`));
        url = new URL(res.headers.get('location')!, url);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return fail(reject(input, 'FETCH_FAILED', `HTTP ${res.status}`));
      }
      const declared = Number(res.headers.get('content-length') ?? 0);
      if (declared > opts.maxBytes) {
        await res.body?.cancel();
        return fail(reject(input, 'FETCH_FAILED', `${declared} bytes, over the ${opts.maxBytes}-byte limit`));
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of res.body ?? []) {
        size += (chunk as Uint8Array).byteLength;
        if (size > opts.maxBytes) {
          controller.abort();
          return fail(reject(input, 'FETCH_FAILED', `over the ${opts.maxBytes}-byte limit`));
        }
        chunks.push(chunk as Uint8Array);
      }
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) { bytes.set(c, at); at += c.byteLength; }
      const contentType = res.headers.get('content-type') ?? '';
      return ok({ url: input, finalUrl: url.href, contentType, text: decode(bytes, charsetOf(contentType, bytes)) });
    }
  } catch (e) {
    const reason = controller.signal.aborted ? `no answer within ${opts.timeoutMs} ms` : (e as Error).message;
    return fail(reject(input, 'FETCH_FAILED', reason));
  } finally {
    clearTimeout(timer);
  }
}
