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
import { parseRfc1123, simpleMatter } from '../core/fast-front-matter.js';
import { SENTENCE_END, findDateline } from '../nlp/rules/dateline.js';

/** Options of the extract stage. */
export const ExtractOptions = z
  .object({
    timezone: z.string().default('Asia/Shanghai'),
    maxDepth: z.number().int().positive().default(200),
  })
  .strict();

const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'head',
  'object',
  'embed',
  'canvas',
  'button',
  'select',
  'textarea',
  'form',
  'nav',
]);
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
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'body',
  'html',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'figure',
  'header',
  'footer',
  'aside',
  'center',
  'details',
  'summary',
  'address',
  'hgroup',
]);
/** Image credit lines (本文图自外交部网站, 图片来源：新华社, 摄影：…); they describe a picture, they are not body text. */
const CREDIT =
  /^(?:[（(]?\s*)?(?:本文)?(?:图|图片|照片|配图|题图|视频)(?:\s*[自源]|\s*来[自源]|\s*源自|\s*[:：/]|\s*据|\s*由)|^(?:摄影|摄像|供图|图源|来源)\s*[:：]|(?:供图|摄)[)）]?$/;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A missing value a scraper wrote out as the text (undefined, null, NaN): no body (4 新闻联播 items are "undefined"). */
const PLACEHOLDER = /^\s*(?:undefined|null|NaN|None)\s*$/;

/** Parses a front-matter or meta date in the formats the press and RSS tools write; null when unparsable. */
export function parseDate(value: unknown, zone: string): string | null {
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? null
      : DateTime.fromJSDate(value).toUTC().toISO({ suppressMilliseconds: true });
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value).trim();
  if (s === '') return null;
  // Luxon tries each format in turn: the common one is read directly (see core/fast-front-matter.ts).
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
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html|body|div|p|article|section|main|h[1-6]|ul|ol|table|figure|img|span|blockquote|center|header)\b/i.test(
    body,
  );
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
    const { Parser } = requireLazy(
      join(dirname(requireLazy.resolve('htmlparser2')), 'Parser.js'),
    ) as typeof Htmlparser2;
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
const yamlEngine = (s: string): object =>
  (requireLazy('yaml') as typeof import('yaml')).parse(s, { schema: 'core', uniqueKeys: false }) as object;

/** Splits front matter from the body, tolerating a BOM and leading blank lines, without gray-matter's silent misses. */
function splitFrontMatter(
  text: string,
  file: string,
): { data: Record<string, unknown>; body: string; found: boolean; diagnostics: DiagnosticT[] } {
  const diagnostics: DiagnosticT[] = [];
  const trimmed = text.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*\r?\n)+/, '');
  const m = FRONT_MATTER.exec(trimmed);
  if (m === null) {
    if (/^---[ \t]*\r?\n/.test(trimmed)) {
      diagnostics.push({
        code: 'front-matter-unterminated',
        severity: 'warning',
        stage: 'extract',
        message: 'front matter starts with --- but has no closing --- line; the whole file is read as body',
        file,
      });
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
      diagnostics.push({
        code: 'front-matter-invalid',
        severity: 'warning',
        stage: 'extract',
        message: 'front matter is not a mapping of fields',
        file,
      });
      return { data: {}, body, found: true, diagnostics };
    }
    return { data: data as Record<string, unknown>, body: parsed.content, found: true, diagnostics };
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    diagnostics.push({
      code: 'front-matter-invalid',
      severity: 'warning',
      stage: 'extract',
      message: `front matter is not valid YAML: ${reason}`,
      file,
    });
    return { data: {}, body, found: true, diagnostics };
  }
}

function buildMeta(data: Record<string, unknown>, zone: string, file: string, diagnostics: DiagnosticT[]): MetaT {
  const other: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (!['title', 'date', 'categories', 'category', 'author', 'link', 'url'].includes(k))
      other[k] = v instanceof Date ? v.toISOString() : v;
  }
  const rawDate = data.date;
  let date: string | null = null;
  if (rawDate !== undefined && rawDate !== null && rawDate !== '') {
    date = parseDate(rawDate, zone);
    if (date === null) {
      diagnostics.push({
        code: 'date-unparsable',
        severity: 'warning',
        stage: 'extract',
        message: `date ${JSON.stringify(String(rawDate))} is not RFC 1123, ISO 8601 or YYYY-MM-DD HH:mm[:ss]`,
        file,
      });
    }
  }
  return {
    title: asText(data.title),
    date,
    categories: asList(data.categories ?? data.category),
    author: asText(data.author),
    link: asText(data.link ?? data.url),
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
      const el = firstElement(root, (e) => e.name === 'meta' && (e.attribs.name === n || e.attribs.property === n));
      const v = el === undefined ? undefined : attr(el, 'content');
      if (v !== undefined && v.trim() !== '') return v.trim();
    }
    return undefined;
  };
  const titleEl = firstElement(root, (e) => e.name === 'title');
  const title = metaContent('og:title') ?? ((titleEl === undefined ? '' : textContent(titleEl)).trim() || undefined);
  if (title !== undefined) fields.title = title;
  const date = metaContent('article:published_time', 'pubdate', 'publishdate', 'date', 'dc.date');
  if (date !== undefined) fields.date = date;
  const author = metaContent('author', 'article:author');
  if (author !== undefined) fields.author = author;
  // link[rel="canonical"]: in HTML, rel is one of the attributes whose value compares case-insensitively.
  const canonical = firstElement(
    root,
    (e) => e.name === 'link' && e.attribs.rel?.length === 9 && e.attribs.rel.toLowerCase() === 'canonical',
  );
  const link = (canonical === undefined ? undefined : attr(canonical, 'href')) ?? metaContent('og:url');
  if (link !== undefined) fields.link = link;
  const keywords = metaContent('keywords');
  if (keywords !== undefined) fields.categories = keywords;
  return fields;
}

/**
 * The block a dateline would open: the first paragraph with a sentence, past a subtitle or a line before it (People's
 * Daily: 用先进典型推动部队全面建设 over 据新华社北京１２月３１日电…), or the title of an item that is its title alone
 * (据新华社北京１月９日电（记者刘云非）中央军委委员…). -1 where there is none.
 */
function datelineBlock(blocks: readonly BlockT[]): number {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as BlockT;
    if (b.kind !== 'paragraph') continue;
    if (SENTENCE_END.test(b.text) || findDateline(b.text) !== null) return i;
  }
  const only = blocks.length === 1 && blocks[0]?.kind === 'title';
  return only ? 0 : -1;
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
          diagnostics.push({
            code: 'no-front-matter',
            severity: 'warning',
            stage: 'extract',
            message: 'no YAML front matter: title, date and other metadata are empty',
            file: doc.file,
          });
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
          diagnostics.push({
            code: 'html-too-deep',
            severity: 'warning',
            stage: 'extract',
            message: `HTML nested deeper than ${options.maxDepth} elements; the deeper content was skipped`,
            file: doc.file,
          });
        }
        const blocks: BlockT[] = [];
        if (meta.title !== null) blocks.push({ kind: 'title', text: meta.title });
        blocks.push(...collector.blocks);
        const body = blocks.filter((b) => b.kind !== 'title' && b.kind !== 'image' && b.text.trim() !== '');
        if (body.length === 0 || body.every((b) => PLACEHOLDER.test(b.text))) {
          diagnostics.push({
            code: 'empty-body',
            severity: 'warning',
            stage: 'extract',
            message:
              body.length === 0
                ? 'the article has no body text'
                : `the article's only body text is "${body[0]?.text.trim()}", a missing value written out by whatever produced the file`,
            file: doc.file,
          });
        }
        const first = datelineBlock(blocks);
        const dateline = first < 0 ? null : findDateline((blocks[first] as BlockT).text);
        if (dateline !== null) {
          meta.dateline = {
            block: first,
            text: (blocks[first] as BlockT).text.slice(0, dateline.end),
            agency: dateline.agency,
            place: dateline.place,
            date: dateline.date,
          };
        }
        return { ...doc, meta, blocks, diagnostics: [...doc.diagnostics, ...diagnostics] };
      },
    };
  },
});
