import assert from 'node:assert/strict';
import { test } from 'node:test';
import { html, queryString, trustedHtml } from './html.js';

test('values put into an html template are escaped', () => {
  const hostile = '<script>alert("x")</script> & \'q\'';
  assert.equal(html`<p title="${hostile}">${hostile}</p>`.value,
    '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>');
});

test('nested templates and lists pass through once, unescaped again', () => {
  const items = ['<a>', 'b'].map((x) => html`<li>${x}</li>`);
  assert.equal(html`<ul>${items}</ul>`.value, '<ul><li>&lt;a&gt;</li><li>b</li></ul>');
  assert.equal(html`${trustedHtml('<br>')}${null}${undefined}${false}${0}`.value, '<br>0');
});

test('a query string leaves out empty parameters and encodes the rest', () => {
  assert.equal(queryString({ q: 'a b&c', entity: '', page: 2, from: undefined }), '?q=a+b%26c&page=2');
  assert.equal(queryString({}), '');
});
