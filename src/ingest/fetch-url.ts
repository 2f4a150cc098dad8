import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Diagnostic } from '../types.js';
import { blockedAddressReason, guardedLookup } from './address-guard.js';
import { createHostScheduler } from './host-scheduler.js';

/** Says who is asking and why, so a site operator can tell this tool from a scraper. */
export const DEFAULT_USER_AGENT = 'Crosscheck/0.1 (+offline news cross-checking)';
/** A news page that has not arrived in half a minute is not coming; the batch must not wait on it. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Browsers stop at 20; real article URLs need one or two (http→https, canonical path). */
export const DEFAULT_MAX_REDIRECTS = 5;
/** One request a second per host is the usual crawler courtesy. */
export const DEFAULT_HOST_DELAY_MS = 1000;
/** Requests in flight at once across all hosts: enough to overlap latency, light on the network. */
export const DEFAULT_FETCH_CONCURRENCY = 4;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5';

export interface FetchOptions {
  /** Time allowed for one request, from connecting to the last body byte. Default 30 s. */
  readonly timeoutMs?: number;
  /** Bodies larger than this (before or after decompression) are refused. Default: the ingest `maxBytes`. */
  readonly maxBytes?: number;
  /** Redirects followed per URL. Default 5. */
  readonly maxRedirects?: number;
  /** Default `Crosscheck/0.1 (+offline news cross-checking)`. */
  readonly userAgent?: string;
  /** Allow private, loopback and link-local addresses (local servers, tests). Default false. */
  readonly allowPrivate?: boolean;
  /** Minimum time between the starts of two requests to one host. Default 1000 ms. */
  readonly hostDelayMs?: number;
  /** Requests in flight at once, all hosts together. Default 4. */
  readonly concurrency?: number;
}

/** A fetched body, or why there is none. `url` is the final URL after redirects. */
export type FetchOutcome =
  | {
      readonly ok: true;
      readonly url: string;
      readonly status: number;
      /** The media type, lower case, without parameters; null when the server sent none. */
      readonly mediaType: string | null;
      /** The `charset` parameter of `Content-Type`, when sent. */
      readonly charset: string | null;
      readonly bytes: Uint8Array;
    }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

export type Fetcher = (url: string) => Promise<FetchOutcome>;

type Hop =
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'body'; readonly status: number; readonly contentType: string | null; readonly bytes: Uint8Array }
  | { readonly kind: 'failed'; readonly rule: string; readonly note: string };

/**
 * Creates a fetcher for http(s) URLs with a per-request timeout, a size cap checked before and
 * while reading, a redirect limit, gzip/deflate/brotli decoding, per-host politeness and refusal
 * of non-public addresses (every resolved address, on every hop) unless `allowPrivate` is set.
 * Failures become diagnostics; the fetcher never throws for a bad URL or server.
 */
export function createFetcher(options: FetchOptions & { readonly maxBytes: number }): Fetcher {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const hostDelayMs = options.hostDelayMs ?? DEFAULT_HOST_DELAY_MS;
  const concurrency = options.concurrency ?? DEFAULT_FETCH_CONCURRENCY;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const allowPrivate = options.allowPrivate ?? false;
  const { maxBytes } = options;
  checkPositive('timeoutMs', timeoutMs);
  checkPositive('maxBytes', maxBytes);
  checkPositive('concurrency', concurrency);
  if (!Number.isInteger(maxRedirects) || maxRedirects < 0) throw new TypeError(`createFetcher: maxRedirects must be a non-negative integer (got ${String(maxRedirects)})`);
  if (!Number.isFinite(hostDelayMs) || hostDelayMs < 0) throw new TypeError(`createFetcher: hostDelayMs must be a non-negative number (got ${String(hostDelayMs)})`);
  const schedule = createHostScheduler({ minDelayMs: hostDelayMs, concurrency });
  const hopOptions = { timeoutMs, maxBytes, userAgent, allowPrivate };

  return async (input) => {
    const fail = (rule: string, note: string, severity: Diagnostic['severity'] = 'error'): FetchOutcome => ({ ok: false, diagnostic: { severity, source: input, rule, note } });
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return fail('bad-url', 'not a valid URL');
    }
    const seen = new Set<string>();
    for (let hops = 0; ; hops += 1) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('bad-url', `${url.protocol} URLs cannot be fetched (http and https only)`);
      seen.add(url.href);
      const target = url;
      const hop = await schedule(target.host, () => requestOnce(target, hopOptions));
      if (hop.kind === 'failed') return fail(hop.rule, hop.kind === 'failed' && hops > 0 ? `${hop.note} (after redirect to ${target.href})` : hop.note);
      if (hop.kind === 'body') {
        const { mediaType, charset } = parseContentType(hop.contentType);
        return { ok: true, url: target.href, status: hop.status, mediaType, charset, bytes: hop.bytes };
      }
      let next: URL;
      try {
        next = new URL(hop.location, target);
      } catch {
        return fail('bad-redirect', `redirects to an invalid URL "${hop.location}"`);
      }
      if (seen.has(next.href)) return fail('redirect-loop', `redirects in a loop back to ${next.href}`);
      if (hops + 1 > maxRedirects) return fail('too-many-redirects', `more than ${maxRedirects} redirects (raise maxRedirects to follow more)`);
      url = next;
    }
  };
}

interface HopOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly userAgent: string;
  readonly allowPrivate: boolean;
}

/** One request, no redirect following. Resolves (never rejects) once the body is read or refused. */
function requestOnce(url: URL, o: HopOptions): Promise<Hop> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Node skips the lookup for IP literals, so they are checked here.
  if (!o.allowPrivate && isIP(host) !== 0) {
    const reason = blockedAddressReason(host);
    if (reason !== null) {
      return Promise.resolve({ kind: 'failed', rule: 'private-address', note: `${host} is a ${reason} address; refused unless allowPrivate (--allow-private) is set` });
    }
  }
  return new Promise<Hop>((resolve) => {
    let settled = false;
    const finish = (hop: Hop): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(hop);
    };
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(url, {
      headers: { 'user-agent': o.userAgent, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' },
      ...(o.allowPrivate ? {} : { lookup: guardedLookup as never }),
      // A fresh connection per request: a kept-alive socket would skip the address check.
      agent: false,
    });
    const timer = setTimeout(() => finish({ kind: 'failed', rule: 'fetch-timeout', note: `no complete response within ${o.timeoutMs} ms (raise timeoutMs to wait longer)` }), o.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => finish(networkFailure(url, error)));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECT_STATUSES.has(status) && location !== undefined) {
        finish({ kind: 'redirect', location });
        return;
      }
      if (status < 200 || status >= 300) {
        finish({ kind: 'failed', rule: 'http-error', note: `the server answered ${status} ${res.statusMessage ?? ''}`.trim() });
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > o.maxBytes) {
        finish(tooLarge(`${declared} bytes (Content-Length)`, o.maxBytes));
        return;
      }
      const decoded = decodingStream(res, res.headers['content-encoding']);
      if (decoded === null) {
        finish({ kind: 'failed', rule: 'unsupported-encoding', note: `content encoding "${String(res.headers['content-encoding'])}" is not supported` });
        return;
      }
      const chunks: Buffer[] = [];
      let raw = 0;
      let length = 0;
      res.on('data', (chunk: Buffer) => {
        raw += chunk.length;
        if (raw > o.maxBytes) finish(tooLarge(`over ${o.maxBytes} bytes`, o.maxBytes));
      });
      decoded.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > o.maxBytes) finish(tooLarge(`over ${o.maxBytes} bytes once decompressed`, o.maxBytes));
        else chunks.push(chunk);
      });
      decoded.on('error', (error) => finish({ kind: 'failed', rule: 'bad-response', note: `the body does not decode: ${error.message}` }));
      res.on('aborted', () => finish({ kind: 'failed', rule: 'bad-response', note: 'the connection closed before the body was complete' }));
      decoded.on('end', () => finish({ kind: 'body', status, contentType: res.headers['content-type'] ?? null, bytes: Buffer.concat(chunks) }));
    });
  });
}

function decodingStream(res: Readable, encoding: string | undefined): Readable | null {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  if (name === 'identity' || name === '') return res;
  if (name === 'gzip' || name === 'x-gzip') return res.pipe(createGunzip());
  if (name === 'deflate') return res.pipe(createInflate());
  if (name === 'br') return res.pipe(createBrotliDecompress());
  return null;
}

function tooLarge(size: string, maxBytes: number): Hop {
  return { kind: 'failed', rule: 'response-too-large', note: `${size} is over the ${maxBytes}-byte limit; not read (raise maxBytes to read it)` };
}

function networkFailure(url: URL, error: NodeJS.ErrnoException): Hop {
  if (error.code === 'ERR_BLOCKED_ADDRESS') return { kind: 'failed', rule: 'private-address', note: error.message };
  const code = error.code ?? 'UNKNOWN';
  return { kind: 'failed', rule: 'unreachable', note: `cannot fetch from ${url.host} (${code}): ${error.message}` };
}

/** Splits `text/html; charset=ISO-8859-1` into its media type and charset. */
export function parseContentType(value: string | null): { mediaType: string | null; charset: string | null } {
  if (value === null) return { mediaType: null, charset: null };
  const [type = '', ...params] = value.split(';');
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m?.[1] !== undefined) charset = m[1].toLowerCase();
  }
  const mediaType = type.trim().toLowerCase();
  return { mediaType: mediaType === '' ? null : mediaType, charset };
}

function checkPositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`createFetcher: ${name} must be a positive number (got ${String(value)})`);
}
