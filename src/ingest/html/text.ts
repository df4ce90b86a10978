/**
 * Article DOM → plain text: one paragraph per block, without figures, captions, asides, forms, share and
 * newsletter widgets, or lists of links.
 */

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'FIGURE', 'FIGCAPTION', 'ASIDE', 'NAV', 'FORM', 'BUTTON',
  'IFRAME', 'SVG', 'FOOTER', 'HEADER', 'TEMPLATE', 'SELECT', 'INPUT', 'TEXTAREA', 'VIDEO', 'AUDIO', 'PICTURE']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'BR', 'HR', 'DL', 'DT', 'DD', 'MAIN']);
/** class/id words of page furniture inside an article body. */
export const JUNK_NAME = /(^|[\s_-])(share|social|newsletter|subscribe|signup|related|recommend|promo|advert|ad-|ads|sponsor|caption|credit|byline|author-bio|comments?|tags|breadcrumb|toolbar|read-?more|more-stories|paywall|cookie)([\s_-]|$)/i;

/** Share of an element's text inside links at which a block is a list of links, not prose. */
export const LINK_DENSITY_MAX = 0.6;

function linkDensity(el: Element): number {
  const all = (el.textContent ?? '').length;
  if (all === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').length;
  return linked / all;
}

export function blockText(root: Element): string {
  const parts: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (name.trim() && JUNK_NAME.test(name)) return;
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      if ((tag === 'UL' || tag === 'OL') && linkDensity(el) > LINK_DENSITY_MAX) return;
    }
    for (const child of el.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}
