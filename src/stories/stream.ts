/**
 * A stream of articles grouped into stories: each new article is linked to the copy it repeats (MinHash LSH over
 * signatures) and joins a story (the copy's story, or the online clusterer's choice). Its state can be rebuilt
 * from the index entries a store keeps, so a later run goes on where the last one stopped.
 *
 * Two ways in: `add` reads an article's text; `addAnalysed` / `addDoc` read an article already analysed (its
 * tokens, sentences and mentions) without scanning its text again.
 */
import { StoryClusterer, type StoryArticle } from './clusterer.ts';
import { LshIndex, SIGNATURE_SIZE, estimatedJaccardAt, minhash } from './minhash.ts';
import { shingleHashes, wordHashes } from './shingles.ts';
import { encodeIndexEntry, decodeIndexEntry } from './index-entry.ts';
import { docFeatures, type AnalysedArticle } from './doc-features.ts';
import type { TermVector } from './terms.ts';
import { TermCounter } from './term-counter.ts';
import type { Doc } from '../doc/types.ts';

export type { AnalysedArticle } from './doc-features.ts';

/** Estimated Jaccard of signatures at which a new article is a copy of an earlier one. */
export const STREAM_COPY_JACCARD = 0.5;

export interface Placement {
  id: string;
  story: number;
  duplicateOf: string | null;
  index: Uint8Array;
}

export class StoryStream {
  readonly clusterer = new StoryClusterer();
  /** Articles by number (the order they were added); the LSH index holds numbers. */
  private readonly ids: string[] = [];
  private readonly lsh = new LshIndex<number>();
  /** Scratch: the term counts of the analysed article being added. */
  private readonly counts = new TermCounter();
  /** All signatures, SIGNATURE_SIZE values per article, one after another. */
  private signatures = new Uint32Array(SIGNATURE_SIZE * 1024);

  /** Replays a stored article (in the order they were added). */
  restore(id: string, story: number, published: string | null, index: Uint8Array): void {
    const e = decodeIndexEntry(index);
    this.clusterer.addVector(id, e.vector, published, story);
    this.remember(id, e.signature);
  }

  add(a: StoryArticle): Placement {
    const signature = minhash(shingleHashes(wordHashes(a.text)));
    return this.place(a.id, a.published ?? null, signature, () => this.clusterer.vector(a));
  }

  /** Adds an analysed article: term counts and shingles read from its tokens in one pass. */
  addAnalysed(a: AnalysedArticle): Placement {
    const f = docFeatures(a, this.counts);
    return this.place(a.id, a.published ?? null, minhash(f.shingles), () => this.clusterer.vectorFromCounts(f.counts));
  }

  /** Adds an article from its Doc (tokens, sentences and entity mentions from the analysis). */
  addDoc(doc: Doc): Placement {
    return this.addAnalysed({
      id: doc.id, title: doc.meta.title, published: doc.meta.published,
      tokens: doc.tokens, sentences: doc.sentences, mentions: doc.mentions,
    });
  }

  private place(id: string, published: string | null, signature: Uint32Array, vectorOf: () => TermVector): Placement {
    let copy = -1;
    let best = 0;
    const candidates = this.lsh.candidates(signature);
    if (candidates.length > 1) candidates.sort((x, y) => (this.ids[x]! < this.ids[y]! ? -1 : this.ids[x]! > this.ids[y]! ? 1 : 0));
    for (const c of candidates) {
      const j = estimatedJaccardAt(signature, this.signatures, c * SIGNATURE_SIZE);
      if (j >= STREAM_COPY_JACCARD && j > best) { best = j; copy = c; }
    }
    const copyOf = copy >= 0 ? this.ids[copy]! : null;
    const vector = vectorOf();
    const forced = copyOf !== null ? this.clusterer.assignment.get(copyOf) : undefined;
    const story = this.clusterer.addVector(id, vector, published, forced);
    this.remember(id, signature);
    return { id, story, duplicateOf: copyOf, index: encodeIndexEntry({ vector, signature }) };
  }

  private remember(id: string, signature: Uint32Array): void {
    const k = this.ids.length;
    this.ids.push(id);
    if ((k + 1) * SIGNATURE_SIZE > this.signatures.length) {
      const grown = new Uint32Array(this.signatures.length * 2);
      grown.set(this.signatures);
      this.signatures = grown;
    }
    this.signatures.set(signature, k * SIGNATURE_SIZE);
    this.lsh.add(k, signature);
  }
}
