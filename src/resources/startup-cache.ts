// The one start-up cache: data that every process (and every worker thread) would otherwise rebuild from the same
// files at start — validated dictionaries, jieba's IDF table, the traditional-character table — kept in the user's
// cache folder and keyed by its inputs and by the code that made it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';
import { writeAtomic } from '../io/atomic.js';
import { codeHash } from '../io/code-hash.js';

/**
 * Entries kept per kind: every current input and a few recent versions (a dictionary being edited, another
 * checkout). Dictionaries are one entry per file, so their kind keeps many; the IDF table is 8 MB an entry.
 */
const KEEP: Readonly<Record<string, number>> = { dictionary: 64, idf: 2, traditional: 2, 'jieba-user': 4 };
/** Entries kept of a kind not listed in {@link KEEP}. */
const KEEP_OTHER = 8;

/** Where the start-up cache lives: `GUANXI_CACHE_DIR`, else the user's cache folder (`$XDG_CACHE_HOME/guanxi`). */
export function startupCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.GUANXI_CACHE_DIR;
  if (explicit !== undefined && explicit !== '') return join(explicit, 'startup');
  return join(envPaths('guanxi', { suffix: '' }).cache, 'startup');
}

/** Whether the environment turns the start-up cache off (`GUANXI_STARTUP_CACHE=off`, `0` or `false`). */
export function startupCacheDisabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['off', '0', 'false', 'no'].includes((env.GUANXI_STARTUP_CACHE ?? '').toLowerCase());
}

/** A start-up cache folder: entries by kind and key, each read back only by the code that wrote it. */
export interface StartupCache {
  readonly dir: string;
  /** Whether entries are read and written; when off, `read` finds nothing and `write` keeps nothing. */
  readonly enabled: boolean;
  /** The hash of this install's code and data (src/, data/, models/), read once: what every entry is keyed by. */
  codeHash(): string;
  /** The bytes stored for a kind and key, or null when there are none (a damaged entry is the reader's to reject). */
  read(kind: string, key: string): Buffer | null;
  /** Stores bytes for a kind and key, atomically; a folder that cannot be written only loses the cache. */
  write(kind: string, key: string, bytes: string | Uint8Array): void;
  /**
   * A file with this content, for libraries that read their data from a path (nodejieba's user dictionary), written
   * once per content even when caching is off; its path.
   */
  file(kind: string, key: string, extension: string, content: () => string): string;
}

/** Opens the start-up cache; `enabled: false` (or the environment) turns reading and writing entries off. */
export function openStartupCache(opts: { enabled?: boolean; dir?: string } = {}): StartupCache {
  const dir = opts.dir ?? startupCacheDir();
  const enabled = opts.enabled !== false && !startupCacheDisabled();
  let code: string | null = null;
  const installHash = (): string => {
    code ??= codeHash();
    return code;
  };
  const nameOf = (kind: string, key: string, extension: string): string => {
    const digest = createHash('sha256').update(`${kind}\0${installHash()}\0${key}`).digest('hex').slice(0, 32);
    return `${kind}-${digest}.${extension}`;
  };
  const put = (kind: string, name: string, bytes: string | Uint8Array): void => {
    try {
      writeAtomic(join(dir, name), bytes);
      prune(dir, `${kind}-`, KEEP[kind] ?? KEEP_OTHER, name);
    } catch {
      // A read-only or full cache folder costs the next start a rebuild, nothing more.
    }
  };
  return {
    dir,
    enabled,
    codeHash: installHash,
    read(kind, key) {
      if (!enabled) return null;
      try {
        return readFileSync(join(dir, nameOf(kind, key, 'bin')));
      } catch {
        return null;
      }
    },
    write(kind, key, bytes) {
      if (enabled) put(kind, nameOf(kind, key, 'bin'), bytes);
    },
    file(kind, key, extension, content) {
      const name = nameOf(kind, key, extension);
      if (!existsSync(join(dir, name))) writeAtomic(join(dir, name), content());
      return join(dir, name);
    },
  };
}

/** Removes the oldest entries of one kind, keeping the `keep` most recently written and always the one just written. */
function prune(dir: string, prefix: string, keep: number, written: string): void {
  const names = readdirSync(dir).filter((n) => n.startsWith(prefix) && !n.endsWith('.tmp'));
  if (names.length <= keep) return;
  const dated: Array<{ name: string; mtime: number }> = [];
  for (const name of names) {
    try {
      dated.push({ name, mtime: statSync(join(dir, name)).mtimeMs });
    } catch {
      // Removed meanwhile by another process.
    }
  }
  // The entry just written first: others written within the same clock tick must not push it out.
  dated.sort(
    (a, b) =>
      Number(b.name === written) - Number(a.name === written) || b.mtime - a.mtime || (a.name < b.name ? -1 : 1),
  );
  for (const { name } of dated.slice(keep)) rmSync(join(dir, name), { force: true });
}
