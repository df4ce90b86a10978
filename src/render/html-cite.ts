/**
 * Citations in the HTML report. A marker shows the cited words (with a little context) on hover or focus, and links
 * to the same words in the article's text, where exactly those words are highlighted (CSS :target, no script).
 */
import type { Evidence } from '../brief/types.ts';
import { escapeHtml as h } from './escape.ts';
import type { BriefView } from './view.ts';

export interface CitedSpan { n: number; start: number; end: number }

/** Numbers markers in document order, so the page reads 1 2 3 …; each distinct span gets one anchor `ev<n>`. */
export class Citations {
  private n = 0;
  private readonly anchors = new Map<string, number>();
  /** Article id → spans cited anywhere in the report (for marking the article text). */
  readonly spans = new Map<string, CitedSpan[]>();

  constructor(private readonly v: BriefView) {}

  private anchor(e: Evidence): string {
    const key = `${e.article}:${e.start}:${e.end}`;
    let n = this.anchors.get(key);
    if (n === undefined) {
      n = this.anchors.size + 1;
      this.anchors.set(key, n);
      const list = this.spans.get(e.article) ?? [];
      list.push({ n, start: e.start, end: e.end });
      this.spans.set(e.article, list);
    }
    return `ev${n}`;
  }

  marker(e: Evidence): string {
    this.n += 1;
    const words = this.v.words(e);
    const { before, after } = this.v.context(e);
    const body = words
      ? `<span class="ctx">${h(before)}</span><mark>${h(words)}</mark><span class="ctx">${h(after)}</span>`
      : '<em>(the cited span lies outside the article text)</em>';
    const link = words ? `<a href="#${this.anchor(e)}">Show in the article ↓</a>` : '';
    return `<span class="cite" tabindex="0" aria-label="source ${this.n}: ${h(this.v.label(e.article))}">${this.n}` +
      `<span class="pop" role="note"><span class="src">${h(this.v.label(e.article))} · ${h(e.article)}</span>${body}${link}</span></span>`;
  }

  markers(evidence: readonly Evidence[]): string {
    return evidence.map((e) => this.marker(e)).join('');
  }

  /** One CSS rule: the words of the span whose anchor is the URL's target are highlighted, and only those. */
  targetCss(): string {
    const selectors = [...this.anchors.values()].map((n) => `#ev${n}:target~.k${n}`);
    return selectors.length ? `${selectors.join(',')}{background:var(--mark);border-bottom-color:transparent}` : '';
  }
}

/**
 * An article's text, escaped. Cited words are wrapped in <span class="ev k<n> …"> (one class per span covering
 * them), and an empty anchor `ev<n>` stands where each span starts, so `#ev<n>:target ~ .k<n>` marks exactly it.
 */
export function markedText(text: string, spans: readonly CitedSpan[]): string {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    for (const s of valid.filter((x) => x.start === a).sort((x, y) => x.n - y.n)) out += `<a class="anchor" id="ev${s.n}"></a>`;
    const piece = h(text.slice(a, b));
    const covering = valid.filter((s) => s.start <= a && b <= s.end).map((s) => `k${s.n}`);
    out += covering.length ? `<span class="ev ${covering.join(' ')}">${piece}</span>` : piece;
  }
  return out;
}
