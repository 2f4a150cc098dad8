import chardet from 'chardet';
import iconv from 'iconv-lite';
import { normaliseNewlines } from './decode.js';

/** Browsers look for a `<meta charset>` in the first 1024 bytes; pages in the wild put it later. */
export const CHARSET_SNIFF_BYTES = 4096;

/** Below this share of U+FFFD among non-ASCII characters, a few bad bytes are damage, not a wrong charset. */
const MAX_REPLACEMENT_SHARE = 0.02;

/** chardet's confidence (0-100) above which its guess overrules a declared single-byte charset. */
const DETECTOR_OVERRULES_AT = 60;

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i;

/**
 * Labels pages use mapped to what browsers actually decode them as (the WHATWG Encoding
 * Standard treats Latin-1 and ASCII as Windows-1252, GB2312 as GBK, Shift_JIS as Windows-31J).
 */
const LABEL_ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  'latin1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'gb2312': 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'shift_jis': 'cp932',
  'shift-jis': 'cp932',
  'x-sjis': 'cp932',
  sjis: 'cp932',
  'windows-31j': 'cp932',
  'euc-kr': 'cp949',
  'ks_c_5601-1987': 'cp949',
  utf8: 'utf-8',
  'utf-16': 'utf-8',
  'unicode': 'utf-8',
};

/** Multi-byte East Asian encodings: a single-byte declaration never decodes them correctly. */
const MULTIBYTE = new Set(['cp932', 'euc-jp', 'gb18030', 'big5', 'cp949']);

/** How an HTML page's bytes were decoded, and when the page's own declaration was not followed, why. */
export interface HtmlDecodeResult {
  readonly text: string;
  /** The encoding used, lower case, e.g. `utf-8`, `windows-1251`, `cp932`. */
  readonly encoding: string;
  /** The charset the page declares (`<meta charset>`, http-equiv, XML declaration), normalised; null when none. */
  readonly declared: string | null;
  /** Set when the declaration was wrong or missing and the encoding was detected instead. */
  readonly note: string | null;
}

export interface HtmlDecodeHints {
  /** The `charset` of the HTTP `Content-Type` (or a WARC record's); it overrules the page's own, as in browsers. */
  readonly transportCharset?: string | null;
}

/**
 * Decodes an HTML page: BOM first, then UTF-8 when the bytes are valid UTF-8 (legacy text almost
 * never is, so this also catches pages that declare a legacy charset but were re-saved as UTF-8),
 * then the declared charset (HTTP header, else the page's) unless it plainly fails, then the
 * detector (chardet).
 */
export function decodeHtmlBytes(bytes: Uint8Array, hints: HtmlDecodeHints = {}): HtmlDecodeResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const transport = hints.transportCharset == null ? null : normaliseLabel(hints.transportCharset);
  const declared = transport ?? declaredCharset(buffer);
  const bom = bomEncoding(buffer);
  if (bom !== null) {
    return { text: normaliseNewlines(iconv.decode(buffer, bom, { stripBOM: true })), encoding: bom, declared, note: null };
  }
  const utf8 = strictUtf8(buffer);
  if (utf8 !== null) {
    const lied = declared !== null && declared !== 'utf-8' && hasNonAscii(buffer);
    const note = lied ? `declares ${declared} but the bytes are valid UTF-8; read as UTF-8` : null;
    return { text: normaliseNewlines(utf8), encoding: 'utf-8', declared, note };
  }
  const guess = detect(buffer);
  if (declared !== null && declared !== 'utf-8') {
    const text = iconv.decode(buffer, declared);
    const overruled =
      replacementShare(text) > MAX_REPLACEMENT_SHARE ||
      (guess !== null && guess.confidence >= DETECTOR_OVERRULES_AT && MULTIBYTE.has(guess.encoding) && !MULTIBYTE.has(declared));
    if (!overruled || guess === null || guess.encoding === declared) {
      return { text: normaliseNewlines(text), encoding: declared, declared, note: null };
    }
    return detected(buffer, guess.encoding, declared);
  }
  return detected(buffer, guess?.encoding ?? 'windows-1252', declared);
}

function detected(buffer: Buffer, encoding: string, declared: string | null): HtmlDecodeResult {
  const text = normaliseNewlines(iconv.decode(buffer, encoding));
  const note = declared === null ? `no charset declared; detected ${encoding}` : `declares ${declared} but the bytes do not decode as it; detected ${encoding}`;
  return { text, encoding, declared, note };
}

/** The page's declared charset, normalised; null when absent or unknown to the decoder. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, CHARSET_SNIFF_BYTES)).toString('latin1');
  const label = (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1];
  return label === undefined ? null : normaliseLabel(label);
}

/** A charset label as the decoder should use it, or null when the decoder does not know it. */
export function normaliseLabel(label: string): string | null {
  const lower = label.trim().toLowerCase();
  const mapped = LABEL_ALIASES[lower] ?? lower;
  if (mapped === 'utf-8') return mapped;
  return iconv.encodingExists(mapped) ? mapped : null;
}

function detect(buffer: Buffer): { encoding: string; confidence: number } | null {
  for (const match of chardet.analyse(buffer)) {
    const encoding = normaliseLabel(match.name);
    if (encoding !== null && encoding !== 'utf-8') return { encoding, confidence: match.confidence };
  }
  return null;
}

function bomEncoding(b: Buffer): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function strictUtf8(buffer: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return null;
  }
}

function hasNonAscii(buffer: Buffer): boolean {
  for (const b of buffer) if (b >= 0x80) return true;
  return false;
}

function replacementShare(text: string): number {
  let nonAscii = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) nonAscii += 1;
    if (c === 0xfffd) replaced += 1;
  }
  return nonAscii === 0 ? 0 : replaced / nonAscii;
}
