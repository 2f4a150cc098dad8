/**
 * Markup that is never text, cut from the page source before parsing. On news pages it is often
 * most of the bytes, and every node the DOM does not build is one that neither the parser nor
 * Readability has to create, walk and collect (linkedom allocates an object and a listener map
 * per node).
 */

/**
 * Inline scripts (JSON-LD excepted: the metadata reader needs it), styles, comments, and elements
 * whose content is never read as text (`<svg>`, `<noscript>`, `<template>`, `<select>`). One
 * alternation, matched left to right, so a comment that contains `<script>` is cut as a comment,
 * in the order the HTML tokenizer would see them. An unclosed one is left to the parser.
 */
const NEVER_TEXT =
  /<!--[\s\S]*?-->|<script\b([^>]*)>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<(svg|noscript|template|select)\b[^>]*>[\s\S]*?<\/\2\s*>/gi;

/** The one kind of script whose content the extractor reads. */
const JSON_LD_TYPE = /\btype\s*=\s*["']?application\/ld\+json/i;

/** Removes scripts (but JSON-LD), styles, comments and never-text elements from an HTML string. */
export function stripNeverText(html: string): string {
  return html.replace(NEVER_TEXT, (match, scriptAttributes: string | undefined) => (scriptAttributes !== undefined && JSON_LD_TYPE.test(scriptAttributes) ? match : ''));
}
