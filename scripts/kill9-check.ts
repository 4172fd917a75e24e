// Reproduces the kill -9 scenario: copies a corpus, runs guanxi on it once uninterrupted, then again into a second
// folder killed with SIGKILL at a random moment, re-runs into that folder, and compares both outputs file by file
// (run.json, which holds timings, and guanxi.sqlite, which holds file stamps, excepted). Exit 0 when identical.
//   npx tsx scripts/kill9-check.ts <corpus dir> [--max-delay-ms N] [--seed N] [--after-files N]
// --after-files N kills as soon as N article reports exist instead of after a random delay.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'src/cli/main.ts');
const args = process.argv.slice(2);
const corpus = args[0];
if (corpus === undefined) {
  process.stderr.write('usage: kill9-check.ts <corpus dir> [--max-delay-ms N] [--seed N]\n');
  process.exit(2);
}
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const maxDelay = opt('--max-delay-ms', 4000);
const afterFiles = opt('--after-files', 0);
let seed = opt('--seed', Date.now() % 100000);
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const work = mkdtempSync(join(tmpdir(), 'guanxi-kill9-'));
const input = join(work, 'corpus');
cpSync(corpus, input, { recursive: true });
const outA = join(work, 'uninterrupted');
const outB = join(work, 'killed');
const run = (out: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', CLI, 'run', input, '--out', out, '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
  });

const a = run(outA);
if (a.status !== 0) throw new Error(`uninterrupted run failed: ${a.stderr}`);

const delay = Math.round(300 + random() * maxDelay);
const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'run', input, '--out', outB, '--quiet'], {
  cwd: ROOT,
  stdio: 'ignore',
});
const count = (): number =>
  existsSync(join(outB, 'articles')) ? readdirSync(join(outB, 'articles'), { recursive: true }).length : 0;
let killed = false;
const killedAt = await new Promise<string>((resolve) => {
  const kill = (): void => {
    clearInterval(poll);
    clearTimeout(timer);
    killed = true;
    child.kill('SIGKILL');
  };
  const timer = afterFiles > 0 ? undefined : setTimeout(kill, delay);
  const poll = setInterval(() => {
    if (afterFiles > 0 && count() >= afterFiles) kill();
  }, 5);
  // Resolved once the child is reaped, as a shell would: the re-run's spawnSync would keep this loop from reaping it.
  child.on('exit', () => {
    clearInterval(poll);
    clearTimeout(timer);
    resolve(killed ? 'killed' : 'finished before the kill');
  });
});
const partial = count();
process.stdout.write(
  `kill -9 ${afterFiles > 0 ? `after ${afterFiles} reports` : `after ${delay} ms`}: ${killedAt}; ${partial} article reports on disk\n`,
);

const b = run(outB);
if (b.status !== 0) throw new Error(`re-run failed: ${b.stderr}`);

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    // The database records the stamps of the report files it was made from: its bytes differ between two folders.
    .filter((f) => statSync(join(dir, f)).isFile() && f !== 'run.json' && f !== 'guanxi.sqlite')
    .sort();
const fa = files(outA);
const fb = files(outB);
const diffs: string[] = [];
if (fa.join('\n') !== fb.join('\n'))
  diffs.push(
    `file lists differ: ${fa
      .filter((f) => !fb.includes(f))
      .concat(fb.filter((f) => !fa.includes(f)))
      .join(', ')}`,
  );
for (const f of fa)
  if (fb.includes(f) && !readFileSync(join(outA, f)).equals(readFileSync(join(outB, f)))) diffs.push(`differs: ${f}`);
if (diffs.length > 0) {
  process.stdout.write(`NOT identical:\n${diffs.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(
  `identical: ${fa.length} files (${relative(process.cwd(), outA)} vs ${relative(process.cwd(), outB)})\n`,
);
