// The articles of a run: the files found under its inputs, in a fixed order, and the id each article is named by.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { ascending } from 'd3-array';
import { ConfigError } from '../core/errors.js';
import type { InputFile } from '../article/read.js';
import type { DiagnosticT } from '../schema/document.js';

/** File extensions the run picks up. */
export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm']);

/** How inputs are listed. */
export interface DiscoverOptions {
  /** Follow symbolic links that lead out of an input folder (as `grep -r` does not by default); default false. */
  followSymlinks?: boolean;
}

/** Whether real path `real` is folder `rootReal` or inside it. */
function inside(real: string, rootReal: string): boolean {
  return real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}

/**
 * Adds the article files under folder `root` to `files`, recursively and sorted; a folder seen before (a
 * symbolic-link loop) is skipped with a warning, and so is a symbolic link that leads out of `root` unless
 * `followSymlinks`: what a folder holds is what is read, not whatever a link in it points to.
 */
function walkFolder(root: string, files: InputFile[], diagnostics: DiagnosticT[], followSymlinks: boolean): void {
  const seen = new Set<string>();
  const rootReal = realpathSync(root);
  const walk = (dir: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) {
      diagnostics.push({
        code: 'symlink-loop',
        severity: 'warning',
        stage: 'read',
        message: `folder ${dir} was already visited (symbolic-link loop); skipped`,
        file: dir,
      });
      return;
    }
    seen.add(real);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => ascending(a.name, b.name));
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      // The entry's type comes with the listing; only symbolic links (and file systems that give no type) need a stat.
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (!isDir && !isFile) {
        let real: string;
        try {
          real = realpathSync(p);
          const s = statSync(real);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          continue;
        }
        if (!followSymlinks && entry.isSymbolicLink() && !inside(real, rootReal)) {
          if (isDir || (isFile && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())))
            diagnostics.push({
              code: 'symlink-outside-input',
              severity: 'warning',
              stage: 'read',
              message: `${p} is a symbolic link to ${real}, outside the input folder ${root}; skipped (--follow-symlinks reads it)`,
              file: p,
            });
          continue;
        }
      }
      if (isDir) walk(p);
      else if (isFile && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) files.push({ path: p, root });
    }
  };
  walk(root);
}

/**
 * Finds article files under the given files or folders, recursively and sorted; symbolic-link loops are skipped, and
 * so are links out of an input folder unless `options.followSymlinks` (a file named on the command line is read).
 */
export function discoverInputs(
  inputs: readonly string[],
  options: DiscoverOptions = {},
): { files: InputFile[]; diagnostics: DiagnosticT[] } {
  const files: InputFile[] = [];
  const diagnostics: DiagnosticT[] = [];
  for (const input of inputs) {
    const abs = resolve(input);
    let st: Stats;
    try {
      st = statSync(abs);
    } catch {
      throw new ConfigError(`input ${input}: no such file or folder`);
    }
    if (st.isFile()) files.push({ path: abs, root: dirname(abs) });
    else walkFolder(abs, files, diagnostics, options.followSymlinks === true);
  }
  return { files, diagnostics };
}

/** A path part that articleId leaves as it is: letters, digits, `.`, `_` and `-`, not starting with `.`, at most 120 long. */
const SAFE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,119}$/;

/** The article id of a file: its path relative to the input root, without extension, made safe as a relative path. */
export function articleId(file: InputFile): string {
  const rel = relative(file.root, file.path);
  const noExt = rel.slice(0, rel.length - extname(rel).length);
  const parts = noExt
    .split(sep)
    // Most names are already safe: the test is much cheaper than the replacements, which a re-run would otherwise pay per article.
    .map((p) =>
      SAFE_NAME.test(p)
        ? p
        : p
            .normalize('NFC')
            .replace(/[^\p{L}\p{N}._-]+/gu, '_')
            .replace(/^\.+/, '_')
            .slice(0, 120),
    )
    .filter((p) => p !== '');
  return parts.length === 0 ? 'article' : parts.join('/');
}

/**
 * Gives article ids in input order: an id already given (ignoring case) gets the first free suffix `~2`, `~3` …
 * A merge replays it over the runs' ids, so that merged runs name their articles as one run over all inputs would.
 */
export class IdAssigner {
  private readonly used = new Set<string>();

  /** The id for the next input whose base id (from its path, never containing `~`) is given. */
  next(base: string): string {
    let id = base;
    if (this.used.has(id.toLowerCase())) {
      let n = 2;
      while (this.used.has(`${base}~${n}`.toLowerCase())) n++;
      id = `${base}~${n}`;
    }
    this.used.add(id.toLowerCase());
    return id;
  }
}

/** The base id an assigned id was made from (its `~n` suffix removed). */
export function baseId(id: string): string {
  return id.replace(/~\d+$/, '');
}

/** Assigns every input its article id, in input order; two inputs mapping to one id keep distinct ids. */
export function assignIds(files: readonly InputFile[]): string[] {
  const ids = new IdAssigner();
  return files.map((file) => ids.next(articleId(file)));
}

/** The path of an article's report in `articlesDir`; an id that would lead outside it is an error. */
export function reportPath(articlesDir: string, id: string): string {
  const target = join(articlesDir, `${id}.json`);
  if (!resolve(target).startsWith(articlesDir + sep)) throw new Error(`article id ${id} escapes the output folder`);
  return target;
}

/** The path of an input file relative to its root (part of its cache key). */
export function relativePath(file: InputFile): string {
  return file.path.slice(file.root.length);
}
