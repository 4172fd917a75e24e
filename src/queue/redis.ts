// The Redis server of a distributed run: its URL checked, a first connection that fails fast, and the connection
// options of the coordinator and of the workers (BullMQ's workers retry forever; the coordinator's commands fail).
import { Redis } from 'ioredis';
import { ConfigError } from '../core/errors.js';

/** A Redis server as named by a `redis://` or `rediss://` URL. */
export interface RedisTarget {
  /** The URL without its password, for messages. */
  shown: string;
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls: boolean;
}

/** How long the first connection may take before the command gives up. */
const CONNECT_TIMEOUT_MS = 5000;

/** Parses a Redis URL (`redis://[user:password@]host[:port][/db]`); anything else is a ConfigError naming it. */
export function parseRedisUrl(text: string): RedisTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`--queue ${text}: not a URL; expected redis://host:6379/0`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new ConfigError(`--queue ${text}: not a redis:// or rediss:// URL; expected redis://host:6379/0`);
  if (url.hostname === '') throw new ConfigError(`--queue ${text}: no host; expected redis://host:6379/0`);
  const dbText = url.pathname.replace(/^\//, '');
  const db = dbText === '' ? 0 : Number(dbText);
  if (!Number.isInteger(db) || db < 0 || db > 15)
    throw new ConfigError(`--queue ${text}: database ${JSON.stringify(dbText)} is not a number from 0 to 15`);
  const port = url.port === '' ? 6379 : Number(url.port);
  const shown = new URL(url.href);
  if (shown.password !== '') shown.password = '***';
  return {
    shown: shown.href,
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port,
    db,
    ...(url.username !== '' ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password !== '' ? { password: decodeURIComponent(url.password) } : {}),
    tls: url.protocol === 'rediss:',
  };
}

/** The connection options guanxi gives ioredis and BullMQ. */
export interface ConnectionSettings {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: Record<string, never>;
  connectionName: string;
  connectTimeout: number;
  maxRetriesPerRequest: number | null;
  retryStrategy: (times: number) => number | null;
  lazyConnect?: boolean;
  enableOfflineQueue?: boolean;
}

/**
 * Connection options for `role`: a worker's commands wait through any outage (BullMQ needs
 * `maxRetriesPerRequest: null` for its blocking commands); the coordinator's fail after a few tries, so that it
 * notices a lost server and can say so.
 */
export function connectionOptions(
  target: RedisTarget,
  role: 'coordinator' | 'worker',
  name: string,
): ConnectionSettings {
  return {
    host: target.host,
    port: target.port,
    db: target.db,
    ...(target.username !== undefined ? { username: target.username } : {}),
    ...(target.password !== undefined ? { password: target.password } : {}),
    ...(target.tls ? { tls: {} } : {}),
    connectionName: name,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: role === 'worker' ? null : 2,
    // Reconnect with a growing pause, at most 2 s: a restarted server is found again within seconds.
    retryStrategy: (times: number) => Math.min(100 * times, 2000),
  };
}

/** What the first connection found out about the server. */
export interface RedisFacts {
  version: string;
  /** `maxmemory-policy`: anything but `noeviction` may drop a queue's keys when memory runs short. */
  policy: string;
  usedMemory: number;
}

/** The value of `field` in the text of an INFO reply. */
function infoField(info: string, field: string): string {
  return new RegExp(`^${field}:(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
}

/**
 * Connects once, without retrying, and reads the server's version and eviction policy: an unreachable server, a
 * refused password or a timeout is a ConfigError naming the URL (without its password).
 */
export async function probeRedis(target: RedisTarget): Promise<RedisFacts> {
  const client = new Redis({
    ...connectionOptions(target, 'coordinator', 'guanxi-probe'),
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  // The cause (refused, unknown host …) comes as an error event; connect() itself only says the connection closed.
  let cause: unknown = null;
  client.on('error', (err) => {
    cause ??= err;
  });
  try {
    await client.connect();
    const info = await client.info();
    return {
      version: infoField(info, 'redis_version'),
      policy: infoField(info, 'maxmemory_policy'),
      usedMemory: Number(infoField(info, 'used_memory')),
    };
  } catch (err) {
    throw new ConfigError(`cannot reach Redis at ${target.shown}: ${redisMessage(cause ?? err)}`);
  } finally {
    client.disconnect();
  }
}

/** A short message for a Redis error. */
export function redisMessage(err: unknown): string {
  const e = err as { code?: string; message?: string } | null;
  if (e?.code === 'ECONNREFUSED') return 'connection refused (is redis-server running there?)';
  if (e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN') return 'unknown host';
  return e?.message ?? String(err);
}

/** A warning for a server whose eviction policy may drop a run's keys, or null when it is `noeviction`. */
export function policyWarning(target: RedisTarget, facts: RedisFacts): string | null {
  if (facts.policy === 'noeviction' || facts.policy === '') return null;
  return `warning: Redis at ${target.shown} has maxmemory-policy ${facts.policy}; a full server may evict a run's jobs. Set \`maxmemory-policy noeviction\` (see docs/distributed.md).`;
}
