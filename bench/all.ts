/**
 * `npm run bench [-- name…]`: runs the benchmarks one after another, each in its own process so
 * that memory and JIT state do not leak between them, and prints their figures. With names, runs
 * only those (annotate, summarize, quotes, cluster, store, backends, undated, extract, server).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCHES: readonly { name: string; file: string; args: string[] }[] = [
  { name: 'annotate', file: 'run.ts', args: [] },
  { name: 'summarize', file: 'summarize.ts', args: [] },
  { name: 'quotes', file: 'quotes.ts', args: [] },
  { name: 'cluster', file: 'cluster.ts', args: ['10000', '100000'] },
  { name: 'store', file: 'store.ts', args: ['10000', '--annotate', 'light'] },
  { name: 'backends', file: 'store-backends.ts', args: ['2000', 'sqlite', 'pglite'] },
  { name: 'undated', file: 'store-undated.ts', args: ['60000'] },
  { name: 'extract', file: 'extract.ts', args: [] },
  { name: 'server', file: 'server.ts', args: [] },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')} (choose from ${BENCHES.map((b) => b.name).join(', ')})`);
  process.exit(2);
}
let failed = 0;
for (const b of BENCHES) {
  if (wanted.length > 0 && !wanted.includes(b.name)) continue;
  const file = fileURLToPath(new URL(b.file, import.meta.url));
  if (!existsSync(file)) continue;
  console.log(`\n=== ${b.name} (bench/${b.file} ${b.args.join(' ')})`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...b.args], { stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
