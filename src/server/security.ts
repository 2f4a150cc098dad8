/**
 * Response headers that keep untrusted article text inert, and the write guard: writing needs a
 * token when one is configured or the server listens beyond loopback, and is refused cross-site.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from './errors.js';

/** No script at all, styles only from the served stylesheet, nothing may frame the pages. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The header a script sends the token in (`Authorization: Bearer …` works too). */
export const TOKEN_HEADER = 'x-crosscheck-token';
/** The form field a browser form sends the token in. */
export const TOKEN_FIELD = 'token';

const LOOPBACK_NAMES = new Set(['localhost', '::1', '[::1]', '0:0:0:0:0:0:0:1']);
const LOOPBACK_V4 = /^127(?:\.\d{1,3}){3}$/;

/** True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || LOOPBACK_V4.test(host);
}

/** Sets the security headers on every response. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  };
}

export interface WriteGuardOptions {
  /** The token writes must carry, or null for none. */
  readonly token: string | null;
  /** True when the server listens beyond loopback: then writing without a configured token is refused. */
  readonly requireToken: boolean;
}

const sameToken = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** The token a request carries: header, bearer, or (for forms) the `token` field. */
async function tokenOf(c: Context): Promise<string | null> {
  const header = c.req.header(TOKEN_HEADER);
  if (header !== undefined) return header;
  const auth = c.req.header('authorization');
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const field = (await c.req.parseBody())[TOKEN_FIELD];
    if (typeof field === 'string') return field;
  }
  return null;
}

/**
 * Guards every write. A browser on another site could post a form to a loopback server, so a
 * cross-site request is refused whatever the token.
 */
export function writeGuard(options: WriteGuardOptions): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    if (site === 'cross-site' || (origin !== undefined && origin !== 'null' && originHost(origin) !== new URL(c.req.url).host)) {
      throw new HttpError(403, 'cross-site', 'writes from other sites are refused');
    }
    if (options.token === null) {
      if (options.requireToken) {
        throw new HttpError(403, 'token-not-configured', 'this server listens beyond loopback, so writing needs a token: restart it with --token or CROSSCHECK_TOKEN');
      }
      return next();
    }
    const given = await tokenOf(c);
    if (given === null) throw new HttpError(403, 'token-required', `writing needs the server's token: send it in the ${TOKEN_HEADER} header or the "${TOKEN_FIELD}" form field`);
    if (!sameToken(given, options.token)) throw new HttpError(403, 'token-wrong', 'the token does not match the server\'s');
    return next();
  };
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
