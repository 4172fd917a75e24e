import { z } from 'zod';
import type { FormTrie } from '../core/form-trie.js';
import type { DiagnosticT } from './document.js';

/** Built-in entity types; users may add their own lowercase types (for example `company`). */
export const BUILTIN_TYPES = ['person', 'country', 'place', 'organization', 'initiative'] as const;

/** An ISO 3166-1 alpha-2 code. */
export const Iso2 = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as CN');

/** A partial date as dictionaries write it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A role a person holds or held, as a dictionary states it. */
export const DictRole = z
  .object({
    title: z.string().min(1),
    org: z.string().min(1).optional(),
    country: Iso2.optional(),
    from: PartialDate.optional(),
    to: PartialDate.optional(),
  })
  .strict();

/**
 * A country that no longer exists (the USSR, Yugoslavia, the GDR, Czechoslovakia), as ISO 3166-3 lists it: its
 * four-letter code (the key of its id, `country:SUHH`, which no current ISO 3166-1 code can equal), the alpha-2 it
 * was known by (SU; CS was both Czechoslovakia's and Serbia and Montenegro's) and the years it existed. Such an
 * entry has no `iso2`: that field is for a current code, which readers (focus, shorthand, country bounds) take as one.
 */
export const Historical = z
  .object({
    code: z.string().regex(/^[A-Z]{4}$/, 'must be an ISO 3166-3 four-letter code such as SUHH'),
    formerIso2: z.string().regex(/^[A-Z]{2}$/, 'must be the alpha-2 code the country had, such as SU'),
    from: PartialDate,
    to: PartialDate,
  })
  .strict();

/** An entity type name: lowercase letters, digits and underscores. */
export const EntityType = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be a lowercase type name such as person or company');

/** A stable entity id: `<type prefix>:<key>`, no whitespace; a key starting with `~` is reserved for names no dictionary holds. */
export const EntityId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*:\S+$/, 'must look like type:key (for example country:TM)')
  .regex(/^[^:]*:[^~]/, 'must not start its key with ~ (type:~name ids are made for names no dictionary holds)');

/** One dictionary entry: a canonical entity and every surface form that names it. */
export const DictEntry = z
  .object({
    id: EntityId,
    type: EntityType.optional(),
    name: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    en: z.array(z.string()).default([]),
    /**
     * People only: forms that name this person only right after one of the person's titles (阿联酋总统穆罕默德), or
     * later in an article that named the person so; elsewhere they are left to the recognizer (先知穆罕默德).
     */
    titled: z.array(z.string()).default([]),
    /**
     * Places: forms that name this place only right after a form of the place that contains it (山东临清, 湖北长阳): a
     * county's short form alone is too often an ordinary word or another place's name (长兴, 临清). Countries: forms
     * that name the country only in an article that names it in full (中非 of 中非共和国; elsewhere China–Africa), and so
     * for organizations (基金组织 of 国际货币基金组织; elsewhere any fund), where a foreign organization's country named
     * in full also counts (民主党 of the US party in an article that names 美国; elsewhere another country's).
     */
    qualified: z.array(z.string()).default([]),
    /**
     * Forms that name this entry only where the statistical recognizer reads a name of its type there, never as a
     * dictionary match of their own (海湾 of the Gulf region: the recognizer's place in 海湾战争 and 游弋在海湾的军舰,
     * while the 海湾 of 美丽海湾建设 is any bay, which the recognizer does not read as a place).
     */
    recognized: z.array(z.string()).default([]),
    /**
     * Whether the recognizer is told of this entry's forms (its gazetteer): false for a name its training corpus
     * writes otherwise (江淮, one place a character in MSRA: 江 + 淮), so that the dictionary still finds it in
     * articles but the recognizer keeps to the conventions it learnt.
     */
    hint: z.boolean().default(true),
    iso2: Iso2.optional(),
    /** Countries that no longer exist only: their ISO 3166-3 code, former alpha-2 and years (never with `iso2`). */
    historical: Historical.optional(),
    abbr: z.array(z.string().length(1, 'an abbreviation is a single character')).default([]),
    country: Iso2.optional(),
    /**
     * Initiatives, policies and events named by the abbreviations of the countries they join: the countries a character
     * shared by several stands for there (PK for 巴 of 中巴经济走廊, not Brazil or Palestine).
     */
    partners: z.array(Iso2).default([]),
    parent: EntityId.optional(),
    /**
     * A body that was abolished or renamed: the id of the entry that took over its tasks (国家计委 → the NDRC), so that
     * an article keeps the body of its own time (农业部 in 1998) while a reader can still follow it to today's.
     */
    successor: EntityId.optional(),
    roles: z.array(DictRole).default([]),
    priority: z.number().int().default(0),
    note: z.string().optional(),
    /** Latitude of the entity's point in decimal degrees (WGS 84); always given together with `lon`. */
    lat: z
      .number()
      .min(-90, 'latitude must be between -90 and 90')
      .max(90, 'latitude must be between -90 and 90')
      .optional(),
    /** Longitude of the entity's point in decimal degrees (WGS 84); always given together with `lat`. */
    lon: z
      .number()
      .min(-180, 'longitude must be between -180 and 180')
      .max(180, 'longitude must be between -180 and 180')
      .optional(),
    /** The entity's GeoNames id, where GeoNames has the entity itself (not a point standing in for it). */
    geonames: z.number().int().positive('a GeoNames id is a positive integer').optional(),
  })
  .strict()
  // A lone coordinate is a half-finished edit, not a point: name the missing field so the message points at it.
  .superRefine((e, ctx) => {
    if (e.lat !== undefined && e.lon === undefined)
      ctx.addIssue({ code: 'custom', path: ['lon'], message: 'lon is missing: lat and lon must be given together' });
    if (e.lon !== undefined && e.lat === undefined)
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'lat is missing: lat and lon must be given together' });
    // A former state's old alpha-2 as iso2 would make it a current country to every reader (and CS is two states).
    if (e.historical !== undefined && e.iso2 !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['iso2'],
        message: 'a historical country has no iso2: its former code goes in historical.formerIso2',
      });
  });

/** A dictionary file: where its data comes from, an optional default type, its entries and the forms it excludes. */
export const DictFile = z
  .object({
    source: z.string().min(1),
    type: EntityType.optional(),
    entries: z.array(DictEntry).default([]),
    /**
     * Texts that name no entity (太阳, 城中村, a weapon such as 海马斯): a name whose text is exactly one of these is
     * never reported, whoever found it — the recognizer, a rule, or a dictionary entry of the same or a lower layer
     * (so a user file can silence a built-in alias, and a built-in exclusion never hides a user's entry).
     */
    exclude: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type DictRoleT = z.infer<typeof DictRole>;
export type HistoricalT = z.infer<typeof Historical>;
export type DictEntryInput = z.input<typeof DictEntry>;
export type DictEntryT = z.infer<typeof DictEntry>;
export type DictFileT = z.infer<typeof DictFile>;

/** A dictionary entry as loaded: its type resolved and where it came from. */
export interface Entity extends DictEntryT {
  type: string;
  file: string;
  layer: 'builtin' | 'user';
}

/**
 * How a surface form names an entity (`titled`: a person's form that counts only after the person's titles;
 * `qualified`: a place's form that counts only right after a place containing it).
 */
export type FormKind = 'name' | 'alias' | 'en' | 'titled' | 'qualified';

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

/** Every dictionary in effect, indexed for matching; built once per pipeline. */
export interface DictionarySet {
  entities: Map<string, Entity>;
  /** Matching-form surface → winning claim. */
  forms: Map<string, FormClaim>;
  clashes: FormClash[];
  /** Single-character country abbreviation → candidate country ids, in load order. */
  abbreviations: Map<string, string[]>;
  /** Place shorthand: a province's or region's one character (京, 沪, 港) → the places it abbreviates. */
  placeAbbreviations: Map<string, string[]>;
  /** Trie over all matching forms; payload indexes `formList`. */
  trie: FormTrie;
  formList: Array<{ form: string; claim: FormClaim }>;
  files: string[];
  /** Matching form → the entity whose `recognized` forms hold it: linked only where the recognizer reads a name there. */
  recognized: Map<string, string>;
  /** Matching forms that name no entity, with the highest layer that excludes each (see DictFile.exclude). */
  excluded: Map<string, 'builtin' | 'user'>;
  hash: string;
  diagnostics: DiagnosticT[];
}
