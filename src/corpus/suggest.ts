import YAML from 'yaml';
import { readReports } from '../article/report-store.js';
import { viewReport } from '../schema/report-view.js';
import { derivedName } from '../core/entity-id.js';

/** A name found by a rule or the model in no dictionary, with its counts and examples. */
export interface Suggestion {
  id: string;
  type: string;
  name: string;
  mentions: number;
  articles: number;
  sources: string[];
  roles: string[];
  examples: string[];
}

/** The most frequent names of a finished run that no dictionary holds (ids with `:~`), most mentioned first. */
export function suggestEntries(
  outDir: string,
  opts: { minCount?: number; types?: string[]; limit?: number } = {},
): Suggestion[] {
  const minCount = opts.minCount ?? 2;
  const found = new Map<string, Suggestion>();
  for (const stored of readReports(outDir)) {
    const report = viewReport(stored);
    for (const e of report.entities) {
      if (derivedName(e.id) === null) continue;
      if (opts.types !== undefined && opts.types.length > 0 && !opts.types.includes(e.type)) continue;
      let s = found.get(e.id);
      if (s === undefined) {
        s = { id: e.id, type: e.type, name: e.name, mentions: 0, articles: 0, sources: [], roles: [], examples: [] };
        found.set(e.id, s);
      }
      s.mentions += e.count;
      s.articles += 1;
      for (const m of e.mentions) if (!s.sources.includes(m.source)) s.sources.push(m.source);
      for (const r of e.roles) if (!s.roles.includes(r)) s.roles.push(r);
      for (const m of e.mentions) {
        if (s.examples.length >= 2) break;
        const sent = report.sentences[m.sentence];
        const block = report.blocks[m.block];
        if (sent === undefined || block === undefined) continue;
        const text = block.text.slice(sent.start, sent.end);
        if (!s.examples.includes(text)) s.examples.push(text.length > 160 ? `${text.slice(0, 157)}…` : text);
      }
    }
  }
  return [...found.values()]
    .filter((s) => s.mentions >= minCount)
    .sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || (a.id < b.id ? -1 : 1))
    .slice(0, opts.limit ?? Number.POSITIVE_INFINITY);
}

/** Writes suggestions as a ready-to-edit dictionary file: one entry each, counts and examples as comments. */
export function suggestionsToYaml(suggestions: readonly Suggestion[], outDir: string): string {
  const doc = new YAML.Document({
    source: `curated (suggested by guanxi dict suggest from ${outDir}; check each entry before use)`,
    entries: suggestions.map((s) => {
      const entry: Record<string, unknown> = { id: `${s.type}:${s.name}`, type: s.type, name: s.name, aliases: [] };
      if (s.roles.length > 0) entry.roles = s.roles.map((title) => ({ title }));
      return entry;
    }),
  });
  const entries = doc.get('entries', true) as YAML.YAMLSeq;
  suggestions.forEach((s, i) => {
    const node = entries.items[i] as YAML.YAMLMap;
    node.commentBefore = [
      ` ${s.mentions} mentions in ${s.articles} articles; found by ${s.sources.join(', ')}; type is a guess`,
      ...s.examples.map((x) => ` e.g. ${x.replace(/\n/g, ' ')}`),
    ].join('\n');
  });
  return `# Suggested dictionary entries: names found by rules or the model in no dictionary.\n# Edit ids, names, aliases and types, delete wrong ones, then pass the file with --dict.\n${doc.toString({ lineWidth: 0 })}`;
}
