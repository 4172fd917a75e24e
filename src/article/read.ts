import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import type { DiagnosticT } from '../schema/document.js';
import type { Doc } from '../schema/doc.js';

/** An input file with the root its id is taken relative to. */
export interface InputFile {
  path: string;
  root: string;
}

/** Legacy encodings we decode when a file is not UTF-8; anything else is reported as undecodable. */
const DECODABLE = new Set([
  'GB18030',
  'Big5',
  'UTF-16LE',
  'UTF-16BE',
  'EUC-JP',
  'Shift_JIS',
  'EUC-KR',
  'ISO-8859-1',
  'windows-1252',
]);

/** Share of U+FFFD or C0 control characters above which a decoding is taken to be wrong (mojibake). */
const MAX_BAD_SHARE = 0.01;

function badShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) bad++;
  }
  return bad / text.length;
}

/** Decodes file bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or a detected legacy encoding. */
export function decode(bytes: Uint8Array): { text: string; encoding: string } | { error: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: fall through to detection.
  }
  // chardet and iconv-lite are loaded for the first file that is not UTF-8 (rare; they cost start-up time).
  const require = createRequire(import.meta.url);
  const chardet = require('chardet') as typeof import('chardet');
  const iconv = require('iconv-lite') as typeof import('iconv-lite');
  const guesses = chardet.analyse(bytes).filter((g) => DECODABLE.has(g.name) && g.confidence >= 10);
  for (const g of guesses) {
    const text = iconv.decode(Buffer.from(bytes), g.name);
    if (badShare(text) <= MAX_BAD_SHARE) return { text, encoding: g.name };
  }
  return {
    error:
      guesses.length === 0
        ? 'not UTF-8, and no known encoding fits'
        : `not UTF-8; decoding as ${guesses.map((g) => g.name).join(' or ')} gives garbage`,
  };
}

/** Reads a file's bytes, refusing (without reading) one over `maxBytes`. */
export function readFileBytes(path: string, maxBytes: number): { bytes: Uint8Array } | { code: string; error: string } {
  try {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > maxBytes)
        return { code: 'too-large', error: `file is ${size} bytes, over the limit of ${maxBytes}; skipped` };
      const bytes = Buffer.alloc(size);
      let off = 0;
      while (off < size) {
        const n = readSync(fd, bytes, off, size - off, off);
        if (n === 0) break;
        off += n;
      }
      return { bytes: bytes.subarray(0, off) };
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    return { code: 'unreadable', error: `cannot read file: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The document of a file that cannot be processed, with its error diagnostic. */
function failed(base: Doc, code: string, message: string): Doc {
  return { ...base, diagnostics: [{ code, severity: 'error', stage: 'read', message, file: base.file }] };
}

/** Reads an input file into the starting document; unreadable, oversized, binary or undecodable input becomes an error diagnostic. */
export function readArticle(file: InputFile, id: string, opts: { maxBytes?: number; bytes?: Uint8Array } = {}): Doc {
  const format = ['.html', '.htm'].includes(extname(file.path).toLowerCase()) ? 'html' : 'markdown';
  const base: Doc = {
    id,
    file: file.path,
    source: {
      path: relative(file.root, file.path).split(sep).join('/'),
      bytes: 0,
      sha256: '',
      format,
      encoding: 'UTF-8',
      script: 'simplified',
    },
    raw: '',
    meta: { title: null, date: null, categories: [], author: null, link: null, other: {} },
    blocks: [],
    diagnostics: [],
  };
  const maxBytes = opts.maxBytes ?? 5_000_000;
  let bytes: Uint8Array;
  if (opts.bytes !== undefined) {
    bytes = opts.bytes;
  } else {
    const read = readFileBytes(file.path, maxBytes);
    if ('error' in read) return failed(base, read.code, read.error);
    bytes = read.bytes;
  }
  base.source.bytes = bytes.length;
  if (bytes.length > maxBytes)
    return failed(base, 'too-large', `file is ${bytes.length} bytes, over the limit of ${maxBytes}; skipped`);
  base.source.sha256 = createHash('sha256').update(bytes).digest('hex');
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 8192).includes(0))
    return failed(base, 'binary-file', 'file contains NUL bytes: binary, not an article');
  const decoded = decode(bytes);
  if ('error' in decoded) return failed(base, 'undecodable', `file cannot be decoded: ${decoded.error}`);
  base.source.encoding = decoded.encoding;
  const diagnostics: DiagnosticT[] = [];
  if (decoded.encoding !== 'UTF-8') {
    diagnostics.push({
      code: 'legacy-encoding',
      severity: 'info',
      stage: 'read',
      message: `file is ${decoded.encoding}, not UTF-8; decoded`,
      file: file.path,
    });
  }
  return { ...base, raw: decoded.text, diagnostics };
}
