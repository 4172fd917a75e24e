// The dashboard's bundle: web/dist/ as `npm install` builds it (the `prepare` script), or, when that folder is missing
// or older than web/'s sources, a build in memory with esbuild (a few hundred milliseconds), never written anywhere.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file of the dashboard's bundle, as the server sends it. */
export interface DashboardAsset {
  contentType: string;
  body: Uint8Array;
}

/** The browser app's folder (sources in `src/`, the page in `index.html`, the built bundle in `dist/`). */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

const DIST = join(WEB_DIR, 'dist');
const MANIFEST = join(DIST, 'manifest.json');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function contentType(path: string): string {
  return CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
}

/** Every file under `dir` (but `dist/`), for the newest modification time of the sources. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return path === DIST ? [] : sourceFiles(path);
    return d.isFile() ? [path] : [];
  });
}

/** Whether web/dist/ was built after the last change to web/'s sources. */
export function distIsFresh(): boolean {
  if (!existsSync(MANIFEST)) return false;
  const built = statSync(MANIFEST).mtimeMs;
  return sourceFiles(WEB_DIR).every((f) => statSync(f).mtimeMs <= built);
}

/** Builds the bundle in memory with esbuild: URL path → asset (`/` is the page, the rest under `/assets/`). */
export async function buildDashboard(): Promise<Map<string, DashboardAsset>> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error(
      `${DIST}: the dashboard is not built and esbuild is not installed; run \`npm install\` (it builds it)`,
    );
  }
  const result = await esbuild.build({
    entryPoints: [join(WEB_DIR, 'src/main.tsx')],
    tsconfig: join(WEB_DIR, 'tsconfig.json'),
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: join(DIST, 'assets'),
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    minify: true,
    target: ['chrome111', 'firefox111', 'safari16'],
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  const assets = new Map<string, DashboardAsset>();
  const page = readFileSync(join(WEB_DIR, 'index.html'));
  assets.set('/', { contentType: contentType('index.html'), body: new Uint8Array(page) });
  for (const file of result.outputFiles) {
    const path = `/${relative(DIST, file.path).split(sep).join('/')}`;
    assets.set(path, { contentType: contentType(file.path), body: file.contents });
  }
  return assets;
}

/** Builds the bundle into web/dist/ (the `prepare` step), with a manifest of its files. */
export async function writeDashboard(): Promise<string[]> {
  const assets = await buildDashboard();
  rmSync(DIST, { recursive: true, force: true });
  const files: Record<string, string> = {};
  for (const [path, asset] of assets) {
    const file = path === '/' ? 'index.html' : path.slice(1);
    mkdirSync(dirname(join(DIST, file)), { recursive: true });
    writeFileSync(join(DIST, file), asset.body);
    files[path] = file;
  }
  // Written last: its time stamp is the build's.
  writeFileSync(MANIFEST, `${JSON.stringify(files, null, 2)}\n`);
  return Object.values(files);
}

function readDist(): Map<string, DashboardAsset> {
  const files = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  return new Map(
    Object.entries(files).map(([path, file]) => [
      path,
      { contentType: contentType(file), body: new Uint8Array(readFileSync(join(DIST, file))) },
    ]),
  );
}

/**
 * The dashboard's files by URL path ("/" → index.html, "/assets/main.js" …): web/dist/ when it is up to date, else a
 * build in memory.
 */
export async function loadDashboardAssets(): Promise<Map<string, DashboardAsset>> {
  return distIsFresh() ? readDist() : buildDashboard();
}
