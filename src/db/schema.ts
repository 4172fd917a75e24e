// The database's tables, declared once: the SQLite file a run writes and the PostgreSQL schema `guanxi db --to`
// loads are made from these declarations, so both engines hold the same tables, columns and keys
// (docs/database.md describes each).

/** Version of the database layout; a database of another version is built again from scratch. */
export const DB_VERSION = 2;

/** A column's type: text (JSON arrays and objects are text too), integer, or floating point. */
export type ColumnType = 'text' | 'int' | 'real';

/** One column: name, type, and whether it may be null. */
export type Column = readonly [name: string, type: ColumnType, nullable?: 'null'];

/** One table: its columns, primary key and indexes, and whether its rows come from articles or the whole corpus. */
export interface TableDef {
  name: string;
  /** `article`: rows of one article each, replaced article by article; `corpus`: replaced whole on every write. */
  level: 'article' | 'corpus';
  columns: readonly Column[];
  key: readonly string[];
  indexes: ReadonlyArray<readonly string[]>;
  /** An integer surrogate key (SQLite's rowid), not part of the key and not stable between builds; a table without
   * one is a WITHOUT ROWID table in SQLite (its rows stored in its key's order, with no second copy of the key). */
  rowid?: string;
}

const t = (name: string): Column => [name, 'text'];
const tn = (name: string): Column => [name, 'text', 'null'];
const i = (name: string): Column => [name, 'int'];
const inull = (name: string): Column => [name, 'int', 'null'];
const r = (name: string): Column => [name, 'real'];
const rnull = (name: string): Column => [name, 'real', 'null'];

/** The tables, in the order they are written and loaded. */
export const TABLES: readonly TableDef[] = [
  {
    name: 'articles',
    level: 'article',
    columns: [
      t('id'),
      t('path'),
      tn('title'),
      tn('date'),
      tn('day'),
      tn('week'),
      tn('month'),
      t('categories'),
      tn('author'),
      tn('link'),
      t('status'),
      t('format'),
      t('encoding'),
      t('script'),
      i('bytes'),
      t('sha256'),
      i('characters'),
      i('tokens'),
      i('blocks'),
      i('sentences'),
      i('entities'),
      i('mentions'),
      i('unresolved'),
      i('diagnostics'),
      t('keywords'),
    ],
    key: ['id'],
    indexes: [['day'], ['month'], ['status']],
  },
  {
    name: 'article_entities',
    level: 'article',
    columns: [t('article'), t('entity'), i('mentions'), i('sentences'), i('blocks'), tn('country')],
    key: ['article', 'entity'],
    indexes: [['entity']],
  },
  {
    name: 'article_focus',
    level: 'article',
    columns: [t('article'), t('entity'), i('rank'), r('score'), t('reasons')],
    key: ['article', 'entity'],
    indexes: [['entity', 'rank']],
  },
  {
    name: 'roles',
    level: 'article',
    columns: [t('article'), t('entity'), t('role')],
    key: ['article', 'entity', 'role'],
    indexes: [['entity'], ['role']],
  },
  {
    name: 'mentions',
    level: 'article',
    columns: [
      t('article'),
      i('seq'),
      i('block'),
      i('sentence'),
      i('start_offset'),
      i('end_offset'),
      t('entity'),
      t('text'),
      t('source'),
      tn('rule'),
      r('confidence'),
      tn('roles'),
    ],
    key: ['article', 'seq'],
    // (entity, article, sentence) covers the sentence windows of an entity without reading its mention rows.
    indexes: [
      ['entity', 'article', 'sentence'],
      ['article', 'sentence'],
    ],
  },
  {
    name: 'sentences',
    level: 'article',
    columns: [
      i('id'),
      t('article'),
      i('sentence'),
      i('block'),
      i('start_offset'),
      i('end_offset'),
      i('skipped'),
      t('text'),
    ],
    key: ['article', 'sentence'],
    indexes: [],
    rowid: 'id',
  },
  {
    name: 'unresolved',
    level: 'article',
    columns: [
      t('article'),
      i('seq'),
      i('block'),
      i('sentence'),
      i('start_offset'),
      i('end_offset'),
      t('text'),
      t('type'),
      tn('rule'),
      t('candidates'),
    ],
    key: ['article', 'seq'],
    indexes: [['text']],
  },
  {
    name: 'entities',
    level: 'corpus',
    columns: [
      t('id'),
      t('type'),
      t('name'),
      tn('iso2'),
      tn('country'),
      t('aliases'),
      t('source'),
      i('mentions'),
      i('articles'),
      i('sentences'),
      i('blocks'),
      tn('first_date'),
      tn('last_date'),
      i('focus_articles'),
      rnull('lat'),
      rnull('lon'),
      inull('geonames'),
    ],
    key: ['id'],
    indexes: [['name'], ['type']],
  },
  {
    name: 'entity_categories',
    level: 'corpus',
    columns: [t('entity'), t('category'), i('mentions'), i('articles')],
    key: ['entity', 'category'],
    indexes: [['category']],
  },
  {
    name: 'categories',
    level: 'corpus',
    columns: [t('category'), i('articles'), i('mentions')],
    key: ['category'],
    indexes: [],
  },
  {
    name: 'pairs',
    level: 'corpus',
    columns: [
      t('window_kind'),
      t('a'),
      t('b'),
      i('count'),
      i('articles'),
      r('expected'),
      r('pmi'),
      r('npmi'),
      r('jaccard'),
      r('dice'),
      r('g2'),
      r('p'),
    ],
    key: ['window_kind', 'a', 'b'],
    indexes: [['b', 'window_kind']],
  },
  {
    name: 'evidence',
    level: 'corpus',
    columns: [
      t('window_kind'),
      t('a'),
      t('b'),
      i('rank'),
      t('article'),
      tn('date'),
      i('block'),
      i('sentence'),
      t('text'),
      i('a_start'),
      i('a_end'),
      i('b_start'),
      i('b_end'),
    ],
    key: ['window_kind', 'a', 'b', 'rank'],
    indexes: [['article']],
  },
  {
    name: 'timelines',
    level: 'corpus',
    columns: [t('entity'), t('kind'), t('period'), i('mentions'), i('articles'), i('sentences')],
    key: ['entity', 'kind', 'period'],
    indexes: [],
  },
  {
    name: 'volume',
    level: 'corpus',
    columns: [t('kind'), t('period'), i('articles'), i('mentions'), i('sentences')],
    key: ['kind', 'period'],
    indexes: [],
  },
  {
    name: 'diagnostics',
    level: 'corpus',
    columns: [
      i('seq'),
      t('file'),
      tn('article'),
      t('code'),
      t('severity'),
      t('stage'),
      t('message'),
      inull('block'),
      inull('line'),
    ],
    key: ['seq'],
    indexes: [['article'], ['code']],
  },
  {
    name: 'run',
    level: 'corpus',
    columns: [
      t('pipeline'),
      t('pipeline_hash'),
      t('dictionary_hash'),
      t('dictionaries'),
      t('timezone'),
      t('options'),
      i('corpus_version'),
      i('db_version'),
      t('guanxi_version'),
      i('articles'),
      i('articles_ok'),
      i('articles_warnings'),
      i('articles_failed'),
      i('entities'),
      i('mentions'),
      i('sentence_windows'),
      i('block_windows'),
      i('article_windows'),
      t('pairs'),
    ],
    key: ['pipeline_hash'],
    indexes: [],
  },
];

/** The table named `name` (a programming error if there is none). */
export function tableDef(name: string): TableDef {
  const def = TABLES.find((d) => d.name === name);
  if (def === undefined) throw new Error(`no table ${name}`);
  return def;
}

/** A row of a table, its values in the order of the table's columns. */
export type Row = Array<string | number | null>;
