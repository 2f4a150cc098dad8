import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestOptionsFromFlags } from './flags.js';

describe('ingest flags', () => {
  it('turns CLI flags into ingester options, seconds into milliseconds, leaving out what was not given', () => {
    assert.deepEqual(ingestOptionsFromFlags({}), {});
    assert.deepEqual(ingestOptionsFromFlags({ maxBytes: 1000, offline: true, allowPrivate: true, timeout: 2.5, maxRedirects: 0, hostDelay: 0, maxFeedItems: 10 }), {
      maxBytes: 1000,
      maxFeedItems: 10,
      network: false,
      fetch: { timeoutMs: 2500, maxRedirects: 0, hostDelayMs: 0, allowPrivate: true },
    });
  });

  it('rejects a nonsensical value naming the flag', () => {
    assert.throws(() => ingestOptionsFromFlags({ timeout: Number.NaN }), /--timeout/);
    assert.throws(() => ingestOptionsFromFlags({ maxRedirects: -1 }), /--max-redirects/);
  });
});
