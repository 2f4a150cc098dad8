import type { RemovalReason } from '../types.js';
import { countWords, isSpaceCode } from './blocks.js';

/** Accessibility skip links and their long form, printed as text by crawlers that drop the link. */
const SKIP_LINK = /^(?:please view the main text area of the page by skipping the main menu|skip to (?:main )?content|skip to (?:main )?navigation|jump to (?:main )?content|skip navigation)\.?$/i;

/** Navigation and sharing widgets that appear as whole lines; matched exactly so prose never does. */
const NAV_LINE = /^(?:advertisement|advertising|sponsored(?: content)?|share(?: this(?: article| story)?)?|share on (?:facebook|twitter|x|linkedin|whatsapp|email)|print(?: this article)?|email this|sign up (?:for|to) (?:our|the) .{0,40}newsletter\.?|subscribe(?: now)?|read more:?|read next:?|related(?: articles| stories| posts| content)?:?|most (?:read|popular|viewed)|trending(?: now)?|you may also like|recommended(?: for you)?|all rights reserved\.?)$/i;

/** "Also in The Mainichi", "More from Reuters": section links that name the outlet. */
export const OUTLET_LINK = /^(?:[Aa]lso in|[Mm]ore from|[Mm]ore stories from|[Ll]atest from|[Rr]ead more from)\s+(\p{Lu}.{1,60}?)\.?$/u;

/** "The Mainichi on social media", "Follow Reuters on Twitter": social links that name the outlet. */
export const OUTLET_SOCIAL = /^(?:(\p{Lu}.{1,60}?)\s+on\s+social media|[Ff]ollow\s+(\p{Lu}.{1,60}?|us)\s+on\s+(?:[Ss]ocial [Mm]edia|Twitter|Facebook|Instagram|LinkedIn|X))\.?$/u;

/** "© 2018 The Mainichi", "Copyright 2018 Reuters. All rights reserved." */
export const OUTLET_COPYRIGHT = /^(?:©|\([Cc]\)|[Cc]opyright\b|COPYRIGHT\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(\p{Lu}[^.©]{1,60}?)(?:[.,]?\s*[Aa]ll [Rr]ights [Rr]eserved\.?)?\.?$/u;

/** Words left over when a template prints "Posted in {category}, {tags}" with the values empty. */
const TEMPLATE_WORDS = new Set(['in', 'by', 'on', 'at', 'posted', 'filed', 'under', 'tags', 'tagged', 'and', 'of', 'the', 'from', 'categories', 'category']);
/** The separators a template puts between its empty slots. */
const TEMPLATE_SEPARATOR = /[,|/·•:]/;
/** A template residue line is a handful of tokens at most; anything longer is real text. */
const TEMPLATE_MAX_TOKENS = 4;

/** "The statements, views and opinions expressed in this column…": opinion-page disclaimers. */
const DISCLAIMER_START = /^(?:the\s+)?(?:(?:statements|views|opinions|comments)\s*,?\s*(?:and\s+|or\s+)?)+(?:expressed|contained)\s+(?:in\s+this|here(?:in)?|by\s+(?:the\s+)?(?:author|writer|contributor))/i;
/** Legal boilerplate that follows or stands in for the opinion disclaimer. */
const DISCLAIMER_OTHER = /^(?:disclaimer\s*:|this (?:site|article|content|publication) does not (?:give|provide|constitute|offer) (?:any )?(?:financial|investment|legal|medical))/i;

/** Comment-system widgets (Disqus, wpDiscuz and the like) printed as text. */
const COMMENT_WIDGET = /^(?:notify of|inline feedbacks|view all comments|load more comments|show comments|leave a (?:comment|reply)|post a comment|add a comment|join the (?:discussion|conversation)|\d+\s+comments?|newest|oldest|most voted|be the first to comment[.!]?|you must be logged in to post a comment\.?|log in to comment|subscribe to comments)$/i;
/** Prompts that open a comment widget but could end an article; removed only next to a widget. */
const COMMENT_PROMPT = /^(?:what do you think\?|comments?|have your say)$/i;

/** A parenthesised credit at the end of a line: "(Thomas Peter/Pool Photo via AP)", "(Reuters)". */
const TRAILING_PARENTHESIS = /\(([^()]{1,100})\)\s*$/;
/** Words that make a parenthesis a photo credit rather than an aside. */
const CREDIT_WORDS = /\b(?:photo|photograph|photographer|pool|getty images|shutterstock|handout|file image)\b/i;
/** Agencies whose bare name in parentheses credits a picture. */
const AGENCY_ONLY = /^(?:AP|Reuters|AFP|EPA|EPA-EFE|Xinhua|Kyodo|Bloomberg|Yonhap|ANP|dpa|TASS|Sputnik)$/;
/** "Photo: Reuters", "Image by …", "Credit: …" at the start of a line. */
const CREDIT_LABEL = /^(?:photo|image|picture|photograph|credit|file photo)\s*(?::|by\b|-|–)/i;
/** A caption is a sentence or two; a long paragraph ending in a credit is still body text. */
const CAPTION_MAX_WORDS = 80;

/** "(Japanese original by Keisuke Kawazu, Beijing Bureau, …)": translation credits. */
const ORIGINAL_BYLINE = /^\((?:\p{L}+\s+)?original (?:by|article by)\s[^()]+\)$/iu;
/** Reporting and editing credits as wires print them, with or without parentheses. */
const CREDIT_BYLINE = /^\(?(?:reporting|additional reporting|writing|editing|compiled|written|posted|story) by\s[^()]+\)?$/i;
/** Credit lines longer than this are sentences that happen to start with "Reporting by". */
const CREDIT_BYLINE_MAX_WORDS = 30;
/** "By Jane Doe", "By JANE DOE, Staff Writer": name tokens after "By". */
const BY_PREFIX = /^By\s+(.+)$/;
/** Lower-case words that occur inside bylines ("Jane Doe and John Roe", "Ursula von der Leyen"). */
const BYLINE_CONNECTORS = new Set(['and', '&', 'de', 'da', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'in', 'of', '|', '-', '–', '—']);
/** A byline names a few people and a desk, no more. */
const BYLINE_MAX_WORDS = 14;

/** Sentence-final punctuation (optionally closed by a quote or bracket) marks prose, not a headline. */
const FINAL_STOP = /[.;:,]["”’)\]]*$/;

/** How a single line is classified by the line rules. */
export interface LineVerdict {
  readonly reason: RemovalReason;
  /** A weak match counts only next to another widget line (see COMMENT_PROMPT). */
  readonly weak: boolean;
}

/** Classifies one trimmed line by the rules that need no context beyond the line itself. */
export function classifyLine(line: string): LineVerdict | null {
  const strong = (reason: RemovalReason): LineVerdict => ({ reason, weak: false });
  if (SKIP_LINK.test(line) || NAV_LINE.test(line) || isTemplateResidue(line)) return strong('site-chrome');
  if (OUTLET_LINK.test(line) || OUTLET_SOCIAL.test(line) || OUTLET_COPYRIGHT.test(line)) return strong('site-chrome');
  if (DISCLAIMER_START.test(line) || DISCLAIMER_OTHER.test(line)) return strong('disclaimer');
  if (COMMENT_WIDGET.test(line)) return strong('comment-widget');
  if (COMMENT_PROMPT.test(line)) return { reason: 'comment-widget', weak: true };
  if (isByline(line)) return strong('byline');
  if (isCaption(line)) return strong('caption');
  return null;
}

/** "in ,": only template words and separators, i.e. a template with its values missing. */
export function isTemplateResidue(line: string): boolean {
  if (!TEMPLATE_SEPARATOR.test(line) || hasMoreTokens(line, TEMPLATE_MAX_TOKENS)) return false;
  const tokens = line.split(/[\s,|/·•:]+/).filter((t) => t !== '');
  return tokens.length <= TEMPLATE_MAX_TOKENS && tokens.every((t) => TEMPLATE_WORDS.has(t.toLowerCase()));
}

/** The characters a template residue's tokens are split on: white space and TEMPLATE_SEPARATOR's. */
const isTemplateSplit = (c: number) =>
  isSpaceCode(c) || c === 44 || c === 124 || c === 47 || c === 0xb7 || c === 0x2022 || c === 58;

/** Whether `line`, split as a template residue is, has more than `max` tokens: read only that far, without splitting. */
function hasMoreTokens(line: string, max: number): boolean {
  let tokens = 0;
  let inToken = false;
  for (let i = 0; i < line.length; i += 1) {
    if (isTemplateSplit(line.charCodeAt(i))) inToken = false;
    else if (!inToken) {
      inToken = true;
      tokens += 1;
      if (tokens > max) return true;
    }
  }
  return false;
}

/** True for a photo caption: a short line ending with a credit, or starting with a credit label. */
export function isCaption(line: string): boolean {
  if (countWords(line) > CAPTION_MAX_WORDS) return false;
  if (CREDIT_LABEL.test(line)) return true;
  const inner = TRAILING_PARENTHESIS.exec(line)?.[1]?.trim();
  if (inner === undefined) return false;
  return CREDIT_WORDS.test(inner) || AGENCY_ONLY.test(inner);
}

/** True for a byline or a reporting credit line. */
export function isByline(line: string): boolean {
  if (ORIGINAL_BYLINE.test(line)) return true;
  if (CREDIT_BYLINE.test(line) && countWords(line) <= CREDIT_BYLINE_MAX_WORDS) return true;
  const names = BY_PREFIX.exec(line)?.[1];
  if (names === undefined || countWords(names) > BYLINE_MAX_WORDS || /[.!?]$/.test(names)) return false;
  return names
    .split(/[\s,]+/)
    .filter((t) => t !== '')
    .every((t) => /^\p{Lu}/u.test(t) || BYLINE_CONNECTORS.has(t));
}

/** A headline-like line: short, starts with a capital or digit, no sentence-final stop. */
export function isHeadlineLike(line: string, maxWords: number): boolean {
  const words = countWords(line);
  return words > 0 && words <= maxWords && /^[\p{Lu}\p{N}"“‘']/u.test(line) && !FINAL_STOP.test(line) && !/\.\.$|…$/.test(line);
}

/** The outlet named by a removed chrome line ("Also in The Mainichi" → "The Mainichi"), else null. */
export function outletFromChrome(line: string): string | null {
  for (const pattern of [OUTLET_LINK, OUTLET_SOCIAL, OUTLET_COPYRIGHT]) {
    const match = pattern.exec(line);
    const name = (match?.[1] ?? match?.[2])?.trim();
    if (name !== undefined && name !== '' && !/^(?:us|me)$/i.test(name)) return name;
  }
  return null;
}
