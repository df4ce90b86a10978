/**
 * renderMarkdown(brief): the brief as Markdown for a terminal or a wiki. Summary first, each sentence with footnote
 * markers whose notes quote the cited words; then facts, conflicts, quotes, entities, timeline, framing, articles.
 * Every article-derived string goes through escapeMarkdown. Deterministic: the brief's order, no clock.
 */
import type { Brief, Evidence } from '../brief/types.ts';
import { escapeMarkdown as md } from './escape.ts';
import { dateRange, makeView, type BriefView } from './view.ts';

const EMPTY = (what: string) => `_No ${what} found._`;
/** Facts listed per support level in Markdown; the rest are counted (the terminal is not the place for a hundred). */
const MAX_FACTS = 25;

function cited(v: BriefView, e: Evidence): string {
  const words = v.words(e);
  return `${md(v.label(e.article))} (${e.article}): “${md(words || '(span outside the text)')}”`;
}

function outletList(v: BriefView, articles: readonly string[]): string {
  return v.outlets(articles).map(md).join(', ');
}

function summary(v: BriefView, notes: string[]): string[] {
  if (v.brief.summary.length === 0) return [EMPTY('summary sentences')];
  const lines = v.brief.summary.map((s) => {
    const marks = s.evidence.map((e) => {
      notes.push(cited(v, e));
      return `[^${notes.length}]`;
    });
    return `${md(s.text)}${marks.join('')}`;
  });
  return [lines.join('\n')];
}

function facts(v: BriefView): string[] {
  const { facts } = v.brief;
  if (facts.length === 0) return [EMPTY('facts')];
  const out: string[] = [];
  for (const [support, title] of [['corroborated', 'Corroborated'], ['single', 'Single outlet']] as const) {
    const some = facts.filter((f) => f.support === support);
    out.push(`### ${title} (${some.length})`, '');
    if (some.length === 0) out.push(EMPTY(`${title.toLowerCase()} facts`));
    for (const f of some.slice(0, MAX_FACTS)) {
      const outlets = f.outlets.length ? [...new Set(f.outlets.map(v.outletName))].map(md).join(', ') : outletList(v, f.articles);
      out.push(`- ${md(f.text)} — ${outlets}`);
    }
    if (some.length > MAX_FACTS) out.push(`- _… and ${some.length - MAX_FACTS} more: see the JSON or HTML brief._`);
    out.push('');
  }
  return out.slice(0, -1);
}

function conflicts(v: BriefView): string[] {
  if (v.brief.conflicts.length === 0) return [EMPTY('conflicts between outlets')];
  const out: string[] = [];
  for (const c of v.brief.conflicts) {
    const who = v.entity(c.entity);
    out.push(`- **${md(c.about)}**${who ? ` (${md(who.name)})` : ''}`);
    for (const variant of c.variants) {
      const words = variant.evidence.map((e) => `“${md(v.words(e))}”`).join('; ');
      out.push(`  - ${md(variant.value)} — ${outletList(v, variant.articles)}${words ? `: ${words}` : ''}`);
    }
  }
  return out;
}

function quotes(v: BriefView): string[] {
  const { quotes, quoteGroups } = v.brief;
  if (quotes.length === 0) return [EMPTY('quotes')];
  const out: string[] = [];
  const speaker = (id: string | null, name: string | null) => md(v.entity(id)?.name ?? name ?? 'unattributed');
  if (quoteGroups.length > 0) {
    out.push('### Same statement, several renderings', '');
    for (const g of quoteGroups) {
      const first = v.quote(g.quotes[0] ?? '');
      out.push(`- **${speaker(g.speaker, first?.speakerName ?? null)}**`);
      for (const id of g.quotes) {
        const q = v.quote(id);
        if (!q) continue;
        const only = g.differences.find((d) => d.quote === id)?.only ?? [];
        const via = q.via ? ` (according to ${md(q.via.name)})` : '';
        out.push(`  - ${md(v.label(q.article))}${via}: “${md(q.text)}”${only.length ? ` — only here: ${only.map(md).join(', ')}` : ''}`);
      }
    }
    out.push('');
  }
  const single = quotes.filter((q) => q.group === null);
  out.push(`### ${quoteGroups.length > 0 ? 'Other quotes' : 'Quotes'} (${single.length})`, '');
  if (single.length === 0) out.push(EMPTY('other quotes'));
  for (const q of single) {
    const tag = q.kind === 'scare' ? ' _(scare quote)_' : '';
    const via = q.via ? ` (according to ${md(q.via.name)})` : '';
    out.push(`- **${speaker(q.speaker, q.speakerName)}**${via} — ${md(v.label(q.article))}: “${md(q.text)}”${tag}`);
  }
  return out;
}

function entities(v: BriefView): string[] {
  if (v.brief.entities.length === 0) return [EMPTY('entities')];
  const out = ['| Name | Type | Also written | Roles (outlet) | Outlets | Mentions |', '|---|---|---|---|---|---|'];
  for (const e of v.brief.entities) {
    const roles = e.roles.map((r) => `${md(r.role)} (${outletList(v, r.articles)})`).join('; ');
    out.push(`| ${md(e.name)} | ${e.type} | ${v.otherNames(e).map(md).join(', ')} | ${roles} | ${outletList(v, e.articles)} | ${e.mentions.length} |`);
  }
  return out;
}

function timeline(v: BriefView): string[] {
  if (v.brief.timeline.length === 0) return [EMPTY('dated events')];
  return v.brief.timeline.map((t) =>
    `- **${md(t.date)}**${t.inferred ? ' _(date inferred)_' : ''} — ${md(t.text)} (${outletList(v, t.articles)})`);
}

function framing(v: BriefView): string[] {
  const rows = v.brief.framing;
  if (rows.length === 0) return [EMPTY('framing descriptors')];
  const actors = [...new Set(rows.map((r) => r.entity))];
  const order = new Map(v.brief.articles.map((a, i) => [a.id, i]));
  const columns = [...new Set(rows.map((r) => r.article))].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const out = [
    `| Actor | ${columns.map((a) => `${md(v.label(a))} (${a})`).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
  ];
  for (const id of actors) {
    const cells = columns.map((a) => rows.filter((r) => r.entity === id && r.article === a).flatMap((r) => r.descriptors).map(md).join(', ') || '—');
    out.push(`| ${md(v.entity(id)?.name ?? id)} | ${cells.join(' | ')} |`);
  }
  return out;
}

function articles(v: BriefView): string[] {
  if (v.brief.articles.length === 0) return [EMPTY('articles')];
  const out: string[] = [];
  for (const a of v.brief.articles) {
    const words = a.text.match(/\S+/g)?.length ?? 0;
    out.push(`### ${a.id} — ${md(v.label(a.id))}${a.outlet ? '' : ' _(no outlet found: file name)_'}`, '');
    const facts: [string, string | null][] = [
      ['Title', a.title],
      ['Published', a.published ? `${a.published} (${a.publishedFrom})` : 'unknown'],
      ['Byline', a.byline],
      ['Dateline', a.dateline],
      ['Credits', a.credits.length ? a.credits.join('; ') : null],
      ['Copy of', a.duplicateOf ? `${a.duplicateOf} (${v.label(a.duplicateOf)})` : null],
      ['Source', a.source],
    ];
    for (const [k, value] of facts) if (value !== null) out.push(`- ${k}: ${md(value)}`);
    out.push(`- Length: ${words} words`);
    if (a.removed.length === 0) out.push('- Removed lines: none');
    else {
      out.push(`- Removed lines (${a.removed.length}):`);
      for (const r of a.removed) out.push(`  - ${r.kind}: ${md(r.text)}`);
    }
    out.push('');
  }
  return out.slice(0, -1);
}

export function renderMarkdown(brief: Brief): string {
  const v = makeView(brief);
  const notes: string[] = [];
  const outlets = v.outlets(brief.articles.map((a) => a.id));
  const range = dateRange(brief);
  const head = [
    '# Corroborate brief',
    '',
    `${brief.articles.length} article${brief.articles.length === 1 ? '' : 's'} from ${outlets.length} outlet${outlets.length === 1 ? '' : 's'}` +
      `${range ? `, ${range}` : ''}: ${outlets.map(md).join(', ')}.`,
  ];
  const sections: [string, string[]][] = [
    ['Summary', summary(v, notes)],
    ['Facts', facts(v)],
    ['Conflicts', conflicts(v)],
    ['Quotes', quotes(v)],
    ['Entities', entities(v)],
    ['Timeline', timeline(v)],
    ['Framing', framing(v)],
    ['Articles', articles(v)],
  ];
  const body = sections.flatMap(([title, lines]) => ['', `## ${title}`, '', ...lines]);
  const footnotes = notes.length ? ['', ...notes.map((n, i) => `[^${i + 1}]: ${n}`)] : [];
  return `${[...head, ...body, ...footnotes].join('\n')}\n`;
}
