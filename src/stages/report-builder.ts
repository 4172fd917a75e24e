import type { DictionarySet } from '../schema/dictionary.js';
import type { Doc } from '../schema/doc.js';
import type { MentionT } from '../schema/document.js';
import { ArticleReport, REPORT_VERSION } from '../schema/report.js';
import type { ArticleReportT, ArticleStatusT, ReportEntityT, ReportMentionT } from '../schema/report.js';
import { compiledValidator } from '../schema/validate.js';
import { ascending } from 'd3-array';
import { derivedName } from '../core/entity-id.js';

/** The article report schema, compiled on first use. */
const validateReport = compiledValidator(ArticleReport);

/** An article's status from its diagnostics: any error fails it, any warning flags it. */
export function statusOf(doc: Pick<Doc, 'diagnostics'>): ArticleStatusT {
  if (doc.diagnostics.some((d) => d.severity === 'error')) return 'failed';
  if (doc.diagnostics.some((d) => d.severity === 'warning')) return 'warnings';
  return 'ok';
}

/** Groups mentions by entity into report entities, most-mentioned first, then by id. */
function entitiesOf(mentions: readonly MentionT[], dicts: DictionarySet): ReportEntityT[] {
  const byId = new Map<string, MentionT[]>();
  for (const m of mentions) {
    if (m.entity === null) continue;
    const list = byId.get(m.entity) ?? [];
    list.push(m);
    byId.set(m.entity, list);
  }
  const out: ReportEntityT[] = [];
  for (const [id, list] of byId) {
    const entry = dicts.entities.get(id);
    const roles = [...new Set(list.flatMap((m) => m.roles ?? []))];
    // Keys in the schema's order: the report is written as built, without a parse that would reorder them.
    const e: ReportEntityT = {
      id,
      // The type is the id's prefix, and a derived id holds its name: neither is written twice.
      ...(entry !== undefined ? { name: entry.name } : derivedName(id) === null ? { name: id } : {}),
      ...(entry?.iso2 !== undefined ? { iso2: entry.iso2 } : {}),
      ...(entry?.country !== undefined ? { country: entry.country } : {}),
      ...(roles.length > 0 ? { roles } : {}),
      mentions: list.map((m): ReportMentionT => {
        const place = [m.block, m.sentence, m.start, m.end, m.source, m.confidence] as const;
        if (m.rule === undefined && m.roles === undefined) return [...place];
        return [
          ...place,
          { ...(m.rule !== undefined ? { rule: m.rule } : {}), ...(m.roles !== undefined ? { roles: m.roles } : {}) },
        ];
      }),
    };
    out.push(e);
  }
  return out.sort((a, b) => b.mentions.length - a.mentions.length || ascending(a.id, b.id));
}

/** Builds and validates the article report of a processed (or failed) document. */
export function buildArticleReport(doc: Doc, dicts: DictionarySet): ArticleReportT {
  // A dateline's names are where the item comes from, not what it is about (meta.dateline keeps it).
  const mentions = (doc.mentions ?? []).filter((m) => m.dateline !== true);
  const entities = entitiesOf(mentions, dicts);
  const report: ArticleReportT = {
    version: REPORT_VERSION,
    id: doc.id,
    status: statusOf(doc),
    source: doc.source,
    meta: doc.meta,
    stats: {
      characters: doc.blocks.reduce((n, b) => n + b.text.length, 0),
      tokens: doc.tokens?.length ?? 0,
    },
    blocks: doc.blocks,
    sentences: (doc.sentences ?? []).map((s) => [s.block, s.start, s.end]),
    entities,
    unresolved: mentions
      .filter((m) => m.entity === null)
      .map((m) => {
        const u: ArticleReportT['unresolved'][number] = {
          text: m.text,
          type: m.type,
          block: m.block,
          sentence: m.sentence,
          start: m.start,
          end: m.end,
          ...(m.rule !== undefined ? { rule: m.rule } : {}),
          candidates: m.candidates ?? [],
        };
        return u;
      }),
    windows: doc.windows ?? { counted: [], skipped: [] },
    keywords: (doc.keywords ?? []).map((k) => [k.word, k.weight]),
    ...(doc.focus !== undefined ? { focus: doc.focus } : {}),
    // In the schema's key order, whichever stage made them.
    diagnostics: doc.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      stage: d.stage,
      message: d.message,
      file: d.file,
      ...(d.block !== undefined ? { block: d.block } : {}),
      ...(d.line !== undefined ? { line: d.line } : {}),
    })),
  };
  return validateReport(report);
}
