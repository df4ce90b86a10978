/**
 * refineSpans: general post-rules over the tagger's spans, for the errors a statistical tagger trained on 1990s
 * wire text makes on today's news. Each rule reads only the document's own tokens and the word lists in
 * lexicon.ts:
 *  - a title before a name is cut off ("Secretary of State Mara Lind" → person "Mara Lind");
 *  - "A's B" where B is a person and A was read as a person: A is the employer, an organisation;
 *  - government metonyms, platforms and news outlets are organisations ("the Kremlin", "Telegram", "Harbour
 *    Ledger", "Radio Sarn", "the Courier"; "X" only where it reads as the platform);
 *  - a word opening a sentence gets the type the same word has elsewhere in the article as a person's name, and a
 *    capitalised word before a speech verb ("Okafor said") is a person when nothing says otherwise;
 *  - hyphenated joins of two names are split ("Boeing-Air Force"); "Leeds-based" gives the place Leeds;
 *  - numbered product models ("Airbus A380", "iPhone 4") are 'other'.
 * Types: 1 PER, 2 ORG, 3 LOC, 4 MISC (as TypedSpan).
 */
import type { Token } from '../../doc/types.ts';
import { A_LEX, ATTR_FLAGS, ATTR_GAZ, F_DIGIT, F_INIT_UPPER, wordAttrs, type DocContext } from './features.ts';
import type { TypedSpan } from './tagger.ts';
import { GAZ_DEMONYM, GAZ_FIRST, GAZ_PLACE, GAZ_PLACE_PART, GAZ_STOP, GAZ_SURNAME, GAZ_TIME, GAZ_TITLE } from './gazetteer.ts';
import {
  COMMON_SUBJECTS, DEPARTMENTS, MAKERS, METONYM_ORGS, OUTLETS, OUTLET_ALONE, OUTLET_ENDS, OUTLET_ENDS_WEAK,
  OUTLET_STARTS, PLACE_SUFFIX_WORDS, PLATFORMS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS,
} from './lexicon.ts';

const PER = 1, ORG = 2, LOC = 3, MISC = 4;
const HYPHENS = new Set(['-', '–', '‐']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** A letter prefix and three or four digits ("A380", "MH370"): a model or flight number. */
const MODEL_NUMBER = /^[A-Z]{1,2}-?\d{3,4}[A-Z]{0,2}$/;
const DIGITS_MODEL = /^\d{1,4}[A-Za-z]{0,2}$/;
const CAMEL_PRODUCT = /^[ie][A-Z][a-z]+$/;

// The document being refined (set on entry; the rules are pure functions of it).
let TOK: readonly Token[] = [];
let CTX: DocContext | null = null;
const SLOT_LEX = A_LEX, A_GAZ = ATTR_GAZ, A_FLAGS = ATTR_FLAGS, INIT_UPPER = F_INIT_UPPER, HAS_DIGIT = F_DIGIT;
/** Lower-case text of token i, computed once. */
const lo = (i: number): string => TOK[i]!.text.toLowerCase();
/** Whether token i starts with a capital. */
const capAt = (i: number): boolean => i >= 0 && i < TOK.length && (CTX!.attrs[i]![A_FLAGS]! & INIT_UPPER) !== 0;
/** Gazetteer classes of token i. */
const gz = (i: number): number => CTX!.attrs[i]![A_GAZ]!;
const key = (a: number, b: number): string => {
  let s = lo(a);
  for (let i = a + 1; i < b; i++) s += ' ' + lo(i);
  return s;
};
const isOrgName = (k: string): boolean => METONYM_ORGS.has(k) || PLATFORMS.has(k) || OUTLETS.has(k);

// Lexicon classes per word, keyed by the word's lower-case hash (its attribute A_LOWER, see features.ts), so the
// rules test words without building lower-case strings.
const L_HEAD = 1, L_MOD = 2, L_DEPT = 4, L_SPEECH = 8, L_COMMON = 16, L_OUT_END = 32, L_OUT_WEAK = 64, L_OUT_START = 128,
  L_OUT_ALONE = 256, L_SUFFIX = 512, L_MAKER = 1024, L_ORG_FIRST = 2048, L_PLATFORM = 4096, L_THE = 8192, L_OF = 16384,
  L_ON = 32768, L_FORMERLY = 65536, L_POST = 131072;
const LEX: ReadonlyMap<number, number> = (() => {
  const m = new Map<number, number>();
  const put = (words: Iterable<string>, bit: number) => {
    for (const w of words) { const h = wordAttrs(w)[0]! & 0x3fffffff; m.set(h, (m.get(h) ?? 0) | bit); }
  };
  put(TITLE_HEADS, L_HEAD); put(TITLE_MODIFIERS, L_MOD); put(DEPARTMENTS, L_DEPT); put(SPEECH_VERBS, L_SPEECH);
  put(COMMON_SUBJECTS, L_COMMON); put(OUTLET_ENDS, L_OUT_END); put(OUTLET_ENDS_WEAK, L_OUT_WEAK);
  put(OUTLET_STARTS, L_OUT_START); put(OUTLET_ALONE, L_OUT_ALONE); put(PLACE_SUFFIX_WORDS, L_SUFFIX); put(MAKERS, L_MAKER);
  put([...METONYM_ORGS, ...PLATFORMS, ...OUTLETS].map((k) => k.split(' ')[0]!), L_ORG_FIRST);
  put(PLATFORMS, L_PLATFORM); put(['the'], L_THE); put(['of'], L_OF); put(['on', 'via'], L_ON); put(['formerly'], L_FORMERLY);
  put(['post', 'posts', 'account'], L_POST);
  return m;
})();
const LEX_DONE = 1 << 30;
/** Lexicon classes of token i (looked up once per word form and kept in its attribute array). */
function lx(i: number): number {
  const a = CTX!.attrs[i]!;
  let v = a[SLOT_LEX]!;
  if (v === 0) { v = (LEX.get(a[0]! & 0x3fffffff) ?? 0) | LEX_DONE; a[SLOT_LEX] = v; }
  return v;
}

// Work buffers, reused from one document to the next (cleared on entry). SPAN_AT[t]: 1 + index in `spans` of the
// last span starting at token t (0 none); SPAN_END[t]: 1 when a span ends at token t.
let CANDS = new Int32Array(4096), USED = new Uint8Array(4096), SPAN_AT = new Int32Array(4097), SPAN_END = new Int32Array(4097);
let ADDED: TypedSpan[] = [];

/** Adds a span over tokens a..b unless one of them is taken already. */
function add(a: number, b: number, type: number): void {
  const used = USED;
  for (let i = a; i < b; i++) if (used[i]) return;
  for (let i = a; i < b; i++) used[i] = 1;
  ADDED.push({ tokenStart: a, tokenEnd: b, type });
}

export function refineSpans(tokens: readonly Token[], ctx: DocContext, input: TypedSpan[]): TypedSpan[] {
  const n = tokens.length;
  TOK = tokens; CTX = ctx;
  if (CANDS.length < n) {
    CANDS = new Int32Array(n * 2); USED = new Uint8Array(n * 2); SPAN_AT = new Int32Array(n * 2 + 1); SPAN_END = new Int32Array(n * 2 + 1);
  }
  SPAN_AT.fill(0, 0, n + 1);
  SPAN_END.fill(0, 0, n + 1);
  const split = splitHyphenJoins(tokens, ctx, input);
  let spans: TypedSpan[] = [];
  for (const x of split) { const s = stripTitle(tokens, dropTrailingDay(tokens, x)); if (s.tokenEnd > s.tokenStart) spans.push(s); }
  // The candidate tokens (capitalised words and what joins them), the only ones the rules below look at.
  const cands = CANDS, used = USED, cand = ctx.cand;
  let nc = 0;
  for (let i = 0; i < n; i++) if (cand[i]) cands[nc++] = i;
  used.fill(0, 0, n);
  for (const s of spans) for (let i = s.tokenStart; i < s.tokenEnd; i++) used[i] = 1; // short ranges: no fill() call each
  const added: TypedSpan[] = [];
  ADDED = added;

  // Organisations by name and by pattern.
  for (const s of spans) {
    if ((lx(s.tokenStart) & L_ORG_FIRST) && isOrgName(key(s.tokenStart, s.tokenEnd))) { s.type = ORG; continue; }
    if (s.tokenEnd - s.tokenStart < 2) continue;
    const last = lx(s.tokenEnd - 1);
    if ((last & L_OUT_END) && (!(last & L_OUT_WEAK) || s.type === PER || s.type === LOC)) s.type = ORG;
    else if ((lx(s.tokenStart) & L_OUT_START) && s.type !== MISC) s.type = ORG;
  }
  // Untagged runs of capitalised words that name an organisation; "the Courier"; the platform X.
  for (let c = 0; c < nc;) {
    const i = cands[c]!;
    if (used[i]) { c++; continue; }
    let j = i + 1;
    while (j < n && !used[j] && ctx.cand[j] && ctx.sentStart[j] === ctx.sentStart[i]) j++;
    for (let a = i; a < j; a++) {
      if (!(lx(a) & L_ORG_FIRST)) continue;
      for (let b = j; b > a; b--) {
        if (isOrgName(key(a, b)) && (b - a > 1 || tokens[a]!.text !== 'X')) { add(a, b, ORG); a = b - 1; break; }
      }
    }
    for (let a = i; a < j; a++) {
      if (used[a] || a === 0 || (ctx.where[a]! & 1) || !(lx(a) & L_OUT_ALONE) || !(lx(a - 1) & L_THE)) continue;
      if (a + 1 < n && capAt(a + 1)) continue;
      add(a, a + 1, ORG);
    }
    while (c < nc && cands[c]! < j) c++;
  }
  let platformDoc = false;
  const spanAt = SPAN_AT;
  for (let k = 0; k < spans.length; k++) spanAt[spans[k]!.tokenStart] = k + 1;
  for (let c = 0; c < nc && !platformDoc; c++) if (lx(cands[c]!) & L_PLATFORM) platformDoc = true;
  for (let c = 0; c < nc; c++) {
    const i = cands[c]!;
    if (tokens[i]!.text !== 'X' || (ctx.where[i]! & 2) || (i + 1 < n && HYPHENS.has(tokens[i + 1]!.text))) continue;
    if (i > 0 && capAt(i - 1) && !(ctx.where[i]! & 1)) continue;
    const prev = i > 0 ? lx(i - 1) : 0, next = i + 1 < n ? lx(i + 1) : 0;
    const formerly = (next & L_FORMERLY) || (i + 2 < n && tokens[i + 1]!.text === ',' && (lx(i + 2) & L_FORMERLY));
    if ((prev & L_ON) || platformDoc || formerly || ((next & L_POST) && i > 0 && !capAt(i - 1))) {
      const k = spanAt[i]!;
      if (k > 0) { const s = spans[k - 1]!; if (s.tokenEnd === i + 1) s.type = ORG; } else add(i, i + 1, ORG);
    }
  }

  // "A's B": B a person, A read as a person → A is where B works.
  for (const s of spans) {
    if (s.type !== PER) continue;
    const p = s.tokenEnd;
    if (p + 1 >= n || !POSSESSIVE.has(tokens[p]!.text)) continue;
    const bk = spanAt[p + 1]!;
    const b = bk > 0 ? spans[bk - 1]! : undefined;
    if (!b || b.type !== PER || b.tokenEnd - b.tokenStart < 2) continue;
    if (gz(s.tokenStart) & GAZ_FIRST) continue;
    s.type = ORG;
  }

  // Persons: surnames known from the article, and names before a speech verb. The surnames are gathered when the
  // first sentence-initial lone candidate needs them.
  let personWords: Set<number> | null = null;
  for (let c = 0; c < nc; c++) {
    const i = cands[c]!;
    if (used[i] || !(ctx.where[i]! & 1) || (i + 1 < n && ctx.cand[i + 1])) continue;
    const t = tokens[i]!;
    personWords ??= surnames(spans, ctx);
    if (personWords.size && personWords.has(ctx.attrs[i]![1]! & 0x3fffffff)) { add(i, i + 1, PER); continue; }
    if (i + 1 >= n || !(lx(i + 1) & L_SPEECH)) continue;
    const g = gz(i);
    if ((lx(i) & L_COMMON) || (g & NOT_NAME)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
    if (/s$/.test(t.text) && !(g & (GAZ_FIRST | GAZ_SURNAME))) continue;
    const h = ctx.attrs[i]![0]! >>> 16;
    if (ctx.seenLower[h >>> 5]! & (1 << (h & 31))) continue;
    add(i, i + 1, PER);
  }

  // "Leeds-based": Leeds is a place.
  const spanEnd = SPAN_END;
  for (const s of spans) spanEnd[s.tokenEnd] = 1;
  for (let c = 0; c < nc; c++) {
    const i = cands[c]!;
    if (i + 2 >= n || !(ctx.attrs[i]![A_FLAGS]! & INIT_UPPER) || !HYPHENS.has(tokens[i + 1]!.text)) continue;
    if (!(lx(i + 2) & L_SUFFIX)) continue;
    if (tokens[i + 1]!.start !== tokens[i]!.end || tokens[i + 2]!.start !== tokens[i + 1]!.end) continue;
    const g = gz(i);
    if (g & (GAZ_DEMONYM | GAZ_STOP) || isOrgName(lo(i))) continue;
    if (!(g & (GAZ_PLACE | GAZ_PLACE_PART)) && /(ese|ian|ish|ic|an|i)$/.test(lo(i))) continue;
    // A span the tagger already gave (CoNLL's convention: "Leeds-based" as 'other') stays as it is.
    if (spanEnd[i + 1] === 0) add(i, i + 1, LOC);
  }

  // Product models.
  for (const s of spans) {
    const a = s.tokenStart;
    let e = s.tokenEnd;
    const last = tokens[e - 1]!;
    if (e < n && DIGITS_MODEL.test(tokens[e]!.text) && !used[e] && tokens[e]!.start === last.end + 1 &&
      ((lx(e - 1) & L_MAKER) || CAMEL_PRODUCT.test(last.text))) { used[e] = 1; e++; s.tokenEnd = e; s.type = MISC; continue; }
    if (e - a >= 2 && (MODEL_NUMBER.test(last.text) || DIGITS_MODEL.test(last.text)) && (lx(e - 2) & L_MAKER)) s.type = MISC;
    else if (e - a === 1 && CAMEL_PRODUCT.test(last.text)) s.type = MISC;
  }
  for (let c = 0; c < nc; c++) {
    const i = cands[c]!;
    if (used[i]) continue;
    const f = ctx.attrs[i]![A_FLAGS]!;
    if ((f & INIT_UPPER) && !(f & HAS_DIGIT)) continue;
    const t = tokens[i]!;
    if (CAMEL_PRODUCT.test(t.text)) {
      const num = i + 1 < n && !used[i + 1] && DIGITS_MODEL.test(tokens[i + 1]!.text) && tokens[i + 1]!.start === t.end + 1;
      add(i, num ? i + 2 : i + 1, MISC);
    } else if (MODEL_NUMBER.test(t.text)) add(i, i + 1, MISC);
  }

  if (added.length) { spans = spans.concat(added); spans.sort((x, y) => x.tokenStart - y.tokenStart); }
  return spans;
}

const NOT_NAME = GAZ_STOP | GAZ_TIME | GAZ_TITLE | GAZ_DEMONYM | GAZ_PLACE | GAZ_PLACE_PART;

/** Last words (by word hash) of the multi-word person spans, less any word inside another span. */
function surnames(spans: readonly TypedSpan[], ctx: DocContext): Set<number> {
  const personWords = new Set<number>();
  const otherWords = new Set<number>();
  for (const s of spans) {
    const len = s.tokenEnd - s.tokenStart;
    if (s.type === PER) { if (len > 1 && !(gz(s.tokenEnd - 1) & NOT_NAME)) personWords.add(ctx.attrs[s.tokenEnd - 1]![1]! & 0x3fffffff); }
    else for (let i = s.tokenStart; i < s.tokenEnd; i++) otherWords.add(ctx.attrs[i]![1]! & 0x3fffffff);
  }
  for (const t of otherWords) personWords.delete(t);
  return personWords;
}

/**
 * Splits names joined by a hyphen: "Boeing-Air Force" (no spaces, one side of two or more words, not a person's
 * double-barrelled name) and "Leeds - Tomas Reyes" (a spaced dash between two names). A one-word piece of a split
 * person that is a known place is a place.
 */
function splitHyphenJoins(tokens: readonly Token[], ctx: DocContext, spans: TypedSpan[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const s of spans) {
    if (ctx.where[s.tokenStart]! & 2) { out.push(s); continue; }
    let a = s.tokenStart;
    const pieces: TypedSpan[] = [];
    for (let i = a + 1; i < s.tokenEnd - 1; i++) {
      const h = tokens[i]!;
      if (!HYPHENS.has(h.text) || !capAt(i - 1) || !capAt(i + 1)) continue;
      const spaced = h.start > tokens[i - 1]!.end && tokens[i + 1]!.start > h.end;
      let e = i + 1;
      while (e < s.tokenEnd && !HYPHENS.has(tokens[e]!.text)) e++;
      if (!spaced && (s.type === PER || (i - a < 2 && e - (i + 1) < 2))) continue;
      pieces.push({ tokenStart: a, tokenEnd: i, type: s.type });
      a = i + 1;
    }
    if (!pieces.length) {
      // "Anne-Marie Duval" read as "Anne" + person "Marie Duval": one person.
      const prev = out[out.length - 1], h = tokens[s.tokenStart - 1];
      if (s.type === PER && s.tokenEnd - s.tokenStart >= 2 && prev && prev.type !== PER && h && HYPHENS.has(h.text) &&
        prev.tokenEnd === s.tokenStart - 1 && prev.tokenEnd - prev.tokenStart === 1 && h.start === tokens[prev.tokenStart]!.end &&
        tokens[s.tokenStart]!.start === h.end && !(gz(prev.tokenStart) & (GAZ_PLACE | GAZ_PLACE_PART | GAZ_DEMONYM))) {
        prev.tokenEnd = s.tokenEnd; prev.type = PER; continue;
      }
      out.push(s); continue;
    }
    pieces.push({ tokenStart: a, tokenEnd: s.tokenEnd, type: s.type });
    for (const p of pieces) {
      if (p.type === PER && p.tokenEnd - p.tokenStart === 1 && gz(p.tokenStart) & GAZ_PLACE) p.type = LOC;
      out.push(p);
    }
  }
  return out;
}

/**
 * Cuts a leading title off a name: "US Secretary of State Mara Lind", "Deputy Prime Minister Ilse Moreau",
 * "Chief Executive Lena Varga". Only when a title head is there and a capitalised name remains; the rest is a
 * person. A name that merely starts after "of State" ("State Mara Lind" after "Secretary of") is cut the same way.
 */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "at the Kremlin Sunday": a day name after a name says when, not who. A span tagged `other` keeps it (a named
 * day such as "Super Tuesday"). */
function dropTrailingDay(tokens: readonly Token[], s: TypedSpan): TypedSpan {
  if (s.type === MISC || s.tokenEnd - s.tokenStart < 2) return s;
  if (!WEEKDAYS.has(tokens[s.tokenEnd - 1]!.text.toLowerCase())) return s;
  return { tokenStart: s.tokenStart, tokenEnd: s.tokenEnd - 1, type: s.type };
}

function stripTitle(tokens: readonly Token[], s: TypedSpan): TypedSpan {
  const a = s.tokenStart, b = s.tokenEnd;
  let cut = -1, head = false;
  let i = a;
  if (a >= 2 && (lx(a - 1) & L_OF) && (lx(a - 2) & L_HEAD)) {
    while (i < b - 1 && (lx(i) & L_DEPT)) i++;
    if (i > a) { cut = i; head = true; }
  }
  for (; i < b - 1; i++) {
    const w = lx(i);
    if (w & L_HEAD) { head = true; cut = i + 1; continue; }
    if (w & L_MOD) continue;
    if ((w & L_OF) && head) {
      let j = i + 1;
      while (j < b - 1 && (lx(j) & L_DEPT)) j++;
      if (j === i + 1) break;
      cut = j; i = j - 1; continue;
    }
    break;
  }
  if (!head || cut <= a || cut >= b || !capAt(cut)) return s;
  // A title before an organisation's name stays ("Chief Rabbi's Office" is rare; "President Hotel" is not a title).
  if (s.type !== PER && b - cut < 2 && !(gz(cut) & (GAZ_FIRST | GAZ_SURNAME))) return s;
  return { tokenStart: cut, tokenEnd: b, type: PER };
}
