// One writer per output folder: `<out>/.lock` names the process that holds it (pid, host, command, start); a second
// run or merge into the folder stops at once, and a lock left by a process that died on this host is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';

/** The lock file's name inside an output folder. */
export const LOCK_FILE = '.lock';

/** What a lock file records of its holder. */
const Holder = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  command: z.string(),
  startedAt: z.string(),
});

/** The holder of an output folder's lock. */
export type LockHolder = z.infer<typeof Holder>;

/** Raised when another live process holds the folder: a configuration error (exit 2) whose message names the holder. */
export class FolderLocked extends ConfigError {
  constructor(
    readonly folder: string,
    readonly holder: LockHolder | null,
  ) {
    super(
      holder === null
        ? `${folder} is locked by another guanxi process (its lock file ${join(folder, LOCK_FILE)} cannot be read); wait for it to finish`
        : `${folder} is in use by guanxi ${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt}); wait for it to finish${holder.host === hostname() ? '' : `, or, if that run on ${holder.host} is dead, remove ${join(folder, LOCK_FILE)}`}`,
    );
  }
}

/**
 * Whether process `pid` of this host is alive (EPERM: it exists but belongs to someone else). A zombie — killed, not
 * yet reaped by its parent — is dead: on Linux its state in /proc is Z.
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // The state follows the command name, which is in parentheses and may itself hold spaces or parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** The holder a lock file names, or null when it cannot be read (being written, or damaged). */
function readHolder(path: string): LockHolder | null {
  try {
    const parsed = Holder.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether a holder is a process of this host that no longer runs. */
function stale(holder: LockHolder | null): boolean {
  return holder !== null && holder.host === hostname() && holder.pid !== process.pid && !alive(holder.pid);
}

/** A held lock on an output folder; `release` gives it up (and does nothing when called again). */
export class FolderLock {
  private released = false;
  private readonly onExit = (): void => this.release();

  private constructor(
    private readonly path: string,
    private readonly holder: LockHolder,
  ) {
    // A run ended by process.exit (a second Ctrl-C) still gives its folder back.
    process.once('exit', this.onExit);
  }

  /**
   * Takes the lock of `folder` (created if missing) for `command`, or throws {@link FolderLocked} naming the live
   * holder. A lock whose holder died on this host is taken over.
   */
  static acquire(folder: string, command: string): FolderLock {
    mkdirSync(folder, { recursive: true });
    const path = join(folder, LOCK_FILE);
    const me: LockHolder = { pid: process.pid, host: hostname(), command, startedAt: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      if (FolderLock.create(path, me)) return new FolderLock(path, me);
      const holder = readHolder(path);
      if (!stale(holder)) throw new FolderLocked(folder, holder);
      // Taken over by moving the stale file aside first: of two processes doing so at once, only one moves the file
      // it read; the other finds the winner's live lock on its second attempt.
      const aside = `${path}.stale-${process.pid}`;
      try {
        renameSync(path, aside);
      } catch {
        continue;
      }
      const moved = readHolder(aside);
      if (moved === null || moved.pid !== holder?.pid || moved.startedAt !== holder.startedAt) {
        // Another process took over between our read and our move: its lock goes back in place.
        renameSync(aside, path);
        throw new FolderLocked(folder, moved);
      }
      rmSync(aside, { force: true });
    }
    throw new FolderLocked(folder, readHolder(path));
  }

  /** Creates the lock file exclusively with `holder`; false when it exists. */
  private static create(path: string, holder: LockHolder): boolean {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    }
    try {
      writeSync(fd, `${JSON.stringify(holder)}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  }

  /** Gives the lock up, if the file is still this holder's. */
  release(): void {
    if (this.released) return;
    this.released = true;
    process.off('exit', this.onExit);
    const now = readHolder(this.path);
    if (now !== null && now.pid === this.holder.pid && now.startedAt === this.holder.startedAt)
      rmSync(this.path, { force: true });
  }
}
