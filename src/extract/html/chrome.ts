import type { RemovalReason } from '../../types.js';
import { classifyLine } from '../patterns.js';
import { isElement, squash, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { textLength } from './dom-text.js';

/** Elements that are never article text, whatever their class: hidden, navigation, asides. */
const CHROME_MARKUP = '[hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="contentinfo"], dialog';

/**
 * Class and id words of blocks Readability keeps because they sit inside the article container:
 * captions and credits, bylines and timestamps, share bars, newsletter sign-ups, related links,
 * tag lists, ads, comment counters. Matched as whole words of the class or id.
 */
const CHROME_CLASS =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|byline|bylines|author|authors|breadcrumb|breadcrumbs|share|sharing|social|newsletter|subscribe|subscription|signup|related|recommended|recommendations|promo|tags|tag-list|timestamp|dateline|advert|advertisement|ad|ads|adslot|outbrain|taboola|toolbar|print|cookie|consent|gallery|slideshow|read-more|readmore|more-stories|inline-link|see-also|newsletter-signup|bio|disclaimer|copyright|meta-data|post-meta|entry-meta|article-meta)(?:$|[\s_-])/i;

/** A matched block holding more than this share of the container's text is the article itself, not chrome. */
const MAX_CHROME_SHARE = 0.35;

/** Link lists are related-article rails when nearly all their text is link text. */
const LINK_LIST_MIN_LINK_SHARE = 0.9;

/** Removes elements that are chrome by their markup, before Readability scores the page. */
export function removeChromeElements(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(CHROME_MARKUP))) el.remove();
}

/** A block taken out of the main text, with the reason (kept so that nothing is lost silently). */
export interface DroppedBlock {
  readonly text: string;
  readonly reason: RemovalReason;
}

/**
 * Removes chrome left inside the chosen container: figures and captions, elements whose class or id
 * names chrome, and lists made only of links. Returns what was removed.
 */
export function removeContainerChrome(root: DomElement): DroppedBlock[] {
  const dropped: DroppedBlock[] = [];
  const total = Math.max(1, textLength(root));
  const drop = (el: DomElement, reason: RemovalReason): void => {
    const text = squash(el.textContent);
    if (text !== '') dropped.push({ text, reason });
    el.remove();
  };
  for (const el of Array.from(root.querySelectorAll('figcaption, figure, picture'))) {
    if (isAttached(el, root) && textLength(el) / total <= MAX_CHROME_SHARE) drop(el, 'caption');
  }
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (el === root || !isAttached(el, root)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CHROME_CLASS.test(names) && textLength(el) / total <= MAX_CHROME_SHARE) drop(el, chromeReason(names));
  }
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    if (isAttached(list, root) && isLinkList(list)) drop(list, 'related-link');
  }
  return dropped;
}

/** Still inside the container: an element inside one removed earlier keeps its own parent. */
function isAttached(el: DomNode, root: DomNode): boolean {
  for (let node: DomNode | null = el; node !== null; node = node.parentNode) if (node === root) return true;
  return false;
}

function chromeReason(names: string): RemovalReason {
  if (/caption|credit|gallery|slideshow/i.test(names)) return 'caption';
  if (/byline|author|bio/i.test(names)) return 'byline';
  if (/related|recommend|more-stories|read-?more|see-also|inline-link|outbrain|taboola/i.test(names)) return 'related-link';
  if (/disclaimer|copyright/i.test(names)) return 'disclaimer';
  return 'site-chrome';
}

/** Two or more items, each of them a link and nothing else: a rail of other articles. */
function isLinkList(list: DomElement): boolean {
  const items = Array.from(list.children).filter((c) => isElement(c) && c.localName === 'li');
  if (items.length < 2) return false;
  return items.every((li) => {
    const all = textLength(li);
    if (all === 0) return true;
    const linked = Array.from(li.querySelectorAll('a')).reduce((n, a) => n + textLength(a), 0);
    return linked / all >= LINK_LIST_MIN_LINK_SHARE;
  });
}

/** "Image 1 of 9", "1of4": gallery counters. */
const GALLERY_COUNTER = /^(?:image|photo|picture|slide)?\s*\d+\s*(?:of|\/)\s*\d*$/i;
/** Short lead-ins to links elsewhere: "READ MORE: …", "Related: …", "SEE MORE: …", "DON'T MISS". */
const LINK_LEAD_IN = /^(?:related|read more|read also|also read|see more|see also|more|watch|listen|don['’]t miss|must read|recommended|more from [^:]{1,40}|you may also like|sponsored|advert|advertisement|continue reading(?: below)?|sign in|log in|register|skip to (?:main )?content|caption|close|tags?|filed under|topics?)\s*(?:[:|.…-]|\.\.\.|$)/i;
/** A lead-in line longer than this is a sentence that happens to start with "More", not a label. */
const LEAD_IN_MAX_WORDS = 18;
/** A paragraph that is only a URL or an e-mail address. */
const BARE_ADDRESS = /^(?:https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|@\w+)$/i;
/** "Updated 11:21 pm CST, Tuesday, November 19, 2019", "PUBLISHED: 10:48, Tue, Nov 19, 2019". */
const DATE_LINE = /^(?:(?:\|\s*)?(?:updated|published|posted|last updated|modified|date)\s*:?\s*)?(?:on\s+)?[\w ,.:;/|-]*\b(?:19|20)\d{2}\b[\w ,.:;/|-]*$/i;
/** A date line is a handful of tokens; a sentence with a year in it is text. */
const DATE_LINE_MAX_WORDS = 12;
/** Words that make a short line with a year a date stamp rather than a sentence. */
const DATE_WORDS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(?:am|pm|gmt|utc|[ecmp][sd]t|updated|published|posted)\b|\d{1,2}[:/.]\d{2}/i;

/** Removes paragraphs that are chrome by their words, returning kept and dropped ones. */
export function dropChromeParagraphs(paragraphs: readonly string[]): { kept: string[]; dropped: DroppedBlock[] } {
  const kept: string[] = [];
  const dropped: DroppedBlock[] = [];
  for (const paragraph of paragraphs) {
    const reason = paragraphChrome(paragraph);
    if (reason === null) kept.push(paragraph);
    else dropped.push({ text: paragraph, reason });
  }
  return { kept, dropped };
}

function paragraphChrome(paragraph: string): RemovalReason | null {
  const line = paragraph.trim();
  const words = line.split(/\s+/).length;
  if (GALLERY_COUNTER.test(line)) return 'caption';
  if (BARE_ADDRESS.test(line)) return 'site-chrome';
  if (words <= LEAD_IN_MAX_WORDS && LINK_LEAD_IN.test(line)) return 'related-link';
  if (words <= DATE_LINE_MAX_WORDS && DATE_LINE.test(line) && DATE_WORDS.test(line) && !/[.!?]["”’]?$/.test(line)) return 'byline';
  // The plain-text line rules apply to single-line paragraphs only: they were written for lines.
  if (!line.includes('\n')) return classifyLine(line)?.reason ?? null;
  return null;
}
