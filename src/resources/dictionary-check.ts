import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { DictFile } from '../schema/dictionary.js';
import { builtinSegmenter } from './lexicon.js';
import { BUILTIN_DICT_DIR, dictionaryFiles, indexDictionaries, matchingForm, quotedOnlyForm } from './dictionaries.js';
import { ConfigError } from '../core/errors.js';
import { pointInCountry } from './country-bounds.js';
import type { DictFileT, DictionarySet, Entity } from '../schema/dictionary.js';
import { ascending } from 'd3-array';

/** One finding of `guanxi dict check`, with the file, entry and field it concerns. */
export interface DictFinding {
  severity: 'error' | 'warning' | 'info';
  code: string;
  file: string;
  entry?: string;
  field?: string;
  message: string;
}

/** Formats a finding as one line: `severity file: entry id, field f: message [code]`. */
export function formatFinding(f: DictFinding): string {
  const where = [f.entry !== undefined ? `entry ${f.entry}` : '', f.field !== undefined ? `field ${f.field}` : '']
    .filter((x) => x !== '')
    .join(', ');
  return `${f.severity} ${f.file}${where === '' ? '' : `: ${where}`}: ${f.message} [${f.code}]`;
}

/** Entities read from dictionary files, with their exclusions, before indexing. */
interface ReadLayers {
  entities: Map<string, Entity>;
  exclusions: Array<{ form: string; layer: 'builtin' | 'user'; file: string; field: string }>;
}

/** The findings of a file that does not validate against the dictionary schema, one per issue. */
function schemaFindings(
  file: string,
  data: unknown,
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): DictFinding[] {
  const entries = (data as { entries?: Array<{ id?: unknown }> } | null)?.entries;
  return issues.map((issue) => {
    const [top, index, ...rest] = issue.path;
    const id = top === 'entries' && typeof index === 'number' ? entries?.[index]?.id : undefined;
    const f: DictFinding = { severity: 'error', code: 'schema', file, message: issue.message };
    if (top === 'entries' && typeof index === 'number')
      f.entry = `${index}${typeof id === 'string' ? ` (id ${id})` : ''}`;
    const field = top === 'entries' ? rest.join('.') : issue.path.map(String).join('.');
    if (field !== '') f.field = field;
    return f;
  });
}

/** Checks one validated file's entries and exclusions, adding its entities (a duplicate id or a missing type keeps one out). */
function checkFile(
  file: string,
  dict: DictFileT,
  layer: 'builtin' | 'user',
  ids: Map<string, string>,
  read: ReadLayers,
  findings: DictFinding[],
): void {
  dict.exclude.forEach((form, k) => {
    if (form !== form.trim())
      findings.push({
        severity: 'warning',
        code: 'padded-form',
        file,
        field: `exclude.${k}`,
        message: `excluded form ${JSON.stringify(form)} has leading or trailing whitespace`,
      });
    read.exclusions.push({ form: matchingForm(form), layer, file, field: `exclude.${k}` });
  });
  dict.entries.forEach((e, i) => {
    const entry = `${i} (id ${e.id})`;
    const type = e.type ?? dict.type;
    if (type === undefined) {
      findings.push({
        severity: 'error',
        code: 'no-type',
        file,
        entry,
        field: 'type',
        message: 'missing, and the file sets no default type',
      });
      return;
    }
    const prev = ids.get(e.id);
    if (prev !== undefined) {
      findings.push({
        severity: 'error',
        code: 'duplicate-id',
        file,
        entry,
        field: 'id',
        message: `duplicate id, already defined in ${prev}`,
      });
      return;
    }
    ids.set(e.id, file);
    const forms: Array<[string, string]> = [
      ['name', e.name],
      ...e.aliases.map((a, k): [string, string] => [`aliases.${k}`, a]),
      ...e.en.map((a, k): [string, string] => [`en.${k}`, a]),
    ];
    for (const [field, form] of forms) {
      if (form.trim() === '')
        findings.push({ severity: 'error', code: 'empty-form', file, entry, field, message: 'empty form' });
      else if (form !== form.trim())
        findings.push({
          severity: 'warning',
          code: 'padded-form',
          file,
          entry,
          field,
          message: `form ${JSON.stringify(form)} has leading or trailing whitespace`,
        });
    }
    if (e.titled.length > 0 && type !== 'person')
      findings.push({
        severity: 'warning',
        code: 'titled-not-person',
        file,
        entry,
        field: 'titled',
        message: 'forms that need a title are only used for people',
      });
    if (e.qualified.length > 0 && type !== 'place' && type !== 'country' && type !== 'organization')
      findings.push({
        severity: 'warning',
        code: 'qualified-not-place',
        file,
        entry,
        field: 'qualified',
        message:
          'forms that need the containing place before them (places) or the full name in the article (countries, organizations) are only used for places, countries and organizations',
      });
    // Shorthand names countries, and the odd union of them (欧 of 中欧关系 and 欧方 is the EU).
    if (e.abbr.length > 0 && type !== 'country' && type !== 'organization' && type !== 'place')
      findings.push({
        severity: 'warning',
        code: 'abbr-not-country',
        file,
        entry,
        field: 'abbr',
        message: 'abbreviations are only used for countries, unions of countries and places',
      });
    read.entities.set(e.id, { ...e, type, file, layer });
  });
}

/** Reads every file of every layer, turning YAML and schema errors into findings. */
function readLayers(layers: ReadonlyArray<[string[], 'builtin' | 'user']>, findings: DictFinding[]): ReadLayers {
  const read: ReadLayers = { entities: new Map(), exclusions: [] };
  for (const [files, layer] of layers) {
    const ids = new Map<string, string>();
    for (const file of files) {
      let data: unknown;
      try {
        data = YAML.parse(readFileSync(file, 'utf8'), { schema: 'core' });
      } catch (err) {
        findings.push({
          severity: 'error',
          code: 'yaml',
          file,
          message: `not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
        });
        continue;
      }
      const parsed = DictFile.safeParse(data);
      if (parsed.success) checkFile(file, parsed.data, layer, ids, read, findings);
      else findings.push(...schemaFindings(file, data, parsed.error.issues));
    }
  }
  return read;
}

/** Country codes and parents that no entry defines. */
function referenceFindings(entities: ReadonlyMap<string, Entity>): DictFinding[] {
  const findings: DictFinding[] = [];
  const iso = new Set([...entities.values()].map((e) => e.iso2).filter((x): x is string => x !== undefined));
  for (const e of entities.values()) {
    if (e.country !== undefined && !iso.has(e.country))
      findings.push({
        severity: 'error',
        code: 'unknown-country',
        file: e.file,
        entry: e.id,
        field: 'country',
        message: `no dictionary entry has iso2 ${e.country}`,
      });
    for (const [k, code] of e.partners.entries())
      if (!iso.has(code))
        findings.push({
          severity: 'error',
          code: 'unknown-country',
          file: e.file,
          entry: e.id,
          field: `partners.${k}`,
          message: `no dictionary entry has iso2 ${code}`,
        });
    for (const [k, r] of e.roles.entries()) {
      if (r.country !== undefined && !iso.has(r.country))
        findings.push({
          severity: 'error',
          code: 'unknown-country',
          file: e.file,
          entry: e.id,
          field: `roles.${k}.country`,
          message: `no dictionary entry has iso2 ${r.country}`,
        });
    }
    if (e.parent !== undefined && !entities.has(e.parent))
      findings.push({
        severity: 'error',
        code: 'unknown-parent',
        file: e.file,
        entry: e.id,
        field: 'parent',
        message: `no entry has id ${e.parent}`,
      });
    if (e.successor !== undefined && (e.successor === e.id || !entities.has(e.successor)))
      findings.push({
        severity: 'error',
        code: 'unknown-successor',
        file: e.file,
        entry: e.id,
        field: 'successor',
        message: e.successor === e.id ? 'an entry cannot be its own successor' : `no entry has id ${e.successor}`,
      });
  }
  return findings;
}

/**
 * Countries and places without a point, and points that lie outside their country's boxes (the country named by
 * `country`, else a country's own `iso2`): the usual sign of a match to a namesake (Paris, Texas for Paris).
 */
function geoFindings(entities: ReadonlyMap<string, Entity>): DictFinding[] {
  const findings: DictFinding[] = [];
  for (const e of entities.values()) {
    if (e.type !== 'country' && e.type !== 'place') continue;
    if (e.lat === undefined || e.lon === undefined) {
      findings.push({
        severity: 'warning',
        code: 'place-without-coordinates',
        file: e.file,
        entry: e.id,
        field: 'lat',
        message: `a ${e.type} with no lat and lon cannot be put on a map`,
      });
      continue;
    }
    const country = e.country ?? e.iso2;
    // South of 60°S is Antarctica, where no country's bounds apply: a country's station there is not misplaced.
    if (country !== undefined && e.lat > -60 && pointInCountry(e.lat, e.lon, country) === false)
      findings.push({
        severity: 'warning',
        code: 'point-outside-country',
        file: e.file,
        entry: e.id,
        field: 'lat',
        message: `the point ${e.lat}, ${e.lon} lies outside the bounds of ${country}`,
      });
  }
  return findings;
}

/** Forms two entities claim, and excluded forms an entry also claims. */
function claimFindings(
  index: DictionarySet,
  entities: ReadonlyMap<string, Entity>,
  exclusions: ReadLayers['exclusions'],
): DictFinding[] {
  const findings: DictFinding[] = [];
  for (const c of index.clashes) {
    const involvesUser = c.claims.some((x) => x.layer === 'user');
    findings.push({
      severity: involvesUser ? 'warning' : 'info',
      code: 'form-clash',
      file: entities.get(c.winner)?.file ?? '',
      entry: c.winner,
      message: `form ${JSON.stringify(c.form)} is claimed by ${c.claims.map((x) => x.entity).join(', ')}; ${c.winner} wins (user over built-in, then priority, then canonical name over alias, then load order)`,
    });
  }
  // An excluded form that an entry also claims: silenced if the exclusion's layer is the same or higher.
  for (const x of exclusions) {
    const claim = index.forms.get(x.form);
    if (claim === undefined) continue;
    const silenced = x.layer === 'user' || claim.layer === 'builtin';
    findings.push({
      severity: silenced && x.layer === claim.layer ? 'warning' : 'info',
      code: 'excluded-form',
      file: x.file,
      field: x.field,
      message: silenced
        ? `form ${JSON.stringify(x.form)} of ${claim.entity} is excluded, so that entity is never found under it`
        : `form ${JSON.stringify(x.form)} is excluded here but claimed by the user's entry ${claim.entity}, which wins`,
    });
  }
  return findings;
}

/** Forms the segmenter splits, and forms shadowed by a longer form of another entity of the same type. */
function formFindings(index: DictionarySet, entities: ReadonlyMap<string, Entity>): DictFinding[] {
  const findings: DictFinding[] = [];
  // Split forms can still be matched, but the segmenter's words around them will not line up.
  const segmenter = builtinSegmenter(index, 1_000_000);
  const byForm = new Map<string, string[]>();
  for (const { form, claim } of index.formList) {
    // A qualified form (临清 of 山东临清) is no user word of the segmenter, by design, nor one found only between quotes (“九五”).
    const type = entities.get(claim.entity)?.type ?? '';
    const userWord = claim.kind !== 'qualified' && !quotedOnlyForm(form, type);
    if (userWord && /[\u3400-\u9fff]/.test(form) && !/\s/.test(form) && segmenter.cut(form).length > 1) {
      findings.push({
        severity: 'warning',
        code: 'split-form',
        file: entities.get(claim.entity)?.file ?? '',
        entry: claim.entity,
        message: `the segmenter splits ${JSON.stringify(form)} into ${segmenter.cut(form).join(' / ')}`,
      });
    }
    const list = byForm.get(type) ?? [];
    list.push(form);
    byForm.set(type, list);
  }
  // A form that is a prefix of a longer form of another entity of the same type is shadowed wherever the longer one occurs.
  for (const [, forms] of byForm) {
    const sorted = [...forms].sort();
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i] as string;
      for (let j = i + 1; j < sorted.length && (sorted[j] as string).startsWith(a); j++) {
        const b = sorted[j] as string;
        const ea = index.forms.get(a)?.entity;
        const eb = index.forms.get(b)?.entity;
        // A Latin form is only shadowed by a longer form that continues after a word break (UN by UN Security Council, not by UNESCO).
        const latinGlued = /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b.slice(a.length));
        if (ea !== undefined && eb !== undefined && ea !== eb && a.length >= 2 && !latinGlued) {
          findings.push({
            severity: 'info',
            code: 'shadowed-form',
            file: entities.get(ea)?.file ?? '',
            entry: ea,
            message: `form ${JSON.stringify(a)} is shadowed by the longer form ${JSON.stringify(b)} of ${eb} where that occurs`,
          });
        }
      }
    }
  }
  return findings;
}

/**
 * Validates and lints every dictionary in effect: schema errors, duplicate ids, forms claimed by two entities,
 * forms the segmenter would split, forms shadowed by a longer form of the same type, empty or padded forms,
 * unknown country codes and parents, countries and places without a point or with one outside their country. Never throws for bad data: everything becomes a finding.
 */
export function checkDictionaries(opts: { builtin?: string | false; user?: string[] } = {}): DictFinding[] {
  const findings: DictFinding[] = [];
  const layers: Array<[string[], 'builtin' | 'user']> = [];
  try {
    layers.push([opts.builtin === false ? [] : dictionaryFiles(opts.builtin ?? BUILTIN_DICT_DIR), 'builtin']);
    layers.push([(opts.user ?? []).flatMap((p) => dictionaryFiles(p)), 'user']);
  } catch (err) {
    if (err instanceof ConfigError) return [{ severity: 'error', code: 'path', file: '', message: err.message }];
    throw err;
  }
  const { entities, exclusions } = readLayers(layers, findings);
  findings.push(...referenceFindings(entities), ...geoFindings(entities));
  const index = indexDictionaries(entities, []);
  findings.push(...claimFindings(index, entities, exclusions), ...formFindings(index, entities));
  const rank = { error: 0, warning: 1, info: 2 };
  return findings.sort((x, y) => rank[x.severity] - rank[y.severity] || ascending(x.file, y.file));
}
