import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let tmpCounter = 0;

/**
 * Writes a file through a temporary file and a rename, so no half-written file is ever visible. Runs put their
 * temporary files in `<out>/.tmp/` (removed at the start of the next run, so even kill -9 leaves nothing behind).
 */
export function writeAtomic(path: string, content: string, tmpDir?: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const dir = tmpDir ?? dirname(path);
  if (tmpDir !== undefined) mkdirSync(tmpDir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${tmpCounter++}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/**
 * Asynchronous atomic writes with bounded concurrency: the file system works in libuv's thread pool while the
 * main thread goes on processing articles.
 */
export class AtomicWriter {
  private readonly pending = new Set<Promise<void>>();
  private readonly madeDirs = new Set<string>();
  private failure: unknown = null;

  constructor(
    private readonly tmpDir: string,
    private readonly maxPending = 64,
  ) {}

  /** Queues a write; waits only when too many writes are pending. */
  async write(path: string, content: string): Promise<void> {
    if (this.failure !== null) throw this.failure;
    while (this.pending.size >= this.maxPending) await Promise.race(this.pending);
    const tmp = join(this.tmpDir, `.${basename(path)}.${process.pid}.${tmpCounter++}.tmp`);
    const dir = dirname(path);
    const needDir = !this.madeDirs.has(dir);
    this.madeDirs.add(dir);
    const p = (async () => {
      if (needDir) await mkdir(dir, { recursive: true });
      await writeFile(tmp, content);
      await rename(tmp, path);
    })().then(
      () => {
        this.pending.delete(p);
      },
      (err: unknown) => {
        this.pending.delete(p);
        this.failure = err;
      },
    );
    this.pending.add(p);
  }

  /** Waits for every queued write; throws the first write error. */
  async flush(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failure !== null) throw this.failure;
  }
}
