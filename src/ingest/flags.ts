import type { Command } from 'commander';
import type { IngestOptions } from './text-ingester.js';

/** The ingest flags of `crosscheck brief` / `ingest`, as commander parses them. */
export interface IngestFlags {
  readonly maxBytes?: number;
  readonly offline?: boolean;
  readonly allowPrivate?: boolean;
  /** Seconds. */
  readonly timeout?: number;
  readonly maxRedirects?: number;
  /** Seconds between two requests to one host. */
  readonly hostDelay?: number;
  readonly maxFeedItems?: number;
}

const integer = (v: string): number => Number.parseInt(v, 10);
const seconds = (v: string): number => Number.parseFloat(v);

/** Adds the ingest flags to a command; read them back with `ingestOptionsFromFlags`. */
export function addIngestFlags(command: Command): Command {
  return command
    .option('--max-bytes <n>', 'skip files, pages and WARC records larger than this many bytes', integer)
    .option('--offline', 'never use the network: URL inputs and link-only feed items are reported, not fetched')
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses (local servers)')
    .option('--timeout <seconds>', 'give up on a URL after this many seconds (default 30)', seconds)
    .option('--max-redirects <n>', 'redirects followed per URL (default 5)', integer)
    .option('--host-delay <seconds>', 'minimum time between two requests to one host (default 1)', seconds)
    .option('--max-feed-items <n>', 'items read per feed (default 500)', integer);
}

/**
 * Turns parsed flags into ingester options, leaving out what was not given so the ingester's
 * defaults apply. Throws on a nonsensical value, naming the flag.
 */
export function ingestOptionsFromFlags(flags: IngestFlags): IngestOptions {
  const check = (name: string, value: number | undefined, min: number): void => {
    if (value !== undefined && (!Number.isFinite(value) || value < min)) throw new Error(`--${name} must be a number of at least ${min} (got ${String(value)})`);
  };
  check('max-bytes', flags.maxBytes, 1);
  check('timeout', flags.timeout, 0.001);
  check('max-redirects', flags.maxRedirects, 0);
  check('host-delay', flags.hostDelay, 0);
  check('max-feed-items', flags.maxFeedItems, 1);
  const fetch = {
    ...(flags.timeout !== undefined && { timeoutMs: Math.round(flags.timeout * 1000) }),
    ...(flags.maxRedirects !== undefined && { maxRedirects: flags.maxRedirects }),
    ...(flags.hostDelay !== undefined && { hostDelayMs: Math.round(flags.hostDelay * 1000) }),
    ...(flags.allowPrivate === true && { allowPrivate: true }),
  };
  return {
    ...(flags.maxBytes !== undefined && { maxBytes: flags.maxBytes }),
    ...(flags.maxFeedItems !== undefined && { maxFeedItems: flags.maxFeedItems }),
    ...(flags.offline === true && { network: false }),
    ...(Object.keys(fetch).length > 0 && { fetch }),
  };
}
