/** The frame every page shares: head with the served stylesheet, top navigation, main content. */
import { html, type SafeHtml } from '../html.js';
import { STYLESHEET_PATH } from '../style.js';

export interface PageOptions {
  readonly title: string;
  readonly body: SafeHtml;
}

/** A complete HTML page; the title is escaped. */
export function page({ title, body }: PageOptions): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · Crosscheck</title><link rel="stylesheet" href="${STYLESHEET_PATH}"></head>
<body><header class="top"><a class="brand" href="/">Crosscheck</a><a href="/">Stories</a><a href="/add">Add articles</a><a href="/api/openapi.json">API</a></header>
<main>${body}</main></body></html>
`.value;
}

/** The page shown for a failed request. */
export function errorPage(status: number, message: string): string {
  return page({ title: `Error ${status}`, body: html`<h1>Error ${status}</h1><p class="error">${message}</p><p><a href="/">Back to the stories</a></p>` });
}
