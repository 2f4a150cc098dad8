/**
 * Markup that is never text, cut from the page source before parsing: inline scripts (JSON-LD
 * excepted, the metadata reader needs it), styles and comments. On news pages they are often
 * most of the bytes, and every node the DOM does not build is one Readability does not walk.
 * One alternation, matched left to right, so a comment that contains `<script>` is cut as a
 * comment, in the order the HTML tokenizer would see them.
 */
const NEVER_TEXT =
  /<!--[\s\S]*?-->|<script\b([^>]*)>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<(svg|noscript|template|select)\b[^>]*>[\s\S]*?<\/\2\s*>/gi;

/** The one kind of script whose content the extractor reads. */
const JSON_LD_TYPE = /\btype\s*=\s*["']?application\/ld\+json/i;

/** Removes scripts (but JSON-LD), styles and comments from an HTML string. Unclosed ones are left to the parser. */
export function stripNeverText(html: string): string {
  return html.replace(NEVER_TEXT, (match, scriptAttributes: string | undefined) =>
    scriptAttributes !== undefined && JSON_LD_TYPE.test(scriptAttributes) ? match : '',
  );
}
