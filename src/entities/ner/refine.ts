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
import type { DocContext } from './features.ts';
import type { TypedSpan } from './tagger.ts';
import { GAZETTEER, GAZ_DEMONYM, GAZ_FIRST, GAZ_PLACE, GAZ_PLACE_PART, GAZ_STOP, GAZ_SURNAME, GAZ_TIME, GAZ_TITLE } from './gazetteer.ts';
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

const lower = (t: Token): string => t.text.toLowerCase();
const isCap = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
const gaz = (t: Token): number => GAZETTEER.get(lower(t)) ?? 0;
const key = (tokens: readonly Token[], a: number, b: number): string => {
  let s = lower(tokens[a]!);
  for (let i = a + 1; i < b; i++) s += ' ' + lower(tokens[i]!);
  return s;
};
const isOrgName = (k: string): boolean => METONYM_ORGS.has(k) || PLATFORMS.has(k) || OUTLETS.has(k);

export function refineSpans(tokens: readonly Token[], ctx: DocContext, input: TypedSpan[]): TypedSpan[] {
  const n = tokens.length;
  let spans = splitHyphenJoins(tokens, ctx, input);
  spans = spans.map((s) => stripTitle(tokens, s)).filter((s) => s.tokenEnd > s.tokenStart);
  const used = new Uint8Array(n);
  for (const s of spans) used.fill(1, s.tokenStart, s.tokenEnd);
  const added: TypedSpan[] = [];
  const add = (a: number, b: number, type: number) => {
    for (let i = a; i < b; i++) if (used[i]) return;
    used.fill(1, a, b);
    added.push({ tokenStart: a, tokenEnd: b, type });
  };

  // Organisations by name and by pattern.
  for (const s of spans) {
    const k = key(tokens, s.tokenStart, s.tokenEnd);
    if (isOrgName(k)) { s.type = ORG; continue; }
    const len = s.tokenEnd - s.tokenStart;
    if (len < 2) continue;
    const last = lower(tokens[s.tokenEnd - 1]!), first = lower(tokens[s.tokenStart]!);
    if (OUTLET_ENDS.has(last) && (!OUTLET_ENDS_WEAK.has(last) || s.type === PER || s.type === LOC)) s.type = ORG;
    else if (OUTLET_STARTS.has(first) && s.type !== MISC) s.type = ORG;
  }
  // Untagged runs of capitalised words that name an organisation; "the Courier"; the platform X.
  for (let i = 0; i < n;) {
    if (used[i] || !ctx.cand[i]) { i++; continue; }
    let j = i + 1;
    while (j < n && !used[j] && ctx.cand[j] && ctx.sentStart[j] === ctx.sentStart[i]) j++;
    for (let a = i; a < j; a++) {
      for (let b = j; b > a; b--) {
        if (isOrgName(key(tokens, a, b)) && (b - a > 1 || tokens[a]!.text !== 'X')) { add(a, b, ORG); a = b - 1; break; }
      }
    }
    for (let a = i; a < j; a++) {
      if (used[a] || a === 0 || lower(tokens[a - 1]!) !== 'the' || (ctx.where[a]! & 1) || !OUTLET_ALONE.has(lower(tokens[a]!))) continue;
      if (a + 1 < n && isCap(tokens[a + 1])) continue;
      add(a, a + 1, ORG);
    }
    i = j;
  }
  let platformDoc = false;
  for (let i = 0; i < n && !platformDoc; i++) if (PLATFORMS.has(lower(tokens[i]!)) && isCap(tokens[i])) platformDoc = true;
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.text !== 'X' || (ctx.where[i]! & 2) || (i + 1 < n && HYPHENS.has(tokens[i + 1]!.text))) continue;
    if (i > 0 && isCap(tokens[i - 1]) && !(ctx.where[i]! & 1)) continue;
    const prev = i > 0 ? lower(tokens[i - 1]!) : '', next = i + 1 < n ? lower(tokens[i + 1]!) : '';
    const next2 = i + 2 < n ? lower(tokens[i + 2]!) : '';
    if (prev === 'on' || prev === 'via' || platformDoc || (next === ',' && next2 === 'formerly') || next === 'formerly' ||
      ((next === 'post' || next === 'posts' || next === 'account') && i > 0 && !isCap(tokens[i - 1]))) {
      const s = spans.find((s) => s.tokenStart === i && s.tokenEnd === i + 1);
      if (s) s.type = ORG; else add(i, i + 1, ORG);
    }
  }

  // "A's B": B a person, A read as a person → A is where B works.
  const byStart = new Map<number, TypedSpan>();
  for (const s of spans) byStart.set(s.tokenStart, s);
  for (const s of spans) {
    if (s.type !== PER) continue;
    const p = s.tokenEnd;
    if (p + 1 >= n || !POSSESSIVE.has(tokens[p]!.text)) continue;
    const b = byStart.get(p + 1);
    if (!b || b.type !== PER || b.tokenEnd - b.tokenStart < 2) continue;
    if (gaz(tokens[s.tokenStart]!) & GAZ_FIRST) continue;
    s.type = ORG;
  }

  // Persons: surnames known from the article, and names before a speech verb.
  const personWords = new Set<string>();
  const otherWords = new Set<string>();
  const NOT_NAME = GAZ_STOP | GAZ_TIME | GAZ_TITLE | GAZ_DEMONYM | GAZ_PLACE | GAZ_PLACE_PART;
  for (const s of spans) {
    const len = s.tokenEnd - s.tokenStart;
    if (s.type === PER) { if (len > 1) personWords.add(tokens[s.tokenEnd - 1]!.text); }
    else for (let i = s.tokenStart; i < s.tokenEnd; i++) otherWords.add(tokens[i]!.text);
  }
  for (const t of otherWords) personWords.delete(t);
  for (const t of personWords) if ((GAZETTEER.get(t.toLowerCase()) ?? 0) & NOT_NAME) personWords.delete(t);
  for (let i = 0; i < n; i++) {
    if (used[i] || !ctx.cand[i] || !(ctx.where[i]! & 1) || (i + 1 < n && ctx.cand[i + 1])) continue;
    const t = tokens[i]!;
    if (personWords.has(t.text)) { add(i, i + 1, PER); continue; }
    if (i + 1 >= n || !SPEECH_VERBS.has(lower(tokens[i + 1]!))) continue;
    const l = lower(t), g = gaz(t);
    if (COMMON_SUBJECTS.has(l) || (g & NOT_NAME)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
    if (/s$/.test(t.text) && !(g & (GAZ_FIRST | GAZ_SURNAME))) continue;
    const h = ctx.attrs[i]![0]! >>> 16;
    if (ctx.seenLower[h >>> 5]! & (1 << (h & 31))) continue;
    add(i, i + 1, PER);
  }

  // "Leeds-based": Leeds is a place.
  for (let i = 0; i + 2 < n; i++) {
    if (!HYPHENS.has(tokens[i + 1]!.text) || !PLACE_SUFFIX_WORDS.has(lower(tokens[i + 2]!)) || !isCap(tokens[i])) continue;
    if (tokens[i + 1]!.start !== tokens[i]!.end || tokens[i + 2]!.start !== tokens[i + 1]!.end) continue;
    const g = gaz(tokens[i]!);
    if (g & (GAZ_DEMONYM | GAZ_STOP) || isOrgName(lower(tokens[i]!))) continue;
    if (!(g & (GAZ_PLACE | GAZ_PLACE_PART)) && /(ese|ian|ish|ic|an|i)$/.test(lower(tokens[i]!))) continue;
    const s = spans.find((s) => s.tokenEnd === i + 1);
    if (s) { if (s.type === MISC) s.type = LOC; } else if (ctx.cand[i]) add(i, i + 1, LOC);
  }

  // Product models.
  for (const s of spans) {
    const a = s.tokenStart;
    let e = s.tokenEnd;
    const last = tokens[e - 1]!;
    if (e < n && DIGITS_MODEL.test(tokens[e]!.text) && !used[e] && tokens[e]!.start === last.end + 1 &&
      (MAKERS.has(lower(last)) || CAMEL_PRODUCT.test(last.text))) { used[e] = 1; e++; s.tokenEnd = e; s.type = MISC; continue; }
    if (e - a >= 2 && (MODEL_NUMBER.test(last.text) || DIGITS_MODEL.test(last.text)) && MAKERS.has(lower(tokens[e - 2]!))) s.type = MISC;
    else if (e - a === 1 && CAMEL_PRODUCT.test(last.text)) s.type = MISC;
  }
  for (let i = 0; i < n; i++) {
    if (used[i] || !ctx.cand[i]) continue;
    const t = tokens[i]!;
    if (CAMEL_PRODUCT.test(t.text)) {
      const num = i + 1 < n && !used[i + 1] && DIGITS_MODEL.test(tokens[i + 1]!.text) && tokens[i + 1]!.start === t.end + 1;
      add(i, num ? i + 2 : i + 1, MISC);
    } else if (MODEL_NUMBER.test(t.text)) add(i, i + 1, MISC);
  }

  if (added.length) { spans = spans.concat(added); spans.sort((x, y) => x.tokenStart - y.tokenStart); }
  return spans;
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
      if (!HYPHENS.has(h.text) || !isCap(tokens[i - 1]) || !isCap(tokens[i + 1])) continue;
      const spaced = h.start > tokens[i - 1]!.end && tokens[i + 1]!.start > h.end;
      let e = i + 1;
      while (e < s.tokenEnd && !HYPHENS.has(tokens[e]!.text)) e++;
      if (!spaced && (s.type === PER || (i - a < 2 && e - (i + 1) < 2))) continue;
      pieces.push({ tokenStart: a, tokenEnd: i, type: s.type });
      a = i + 1;
    }
    if (!pieces.length) { out.push(s); continue; }
    pieces.push({ tokenStart: a, tokenEnd: s.tokenEnd, type: s.type });
    for (const p of pieces) {
      if (p.type === PER && p.tokenEnd - p.tokenStart === 1 && gaz(tokens[p.tokenStart]!) & GAZ_PLACE) p.type = LOC;
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
function stripTitle(tokens: readonly Token[], s: TypedSpan): TypedSpan {
  const a = s.tokenStart, b = s.tokenEnd;
  let cut = -1, head = false;
  let i = a;
  if (a >= 2 && lower(tokens[a - 1]!) === 'of' && TITLE_HEADS.has(lower(tokens[a - 2]!))) {
    while (i < b - 1 && DEPARTMENTS.has(lower(tokens[i]!))) i++;
    if (i > a) { cut = i; head = true; }
  }
  for (; i < b - 1; i++) {
    const w = lower(tokens[i]!);
    if (TITLE_HEADS.has(w)) { head = true; cut = i + 1; continue; }
    if (TITLE_MODIFIERS.has(w)) continue;
    if (w === 'of' && head) {
      let j = i + 1;
      while (j < b - 1 && DEPARTMENTS.has(lower(tokens[j]!))) j++;
      if (j === i + 1) break;
      cut = j; i = j - 1; continue;
    }
    break;
  }
  if (!head || cut <= a || cut >= b || !isCap(tokens[cut])) return s;
  // A title before an organisation's name stays ("Chief Rabbi's Office" is rare; "President Hotel" is not a title).
  if (s.type !== PER && b - cut < 2 && !(gaz(tokens[cut]!) & (GAZ_FIRST | GAZ_SURNAME))) return s;
  return { tokenStart: cut, tokenEnd: b, type: PER };
}
