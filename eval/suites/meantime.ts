/**
 * MEANTIME (WikiNews, CC BY 4.0): entities merged across documents, scored with B³ against the gold
 * cross-document entity instances of each corpus (airbus, apple).
 *
 * How we score (decided here, see docs in the report): the engine is given the gold entity mentions that are
 * proper names by their surface (after a leading article, every word capitalised, a number, or an iName such as
 * "iPhone"), with the gold entity type (PER → person, ORG → organization, LOC → place, others → other), on the
 * article text rebuilt from the CAT tokens and tokenised by our own Doc tokenizer. It then runs its own
 * within-article chaining (descriptorsStage) and cross-article merging (mergeCorpus), and we compare the
 * resulting clusters with the gold instance_id of each mention, per corpus, pooling mentions of both corpora
 * (mentions of the few entities annotated without an instance_id are left out). A gold mention is matched to the
 * one of ours that shares its span, else its end, else its start.
 * Pronouns and common-noun mentions ("the company") are out of scope: our merging is name-based. A second line
 * reports the same B³ when our own NER finds the mentions (gold name mentions it misses stay singletons).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalSuite, Score } from '../suite.ts';
import type { EntityType } from '../../src/brief/types.ts';
import type { Doc, EntityMention } from '../../src/doc/types.ts';
import { makeDoc } from '../../src/doc/tokenize.ts';
import { describe } from '../../src/entities/chains/descriptors.ts';
import { mergeCorpus } from '../../src/entities/merge/merge-corpus.ts';
import { mentionsStage } from '../../src/entities/ner/stage.ts';

const ROOT = 'eval/meantime/intra_cross-doc_annotation';

interface GoldMention { start: number; end: number; type: EntityType; instance: string }
interface GoldDoc { id: string; text: string; mentions: GoldMention[] }

export const attrs = (s: string): Record<string, string> =>
  Object.fromEntries([...s.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
const decode = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** A proper name by its surface: "Boeing 787 Dreamliner", "the U.S. Air Force", "iPhone 4". */
const PRONOUNS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'this', 'that', 'these',
  'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'who', 'which', 'what', 'there', 'one', 'ya']);

function isName(text: string): boolean {
  if (PRONOUNS.has(text.toLowerCase().replace(/['’]$/, ''))) return false;
  const words = text.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^i\p{Lu}/u.test(w) || /^[-&.,'’]+$/.test(w))
    && words.some((w) => /^\p{Lu}|^i\p{Lu}/u.test(w));
}

/** The article text rebuilt from the CAT tokens (one line per sentence) and each token id's character span in it. */
export function readCatText(xml: string): { text: string; span: Map<string, [number, number]> } {
  const span = new Map<string, [number, number]>();
  let text = '';
  let sentence = '';
  for (const m of xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)) {
    const a = attrs(m[1]!);
    if (text.length > 0) text += a.sentence !== sentence ? '\n' : ' ';
    sentence = a.sentence!;
    const word = decode(m[2]!);
    span.set(a.t_id!, [text.length, text.length + word.length]);
    text += word;
  }
  return { text, span };
}

export function readGold(path: string, id: string): GoldDoc {
  const xml = readFileSync(path, 'utf8');
  const { text, span } = readCatText(xml);
  const mentionSpan = new Map<string, [number, number]>();
  for (const m of xml.matchAll(/<ENTITY_MENTION ([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const ids = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((x) => span.get(x[1]!)).filter((x) => x !== undefined);
    if (ids.length === 0) continue;
    mentionSpan.set(attrs(m[1]!).m_id!, [Math.min(...ids.map((x) => x[0])), Math.max(...ids.map((x) => x[1]))]);
  }
  const entity = new Map<string, Record<string, string>>();
  for (const m of xml.matchAll(/<ENTITY ([^>]*?)\/?>/g)) { const a = attrs(m[1]!); entity.set(a.m_id!, a); }
  const mentions: GoldMention[] = [];
  const seen = new Set<string>();
  for (const m of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1]!)?.[1];
    const e = target ? entity.get(target) : undefined;
    // Only mentions of a cross-document instance are scored; a few entities were left without one.
    if (!e || !e.instance_id) continue;
    for (const s of m[1]!.matchAll(/<source m_id="(\d+)"/g)) {
      const sp = mentionSpan.get(s[1]!);
      if (!sp || !isName(text.slice(sp[0], sp[1])) || seen.has(`${sp[0]}:${sp[1]}`)) continue;
      seen.add(`${sp[0]}:${sp[1]}`);
      mentions.push({ start: sp[0], end: sp[1], type: TYPES[e.ent_type ?? ''] ?? 'other', instance: e.instance_id });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { id, text, mentions };
}

/** Gold span → EntityMention on our tokens; a leading article stays out of the name. */
function toMention(doc: Doc, g: GoldMention): EntityMention | null {
  let a = doc.tokens.findIndex((t) => t.end > g.start);
  let b = doc.tokens.findIndex((t) => t.start >= g.end);
  if (b < 0) b = doc.tokens.length;
  if (a < 0 || a >= b) return null;
  if (b - a > 1 && /^(?:the|a|an)$/i.test(doc.tokens[a]!.text)) a++;
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return { start, end, tokenStart: a, tokenEnd: b, type: g.type, text: doc.text.slice(start, end), via: 'gold' };
}

interface B3 { p: number; r: number; n: number }

/** B³ over items that each have a gold and a response cluster label. */
export function b3(gold: readonly string[], response: readonly string[]): B3 {
  const count = (labels: readonly string[]): Map<string, number> => {
    const c = new Map<string, number>();
    for (const l of labels) c.set(l, (c.get(l) ?? 0) + 1);
    return c;
  };
  const g = count(gold);
  const r = count(response);
  const both = count(gold.map((x, i) => `${x}\u0000${response[i]}`));
  let p = 0;
  let rec = 0;
  gold.forEach((x, i) => {
    const common = both.get(`${x}\u0000${response[i]}`)!;
    p += common / r.get(response[i]!)!;
    rec += common / g.get(x)!;
  });
  return { p, r: rec, n: gold.length };
}

const meta = (id: string) => ({ id, source: id, title: null, outlet: null, byline: null, dateline: null, credits: [],
  published: null, publishedFrom: null, removed: [] });

/** Runs our chaining and merging on one corpus; returns gold and response labels per gold mention. */
function scoreCorpus(golds: readonly GoldDoc[], useNer: boolean): { gold: string[]; response: string[] } {
  const docs: Doc[] = golds.map((g) => {
    const doc = makeDoc(meta(g.id), g.text);
    const mentions = useNer
      ? mentionsStage.run(doc).mentions ?? []
      : g.mentions.map((m) => toMention(doc, m)).filter((m) => m !== null);
    return { ...doc, ...describe({ ...doc, mentions }) };
  });
  const { mentionEntity } = mergeCorpus(docs);
  const gold: string[] = [];
  const response: string[] = [];
  golds.forEach((g, d) => {
    const doc = docs[d]!;
    const owners = mentionEntity[doc.id] ?? [];
    g.mentions.forEach((m, k) => {
      gold.push(m.instance);
      const mine = toMention(doc, m);
      const i = mine ? matchOf(doc.mentions ?? [], mine) : -1;
      response.push((i >= 0 ? owners[i] : null) ?? `unmatched:${g.id}:${k}`);
    });
  });
  return { gold, response };
}

/**
 * Our mention for a gold one: overlapping and sharing an edge, the same span first, then the same end (a name's
 * head ends it: gold "Acme CEO Jane Roe" is our "Jane Roe", not "Acme"), then the same start.
 */
function matchOf(ours: readonly EntityMention[], g: EntityMention): number {
  let best = -1;
  let rank = 0;
  ours.forEach((x, i) => {
    if (x.via === 'role-noun' || x.via === 'group' || !(x.start < g.end && g.start < x.end)) return;
    const r = x.start === g.start && x.end === g.end ? 3 : x.end === g.end ? 2 : x.start === g.start ? 1 : 0;
    if (r > rank) { best = i; rank = r; }
  });
  return best;
}

export const meantimeSuite: EvalSuite = {
  name: 'meantime',
  needs: 'eval/meantime',
  async run(ctx) {
    const root = join(ctx.shared, ROOT);
    const corpora = readdirSync(root).filter((c) => c.startsWith('corpus_')).sort();
    const total = { gold: { p: 0, r: 0, n: 0 }, ner: { p: 0, r: 0, n: 0 } };
    const per: string[] = [];
    for (const corpus of ctx.quick ? corpora.slice(0, 1) : corpora) {
      const files = readdirSync(join(root, corpus)).filter((f) => f.endsWith('.xml')).sort();
      const golds = files.map((f) => readGold(join(root, corpus, f), f.replace(/\.xml$/, '')));
      for (const mode of ['gold', 'ner'] as const) {
        const { gold, response } = scoreCorpus(golds, mode === 'ner');
        const s = b3(gold, response);
        total[mode].p += s.p; total[mode].r += s.r; total[mode].n += s.n;
        if (mode === 'gold') per.push(`${corpus.replace('corpus_', '')} F1 ${f1(s.p / s.n, s.r / s.n).toFixed(3)} (${s.n} mentions)`);
      }
    }
    const g = total.gold;
    const n = total.ner;
    const P = g.p / g.n;
    const R = g.r / g.n;
    const scores: Score[] = [
      { metric: 'meantime.b3.f1', value: f1(P, R), detail: `gold name mentions, ${g.n}: ${per.join(' · ')}` },
      { metric: 'meantime.b3.precision', value: P },
      { metric: 'meantime.b3.recall', value: R },
      { metric: 'meantime.ner.b3.f1', value: f1(n.p / n.n, n.r / n.n),
        detail: `our NER mentions: P ${(n.p / n.n).toFixed(3)} R ${(n.r / n.n).toFixed(3)} (gold name mentions it misses are singletons)` },
    ];
    return { scores };
  },
};

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
