// Datelines: where an item comes from (央视网消息（新闻联播）：, 新华社北京１月２日电（记者王黎）, 本报纽约１月１日电), written
// at the head of its first paragraph. They describe the source, not what the item is about.

/** A dateline at the start of a paragraph: its length, the agency, and the place and date it names. */
export interface Dateline {
  /** UTF-16 units of the paragraph it takes, punctuation after it included. */
  end: number;
  agency: string;
  place: string | null;
  date: string | null;
}

const DIGIT = '[0-9０-９一二三四五六七八九十〇]';
/** 央视网消息, with the programme in brackets and a colon. */
const CCTV = /^(央视网)消息(?:[（(][^）)]{1,12}[）)])?[：:]?/;
/**
 * 新华社北京１月２日电, 据新华社华盛顿１月１９日电, 本报纽约１月１日电, 中新社北京电, and with 讯 for 电 (本报北京１月６日讯:
 * 220 items of People's Daily 1998), the place's country in brackets after it (新华社达沃斯（瑞士）１月２９日电: 6 items of
 * People's Daily 1998), then (记者 …) or 记者 … 报道：.
 */
const WIRE = new RegExp(
  `^据?(新华社|中新社|本报)([^\\s，。：:（(电讯${DIGIT.slice(1, -1)}]{1,12}?)?(?:[（(][^）)记]{1,8}[）)])?(${DIGIT}{1,2}月${DIGIT}{1,3}日)?[电讯](?:[（(][^）)]{0,40}[）)]|记者[^，。：:]{0,30}报道[：:])?`,
);
/** 本报讯, 新华社讯, and with the reporter's credit (本报讯记者李长云报道：). */
const NEWS = /^(本报|新华社)讯(?:[（(][^）)]{0,40}[）)]|记者[^，。：:]{0,30}报道[：:])?/;

/** The dateline a paragraph starts with, or null. */
export function findDateline(text: string): Dateline | null {
  const cctv = CCTV.exec(text);
  if (cctv !== null) return { end: cctv[0].length, agency: cctv[1] as string, place: null, date: null };
  const news = NEWS.exec(text);
  if (news !== null) return { end: news[0].length, agency: news[1] as string, place: null, date: null };
  const wire = WIRE.exec(text);
  // 本报记者讯问了他: a reporter questioning someone, no place; 新华社长篇通讯, 本报快讯: a kind of report, no place.
  if (wire !== null && !/记者|评论员|[通资快简喜音]$/.test(wire[2] ?? ''))
    return { end: wire[0].length, agency: wire[1] as string, place: wire[2] ?? null, date: wire[3] ?? null };
  return null;
}

/** What ends a sentence. */
export const SENTENCE_END = /[。！？!?…]/;

/**
 * Whether a body block reads as the heading of an item: a heading block, or a short line with no sentence end (the
 * item titles of a news brief, 国际联播快讯). Such a heading, like a later dateline, starts an item.
 */
export function itemHeading(kind: string, text: string): boolean {
  return kind === 'heading' || (!SENTENCE_END.test(text) && text.length <= 40);
}
