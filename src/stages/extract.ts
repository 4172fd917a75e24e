import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AnyNode, Document, Element } from 'domhandler';
import type * as Htmlparser2 from 'htmlparser2';
import { marked } from 'marked';
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import type { BlockKindT, BlockT, DiagnosticT, MetaT } from '../schema/document.js';
import type { Doc } from '../schema/doc.js';
import { defineStage } from './types.js';

/** Options of the extract stage. */
export const ExtractOptions = z
  .object({
    timezone: z.string().default('Asia/Shanghai'),
    maxDepth: z.number().int().positive().default(200),
  })
  .strict();

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'head', 'object', 'embed', 'canvas', 'button', 'select', 'textarea', 'form', 'nav']);
const TEXT_BLOCKS: Record<string, BlockKindT> = {
  p: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  figcaption: 'caption',
  caption: 'caption',
  blockquote: 'quote',
  td: 'table-cell',
  th: 'table-cell',
  pre: 'code',
};
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'body', 'html', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'figure', 'header', 'footer', 'aside', 'center', 'details', 'summary', 'address', 'hgroup']);
/** Image credit lines (本文图自外交部网站, 图片来源：新华社, 摄影：…); they describe a picture, they are not body text. */
const CREDIT = /^(?:[（(]?\s*)?(?:本文)?(?:图|图片|照片|配图|题图|视频)(?:\s*[自源]|\s*来[自源]|\s*源自|\s*[:：/]|\s*据|\s*由)|^(?:摄影|摄像|供图|图源|来源)\s*[:：]|(?:供图|摄)[)）]?$/;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC1123 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d) GMT$/;

/**
 * The date of the one format nearly every article writes (RSS's `Mon, 01 Jan 2024 11:00:00 GMT`), without luxon;
 * null for anything else, including a wrong weekday or day of month, which luxon then judges as before.
 */
export function parseRfc1123(s: string): string | null {
  const m = RFC1123.exec(s);
  if (m === null) return null;
  const [, weekday, dd, mon, yyyy, hh, mm, ss] = m as unknown as [string, string, string, string, string, string, string, string];
  const year = Number(yyyy);
  const month = MONTHS.indexOf(mon);
  const day = Number(dd);
  if (year < 1000) return null;
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCDate() !== day || d.getUTCMonth() !== month || WEEKDAYS[d.getUTCDay()] !== weekday) return null;
  return `${yyyy}-${String(month + 1).padStart(2, '0')}-${dd}T${hh}:${mm}:${ss}Z`;
}

/** Parses a front-matter or meta date in the formats the press and RSS tools write; null when unparsable. */
export function parseDate(value: unknown, zone: string): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : DateTime.fromJSDate(value).toUTC().toISO({ suppressMilliseconds: true });
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value).trim();
  if (s === '') return null;
  // Luxon tries each format in turn (a quarter of the extract stage's time); the common one is read directly.
  const fast = parseRfc1123(s);
  if (fast !== null) return fast;
  const candidates = [
    () => DateTime.fromRFC2822(s, { zone: 'utc' }),
    () => DateTime.fromHTTP(s, { zone: 'utc' }),
    () => DateTime.fromISO(s, { zone }),
    () => DateTime.fromSQL(s, { zone }),
    () => DateTime.fromFormat(s, 'yyyy/MM/dd HH:mm:ss', { zone }),
    () => DateTime.fromFormat(s, 'yyyy/MM/dd HH:mm', { zone }),
    () => DateTime.fromFormat(s, 'yyyy/MM/dd', { zone }),
    () => DateTime.fromFormat(s, "yyyy'年'M'月'd'日' HH:mm", { zone }),
    () => DateTime.fromFormat(s, "yyyy'年'M'月'd'日'", { zone }),
  ];
  for (const make of candidates) {
    const dt = make();
    if (dt.isValid) return dt.toUTC().toISO({ suppressMilliseconds: true });
  }
  return null;
}

function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

function asList(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[,，;；]/) : [v];
  return items.map((x) => asText(x)).filter((x): x is string => x !== null);
}

/** HTML folds runs of whitespace into one space; we do the same, keeping <br> as a newline. */
function foldHtmlSpace(s: string): string {
  return s.replace(/[ \t\r\n\f]+/g, ' ');
}

/** An element's attribute as cheerio's `attr` reads it (own attributes only; none of ours is a boolean attribute). */
function attr(el: Element, name: string): string | undefined {
  return Object.hasOwn(el.attribs, name) ? el.attribs[name] : undefined;
}

/** An attribute's trimmed value, or undefined when absent or blank. */
function nonEmptyAttr(el: Element, name: string): string | undefined {
  const v = attr(el, name);
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function isCentered(el: Element): boolean {
  const align = (attr(el, 'align') ?? '').toLowerCase();
  const style = (attr(el, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  return align === 'center' || style.includes('text-align:center');
}

/** A short centred line or a credit formula next to images is a caption. */
function looksLikeCaption(text: string, centered: boolean): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  if (CREDIT.test(t) && t.length <= 80) return true;
  return centered && t.length <= 60 && !/[。！？!?]$/.test(t);
}

class BlockCollector {
  readonly blocks: BlockT[] = [];
  private buffer = '';
  private kind: BlockKindT = 'paragraph';
  private centered = false;
  depthExceeded = false;

  constructor(private readonly maxDepth: number) {}

  flush(): void {
    const text = this.buffer.replace(/ *\n */g, '\n').trim();
    this.buffer = '';
    if (text === '') return;
    let kind = this.kind;
    if (kind === 'paragraph' && looksLikeCaption(text, this.centered)) kind = 'caption';
    this.blocks.push({ kind, text });
  }

  private image(el: Element): void {
    this.flush();
    const block: BlockT = { kind: 'image', text: '' };
    const src = nonEmptyAttr(el, 'src') ?? nonEmptyAttr(el, 'data-src');
    const alt = nonEmptyAttr(el, 'alt');
    const title = nonEmptyAttr(el, 'title');
    if (src !== undefined) block.src = src;
    if (alt !== undefined) block.alt = alt;
    if (title !== undefined) block.title = title;
    this.blocks.push(block);
  }

  walk(nodes: AnyNode[], depth: number): void {
    if (depth > this.maxDepth) {
      this.depthExceeded = true;
      return;
    }
    for (const node of nodes) {
      if (node.type === 'text') {
        this.buffer += foldHtmlSpace(node.data);
        continue;
      }
      if (node.type === 'root') {
        this.walk((node as unknown as { children: AnyNode[] }).children, depth + 1);
        continue;
      }
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const el = node as Element;
      const tag = el.tagName.toLowerCase();
      if (DROPPED.has(tag) || node.type !== 'tag') continue;
      if (tag === 'br') {
        this.buffer += '\n';
      } else if (tag === 'img') {
        this.image(el);
      } else if (TEXT_BLOCKS[tag] !== undefined) {
        this.flush();
        const outerKind = this.kind;
        const outerCentered = this.centered;
        this.kind = TEXT_BLOCKS[tag];
        this.centered = isCentered(el);
        this.walk(el.children, depth + 1);
        this.flush();
        this.kind = outerKind;
        this.centered = outerCentered;
      } else if (CONTAINERS.has(tag)) {
        this.flush();
        const outerCentered = this.centered;
        this.centered = this.centered || isCentered(el);
        this.walk(el.children, depth + 1);
        this.flush();
        this.centered = outerCentered;
      } else {
        this.walk(el.children, depth + 1);
      }
    }
  }
}

function looksLikeHtml(body: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html|body|div|p|article|section|main|h[1-6]|ul|ol|table|figure|img|span|blockquote|center|header)\b/i.test(body);
}

/** Characters that make the fast reader leave front matter to the YAML parser: tabs, CR, controls, BOM, line separators, lone surrogates. */
const YAML_UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A top-level `key:` line; keys the core schema would resolve to something else than themselves are not matched. */
const YAML_KEY_LINE = /^([\p{L}_][\p{L}\p{N}_-]{0,127}):(?: (.*))?$/u;
const YAML_SEQ_ITEM = /^( *)-(?: (.*))?$/;
const YAML_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const YAML_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const YAML_INT = /^[-+]?[0-9]+$/;
/** The core schema's other numbers (octal, hexadecimal, floats, infinities, NaN): left to the YAML parser. */
const YAML_OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
/** Characters that may not start a plain scalar (YAML's indicators), or that start one only in forms we leave to the parser. */
const YAML_INDICATOR = new Set('-?:,[]{}#&*!|>\'"%@` '.split(''));

function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) === 0x20) b--;
  return s.slice(a, b);
}

function isBlank(line: string): boolean {
  return trimSpaces(line) === '';
}

/** One scalar of the simple subset (non-empty, trimmed): its value, or undefined to leave the text to the YAML parser. */
function simpleScalar(v: string): { value: unknown } | undefined {
  const first = v[0] as string;
  if (first === "'") {
    if (v.length < 2 || v[v.length - 1] !== "'") return undefined;
    const inner = v.slice(1, -1);
    for (let i = inner.indexOf("'"); i >= 0; i = inner.indexOf("'", i + 2)) if (inner[i + 1] !== "'") return undefined;
    return { value: inner.replaceAll("''", "'") };
  }
  if (first === '"') {
    const inner = v.slice(1, -1);
    if (v.length < 2 || v[v.length - 1] !== '"' || inner.includes('"') || inner.includes('\\')) return undefined;
    return { value: inner };
  }
  if (YAML_INDICATOR.has(first) || v.includes(': ') || v.includes(' #') || v.endsWith(':')) return undefined;
  if (YAML_NULL.test(v)) return { value: null };
  if (YAML_BOOL.test(v)) return { value: first === 't' || first === 'T' };
  if (YAML_INT.test(v)) return { value: Number.parseInt(v, 10) };
  if (YAML_OTHER_NUMBER.test(v)) return undefined;
  return { value: v };
}

/**
 * Reads the front matter nearly every article has (top-level `key: scalar` lines and lists of scalars, with plain,
 * single- or simply double-quoted scalars) as `YAML.parse` with the core schema would; undefined for anything else
 * (comments, nesting, anchors, tags, block or multi-line scalars, duplicate keys, numbers other than integers …),
 * which the caller leaves to the YAML parser. A tenth of the time of the general parser.
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  if (YAML_UNUSUAL.test(text)) return undefined;
  const lines = text.split('\n');
  const out: Record<string, unknown> = {};
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const m = YAML_KEY_LINE.exec(line);
    if (m === null) return undefined;
    const key = m[1] as string;
    if (key === '__proto__' || Object.hasOwn(out, key) || YAML_NULL.test(key) || YAML_BOOL.test(key)) return undefined;
    const rest = trimSpaces(m[2] ?? '');
    i++;
    if (rest !== '') {
      const scalar = simpleScalar(rest);
      if (scalar === undefined) return undefined;
      out[key] = scalar.value;
      continue;
    }
    // An empty value: a list of scalars on the following lines (all at one indentation), or null.
    let j = i;
    while (j < lines.length && isBlank(lines[j] as string)) j++;
    const firstItem = j < lines.length ? YAML_SEQ_ITEM.exec(lines[j] as string) : null;
    if (firstItem === null) {
      out[key] = null;
      continue;
    }
    const indent = (firstItem[1] as string).length;
    const items: unknown[] = [];
    while (j < lines.length) {
      const l = lines[j] as string;
      if (isBlank(l)) {
        j++;
        continue;
      }
      const item = YAML_SEQ_ITEM.exec(l);
      if (item === null || (item[1] as string).length !== indent) break;
      const itemText = trimSpaces(item[2] ?? '');
      if (itemText === '') {
        items.push(null);
      } else {
        const scalar = simpleScalar(itemText);
        if (scalar === undefined) return undefined;
        items.push(scalar.value);
      }
      j++;
    }
    out[key] = items;
    i = j;
  }
  // No field at all is YAML's null (or a comment …), not an empty mapping.
  return Object.keys(out).length === 0 ? undefined : out;
}

/** Loads a module on first use (gray-matter and yaml are needed only for unusual front matter). */
const requireLazy = createRequire(import.meta.url);

/** HTML options: htmlparser2's HTML mode (what cheerio ran with its `xml: { xmlMode: false }` option). */
const HTML_OPTIONS = { xmlMode: false, decodeEntities: true } as const;

/**
 * htmlparser2's `parseDocument` (a DomHandler fed by a Parser), loaded as its CommonJS parser and handler alone:
 * the package's entry also loads its feed reader, DOM utilities and serializer, a third of the modules a run
 * starts with. Falls back to the entry if a later htmlparser2 moves its files.
 */
const parseHtml: (html: string) => Document = (() => {
  try {
    const { Parser } = requireLazy(join(dirname(requireLazy.resolve('htmlparser2')), 'Parser.js')) as typeof Htmlparser2;
    const { DomHandler } = requireLazy('domhandler') as typeof Htmlparser2;
    return (html: string): Document => {
      const handler = new DomHandler(undefined, HTML_OPTIONS);
      new Parser(handler, HTML_OPTIONS).end(html);
      return handler.root;
    };
  } catch {
    const { parseDocument } = requireLazy('htmlparser2') as typeof Htmlparser2;
    return (html: string): Document => parseDocument(html, HTML_OPTIONS);
  }
})();

/** The YAML engine the front matter was always read with: the core schema, so dates stay strings (read in the configured zone). */
const yamlEngine = (s: string): object => (requireLazy('yaml') as typeof import('yaml')).parse(s, { schema: 'core', uniqueKeys: false }) as object;

/**
 * gray-matter's split and parse for the simple front matter of nearly every article: the block up to the first
 * `\n---`, empty (or comment-only) blocks read as {}, the body after the closing line without one line break;
 * undefined when the block needs the real YAML parser.
 */
function simpleMatter(trimmed: string): { data: Record<string, unknown>; content: string } | undefined {
  const str = trimmed.slice(3);
  const close = str.indexOf('\n---');
  if (close < 0) return undefined;
  const block = str.slice(0, close);
  let content = str.slice(close + 4);
  if (content[0] === '\r') content = content.slice(1);
  if (content[0] === '\n') content = content.slice(1);
  if (block.replace(/^\s*#[^\n]+/gm, '').trim() === '') return { data: {}, content };
  const data = parseSimpleYaml(block);
  return data === undefined ? undefined : { data, content };
}

/** Splits front matter from the body, tolerating a BOM and leading blank lines, without gray-matter's silent misses. */
function splitFrontMatter(text: string, file: string): { data: Record<string, unknown>; body: string; found: boolean; diagnostics: DiagnosticT[] } {
  const diagnostics: DiagnosticT[] = [];
  const trimmed = text.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*\r?\n)+/, '');
  const m = FRONT_MATTER.exec(trimmed);
  if (m === null) {
    if (/^---[ \t]*\r?\n/.test(trimmed)) {
      diagnostics.push({ code: 'front-matter-unterminated', severity: 'warning', stage: 'extract', message: 'front matter starts with --- but has no closing --- line; the whole file is read as body', file });
    }
    return { data: {}, body: trimmed, found: false, diagnostics };
  }
  const body = trimmed.slice(m[0].length);
  const simple = simpleMatter(trimmed);
  if (simple !== undefined) return { data: simple.data, body: simple.content, found: true, diagnostics };
  try {
    // Anything else goes through gray-matter and `yaml` as it always did (loaded only when an article needs them).
    const matter = requireLazy('gray-matter') as typeof import('gray-matter');
    const parsed = matter(trimmed, { engines: { yaml: yamlEngine } });
    const data: unknown = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      diagnostics.push({ code: 'front-matter-invalid', severity: 'warning', stage: 'extract', message: 'front matter is not a mapping of fields', file });
      return { data: {}, body, found: true, diagnostics };
    }
    return { data: data as Record<string, unknown>, body: parsed.content, found: true, diagnostics };
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    diagnostics.push({ code: 'front-matter-invalid', severity: 'warning', stage: 'extract', message: `front matter is not valid YAML: ${reason}`, file });
    return { data: {}, body, found: true, diagnostics };
  }
}

function buildMeta(data: Record<string, unknown>, zone: string, file: string, diagnostics: DiagnosticT[]): MetaT {
  const other: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (!['title', 'date', 'categories', 'category', 'author', 'link', 'url'].includes(k)) other[k] = v instanceof Date ? v.toISOString() : v;
  }
  const rawDate = data['date'];
  let date: string | null = null;
  if (rawDate !== undefined && rawDate !== null && rawDate !== '') {
    date = parseDate(rawDate, zone);
    if (date === null) {
      diagnostics.push({ code: 'date-unparsable', severity: 'warning', stage: 'extract', message: `date ${JSON.stringify(String(rawDate))} is not RFC 1123, ISO 8601 or YYYY-MM-DD HH:mm[:ss]`, file });
    }
  }
  return {
    title: asText(data['title']),
    date,
    categories: asList(data['categories'] ?? data['category']),
    author: asText(data['author']),
    link: asText(data['link'] ?? data['url']),
    other,
  };
}

/** The first element in document order (css-select's order) that passes `test`; iterative, as pages can nest deeply. */
function firstElement(root: Document, test: (el: Element) => boolean): Element | undefined {
  const stack: AnyNode[][] = [root.children];
  const index: number[] = [0];
  while (stack.length > 0) {
    const nodes = stack[stack.length - 1] as AnyNode[];
    const i = index[index.length - 1] as number;
    if (i >= nodes.length) {
      stack.pop();
      index.pop();
      continue;
    }
    index[index.length - 1] = i + 1;
    const node = nodes[i] as AnyNode;
    if ((node.type === 'tag' || node.type === 'script' || node.type === 'style') && test(node)) return node;
    if ('children' in node && node.children.length > 0) {
      stack.push(node.children);
      index.push(0);
    }
  }
  return undefined;
}

/** The text of a node and its descendants (domutils' textContent, which cheerio's text() uses). */
function textContent(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (node.type === 'comment' || !('children' in node)) return '';
  let s = '';
  for (const child of node.children) s += textContent(child);
  return s;
}

/** Reads an HTML page's head into front-matter-like fields (the lookups cheerio's selectors made, done directly). */
function htmlHeadFields(root: Document): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const metaContent = (...names: string[]): string | undefined => {
    for (const n of names) {
      // meta[name="n"], meta[property="n"]: attribute values compare case-sensitively.
      const el = firstElement(root, (e) => e.name === 'meta' && (e.attribs['name'] === n || e.attribs['property'] === n));
      const v = el === undefined ? undefined : attr(el, 'content');
      if (v !== undefined && v.trim() !== '') return v.trim();
    }
    return undefined;
  };
  const titleEl = firstElement(root, (e) => e.name === 'title');
  const title = metaContent('og:title') ?? ((titleEl === undefined ? '' : textContent(titleEl)).trim() || undefined);
  if (title !== undefined) fields['title'] = title;
  const date = metaContent('article:published_time', 'pubdate', 'publishdate', 'date', 'dc.date');
  if (date !== undefined) fields['date'] = date;
  const author = metaContent('author', 'article:author');
  if (author !== undefined) fields['author'] = author;
  // link[rel="canonical"]: in HTML, rel is one of the attributes whose value compares case-insensitively.
  const canonical = firstElement(root, (e) => e.name === 'link' && e.attribs['rel']?.length === 9 && e.attribs['rel'].toLowerCase() === 'canonical');
  const link = (canonical === undefined ? undefined : attr(canonical, 'href')) ?? metaContent('og:url');
  if (link !== undefined) fields['link'] = link;
  const keywords = metaContent('keywords');
  if (keywords !== undefined) fields['categories'] = keywords;
  return fields;
}

/** The extract stage: front matter into `meta`, the HTML or Markdown body into ordered blocks. */
export const extractStage = defineStage({
  name: 'extract',
  options: ExtractOptions,
  requires: [],
  create(options) {
    if (!IANAZone.isValidZone(options.timezone)) {
      throw new Error(`pipeline option extract.timezone: unknown time zone ${JSON.stringify(options.timezone)}`);
    }
    return {
      name: 'extract',
      run(doc: Doc): Doc {
        const diagnostics: DiagnosticT[] = [];
        const fm = splitFrontMatter(doc.raw, doc.file);
        diagnostics.push(...fm.diagnostics);
        if (!fm.found && doc.source.format === 'markdown' && fm.diagnostics.length === 0) {
          diagnostics.push({ code: 'no-front-matter', severity: 'warning', stage: 'extract', message: 'no YAML front matter: title, date and other metadata are empty', file: doc.file });
        }
        const html = looksLikeHtml(fm.body) ? fm.body : (marked.parse(fm.body, { async: false }) as string);
        // htmlparser2 directly, without cheerio's selector engine and wrappers (and its hundred modules at start-up).
        const root = parseHtml(html);
        let data = fm.data;
        if (doc.source.format === 'html') data = { ...htmlHeadFields(root), ...data };
        const meta = buildMeta(data, options.timezone, doc.file, diagnostics);
        const article = firstElement(root, (e) => e.name === 'article');
        const roots: AnyNode[] = article !== undefined ? [article] : [root];
        const collector = new BlockCollector(options.maxDepth);
        collector.walk(roots, 0);
        collector.flush();
        if (collector.depthExceeded) {
          diagnostics.push({ code: 'html-too-deep', severity: 'warning', stage: 'extract', message: `HTML nested deeper than ${options.maxDepth} elements; the deeper content was skipped`, file: doc.file });
        }
        const blocks: BlockT[] = [];
        if (meta.title !== null) blocks.push({ kind: 'title', text: meta.title });
        blocks.push(...collector.blocks);
        if (!blocks.some((b) => b.kind !== 'title' && b.kind !== 'image' && b.text.trim() !== '')) {
          diagnostics.push({ code: 'empty-body', severity: 'warning', stage: 'extract', message: 'the article has no body text', file: doc.file });
        }
        return { ...doc, meta, blocks, diagnostics: [...doc.diagnostics, ...diagnostics] };
      },
    };
  },
});
