/**
 * Escaping by construction: every value put into an `html` template is escaped unless it is itself
 * SafeHtml built by `html`, so article text (untrusted) cannot become markup by an oversight.
 */
import { escapeHtml } from '../render/html.js';

/** Markup that is already safe to send: built by `html` (or `trustedHtml` for constant markup). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export const isSafeHtml = (v: unknown): v is SafeHtml => v instanceof SafeHtml;

/** A value an `html` template accepts: escaped text, safe markup, lists of either, or nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function part(v: HtmlValue): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(part).join('');
  return escapeHtml(String(v));
}

/** Tagged template: interpolated values are escaped, SafeHtml passes through, arrays are joined. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += part(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Constant markup written in this codebase (never article text). */
export const trustedHtml = (s: string): SafeHtml => new SafeHtml(s);

/** A query string from parameters, leaving out empty ones; values are URL-encoded. */
export function queryString(params: Readonly<Record<string, string | number | undefined | null>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}
