/**
 * Article DOM → blocks of plain text: one per paragraph, heading or list item, without figures, captions, asides,
 * forms, share and newsletter widgets, or lists of links. Each block keeps how much of its text sits in links and
 * whether it is a heading, for the filters in body-filter.ts.
 */

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'FIGURE', 'FIGCAPTION', 'ASIDE', 'NAV', 'FORM', 'BUTTON',
  'IFRAME', 'SVG', 'FOOTER', 'HEADER', 'TEMPLATE', 'SELECT', 'INPUT', 'TEXTAREA', 'VIDEO', 'AUDIO', 'PICTURE']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'BR', 'HR', 'DL', 'DT', 'DD', 'MAIN']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Table cells: a space between them, so a row reads as words ("Ticker Price Change"), not one run. */
const CELL_TAGS = new Set(['TD', 'TH']);
/** class/id words of page furniture inside an article body (camelCase names are split first: "newsCaption"). */
export const JUNK_NAME = /(^|[\s_-])(share|social|newsletter|subscribe|signup|related|recommend|promo|advert|ad-|ads|sponsor|caption|credit|byline|author[\s_-]?bio|comments?|tags|breadcrumb|toolbar|read-?more|more-stories|paywall|cookie)([\s_-]|$)/i;

const splitCamel = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2');

/** Share of an element's text inside links at which a list is a list of links, not prose. */
export const LINK_DENSITY_MAX = 0.6;

export interface TextBlock {
  text: string;
  /** Characters of the block's text inside <a> elements. */
  linked: number;
  heading: boolean;
  /** An item of a list whose every item holds a link (a list of stories, when it closes the body). */
  linkList?: boolean;
}

/** Share of a list's text in links from which a list where every item holds a link is a list of links. */
export const LINK_LIST_MIN_SHARE = 0.3;

function isLinkList(el: Element): boolean {
  const items = [...el.children].filter((c) => c.tagName.toUpperCase() === 'LI');
  return items.length > 0 && items.every((li) => li.querySelector('a')) && linkDensity(el) >= LINK_LIST_MIN_SHARE;
}

function linkDensity(el: Element): number {
  const all = (el.textContent ?? '').length;
  if (all === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').length;
  return linked / all;
}

export function textBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let line = '';
  let linked = 0;
  let inLink = 0;
  let heading = false;
  let inLinkList = 0;
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) blocks.push({ text: t, linked: Math.min(linked, t.length), heading, ...(inLinkList ? { linkList: true } : {}) });
    line = '';
    linked = 0;
    heading = false;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      line += t;
      if (inLink) linked += t.replace(/\s+/g, ' ').trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (name.trim() && JUNK_NAME.test(splitCamel(name))) return;
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      if ((tag === 'UL' || tag === 'OL') && linkDensity(el) > LINK_DENSITY_MAX) return;
      if (HEADING_TAGS.has(tag)) heading = true;
    }
    if (CELL_TAGS.has(tag)) line += ' ';
    if (tag === 'A') inLink++;
    const linkList = (tag === 'UL' || tag === 'OL') && isLinkList(el);
    if (linkList) inLinkList++;
    for (const child of el.childNodes) walk(child);
    if (linkList) inLinkList--;
    if (tag === 'A') inLink--;
    if (block) flush();
    else if (CELL_TAGS.has(tag)) line += ' ';
  };
  walk(root);
  flush();
  return blocks;
}

export function blockText(root: Element): string {
  return textBlocks(root).map((b) => b.text).join('\n\n');
}
