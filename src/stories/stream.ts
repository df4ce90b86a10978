/**
 * A stream of articles grouped into stories: each new article is linked to the copy it repeats (MinHash LSH over
 * signatures) and joins a story (the copy's story, or the online clusterer's choice). Its state can be rebuilt
 * from the index entries a store keeps, so a later run goes on where the last one stopped.
 */
import { StoryClusterer, type StoryArticle } from './clusterer.ts';
import { LshIndex, estimatedJaccard, minhash } from './minhash.ts';
import { shingles } from './shingles.ts';
import { encodeIndexEntry, decodeIndexEntry } from './index-entry.ts';

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
  private readonly lsh = new LshIndex<string>();
  private readonly signatures = new Map<string, Uint32Array>();

  /** Replays a stored article (in the order they were added). */
  restore(id: string, story: number, published: string | null, index: Uint8Array): void {
    const e = decodeIndexEntry(index);
    this.clusterer.addVector(id, e.vector, published, story);
    this.lsh.add(id, e.signature);
    this.signatures.set(id, e.signature);
  }

  add(a: StoryArticle): Placement {
    const signature = minhash(shingles(a.text));
    let copyOf: string | null = null;
    let best = 0;
    for (const c of this.lsh.candidates(signature).sort()) {
      const j = estimatedJaccard(signature, this.signatures.get(c)!);
      if (j >= STREAM_COPY_JACCARD && j > best) { best = j; copyOf = c; }
    }
    const vector = this.clusterer.vector(a);
    const forced = copyOf !== null ? this.clusterer.assignment.get(copyOf) : undefined;
    const story = this.clusterer.addVector(a.id, vector, a.published ?? null, forced);
    this.lsh.add(a.id, signature);
    this.signatures.set(a.id, signature);
    return { id: a.id, story, duplicateOf: copyOf, index: encodeIndexEntry({ vector, signature }) };
  }
}
