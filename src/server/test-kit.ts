/** Shared by the server's tests: a store in a temporary folder, optionally holding the seed story. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStoreIngester, openStore, type Store } from '../store/index.js';

/** The bundled example story: three outlets' reports with two attribution conflicts. */
export const SEED_STORY_DIR = fileURLToPath(new URL('../../examples/seed-story', import.meta.url));

/** A fixed clock keeps stored timestamps, and so the pages, the same on every run. */
export const FIXED_NOW = () => new Date('2026-11-25T12:00:00Z');

export interface TestStore {
  readonly store: Store;
  readonly dir: string;
  cleanup(): Promise<void>;
}

/** Opens a new store in a temporary folder; with `seed`, the seed story is ingested first. */
export async function testStore(options: { seed?: boolean } = {}): Promise<TestStore> {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-server-'));
  const store = await openStore({ location: path.join(dir, 'store.db') });
  if (options.seed === true) await createStoreIngester(store, { now: FIXED_NOW, ingest: { network: false } }).ingest([SEED_STORY_DIR]);
  return {
    store,
    dir,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
