/** Running the app as an HTTP server on Node. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';
import { isLoopbackHost } from './security.js';

export interface ServeOptions extends AppOptions {
  /** Port to listen on; 0 picks a free one. Default 4173. */
  readonly port?: number;
}

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';

export interface RunningServer {
  /** The address it listens on, e.g. `http://127.0.0.1:4173`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Starts the server. Refuses to listen beyond loopback without a token: anyone on the network
 * could otherwise write to the store.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`port must be a whole number from 0 to 65535 (got ${String(port)})`);
  if (!isLoopbackHost(host) && (options.token ?? null) === null) {
    throw new Error(`listening on ${host} lets other machines reach the store: give a token with --token or CROSSCHECK_TOKEN, or listen on 127.0.0.1`);
  }
  const app = createApp({ ...options, host });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done, fail) => server.close((e) => (e ? fail(e) : done()))),
      });
    });
    server.once('error', reject);
  });
}
