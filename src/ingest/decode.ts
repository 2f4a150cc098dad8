import iconv from 'iconv-lite';

/** How much of a file is sniffed for binary content: enough to see a header, cheap on big files. */
export const SNIFF_BYTES = 8 * 1024;

/** Text rarely has more than a stray control character; above this share the bytes are not text. */
export const MAX_CONTROL_SHARE = 0.1;

/** The result of decoding: either text with the encoding it came from, or why it is not text. */
export type DecodeResult =
  | { readonly kind: 'text'; readonly text: string; readonly encoding: string }
  | { readonly kind: 'binary'; readonly place: string; readonly note: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;

/** Control characters that plain text legitimately contains: tab, line feed, form feed, carriage return. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** Any remaining CR (alone or before LF) is a line break from Windows or classic Mac files. */
const CR_LINE_BREAK = /\r\n?/g;

/**
 * Decodes file bytes to text: BOMs first (UTF-8, UTF-16 LE/BE), then strict UTF-8, else
 * Windows-1252, which decodes every byte and is what most legacy Western text is in.
 * The BOM is stripped and line breaks are normalised to `\n`.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, UTF8_BOM)) return textOrBinary(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), 'utf-8');
  if (startsWith(bytes, UTF16LE_BOM)) return textOrBinary(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le');
  if (startsWith(bytes, UTF16BE_BOM)) return textOrBinary(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be');
  const binary = sniffBinaryBytes(bytes);
  if (binary) return binary;
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { kind: 'text', text: normaliseNewlines(utf8), encoding: 'utf-8' };
  return { kind: 'text', text: normaliseNewlines(iconv.decode(Buffer.from(bytes), 'windows-1252')), encoding: 'windows-1252' };
}

/** Replaces CRLF and lone CR with LF so offsets mean the same on every platform. */
export function normaliseNewlines(text: string): string {
  return text.replace(CR_LINE_BREAK, '\n');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Looks at the first bytes only, so a large binary file is rejected without scanning it all. */
function sniffBinaryBytes(bytes: Uint8Array): DecodeResult | null {
  const head = bytes.subarray(0, SNIFF_BYTES);
  const nul = head.indexOf(0);
  if (nul >= 0) return { kind: 'binary', place: `byte ${nul}`, note: 'contains NUL bytes: not a text file' };
  let controls = 0;
  for (const b of head) if ((b < 0x20 && !TEXT_CONTROLS.has(b)) || b === 0x7f) controls += 1;
  return controlVerdict(controls, head.length);
}

/** For UTF-16 the check runs on decoded characters, since its bytes are full of NULs. */
function textOrBinary(decoded: string, encoding: string): DecodeResult {
  const head = decoded.slice(0, SNIFF_BYTES);
  const nul = head.indexOf('\u0000');
  if (nul >= 0) return { kind: 'binary', place: `character ${nul}`, note: 'contains NUL characters: not a text file' };
  let controls = 0;
  for (let i = 0; i < head.length; i += 1) {
    const c = head.charCodeAt(i);
    if ((c < 0x20 && !TEXT_CONTROLS.has(c)) || c === 0x7f) controls += 1;
  }
  return controlVerdict(controls, head.length) ?? { kind: 'text', text: normaliseNewlines(decoded), encoding };
}

function controlVerdict(controls: number, length: number): DecodeResult | null {
  if (length === 0 || controls / length <= MAX_CONTROL_SHARE) return null;
  const percent = Math.round((controls / length) * 100);
  return { kind: 'binary', place: `first ${length} bytes`, note: `${percent}% control characters: not a text file` };
}
