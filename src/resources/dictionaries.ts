import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type YAMLType from 'yaml';
import { pruneCacheFamily, writeAtomic } from '../io/atomic.js';
import type { z } from 'zod';
import { DictFile } from '../schema/dictionary.js';
import type { DictEntryT } from '../schema/dictionary.js';
import type { DiagnosticT } from '../schema/document.js';
import { needsNormalizing, normalizeText } from '../stages/normalize.js';
import { FormTrie } from '../core/form-trie.js';

/** The folder of built-in dictionaries shipped with the package. */
export const BUILTIN_DICT_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

/** A configuration error: a bad pipeline file, dictionary or option; the CLI exits with code 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** A dictionary entry as loaded: its type resolved and where it came from. */
export interface Entity extends DictEntryT {
  type: string;
  file: string;
  layer: 'builtin' | 'user';
}

/** How a surface form names an entity (`titled`: a person's form that counts only after the person's titles). */
export type FormKind = 'name' | 'alias' | 'en' | 'titled';

/** One claim of a surface form by an entity. */
export interface FormClaim {
  entity: string;
  kind: FormKind;
  layer: 'builtin' | 'user';
  priority: number;
  order: number;
}

/** A surface form claimed by more than one entity, with the winner chosen by the documented rule. */
export interface FormClash {
  form: string;
  winner: string;
  claims: FormClaim[];
}

/** Every dictionary in effect, indexed for matching; built once per process. */
export interface DictionarySet {
  entities: Map<string, Entity>;
  /** Matching-form surface → winning claim. */
  forms: Map<string, FormClaim>;
  clashes: FormClash[];
  /** Single-character country abbreviation → candidate country ids, in load order. */
  abbreviations: Map<string, string[]>;
  /** Trie over all matching forms; payload indexes `formList`. */
  trie: FormTrie;
  formList: Array<{ form: string; claim: FormClaim }>;
  files: string[];
  /** Matching forms that name no entity, with the highest layer that excludes each (see DictFile.exclude). */
  excluded: Map<string, 'builtin' | 'user'>;
  hash: string;
  diagnostics: DiagnosticT[];
}

/** Lists the dictionary files of a file or folder path (folders: every .yaml/.yml inside, recursively, sorted). */
export function dictionaryFiles(path: string): string[] {
  const abs = resolve(path);
  let st;
  try {
    st = statSync(abs);
  } catch {
    throw new ConfigError(`dictionary path ${path}: no such file or folder`);
  }
  if (st.isFile()) return [abs];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (['.yaml', '.yml'].includes(extname(name)) && !name.startsWith('.')) out.push(p);
    }
  };
  walk(abs);
  return out;
}

function describeIssue(file: string, data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path;
  let where = '';
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const entries = (data as { entries?: unknown[] }).entries;
    const entry = entries?.[path[1]] as { id?: unknown } | undefined;
    const id = typeof entry?.id === 'string' ? ` (id ${entry.id})` : '';
    const field = path.slice(2).join('.');
    where = `entry ${path[1]}${id}${field === '' ? '' : `, field ${field}`}`;
  } else {
    where = path.length === 0 ? 'top level' : `field ${path.join('.')}`;
  }
  return `${file}: ${where}: ${issue.message}`;
}

let schemaKey: string | null | undefined;

/**
 * What a validated dictionary depends on besides its text: the dictionary schema's source and the versions of
 * yaml and zod; null (no caching) when the schema source cannot be read.
 */
function dictionarySchemaKey(): string | null {
  if (schemaKey !== undefined) return schemaKey;
  try {
    const require = createRequire(import.meta.url);
    const here = fileURLToPath(import.meta.url);
    const schema = readFileSync(join(dirname(here), '..', 'schema', `dictionary${extname(here)}`));
    const versions = ['yaml', 'zod'].map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`).join(' ');
    schemaKey = createHash('sha256').update(schema).update(versions).digest('hex');
  } catch {
    schemaKey = null;
  }
  return schemaKey;
}

/**
 * Where the validated form of a dictionary text is cached (JSON in the OS temporary folder, keyed by the text and
 * the schema): parsing the built-in YAML takes 0.2–0.5 s at every start, reading the JSON a few milliseconds.
 */
function dictionaryCachePath(text: string): string | null {
  const key = dictionarySchemaKey();
  if (key === null) return null;
  return join(tmpdir(), `guanxi-dict-${createHash('sha256').update(key).update('\0').update(text).digest('hex').slice(0, 32)}.json`);
}

/** Reads and validates one dictionary file; throws a ConfigError naming the file, entry and field. */
export function readDictionaryFile(file: string): z.infer<typeof DictFile> {
  let text: string;
  let data: unknown;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  const cachePath = dictionaryCachePath(text);
  if (cachePath !== null) {
    try {
      const cached = JSON.parse(readFileSync(cachePath, 'utf8')) as z.infer<typeof DictFile>;
      if (Array.isArray(cached.entries)) return cached;
    } catch {
      // Not cached yet (or unreadable): parse the YAML.
    }
  }
  try {
    // yaml is loaded only when a dictionary is not cached yet.
    data = (createRequire(import.meta.url)('yaml') as typeof YAMLType).parse(text, { schema: 'core' });
  } catch (err) {
    throw new ConfigError(`${file}: not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  const parsed = DictFile.safeParse(data);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.slice(0, 5).map((i) => describeIssue(file, data, i)).join('\n'));
  }
  if (cachePath !== null) {
    try {
      // Written atomically, so runs and workers starting together never read half a file.
      writeAtomic(cachePath, JSON.stringify(parsed.data));
      // One file per dictionary file and content: the built-in files, a user's own, and their recent versions.
      pruneCacheFamily(tmpdir(), 'guanxi-dict-', 64);
    } catch {
      // A read-only temporary folder only costs the next start its parse.
    }
  }
  return parsed.data;
}

/** Turns a dictionary surface form into its matching form (the same folding the text gets). */
export function matchingForm(form: string): string {
  // Most forms are already in matching form; only the others pay for building one (with its offset map).
  return needsNormalizing(form) ? normalizeText(form).text : form;
}

const KIND_RANK: Record<FormKind, number> = { name: 2, alias: 1, en: 1, titled: 0 };

/** The documented clash rule: user over built-in, then higher priority, then canonical name over alias, then load order. */
export function compareClaims(a: FormClaim, b: FormClaim): number {
  if (a.layer !== b.layer) return a.layer === 'user' ? -1 : 1;
  if (a.priority !== b.priority) return b.priority - a.priority;
  if (KIND_RANK[a.kind] !== KIND_RANK[b.kind]) return KIND_RANK[b.kind] - KIND_RANK[a.kind];
  return a.order - b.order;
}

/** Loads the built-in dictionaries and the user's layers over them, validates and indexes them. */
export function loadDictionaries(opts: { builtin?: string | false; user?: string[] } = {}): DictionarySet {
  const builtinFiles = opts.builtin === false ? [] : dictionaryFiles(opts.builtin ?? BUILTIN_DICT_DIR);
  const userFiles = (opts.user ?? []).flatMap((p) => dictionaryFiles(p));
  const diagnostics: DiagnosticT[] = [];
  const entities = new Map<string, Entity>();
  const excluded = new Map<string, 'builtin' | 'user'>();
  const layers: Array<[string[], 'builtin' | 'user']> = [
    [builtinFiles, 'builtin'],
    [userFiles, 'user'],
  ];
  for (const [files, layer] of layers) {
    const seenInLayer = new Map<string, string>();
    for (const file of files) {
      const parsed = readDictionaryFile(file);
      for (const raw of parsed.exclude ?? []) {
        const form = matchingForm(raw);
        // User layers come after the built-in one, so the highest layer is the last set.
        if (form !== '') excluded.set(form, layer);
      }
      parsed.entries.forEach((entry, i) => {
        const type = entry.type ?? parsed.type;
        if (type === undefined) throw new ConfigError(`${file}: entry ${i} (id ${entry.id}), field type: missing, and the file sets no default type`);
        const previousFile = seenInLayer.get(entry.id);
        if (previousFile !== undefined) throw new ConfigError(`${file}: entry ${i} (id ${entry.id}), field id: duplicate id, already defined in ${previousFile}`);
        seenInLayer.set(entry.id, file);
        const existing = entities.get(entry.id);
        if (existing !== undefined) {
          diagnostics.push({ code: 'dict-override', severity: 'info', stage: 'dictionaries', message: `${entry.id} from ${file} overrides the built-in entry from ${basename(existing.file)}`, file });
        }
        entities.set(entry.id, { ...entry, type, file, layer });
      });
    }
  }
  return indexDictionaries(entities, [...builtinFiles, ...userFiles], diagnostics, excluded);
}

/** Indexes loaded entities: form claims, clashes, abbreviations, the trie and a content hash. */
export function indexDictionaries(entities: Map<string, Entity>, files: string[], diagnostics: DiagnosticT[] = [], excluded: Map<string, 'builtin' | 'user'> = new Map()): DictionarySet {
  const claims = new Map<string, FormClaim[]>();
  const abbreviations = new Map<string, string[]>();
  let order = 0;
  // One function for every entity's forms (not a closure per entity: this runs at every start, in every worker).
  const push = (e: Entity, raw: string, kind: FormKind): void => {
    const form = matchingForm(raw);
    if (form === '') return;
    const list = claims.get(form) ?? [];
    if (!list.some((c) => c.entity === e.id)) list.push({ entity: e.id, kind, layer: e.layer, priority: e.priority, order: order++ });
    claims.set(form, list);
  };
  for (const e of entities.values()) {
    push(e, e.name, 'name');
    for (const a of e.aliases) push(e, a, 'alias');
    for (const a of e.en) push(e, a, 'en');
    for (const a of e.titled) push(e, a, 'titled');
    for (const ch of e.abbr) {
      const list = abbreviations.get(ch) ?? [];
      if (!list.includes(e.id)) list.push(e.id);
      abbreviations.set(ch, list);
    }
  }
  const forms = new Map<string, FormClaim>();
  const clashes: FormClash[] = [];
  const trie = new FormTrie();
  const formList: Array<{ form: string; claim: FormClaim }> = [];
  for (const [form, list] of claims) {
    const sorted = [...list].sort(compareClaims);
    const winner = sorted[0];
    if (winner === undefined) continue;
    forms.set(form, winner);
    trie.add(form, formList.length);
    formList.push({ form, claim: winner });
    if (sorted.length > 1) {
      clashes.push({ form, winner: winner.entity, claims: sorted });
      const involvesUser = sorted.some((c) => c.layer === 'user');
      diagnostics.push({
        code: 'dict-form-clash',
        severity: involvesUser ? 'warning' : 'info',
        stage: 'dictionaries',
        message: `form ${JSON.stringify(form)} is claimed by ${sorted.map((c) => c.entity).join(', ')}; ${winner.entity} wins`,
        file: entities.get(winner.entity)?.file ?? '',
      });
    }
  }
  const hash = createHash('sha256');
  for (const id of [...entities.keys()].sort()) {
    const { file: _file, ...rest } = entities.get(id) as Entity;
    hash.update(JSON.stringify(rest));
    hash.update('\n');
  }
  // Exclusions change what is reported, so they are part of the hash (and of the run cache's key).
  for (const [form, layer] of [...excluded].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) hash.update(`exclude\t${layer}\t${form}\n`);
  return { entities, forms, clashes, abbreviations, trie, formList, files, excluded, hash: hash.digest('hex').slice(0, 16), diagnostics };
}
