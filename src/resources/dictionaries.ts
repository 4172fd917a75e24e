import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type YAMLType from 'yaml';
import type { StartupCache } from './startup-cache.js';
import type { z } from 'zod';
import { DictFile } from '../schema/dictionary.js';
import type { DictionarySet, Entity, FormClaim, FormClash, FormKind } from '../schema/dictionary.js';
import type { DiagnosticT } from '../schema/document.js';
import { needsNormalizing, normalizeText } from '../core/text.js';
import { FormTrie } from '../core/form-trie.js';
import { ConfigError } from '../core/errors.js';
import { ascending } from 'd3-array';

/** The folder of built-in dictionaries shipped with the package. */
export const BUILTIN_DICT_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

/** Lists the dictionary files of a file or folder path (folders: every .yaml/.yml inside, recursively, sorted). */
export function dictionaryFiles(path: string): string[] {
  const abs = resolve(path);
  let st: ReturnType<typeof statSync>;
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

/** The versions of the libraries that shape a validated dictionary (with the code hash, the start-up cache key). */
function parserVersions(): string {
  const require = createRequire(import.meta.url);
  return ['yaml', 'zod'].map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`).join(' ');
}

/** Reads and validates one dictionary file; throws a ConfigError naming the file, entry and field. */
export function readDictionaryFile(file: string, cache: StartupCache | null = null): z.infer<typeof DictFile> {
  let text: string;
  let data: unknown;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `${file}: not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    );
  }
  // The validated form of a dictionary text, from the start-up cache: parsing the built-in YAML takes 0.2–0.5 s.
  const key = cache === null ? '' : `${parserVersions()}\0${text}`;
  const cached = cache?.read('dictionary', key) ?? null;
  if (cached !== null) {
    try {
      const data = JSON.parse(cached.toString('utf8')) as z.infer<typeof DictFile>;
      if (Array.isArray(data.entries)) return data;
    } catch {
      // A damaged entry: parse the YAML and write it again.
    }
  }
  try {
    // yaml is loaded only when a dictionary is not cached yet.
    data = (createRequire(import.meta.url)('yaml') as typeof YAMLType).parse(text, { schema: 'core' });
  } catch (err) {
    throw new ConfigError(
      `${file}: not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    );
  }
  const parsed = DictFile.safeParse(data);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues
        .slice(0, 5)
        .map((i) => describeIssue(file, data, i))
        .join('\n'),
    );
  }
  cache?.write('dictionary', key, JSON.stringify(parsed.data));
  return parsed.data;
}

/** The topmost place above a place through its `parent`s (陕西 of 延安), or the place itself: a province of China. */
export function topPlace(dicts: DictionarySet, e: Entity): Entity {
  let top = e;
  for (let up = dicts.entities.get(top.parent ?? ''); up?.type === 'place'; up = dicts.entities.get(up.parent ?? ''))
    top = up;
  return top;
}

/** Whether place `inner` lies within place `outer` through its `parent`s (积石山县 within 临夏州 and 甘肃). */
export function liesWithin(dicts: DictionarySet, inner: string, outer: string): boolean {
  for (let up = dicts.entities.get(inner)?.parent; up !== undefined; up = dicts.entities.get(up)?.parent)
    if (up === outer) return true;
  return false;
}

/** Turns a dictionary surface form into its matching form (the same folding the text gets). */
export function matchingForm(form: string): string {
  // Most forms are already in matching form; only the others pay for building one (with its offset map).
  return needsNormalizing(form) ? normalizeText(form).text : form;
}

/** A name made of two numerals (八五, 九五: the Five-Year Plans of the 1990s). */
const NUMERAL_NAME = /^[一二三四五六七八九十]{2}$/;

/**
 * Whether a form names its entity only between quotes (“九五”期间, 『九五』计划): an initiative's two-numeral name, which
 * elsewhere is part of a number (一九九五年, 八五折, 九五级). The quotes cut it from the words around, so it is no user
 * word of the segmenter, nor a hint to the recognizer: either would cut numbers (北大荒八五六农场 as 八五 + 六农场).
 */
export function quotedOnlyForm(form: string, type: string): boolean {
  return type === 'initiative' && NUMERAL_NAME.test(form);
}

const KIND_RANK: Record<FormKind, number> = { name: 2, alias: 1, en: 1, titled: 0, qualified: 0 };

/** The documented clash rule: user over built-in, then higher priority, then canonical name over alias, then load order. */
export function compareClaims(a: FormClaim, b: FormClaim): number {
  if (a.layer !== b.layer) return a.layer === 'user' ? -1 : 1;
  if (a.priority !== b.priority) return b.priority - a.priority;
  if (KIND_RANK[a.kind] !== KIND_RANK[b.kind]) return KIND_RANK[b.kind] - KIND_RANK[a.kind];
  return a.order - b.order;
}

/** Where an entry names its successor, kept until every layer is loaded (a user entry may succeed a built-in one). */
interface SuccessorRef {
  file: string;
  index: number;
  id: string;
  successor: string;
}

/** Throws a ConfigError naming the file and entry of the first successor that is no loaded entry, or the entry itself. */
function checkSuccessors(refs: SuccessorRef[], entities: ReadonlyMap<string, Entity>): void {
  for (const r of refs) {
    const where = `${r.file}: entry ${r.index} (id ${r.id}), field successor`;
    if (r.successor === r.id) throw new ConfigError(`${where}: an entry cannot be its own successor`);
    if (!entities.has(r.successor)) throw new ConfigError(`${where}: no entry has id ${r.successor}`);
  }
}

/** Loads the built-in dictionaries and the user's layers over them, validates and indexes them. */
export function loadDictionaries(
  opts: { builtin?: string | false; user?: string[]; cache?: StartupCache | null } = {},
): DictionarySet {
  const builtinFiles = opts.builtin === false ? [] : dictionaryFiles(opts.builtin ?? BUILTIN_DICT_DIR);
  const userFiles = (opts.user ?? []).flatMap((p) => dictionaryFiles(p));
  const diagnostics: DiagnosticT[] = [];
  const entities = new Map<string, Entity>();
  const excluded = new Map<string, 'builtin' | 'user'>();
  const successors: SuccessorRef[] = [];
  const layers: Array<[string[], 'builtin' | 'user']> = [
    [builtinFiles, 'builtin'],
    [userFiles, 'user'],
  ];
  for (const [files, layer] of layers) {
    const seenInLayer = new Map<string, string>();
    for (const file of files) {
      const parsed = readDictionaryFile(file, opts.cache ?? null);
      for (const raw of parsed.exclude ?? []) {
        const form = matchingForm(raw);
        // User layers come after the built-in one, so the highest layer is the last set.
        if (form !== '') excluded.set(form, layer);
      }
      parsed.entries.forEach((entry, i) => {
        const type = entry.type ?? parsed.type;
        if (type === undefined)
          throw new ConfigError(
            `${file}: entry ${i} (id ${entry.id}), field type: missing, and the file sets no default type`,
          );
        // The id's prefix is its type, so that a report or table can tell an entity's type from its id alone.
        const prefix = entry.id.slice(0, entry.id.indexOf(':'));
        if (prefix !== type)
          throw new ConfigError(
            `${file}: entry ${i} (id ${entry.id}), field id: starts with ${prefix}: but the entry's type is ${type} (an id is <type>:<key>, e.g. ${type}:${entry.id.slice(prefix.length + 1)})`,
          );
        const previousFile = seenInLayer.get(entry.id);
        if (previousFile !== undefined)
          throw new ConfigError(
            `${file}: entry ${i} (id ${entry.id}), field id: duplicate id, already defined in ${previousFile}`,
          );
        seenInLayer.set(entry.id, file);
        const existing = entities.get(entry.id);
        if (existing !== undefined) {
          diagnostics.push({
            code: 'dict-override',
            severity: 'info',
            stage: 'dictionaries',
            message: `${entry.id} from ${file} overrides the built-in entry from ${basename(existing.file)}`,
            file,
          });
        }
        entities.set(entry.id, { ...entry, type, file, layer });
        if (entry.successor !== undefined)
          successors.push({ file, index: i, id: entry.id, successor: entry.successor });
      });
    }
  }
  checkSuccessors(successors, entities);
  return indexDictionaries(entities, [...builtinFiles, ...userFiles], diagnostics, excluded);
}

/** A form with “” quotes, and the same form with 『』 and with 「」. */
function quoteVariants(form: string): string[] {
  const other = (open: string, close: string): string => form.replaceAll('“', open).replaceAll('”', close);
  return [form, other('『', '』'), other('「', '」')];
}

/** A dash joining two names inside a form (中国—中亚机制, 中国—东盟博览会). */
const JOINING_DASH = /(?<=\p{Script=Han})[—–](?=\p{Script=Han})/gu;

/**
 * The forms a form is matched as: with the other quotes (see quoteVariants), and with a hyphen or a doubled dash for
 * a dash joining two names, as the press writes them too (中国－中亚机制, which the text's folding makes 中国-中亚机制: 22
 * mentions over 新闻联播 had been 中国 + 中亚; 昆明——蒙特利尔全球生物多样性框架).
 */
function formVariants(form: string): string[] {
  const forms = form.includes('“') ? quoteVariants(form) : [form];
  // replace, not test: a global pattern's test would carry its lastIndex from one form to the next.
  const hyphened = (f: string): string => f.replace(JOINING_DASH, '-');
  const doubled = (f: string): string => f.replace(JOINING_DASH, '——');
  return hyphened(form) === form ? forms : forms.flatMap((f) => [f, hyphened(f), doubled(f)]);
}

/** Indexes loaded entities: form claims, clashes, abbreviations, the trie and a content hash. */
export function indexDictionaries(
  entities: Map<string, Entity>,
  files: string[],
  diagnostics: DiagnosticT[] = [],
  excluded: Map<string, 'builtin' | 'user'> = new Map(),
): DictionarySet {
  const claims = new Map<string, FormClaim[]>();
  const abbreviations = new Map<string, string[]>();
  const placeAbbreviations = new Map<string, string[]>();
  // The first entry in load order keeps a form the recognizer links (a user file loads after the built-in ones).
  const recognized = new Map<string, string>();
  let order = 0;
  // One function for every entity's forms (not a closure per entity: this runs at every start, in every worker).
  const push = (e: Entity, raw: string, kind: FormKind): void => {
    const form = matchingForm(raw);
    if (form === '') return;
    // A form with quotes in it (空军“八一”飞行表演队, “十四五”规划) is matched with the other quotes too: People's Daily
    // writes 『』 inside a title where its body writes “”, and Hong Kong and Taiwan texts write 「」; and one with a
    // dash between names, with a hyphen (see formVariants).
    for (const variant of formVariants(form)) {
      const list = claims.get(variant) ?? [];
      if (!list.some((c) => c.entity === e.id))
        list.push({ entity: e.id, kind, layer: e.layer, priority: e.priority, order: order++ });
      claims.set(variant, list);
    }
  };
  for (const e of entities.values()) {
    push(e, e.name, 'name');
    for (const a of e.aliases) push(e, a, 'alias');
    for (const a of e.en) push(e, a, 'en');
    for (const a of e.titled) push(e, a, 'titled');
    for (const a of e.qualified) push(e, a, 'qualified');
    for (const a of e.recognized) {
      const form = matchingForm(a);
      if (form !== '' && !recognized.has(form)) recognized.set(form, e.id);
    }
    // A place's abbreviation (京, 港) is place shorthand, kept apart from the countries' diplomatic shorthand.
    const table = e.type === 'place' ? placeAbbreviations : abbreviations;
    for (const ch of e.abbr) {
      const list = table.get(ch) ?? [];
      if (!list.includes(e.id)) list.push(e.id);
      table.set(ch, list);
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
  for (const [form, layer] of [...excluded].sort((a, b) => ascending(a[0], b[0])))
    hash.update(`exclude\t${layer}\t${form}\n`);
  return {
    entities,
    forms,
    clashes,
    abbreviations,
    placeAbbreviations,
    recognized,
    trie,
    formList,
    files,
    excluded,
    hash: hash.digest('hex').slice(0, 16),
    diagnostics,
  };
}
