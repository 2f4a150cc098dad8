/**
 * The server's one error type, and the one place (`toHttpError`) where any failure becomes a status
 * and a message: store failures keep their message (it names the fix), anything else is a 500
 * whose detail stays in the log.
 */
import { isStoreError, type StoreErrorCode } from '../store/index.js';

export type HttpStatus = 400 | 403 | 404 | 405 | 413 | 415 | 500 | 503;

/** A request that cannot be served, with the status and a message for the user. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: HttpStatus,
    /** Stable kebab-case code for scripts, e.g. `token-required`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const isHttpError = (e: unknown): e is HttpError => e instanceof HttpError;

const STORE_STATUS: Readonly<Record<StoreErrorCode, HttpStatus>> = {
  'not-found': 404,
  'bad-request': 400,
  locked: 503,
  'read-only': 503,
  'not-a-store': 500,
  'unsupported-backend': 500,
  'newer-schema': 500,
  unreadable: 500,
  database: 500,
};

/** Any thrown value as an HttpError; `internal` is true when the message must not reach the client. */
export function toHttpError(error: unknown): { error: HttpError; internal: boolean } {
  if (isHttpError(error)) return { error, internal: false };
  if (isStoreError(error)) {
    const status = STORE_STATUS[error.code];
    return { error: new HttpError(status, error.code, error.message), internal: status === 500 };
  }
  return { error: new HttpError(500, 'internal', 'the server failed to answer this request; the details are in its log'), internal: true };
}
