import { open } from 'node:fs/promises';
import type { Diagnostic } from '../types.js';
import { unreadable } from './walk.js';

/**
 * Reads a whole file, but at most `maxBytes + 1` bytes, so an oversized file is never loaded
 * whatever stat said (files can grow while read). Returns the bytes or why there are none.
 */
export async function readFileLimited(source: string, maxBytes: number): Promise<Uint8Array | Diagnostic> {
  let handle;
  try {
    handle = await open(source, 'r');
  } catch (error) {
    return unreadable(source, error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { severity: 'error', source, rule: 'unreadable', note: 'not a regular file' };
    if (info.size > maxBytes) return fileTooLarge(source, info.size, maxBytes);
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return fileTooLarge(source, length, maxBytes);
    return buffer.subarray(0, length);
  } catch (error) {
    return unreadable(source, error);
  } finally {
    await handle.close();
  }
}

export function fileTooLarge(source: string, size: number, maxBytes: number): Diagnostic {
  return { severity: 'error', source, rule: 'file-too-large', note: `${size} bytes is over the ${maxBytes}-byte limit (raise maxBytes to read it)` };
}
