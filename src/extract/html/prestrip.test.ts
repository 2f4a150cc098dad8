import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stripNeverText } from './prestrip.js';

describe('pre-parse stripping', () => {
  it('cuts scripts, styles, comments, svg, noscript, template and select but keeps JSON-LD', () => {
    const html =
      '<head><script>var a = "<p>not text</p>";</script><style>p{}</style>' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
      '<body><!-- note --><svg><path d="M0"/></svg><noscript>Enable JS</noscript><template><p>t</p></template>' +
      '<select><option>Menu</option></select><p>Kept text.</p></body>';
    assert.equal(stripNeverText(html), '<head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>Kept text.</p></body>');
  });

  it('cuts a comment that contains a script tag as a comment, not up to a later script end', () => {
    const html = '<!-- <script> --><p>Article text.</p><script>x()</script>';
    assert.equal(stripNeverText(html), '<p>Article text.</p>');
  });

  it('leaves an unclosed script of a truncated page to the parser', () => {
    const html = '<p>Article text.</p><script>var cut = 1';
    assert.equal(stripNeverText(html), html);
  });
});
