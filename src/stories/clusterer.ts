/**
 * Online story clustering: each new article joins the story about the same event or starts a new one.
 * Same event, not same topic: the vectors weight names and numbers, and a story's dates bound who may join.
 * Candidates come from an inverted index over each story's strongest terms, so adding an article costs a few
 * lookups whatever the number of stories. Deterministic: the same articles in the same order give the same stories.
 */
import { ARTICLE_TERMS, termCounts, type TermVector } from './terms.ts';

/** Cosine (tf-idf) at which an article joins a story. */
export const JOIN_SIMILARITY = 0.2;
/** How many terms a story keeps in its centroid. */
export const STORY_TERMS = 160;
/** Articles more than this many days from a story's date range do not join it. */
export const MAX_DAYS_APART = 7;
/**
 * Imagined background documents in which no term occurs: they keep a small batch about one event from giving its
 * shared words (the event's own names) a weight near zero, and matter less and less as the corpus grows.
 */
export const BACKGROUND_DOCS = 50;
/** Terms of the article used to look up candidate stories. */
const PROBE_TERMS = 16;

export interface StoryArticle {
  id: string;
  text: string;
  title?: string | null;
  /** YYYY-MM-DD or null. */
  published?: string | null;
}

interface Story {
  id: number;
  centroid: Map<number, number>;
  norm: number;
  members: string[];
  first: number | null;
  last: number | null;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null. */
export const dayNumber = (d: string | null | undefined): number | null => {
  if (!d || !/^\d{4}-\d{2}-\d{2}/.test(d)) return null;
  return Math.floor(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86400000);
};

export class StoryClusterer {
  private readonly df = new Map<number, number>();
  private docs = 0;
  private readonly stories: Story[] = [];
  private readonly index = new Map<number, number[]>();
  readonly assignment = new Map<string, number>();

  constructor(private readonly joinSimilarity = JOIN_SIMILARITY) {}

  /**
   * Batch use: count document frequencies over all the articles first, so the first articles of a batch are
   * weighted as well as the last. (A stream learns them as it goes.)
   */
  prime(articles: readonly StoryArticle[]): void {
    for (const a of articles) {
      this.docs++;
      for (const t of termCounts(a.title ? `${a.title}\n${a.text}` : a.text).keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
    this.primed = true;
  }

  private primed = false;

  /** Document frequencies, to keep them across runs (a store saves and restores them). */
  exportFrequencies(): { docs: number; df: [number, number][] } {
    return { docs: this.docs, df: [...this.df] };
  }

  importFrequencies(f: { docs: number; df: Iterable<[number, number]> }): void {
    this.docs = f.docs;
    this.df.clear();
    for (const [t, n] of f.df) this.df.set(t, n);
  }

  /** The article's index entry: its strongest terms with tf-idf weights (what the index keeps per article). */
  vector(a: StoryArticle): TermVector {
    const counts = termCounts(a.title ? `${a.title}\n${a.text}` : a.text);
    if (!this.primed) {
      this.docs++;
      for (const t of counts.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
    const scored: [number, number][] = [];
    for (const [t, c] of counts) {
      const idf = Math.log((this.docs + BACKGROUND_DOCS + 1) / ((this.df.get(t) ?? 0) + 0.5));
      scored.push([t, (1 + Math.log(c)) * Math.max(idf, 0.05)]);
    }
    scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const top = scored.slice(0, ARTICLE_TERMS);
    return { terms: Uint32Array.from(top.map((x) => x[0])), weights: Float32Array.from(top.map((x) => x[1])) };
  }

  /** Adds an article; returns the story id it joined or started. */
  add(a: StoryArticle): number {
    return this.addVector(a.id, this.vector(a), a.published ?? null);
  }

  /** Adds an article by its index entry (terms already weighted); returns the story id. */
  addVector(id: string, v: TermVector, published: string | null, forceStory?: number): number {
    let vnorm = 0;
    for (const w of v.weights) vnorm += w * w;
    vnorm = Math.sqrt(vnorm) || 1;
    const day = dayNumber(published);
    const candidates = new Set<number>();
    if (forceStory !== undefined) {
      while (this.stories.length <= forceStory) {
        this.stories.push({ id: this.stories.length, centroid: new Map(), norm: 1, members: [], first: null, last: null });
      }
    }
    for (let i = 0; forceStory === undefined && i < Math.min(PROBE_TERMS, v.terms.length); i++) {
      for (const s of this.index.get(v.terms[i]!) ?? []) candidates.add(s);
    }
    let best = -1;
    let bestSim = 0;
    for (const sid of [...candidates].sort((x, y) => x - y)) {
      const s = this.stories[sid]!;
      if (day !== null && s.first !== null && s.last !== null &&
        (day < s.first - MAX_DAYS_APART || day > s.last + MAX_DAYS_APART)) continue;
      let dot = 0;
      for (let i = 0; i < v.terms.length; i++) dot += v.weights[i]! * (s.centroid.get(v.terms[i]!) ?? 0);
      const sim = dot / (vnorm * s.norm);
      if (sim > bestSim) { bestSim = sim; best = sid; }
    }
    let story: Story;
    if (forceStory !== undefined) story = this.stories[forceStory]!;
    else if (best >= 0 && bestSim >= this.joinSimilarity) story = this.stories[best]!;
    else {
      story = { id: this.stories.length, centroid: new Map(), norm: 1, members: [], first: day, last: day };
      this.stories.push(story);
    }
    this.absorb(story, v, vnorm);
    story.members.push(id);
    if (day !== null) {
      story.first = story.first === null ? day : Math.min(story.first, day);
      story.last = story.last === null ? day : Math.max(story.last, day);
    }
    this.assignment.set(id, story.id);
    return story.id;
  }

  private absorb(story: Story, v: TermVector, vnorm: number): void {
    const before = new Set(this.topTerms(story));
    for (let i = 0; i < v.terms.length; i++) {
      const t = v.terms[i]!;
      story.centroid.set(t, (story.centroid.get(t) ?? 0) + v.weights[i]! / vnorm);
    }
    if (story.centroid.size > STORY_TERMS * 2) {
      const keep = [...story.centroid].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, STORY_TERMS);
      story.centroid.clear();
      for (const [t, w] of keep) story.centroid.set(t, w);
    }
    let n = 0;
    for (const w of story.centroid.values()) n += w * w;
    story.norm = Math.sqrt(n) || 1;
    for (const t of this.topTerms(story)) {
      if (before.has(t)) continue;
      const list = this.index.get(t);
      if (list) list.push(story.id);
      else this.index.set(t, [story.id]);
    }
  }

  private topTerms(story: Story): number[] {
    return [...story.centroid].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, PROBE_TERMS * 2).map((x) => x[0]);
  }

  get storyMembers(): string[][] {
    return this.stories.map((s) => [...s.members]);
  }
}
