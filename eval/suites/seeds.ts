/**
 * The seeds: five real reports of one event. Checks what a correct brief must show, section by section, by
 * general properties (names, values, kinds) rather than by copied sentences. Each check passes or fails; a
 * section's score is the share of its checks that pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDetailed } from '../../src/analyze/analyze.ts';
import type { Brief, BriefArticle } from '../../src/brief/types.ts';
import type { EvalSuite, Score } from '../suite.ts';

type Check = [section: string, name: string, pass: (b: Brief) => boolean];

const art = (b: Brief, n: number): BriefArticle => b.articles[n]!;
const removed = (b: Brief, n: number, re: RegExp): boolean => art(b, n).removed.some((r) => re.test(r.text));
const entityWith = (b: Brief, ...forms: string[]) =>
  b.entities.find((e) => forms.every((f) => [e.name, ...e.aliases].some((a) => a.toLowerCase().includes(f.toLowerCase()))));
const sameEntity = (b: Brief, x: string, y: string) => Boolean(entityWith(b, x, y));
const quoteWith = (b: Brief, words: RegExp) => b.quotes.find((q) => words.test(q.text));
const speakerIs = (b: Brief, words: RegExp, name: RegExp) => {
  const q = quoteWith(b, words);
  if (!q) return false;
  const e = b.entities.find((x) => x.id === q.speaker);
  return name.test(q.speakerName ?? '') || Boolean(e && name.test([e.name, ...e.aliases].join(' ')));
};
const timeValue = (b: Brief, n: number, text: RegExp, value: string) =>
  art(b, n).times.some((t) => text.test(t.text) && t.value === value);
const conflictAbout = (b: Brief, re: RegExp) =>
  b.conflicts.filter((c) => re.test(c.about) || c.variants.some((v) => re.test(v.value)) ||
    (c.entity !== null && re.test(b.entities.find((e) => e.id === c.entity)?.name ?? '')));

const CHECKS: Check[] = [
  ['metadata', 'date head taken off', (b) => b.articles.filter((a) => a.publishedFrom === 'header').length === 4],
  ['metadata', 'byline found', (b) => /Bordoni/.test(art(b, 0).byline ?? '')],
  ['metadata', 'agency credit found', (b) => art(b, 0).credits.some((c) => /Source: AP/.test(c))],
  ['metadata', 'one-place dateline found', (b) => /ISTANBUL/i.test(art(b, 1).dateline ?? '')],
  ['metadata', 'two-place dateline found', (b) => /KYIV and MOSCOW/i.test(art(b, 4).dateline ?? '')],
  ['metadata', 'updated line removed', (b) => removed(b, 4, /^Updated /)],
  ['metadata', 'contributor credit found', (b) => art(b, 4).credits.some((c) => /contributed/.test(c))],
  ['metadata', 'subheads removed', (b) => removed(b, 1, /Dummy/) && removed(b, 1, /Compromises/)],
  ['metadata', 'related headline removed', (b) => removed(b, 1, /ultimatums/)],
  ['metadata', 'undated article gets an inferred date', (b) => art(b, 3).published === '2025-05-15' && art(b, 3).publishedFrom === 'inferred'],
  ['metadata', 'no real sentence removed', (b) => b.articles.every((a) => a.removed.every((r) => r.text.split(/\s+/).length < 16 || /contributed|Source:/.test(r.text)))],
  ['entities', 'Zelensky and Zelenskyy merged', (b) => sameEntity(b, 'Zelensky', 'Zelenskyy')],
  ['entities', 'Turkey and Turkiye merged', (b) => sameEntity(b, 'Turkey', 'Turkiye')],
  ['entities', 'Putin and Medinsky kept apart', (b) => !sameEntity(b, 'Putin', 'Medinsky') && Boolean(entityWith(b, 'Medinsky'))],
  ['entities', 'Umerov is a person', (b) => entityWith(b, 'Umerov')?.type === 'person'],
  ['entities', 'Istanbul is a place', (b) => entityWith(b, 'Istanbul')?.type === 'place'],
  ['entities', 'NATO is an organisation', (b) => entityWith(b, 'NATO')?.type === 'organization'],
  ['entities', 'Defence and Defense minister are one role', (b) => {
    const roles = entityWith(b, 'Umerov')?.roles.filter((r) => /defen[cs]e minister/i.test(r.role)) ?? [];
    return roles.length === 1 && roles[0]!.articles.length >= 3;
  }],
  ['entities', 'Medinsky has an apposition role', (b) => (entityWith(b, 'Medinsky')?.roles ?? []).some((r) => /aide|negotiator|advis/i.test(r.role))],
  ['quotes', 'partial quote attributed (Medinsky)', (b) => speakerIs(b, /lasting peace/, /Medinsky/)],
  ['quotes', 'quote after "she said" attributed to the reporter', (b) => speakerIs(b, /first step towards an immediate ceasefire/, /Koseoglu/)],
  ['quotes', 'Trump quote attributed across a false sentence split', (b) => speakerIs(b, /get together, OK/, /Trump/)],
  ['quotes', 'interrupted quote attributed', (b) => speakerIs(b, /ceasefire is the priority/i, /Zelensk/)],
  ['quotes', 'scare term has no speaker', (b) => { const q = quoteWith(b, /^denazification$/); return !q || (q.speaker === null && q.speakerName === null); }],
  ['quotes', 'three renderings of one statement grouped', (b) => {
    const qs = b.quotes.filter((q) => /roots? (causes )?of the conflict/.test(q.text));
    return qs.length >= 3 && qs.every((q) => q.group !== null && q.group === qs[0]!.group);
  }],
  ['times', '"Sunday" in past tense is the Sunday before', (b) => timeValue(b, 4, /Sunday/, '2025-05-11')],
  ['times', '"10 a.m. Friday" is the next day at ten', (b) => timeValue(b, 4, /10 a\.m\. Friday/, '2025-05-16T10:00')],
  ['times', '"May 12" takes the article year', (b) => timeValue(b, 4, /May 12/, '2025-05-12')],
  ['times', '"on Friday" is the day after', (b) => timeValue(b, 1, /Friday/, '2025-05-16')],
  ['times', '"in February 2022" is a month', (b) => timeValue(b, 1, /February 2022/, '2022-02')],
  ['times', '"30-day ceasefire" is a duration', (b) => b.articles.some((a) => a.times.some((t) => t.value === 'P30D'))],
  ['times', 'timeline has the talks on Friday', (b) => b.timeline.some((t) => t.date.startsWith('2025-05-16'))],
  ['times', 'timeline has Putin\'s Sunday proposal', (b) => b.timeline.some((t) => t.date === '2025-05-11')],
  ['facts', 'Putin not attending is corroborated by three or more outlets', (b) =>
    b.facts.some((f) => f.articles.length >= 3 && /Putin/.test(f.text) && /not|no /.test(f.text))],
  ['facts', 'single-outlet facts listed', (b) => b.facts.some((f) => f.support === 'single')],
  ['conflicts', 'Rubio\'s title conflict found', (b) => conflictAbout(b, /Rubio|Secretary of State/).length > 0],
  ['summary', 'summary exists and stays within budget', (b) => b.summary.length > 0 && b.summary.map((s) => s.text.split(/\s+/).length).reduce((x, y) => x + y, 0) <= 150],
  ['summary', 'every summary sentence cites valid evidence', (b) => b.summary.every((s) => s.evidence.length > 0 && s.evidence.every((e) => {
    const a = b.articles.find((x) => x.id === e.article);
    return Boolean(a) && e.start >= 0 && e.end <= a!.text.length && e.end > e.start;
  }))],
  ['summary', 'no summary sentence opens with a pronoun', (b) => b.summary.every((s) => !/^(He|She|They|It|This|The move)\b/.test(s.text))],
];

/** Conflicts that are not about Rubio's title are false ones in the seeds. */
function conflictPrecision(b: Brief): number {
  if (b.conflicts.length === 0) return 1;
  return conflictAbout(b, /Rubio|Secretary of State/).length / b.conflicts.length;
}

export const seedsSuite: EvalSuite = {
  name: 'seeds',
  needs: 'seeds',
  async run({ shared }) {
    const dir = join(shared, 'seeds');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const { brief } = analyzeDetailed(files.map((f) => ({ source: f, text: readFileSync(join(dir, f), 'utf8') })));
    const sections = [...new Set(CHECKS.map((c) => c[0]))];
    const scores: Score[] = [];
    const failed: string[] = [];
    for (const section of sections) {
      const mine = CHECKS.filter((c) => c[0] === section);
      let pass = 0;
      for (const [, name, fn] of mine) {
        let ok = false;
        try { ok = fn(brief); } catch { ok = false; }
        if (ok) pass++;
        else failed.push(`${section}: ${name}`);
      }
      scores.push({ metric: `seeds.${section}`, value: pass / mine.length, detail: `${pass}/${mine.length} checks` });
    }
    scores.push({ metric: 'seeds.conflicts.precision', value: conflictPrecision(brief), detail: `${brief.conflicts.length} conflicts reported` });
    return { scores, tables: failed.length ? [`seeds: failing checks\n${failed.map((f) => `  - ${f}`).join('\n')}`] : [] };
  },
};
