/**
 * A summary sentence that only one outlet reports says so. When the story is told by two or more independent
 * outlets and a chosen sentence rests on one of them alone (its copies and close rewrites all come from that
 * outlet, syndicated copies counted with their original), the reader is told whose word it is:
 * "According to <Outlet>, the mayor closed …". The outlet must be known (the article's `outlet` field): when it is
 * null, nothing is added, so that no outlet is invented.
 *
 * The added words are ours, not the outlet's: they are the only words of a summary sentence that no evidence span
 * covers. They are either a prefix ("According to X, ", the sentence's first word lower-cased unless it is a
 * proper noun) or, for a sentence that opens on a quotation, a tail before the final stop (", according to X.").
 * `Attributed.added` gives their offsets in the new text; the evidence spans still point at the outlet's own words.
 */
import type { Doc } from '../doc/types.ts';
import { FUNCTION_WORDS } from './words.ts';

export interface Attributed {
  text: string;
  /** Offsets in `text` of the words we added (prefix or tail); everything else is the outlet's own words. */
  added: { start: number; end: number };
  outlet: string;
}

/** The outlet of an article as its metadata gives it, or null when unknown. */
export function knownOutlet(doc: Doc): string | null {
  const o = doc.meta.outlet?.trim();
  return o ? o : null;
}

/** Who an article counts as when outlets are counted: its known outlet, else the article alone (its source). */
export function outletKey(doc: Doc): string {
  return knownOutlet(doc) ?? `source:${doc.meta.source}\u0000${doc.id}`;
}

/**
 * `text` (an outlet's sentence, starting at `start` in `doc`) with the attribution to `outlet` added. After the
 * prefix, the first word is lower-cased when it is a common word (see `keepsCapital`); `story` is every article of
 * the story, read for how the word is written elsewhere.
 */
export function attributeTo(outlet: string, text: string, doc: Doc, start: number, story: readonly Doc[] = [doc]): Attributed {
  const opensQuote = /^["“‘'«]/.test(text);
  const stop = /[.!]$/.exec(text);
  if (opensQuote && stop) {
    // "“We will rebuild,” the mayor said." → "“We will rebuild,” the mayor said, according to X."
    const tail = `, according to ${outlet}`;
    const cut = text.length - 1;
    return { text: text.slice(0, cut) + tail + text.slice(cut), added: { start: cut, end: cut + tail.length }, outlet };
  }
  const prefix = `According to ${outlet}, `;
  const body = keepsCapital(doc, start, story) ? text : text.charAt(0).toLowerCase() + text.slice(1);
  return { text: prefix + body, added: { start: 0, end: prefix.length }, outlet };
}

/**
 * Does the word opening a sentence keep its capital inside another sentence? The tagger calls most capitalised
 * sentence-initial nouns proper ("Engineers", "Police"), so the story's own spelling decides first: a word that is
 * not a capital and lower-case letters ("I", "NATO", "McCain") or a word inside a named-entity mention ("The
 * Hague") keeps it; another function word ("The") loses it; a word before another capitalised word keeps it (a title
 * before a name, "Governor Yuliya Korenko"); otherwise the story's spelling elsewhere decides (capitalised after a lower-case word, against written in lower
 * case: the more frequent wins), and a word written nowhere else keeps it only when the tagger calls it a proper noun.
 */
export function keepsCapital(doc: Doc, start: number, story: readonly Doc[]): boolean {
  const i = doc.tokens.findIndex((t) => t.start === start);
  const tok = doc.tokens[i];
  if (!tok || !/^\p{Lu}\p{Ll}+$/u.test(tok.text)) return true;
  if ((doc.mentions ?? []).some((m) => m.tokenStart <= i && i < m.tokenEnd)) return true;
  if (FUNCTION_WORDS.has(tok.norm)) return false;
  // A title before a name ("Governor Yuliya Korenko") keeps its capital.
  if (/^\p{Lu}/u.test(doc.tokens[i + 1]?.text ?? '')) return true;
  const w = tok.text;
  const mid = new RegExp(`[\\p{Ll}\\p{N},;] +${w}(?![\\p{L}\\p{N}])`, 'gu');
  const lower = new RegExp(`(?<![\\p{L}\\p{N}])${w.toLowerCase()}(?![\\p{L}\\p{N}])`, 'gu');
  let capital = 0;
  let small = 0;
  for (const d of story) {
    capital += d.text.match(mid)?.length ?? 0;
    small += d.text.match(lower)?.length ?? 0;
  }
  if (capital !== small) return capital > small;
  return tok.pos === 'PROPN';
}

/**
 * The outlet a sentence rests on alone, or null: null when the story has fewer than two independent outlets, when
 * the sentence's articles (by their independent source, see units.ts) span two or more outlets, or when that one
 * outlet's name is unknown. `sources` are the independent source ids (article ids) of the sentence's articles;
 * `storySources` those of every article in the story.
 */
export function singleOutlet(
  sources: Iterable<string>,
  storySources: Iterable<string>,
  docById: ReadonlyMap<string, Doc>,
): string | null {
  const key = (id: string): string => { const d = docById.get(id); return d ? outletKey(d) : `source:${id}`; };
  const story = new Set<string>();
  for (const s of storySources) story.add(key(s));
  if (story.size < 2) return null;
  const own = new Set<string>();
  let doc: Doc | undefined;
  for (const s of sources) { own.add(key(s)); doc ??= docById.get(s); }
  if (own.size !== 1 || !doc) return null;
  return knownOutlet(doc);
}
