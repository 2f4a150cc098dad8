/**
 * `node --import tsx bench/store-backends.ts [articles] [sqlite] [pglite] [postgres://…]`: the store's
 * placing path (duplicate index, clusterer, writes) on each backend, over the same generated stream
 * as bench/store.ts, with sentence splitting as the only annotation. Prints per backend the CPU
 * seconds of placing in this process and, for a `postgres://` server whose postmaster pid is given
 * as PGPID (a server on this machine), in the server, and whether every article's story and
 * duplicate group, and every story's title and dates, are those of the first backend. Default: 2000
 * articles on sqlite and pglite.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { splitSentences } from '../src/annotate/sentences.js';
import { createStoreIngester, maskPassword, openStore, pglitePool, type Store } from '../src/store/index.js';
import { isDeepStrictEqual } from 'node:util';
import { placementSnapshot, tempDir } from '../src/store/store-test-kit.js';
import type { AnnotatedArticle, Article } from '../src/types.js';
import { streamEnd, streamLines } from './stream-kit.js';

const light = (article: Article): AnnotatedArticle => ({ article, sentences: splitSentences(article.text), entities: [], dates: [], quotes: [], genre: { label: 'news', evidence: [] } });

/** CPU seconds of a local PostgreSQL server: its postmaster and the backends it has reaped (fields 14–17 of /proc/PID/stat). */
function serverCpu(): number | null {
  const pid = process.env['PGPID'];
  if (pid === undefined || pid === '') return null;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
}

const args = process.argv.slice(2);
const total = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
const backends = args.filter((a) => !/^\d+$/.test(a));
const { dir, cleanup } = tempDir('crosscheck-bench-backends-');
try {
  const file = path.join(dir, 'stream.jsonl');
  writeFileSync(file, [...streamLines(total)].map((l) => JSON.stringify(l)).join('\n') + '\n');
  let first: { backend: string; snapshot: Awaited<ReturnType<typeof placementSnapshot>> } | null = null;
  let differs = false;
  let statements = 0;
  for (const backend of backends.length > 0 ? backends : ['sqlite', 'pglite']) {
    let store: Store;
    if (backend === 'sqlite') store = await openStore({ location: path.join(dir, 'bench.db') });
    else if (backend === 'pglite') {
      // Statements counted: each is a round trip to a server.
      const pglite = await PGlite.create();
      const counting = { query: <T>(text: string, params?: unknown[]) => ((statements += 1), pglite.query<T>(text, params)) };
      store = await openStore({ location: 'postgres://pglite/bench', postgresPool: pglitePool(counting) });
    }
    else store = await openStore({ location: backend });
    const server0 = backend.startsWith('postgres') ? serverCpu() : null;
    statements = 0;
    const report = await createStoreIngester(store, { ingest: { network: false }, now: () => streamEnd(total), annotate: light }).ingest([file]);
    const snapshot = await placementSnapshot(store);
    await store.close();
    // The backends exit on close; their CPU reaches the postmaster's count once reaped.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const server = server0 === null ? null : serverCpu()! - server0;
    const place = report.cpu.place / 1000;
    console.log(`${maskPassword(backend)}: ${report.stored.length} stored; placing ${place.toFixed(1)} s CPU here`
      + `${server === null ? '' : ` + ${server.toFixed(1)} s in the server (whole run)`} = ${(report.stored.length / (place + (server ?? 0))).toFixed(0)} articles per CPU second`);
    const stories = snapshot.stories.length;
    const copies = snapshot.members.filter((m) => m[2] !== null).length;
    const sent = backend === 'pglite' ? `; ${statements} statements (${(statements / report.stored.length).toFixed(2)} per article)` : '';
    const same = first === null ? null : isDeepStrictEqual(first.snapshot, snapshot);
    if (same === false) differs = true;
    console.log(`  ${stories} stories, ${copies} stored as copies${sent}${same === null ? '' : same ? `; placing identical to ${first!.backend}'s` : `; placing DIFFERS from ${first!.backend}'s`}`);
    first ??= { backend: maskPassword(backend), snapshot };
  }
  if (differs) process.exitCode = 1;
} finally {
  cleanup();
}
