import type { LineWriter } from '../io/atomic.js';

/**
 * Writes `value` as JSON.stringify(value, null, 2) would, byte for byte, but piece by piece through a LineWriter:
 * the members of top-level objects and the elements of arrays are serialised one at a time, so a corpus report of
 * any size never becomes one string (V8 strings stop at about 512 M characters) and memory stays near one element.
 */
export function writePrettyJson(w: LineWriter, value: unknown, depth = 2): void {
  write(w, value, '', depth);
}

function write(w: LineWriter, value: unknown, indent: string, depth: number): void {
  if (
    depth <= 0 ||
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    w.write(reindent(JSON.stringify(value, null, 2) ?? 'null', indent));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      w.write('[]');
      return;
    }
    w.write('[\n');
    if (depth <= 1) {
      writeWholeItems(w, value, inner);
      w.write(`${indent}]`);
      return;
    }
    value.forEach((item, i) => {
      w.write(inner);
      // Inside arrays, undefined and functions become null, as in JSON.stringify.
      write(w, item === undefined || typeof item === 'function' ? null : item, inner, depth - 1);
      w.write(i < value.length - 1 ? ',\n' : '\n');
    });
    w.write(`${indent}]`);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  if (entries.length === 0) {
    w.write('{}');
    return;
  }
  w.write('{\n');
  entries.forEach(([k, v], i) => {
    w.write(`${inner}${JSON.stringify(k)}: `);
    write(w, v, inner, depth - 1);
    w.write(i < entries.length - 1 ? ',\n' : '\n');
  });
  w.write(`${indent}}`);
}

/** Array items written whole are stringified this many at a time. */
const ITEMS_PER_CHUNK = 256;

/**
 * The items of an array, each written whole at indentation `inner`, a chunk of them at a time: the chunk is
 * stringified inside as many wrapping objects as put its items at that indentation, and the wrapping cut off again,
 * so that JSON.stringify indents every line itself (re-indenting each item's text afterwards took as long again).
 */
function writeWholeItems(w: LineWriter, items: unknown[], inner: string): void {
  const levels = inner.length / 2 - 1;
  let head = '';
  let tail = '';
  for (let l = 1; l <= levels; l++) {
    head += `{\n${'  '.repeat(l)}"k": `;
    tail = `\n${'  '.repeat(l - 1)}}${tail}`;
  }
  head += '[\n';
  tail = `\n${'  '.repeat(levels)}]${tail}`;
  for (let i = 0; i < items.length; i += ITEMS_PER_CHUNK) {
    let wrapped: unknown = items.slice(i, i + ITEMS_PER_CHUNK);
    for (let l = 0; l < levels; l++) wrapped = { k: wrapped };
    const text = JSON.stringify(wrapped, null, 2);
    w.write(text.slice(head.length, text.length - tail.length));
    w.write(i + ITEMS_PER_CHUNK < items.length ? ',\n' : '\n');
  }
}

/** JSON.stringify's own line breaks (never inside strings, which escape theirs) indented to the current level. */
function reindent(json: string, indent: string): string {
  return indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
}

/**
 * Writes `value` as JSON.stringify(value) would, byte for byte, piece by piece like {@link writePrettyJson}: the
 * members of a top-level object and the elements of its arrays one at a time.
 */
export function writeCompactJson(w: LineWriter, value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || 'toJSON' in value) {
    w.write(JSON.stringify(value) ?? 'null');
    return;
  }
  w.write('{');
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    // Members JSON.stringify leaves out.
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    w.write(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(member)) {
      w.write('[');
      member.forEach((item, i) => {
        const text = JSON.stringify(item);
        w.write(`${i > 0 ? ',' : ''}${text === undefined ? 'null' : text}`);
      });
      w.write(']');
    } else w.write(JSON.stringify(member));
  }
  w.write('}');
}
