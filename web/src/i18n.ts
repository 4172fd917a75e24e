/** The dashboard's two languages. */
export type Lang = 'zh' | 'en';

// Every label in both languages, side by side so that a missing translation shows in review.
const LABELS = {
  appName: ['关系 guanxi', 'guanxi 关系'],
  skip: ['跳到正文', 'Skip to content'],
  overview: ['概览', 'Overview'],
  search: ['搜索', 'Search'],
  entity: ['实体', 'Entity'],
  network: ['网络', 'Network'],
  compare: ['比较', 'Compare'],
  article: ['文章', 'Article'],
  map: ['地图', 'Map'],
  views: ['视图', 'Views'],
  language: ['语言', 'Language'],
  otherLang: ['English', '中文'],
  from: ['起', 'From'],
  to: ['止', 'To'],
  dateRange: ['日期范围', 'Date range'],
  allDates: ['全部日期', 'All dates'],
  loading: ['加载中…', 'Loading…'],
  error: ['出错', 'Error'],
  none: ['无', 'None'],
  run: ['本次运行', 'This run'],
  pipeline: ['流水线', 'Pipeline'],
  dictionaries: ['词典', 'Dictionaries'],
  timezone: ['时区', 'Time zone'],
  inputs: ['输入', 'Inputs'],
  version: ['版本', 'Version'],
  articles: ['文章', 'Articles'],
  entities: ['实体', 'Entities'],
  mentions: ['提及', 'Mentions'],
  focusArticles: ['以其为焦点的文章', 'Articles about it'],
  focusUnnamed: [
    '多于提及它的文章：本国可以是未点名文章的焦点（如全国性新闻）',
    'more than the articles naming it: the home country can be what an article is about without being named (national news)',
  ],
  volume: ['文章量', 'Articles over time'],
  inRange: ['所选范围内', 'In the date range'],
  granularity: ['粒度', 'Granularity'],
  day: ['日', 'Day'],
  week: ['周', 'Week'],
  month: ['月', 'Month'],
  top: ['最常提及', 'Most mentioned'],
  diagnostics: ['诊断', 'Diagnostics'],
  code: ['代码', 'Code'],
  severity: ['级别', 'Severity'],
  count: ['次数', 'Count'],
  unresolved: ['未解析的简称', 'Unresolved shorthand'],
  candidates: ['候选', 'Candidates'],
  text: ['文字', 'Text'],
  searchPlaceholder: ['名称、别名、英文名或 id', 'Name, alias, English name or id'],
  searchHelp: ['输入即搜索；↑↓ 选择，回车打开。', 'Results as you type; ↑↓ to choose, Enter to open.'],
  type: ['类型', 'Type'],
  allTypes: ['所有类型', 'All types'],
  noResults: ['没有结果', 'No results'],
  matched: ['匹配', 'Matched'],
  aliases: ['别名', 'Aliases'],
  country: ['国家', 'Country'],
  roles: ['职务', 'Roles'],
  role: ['职务', 'Role'],
  first: ['首次', 'First'],
  last: ['最近', 'Last'],
  timeline: ['时间线', 'Timeline'],
  partners: ['共现实体', 'Partners'],
  measure: ['度量', 'Measure'],
  window: ['窗口', 'Window'],
  sentence: ['句', 'Sentence'],
  block: ['段', 'Block'],
  articleWindow: ['篇', 'Article'],
  evidence: ['证据句', 'Evidence'],
  showEvidence: ['看证据', 'Show evidence'],
  evidenceFor: ['共现证据', 'Sentences naming both'],
  focusOnly: ['只看以其为焦点的文章', 'Only articles about it'],
  newest: ['最新在前', 'newest first'],
  previous: ['上一页', 'Previous'],
  next: ['下一页', 'Next'],
  openNetwork: ['网络图', 'Network'],
  addCompare: ['加入比较', 'Compare'],
  showOnMap: ['在地图上', 'On the map'],
  ego: ['自我网络', 'Ego network'],
  corpus: ['语料网络', 'Corpus network'],
  limit: ['上限', 'Limit'],
  minCount: ['最少次数', 'Minimum count'],
  maxNodes: ['最多节点', 'At most nodes'],
  types: ['类型', 'Types'],
  nodes: ['节点', 'Nodes'],
  edges: ['边', 'Edges'],
  nodeList: ['节点列表', 'Nodes as a list'],
  networkHelp: [
    '点击节点打开实体页，点击边查看证据句。滚轮缩放，拖动平移。',
    'Click a node to open its entity, an edge to see its evidence. Wheel to zoom, drag to pan.',
  ],
  chooseEntity: ['选择实体', 'Choose an entity'],
  add: ['添加', 'Add'],
  remove: ['移除', 'Remove'],
  together: ['同时出现', 'When they appear together'],
  period: ['时期', 'Period'],
  pair: ['实体对', 'Pair'],
  date: ['日期', 'Date'],
  path: ['路径', 'Path'],
  categories: ['类别', 'Categories'],
  keywords: ['关键词', 'Keywords'],
  focus: ['焦点', 'Focus'],
  rank: ['级别', 'Rank'],
  score: ['分数', 'Score'],
  reasons: ['理由', 'Reasons'],
  primary: ['主要', 'primary'],
  secondary: ['次要', 'secondary'],
  source: ['来源', 'Source'],
  confidence: ['置信度', 'Confidence'],
  rule: ['规则', 'Rule'],
  legend: ['图例', 'Legend'],
  mapHelp: ['点的大小表示提及次数；点击打开实体页。', 'Point size shows mentions; click a point to open its entity.'],
  sizeBy: ['大小依据', 'Size by'],
  places: ['国家和地点', 'Countries and places'],
  articlesAbout: ['以此为焦点的文章', 'Articles about'],
  showArticles: ['看文章', 'Articles'],
  dataTable: ['数据表', 'Data table'],
  notFound: ['找不到', 'Not found'],
  share: ['占比', 'Share'],
  all: ['全部', 'All'],
  clear: ['清除', 'Clear'],
} as const satisfies Record<string, readonly [string, string]>;

/** A label's key. */
export type LabelKey = keyof typeof LABELS;

/** The label `key` in `lang`. */
export function label(lang: Lang, key: LabelKey): string {
  return LABELS[key][lang === 'zh' ? 0 : 1];
}

const TYPE_NAMES: Record<string, readonly [string, string]> = {
  person: ['人物', 'Person'],
  country: ['国家', 'Country'],
  place: ['地点', 'Place'],
  organization: ['机构', 'Organization'],
  initiative: ['倡议', 'Initiative'],
  event: ['事件', 'Event'],
  policy: ['政策', 'Policy'],
};

/** An entity type's name in `lang` (the type itself when unknown). */
export function typeName(lang: Lang, type: string): string {
  const names = TYPE_NAMES[type];
  return names === undefined ? type : names[lang === 'zh' ? 0 : 1];
}

/** The types the dashboard knows a name and colour for, in display order. */
export const KNOWN_TYPES = Object.keys(TYPE_NAMES);

/** Reads a language from a string, or null. */
export function asLang(value: string | null | undefined): Lang | null {
  return value === 'zh' || value === 'en' ? value : null;
}
