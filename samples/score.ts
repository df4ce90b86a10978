/**
 * scoreSample(brief, gold) → per-section recall and precision of a brief of samples/corpus against samples/gold.json
 * (format in samples/README.md). Pure: no I/O. Precision is null where the gold list is not exhaustive (facts).
 * Articles are matched to gold by file name (the article's `source` ends with the gold `file`).
 */
import type { Brief, BriefArticle, BriefEntity, BriefQuote, Evidence } from '../src/brief/types.ts';

export interface GoldSpan { file: string; contains: string }
export interface GoldVariant { values: string[]; files: string[] }
export interface Gold {
  format: string;
  articles: {
    file: string; outlet: string; published: string; inferred: boolean; duplicateOf: string | null; title: string;
    removed: { kind: string; text: string }[];
  }[];
  entities: { merge: { name: string; type: string; aliases: string[] }[]; apart: [string, string][] };
  quotes: (GoldSpan & { speaker: string })[];
  sameStatement: { speaker: string; quotes: GoldSpan[] }[];
  facts: { claim: string; support: 'corroborated' | 'single'; all: string[][]; files: string[] }[];
  conflicts: { about: string; variants: GoldVariant[] }[];
  nonConflicts: { about: string; variants: GoldVariant[] }[];
  timeline: { date: string; any: string[] }[];
  times: { file: string; phrase: string; values: string[] }[];
}

export interface SectionScore {
  recall: number;
  precision: number | null;
  expected: number;
  found: number;
  /** What the gold expected and the brief lacks, for reading. */
  missing: string[];
}

export type SampleScore = Record<
  'removed' | 'outlets' | 'dates' | 'duplicates' | 'entities' | 'quotes' | 'sameStatement' | 'facts' | 'conflicts' | 'timeline' | 'times' | 'summaryCited',
  SectionScore
>;

const norm = (s: string) => s.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();
const has = (hay: string, needle: string) => norm(hay).includes(norm(needle));
const hasWord = (hay: string, needle: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${norm(needle).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(norm(hay));

function score(found: number, expected: number, missing: string[], correct?: number, produced?: number): SectionScore {
  return {
    recall: expected === 0 ? 1 : found / expected,
    precision: produced === undefined ? null : produced === 0 ? 1 : (correct ?? 0) / produced,
    expected, found, missing,
  };
}

export function scoreSample(brief: Brief, gold: Gold): SampleScore {
  const byFile = new Map<string, BriefArticle>();
  for (const g of gold.articles) {
    const a = brief.articles.find((x) => x.source === g.file || x.source.endsWith(`/${g.file}`) || x.source.endsWith(`\\${g.file}`));
    if (a) byFile.set(g.file, a);
  }
  const fileOf = new Map([...byFile].map(([file, a]) => [a.id, file]));
  const words = (e: Evidence) => {
    const a = brief.articles.find((x) => x.id === e.article);
    return a ? a.text.slice(e.start, e.end) : '';
  };
  const names = (e: BriefEntity | undefined) => (e ? [e.name, ...e.aliases] : []);
  const entityById = new Map(brief.entities.map((e) => [e.id, e]));

  // Metadata lines: gone from the text (recall); nothing but metadata or the headline taken out (precision).
  let removedFound = 0;
  let removedTotal = 0;
  let removedGood = 0;
  let removedMade = 0;
  const removedMissing: string[] = [];
  for (const g of gold.articles) {
    const a = byFile.get(g.file);
    for (const r of g.removed) {
      removedTotal++;
      if (a && !has(a.text, r.text)) removedFound++;
      else removedMissing.push(`${g.file}: ${r.text}`);
    }
    for (const r of a?.removed ?? []) {
      removedMade++;
      if ([...g.removed.map((x) => x.text), g.title].some((t) => has(t, r.text) || has(r.text, t))) removedGood++;
    }
  }

  // Outlets: the outlet each article names for itself (recall); outlets given that are the right one (precision).
  const outletsMissing = gold.articles.filter((g) => norm(byFile.get(g.file)?.outlet ?? '') !== norm(g.outlet))
    .map((g) => `${g.file}: ${g.outlet}`);
  const outletsGiven = gold.articles.filter((g) => byFile.get(g.file)?.outlet);

  // Dates: the published day of each article, and whether it was inferred.
  const datesMissing = gold.articles.filter((g) => {
    const a = byFile.get(g.file);
    return !a || a.published !== g.published || (a.publishedFrom === 'inferred') !== g.inferred;
  }).map((g) => `${g.file}: ${g.published}${g.inferred ? ' (inferred)' : ''}`);

  // Syndicated copies.
  const dupGold = gold.articles.filter((g) => g.duplicateOf);
  const dupMissing = dupGold.filter((g) => fileOf.get(byFile.get(g.file)?.duplicateOf ?? '') !== g.duplicateOf).map((g) => `${g.file} copies ${g.duplicateOf}`);
  const dupMade = brief.articles.filter((a) => a.duplicateOf).length;
  const dupGood = brief.articles.filter((a) => a.duplicateOf && gold.articles.some((g) => g.file === fileOf.get(a.id) && g.duplicateOf === fileOf.get(a.duplicateOf!))).length;

  // Entities: each merge group is one entity carrying every gold name (recall); people kept apart (precision).
  const entityOf = (name: string) => brief.entities.find((e) => names(e).some((n) => norm(n) === norm(name)));
  const named = (e: BriefEntity, name: string) => names(e).some((n) => norm(n) === norm(name));
  const mergeMissing = gold.entities.merge.filter((m) => {
    const e = entityOf(m.name);
    // One entity carries the name and every alias, and no second entity carries the full name.
    return !e || !m.aliases.every((al) => named(e, al)) || brief.entities.filter((o) => named(o, m.name)).length > 1;
  }).map((m) => [m.name, ...m.aliases].join(' = '));
  const wronglyMerged = gold.entities.apart.filter(([x, y]) => brief.entities.some((e) => named(e, x) && named(e, y)));
  const apartKept = gold.entities.apart.length - wronglyMerged.length;
  mergeMissing.push(...wronglyMerged.map(([x, y]) => `kept apart: ${x} / ${y}`));

  // Quotes: found in its article with the right speaker.
  const speakerOk = (q: BriefQuote, speaker: string) => {
    const surname = norm(speaker.split(/\s+/).at(-1)!);
    return [...names(entityById.get(q.speaker ?? '')), q.speakerName ?? ''].some((n) => norm(n).split(' ').includes(surname));
  };
  const quoteIn = (s: GoldSpan) => brief.quotes.filter((q) => q.kind === 'speech' && fileOf.get(q.article) === s.file && has(q.text, s.contains));
  const quotesMissing = gold.quotes.filter((g) => !quoteIn(g).some((q) => speakerOk(q, g.speaker))).map((g) => `${g.file}: ${g.speaker}: ${g.contains}`);
  const speech = brief.quotes.filter((q) => q.kind === 'speech');
  const speechGood = speech.filter((q) => gold.quotes.some((g) => fileOf.get(q.article) === g.file && has(q.text, g.contains) && speakerOk(q, g.speaker))).length;

  // Same statement: every pair of renderings in one quote group (recall); grouped pairs that belong together (precision).
  const statementOf = (q: BriefQuote) => gold.sameStatement.findIndex((s) => s.quotes.some((g) => fileOf.get(q.article) === g.file && has(q.text, g.contains)));
  let pairsFound = 0;
  let pairsTotal = 0;
  const pairsMissing: string[] = [];
  for (const s of gold.sameStatement) {
    for (let i = 0; i < s.quotes.length; i++) {
      for (let j = i + 1; j < s.quotes.length; j++) {
        pairsTotal++;
        const a = quoteIn(s.quotes[i]!);
        const b = quoteIn(s.quotes[j]!);
        if (a.some((x) => x.group && b.some((y) => y.group === x.group))) pairsFound++;
        else pairsMissing.push(`${s.speaker}: ${s.quotes[i]!.file} ~ ${s.quotes[j]!.file}`);
      }
    }
  }
  let pairsMade = 0;
  let pairsGood = 0;
  for (const g of brief.quoteGroups) {
    const qs = g.quotes.map((id) => brief.quotes.find((q) => q.id === id)).filter((q): q is BriefQuote => !!q);
    for (let i = 0; i < qs.length; i++) {
      for (let j = i + 1; j < qs.length; j++) {
        pairsMade++;
        const si = statementOf(qs[i]!);
        if (si >= 0 && si === statementOf(qs[j]!)) pairsGood++;
      }
    }
  }

  // Facts: a fact with the right support whose words carry every keyword group (precision: gold is not exhaustive).
  const factWords = brief.facts.map((f) => [f.text, ...f.evidence.map(words)].join(' \n '));
  const factsMissing = gold.facts.filter((g) => !brief.facts.some((f, i) => f.support === g.support && g.all.every((alts) => alts.some((w) => has(factWords[i]!, w)))))
    .map((g) => `${g.support}: ${g.claim}`);

  // Conflicts: each gold variant shows in some brief variant (value or cited words); false alarms on non-conflicts.
  const variantText = (v: { value: string; evidence: Evidence[] }) => [v.value, ...v.evidence.map(words)].join(' \n ');
  const matches = (c: Brief['conflicts'][number], variants: GoldVariant[]) =>
    variants.filter((gv) => c.variants.some((v) => gv.values.some((w) => hasWord(variantText(v), w)))).length;
  const conflictsMissing = gold.conflicts.filter((g) => !brief.conflicts.some((c) => matches(c, g.variants) === g.variants.length)).map((g) => g.about);
  const conflictsGood = brief.conflicts.filter((c) => gold.conflicts.some((g) => matches(c, g.variants) === g.variants.length)
    && !gold.nonConflicts.some((n) => matches(c, n.variants) >= 2)).length;

  // Timeline: an entry on the gold date (or a finer value of it) about the gold event.
  const entryText = (t: Brief['timeline'][number]) => [t.text, ...t.evidence.map(words)].join(' \n ');
  const timelineMissing = gold.timeline.filter((g) => !brief.timeline.some((t) => t.date.startsWith(g.date) && g.any.some((w) => has(entryText(t), w))))
    .map((g) => `${g.date}: ${g.any.join('|')}`);
  const timelineGood = brief.timeline.filter((t) => gold.timeline.some((g) => t.date.startsWith(g.date))).length;

  // Time expressions: the phrase (first occurrence) is covered by a time expression with the right value.
  const timesMissing = gold.times.filter((g) => {
    const a = byFile.get(g.file);
    const at = a ? a.text.indexOf(g.phrase) : -1;
    if (!a || at < 0) return true;
    return !a.times.some((t) => t.start < at + g.phrase.length && t.end > at && g.values.some((v) => t.value === v || t.value.startsWith(`${v}T`)));
  }).map((g) => `${g.file}: ${g.phrase} = ${g.values[0]}`);

  // Summary: every sentence cites at least one span of real words.
  const uncited = brief.summary.filter((s) => s.evidence.length === 0 || s.evidence.some((e) => words(e).trim() === '')).map((s) => s.text);

  return {
    removed: score(removedFound, removedTotal, removedMissing, removedGood, removedMade),
    outlets: score(gold.articles.length - outletsMissing.length, gold.articles.length, outletsMissing,
      outletsGiven.length - outletsGiven.filter((g) => outletsMissing.some((m) => m.startsWith(`${g.file}:`))).length, outletsGiven.length),
    dates: score(gold.articles.length - datesMissing.length, gold.articles.length, datesMissing),
    duplicates: score(dupGold.length - dupMissing.length, dupGold.length, dupMissing, dupGood, dupMade),
    entities: score(gold.entities.merge.length - (mergeMissing.length - wronglyMerged.length), gold.entities.merge.length, mergeMissing, apartKept, gold.entities.apart.length),
    quotes: score(gold.quotes.length - quotesMissing.length, gold.quotes.length, quotesMissing, speechGood, speech.length),
    sameStatement: score(pairsFound, pairsTotal, pairsMissing, pairsGood, pairsMade),
    facts: score(gold.facts.length - factsMissing.length, gold.facts.length, factsMissing),
    conflicts: score(gold.conflicts.length - conflictsMissing.length, gold.conflicts.length, conflictsMissing, conflictsGood, brief.conflicts.length),
    timeline: score(gold.timeline.length - timelineMissing.length, gold.timeline.length, timelineMissing, timelineGood, brief.timeline.length),
    times: score(gold.times.length - timesMissing.length, gold.times.length, timesMissing),
    summaryCited: score(brief.summary.length - uncited.length, brief.summary.length, uncited),
  };
}
