/**
 * Online story clustering: each new article joins the story about the same event or starts a new one.
 * Same event, not same topic: the vectors weight names and numbers, and a story's dates bound who may join.
 * Candidates come from an inverted index over each story's strongest terms, so adding an article costs a few
 * lookups whatever the number of stories. Deterministic: the same articles in the same order give the same stories.
 */
import { ARTICLE_TERMS, countText, termCounts, type TermVector } from './terms.ts';
import { TermCounter } from './term-counter.ts';
import { Centroid } from './centroid.ts';

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
/** Terms of the article used to look up candidate stories (and under which its story is indexed). */
const PROBE_TERMS = 16;
/** Most recent stories read from each index list (a word shared by thousands of stories says little). */
const POSTING_SCAN = 32;
/** Candidate stories scored in full: those sharing most strong terms with the article. */
const CANDIDATES = 12;

export interface StoryArticle {
  id: string;
  text: string;
  title?: string | null;
  /** YYYY-MM-DD or null. */
  published?: string | null;
}

interface Story {
  id: number;
  centroid: Centroid;
  norm: number;
  members: string[];
  first: number | null;
  last: number | null;
  /** Terms under which the story is in the index. */
  indexed: Set<number>;
}

/** Whether (w1, t1) ranks below (w2, t2): lower weight, or equal weight and higher term. */
const weaker = (w1: number, t1: number, w2: number, t2: number): boolean => w1 < w2 || (w1 === w2 && t1 > t2);

/** Puts (t, w) at the root of a min-heap of `size` entries and sifts it down. */
function siftDown(terms: Uint32Array, weights: Float64Array, size: number, t: number, w: number): void {
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= size) break;
    if (c + 1 < size && weaker(weights[c + 1]!, terms[c + 1]!, weights[c]!, terms[c]!)) c++;
    if (!weaker(weights[c]!, terms[c]!, w, t)) break;
    terms[i] = terms[c]!; weights[i] = weights[c]!; i = c;
  }
  terms[i] = t; weights[i] = w;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null. */
export const dayNumber = (d: string | null | undefined): number | null => {
  if (!d) return null;
  let n = dayCache.get(d);
  if (n === undefined) {
    n = parseDay(d);
    if (dayCache.size >= 4096) dayCache.clear();
    dayCache.set(d, n);
  }
  return n;
};

/** Day numbers of the dates seen lately (a stream's articles share a few dates). */
const dayCache = new Map<string, number | null>();

const parseDay = (d: string | null | undefined): number | null => {
  if (!d || !/^\d{4}-\d{2}-\d{2}/.test(d)) return null;
  return Math.floor(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86400000);
};

export class StoryClusterer {
  private readonly df = new TermCounter(1024);
  /** Scratch: the term counts of the article being added. */
  private readonly counts = new TermCounter();
  private docs = 0;
  private readonly stories: Story[] = [];
  private readonly index = new Map<number, number[]>();
  readonly assignment = new Map<string, number>();
  /** Scratch: index hits per story while looking for candidates (always zero between calls). */
  private hitCount = new Uint16Array(0);
  /** Scratch for bestStory: stories touched, stories tied at the cut, stories per hit level. */
  private touched = new Int32Array(PROBE_TERMS * POSTING_SCAN);
  private tied = new Int32Array(PROBE_TERMS * POSTING_SCAN);
  private readonly atLevel = new Int32Array(PROBE_TERMS + 2);

  constructor(private readonly joinSimilarity = JOIN_SIMILARITY) {}

  /**
   * Batch use: count document frequencies over all the articles first, so the first articles of a batch are
   * weighted as well as the last. (A stream learns them as it goes.)
   */
  prime(articles: readonly StoryArticle[]): void {
    for (const a of articles) {
      this.docs++;
      for (const t of termCounts(a.title ? `${a.title}\n${a.text}` : a.text).keys()) this.df.add(t, 1);
    }
    this.primed = true;
  }

  private primed = false;

  /** Document frequencies, to keep them across runs (a store saves and restores them). */
  exportFrequencies(): { docs: number; df: [number, number][] } {
    return { docs: this.docs, df: [...this.df.toMap()] };
  }

  importFrequencies(f: { docs: number; df: Iterable<[number, number]> }): void {
    this.docs = f.docs;
    this.df.clear();
    for (const [t, n] of f.df) this.df.add(t, n - this.df.get(t));
  }

  /** The article's index entry: its strongest terms with tf-idf weights (what the index keeps per article). */
  vector(a: StoryArticle): TermVector {
    this.counts.clear();
    countText(a.title ? `${a.title}\n${a.text}` : a.text, this.counts);
    return this.vectorFromCounts(this.counts);
  }

  /**
   * The index entry from raw term counts (as termCounts gives them, or counted from an analysed article's tokens):
   * learns their document frequencies in a stream, weights them by tf-idf and keeps the ARTICLE_TERMS strongest
   * (weight first, then term), chosen by a bounded selection rather than a sort of all terms.
   */
  vectorFromCounts(counts: TermCounter): TermVector {
    const n = counts.size;
    const ck = counts.keys;
    const cv = counts.vals;
    if (!this.primed) {
      this.docs++;
      for (let e = 0; e < n; e++) this.df.add(ck[e]!, 1);
    }
    if (this.selTerms.length < n) { this.selTerms = new Uint32Array(n * 2); this.selWeights = new Float64Array(n * 2); }
    const terms = this.selTerms;
    const weights = this.selWeights;
    const top = Math.min(ARTICLE_TERMS, n);
    // A min-heap (weakest at the root) of the `top` strongest terms seen so far.
    let size = 0;
    const base = this.docs + BACKGROUND_DOCS + 1;
    for (let e = 0; e < n; e++) {
      const t = ck[e]!;
      const c = cv[e]!;
      const idf = Math.log(base / (this.df.get(t) + 0.5));
      const w = (1 + Math.log(c)) * Math.max(idf, 0.05);
      if (size < top) {
        let i = size++;
        while (i > 0) {
          const p = (i - 1) >> 1;
          if (!weaker(w, t, weights[p]!, terms[p]!)) break;
          terms[i] = terms[p]!; weights[i] = weights[p]!; i = p;
        }
        terms[i] = t; weights[i] = w;
      } else if (weaker(weights[0]!, terms[0]!, w, t)) {
        siftDown(terms, weights, size, t, w);
      }
    }
    const outTerms = new Uint32Array(size);
    const outWeights = new Float32Array(size);
    // Pop weakest first, fill from the back: strongest first.
    for (let k = size - 1; k >= 0; k--) {
      outTerms[k] = terms[0]!; outWeights[k] = weights[0]!;
      const last = k;
      if (last > 0) siftDown(terms, weights, last, terms[last]!, weights[last]!);
    }
    return { terms: outTerms, weights: outWeights };
  }

  private selTerms = new Uint32Array(0);
  private selWeights = new Float64Array(0);

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
    let story: Story | undefined;
    if (forceStory !== undefined) {
      while (this.stories.length <= forceStory) {
        this.stories.push({ id: this.stories.length, centroid: new Centroid(), norm: 1, members: [], first: null, last: null, indexed: new Set() });
      }
      story = this.stories[forceStory]!;
    } else {
      const best = this.bestStory(v, vnorm, day);
      if (best) story = best;
    }
    if (!story) {
      story = { id: this.stories.length, centroid: new Centroid(), norm: 1, members: [], first: day, last: day, indexed: new Set() };
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

  /**
   * The story the article joins, if any: candidates are the stories indexed under the article's strongest terms
   * (the most recent POSTING_SCAN of each list), the CANDIDATES sharing most of them are scored by cosine.
   */
  private bestStory(v: TermVector, vnorm: number, day: number | null): Story | undefined {
    if (this.hitCount.length < this.stories.length) {
      const grown = new Uint16Array(Math.max(1024, this.stories.length * 2));
      grown.set(this.hitCount);
      this.hitCount = grown;
    }
    const hitCount = this.hitCount;
    const probes = Math.min(PROBE_TERMS, v.terms.length);
    if (this.touched.length < probes * POSTING_SCAN) this.touched = new Int32Array(PROBE_TERMS * POSTING_SCAN);
    const touched = this.touched;
    let nt = 0;
    for (let i = 0; i < probes; i++) {
      const list = this.index.get(v.terms[i]!);
      if (!list) continue;
      for (let k = list.length - 1; k >= Math.max(0, list.length - POSTING_SCAN); k--) {
        const sid = list[k]!;
        if (hitCount[sid]++ === 0) touched[nt++] = sid;
      }
    }
    let ranked: Int32Array;
    if (nt <= CANDIDATES) ranked = touched.slice(0, nt);
    else {
      // The CANDIDATES stories with most hits (hits ≤ PROBE_TERMS, so count them by level), ties to the newest.
      const atLevel = this.atLevel.fill(0);
      for (let k = 0; k < nt; k++) atLevel[hitCount[touched[k]!]!]!++;
      let cut = PROBE_TERMS + 1;
      let above = 0;
      while (cut > 1 && above + atLevel[cut]! < CANDIDATES) above += atLevel[cut--]!;
      ranked = new Int32Array(CANDIDATES);
      let nr = 0;
      let nTied = 0;
      const tied = this.tied.length < nt ? (this.tied = new Int32Array(PROBE_TERMS * POSTING_SCAN)) : this.tied;
      for (let k = 0; k < nt; k++) {
        const sid = touched[k]!;
        const h = hitCount[sid]!;
        if (h > cut) ranked[nr++] = sid;
        else if (h === cut) tied[nTied++] = sid;
      }
      const byNewest = tied.subarray(0, nTied).sort();
      for (let k = nTied - 1; nr < CANDIDATES && k >= 0; k--) ranked[nr++] = byNewest[k]!;
      ranked = ranked.subarray(0, nr);
    }
    for (let k = 0; k < nt; k++) hitCount[touched[k]!] = 0;
    let best: Story | undefined;
    let bestSim = 0;
    ranked.sort();
    for (let r = 0; r < ranked.length; r++) {
      const s = this.stories[ranked[r]!]!;
      if (day !== null && s.first !== null && s.last !== null &&
        (day < s.first - MAX_DAYS_APART || day > s.last + MAX_DAYS_APART)) continue;
      let dot = 0;
      for (let i = 0; i < v.terms.length; i++) dot += v.weights[i]! * s.centroid.get(v.terms[i]!);
      const sim = dot / (vnorm * s.norm);
      if (sim > bestSim) { bestSim = sim; best = s; }
    }
    return bestSim >= this.joinSimilarity ? best : undefined;
  }

  private absorb(story: Story, v: TermVector, vnorm: number): void {
    let n = story.norm === 1 && story.centroid.size === 0 ? 0 : story.norm * story.norm;
    for (let i = 0; i < v.terms.length; i++) {
      const t = v.terms[i]!;
      const old = story.centroid.get(t);
      const w = old + v.weights[i]! / vnorm;
      n += w * w - old * old;
      story.centroid.set(t, w);
    }
    if (story.centroid.size > STORY_TERMS * 2) {
      const keep = story.centroid.entries().sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, STORY_TERMS);
      story.centroid.reset(STORY_TERMS);
      n = 0;
      for (const [t, w] of keep) { story.centroid.set(t, w); n += w * w; }
    }
    story.norm = Math.sqrt(Math.max(n, 0)) || 1;
    // The story is found under each member's strongest terms.
    for (let i = 0; i < Math.min(PROBE_TERMS, v.terms.length); i++) {
      const t = v.terms[i]!;
      if (story.indexed.has(t)) continue;
      story.indexed.add(t);
      const list = this.index.get(t);
      if (list) list.push(story.id);
      else this.index.set(t, [story.id]);
    }
  }

  get storyMembers(): string[][] {
    return this.stories.map((s) => [...s.members]);
  }
}
