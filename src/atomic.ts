import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
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

/**
 * A file written line by line, through a buffer and synchronous writes, into a temporary file that is renamed into
 * place by `close()`: memory stays bounded however long the file grows, and no half-written file is ever visible.
 */
export class LineWriter {
  private readonly tmp: string;
  private fd: number | null;
  private buffer: string[] = [];
  private size = 0;

  constructor(
    readonly path: string,
    tmpDir: string,
    private readonly bufferChars = 1 << 20,
  ) {
    mkdirSync(tmpDir, { recursive: true });
    this.tmp = join(tmpDir, `.${basename(path)}.${process.pid}.${tmpCounter++}.tmp`);
    this.fd = openSync(this.tmp, 'w');
  }

  /** Appends text (whole lines, each ending in a newline). */
  write(text: string): void {
    if (this.fd === null) throw new Error(`${this.path}: write after close`);
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= this.bufferChars) this.flush();
  }

  private flush(): void {
    if (this.fd === null || this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }

  /** Writes what is buffered and renames the file into place. */
  close(): void {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    mkdirSync(dirname(this.path), { recursive: true });
    renameSync(this.tmp, this.path);
  }

  /** Drops the file: nothing is renamed into place. */
  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.buffer = [];
    rmSync(this.tmp, { force: true });
  }
}
