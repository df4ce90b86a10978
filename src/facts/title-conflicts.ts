/**
 * Title conflicts: outlets that give one person incompatible offices ("former Secretary of State" vs "Secretary of
 * State"; "Defence Minister" vs "Foreign Minister"). Only titles written directly before the name count
 * (doc.descriptors of kind 'title', else the title words of a capitalised run). Spelling ("Defense"/"Defence"),
 * country qualifiers ("US", "Ukrainian") and a title that refines another ("Minister" / "Foreign Minister") are
 * not conflicts.
 */
import type { ArticleId, BriefConflict, Evidence } from '../brief/types.ts';
import type { Corpus } from '../analyze/types.ts';
import type { Doc } from '../doc/types.ts';
import { findActors } from './actors.ts';
import { normaliseTitle, type Title } from './titles.ts';
import { originalOf, outletOf } from './support.ts';

/** Articles published further apart than this may both be right about a title (people change office). */
const MAX_DAYS_APART = 180;

interface TitleUse {
  person: string;
  name: string;
  entity: string | null;
  title: Title;
  evidence: Evidence;
  doc: Doc;
}

function titleUses(corpus: Corpus): TitleUse[] {
  const out: TitleUse[] = [];
  for (const doc of corpus.docs) {
    const entities = corpus.mentionEntity?.[doc.id];
    const seen = new Set<string>();
    const add = (person: string, name: string, entity: string | null, start: number, end: number): void => {
      const title = normaliseTitle(doc.text.slice(start, end));
      const at = `${start}:${end}`;
      if (!title || seen.has(at)) return;
      seen.add(at);
      out.push({ person, name, entity, title, evidence: { article: doc.id, start, end }, doc });
    };
    const mentions = doc.mentions ?? [];
    for (const d of doc.descriptors ?? []) {
      if (d.kind !== 'title') continue;
      const m = mentions[d.mention];
      if (!m || m.type !== 'person') continue;
      const entity = entities?.[d.mention] ?? null;
      const last = m.text.split(/\s+/).pop() ?? m.text;
      add(entity ? `e:${entity}` : `n:${last.toLowerCase()}`, m.text, entity, d.start, d.end);
    }
    // titles before capitalised names, resolved to the entity of the mention that covers the name
    for (const a of findActors({ ...doc, mentions: [] })) {
      if (a.titleStart === null) continue;
      const covering = mentions.findIndex((m) => m.start <= a.start && a.end <= m.end);
      if (mentions.length > 0 && (covering < 0 || mentions[covering]!.type !== 'person')) continue;
      const entity = covering >= 0 ? entities?.[covering] ?? null : null;
      const start = doc.tokens[a.titleStart]!.start;
      const end = doc.tokens[a.tokenStart - 1]!.end;
      add(entity ? `e:${entity}` : a.key, a.name, entity, start, end);
    }
  }
  return out;
}

const display = (t: Title): string => (t.former ? `former ${t.office}` : t.office);

function subset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((w) => b.includes(w));
}

/** Can one person hold both titles at once (or is one a fuller form of the other)? */
export function titlesAgree(a: Title, b: Title): boolean {
  if (a.head !== b.head) return true; // different kinds of role can both be true: not evidence of a conflict
  const refines = subset(a.words, b.words) || subset(b.words, a.words);
  const rank = (t: Title): boolean => t.words.includes('deputy') || t.words.includes('vice');
  // "former X" vs "X": a conflict only for the same office ("former deputy minister" and "minister" can both hold)
  if (a.former !== b.former) return !(refines && rank(a) === rank(b));
  if (rank(a) !== rank(b)) return false;
  return refines;
}

function daysApart(a: Doc, b: Doc): number {
  const x = a.meta.published;
  const y = b.meta.published;
  if (!x || !y) return 0;
  return Math.abs(Date.parse(x.slice(0, 10)) - Date.parse(y.slice(0, 10))) / 86_400_000;
}

export function titleConflicts(corpus: Corpus): BriefConflict[] {
  const duplicates = corpus.duplicates ?? {};
  const byPerson = new Map<string, TitleUse[]>();
  for (const u of titleUses(corpus)) {
    const list = byPerson.get(u.person) ?? [];
    list.push(u);
    byPerson.set(u.person, list);
  }
  const out: BriefConflict[] = [];
  for (const [, uses] of byPerson) {
    const variants = new Map<string, TitleUse[]>();
    for (const u of uses) {
      const list = variants.get(display(u.title)) ?? [];
      list.push(u);
      variants.set(display(u.title), list);
    }
    const keys = [...variants.keys()];
    const involved = new Set<string>();
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const a = variants.get(keys[i]!)!;
        const b = variants.get(keys[j]!)!;
        if (titlesAgree(a[0]!.title, b[0]!.title)) continue;
        // two independent outlets, published close enough to be describing the same moment
        const independent = a.some((x) => b.some((y) =>
          originalOf(x.doc.id, duplicates) !== originalOf(y.doc.id, duplicates) &&
          outletOf(x.doc) !== outletOf(y.doc) && daysApart(x.doc, y.doc) <= MAX_DAYS_APART));
        if (!independent) continue;
        involved.add(keys[i]!);
        involved.add(keys[j]!);
      }
    }
    if (involved.size < 2) continue;
    const name = [...uses].sort((x, y) => y.name.length - x.name.length)[0]!.name;
    out.push({
      id: '',
      about: `title of ${name}`,
      entity: uses.find((u) => u.entity)?.entity ?? null,
      variants: keys.filter((k) => involved.has(k)).map((k) => {
        const list = variants.get(k)!;
        const e = list[0]!.evidence;
        return {
          value: list[0]!.doc.text.slice(e.start, e.end),
          articles: [...new Set<ArticleId>(list.map((u) => u.evidence.article))],
          evidence: list.map((u) => u.evidence),
        };
      }),
    });
  }
  return out;
}
