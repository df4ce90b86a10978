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
import { findActors, nameKey } from './actors.ts';
import { isExclusiveOffice, normaliseTitle, type Title } from './titles.ts';
import { originalOf, outletOf } from './support.ts';

/** Articles published further apart than this may both be right about a title (people change office, as the
 * news itself reports: "deputy prime minister" on Monday, "ousted deputy prime minister" on Wednesday). */
const MAX_DAYS_APART = 3;

/** An apposition longer than this many words describes rather than names an office. */
const MAX_OFFICE_WORDS = 6;

/** Titles and premodifiers name offices; an apposition does when it is short and definite ("the authority's chief
 * engineer", "head of the Civil Protection Service"), not when it describes ("a hardline aide to …"). */
function isOfficeDescriptor(kind: string, text: string): boolean {
  if (kind === 'title' || kind === 'premodifier') return true;
  if (kind !== 'apposition') return false;
  const words = text.trim().split(/\s+/);
  return words.length <= MAX_OFFICE_WORDS && !/^(a|an|one|another)$/i.test(words[0] ?? '');
}

interface TitleUse {
  /** Spelling-tolerant surname and first name ("n:varga", "tomas"). */
  surname: string;
  first: string | null;
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
    const add = (name: string, entity: string | null, start: number, end: number): void => {
      const title = normaliseTitle(doc.text.slice(start, end));
      const at = `${start}:${end}`;
      const words = name.replace(/[’']s$/, '').split(/\s+/).filter(Boolean);
      if (!title || seen.has(at) || words.length === 0) return;
      seen.add(at);
      const surname = `n:${nameKey(words[words.length - 1]!)}`;
      const first = words.length >= 2 ? nameKey(words[0]!) : null;
      out.push({ surname, first, name, entity, title, evidence: { article: doc.id, start, end }, doc });
    };
    const mentions = doc.mentions ?? [];
    for (const d of doc.descriptors ?? []) {
      if (!isOfficeDescriptor(d.kind, d.text)) continue;
      const m = mentions[d.mention];
      if (!m || m.type !== 'person' || m.via === 'pronoun' || m.via === 'role-noun') continue;
      add(m.text, entities?.[d.mention] ?? null, d.start, d.end);
    }
    // titles before capitalised names ("Former U.S. Secretary of State Marco Rubio"); a name the entity layer
    // missed or mistyped counts when it has a first and a last name
    for (const a of findActors({ ...doc, mentions: [] })) {
      if (a.titleStart === null) continue;
      const covering = mentions.findIndex((m) => m.start <= a.start && a.end <= m.end);
      const type = covering >= 0 ? mentions[covering]!.type : null;
      if (type === 'place' || (type !== 'person' && a.name.split(/\s+/).length < 2)) continue;
      const entity = type === 'person' ? entities?.[covering] ?? null : null;
      add(a.name, entity, doc.tokens[a.titleStart]!.start, doc.tokens[a.tokenStart - 1]!.end);
    }
  }
  return out;
}

/** One person: the same surname, and the same first name when the corpus knows two people of that surname. */
function byPerson(uses: readonly TitleUse[]): Map<string, TitleUse[]> {
  const firsts = new Map<string, Set<string>>();
  for (const u of uses) {
    if (!u.first) continue;
    const set = firsts.get(u.surname) ?? new Set<string>();
    set.add(u.first);
    firsts.set(u.surname, set);
  }
  const out = new Map<string, TitleUse[]>();
  for (const u of uses) {
    const known = firsts.get(u.surname);
    let key = u.surname;
    if (known && known.size > 1) {
      if (!u.first) continue; // "Minister Lund" when there are two Lunds: whose title is it?
      key = `${u.surname}|${u.first}`;
    }
    const list = out.get(key) ?? [];
    list.push(u);
    out.set(key, list);
  }
  return out;
}

const display = (t: Title): string => `${t.unsure ? '? ' : t.former ? 'former ' : ''}${t.office}`;

function subset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((w) => b.includes(w));
}

/** Can one person hold both titles at once (or is one a fuller form of the other)? */
export function titlesAgree(a: Title, b: Title): boolean {
  if (a.unsure || b.unsure) return true; // "outgoing", "the last …": held now or not, it cannot disagree
  if (a.head !== b.head) {
    // two different offices held now ("director" / "chief engineer"); roles beside an office, or a former office
    // beside a current one, can both be true
    return a.former || b.former || !isExclusiveOffice(a.head) || !isExclusiveOffice(b.head);
  }
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
  const out: BriefConflict[] = [];
  for (const [, uses] of byPerson(titleUses(corpus))) {
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
        // one article giving the person both offices shows they can be held together
        const together = a.some((x) => b.some((y) => x.doc.id === y.doc.id));
        if (together && a[0]!.title.head !== b[0]!.title.head) continue;
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
