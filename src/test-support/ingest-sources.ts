/** Small generated inputs for the ingest tests: pages, feeds, JSONL lines and WARC records. */
import { gzipSync } from 'node:zlib';

export const PARAGRAPHS = [
  'The regional court ruled on Tuesday that the port authority must publish its dredging contracts, ending a dispute with local fishermen that had lasted almost four years.',
  'Lawyers for the authority said they would study the ruling before deciding whether to appeal, and declined to say how many contracts were affected by the decision.',
  'Fishermen who brought the case said the contracts would show whether dredging had been done in breeding grounds during the spring closed season.',
];

export const BODY_HTML = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

/** A full news page with a title, outlet, date, author and language. */
export function page(title = 'Court orders port to publish contracts', extra = ''): string {
  return (
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title} - Bay News</title>` +
    `<meta property="og:site_name" content="Bay News"><meta property="og:title" content="${title}">` +
    '<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-06-11T09:00:00+02:00"></head>' +
    `<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${BODY_HTML}${extra}</article></body></html>`
  );
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface TestItem {
  readonly title: string;
  readonly link?: string;
  readonly content?: string;
  readonly description?: string;
}

export function rss(items: readonly TestItem[], channel = 'Bay News'): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${escapeXml(i.title)}</title>${i.link === undefined ? '' : `<link>${i.link}</link>`}` +
        `<pubDate>Tue, 11 Jun 2024 07:00:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator>` +
        (i.description === undefined ? '' : `<description>${escapeXml(i.description)}</description>`) +
        (i.content === undefined ? '' : `<content:encoded><![CDATA[${i.content}]]></content:encoded>`) +
        '</item>',
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<channel><title>${channel}</title><link>https://bay.example</link><language>en-gb</language>${body}</channel></rss>`
  );
}

export function atom(items: readonly TestItem[]): string {
  const entries = items
    .map(
      (i) =>
        `<entry><title>${escapeXml(i.title)}</title>${i.link === undefined ? '' : `<link href="${i.link}"/>`}<id>${i.link ?? i.title}</id>` +
        '<published>2024-06-11T07:00:00Z</published><updated>2024-06-11T07:00:00Z</updated><author><name>Ann Roe</name></author>' +
        (i.content === undefined ? '' : `<content type="html">${escapeXml(i.content)}</content>`) +
        '</entry>',
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Le Port</title><id>urn:x</id><updated>2024-06-11T07:00:00Z</updated>${entries}</feed>`;
}

export function jsonFeed(items: readonly TestItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Harbour Daily',
    language: 'en-US',
    items: items.map((i, n) => ({
      id: String(n),
      title: i.title,
      ...(i.link !== undefined && { url: i.link }),
      ...(i.content !== undefined && { content_html: i.content }),
      date_published: '2024-06-11T07:00:00Z',
      authors: [{ name: 'Bo Lee' }],
    })),
  });
}

/** One WARC response record, uncompressed. */
export function warcRecord(url: string, html: string, contentType = 'text/html; charset=utf-8', type = 'response'): Buffer {
  const httpBlock = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(html)}\r\n\r\n${html}`);
  const headers =
    `WARC/1.1\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2024-06-11T07:00:00Z\r\n` +
    `WARC-Record-ID: <urn:uuid:${url.length.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000>\r\n` +
    `Content-Type: application/http; msgtype=response\r\nContent-Length: ${httpBlock.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(headers), httpBlock, Buffer.from('\r\n\r\n')]);
}

/** A WARC file of records, each gzipped as its own member when `gzip` is set (as crawlers write them). */
export function warcFile(records: readonly Buffer[], gzip = false): Buffer {
  return Buffer.concat(gzip ? records.map((r) => gzipSync(r)) : records);
}
