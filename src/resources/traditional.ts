import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { StartupCache } from './startup-cache.js';

const require = createRequire(import.meta.url);

/** opencc-js, loaded when a converter is first needed: most runs meet no traditional article, and its dictionaries take ~40 ms to set up. */
function openCC(): typeof import('opencc-js') {
  return require('opencc-js') as typeof import('opencc-js');
}

/** Converts traditional to simplified character by character, so offsets stay one to one. */
export function createToSimplified(): (text: string) => string {
  const phrase = openCC().Converter({ from: 't', to: 'cn' });
  return (text: string): string => {
    const out = phrase(text);
    if (out.length === text.length) return out;
    // The phrase dictionary changed a length (rare): fall back to one character at a time.
    let s = '';
    for (const ch of text) {
      const c = phrase(ch);
      s += c.length === ch.length ? c : ch;
    }
    return s;
  };
}

/** Computes the table of the CJK characters that change under traditional→simplified conversion. */
export function computeTraditionalChars(toSimplified: (s: string) => string): Uint8Array {
  const table = new Uint8Array(65536);
  const chars: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  // One call over newline-separated characters instead of 27,000 calls; each converts on its own.
  const converted = toSimplified(chars.join('\n')).split('\n');
  if (converted.length === chars.length) {
    chars.forEach((ch, i) => {
      if (converted[i] !== ch) table[ch.charCodeAt(0)] = 1;
    });
  }
  return table;
}

/** The installed opencc-js version (its package.json is not among the package's exports; it sits two folders above the entry). */
function openCCVersion(): string {
  const pkg = join(dirname(require.resolve('opencc-js')), '..', '..', 'package.json');
  const { name, version } = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
  if (name !== 'opencc-js' || version === undefined) throw new Error('opencc-js package.json not found');
  return version;
}

/**
 * The table of traditional-only characters, built once per opencc-js version and kept in the start-up cache
 * (building it means setting up opencc-js and converting 27,000 characters: ~100 ms at every start).
 */
export function traditionalChars(cache: StartupCache | null): Uint8Array {
  const key = `opencc-js@${openCCVersion()}`;
  const bytes = cache?.read('traditional', key) ?? null;
  if (bytes !== null && bytes.length === 65536) return new Uint8Array(bytes);
  const table = computeTraditionalChars(createToSimplified());
  cache?.write('traditional', key, table);
  return table;
}
