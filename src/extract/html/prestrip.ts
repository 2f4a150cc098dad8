/**
 * Markup that is never text, cut from the page source before parsing. On news pages it is often
 * most of the bytes, and every node the DOM does not build is one that neither the parser nor
 * Readability has to create, walk and collect (linkedom allocates an object and a listener map
 * per element and per attribute).
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

/**
 * A start tag with attributes. `[^<>]` keeps it inside one tag: text holds `<` only escaped, and
 * an attribute value containing `>` just ends the match early, leaving the rest untouched.
 */
const START_TAG = /<([a-zA-Z][\w-]*)(\s[^<>]*)>/g;

/** One attribute with a quoted value. Unquoted and valueless attributes are left alone. */
const QUOTED_ATTRIBUTE = /\s([a-zA-Z_:][\w:.-]*)\s*=\s*(?:"[^"]*"|'[^']*')/g;

/**
 * Attributes that neither Readability nor the extractor reads (script data, accessibility labels,
 * event handlers, layout hints, responsive image lists). `aria-hidden` and `aria-modal` stay:
 * they decide visibility.
 */
const UNREAD_ATTRIBUTE = /^(?:data-[\w:.-]*|aria-(?!hidden$|modal$)[\w-]*|on[a-z]+|tabindex|target|loading|decoding|fetchpriority|width|height|sizes|srcset|crossorigin|integrity|referrerpolicy|media|draggable|spellcheck|autocomplete|jsaction|jsname|jscontroller|ng-[\w-]+|v-[\w-]+)$/i;

/** A `style` attribute only matters when it hides the element. */
const HIDING_STYLE = /display|visibility/i;

/**
 * Elements whose attributes are all kept: Readability keeps or drops images and embeds by their
 * lazy-loading and source attributes, which changes how it scores the blocks around them.
 */
const KEEP_ALL_ATTRIBUTES = new Set(['img', 'picture', 'source', 'video', 'audio', 'iframe', 'embed', 'object', 'meta', 'link', 'script', 'time']);

function leanAttributes(tag: string, name: string, attributes: string): string {
  if (KEEP_ALL_ATTRIBUTES.has(name.toLowerCase())) return tag;
  const kept = attributes.replace(QUOTED_ATTRIBUTE, (attribute: string, attributeName: string) => {
    if ((process.env['ATTRS'] ? new RegExp(process.env['ATTRS'], 'i') : UNREAD_ATTRIBUTE).test(attributeName)) return '';
    if (attributeName.toLowerCase() === 'style' && !HIDING_STYLE.test(attribute)) return '';
    return attribute;
  });
  return kept === attributes ? tag : `<${name}${kept}>`;
}

/** Removes never-text markup and unread attributes from an HTML string (see the constants above). */
export function stripNeverText(html: string): string {
  return html
    .replace(NEVER_TEXT, (match, scriptAttributes: string | undefined) => (scriptAttributes !== undefined && JSON_LD_TYPE.test(scriptAttributes) ? match : ''))
    .replace(START_TAG, process.env['NOATTR'] ? (m: string) => m : leanAttributes);
}
