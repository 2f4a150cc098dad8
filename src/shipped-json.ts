/**
 * Reading the gzipped JSON tables shipped in models/ (the news document frequencies, the common
 * words): each is built by a script in scripts/, and a missing or unreadable file names that script.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The parsed contents of `url`; on failure an error naming `what`, the path and the `script` that builds it. */
export function readShippedJson(url: URL, what: string, script: string): unknown {
  try {
    return JSON.parse(gunzipSync(readFileSync(url)).toString('utf8'));
  } catch (e) {
    throw new Error(`cannot read the ${what} at ${url.pathname} (${(e as Error).message}); build them with: node --import tsx ${script}`);
  }
}
