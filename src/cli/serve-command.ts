/**
 * `crosscheck serve`: the web UI and JSON API over the store. The server module loads only when
 * the command runs, so other commands do not pay for it.
 */
import type { Command } from 'commander';
import { resolveStoreLocation } from '../store/index.js';

interface ServeFlags {
  readonly port?: number;
  readonly host?: string;
  readonly db?: string;
  readonly token?: string;
  readonly maxRequestBytes?: number;
  readonly offline?: boolean;
}

const integer = (v: string): number => Number.parseInt(v, 10);

/** Registers `serve` on the `crosscheck` program. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and JSON API over the store (stories, briefs, articles, adding articles)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', integer, 4173)
    .option('--host <address>', 'address to listen on; anything but loopback needs a token', '127.0.0.1')
    .option('--db <file|url>', 'the store: an SQLite file or a postgres:// URL (default $CROSSCHECK_DB, else ./crosscheck.db)')
    .option('--token <token>', 'token required to add articles (default $CROSSCHECK_TOKEN); required beyond loopback')
    .option('--max-request-bytes <n>', 'largest request body accepted (default 10 MB)', integer)
    .option('--offline', 'never fetch URLs or feed links given in the UI or API')
    .action(async (opts: ServeFlags) => {
      const [{ openStore }, { startServer }] = await Promise.all([import('../store/index.js'), import('../server/index.js')]);
      const envToken = process.env['CROSSCHECK_TOKEN'];
      const token = opts.token ?? (envToken !== undefined && envToken !== '' ? envToken : null);
      const store = await openStore({ location: resolveStoreLocation(opts.db) });
      const server = await startServer({
        store,
        port: opts.port ?? 4173,
        host: opts.host ?? '127.0.0.1',
        token,
        ...(opts.maxRequestBytes !== undefined && { maxRequestBytes: opts.maxRequestBytes }),
        ...(opts.offline === true && { ingest: { ingest: { network: false } } }),
      }).catch(async (error: unknown) => {
        await store.close();
        throw error;
      });
      process.stderr.write(`crosscheck: serving ${store.location} at ${server.url}${token !== null ? ' (writing needs the token)' : ''}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          void server.close().then(() => store.close()).then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
