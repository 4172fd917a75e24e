import type { NormBlock } from '../core/text.js';
import type {
  BlockT,
  Cooccurrence,
  DiagnosticT,
  FocusEntryT,
  Keyword,
  MentionT,
  MetaT,
  Sentence,
  Token,
  WindowT,
} from './document.js';
import type { ArticleReportT } from './report.js';

/** The typed document that flows through the stages; each stage returns a richer copy. */
export interface Doc {
  id: string;
  file: string;
  source: {
    path: string;
    bytes: number;
    sha256: string;
    format: 'markdown' | 'html';
    encoding: string;
    script: 'simplified' | 'traditional';
  };
  raw: string;
  meta: MetaT;
  blocks: BlockT[];
  norm?: NormBlock[];
  sentences?: Sentence[];
  tokens?: Token[];
  mentions?: MentionT[];
  cooccurrences?: Cooccurrence[];
  /** The window kinds the cooccur stage counted, and the windows it left out for holding too many entities. */
  windows?: { counted: WindowT[]; skipped: Array<[WindowT, number]> };
  keywords?: Keyword[];
  /** What the article is about, set by the focus stage: countries, places, people and organizations, best first. */
  focus?: FocusEntryT[];
  /** The validated article report, set by the report stage. */
  report?: ArticleReportT;
  diagnostics: DiagnosticT[];
}
