/**
 * The one escape for HTML: every article-derived string goes through escapeHtml before it reaches the page, in text
 * and in attribute values alike (both quote kinds are escaped, so it is safe inside "…" and '…').
 */
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Markdown inline text: backslash-escapes what Markdown would read as markup (emphasis, links, code, raw HTML,
 * table cells) and turns line breaks into spaces, so an article's words never become structure.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&'); // only an entity reference needs it: "Tom & Jerry" stays as written
}
