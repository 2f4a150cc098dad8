import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from './pipeline.js';
import type { RawDocument } from './types.js';

const prose = 'Officials in Geneva said on Tuesday that the trade talks would resume next month in Brussels, with both delegations expected to bring new offers on tariffs, quotas and the rules for settling disputes between the two sides. Neither delegation would say which offers it expected to make first, or how long the talks would run.';
const doc = (source: string, text: string): RawDocument => ({ kind: 'text', source, text, encoding: 'utf-8' });

describe('pipeline', () => {
  it('reports each diagnostic of a batch once: an untitled article and a page that is no article', () => {
    const brief = createPipeline().briefDocuments([doc('untitled.txt', prose), doc('short.txt', 'Hello world.')]);
    const lines = brief.diagnostics.map((d) => `${d.severity} ${d.source} ${d.rule}`);
    assert.deepEqual(lines, ['info untitled.txt no-title', 'warning short.txt not-an-article']);
  });
});
