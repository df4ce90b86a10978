/**
 * Raw HTML → the same page without what can never be article text (scripts, styles, comments, inline SVG,
 * noscript and template blocks; menus, asides, form controls and iframes, whose menus are often the largest part of
 * a page), and the JSON-LD blocks taken out before the scripts go. A nested menu that the first closing tag cuts
 * short leaves its tail in the page; the DOM pass in extract.ts removes what is left of it. Parsing the lean page is
 * cheaper and leaves Readability fewer nodes to walk. String work only: the parser sees the result once.
 */

const LD_JSON = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const INERT = /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<svg\b[\s\S]*?<\/svg\s*>|<noscript\b[\s\S]*?<\/noscript\s*>|<template\b[\s\S]*?<\/template\s*>|<(nav|aside|select|textarea|button|iframe)\b[\s\S]*?<\/\1\s*>/gi;

/** The text of each JSON-LD block, in page order. */
export function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(LD_JSON)].map((m) => m[1]!);
}

/** A start tag with its attributes (quoted values may hold '>'). */
const START_TAG = /<([a-zA-Z][^\s\/>]*)((?:\s+[^\s=\/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)(\s*\/?)>/g;
const ATTRIBUTE = /\s+([^\s=\/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;
/**
 * Attributes that extraction reads (class and id for scoring, visibility, links, dates, metadata); the parser
 * makes a node of every attribute, and pages carry many more (data-*, tracking, srcset, event handlers).
 */
const KEPT_ATTRIBUTES = /^(?:class|id|href|datetime|content|property|name|itemprop|itemtype|rel|type|hidden|aria-hidden|role|style|lang|dir|charset)$/i;

function keepAttributes(tag: string, name: string, attrs: string, close: string): string {
  if (!attrs) return tag;
  const kept = attrs.replace(ATTRIBUTE, (a, key: string) => (KEPT_ATTRIBUTES.test(key) ? a : ''));
  return `<${name}${kept}${close}>`;
}

/** Block-level tags: white space between two of them is no text (it never joins two words). */
const BLOCK = '(?:div|p|ul|ol|li|dl|dt|dd|section|article|main|header|footer|nav|aside|h[1-6]|table|thead|tbody|tfoot|tr|td|th|figure|figcaption|form|blockquote|html|head|body|meta|link|title)';
const BLANK_BETWEEN_BLOCKS = new RegExp(`(<\\/?${BLOCK}\\b[^<>]*>)\\s+(?=<\\/?${BLOCK}\\b)`, 'gi');

/**
 * The page without scripts, styles, comments, SVG, noscript, templates, menus, asides, controls, unread attributes, or
 * white space between block tags (each run would be a text node to build and walk).
 */
export function leanHtml(html: string): string {
  return html.replace(INERT, ' ').replace(START_TAG, keepAttributes).replace(BLANK_BETWEEN_BLOCKS, '$1');
}
