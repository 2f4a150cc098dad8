/**
 * The article's headline from the page's declared title. Pages declare titles for search results
 * and sharing, so they carry the site's name ("What is Cloud Computing? | Google Cloud", "… -
 * Whova") and, from CMSs that escape twice, entities left in the text ("Movers &#038; Packers").
 * A story is titled by its articles' headlines, where the site's name is noise.
 */
import { decodeHTML } from 'entities';
import { squash } from './dom.js';

/** A separator between a headline and a site's name: a bar, dash, bullet or colons with spaces around. */
const SEPARATOR = /\s+(?:[|•·»]|::|[-–—])\s+/gu;

/** What a name reads as when compared: lower case, letters and digits only. */
function key(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The registrable part of a host name: "www.fool.com" → "fool", "blog.example.co.uk" → "example". */
function domainLabel(url: string | null): string | null {
  if (url === null) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split('.').filter((l) => l !== '' && l !== 'www');
  if (labels.length < 2) return labels[0] ?? null;
  // "example.co.uk", "example.com.au": the label before a two-letter country code and a short second level.
  const secondLevel = labels.length >= 3 && labels[labels.length - 1]!.length === 2 && labels[labels.length - 2]!.length <= 3;
  return labels[labels.length - (secondLevel ? 3 : 2)] ?? null;
}

/** Whether one part of a title names the site: its name, or its domain ("Motley Fool" on fool.com). */
function namesSite(part: string, site: string | null, domain: string | null): boolean {
  const p = key(part);
  if (p === '') return false;
  if (site !== null) {
    const s = key(site);
    if (s !== '' && (p === s || (p.length >= 4 && s.includes(p)) || (s.length >= 4 && p.includes(s)))) return true;
  }
  return domain !== null && domain.length >= 3 && (p.includes(domain) || (p.length >= 4 && domain.includes(p)));
}

/** Entities decoded (once more: the parser decoded the markup's own) and white space squashed. */
export function decodedText(text: string | null | undefined): string {
  const squashed = squash(text);
  return squashed.includes('&') ? squash(decodeHTML(squashed)) : squashed;
}

/**
 * Share of words (longer than two letters) the page's `<h1>` must have in common with the declared
 * title to be the same headline as written on the page. Declared titles are written for search and
 * sharing ("Recent Trends in Photography" over the page's "8 Recent Trends in Photography"); an
 * `<h1>` with little in common is a logo or a section's name. On WCXB's 793 gold titles (compared
 * with case and punctuation ignored) the share taken as 0.2, 0.3 and 0.5 gave 0.864, 0.863 and 0.847 exact, the declared
 * title alone 0.808 and the `<h1>` alone 0.815.
 */
const SAME_HEADLINE_SHARE = 0.3;

/** The words of a headline longer than two letters, lower-cased. */
function headlineWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}

/** Whether two headlines share at least `SAME_HEADLINE_SHARE` of the words of the longer. */
function sameHeadline(a: string, b: string): boolean {
  const x = headlineWords(a);
  const y = headlineWords(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return x.size > 0 && shared >= SAME_HEADLINE_SHARE * Math.max(x.size, y.size);
}

/**
 * The article's headline: the page's `<h1>` when it is the declared title's headline as written on
 * the page, else the declared title without the site's name (see `declaredHeadline`).
 */
export function headlineOf(title: string, h1: string | null, site: string | null, url: string | null): string {
  const declared = declaredHeadline(title, h1, site, url);
  const heading = h1 === null ? '' : decodedText(h1);
  return heading !== '' && sameHeadline(heading, declared) ? heading : declared;
}

/**
 * The headline in a declared title: entities decoded, and the site's name cut from either end when
 * a separator sets it apart and it names the site (`site`, the page's declared site name, or the
 * domain of `url`), or when the rest is the page's own `<h1>`. A title that is only the site's name
 * stays as it is.
 */
export function declaredHeadline(title: string, h1: string | null, site: string | null, url: string | null): string {
  const text = decodedText(title);
  const parts: string[] = [];
  const separators: string[] = [];
  let last = 0;
  for (const m of text.matchAll(SEPARATOR)) {
    parts.push(text.slice(last, m.index));
    separators.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  if (parts.length === 1) return text;

  const heading = h1 === null ? '' : key(decodedText(h1));
  const domain = domainLabel(url);
  let from = 0;
  let to = parts.length;
  // Cut site names from the end, then from the start; the headline itself is never cut.
  while (to - from > 1 && namesSite(parts[to - 1]!, site, domain)) to -= 1;
  while (to - from > 1 && namesSite(parts[from]!, site, domain)) from += 1;
  if (heading !== '') {
    // The page's own headline, with whatever trails or leads it in the declared title.
    for (let i = from; i < to; i += 1) {
      for (let j = i + 1; j <= to; j += 1) {
        if (key(join(parts, separators, i, j)) === heading) return join(parts, separators, i, j);
      }
    }
  }
  return join(parts, separators, from, to);
}

/** Parts `from` to `to` (exclusive) with the separators that stood between them. */
function join(parts: readonly string[], separators: readonly string[], from: number, to: number): string {
  let out = parts[from]!;
  for (let i = from + 1; i < to; i += 1) out += separators[i - 1]! + parts[i]!;
  return out.trim();
}
