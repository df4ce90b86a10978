/**
 * renderHtml(brief): one self-contained HTML page (inline CSS, no scripts, no external assets) for a reporter.
 * Summary first with citation markers; then facts, conflicts, quotes, entities, timeline, framing and the articles
 * with their removed lines and cited words highlighted. Every article-derived string goes through escapeHtml.
 * Deterministic: the brief's order, no clock.
 */
import type { Brief, BriefQuote, QuoteGroup } from '../brief/types.ts';
import { escapeHtml as h } from './escape.ts';
import { Citations, markedText } from './html-cite.ts';
import { STYLE } from './html-style.ts';
import { dateRange, makeView, type BriefView } from './view.ts';

interface Part { id: string; title: string; count: number; body: string }

/** More single-outlet facts than this and their list starts folded. */
const FOLD_SINGLE_FACTS = 12;

const empty = (what: string) => `<p class="empty">No ${h(what)} found.</p>`;
const chips = (names: readonly string[]) => names.map((n) => `<span class="chip">${h(n)}</span>`).join('');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summary(v: BriefView, c: Citations): string {
  if (v.brief.summary.length === 0) return empty('summary sentences');
  return `<p>${v.brief.summary.map((s) => `${h(s.text)}${c.markers(s.evidence)}`).join(' ')}</p>`;
}

function facts(v: BriefView, c: Citations): string {
  if (v.brief.facts.length === 0) return empty('facts');
  const column = (support: 'corroborated' | 'single', title: string, badge: string) => {
    const some = v.brief.facts.filter((f) => f.support === support);
    const items = some.map((f) => {
      const outlets = f.outlets.length ? [...new Set(f.outlets.map(v.outletName))] : v.outlets(f.articles);
      return `<li>${h(f.text)}${c.markers(f.evidence)}<br><span class="badge ${badge}">${plural(outlets.length, 'outlet')}</span> ${chips(outlets)}</li>`;
    });
    const list = items.length ? `<ul class="items">${items.join('')}</ul>` : empty(`${title.toLowerCase()} facts`);
    const head = `${title} <span class="count">(${some.length})</span>`;
    // A long list of single-outlet facts starts folded, so the corroborated ones stay in view.
    return support === 'single' && some.length > FOLD_SINGLE_FACTS
      ? `<details class="fold"><summary><h3>${head}</h3></summary>${list}</details>`
      : `<h3>${head}</h3>${list}`;
  };
  return column('corroborated', 'Corroborated', 'b-ok') + column('single', 'Single outlet', 'b-warn');
}

function conflicts(v: BriefView, c: Citations): string {
  if (v.brief.conflicts.length === 0) return empty('conflicts between outlets');
  return v.brief.conflicts.map((k) => {
    const who = v.entity(k.entity);
    const variants = k.variants.map((x) =>
      `<div class="variant"><div class="value">${h(x.value)}</div><div>${chips(v.outlets(x.articles))}` +
      `${x.evidence.map((e) => `<blockquote>${h(v.words(e))}${c.marker(e)}</blockquote>`).join('')}</div></div>`);
    return `<div class="group"><span class="badge b-bad">conflict</span> <span class="who">${h(k.about)}</span>` +
      `${who ? ` <span class="meta">· ${h(who.name)}</span>` : ''}${variants.join('')}</div>`;
  }).join('');
}

/** The quote's words, with the words only this rendering has marked. */
function quoteWords(q: BriefQuote, only: readonly string[]): string {
  if (only.length === 0) return h(q.text);
  const set = new Set(only.map((w) => w.toLowerCase()));
  return q.text.split(/([\p{L}\p{N}'’-]+)/u).map((part, i) =>
    i % 2 === 1 && set.has(part.toLowerCase()) ? `<span class="diff">${h(part)}</span>` : h(part)).join('');
}

function speakerOf(v: BriefView, id: string | null, name: string | null): string {
  const e = v.entity(id);
  return e ? h(e.name) : name ? h(name) : '<em>unattributed</em>';
}

function group(v: BriefView, c: Citations, g: QuoteGroup): string {
  const members = g.quotes.map((id) => v.quote(id)).filter((q): q is BriefQuote => q !== undefined);
  const rows = members.map((q) => {
    const only = g.differences.find((d) => d.quote === q.id)?.only ?? [];
    return `<div class="variant"><div>${chips([v.label(q.article)])}${viaNote(q)}</div><blockquote>“${quoteWords(q, only)}”${c.marker(q)}</blockquote></div>`;
  });
  const agree = g.differences.every((d) => d.only.length === 0);
  return `<div class="group"><span class="who">${speakerOf(v, g.speaker, members[0]?.speakerName ?? null)}</span> ` +
    `<span class="badge ${agree ? 'b-ok' : 'b-warn'}">${agree ? 'same words' : 'wording differs'}</span>` +
    ` <span class="meta">${plural(members.length, 'rendering')}</span>${rows.join('')}</div>`;
}

/** "according to …" under a speaker whose words the outlet credits to another source. */
const viaNote = (q: BriefQuote): string => (q.via ? ` <span class="meta">according to ${h(q.via.name)}</span>` : '');

function quotes(v: BriefView, c: Citations): string {
  const { quotes, quoteGroups } = v.brief;
  if (quotes.length === 0) return empty('quotes');
  const groups = quoteGroups.length
    ? `<h3>Same statement, several renderings <span class="count">(${quoteGroups.length})</span></h3>${quoteGroups.map((g) => group(v, c, g)).join('')}`
    : '';
  const single = quotes.filter((q) => q.group === null);
  const rows = single.map((q) =>
    `<tr><td class="who">${speakerOf(v, q.speaker, q.speakerName)}${viaNote(q)}</td><td>${chips([v.label(q.article)])}</td>` +
    `<td>“${h(q.text)}”${c.marker(q)}${q.kind === 'scare' ? ' <span class="badge b-muted">scare quote</span>' : ''}</td></tr>`);
  const table = single.length
    ? `<div class="scroll"><table><thead><tr><th>Speaker</th><th>Outlet</th><th>Words</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
    : empty('other quotes');
  return `${groups}<h3>${quoteGroups.length ? 'Other quotes' : 'Quotes'} <span class="count">(${single.length})</span></h3>${table}`;
}

function entities(v: BriefView): string {
  if (v.brief.entities.length === 0) return empty('entities');
  const rows = v.brief.entities.map((e) => {
    const roles = e.roles.map((r) => `<div>${h(r.role)} ${chips(v.outlets(r.articles))}</div>`).join('');
    return `<tr><td class="who">${h(e.name)}</td><td><span class="badge b-muted">${h(e.type)}</span></td>` +
      `<td>${v.otherNames(e).map(h).join(', ')}</td><td>${roles}</td><td>${chips(v.outlets(e.articles))}</td><td>${e.mentions.length}</td></tr>`;
  });
  return `<div class="scroll"><table><thead><tr><th>Name</th><th>Type</th><th>Also written</th><th>Roles, per outlet</th>` +
    `<th>Outlets</th><th>Mentions</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function timeline(v: BriefView, c: Citations): string {
  if (v.brief.timeline.length === 0) return empty('dated events');
  const items = v.brief.timeline.map((t) =>
    `<li><span class="date">${h(t.date)}</span>${t.inferred ? '<span class="badge b-warn" title="rests on an inferred article date">date inferred</span> ' : ''}` +
    `${h(t.text)}${c.markers(t.evidence)}<br>${chips(v.outlets(t.articles))}</li>`);
  return `<ol class="timeline">${items.join('')}</ol>`;
}

function framing(v: BriefView): string {
  const rows = v.brief.framing;
  if (rows.length === 0) return empty('framing descriptors');
  const actors = [...new Set(rows.map((r) => r.entity))];
  const order = new Map(v.brief.articles.map((a, i) => [a.id, i]));
  const columns = [...new Set(rows.map((r) => r.article))].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const head = columns.map((a) => `<th>${h(v.label(a))}<br><span class="meta">${h(a)}</span></th>`).join('');
  const body = actors.map((id) => {
    const cells = columns.map((a) => {
      const words = rows.filter((r) => r.entity === id && r.article === a).flatMap((r) => r.descriptors);
      return `<td>${words.length ? words.map(h).join('<br>') : '<span class="meta">—</span>'}</td>`;
    });
    return `<tr><td class="who">${h(v.entity(id)?.name ?? id)}</td>${cells.join('')}</tr>`;
  });
  return `<div class="scroll"><table><thead><tr><th>Actor</th>${head}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}

function articles(v: BriefView, c: Citations): string {
  if (v.brief.articles.length === 0) return empty('articles');
  return v.brief.articles.map((a) => {
    const kv: [string, string | null][] = [
      ['Title', a.title ? h(a.title) : null],
      ['Outlet', a.outlet ? h(a.outlet) : `<em>none found</em> — shown as “${h(v.label(a.id))}” (file name)`],
      ['Published', a.published ? `${h(a.published)} <span class="meta">(${h(a.publishedFrom ?? '')})</span>` : '<em>unknown</em>'],
      ['Byline', a.byline ? h(a.byline) : null],
      ['Dateline', a.dateline ? h(a.dateline) : null],
      ['Credits', a.credits.length ? a.credits.map(h).join('; ') : null],
      ['Copy of', a.duplicateOf ? `<a href="#art-${h(a.duplicateOf)}">${h(a.duplicateOf)} · ${h(v.label(a.duplicateOf))}</a>` : null],
      ['Source', h(a.source)],
    ];
    const dl = kv.filter(([, x]) => x !== null).map(([k, x]) => `<dt>${k}</dt><dd>${x}</dd>`).join('');
    const removed = a.removed.length
      ? `<ul class="removed">${a.removed.map((r) => `<li><span class="badge b-muted">${h(r.kind)}</span> <span class="line">${h(r.text)}</span></li>`).join('')}</ul>`
      : '<p class="empty">No lines removed.</p>';
    const badges = [a.duplicateOf ? '<span class="badge b-muted">syndicated copy</span>' : '',
      a.publishedFrom === 'inferred' ? '<span class="badge b-warn">date inferred</span>' : ''].join(' ');
    return `<details class="article" id="art-${h(a.id)}" open><summary>${h(a.id)} · ${h(v.label(a.id))} ${badges}</summary>` +
      `<dl class="kv">${dl}</dl><h3>Removed lines <span class="count">(${a.removed.length})</span></h3>${removed}` +
      `<div class="text">${markedText(a.text, c.spans.get(a.id) ?? [])}</div></details>`;
  }).join('');
}

export function renderHtml(brief: Brief): string {
  const v = makeView(brief);
  const c = new Citations(v);
  const b = brief;
  // Built in page order, so citation markers are numbered as they are read; articles last, after every citation.
  const parts: Part[] = [
    { id: 'summary', title: 'Summary', count: b.summary.length, body: summary(v, c) },
    { id: 'facts', title: 'Facts', count: b.facts.length, body: facts(v, c) },
    { id: 'conflicts', title: 'Conflicts', count: b.conflicts.length, body: conflicts(v, c) },
    { id: 'quotes', title: 'Quotes', count: b.quotes.length, body: quotes(v, c) },
    { id: 'entities', title: 'Entities', count: b.entities.length, body: entities(v) },
    { id: 'timeline', title: 'Timeline', count: b.timeline.length, body: timeline(v, c) },
    { id: 'framing', title: 'Framing', count: new Set(b.framing.map((r) => r.entity)).size, body: framing(v) },
  ];
  parts.push({ id: 'articles', title: 'Articles', count: b.articles.length, body: articles(v, c) });
  const outlets = v.outlets(b.articles.map((a) => a.id));
  const range = dateRange(b);
  const title = b.articles.find((a) => a.title)?.title ?? null;
  const nav = parts.map((p) => `<a href="#${p.id}">${p.title} (${p.count})</a>`).join('');
  const sections = parts.map((p) =>
    `<section id="${p.id}" class="${p.id}"><h2>${p.title} <span class="count">${p.count}</span></h2>${p.body}</section>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corroborate brief${title ? ` — ${h(title)}` : ''}</title>
<style>${STYLE}${c.targetCss()}</style>
</head>
<body>
<header class="top"><div class="wrap"><h1>${title ? h(title) : 'Corroborate brief'}</h1>
<p class="meta">Cross-checked brief of ${plural(b.articles.length, 'article')} from ${plural(outlets.length, 'outlet')}${range ? ` · ${h(range)}` : ''} · ${h(b.schema)}</p>
<p>${chips(outlets)}</p></div></header>
<nav class="toc" aria-label="Sections"><div class="wrap">${nav}</div></nav>
<main class="wrap">
${sections}
</main>
<footer>Made by Corroborate. Every claim links to the words it rests on: hover or focus a number to read them.</footer>
</body>
</html>
`;
}
