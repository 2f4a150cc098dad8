import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** Elements that start a new paragraph of their own. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'center', 'caption',
]);

/** Never text a reader sees. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'head', 'select', 'button', 'input', 'textarea']);

/** Table cells of one row stay on one line, separated so that their words do not run together. */
const CELL_SEPARATOR = ' | ';

/**
 * The visible text of a subtree as paragraphs: each block element ends a paragraph, `<br>` ends a
 * line within one, whitespace inside a line collapses to one space (except in `<pre>`).
 */
export function paragraphsOf(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = '';

  const endLine = (): void => {
    const text = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (text !== '') lines.push(text);
    line = '';
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines = [];
  };

  const visit = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (pre) {
        const parts = text.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) endLine();
          line += part;
        });
      } else {
        line += text.replace(/\s+/g, ' ');
      }
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName;
    if (SKIPPED_TAGS.has(tag) || node.hasAttribute('hidden')) return;
    if (tag === 'br') {
      endLine();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) endParagraph();
    if (tag === 'td' || tag === 'th') {
      if (line.trim() !== '') line += CELL_SEPARATOR;
    }
    const inPre = pre || tag === 'pre';
    const children = node.childNodes;
    for (let i = 0; i < children.length; i += 1) visit(children[i] as DomNode, inPre);
    if (block) endParagraph();
    else if (tag === 'img' || tag === 'td' || tag === 'th') line += ' ';
  };

  visit(root, false);
  endParagraph();
  return paragraphs;
}

/** The number of characters of visible text in an element, without building the paragraphs. */
export function textLength(el: DomElement): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}
