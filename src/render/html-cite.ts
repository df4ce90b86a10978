/**
 * Citations in the HTML report. A marker shows the cited words (with a little context) on hover or focus, and links
 * to the same words highlighted in the article's text. `citeId` names a span; `markedText` renders an article's
 * text with every cited span highlighted and an anchor at each span's start.
 */
import type { Evidence } from '../brief/types.ts';
import { escapeHtml as h } from './escape.ts';
import type { BriefView } from './view.ts';

export const citeId = (e: Evidence): string => `ev-${e.article}-${e.start}-${e.end}`;

/** Numbers markers in document order, so the page reads [1] [2] [3] … */
export class Citations {
  private n = 0;
  /** Article id → spans cited anywhere in the report (for highlighting the article text). */
  readonly spans = new Map<string, Evidence[]>();

  constructor(private readonly v: BriefView) {}

  marker(e: Evidence): string {
    this.n += 1;
    const words = this.v.words(e);
    const list = this.spans.get(e.article) ?? [];
    if (words) {
      list.push(e);
      this.spans.set(e.article, list);
    }
    const { before, after } = this.v.context(e);
    const body = words
      ? `<span class="ctx">${h(before)}</span><mark>${h(words)}</mark><span class="ctx">${h(after)}</span>`
      : '<em>(the cited span lies outside the article text)</em>';
    const link = words ? `<a href="#${h(citeId(e))}">Show in the article ↓</a>` : '';
    return `<span class="cite" tabindex="0" aria-label="source ${this.n}: ${h(this.v.label(e.article))}">${this.n}` +
      `<span class="pop" role="note"><span class="src">${h(this.v.label(e.article))} · ${h(e.article)}</span>${body}${link}</span></span>`;
  }

  markers(evidence: readonly Evidence[]): string {
    return evidence.map((e) => this.marker(e)).join('');
  }
}

/** An article's text, escaped, with cited spans in <mark> and an anchor where each span starts. */
export function markedText(text: string, spans: readonly Evidence[]): string {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const anchorsAt = new Map<number, string[]>();
  for (const s of valid) {
    const ids = anchorsAt.get(s.start) ?? [];
    if (!ids.includes(citeId(s))) ids.push(citeId(s));
    anchorsAt.set(s.start, ids);
  }
  let out = '';
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    for (const id of (anchorsAt.get(a) ?? []).sort()) out += `<a class="anchor" id="${h(id)}"></a>`;
    const piece = h(text.slice(a, b));
    out += valid.some((s) => s.start <= a && b <= s.end) ? `<mark>${piece}</mark>` : piece;
  }
  return out;
}
