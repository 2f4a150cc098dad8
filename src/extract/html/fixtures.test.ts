import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createHtmlExtractor } from './html-extractor.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

describe('html extractor golden fixtures', () => {
  for (const slug of readdirSync(FIXTURES).sort()) {
    it(`extracts ${slug} as in its expected.json`, () => {
      const html = readFileSync(path.join(FIXTURES, slug, 'input.html'), 'utf8');
      const result = createHtmlExtractor()(html, { source: `${slug}/input.html`, url: `https://example.org/${slug}` });
      const expectedPath = path.join(FIXTURES, slug, 'expected.json');
      if (process.env['UPDATE'] === '1') writeFileSync(expectedPath, `${JSON.stringify(result, null, 2)}\n`);
      assert.deepEqual(result, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
