// Report files are written through a temporary file and a rename, synchronously (worker threads) or on libuv's thread
// pool (the main thread, which goes on computing meanwhile): either way no half-written file is ever visible.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic, writeAtomicAsync } from '../src/io/atomic.js';

const work = mkdtempSync(join(tmpdir(), 'guanxi-atomic-'));

describe('writeAtomicAsync', () => {
  it('writes the bytes, making the missing target and temporary folders, and leaves no temporary file', async () => {
    const tmp = join(work, 'a', '.tmp');
    const target = join(work, 'a', 'articles', '2024', '20240101-01.json');
    await writeAtomicAsync(target, Buffer.from('{"id":"中文"}\n'), tmp);
    expect(readFileSync(target, 'utf8')).toBe('{"id":"中文"}\n');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('replaces an existing file whole, and gives the same bytes as the synchronous writer', async () => {
    const dir = join(work, 'b');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'r.json'), 'an older and longer report\n');
    await writeAtomicAsync(join(dir, 'r.json'), 'new\n');
    writeAtomic(join(dir, 's.json'), 'new\n');
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe('new\n');
    expect(readFileSync(join(dir, 'r.json'))).toEqual(readFileSync(join(dir, 's.json')));
    expect(readdirSync(dir).sort()).toEqual(['r.json', 's.json']);
  });

  it('writes many files at once, each with its own content', async () => {
    const dir = join(work, 'c');
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        writeAtomicAsync(join(dir, `${i % 7}`, `${i}.json`), `${i}\n`, join(dir, '.tmp')),
      ),
    );
    for (let i = 0; i < 200; i++) expect(readFileSync(join(dir, `${i % 7}`, `${i}.json`), 'utf8')).toBe(`${i}\n`);
    expect(readdirSync(join(dir, '.tmp'))).toEqual([]);
  });

  it('rejects, naming the path, when the target cannot be written (its parent is a file)', async () => {
    const dir = join(work, 'd');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'file'), 'x');
    await expect(writeAtomicAsync(join(dir, 'file', 'r.json'), 'x', join(dir, '.tmp'))).rejects.toThrow(/file/);
  });
});
