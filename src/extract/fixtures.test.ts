import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createTextExtractor } from './text-extractor.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Golden fixtures: each folder holds `input.txt` and the `expected.json` a reviewer approved. */
describe('extract golden fixtures', () => {
  for (const slug of readdirSync(FIXTURES).sort()) {
    it(`extracts ${slug} as in its expected.json`, () => {
      const dir = path.join(FIXTURES, slug);
      const text = readFileSync(path.join(dir, 'input.txt'), 'utf8');
      const { articles, diagnostics } = createTextExtractor()([{ kind: 'text', source: `${slug}/input.txt`, text, encoding: 'utf-8' }]);
      const article = articles[0];
      const actual = {
        diagnostics: diagnostics.map((d) => d.rule),
        title: article?.title ?? null,
        standfirst: article?.standfirst ?? null,
        outlet: article?.outlet ?? null,
        removed: (article?.removed ?? []).map((r) => ({ reason: r.reason, text: r.text })),
        text: article?.text.split('\n\n') ?? [],
      };
      const expectedPath = path.join(dir, 'expected.json');
      if (process.env.UPDATE === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
