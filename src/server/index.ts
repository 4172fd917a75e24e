// `guanxi serve`'s server: the run's database opened read-only, the application, and a node:http listener.
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { loadDashboardAssets } from '../web/assets.js';
import { createApp, warmUp } from './app.js';
import { openStore } from './store.js';

/** Where and what to serve. */
export interface ServerOptions {
  /** The run's output folder (holding guanxi.sqlite). */
  out: string;
  /** 0 picks a free port. */
  port: number;
  /** 127.0.0.1 unless given. */
  host?: string;
}

/** A running server. */
export interface RunningServer {
  /** `http://host:port/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

/** Starts the dashboard server over `<out>/guanxi.sqlite`; throws a ConfigError when the database is missing or
 * unreadable. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const store = await openStore(resolve(opts.out));
  // The bundle (read from web/dist/, or built in memory when that is stale) loads while the API already answers.
  const assets = loadDashboardAssets();
  // Bound to loopback, the Host header must name this machine, so that a web page elsewhere cannot read the run
  // through a DNS name pointed at 127.0.0.1.
  const allowedHosts = LOOPBACK.includes(host) ? LOOPBACK : null;
  const app = createApp({ store, assets, allowedHosts });
  const server = await new Promise<ReturnType<typeof serve>>((done, fail) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: host }, () => done(s));
    s.once('error', fail);
  });
  const port = (server.address() as AddressInfo).port;
  // After the address is out: requests that arrive meanwhile wait at most for this one pass.
  const warming = new Promise<void>((done) => setImmediate(() => warmUp(app, store).then(done, done)));
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    close: () =>
      new Promise<void>((done) => {
        // Idle keep-alive connections would hold close() open.
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => {
          warming.then(() => {
            store.db.close();
            done();
          }, done);
        });
      }),
  };
}
