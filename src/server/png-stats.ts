/**
 * Just enough PNG decoding (8-bit RGB/RGBA, non-interlaced, as Chromium writes screenshots) to tell
 * a rendered page from a blank one in tests, without an image library.
 */
import { inflateSync } from 'node:zlib';

export interface PngStats {
  readonly width: number;
  readonly height: number;
  /** Variance of the grey level over all pixels: near 0 for a blank image. */
  readonly variance: number;
  /** Distinct colours among the pixels sampled (bounded). */
  readonly colours: number;
}

const SIGNATURE = '89504e470d0a1a0a';
/** Counting stops here: a page has far more, a blank one a handful. */
const MAX_COLOURS = 4096;

/** Decodes `png` and measures how much its pixels vary. Throws on a PNG this reader does not handle. */
export function pngStats(png: Buffer): PngStats {
  if (png.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8];
      const colourType = data[9];
      if (depth !== 8 || (colourType !== 2 && colourType !== 6) || data[12] !== 0) throw new Error('only 8-bit RGB/RGBA non-interlaced PNGs are read');
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[row + x - channels]! : 0;
      const b = y > 0 ? pixels[row - stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[row - stride + x - channels]! : 0;
      const v = raw[src + x]!;
      let out: number;
      if (filter === 0) out = v;
      else if (filter === 1) out = v + a;
      else if (filter === 2) out = v + b;
      else if (filter === 3) out = v + ((a + b) >> 1);
      else {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        out = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      pixels[row + x] = out & 0xff;
    }
  }
  let sum = 0;
  let sumSq = 0;
  const colours = new Set<number>();
  const n = width * height;
  for (let i = 0; i < n; i++) {
    const p = i * channels;
    const r = pixels[p]!;
    const g = pixels[p + 1]!;
    const b = pixels[p + 2]!;
    const grey = (r * 299 + g * 587 + b * 114) / 1000;
    sum += grey;
    sumSq += grey * grey;
    if (colours.size < MAX_COLOURS) colours.add((r << 16) | (g << 8) | b);
  }
  const mean = sum / n;
  return { width, height, variance: sumSq / n - mean * mean, colours: colours.size };
}
