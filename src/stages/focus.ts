// The focus stage: what an article is about — the countries, places, people and organizations a careful reader
// would list — scored from where and how often each is mentioned (docs/outputs.md, "Focus").
import { z } from 'zod';
import { derivedEntityId, derivedName } from '../core/entity-id.js';
import { SENTENCE_END, findDateline, itemHeading } from '../nlp/rules/dateline.js';
import {
  countryBeforeOffice,
  officeForms,
  organizationFormBeforeOffice,
  rolesOn,
} from '../nlp/rules/person-context.js';
import type { Institutions } from '../resources/institutions.js';
import { liesWithin, topPlace } from '../resources/dictionaries.js';
import type { DictionarySet, Entity } from '../schema/dictionary.js';
import type { Doc } from '../schema/doc.js';
import { FocusReason } from '../schema/document.js';
import type { BlockT, FocusEntryT, FocusReasonT, MentionT } from '../schema/document.js';
import { defineStage } from './types.js';

/** Options of the focus stage: the weights of each reason and the thresholds (docs/outputs.md, "Focus"). */
export const FocusOptions = z
  .object({
    /** The entity types a focus may hold. */
    types: z.array(z.string()).default(['country', 'place', 'person', 'organization']),
    /**
     * The country whose news this is (its ISO code): it is in focus only at national level — named in the title or a
     * heading, through `cues` (我国) or shorthand (中方), mentioned throughout, its national people and institutions,
     * or places across `spread` of its provinces — never merely because its towns are (a report on Sichuan is not
     * about China) or because its name qualifies a thing (中国考古学, 中国第一部百科全书).
     */
    home: z
      .object({
        country: z.string().default('CN'),
        /** Words that always mean the home country. */
        cues: z.array(z.string().min(1)).default(['我国', '全党', '全军']),
        /**
         * Words that mean the country the article is about (全国: the whole country): the home country's cues, except
         * where the title or the lead names a foreign country and not the home one (苏丹总统强调实现全国和解).
         */
        relative: z.array(z.string().min(1)).default(['全国', '国内', '举国', '各地']),
        spread: z.number().int().min(2).default(3),
        /**
         * Places (ids) where the home country's national meetings are held: named as their venue (在京闭幕, 在北京人民
         * 大会堂举行) they are where, not what, the news is.
         */
        venues: z.array(z.string().min(1)).default(['place:cn-11']),
        /**
         * Bodies (ids; their units too) whose own business a report of theirs is: the CPPCC's sessions, the CMC's
         * ceremonies, a democratic party's or a people's organization's meetings have the home country as their
         * setting, so their people and units in focus make it an actor only as a secondary subject, where it is no
         * primary one of its own.
         */
        ownBusiness: z.array(z.string().min(1)).default([
          'organization:cppcc',
          'organization:cmc',
          // The democratic parties and the federation of industry and commerce, which sit in the CPPCC.
          'organization:rcckmt',
          'organization:cdl',
          'organization:cndca',
          'organization:capd',
          'organization:cpwdp',
          'organization:zhigong',
          'organization:jiusan',
          'organization:taiwan-league',
          'organization:acfic',
          // The people's organizations (全国总工会, 全国妇联, 共青团中央, 中国科协, 中国红十字会 …).
          'organization:acftu',
          'organization:acwf',
          'organization:cyl',
          'organization:acyf',
          'organization:cast',
          'organization:red-cross-china',
          'organization:acfroc',
          'organization:cflac',
          'organization:cwa',
          'organization:taiwan-compatriots-federation',
        ]),
      })
      .strict()
      .prefault({}),
    weights: z
      .object({
        title: z.number().default(2),
        heading: z.number().default(1),
        lead: z.number().default(1.5),
        /** Times the entity's share of the article's mentions, up to `shareCap`. */
        share: z.number().default(8),
        shareCap: z.number().default(3),
        /** Times the share of body blocks that mention the entity. */
        spread: z.number().default(1.5),
        /** For a country: one of its people or institutions, or (not the home country) one of its places, is in focus. */
        actor: z.number().default(1.5),
        /** For the home country: places in `home.spread` or more of its provinces. */
        national: z.number().default(3),
        /** In an article of several items: times an entity's score within its item. */
        section: z.number().default(0.7),
      })
      .strict()
      .prefault({}),
    /**
     * Endings of the names of news media and publishers (人民日报社, 中央广播电视总台, 新华通讯社, 广东旅游出版社, 三联书店): they
     * report, broadcast and publish, so one in focus is no reason for its country (no `actor`, no national news).
     */
    media: z
      .array(z.string().min(1))
      .default([
        '日报',
        '日报社',
        '晚报',
        '时报',
        '邮报',
        '通讯社',
        '新闻社',
        '广播电台',
        '电视台',
        '广播电视总台',
        '卫视',
        '新闻台',
        '杂志社',
        '出版社',
        '书店',
        '央视网',
        '人民网',
        '新华网',
        '新闻网',
        '央视新闻',
        '央视频',
        '中国之声',
      ]),
    /** An entity named this many times or more, in this many body blocks or more, is at least secondary. */
    recurring: z
      .object({ mentions: z.number().int().positive().default(5), blocks: z.number().int().positive().default(3) })
      .strict()
      .prefault({}),
    /** An entity with at least this score is in focus … */
    threshold: z.number().default(2.5),
    /** … and primary (rank 1) with at least this one. */
    primary: z.number().default(4),
    /** The longest focus list … */
    max: z.number().int().positive().default(8),
    /** … unless an article of several items allows this many for each of its items. */
    perItem: z.number().int().nonnegative().default(3),
  })
  .strict();

/** The validated options of the focus stage. */
export type FocusOptionsT = z.infer<typeof FocusOptions>;

/** What the rules gather about one entity of an article. */
interface Evidence {
  id: string;
  type: string;
  mentions: number;
  blocks: Set<number>;
  /** Mentions by block. */
  perBlock: Map<number, number>;
  reasons: Set<FocusReasonT>;
  score: number;
}

/** The lookups the stage builds once from the dictionaries. */
interface FocusTables {
  /** A country's canonical name or alias → its id (the owner of an institution: 以色列 of 以色列武装部队). */
  countryByName: Map<string, string>;
  /** ISO code → country id. */
  countryByIso: Map<string, string>;
  /** The home country's id, if the dictionaries have it. */
  home: string | undefined;
  /** Places that have divisions of their own (a province has cities; a river, a mountain or a plain has none). */
  divided: Set<string>;
  /**
   * A foreign country's dictionary organization named as its institution (以色列国防军, 俄罗斯国防部: the country's
   * name and an institution word) → that country: the country acting, as 以军 is, which the institution rule finds;
   * not a news agency (越南通讯社), which reports.
   */
  institutionOf: Map<string, string>;
  /** The names of organizations of no one country (联合国, 国际原子能机构, 欧洲联盟委员会), which start their officials' titles. */
  international: readonly string[];
  /** The bodies of `home.ownBusiness` and their units (全国政协办公厅, 军委政治工作部). */
  ownBusiness: Set<string>;
}

function tablesOf(dicts: DictionarySet, options: FocusOptionsT, institutions: Institutions): FocusTables {
  const countryByName = new Map<string, string>();
  const countryByIso = new Map<string, string>();
  const divided = new Set<string>();
  for (const e of dicts.entities.values()) {
    if (e.type === 'place' && e.parent !== undefined) divided.add(e.parent);
    if (e.type !== 'country') continue;
    for (const n of [e.name, ...e.aliases]) if (n.length >= 2) countryByName.set(n, e.id);
    if (e.iso2 !== undefined) countryByIso.set(e.iso2, e.id);
  }
  const home = countryByIso.get(options.home.country);
  const institutionOf = new Map<string, string>();
  for (const e of dicts.entities.values()) {
    const country = e.type === 'organization' ? countryByIso.get(e.country ?? '') : undefined;
    // A news agency (越南通讯社) reports; it is no more its country acting than a newspaper is.
    if (country === undefined || country === home || options.media.some((end) => e.name.endsWith(end))) continue;
    for (const [name, id] of countryByName) {
      const word = id === country && e.name.startsWith(name) ? institutions.at(e.name, name.length) : null;
      // A party (英国工党, 美国民主党) is a body of its own in the news, not its country acting.
      if (word === null || word.institution.key === 'party') continue;
      if (!word.abbreviated && name.length + word.form.length === e.name.length) institutionOf.set(e.id, country);
    }
  }
  const international = [...dicts.entities.values()]
    .filter((e) => e.type === 'organization' && e.country === undefined)
    .flatMap((e) => [e.name, ...e.aliases])
    .filter((n) => n.length >= 2);
  const ownBusiness = new Set<string>();
  for (const e of dicts.entities.values())
    for (let up: Entity | undefined = e; up !== undefined; up = dicts.entities.get(up.parent ?? ''))
      if (options.home.ownBusiness.includes(up.id)) ownBusiness.add(e.id);
  return { countryByName, countryByIso, home, divided, institutionOf, international, ownBusiness };
}

/**
 * Whether a person acts for an organization of no one country on `date`: every office of theirs then is one of its
 * (格罗西, the IAEA's director general, is not Argentina acting; 古特雷斯 as the UN's secretary-general is not Portugal).
 */
function internationalOfficial(person: Entity, date: string | null, t: FocusTables): boolean {
  const held = rolesOn(person, date);
  return held.length > 0 && held.every((r) => t.international.some((n) => r.title.startsWith(n)));
}

/**
 * Whether a person holds, on the article's date, an office of a place the article is about (北京市委书记 贾庆林 in a
 * report on Beijing's economic work conference, though he sat on the Politburo too): the province acting, not the
 * country.
 */
function localOfficial(
  person: Entity,
  date: string | null,
  byId: ReadonlyMap<string, Evidence>,
  dicts: DictionarySet,
  options: FocusOptionsT,
): boolean {
  for (const role of rolesOn(person, date)) {
    const m = dicts.trie.longestAt(role.title, 0);
    const claim = m === null ? undefined : dicts.formList[m.value]?.claim;
    const place = claim === undefined ? undefined : dicts.entities.get(claim.entity);
    // Not Hong Kong's, Macao's or Taiwan's (places with an ISO code of their own): cross-strait news and the SARs'
    // dealings with the centre have the mainland as their other side.
    if (place?.type !== 'place' || place.iso2 !== undefined) continue;
    if ((byId.get(place.id)?.score ?? 0) >= options.threshold) return true;
  }
  return false;
}

/**
 * The country an organization named with it names where it stands (中国疾控中心, 巴西农牧业研究公司; a dictionary's
 * written after its country's name, 巴西劳工党), as the country's own mention did before the name took it in.
 */
function countryInName(m: MentionT, dicts: DictionarySet, t: FocusTables): string | undefined {
  const id = m.entity ?? '';
  const owner = ownerCountry(id, t);
  if (owner !== undefined || m.rule !== 'country-in-name') return owner;
  const iso = dicts.entities.get(id)?.country;
  return iso === undefined ? undefined : t.countryByIso.get(iso);
}

/**
 * A body's party group or committee (`organization:~全国政协党组`, `~新华社党组`) counts for the body too, where it
 * stands: what the group does is that body's news (国务院党组召开会议), as a reader of 新华社“三讲”教育… reads
 * 新华社党组提出… of Xinhua.
 */
function addPartyGroupBodies(
  doc: Doc,
  byId: ReadonlyMap<string, Evidence>,
  dicts: DictionarySet,
  evidence: (id: string, type: string) => Evidence,
): void {
  // Groups the sub-unit rule read after their body (not a place's committee, 西藏自治区党委, which is no body's group).
  const groups = new Set((doc.mentions ?? []).filter((m) => m.rule === 'sub-unit').map((m) => m.entity));
  for (const group of [...byId.values()]) {
    const body = /^(.{2,})(?:党组|党委)$/.exec(derivedName(group.id) ?? '')?.[1];
    if (!groups.has(group.id) || body === undefined) continue;
    const claim = dicts.forms.get(body)?.entity;
    if (claim !== undefined && dicts.entities.get(claim)?.type !== 'organization') continue;
    const e = evidence(claim ?? derivedEntityId('organization', body), 'organization');
    e.mentions += group.mentions;
    for (const b of group.blocks) e.blocks.add(b);
    for (const [b, n] of group.perBlock) e.perBlock.set(b, (e.perBlock.get(b) ?? 0) + n);
    for (const r of group.reasons) e.reasons.add(r);
  }
}

/** The country an institution found by the institution rule belongs to (`organization:~以色列武装部队` → Israel). */
function ownerCountry(id: string, t: FocusTables): string | undefined {
  const name = derivedName(id);
  if (name === null) return undefined;
  for (let end = name.length - 1; end >= 2; end--) {
    const c = t.countryByName.get(name.slice(0, end));
    if (c !== undefined) return c;
  }
  return undefined;
}

/** How long a title's first sentence is, at least, when the title is the item's first sentence rather than a headline. */
const TITLE_SENTENCE = 30;

/**
 * The article's parts: title blocks, headings (a heading block, or a short body line without a sentence end, as
 * the item titles of a news brief), the lead (the first body block with a sentence, after the dateline; in an item
 * without a body, its title when that is a sentence) and body blocks.
 */
function partsOf(doc: Doc): Parts {
  const title = new Set<number>();
  const heading = new Set<number>();
  const body: number[] = [];
  let lead = -1;
  const dl = doc.meta.dateline;
  // A picture item whose text is its caption (礼花贺新春（图片）: 香港维多利亚海港上空礼花灿烂…) reads the caption as its
  // body; beside a body, a caption is a picture's label.
  const captionsOnly =
    doc.blocks.some((b) => b.kind === 'caption' && b.text.trim() !== '') &&
    !doc.blocks.some((b) => b.kind !== 'title' && b.kind !== 'caption' && b.kind !== 'image' && b.text.trim() !== '');
  let captionLeadEnd = Number.POSITIVE_INFINITY;
  doc.blocks.forEach((b: BlockT, i) => {
    if (b.kind === 'title') {
      title.add(i);
      return;
    }
    if (b.kind === 'image' || b.kind === 'code') return;
    if (b.kind === 'caption') {
      // The caption of a picture item is its title and, to its first sentence's end, its lead.
      if (captionsOnly && b.text.trim() !== '') {
        title.add(i);
        if (lead < 0) {
          lead = i;
          captionLeadEnd = Math.max(0, b.text.search(SENTENCE_END));
        }
      }
      return;
    }
    // The dateline is where the item comes from, not what it is about: its text is no part of the lead.
    const text = dl !== undefined && dl.block === i ? b.text.replace(dl.text, '') : b.text;
    if (text.trim() === '') return;
    body.push(i);
    if (itemHeading(b.kind, text)) heading.add(i);
    else if (lead < 0) lead = i;
  });
  // An item with no body whose title is its text (sentences: People's Daily's short items) has its first sentence
  // for a lead; so has one whose title is its first sentence, the body going on from it (…迟浩田上将今晚在人民大会堂
  // 会见了…科科申一行。 before 吴铨叙…等参加了会见).
  let leadEnd = captionLeadEnd;
  const text = [...title].map((i) => [i, doc.blocks[i]?.text ?? ''] as const).find(([, t]) => SENTENCE_END.test(t));
  const sentence = text !== undefined && text[1].search(SENTENCE_END) >= TITLE_SENTENCE;
  // A body without a sentence is no text of its own: a byline (（初忠林王文崇黑雪）) under a title that is the item.
  const noText = !body.some((i) => SENTENCE_END.test(doc.blocks[i]?.text ?? ''));
  if ((noText || sentence) && !captionsOnly && text !== undefined) {
    lead = text[0];
    leadEnd = text[1].search(SENTENCE_END);
  }
  // A heading, or a later block that opens with a dateline of its own (新华社东京１月１８日电), starts an item.
  const section = new Map<number, number>();
  let current = 0;
  for (const i of body) {
    const b = doc.blocks[i] as BlockT;
    if (heading.has(i) || (i !== dl?.block && i !== lead && findDateline(b.text) !== null)) current++;
    section.set(i, current);
  }
  return { title, heading, lead, leadEnd, body, section, sections: current + 1 };
}

/** The article's parts (see {@link partsOf}); `section` maps each body block to its item (0 before any heading). */
interface Parts {
  title: Set<number>;
  heading: Set<number>;
  lead: number;
  /** Where the lead ends in its block (the first sentence of a title standing for the text; else the block's end). */
  leadEnd: number;
  body: number[];
  section: Map<number, number>;
  sections: number;
}

/**
 * A medium named in its column's name or as publishing a piece (央视快评, 新华社长篇通讯, 新华时评, 人民日报评论员文章,
 * 新华社今天播发《…》, 人民日报发表署名文章): the piece is the news, not who publishes it.
 */
const COLUMN =
  /(?:央视网|央视|新华社|新华|人民日报|总台|中央广播电视总台|光明日报|经济日报)(?=[^：:】《，。]{0,8}?(?:快评|时评|短评|评论员文章|评论员|社论|通讯|综述|述评|署名文章|播发|发表))/g;

/**
 * Where a mention is no reason for focus (`skip`): a dateline opening a later block (the second item of a brief: 新华社
 * 东京１月１８日电) names a source, like the article's own, and so does a media column's name (央视快评); a name
 * inside a work's title (《中国大百科全书》) names the work. `label`: inside a title's series label (【大美中国】青海,
 * 【领航中国】), where the home country's name brands the series; other names there (【成都大运会】) say where the news
 * is and count. `notSubject`: a person's name that names a doctrine or the leadership (see LEADERSHIP), or a deputy
 * of a list a session elects (see DEPUTIES).
 */
function skippedSpans(doc: Doc): Record<'skip' | 'label' | 'notSubject', (block: number, start: number) => boolean> {
  const datelineEnd = doc.blocks.map((b) => findDateline(b.text)?.end ?? 0);
  const bracketed = (text: string, open: string, close: string): Array<[number, number]> => {
    const spans: Array<[number, number]> = [];
    for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
      const end = text.indexOf(close, at);
      if (end < 0) break;
      spans.push([at, end]);
    }
    return spans;
  };
  const inside = (spans: Array<Array<[number, number]>>) => (block: number, start: number) =>
    (spans[block] ?? []).some(([a, b]) => start > a && start < b);
  const works = inside(doc.blocks.map((b) => bracketed(b.text, '《', '》')));
  // A picture's credit (（新华社记者张燕辉摄）) names who took it, and a name in brackets closing the article
  // (…产品的高纯度和高稳定性。（肖佳）) who wrote it.
  const last = doc.blocks.length - 1;
  const credits = inside(
    doc.blocks.map((b, i) =>
      [...b.text.matchAll(PHOTO_CREDIT), ...(i === last ? b.text.matchAll(BYLINE) : [])].map((m) => spanOf(m)),
    ),
  );
  // A title's series label (【大美中国】) brands the series, and its closing note in brackets (虎（中国画）, …（附图片１张）)
  // says what kind of item it is.
  const labels = inside(
    doc.blocks.map((b) =>
      b.kind === 'title'
        ? [
            ...bracketed(b.text, '【', '】'),
            ...bracketed(b.text, '（', '）').filter(([, end]) => end === b.text.length - 1),
          ]
        : [],
    ),
  );
  // A media column's name (央视快评：, 【央视快评】, 本台播发央视快评《…》, 新华社长篇通讯：) names who comments, not what about.
  const columns = inside(doc.blocks.map((b) => [...b.text.matchAll(COLUMN)].map((m) => spanOf(m))));
  // Where a person's name names something else: a doctrine (policy mentions: 习近平新时代中国特色社会主义思想) or the
  // leadership in the formula of its core (以习近平同志为核心的党中央); or no subject: a list of deputies elected.
  const notSubjects = doc.blocks.map((b) =>
    [...b.text.matchAll(LEADERSHIP), ...b.text.matchAll(DEPUTIES)].map((m) => spanOf(m)),
  );
  for (const m of doc.mentions ?? []) if (m.type === 'policy') notSubjects[m.block]?.push([m.start - 1, m.end]);
  return {
    skip: (block, start) =>
      start < (datelineEnd[block] ?? 0) || works(block, start) || credits(block, start) || columns(block, start),
    label: labels,
    notSubject: inside(notSubjects),
  };
}

/**
 * A place's epithet in quotation marks right before it (“华北明珠”白洋淀, 被誉为“中国伞乡”的浙江南阳): a country or
 * place named inside the epithet praises the place after it, and is no mention of its own — there, and wherever the
 * article writes the epithet again (the title 华北明珠放异彩 is about 白洋淀, not North China). Returns the praised
 * place's id for a mention inside an epithet.
 */
function epithetPlaces(doc: Doc): (block: number, start: number, end: number) => string | undefined {
  const mentions = (doc.mentions ?? []).filter((m) => m.entity !== null && !m.dateline);
  const praised = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'place') continue;
    const text = doc.blocks[m.block]?.text ?? '';
    const close = text[m.start - 1] === '的' ? m.start - 2 : m.start - 1;
    if (text[close] !== '”') continue;
    const open = text.lastIndexOf('“', close);
    const epithet = text.slice(open + 1, close);
    if (open < 0 || epithet.length < 2 || epithet.length > 8 || /[“”，。]/.test(epithet)) continue;
    const inside = mentions.some(
      (x) => x.block === m.block && x.start > open && x.end <= close && (x.type === 'place' || x.type === 'country'),
    );
    if (inside) praised.set(epithet, m.entity as string);
  }
  if (praised.size === 0) return () => undefined;
  const spans = doc.blocks.map((b) => {
    const found: Array<[number, number, string]> = [];
    for (const [epithet, id] of praised)
      for (let at = b.text.indexOf(epithet); at >= 0; at = b.text.indexOf(epithet, at + 1))
        found.push([at, at + epithet.length, id]);
    return found;
  });
  return (block, start, end) => spans[block]?.find(([a, z]) => start >= a && end <= z)?.[2];
}

/**
 * The formula naming the party's leadership by its core (以习近平同志为核心的党中央, 以江泽民同志为核心的党的第三代中央
 * 领导集体): the leader's name there names the leadership, not the leader as what the article is about.
 */
const LEADERSHIP = /以[\u4e00-\u9fff]{2,4}同志为(?:核心|首|总书记)的[\u4e00-\u9fff]{0,16}?(?:党中央|领导集体)/g;

/**
 * A list of deputies a body elects (…选举韩应选为省政协主席，程步云、松布（土族）、…、岳世淑（女）为省政协副主席): the
 * head elected is the news, not each of the deputies, whom a list of the 1998 provincial sessions names by the ten.
 * One clause, with no other 为 in it.
 */
const DEPUTIES =
  /(?<=^|[，。；：:])[^，。；：:为]*、[^，。；：:为]*为[^，。；、为]{0,14}?副(?:主席|主任|省长|市长|书记|院长|区长|州长|检察长|委员长)/g;

/** A picture's credit in brackets: （新华社记者张燕辉摄）, （本报记者徐烨摄）, （新华社发美联社照片）, （传真照片）. */
const PHOTO_CREDIT = /[（(][^（）()]{0,30}?(?:摄|照片)[）)]/g;
/** A writer's name in brackets at the very end of an article (（肖佳）, （本报记者李亚彪）). */
const BYLINE = /[（(](?:本报记者|记者|通讯员)?[\u4e00-\u9fff·]{2,6}[）)]\s*$/g;
/** The span of a match, with its start one before so that a name at its first character is inside. */
const spanOf = (m: RegExpMatchArray): [number, number] => [(m.index ?? 0) - 1, (m.index ?? 0) + m[0].length];

/** Where each cue word stands in a text: the offsets of its occurrences. */
function cueOffsets(text: string, cues: readonly string[]): number[] {
  const at: number[] = [];
  for (const c of cues) for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + c.length)) at.push(i);
  return at;
}

/** A working record of one entity's evidence. */
const newEvidence = (id: string, type: string): Evidence => ({
  id,
  type,
  mentions: 0,
  blocks: new Set(),
  perBlock: new Map(),
  reasons: new Set(),
  score: 0,
});

/** The focus of one document. */
export function focusOf(doc: Doc, dicts: DictionarySet, options: FocusOptionsT, t: FocusTables): FocusEntryT[] {
  return withSoleSubject(doc, subjectsOf(doc, dicts, options, t), options);
}

/** A block's text that is no sentence of the news: a credit in brackets (（王十川）, （新华社记者张燕辉摄）). */
const CREDIT_ONLY = /^[（(][^（()）]*[）)]$/;

/** Whether the article's text is one sentence at most besides its title (a one-line item, a picture's caption). */
function oneSentence(doc: Doc): boolean {
  const body = (doc.sentences ?? []).filter((s) => {
    const b = doc.blocks[s.block];
    return b !== undefined && b.kind !== 'title' && !CREDIT_ONLY.test(b.text.slice(s.start, s.end).trim());
  });
  return body.length <= 1;
}

/**
 * In an item of one sentence (a one-line item of People's Daily, a picture's caption, a commentary announced in one
 * line), nothing can be mentioned throughout: where nothing is primary, what alone scores best in it is its subject,
 * primary.
 */
function withSoleSubject(doc: Doc, focus: FocusEntryT[], options: FocusOptionsT): FocusEntryT[] {
  const best = focus[0]?.[2];
  // One subject: several names scoring alike in one line (a list of villages) are none of them its subject.
  if (best === undefined || focus[1]?.[2] === best || focus.some(([, rank]) => rank === 1) || !oneSentence(doc))
    return focus;
  return focus.map((e) =>
    e[2] === best ? [e[0], 1, Math.max(e[2], options.primary), ...e.slice(3)] : e,
  ) as FocusEntryT[];
}

/** The subjects of one document, ranked. */
function subjectsOf(doc: Doc, dicts: DictionarySet, options: FocusOptionsT, t: FocusTables): FocusEntryT[] {
  const types = new Set(options.types);
  const parts = partsOf(doc);
  const byId = new Map<string, Evidence>();
  const evidence = (id: string, type: string): Evidence => {
    const e = byId.get(id) ?? newEvidence(id, type);
    byId.set(id, e);
    return e;
  };
  const count = (e: Evidence, block: number, start: number): void => {
    e.mentions++;
    e.blocks.add(block);
    e.perBlock.set(block, (e.perBlock.get(block) ?? 0) + 1);
    if (parts.title.has(block)) e.reasons.add('title');
    if (parts.heading.has(block)) e.reasons.add('heading');
    if (block === parts.lead && start < parts.leadEnd) e.reasons.add('lead');
  };
  const { skip, label, notSubject } = skippedSpans(doc);
  const venues = new Set(options.home.venues);
  const epithet = epithetPlaces(doc);
  // Countries found in shorthand compounds (中美) and named otherwise.
  const [compound, named] = [new Set<string>(), new Set<string>()];
  const withCountry = new Set((doc.mentions ?? []).filter((m) => m.rule === 'country-in-name').map((m) => m.entity));
  const events = (doc.mentions ?? []).filter((m) => m.type === 'event');
  const middles = addressMiddles(doc, dicts);
  for (const m of doc.mentions ?? []) {
    if (m.entity === null || m.dateline === true || skip(m.block, m.start) || middles.has(m)) continue;
    // A person named in a doctrine's name (习近平新时代中国特色社会主义思想, 毛泽东思想) names the doctrine, and one in
    // the formula of the leadership's core (以习近平同志为核心的党中央) the leadership; a deputy in a list of those a
    // session elects is no subject of the item.
    if (m.type === 'person' && notSubject(m.block, m.start)) continue;
    // A place inside an event's name (杭州 of 杭州亚运会, 巴黎 of 巴黎奥运会) names the event, as a name inside a work's
    // title names the work: no reason of its own.
    if (sourceOrVenue(m, doc.blocks[m.block]?.text ?? '', venues) || insideEvent(m, events)) continue;
    // A place in a place's epithet (华北 of “华北明珠”白洋淀, and of the title 华北明珠放异彩) names the place it praises.
    const praised = epithet(m.block, m.start, m.end);
    if (praised !== undefined) {
      count(evidence(praised, 'place'), m.block, m.start);
      named.add(praised);
      continue;
    }
    const rule = m.rule ?? '';
    // An institution of a country (以军, 英国政府) is that country acting, as 中方 is China.
    const owner = rule.startsWith('institution-') ? ownerCountry(m.entity, t) : t.institutionOf.get(m.entity);
    const id = owner ?? m.entity;
    const type = owner !== undefined ? 'country' : (dicts.entities.get(m.entity)?.type ?? m.type);
    if (!types.has(type) || (id === t.home && label(m.block, m.start))) continue;
    const e = evidence(id, type);
    count(e, m.block, m.start);
    (rule === 'shorthand-compound' ? compound : named).add(id);
    if (owner !== undefined) e.reasons.add('institution');
    else if (rule.startsWith('shorthand-')) e.reasons.add('shorthand');
    const inName = withCountry.has(m.entity) ? countryInName(m, dicts, t) : undefined;
    if (inName !== undefined) {
      count(evidence(inName, 'country'), m.block, m.start);
      named.add(inName);
    }
  }
  addPartyGroupBodies(doc, byId, dicts, evidence);
  addTitledByOffice(doc, parts, byId, dicts, t.home);
  addOfficeOrganizations(doc, dicts, parts, skip, evidence, count);
  addBareOffices(doc, parts, (block, start) => skip(block, start) || label(block, start), byId, dicts, count);
  addPlanPlaces(doc, dicts, parts, evidence, count);
  // A compound (中美, 中土) abbreviates countries the article names: a foreign country found only in compounds is a
  // misreading (西南油气田 read as Spain and South Africa), not news about it.
  for (const id of compound) if (id !== t.home && !named.has(id)) byId.delete(id);
  const top = (e?: Evidence): boolean => e !== undefined && (e.reasons.has('title') || e.reasons.has('lead'));
  // News about another country: one named in the title or the lead.
  const abroad = [...byId.values()].some((e) => e.type === 'country' && e.id !== t.home && top(e));
  // A cue inside a name of a focus type (全国政协, 全国总工会) is that entity's, counted as its mention; inside another
  // name (中国共产党第二十次全国代表大会, an event) it still says the news is national.
  const names = doc.blocks.map((): Array<[number, number]> => []);
  for (const m of doc.mentions ?? []) if (types.has(m.type)) names[m.block]?.push([m.start, m.end]);
  const noCue = (block: number, start: number): boolean =>
    skip(block, start) || label(block, start) || (names[block] ?? []).some(([a, z]) => start >= a && start < z);
  const cue = addHomeCues(doc, parts, options, t, noCue, abroad && !top(byId.get(t.home ?? '')), evidence, count);
  const total = [...byId.values()].reduce((n, e) => n + e.mentions, 0);
  for (const e of byId.values()) score(e, total, parts.body.length, options.weights);
  addParagraphSubjects(parts, byId, options);
  addLeadCountries(parts, byId, options, t);
  addReturnedTo(parts, byId, options);
  addSides(doc, byId, options, t.home, named);
  addTitled(doc, parts, byId, options, t, dicts);
  const home = t.home === undefined ? undefined : byId.get(t.home);
  // Whether the home country is at national level is read from the article as a whole, before its items add reasons;
  // in news abroad, named in the lead it is one side of it (中企承建的菲律宾大桥).
  const national =
    home !== undefined &&
    (nationalLevel(home, cue.top) ||
      (abroad && home.reasons.has('lead')) ||
      stateProminent(byId, dicts, options, t) ||
      cuesDominate(home, cue.cues, byId));
  if (parts.sections > 1) addSections(doc, parts, byId, options, dicts);
  const nationwide = addActors(byId, dicts, options, t, evidence, doc);
  addProvinces(byId, dicts, options, evidence);
  // Also national news: its national people or institutions in focus (actor), places across its provinces.
  if (t.home !== undefined && !national && !nationwide && !byId.get(t.home)?.reasons.has('actor')) byId.delete(t.home);
  const focus = rank(byId, options, parts.sections, (id) => reportsNews(id, dicts, options));
  if (focus.length > 0) return focus;
  // National (read again now that items and actors have added their reasons), or speaking as the country (我国正式开启…),
  // or naming it at the top as a subject where nothing else is in focus (新春的中国处处张灯结彩).
  const speaks =
    national || cue.own > 0 || stateProminent(byId, dicts, options, t) || (top(home) && homeStandsAtTop(doc, parts, t));
  return [...(speaks ? homeAlone(byId, t.home, home) : []), ...loneSubject(doc, byId, dicts, options, t.home)];
}

/** What stands right after a country's name that is a noun of its own (新时代的中国，, 中国是), not a qualifier (中国书画). */
const NOUN_AFTER = /^(?:[，。、；：！？,;:!?的是在已将也都正]|$)/;

/**
 * Whether the title or the lead names the home country as a noun of its own, the subject of the news (新春的中国处处张灯结彩,
 * 新时代的中国，人民安居乐业): after 的, or before punctuation or a verb; not its name qualifying a thing (中国书画展览开幕).
 */
function homeStandsAtTop(doc: Doc, parts: Parts, t: FocusTables): boolean {
  return (doc.mentions ?? []).some((m) => {
    if (m.entity !== t.home || m.dateline === true) return false;
    if (!parts.title.has(m.block) && !(m.block === parts.lead && m.start < parts.leadEnd)) return false;
    const text = doc.blocks[m.block]?.text ?? '';
    return text[m.start - 1] === '的' || NOUN_AFTER.test(text.slice(m.end));
  });
}

/**
 * National news in which nothing reaches the threshold (a ministry's figures, a launch, an editorial) is about the
 * home country, secondary, unless it names another country.
 */
function homeAlone(byId: ReadonlyMap<string, Evidence>, id: string | undefined, home?: Evidence): FocusEntryT[] {
  if (id === undefined) return [];
  for (const e of byId.values()) if (e.type === 'country' && e.id !== id) return [];
  return [[id, 2, Math.round((home?.score ?? 0) * 100) / 100, 'national']];
}

/** A title announcing appointments (上海市委主要负责同志职务调整, 国务院任免国家工作人员). */
const APPOINTMENTS_TITLE = /职务调整|任免|人事调整/;
/** What follows the name of a person an announcement appoints or relieves (李干杰同志不再兼任, 林武同志任, 任命…为). */
const APPOINTED_AFTER = /^(?:同志)?(?:任|不再|兼任|担任|为)/;

/**
 * The people an announcement of appointments appoints or relieves (中共中央决定：林武同志任山东省委书记) are what its
 * title names as 主要负责同志: the title's reason, as for a person the title names by office.
 */
function addAppointed(doc: Doc, byId: Map<string, Evidence>): void {
  for (const m of doc.mentions ?? []) {
    if (m.type !== 'person' || m.entity === null) continue;
    const after = (doc.blocks[m.block]?.text ?? '').slice(m.end, m.end + 4);
    if (APPOINTED_AFTER.test(after)) byId.get(m.entity)?.reasons.add('title');
  }
}

/** A count of people in a title (4名中管干部, 13名“最美新时代革命军人”): its number as written. */
const TITLE_PEOPLE = /([0-9０-９]+|[一二三四五六七八九十两]+)名/;

/**
 * The people a title counts (4名中管干部…被问责) are those a list of the body names and closes with that count
 * (胡衡华、陈文浩、吴桂英、胡忠雄4名同志), or of as many names as the count says: the title's subjects, its reason.
 */
function addCounted(doc: Doc, parts: Parts, titles: readonly string[], byId: Map<string, Evidence>): void {
  const count = titles.map((t) => TITLE_PEOPLE.exec(t)?.[1]).find((c) => c !== undefined);
  if (count === undefined) return;
  const n = Number(count.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  const people = (doc.mentions ?? [])
    .filter((m) => m.type === 'person' && m.entity !== null && !parts.title.has(m.block))
    .sort((a, b) => a.block - b.block || a.start - b.start);
  let run: MentionT[] = [];
  const close = (): void => {
    const last = run.at(-1);
    const after = last === undefined ? '' : (doc.blocks[last.block]?.text ?? '').slice(last.end);
    if (run.length >= 2 && (after.startsWith(`${count}名`) || run.length === n))
      for (const m of run) byId.get(m.entity ?? '')?.reasons.add('title');
    run = [];
  };
  for (const m of people) {
    const prev = run.at(-1);
    const joined =
      prev !== undefined && prev.block === m.block && doc.blocks[m.block]?.text.slice(prev.end, m.start) === '、';
    if (!joined) close();
    run.push(m);
  }
  close();
}

/**
 * A person the title names by office (习近平会见马拉维总统, 向印度总统致慰问电) is named in the title: where the body
 * writes that country and office right before the person's name (马拉维总统查克维拉), the person has the title's reason;
 * so with an item's heading (苏丹武装部队总司令称将继续战斗 over 苏丹武装部队总司令布尔汉), and the heading's reason.
 */
function addTitledByOffice(
  doc: Doc,
  parts: Parts,
  byId: Map<string, Evidence>,
  dicts: DictionarySet,
  home: string | undefined,
): void {
  const titles = [...parts.title].map((i) => doc.blocks[i]?.text ?? '');
  const headings = [...parts.heading];
  if (titles.length === 0 && headings.length === 0) return;
  const mentions = doc.mentions ?? [];
  const titleCountries = mentions.filter((m) => parts.title.has(m.block) && m.type === 'country');
  const speaker = speakerOf(doc, parts, titles);
  if (speaker !== undefined) byId.get(speaker)?.reasons.add('title');
  if (titles.some((t) => APPOINTMENTS_TITLE.test(t))) addAppointed(doc, byId);
  addCounted(doc, parts, titles, byId);
  // Where the body names the person without the office (李强同澳大利亚总理会谈 … 李强同阿尔巴尼斯举行会谈): the office
  // the dictionary gives the person on the article's date, after the person's country, in the title.
  for (const e of byId.values()) {
    const person = e.type === 'person' ? dicts.entities.get(e.id) : undefined;
    const country = person?.country === undefined ? undefined : dicts.entities.get(`country:${person.country}`);
    if (person === undefined || country === undefined || e.reasons.has('title')) continue;
    const date = doc.meta.date ?? null;
    const roles = rolesOn(person, date);
    // The titles the country's name may stand before: the offices held on the date, and, after 新任, those taken in
    // the year before it (向圣多美和普林西比新任总理致贺电; not the predecessor, 印度尼西亚新任总统就职 the day his term ends).
    // An aide's office is written after the head's (美国总统国家安全事务助理 for 沙利文).
    const titlesAfter = [
      ...roles.flatMap((r) => officeForms(r.title)),
      ...roles
        .filter((r) => /(?:助理|顾问)$/.test(r.title))
        .flatMap((r) => officeForms(r.title).map((o) => `总统${o}`)),
      // A head of state is his country's 元首 (中美元首旧金山会晤: 习近平 and 拜登).
      ...(roles.some((r) => STATE_HEADS.has(r.title)) ? ['元首'] : []),
      ...roles.filter((r) => takenWithinYear(r.from, date)).flatMap((r) => officeForms(r.title).map((o) => `新任${o}`)),
    ];
    const forms = [country.name, ...country.aliases].filter((f) => f.length >= 2);
    if (titles.some((t) => forms.some((f) => titlesAfter.some((o) => namesHolder(t, f + o))))) e.reasons.add('title');
    else if (officeAfterCountries(doc, titleCountries, country.id, titlesAfter)) e.reasons.add('title');
  }
  const namingTexts = [...titles, ...headings.map((i) => doc.blocks[i]?.text ?? '')];
  for (const m of mentions) {
    const e = m.entity === null ? undefined : byId.get(m.entity);
    if (m.type !== 'person' || e === undefined || m.roles === undefined || parts.title.has(m.block)) continue;
    if (parts.heading.has(m.block)) continue;
    const text = doc.blocks[m.block]?.text ?? '';
    // The country written last before the name, with nothing but titles between (马拉维 of 马拉维总统查克维拉).
    // Each office ends with one of the person's roles: a title or heading without any names none of them.
    const roles = m.roles;
    if (!namingTexts.some((t) => roles.some((r) => t.includes(r)))) continue;
    // Or the organization (欧盟委员会 of 欧盟委员会执行副主席谢夫乔维奇, 联合国 of 联合国秘书长古特雷斯).
    const bodies = [
      countryBeforeOffice(mentions, text, m),
      countryBeforeOffice(mentions, text, m, 'organization'),
      organizationFormBeforeOffice(dicts, text, m),
    ];
    for (const body of bodies) {
      if (body === undefined) continue;
      const office = text.slice(body.start, m.start);
      // The title may write the home country as 我 or 我国 (我常驻联合国代表 over 中国常驻联合国代表秦华孙).
      const bare = text.slice(body.end, m.start);
      const offices = body.entity === home ? [office, `我${bare}`, `我国${bare}`] : [office];
      if (titles.some((t) => offices.some((o) => t.includes(o)))) e.reasons.add('title');
      // An item's heading names its subject by office as well (伊朗最高领袖… over 伊朗最高领袖哈梅内伊4日表示): the
      // heading is one of its blocks, with no mention of its own, so that its item counts it (addSections).
      const heading = headings.find((i) => (doc.blocks[i]?.text ?? '').includes(office));
      if (heading !== undefined) {
        e.reasons.add('heading');
        e.perBlock.set(heading, e.perBlock.get(heading) ?? 0);
      }
    }
  }
}

/** Offices the press writes alone for the one holder the article names with it (习近平总书记 … 向总书记报告). */
const BARE_OFFICES = ['总书记', '总统', '总理', '首相'];
/** The character before an office that makes it another's or a longer title (两国总统, 副总理, 前总统, 历任总理). */
const OTHER_BEFORE = /^[国副前任届位名原]$/;
/** The most characters of titles and punctuation between an office and the name it goes with (总书记、国家主席习近平). */
const TITLE_RUN = 20;

/**
 * An office written alone (向总书记报告, 总统强调) is the one person the article names with it (习近平总书记): each
 * counts as his mention where it stands, as a reader takes it. Not where two or more people hold it there, nor the
 * office written with a name (习近平总书记, 总书记、国家主席习近平), another's (两国总统, 副总理, 前总统, 美国总统 in an
 * article on Chakwera) or an aide's (总统府, 总统特使).
 */
function addBareOffices(
  doc: Doc,
  parts: Parts,
  skip: (block: number, start: number) => boolean,
  byId: ReadonlyMap<string, Evidence>,
  dicts: DictionarySet,
  count: (e: Evidence, block: number, start: number) => void,
): void {
  const people = (doc.mentions ?? []).filter((m) => m.type === 'person' && m.entity !== null);
  const countries = (doc.mentions ?? []).filter((m) => m.type === 'country');
  for (const office of BARE_OFFICES) {
    // Holders of the office itself, not of its deputy's (国务院副总理丁薛祥 holds no 总理).
    const holds = (r: string): boolean => r.endsWith(office) && !r.endsWith(`副${office}`);
    const holders = new Set(people.filter((m) => m.roles?.some(holds)).map((m) => m.entity));
    const holder = holders.size === 1 ? byId.get([...holders][0] ?? '') : undefined;
    if (holder === undefined) continue;
    // A country written before the office must be the holder's (马拉维总统 for Chakwera, not 美国总统).
    const own = dicts.entities.get(holder.id)?.country;
    const otherCountry = (block: number, at: number): boolean =>
      countries.some((c) => c.block === block && c.end === at && c.entity !== `country:${own}`);
    for (const i of [...parts.title, ...parts.body]) {
      const text = doc.blocks[i]?.text ?? '';
      for (let at = text.indexOf(office); at >= 0; at = text.indexOf(office, at + office.length)) {
        const end = at + office.length;
        if (skip(i, at) || OTHER_BEFORE.test(text[at - 1] ?? '') || AIDE_AFTER.test(text.slice(end))) continue;
        if (otherCountry(i, at)) continue;
        const named = people.some(
          (m) =>
            m.block === i &&
            (m.end === at ||
              (m.start >= end && m.start - end <= TITLE_RUN && !/[，。；！？：,;!?:]/.test(text.slice(end, m.start)))),
        );
        if (!named) count(holder, i, at);
      }
    }
  }
}

/** A speech's title (一九九八年新年讲话, 在春节团拜会上的讲话, 开幕致辞), a picture's note after it. */
const SPEECH_TITLE = /(?:讲话|致辞|贺词)(?:（[^）]*）)?$/;

/** The date of a speech in brackets on a line of its own, a picture's note after it (（一九九八年一月一日）（附图片１张）). */
const DATE_LINE = /^[（(][^（）()]{1,20}日[）)](?:[（(]附[^（）()]*[）)])?$/;

/**
 * The speaker of a speech the title names, written alone on the first line under it, or under its date, with the
 * offices before the name or none (中共中央总书记、国家主席江泽民 over （一九九七年十二月三十一日）; （一九九八年一月一日） over
 * 江泽民): the person the title means.
 */
function speakerOf(doc: Doc, parts: Parts, titles: readonly string[]): string | undefined {
  const dated = DATE_LINE.test((doc.blocks[parts.body[0] ?? -1]?.text ?? '').trim());
  const first = parts.body[dated ? 1 : 0];
  if (first === undefined || !parts.heading.has(first) || !titles.some((t) => SPEECH_TITLE.test(t))) return undefined;
  const line = (doc.blocks[first]?.text ?? '').trimEnd();
  const people = (doc.mentions ?? []).filter((m) => m.block === first && m.type === 'person' && m.entity !== null);
  return people.length === 1 && people[0]?.end === line.length ? (people[0].entity ?? undefined) : undefined;
}

/**
 * Whether a title writes the country, in a run of countries, right before one of the offices (俄法总统商谈 for both
 * presidents, 中俄总理 for both premiers): the run's shorthand is the tag stage's, one mention a character.
 */
function officeAfterCountries(
  doc: Doc,
  inTitle: readonly MentionT[],
  countryId: string,
  offices: readonly string[],
): boolean {
  return inTitle.some((m) => {
    if (m.entity !== countryId) return false;
    let end = m.end;
    for (let next: MentionT | undefined = m; next !== undefined; ) {
      end = next.end;
      next = inTitle.find((n) => n.block === m.block && n.start === end);
    }
    const rest = (doc.blocks[m.block]?.text ?? '').slice(end);
    return offices.some((o) => rest.startsWith(o) && !AIDE_AFTER.test(rest.slice(o.length)));
  });
}

/** Whether an office dated from `from` was taken within the year before `date` (an undated one was not). */
function takenWithinYear(from: string | undefined, date: string | null): boolean {
  if (from === undefined || date === null) return false;
  const yearBefore = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  return from >= yearBefore.slice(0, from.length) && from <= date.slice(0, from.length);
}

/**
 * Words after an office that make it someone else's (俄总统新闻秘书, 美总统特使, 法总统候选人, 韩总统府,
 * 美国总统国家安全事务助理).
 */
const AIDE_AFTER =
  /^(?:新闻秘书|发言人|办公厅|办公室|特使|特别代表|(?:国家安全事务)?助理|(?:国家安全)?顾问|候选人|夫人|府|大选|选举)/;

/** Offices of heads of state, whom a title may name their countries' 元首 (中美元首会晤). */
const STATE_HEADS: ReadonlySet<string> = new Set(['国家主席', '总统', '国王', '女王', '最高元首', '大公', '埃米尔']);

/** Whether `text` writes a country's office (美国总统) for its holder, not in an aide's title (美国总统国家安全事务助理). */
function namesHolder(text: string, office: string): boolean {
  for (let at = text.indexOf(office); at >= 0; at = text.indexOf(office, at + 1))
    if (!AIDE_AFTER.test(text.slice(at + office.length))) return true;
  return false;
}

/** A meeting held or a hall, after a venue and before the clause ends (在京闭幕, 在北京人民大会堂举行, 在京会见). */
const MEETING_AFTER =
  /^[^，。；：！？、,;:!?]{0,10}?(?:举行|召开|开幕|闭幕|举办|会见|会谈|座谈|颁奖|人民大会堂|钓鱼台)/;

/**
 * A journey's verb right before the capital: whoever comes there or goes back is news, not the city (来京述职, 返回北京);
 * not the 来 of a word (未来, 以来: 7年来京津冀…).
 */
const TRAVEL_BEFORE = /(?:(?<![未以原从将近后年])来|抵|赴|返|返回|返抵|回到|飞抵|抵达|来到)$/;

/**
 * Whether the place at `start`–`end` is named as the venue of a meeting (right after 在, a meeting or a hall after it)
 * or where someone travels to (会见来京述职的澳门特别行政区行政长官, 结束访问后返回北京).
 */
function isVenue(text: string, start: number, end: number): boolean {
  if (TRAVEL_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return true;
  return text[start - 1] === '在' && MEETING_AFTER.test(text.slice(end, end + 20));
}

/** A country's media, right after its name (德媒称, 美国媒体报道); not 媒体人, a journalist. */
const MEDIA_AFTER = /^媒(?!体人)/;

/**
 * Figures published, right after a body (最新公布的数据显示, 发布的制造业采购经理指数, 今天（9月11日）发布，8月…指数为,
 * 统计显示, 的调查还显示); not a decision it publishes (生态环境部今天发布，湖北宜昌等106个地区被命名为…).
 */
const PUBLISHED_AFTER =
  /^(?:[^，。；：！？,;:!?]{0,8}?(?:公布|发布)的[^，。；：！？,;:!?]{0,12}?(?:数据|统计|指数|报告|信息)|[^，。；：！？,;:!?]{0,14}?(?:公布|发布)[，,][^。；]{0,24}?(?:指数|数据|同比|环比|%)|的?(?:数据|统计数据|统计|调查|监测|测算)(?:还|也)?(?:显示|表明))/;
/**
 * A body a reporter learned from or a figure is by (记者从商务部获悉, 据海关总署统计); not a meeting it held (从国家新药研究
 * 与开发协调领导小组工作会议上获悉), where it acts.
 */
const LEARNED_AROUND = /^[^，。；：！？,;:!?会]{0,8}?(?:获悉|了解到|统计|数据|测算|监测)/;

/**
 * Whether an organization at `start`–`end` is named as the source of figures or news (商务部最新公布的数据显示, 国家统计局
 * 数据显示, 记者从国家发展改革委获悉, 据海关总署统计): the publisher of a statistic is not what the article is about.
 */
function isSource(text: string, start: number, end: number): boolean {
  // The patterns reach at most some fifty characters past the name.
  const after = text.slice(end, end + 60);
  return (
    PUBLISHED_AFTER.test(after) ||
    ((text[start - 1] === '从' || text[start - 1] === '据') && LEARNED_AROUND.test(after))
  );
}

/**
 * Whether a mention names where the news happens or comes from rather than what it is about: a national meeting's
 * venue (在京闭幕), the source of figures (商务部最新公布的数据显示), a country's media (德媒称, 据美国媒体报道).
 */
function sourceOrVenue(m: MentionT, text: string, venues: ReadonlySet<string>): boolean {
  if (m.entity !== null && venues.has(m.entity) && isVenue(text, m.start, m.end)) return true;
  if (m.type === 'organization') return isSource(text, m.start, m.end);
  return m.type === 'country' && MEDIA_AFTER.test(text.slice(m.end, m.end + 3));
}

/** The title of a plan, programme or regulation (《浦东新区综合改革试点实施方案（2023—2027年）》, 《…发展规划纲要》). */
const PLAN_TITLE = /《([^《》]{2,60}?(?:方案|规划|纲要|意见|计划|条例|办法|决定))(?:（[^（）《》]*）)?》/g;

/**
 * A place named in the title of a plan, programme or regulation (《浦东新区综合改革试点实施方案》, 《粤港澳大湾区发展规划
 * 纲要》) counts where the title stands: a plan for a place is about that place, though a name inside a work's title
 * is no mention of its own (the tag stage finds none there). Not a book's or a film's title, which names a work.
 */
function addPlanPlaces(
  doc: Doc,
  dicts: DictionarySet,
  parts: Parts,
  evidence: (id: string, type: string) => Evidence,
  count: (e: Evidence, block: number, start: number) => void,
): void {
  doc.blocks.forEach((b, i) => {
    if (!parts.title.has(i) && !parts.body.includes(i)) return;
    for (const plan of b.text.matchAll(PLAN_TITLE)) {
      const from = (plan.index ?? 0) + 1;
      for (const m of dicts.trie.matchAll(b.text, from, from + (plan[1]?.length ?? 0))) {
        const claim = dicts.formList[m.value]?.claim;
        if (claim === undefined || (claim.kind !== 'name' && claim.kind !== 'alias')) continue;
        if (dicts.entities.get(claim.entity)?.type === 'place') count(evidence(claim.entity, 'place'), i, m.start);
      }
    }
  });
}

/**
 * A count of countries in the title (中亚五国首脑会晤, 中共代表团访问欧洲三国, 捷波匈三国): three to ten, not part of a
 * larger number or of a name (二十国集团, 七国集团, 《三国志》, 70国).
 */
const TITLE_COUNT = /(?<![一二三四五六七八九十百千0-9０-９])([三四五六七八九十]|[3-9]|10)国(?!集团|志|演义)/;
const COUNT_VALUE: Record<string, number> = { 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** "Several countries" of a region the title names right before it (访问非洲多国, 欧洲多国高温持续); not 多国人士 alone. */
const MANY = '多国';
/**
 * People of several countries who speak of the subject (亚洲多国媒体, 多国人士积极评价): their countries are not what the
 * title is about.
 */
const VOICES_AFTER = /^(?:媒体|人士|专家|学者|记者|民众|网友|友人|嘉宾|政要)/;
/** What may stand between two countries of one list (哈萨克斯坦、乌兹别克斯坦和土库曼斯坦; 中俄蒙). */
const LIST_GAP = /^(?:[、，,和与及]|以及)?$/;

/**
 * The first list, in `blocks`, of exactly `n` countries written one after another (哈萨克斯坦、乌兹别克斯坦、塔吉克斯坦、
 * 吉尔吉斯斯坦和土库曼斯坦), or of two or more where `n` is `many`; or null.
 */
function countedList(doc: Doc, blocks: ReadonlySet<number>, n: number | 'many'): string[] | null {
  let run: Array<{ id: string; block: number; end: number }> = [];
  const done = (): boolean => {
    const size = new Set(run.map((r) => r.id)).size;
    return n === 'many' ? size >= 2 : size === n;
  };
  for (const m of doc.mentions ?? []) {
    if (m.type !== 'country' || m.entity === null || m.dateline === true || !blocks.has(m.block)) continue;
    const last = run[run.length - 1];
    const gap = last?.block === m.block ? (doc.blocks[m.block]?.text ?? '').slice(last.end, m.start) : null;
    if (gap === null || !LIST_GAP.test(gap)) {
      if (done()) break;
      run = [];
    }
    run.push({ id: m.entity, block: m.block, end: m.end });
  }
  return done() ? run.map((r) => r.id) : null;
}

/**
 * The countries a title counts (中亚五国首脑会晤) are named in the title: the first list at the start of the body of
 * exactly that many countries (哈萨克斯坦、乌兹别克斯坦、塔吉克斯坦、吉尔吉斯斯坦和土库曼斯坦) gets the title's reason and
 * weight, and is at least secondary, as a reader takes "the five countries" of the title to be those five, though
 * each is named once. So does an item's heading (阿拉伯五国外长商讨… in a brief) for the list opening its item, with
 * the heading's reason. A title's region with 多国 (中共代表团访问非洲多国) counts the first list of two or more in the
 * same place (肯尼亚、坦桑尼亚和乌干达). Not the home country, in focus only at national level.
 */
function addCountedCountries(
  doc: Doc,
  parts: Parts,
  byId: Map<string, Evidence>,
  options: FocusOptionsT,
  t: FocusTables,
): void {
  const countOf = (i: number, many: boolean): number | 'many' | undefined => {
    const text = doc.blocks[i]?.text ?? '';
    const c = TITLE_COUNT.exec(text)?.[1];
    if (c !== undefined) return COUNT_VALUE[c] ?? Number(c);
    if (!many || !text.includes(MANY)) return undefined;
    // A region's several countries: the region a mention that ends where 多国 starts.
    const regionBefore = (doc.mentions ?? []).some(
      (m) =>
        m.block === i &&
        m.type === 'place' &&
        text.startsWith(MANY, m.end) &&
        !VOICES_AFTER.test(text.slice(m.end + MANY.length)),
    );
    return regionBefore ? 'many' : undefined;
  };
  const give = (ids: readonly string[] | null, reason: 'title' | 'heading', weight: number): void => {
    for (const id of ids ?? []) if (id !== t.home) nameIn(byId.get(id), reason, weight, options);
  };
  const counted = [...parts.title].map((i) => countOf(i, true)).find((c) => c !== undefined);
  // The list opens the article (in its first three body blocks): a later one may count other countries (an essay
  // on Central Asia's five whose fourth paragraph lists the Caspian's five).
  if (counted !== undefined)
    give(countedList(doc, new Set(parts.body.slice(0, 3)), counted), 'title', options.weights.title);
  for (const h of parts.heading) {
    // Not a region's several countries: an item's heading (美欧多国就黎巴嫩局势发布旅行提示) names those who act on its
    // subject more often than its subject.
    const n = countOf(h, false);
    if (n === undefined) continue;
    // The two body blocks after the heading, in its item.
    const item = parts.body.filter(
      (i) => i > h && parts.section.get(i) === parts.section.get(h) && !parts.heading.has(i),
    );
    give(countedList(doc, new Set(item.slice(0, 2)), n), 'heading', options.weights.heading);
  }
}

/**
 * Counts an entity as named in the title or a heading it does not write (中亚五国, 中宣部等): that reason and its weight,
 * and at least secondary; once.
 */
function nameIn(e: Evidence | undefined, reason: 'title' | 'heading', weight: number, options: FocusOptionsT): void {
  if (e === undefined || e.reasons.has(reason)) return;
  e.reasons.add(reason);
  e.score = Math.max(e.score + weight, options.threshold);
}

/** What a title names without writing each name: the countries it counts, a body's others, a visit's venue (see the three). */
function addTitled(
  doc: Doc,
  parts: Parts,
  byId: Map<string, Evidence>,
  options: FocusOptionsT,
  t: FocusTables,
  dicts: DictionarySet,
): void {
  addCountedCountries(doc, parts, byId, options, t);
  addTitleOthers(doc, parts, byId, options);
  addVenueAbroad(doc, parts, byId, dicts, options, t);
}

/** A date or time written between a person's name and 在 (23日, 当地时间23日上午, 今天下午). */
const WHEN =
  /^(?:当地时间)?[0-9０-９一二三四五六七八九十]*(?:[月日号])?[0-9０-９一二三四五六七八九十]*[日号]?(?:今天|昨天|上午|下午|晚上|晚|早上|中午)?$/;

/**
 * Where a person of the home country the title names acts abroad (李强出席新全球融资契约峰会 over 国务院总理李强在巴黎
 * 出席…) and the title names no foreign side, the foreign place or country the lead writes right after 在 (在巴黎,
 * 在法国巴黎) is at least secondary: the venue of the visit, which a reader lists, and with it (through `place`) its
 * country.
 */
function addVenueAbroad(
  doc: Doc,
  parts: Parts,
  byId: Map<string, Evidence>,
  dicts: DictionarySet,
  options: FocusOptionsT,
  t: FocusTables,
): void {
  const iso = options.home.country;
  const mentions = doc.mentions ?? [];
  const ofHome = (m: MentionT): boolean =>
    m.type === 'person' && m.entity !== null && dicts.entities.get(m.entity)?.country === iso;
  // Not where the title names a foreign side (李强会见巴基斯坦总理 in Paris is about Pakistan, not France).
  const foreign = (m: MentionT): boolean =>
    (m.type === 'country' && m.entity !== t.home) || (m.type === 'person' && !ofHome(m));
  const title = mentions.filter((m) => parts.title.has(m.block));
  if (!title.some(ofHome) || title.some(foreign)) return;
  const text = doc.blocks[parts.lead]?.text ?? '';
  const events = mentions.filter((m) => m.type === 'event');
  const lead = mentions.filter((m) => m.block === parts.lead && m.start < parts.leadEnd && m.entity !== null);
  for (const m of lead) {
    const e = byId.get(m.entity ?? '');
    const country =
      m.type === 'country' ? m.entity : t.countryByIso.get(dicts.entities.get(m.entity ?? '')?.country ?? '');
    if (e === undefined || (m.type !== 'country' && m.type !== 'place') || country === undefined || country === t.home)
      continue;
    const at = (lead.find((x) => x.end === m.start && x.type === 'country')?.start ?? m.start) - 1;
    // The home person is there: the 在 follows the name, a date or time at most between (国务院总理李强在巴黎出席…,
    // 习近平23日在约翰内斯堡; not the venue of a meeting greeted from afar, 习近平以视频方式向在加拿大蒙特利尔举行的…),
    // and no event's name holds the place (在巴黎残奥会上).
    const actor = lead.some((x) => ofHome(x) && x.end <= at && WHEN.test(text.slice(x.end, at)));
    if (text[at] === '在' && actor && !insideEvent(m, events) && e.score < options.threshold)
      e.score = options.threshold;
  }
}

/**
 * The bodies a title writes as one and others (中宣部等向五百县赠送农技录像带, 最高人民法院等六部门公布…): the list in
 * the lead that holds the one named (中宣部、农业部、团中央举行赠送仪式) are the others, each named in the title so, with
 * the title's reason and weight, and at least secondary. Organizations only: a country's others (沙特等主要产油国) are
 * a list of producers a reader leaves out.
 */
function addTitleOthers(doc: Doc, parts: Parts, byId: Map<string, Evidence>, options: FocusOptionsT): void {
  const mentions = doc.mentions ?? [];
  const lead = mentions.filter((m) => m.block === parts.lead && m.type === 'organization' && m.entity !== null);
  const text = doc.blocks[parts.lead]?.text ?? '';
  const joined = (a: MentionT, b: MentionT): boolean => LIST_GAP.test(text.slice(a.end, b.start));
  for (const m of mentions) {
    if (!parts.title.has(m.block) || m.type !== 'organization' || doc.blocks[m.block]?.text[m.end] !== '等') continue;
    const i = lead.findIndex((x) => x.entity === m.entity);
    if (i < 0) continue;
    let [first, last] = [i, i];
    while (first > 0 && joined(lead[first - 1] as MentionT, lead[first] as MentionT)) first--;
    while (last < lead.length - 1 && joined(lead[last] as MentionT, lead[last + 1] as MentionT)) last++;
    for (const other of lead.slice(first, last + 1))
      nameIn(byId.get(other.entity ?? ''), 'title', options.weights.title, options);
  }
}

/** Offices whose holder speaks or acts for the body named before them (外交部发言人, 国家能源局局长). */
const BODY_OFFICES = [
  '新闻发言人',
  '发言人',
  '负责人',
  '副部长',
  '部长',
  '副局长',
  '局长',
  '副主任',
  '主任',
  '副署长',
  '署长',
];

/**
 * A body named in an office title (外交部发言人答记者问, 国家能源局局长章建华) — which the tag stage leaves as a title,
 * not a mention — counts for focus where it stands: its spokesman or head speaks and acts for it, and a reader names
 * it. Not where another country is written before it (越南外交部发言人 is Vietnam's ministry, not China's).
 */
function addOfficeOrganizations(
  doc: Doc,
  dicts: DictionarySet,
  parts: Parts,
  skip: (block: number, start: number) => boolean,
  evidence: (id: string, type: string) => Evidence,
  count: (e: Evidence, block: number, start: number) => void,
): void {
  const mentions = doc.mentions ?? [];
  doc.blocks.forEach((b, i) => {
    if (!parts.title.has(i) && !parts.body.includes(i)) return;
    // Most blocks name no office: only those that do are read with the dictionaries again.
    if (!BODY_OFFICES.some((o) => b.text.includes(o))) return;
    for (const m of dicts.trie.matchAll(b.text)) {
      const entry = dicts.entities.get(dicts.formList[m.value]?.claim.entity ?? '');
      if (entry?.type !== 'organization' || !BODY_OFFICES.some((o) => b.text.startsWith(o, m.end))) continue;
      if (skip(i, m.start) || mentions.some((x) => x.block === i && x.start <= m.start && x.end > m.start)) continue;
      const before = mentions.find((x) => x.block === i && x.type === 'country' && x.end === m.start);
      if (before !== undefined && before.entity !== `country:${entry.country ?? ''}`) continue;
      if (foreignOfficeRun(dicts, mentions, b.text, i, m.start, entry.country)) continue;
      count(evidence(entry.id, 'organization'), i, m.start);
    }
  });
}

/** What may join the offices of one person's run of titles (越共中央政治局委员、中央书记处常务书记、中组部部长). */
const OFFICE_RUN_GAP = /^[^，。；：！？,;:!?\s]{1,24}$/;

/**
 * Whether a body's office continues a run of one person's titles opened by another country's party or state
 * (越共中央政治局委员、中央书记处常务书记、中组部部长 is Vietnam's organization department, not China's): the nearest
 * mention before it in the block is of another country, joined to it by titles and 、 alone.
 */
function foreignOfficeRun(
  dicts: DictionarySet,
  mentions: readonly MentionT[],
  text: string,
  block: number,
  start: number,
  country: string | undefined,
): boolean {
  let prev: MentionT | undefined;
  for (const x of mentions)
    if (x.block === block && x.end <= start && (prev === undefined || x.end > prev.end)) prev = x;
  if (prev === undefined || prev.entity === null || prev.end === start) return false;
  const gap = text.slice(prev.end, start);
  if (!gap.includes('、') || !OFFICE_RUN_GAP.test(gap)) return false;
  const owner = dicts.entities.get(prev.entity);
  const of = owner?.type === 'country' ? owner.iso2 : owner?.country;
  return (prev.type === 'organization' || prev.type === 'country') && of !== undefined && of !== country;
}

/** What may stand between a country and a person's name for the country to be the person's: titles alone (总统, 副总理兼外长). */

/** What ends a company's canonical name (柯达公司, 三星集团, 日本制铁株式会社). */
const COMPANY_NAME = /(?:公司|集团|株式会社)$/;

/** Whether an organization is a company: listed in the companies' dictionary, or named as one. */
function isCompany(entry: Entity): boolean {
  return /(?:^|\/)companies\.ya?ml$/.test(entry.file) || COMPANY_NAME.test(entry.name);
}

/** Whether the article writes a country, or one of its places, people or bodies other than its companies, anywhere. */
function namesMoreOf(doc: Doc, dicts: DictionarySet, country: string): boolean {
  return (doc.mentions ?? []).some((m) => {
    if (m.entity === country) return true;
    const entry = m.entity === null ? undefined : dicts.entities.get(m.entity);
    return entry?.country !== undefined && `country:${entry.country}` === country && !isCompany(entry);
  });
}

/** The share of the home country's place mentions one province holding it makes a story local, not nationwide. */
const LOCAL_SHARE = 0.75;

/**
 * Whether one province holds three quarters or more of the mentions of the home country's places (a feature on
 * Xiong'an that names Beijing and Tianjin in passing): a local story, whatever other provinces it names.
 */
function oneProvinceDominates(provinces: ReadonlyMap<string, number>): boolean {
  let all = 0;
  let most = 0;
  for (const n of provinces.values()) {
    all += n;
    most = Math.max(most, n);
  }
  return all > 0 && most >= LOCAL_SHARE * all;
}

/**
 * The middle places of addresses (临夏州 of 甘肃临夏州积石山县): written right after a place they lie within and right
 * before one within them, they say where the smaller place is, as a container (a reader names the county and its
 * province, not the prefecture between). Only a place the article names nowhere else.
 */
function addressMiddles(doc: Doc, dicts: DictionarySet): Set<MentionT> {
  const places = (doc.mentions ?? []).filter((m) => m.type === 'place' && m.entity !== null);
  const startingAt = new Map(places.map((m) => [`${m.block}:${m.start}`, m]));
  const endingAt = new Map(places.map((m) => [`${m.block}:${m.end}`, m]));
  const middles = new Set<MentionT>();
  for (const m of places) {
    const [next, before] = [startingAt.get(`${m.block}:${m.end}`), endingAt.get(`${m.block}:${m.start}`)];
    if (next === undefined || before === undefined) continue;
    const [id, inner, outer] = [m.entity ?? '', next.entity ?? '', before.entity ?? ''];
    if (liesWithin(dicts, inner, id) && liesWithin(dicts, id, outer)) middles.add(m);
  }
  // A place named elsewhere too (延安宝塔区 beside 陕西延安宝塔) is what the article speaks of, address or not.
  const elsewhere = new Set(places.filter((m) => !middles.has(m)).map((m) => m.entity));
  return new Set([...middles].filter((m) => !elsewhere.has(m.entity)));
}

/** Whether a place or country mention lies inside one of the article's event mentions (杭州 of 杭州亚运会). */
function insideEvent(m: MentionT, events: readonly MentionT[]): boolean {
  if (m.type !== 'place' && m.type !== 'country') return false;
  return events.some((x) => x.block === m.block && x.start <= m.start && x.end >= m.end);
}

/**
 * Whether the article speaks of the home country at national level: named in its title or a heading, as a state
 * (中方, 中美, 中国政府), mentioned in half the body blocks or more (cue words included), or through cue words in
 * the title, a heading or the lead. Its name elsewhere often qualifies a thing (中国举重队, 中国考古学) and is not
 * enough; nor are its towns. What else counts: see {@link focusOf}.
 */
function nationalLevel(home: Evidence, cueTop: boolean): boolean {
  const r = home.reasons;
  return r.has('title') || r.has('heading') || r.has('shorthand') || r.has('institution') || r.has('spread') || cueTop;
}

/**
 * Whether the home country's cue words (我国, 全国), three or more, make it the article's most named entity: an essay
 * on 我国's taxation, its reform and 我国's foreign-related taxes is about the country though its title names none of
 * it (a book review's one 国内 and its 中国 qualifying things are not).
 */
function cuesDominate(home: Evidence, cues: number, byId: ReadonlyMap<string, Evidence>): boolean {
  if (cues < 3) return false;
  for (const e of byId.values()) if (e !== home && e.mentions >= home.mentions) return false;
  return true;
}

/**
 * Whether one of the home country's people or institutions (a dictionary entry of that country: 国家统计局, 国务院总理
 * 李强) stands in the title or the lead: the state acting, which is national news.
 */
function stateProminent(
  byId: ReadonlyMap<string, Evidence>,
  dicts: DictionarySet,
  options: FocusOptionsT,
  t: FocusTables,
): boolean {
  for (const e of byId.values()) {
    if ((e.type !== 'person' && e.type !== 'organization') || isMedia(e.id, dicts, options)) continue;
    if (!e.reasons.has('title') && !e.reasons.has('lead')) continue;
    const entry = dicts.entities.get(e.id);
    const country = entry?.country;
    if (country !== undefined && t.countryByIso.get(country) === t.home && !regional(entry, dicts, t)) return true;
  }
  return false;
}

/**
 * Whether an entity is a news medium or publisher (its name ends as `options.media`: 人民日报社, 中央广播电视总台): it
 * reports or publishes what the article is about, and is not its country acting.
 */
function isMedia(id: string, dicts: DictionarySet, options: FocusOptionsT): boolean {
  const name = dicts.entities.get(id)?.name ?? derivedName(id);
  return name !== null && options.media.some((end) => name.endsWith(end));
}

/** Endings of publishers' and booksellers' names (人民出版社, 生活·读书·新知三联书店, 新华书店). */
const PUBLISHER_ENDS = ['出版社', '书店'];

/**
 * Whether an entity is a medium that reports or broadcasts (中央电视台, 新华社), not a publisher: a publisher is the
 * subject of a book's review or launch as readers see it.
 */
function reportsNews(id: string, dicts: DictionarySet, options: FocusOptionsT): boolean {
  const name = dicts.entities.get(id)?.name ?? derivedName(id);
  return (
    name !== null &&
    !PUBLISHER_ENDS.some((end) => name.endsWith(end)) &&
    options.media.some((end) => name.endsWith(end))
  );
}

/**
 * Whether an organization of the home country is named after one of its places (沈阳军区, 香港特区政府): a regional
 * body, which is no more national news than its place is.
 */
function regional(entry: Entity | undefined, dicts: DictionarySet, t: FocusTables): boolean {
  if (entry?.type !== 'organization') return false;
  const head = dicts.trie.longestAt(entry.name, 0, entry.name.length - 1);
  const claim = head === null ? undefined : dicts.formList[head.value]?.claim;
  const place = claim === undefined ? undefined : dicts.entities.get(claim.entity);
  return place?.type === 'place' && t.countryByIso.get(place.country ?? '') === t.home;
}

/**
 * The home country's cue words (我国, 全国) count as its mentions where they stand — not in a dateline, a work's title
 * or a series label, nor, for `home.relative` words (全国), in news `abroad` whose title and lead do not name the home
 * country (苏丹总统强调实现全国和解: Sudan's whole country). Returns whether one stands in the title, a heading or the
 * lead, how many were counted, and how many of them are the country's own words (`home.cues`: 我国, not 全国).
 */
function addHomeCues(
  doc: Doc,
  parts: Parts,
  options: FocusOptionsT,
  t: FocusTables,
  skip: (block: number, start: number) => boolean,
  abroad: boolean,
  evidence: (id: string, type: string) => Evidence,
  count: (e: Evidence, block: number, start: number) => void,
): { top: boolean; cues: number; own: number } {
  if (t.home === undefined) return { top: false, cues: 0, own: 0 };
  const cues = abroad ? options.home.cues : [...options.home.cues, ...options.home.relative];
  if (cues.length === 0) return { top: false, cues: 0, own: 0 };
  const relative = new Set(options.home.relative);
  const dl = doc.meta.dateline;
  let cueTop = false;
  let counted = 0;
  let own = 0;
  doc.blocks.forEach((b, i) => {
    if (!parts.title.has(i) && !parts.body.includes(i)) return;
    const dlAt = dl !== undefined && dl.block === i ? b.text.indexOf(dl.text) : -1;
    const found = cueOffsets(b.text, cues).filter(
      (at) =>
        !skip(i, at) &&
        !(dlAt >= 0 && at >= dlAt && at < dlAt + (dl?.text.length ?? 0)) &&
        !(relative.has(b.text.slice(at, at + 2)) && (honour(b.text, at) || comparison(b.text, at))) &&
        !localAll(
          doc,
          t,
          i,
          at,
          parts.title.has(i) || parts.heading.has(i) || (i === parts.lead && at < parts.leadEnd),
        ),
    );
    if (found.length === 0) return;
    const e = evidence(t.home as string, 'country');
    for (const at of found) count(e, i, at);
    counted += found.length;
    own += found.filter((at) => !relative.has(b.text.slice(at, at + 2))).length;
    e.reasons.add('national');
    const lead = i === parts.lead && found.some((at) => at < parts.leadEnd);
    if (parts.title.has(i) || parts.heading.has(i) || lead) cueTop = true;
  });
  return { top: cueTop, cues: counted, own };
}

/** What ends a division's or a town's word right before 各地 (全省各地, 市内各地): its localities, not the country's. */
const LOCAL_BEFORE = /[省市县区州内乡镇村]$/;

/**
 * Whether 各地 at `at` is no cue of the country's: outside the title, a heading and the lead (督促各地 in a report on
 * two provinces: theirs), after 全国 (全国各地 counts once), or a place's localities, after a division's word (全省各地,
 * 省内各地) or a place or country other than the home one (浙江各地, 美国各地).
 */
function localAll(doc: Doc, t: FocusTables, block: number, at: number, top: boolean): boolean {
  const text = doc.blocks[block]?.text ?? '';
  if (!text.startsWith('各地', at)) return false;
  if (!top || text.slice(Math.max(0, at - 2), at) === '全国') return true;
  if (LOCAL_BEFORE.test(text.slice(Math.max(0, at - 1), at))) return true;
  return (doc.mentions ?? []).some(
    (m) => m.block === block && m.end === at && (m.type === 'place' || m.type === 'country') && m.entity !== t.home,
  );
}

/** Verbs of receiving an honour, right before it (获评全国先进典型, 荣获全国五一劳动奖章). */
const HONOUR_BEFORE = /(?:获评|荣获|获得|被评为|评为|被授予|授予|荣膺|入选)$/;
/** A contest or selection named after the whole country (第七届全国优秀电视军事节目评选, 全国越剧青年演员大奖赛). */
const HONOUR_AFTER = /^[^，。；：！？]{0,20}?(?:评选|评比|大奖赛)/;

/** A title or an honour a person holds, right after 全国 (全国人大代表李国伟, 全国劳动模范, 全国政协委员). */
const HELD_AFTER = /^(?:人大代表|政协委员|劳动模范|劳模|道德模范|先进工作者|优秀共产党员|三八红旗手|五一劳动奖章)/;

/**
 * Whether a relative cue (全国) at `at` opens the name of an honour someone received or of a contest (获评全国…先进
 * 典型, 全国优秀…节目评选), or a title a person holds (来自云南保山的全国人大代表): it names the honour or the
 * title, and a local subject that holds one is no national news.
 */
function honour(text: string, at: number): boolean {
  const after = text.slice(at + 2);
  return HONOUR_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || HONOUR_AFTER.test(after) || HELD_AFTER.test(after);
}

/** What sets a figure against the whole country, right before 全国 (占全国, 居全国, 高于全国). */
const COMPARED_BEFORE = /(?:占|居|位居|位列|高于|低于|超过|领先|创造了)$/;
/** A share of or a rank in the whole country, right after 全国 (全国第3位, 全国前列, 全国平均水平, 全国6.5%的). */
const COMPARED_AFTER = /^(?:第[一二三四五六七八九十0-9]|前列|首位|之首|平均|[0-9.]+%|的[0-9.]+%)/;

/**
 * Whether a relative cue (全国) at `at` is the measure a place's figures are set against (以占全国1.1%的土地, 居全国第3
 * 位, 高于全国平均水平): the country is the yardstick of a provincial story, not its subject.
 */
function comparison(text: string, at: number): boolean {
  return COMPARED_BEFORE.test(text.slice(Math.max(0, at - 3), at)) || COMPARED_AFTER.test(text.slice(at + 2));
}

/**
 * In an article of several items (a news brief, a report with headed parts), an entity prominent in its item — in
 * its heading, or most mentioned in it — is in focus too, as a secondary subject: its score is at least
 * `weights.section` times its score within the item.
 */
function addSections(
  doc: Doc,
  parts: Parts,
  byId: Map<string, Evidence>,
  options: FocusOptionsT,
  dicts: DictionarySet,
): void {
  // A brief whose title names nothing (国际联播快讯, not 国内联播快讯 with its 国内) is its items: each item's subject is
  // one of its own (see itemSubjects).
  const title = doc.blocks.find((b) => b.kind === 'title')?.text ?? '';
  const brief =
    BRIEF_TITLE.test(title) &&
    ![...options.home.cues, ...options.home.relative].some((cue) => title.includes(cue)) &&
    ![...byId.values()].some((e) => [...e.blocks].some((b) => parts.title.has(b)));
  const inSection = new Map<number, Map<string, Evidence>>();
  for (const e of byId.values()) {
    for (const [block, n] of e.perBlock) {
      const k = parts.section.get(block);
      if (k === undefined) continue;
      let map = inSection.get(k);
      if (map === undefined) {
        map = new Map();
        inSection.set(k, map);
      }
      let local = map.get(e.id);
      if (local === undefined) {
        local = {
          id: e.id,
          type: e.type,
          mentions: 0,
          blocks: new Set(),
          perBlock: new Map(),
          reasons: new Set(),
          score: 0,
        };
        map.set(e.id, local);
      }
      local.mentions += n;
      local.blocks.add(block);
      if (parts.heading.has(block)) local.reasons.add('heading');
    }
  }
  for (const [k, map] of inSection) {
    const blocks = parts.body.filter((b) => parts.section.get(b) === k);
    // The item's own lead: its first block that is no heading.
    const lead = blocks.find((b) => !parts.heading.has(b));
    const total = [...map.values()].reduce((n, e) => n + e.mentions, 0);
    for (const local of map.values()) {
      if (lead !== undefined && local.blocks.has(lead)) local.reasons.add('lead');
      // An item's heading is its title (the brief's 以军和巴民众在耶路撒冷爆发激烈冲突): weighed as one, an entity it
      // names that reaches the threshold is in focus, secondary as the brief's items are.
      score(local, total, blocks.length, { ...options.weights, heading: options.weights.title });
      const titled = options.weights.section * local.score;
      score(local, total, blocks.length, options.weights);
      const e = byId.get(local.id) as Evidence;
      const own = options.weights.section * local.score;
      const s = own < options.threshold && titled >= options.threshold ? options.threshold : own;
      if (s > e.score) {
        e.score = s;
        // The item's reasons are the entity's reasons: an analyst reads why it is in focus.
        for (const r of local.reasons) e.reasons.add(r);
      }
    }
    if (brief) itemSubjects(map, byId, options, dicts);
  }
}

/**
 * In a brief whose title names nothing (国际联播快讯), what an item's heading names and scores best in the item (日本
 * of 日本众议院选举投票开始, 波音 of 波音公司宣布裁员) is that item's subject, primary, as a reader lists each item's
 * subject: the focus gold's international briefs have them so.
 */
function itemSubjects(
  map: ReadonlyMap<string, Evidence>,
  byId: Map<string, Evidence>,
  options: FocusOptionsT,
  dicts: DictionarySet,
): void {
  const headed = [...map.values()].filter((l) => l.reasons.has('heading') && l.score >= options.threshold);
  const best = Math.max(...headed.map((l) => l.score));
  for (const l of headed) {
    if (l.score !== best) continue;
    // A place of a country the heading names too (得州 of 美国得州发生枪击) stands for that country, the item's subject.
    const iso = l.type === 'place' ? dicts.entities.get(l.id)?.country : undefined;
    const country = headed.find((c) => c.type === 'country' && dicts.entities.get(c.id)?.iso2 === iso);
    const e = byId.get(country?.id ?? l.id);
    if (e !== undefined) e.score = Math.max(e.score, options.primary);
  }
}

/** The title of a news brief of headed items (国际联播快讯, 国际简讯). */
const BRIEF_TITLE = /(?:快讯|简讯)$/;

/**
 * The subject of a paragraph of its own — named there 3 times or more, more often than anything else in it
 * (白俄罗斯 four times in the paragraph on Lukashenko and Wagner after the fighting's) — is at least secondary: a
 * reader names what a whole paragraph is about, even where the article's first subject outweighs it in the count.
 */
function addParagraphSubjects(parts: Parts, byId: Map<string, Evidence>, options: FocusOptionsT): void {
  if (parts.body.length < 2) return;
  for (const block of parts.body) {
    let best: Evidence | undefined;
    let most = 0;
    let next = 0;
    for (const e of byId.values()) {
      const n = e.perBlock.get(block) ?? 0;
      if (n > most) [best, most, next] = [e, n, most];
      else if (n > next) next = n;
    }
    if (best === undefined || most < 3 || next >= most || best.score >= options.threshold) continue;
    best.score = options.threshold;
    best.reasons.add('paragraph');
  }
}

/**
 * An entity the article keeps returning to — named `recurring.mentions` times or more, in `recurring.blocks` body
 * blocks or more (罗马, nine times over four paragraphs of an essay on Christmas in Europe) — is at least secondary
 * (reason `share`): a reader names it, even where a long article's many names keep its share of them low.
 */
function addRecurring(parts: Parts, byId: Map<string, Evidence>, options: FocusOptionsT): void {
  const { mentions, blocks } = options.recurring;
  for (const e of byId.values()) {
    if (e.score >= options.threshold || e.mentions < mentions) continue;
    if (parts.body.filter((b) => e.blocks.has(b)).length < blocks) continue;
    e.score = options.threshold;
    e.reasons.add('share');
  }
}

/** Entities the text returns to: named throughout (see addRecurring), or in the title and again (see addTitledAgain). */
function addReturnedTo(parts: Parts, byId: Map<string, Evidence>, options: FocusOptionsT): void {
  addRecurring(parts, byId, options);
  addTitledAgain(parts, byId, options);
}

/**
 * An entity the title names and the body names again is at least secondary: the title chose it, and the text returns
 * to it (张家口 of 河北张家口抗震救灾纪实, named once more in a long feature; 拉赫蒙 of 习近平同塔吉克斯坦总统举行会谈),
 * though one body mention alone adds too little share to reach the threshold. Not a country, which a title often
 * names as what others talk about (中土外长谈阿富汗局势: the seed article is about Turkmenistan and China).
 */
function addTitledAgain(parts: Parts, byId: Map<string, Evidence>, options: FocusOptionsT): void {
  for (const e of byId.values())
    if (
      e.type !== 'country' &&
      e.reasons.has('title') &&
      e.score < options.threshold &&
      parts.body.some((b) => e.blocks.has(b))
    )
      e.score = options.threshold;
}

/** The word for the host of a meeting or games, right before the host's name (东道主乌干达, 东道主——中国). */
const HOST = /东道主(?:——|—)?$/;

/** Countries and places a reader names as a side of the news: the host (see addHosts), the partner (see addPartners). */
function addSides(
  doc: Doc,
  byId: Map<string, Evidence>,
  options: FocusOptionsT,
  home: string | undefined,
  named: ReadonlySet<string>,
): void {
  addHosts(doc, byId, options);
  addPartners(doc, byId, options, home, named);
}

/** How many compounds with the home country make a partner a side of the news, not a passing reference (中美关系 once). */
const PARTNER_PAIRS = 2;

/**
 * A foreign country in two compounds or more with the home country (中刚, 中美: the two sides of bilateral news) that
 * the article also names otherwise is at least secondary (reason `shorthand`). Countries only: a region or a union beside China
 * (中拉, 中非, 中欧) frames a state visit rather than being a side a reader names.
 */
function addPartners(
  doc: Doc,
  byId: Map<string, Evidence>,
  options: FocusOptionsT,
  home: string | undefined,
  named: ReadonlySet<string>,
): void {
  const mentions = doc.mentions ?? [];
  const pairs = new Map<string, number>();
  for (const m of mentions) {
    if (m.rule !== 'shorthand-compound' || m.entity === null || m.entity === home || !named.has(m.entity)) continue;
    const beside = (x: MentionT): boolean =>
      x.block === m.block && x.entity === home && x.rule === 'shorthand-compound' && Math.abs(x.start - m.start) <= 1;
    if (mentions.some(beside)) pairs.set(m.entity, (pairs.get(m.entity) ?? 0) + 1);
  }
  for (const [id, n] of pairs) {
    const e = byId.get(id);
    if (e === undefined || e.type !== 'country' || e.score >= options.threshold || n < PARTNER_PAIRS) continue;
    e.score = options.threshold;
    e.reasons.add('shorthand');
  }
}

/**
 * A country or place named as the host (东道主乌干达的总统, 东道主法国队) is at least secondary (reason `place`): the
 * host is where the meeting or the games take place, which a reader names even when the article names it once.
 * The home country still needs national level to stay.
 */
function addHosts(doc: Doc, byId: Map<string, Evidence>, options: FocusOptionsT): void {
  for (const m of doc.mentions ?? []) {
    if ((m.type !== 'country' && m.type !== 'place') || m.entity === null) continue;
    const e = byId.get(m.entity);
    const text = doc.blocks[m.block]?.text ?? '';
    if (e === undefined || e.score >= options.threshold || !HOST.test(text.slice(Math.max(0, m.start - 5), m.start)))
      continue;
    e.score = options.threshold;
    e.reasons.add('place');
  }
}

/**
 * A foreign country named twice or more in the lead (黎巴嫩 in 以军战机对位于黎巴嫩南部…的目标进行空袭…火箭弹从黎巴嫩
 * 发射) is at least secondary: the lead says where the news happens, and a reader names a country it returns to, even
 * where the article's main sides outweigh it in the count. Not the home country, which is in focus only at national
 * level.
 */
function addLeadCountries(parts: Parts, byId: Map<string, Evidence>, options: FocusOptionsT, t: FocusTables): void {
  for (const e of byId.values()) {
    if (e.type !== 'country' || e.id === t.home || e.score >= options.threshold) continue;
    if ((e.perBlock.get(parts.lead) ?? 0) >= 2 && e.reasons.has('lead')) e.score = options.threshold;
  }
}

/** The score of one entity from its own mentions: title, headings, lead, share of mentions and of blocks. */
function score(e: Evidence, total: number, bodyBlocks: number, w: FocusOptionsT['weights']): void {
  let s = 0;
  if (e.reasons.has('title')) s += w.title;
  if (e.reasons.has('heading')) s += w.heading;
  if (e.reasons.has('lead')) s += w.lead;
  const share = Math.min(w.shareCap, (w.share * e.mentions) / Math.max(1, total));
  // A share worth a third of its cap or more is a reason a reader sees: mentioned throughout.
  if (e.mentions >= 2 && share >= w.shareCap / 3) e.reasons.add('share');
  s += e.mentions >= 2 ? share : 0;
  const inBody = [...e.blocks].filter((b) => b >= 0).length;
  if (bodyBlocks >= 3 && e.mentions >= 2 && inBody / bodyBlocks >= 0.5) {
    e.reasons.add('spread');
    s += (w.spread * inBody) / bodyBlocks;
  }
  e.score = s;
}

/**
 * Countries gain from what is in focus of theirs: their people and institutions (any country) and their places
 * (not the home country, which is in focus only at national level); the home country also from places across
 * `home.spread` or more of its provinces (a nationwide round-up). Returns whether it did.
 */
function addActors(
  byId: Map<string, Evidence>,
  dicts: DictionarySet,
  options: FocusOptionsT,
  t: FocusTables,
  evidence: (id: string, type: string) => Evidence,
  doc: Doc,
): boolean {
  const date = doc.meta.date ?? null;
  const gains = new Map<string, { reason: FocusReasonT; score: number }>();
  // Mentions of the home country's places by province: a story that names other provinces in passing is local.
  const provinces = new Map<string, number>();
  for (const e of byId.values()) {
    const entry = dicts.entities.get(e.id);
    if (entry === undefined || entry.type === 'country' || entry.country === undefined) continue;
    const country = t.countryByIso.get(entry.country);
    if (country === undefined) continue;
    if (entry.type === 'place' && country === t.home) {
      let top = entry;
      for (let up = dicts.entities.get(top.parent ?? ''); up !== undefined; up = dicts.entities.get(up.parent ?? ''))
        top = up;
      // Only a division counts: the Yangtze and the Dabie Mountains, which have no parent, are no provinces. Nor do
      // Hong Kong, Macao and Taiwan (places with an ISO code of their own): the press names them apart from the
      // provinces (港澳台), often beside foreign countries as where goods or visitors come from.
      if (t.divided.has(top.id) && top.iso2 === undefined)
        provinces.set(top.id, (provinces.get(top.id) ?? 0) + e.mentions);
    }
    if (e.score < options.threshold || isMedia(e.id, dicts, options)) continue;
    if ((entry.type === 'place' || regional(entry, dicts, t)) && country === t.home) continue;
    if (entry.type === 'person' && internationalOfficial(entry, date, t)) continue;
    // A foreign company's business (柯达 sponsoring sport in China) is not its country acting, unless the article names
    // something else of that country (美媒称波音) or the company is another country's plant there (河钢斯梅戴雷沃钢厂).
    if (entry.type === 'organization' && country !== t.home && isCompany(entry) && !namesMoreOf(doc, dicts, country)) {
      const parent = entry.parent === undefined ? undefined : dicts.entities.get(entry.parent);
      if (parent?.country === undefined || parent.country === entry.country) continue;
    }
    if (entry.type === 'person' && country === t.home && localOfficial(entry, date, byId, dicts, options)) continue;
    // A home company's business is its own (上汽调整桑塔纳轿车销售政策): no more the country acting than a foreign one's.
    if (entry.type === 'organization' && country === t.home && isCompany(entry)) continue;
    const g = gains.get(country);
    if (g === undefined || e.score > g.score)
      gains.set(country, { reason: entry.type === 'place' ? 'place' : 'actor', score: e.score });
  }
  // A country is in focus at least as much as its people, institutions or places that are: they are the country
  // acting, or where the news happens. Not more than secondary, though, in the own business of the bodies of
  // `home.ownBusiness` (the CPPCC, the CMC, the democratic parties, the people's organizations): where they are the home
  // country's only bodies in primary focus (with the State Council, 国务院、中央军委公布…条例,
  // the state acts) and no other country is (a delegation received: one side of bilateral news).
  const bodies = [...byId.values()].filter(
    (e) =>
      e.type === 'organization' &&
      e.score >= options.primary &&
      dicts.entities.get(e.id)?.country === options.home.country &&
      !isMedia(e.id, dicts, options),
  );
  const setting =
    bodies.length > 0 &&
    bodies.every((e) => t.ownBusiness.has(e.id)) &&
    ![...byId.values()].some((e) => e.type === 'country' && e.id !== t.home && e.score >= options.primary) &&
    ![...gains].some(([c, g]) => c !== t.home && g.score >= options.primary);
  for (const [country, g] of gains) {
    const e = evidence(country, 'country');
    e.reasons.add(g.reason);
    const gained = Math.max(e.score + options.weights.actor, g.score);
    e.score = setting && country === t.home ? Math.max(e.score, Math.min(gained, options.threshold)) : gained;
  }
  if (t.home === undefined || provinces.size < options.home.spread || oneProvinceDominates(provinces)) return false;
  const e = evidence(t.home, 'country');
  e.reasons.add('national');
  e.score += options.weights.national;
  return true;
}

/**
 * The province (the top of a place's parents: 陕西 of 延安) of a primary place, where the article names it (陕西延安),
 * is in focus too, at least as a secondary subject (`place`): a reader names the region the article places a town in.
 * A province the article does not name stays out (a report on Shijiazhuang is not about Hebei).
 */
function addProvinces(
  byId: Map<string, Evidence>,
  dicts: DictionarySet,
  options: FocusOptionsT,
  evidence: (id: string, type: string) => Evidence,
): void {
  const provinces = new Set<string>();
  for (const e of byId.values()) {
    if (e.type !== 'place' || e.score < options.primary) continue;
    const place = dicts.entities.get(e.id);
    const top = place === undefined ? undefined : topPlace(dicts, place);
    if (top !== undefined && top.id !== e.id && byId.has(top.id)) provinces.add(top.id);
  }
  for (const id of provinces) {
    const e = evidence(id, 'place');
    e.reasons.add('place');
    e.score = Math.max(e.score, options.threshold);
  }
}

/** Where an entity stands in the article, for ordering equal scores: the title (0), a heading (1), the lead (2), else 3. */
function prominence(e: Evidence): number {
  return e.reasons.has('title') ? 0 : e.reasons.has('heading') ? 1 : e.reasons.has('lead') ? 2 : 3;
}

/**
 * The entities at or above the threshold, best first (equal scores: the title's, a heading's, the lead's, the more
 * often named, then by id), at most `max` — or, in an article of several items (a brief of three headed items),
 * `perItem` for each item if that is more: each item has subjects of its own.
 */
function rank(
  byId: Map<string, Evidence>,
  options: FocusOptionsT,
  sections: number,
  media: (id: string) => boolean,
): FocusEntryT[] {
  // Equal scores (a country scores as much as its leader in focus: actor) put what the title names first, then the
  // lead's, then the more often named: a visit's report lists 习近平 before the China his office makes an actor.
  const order = (a: Evidence, b: Evidence): number =>
    b.score - a.score ||
    prominence(a) - prominence(b) ||
    b.mentions - a.mentions ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  let kept = [...byId.values()]
    .filter((e) => e.score >= options.threshold)
    .sort(order)
    .slice(0, Math.max(options.max, options.perItem * (sections - 1)));
  // Nothing reaches the threshold, but the title and lead name several subjects once each (三部委联合印发… and the
  // three ministries in the lead; 河北省张北—尚义发生地震): they are what the item is about, secondary. One name alone
  // there is more often a passing qualifier (美国“哈勃”太空望远镜) than a subject, and a medium broadcasts or publishes
  // the item (今晚在央视综合频道播出) rather than being its subject.
  if (kept.length === 0) {
    const named = [...byId.values()].filter((e) => (e.reasons.has('title') || e.reasons.has('lead')) && !media(e.id));
    if (named.length >= 2) kept = named.sort(order).slice(0, options.max);
  }
  return kept.map((e) => toEntry(e, options));
}

/** A focus entry of an entity's evidence: its id, rank, score and reasons. */
function toEntry(e: Evidence, options: FocusOptionsT): FocusEntryT {
  const r = e.score >= options.primary ? 1 : 2;
  // Reasons in the order the schema lists them, so a report's bytes do not depend on the order they were found.
  const reasons = FocusReason.options.filter((x) => e.reasons.has(x));
  return [e.id, r, Math.round(e.score * 100) / 100, ...reasons];
}

/** Figures a body gives, right after its name (公布数据显示, 今天发布数据显示, 最新数据显示, 预计, 统计). */
const FIGURES_AFTER = /^[^，。；：！？,;:!?]{0,8}?(?:数据|统计|预计|测算|监测)/;

/**
 * Where nothing reaches the threshold and the title and lead name one entity alone, a person, a place or an
 * organization (中国共产党历史展览馆, named once in a report on it), it is the item's subject, secondary; a country alone
 * there is more often a passing qualifier (美国“哈勃”太空望远镜), and a medium airs the item rather than being its subject.
 */
function loneSubject(
  doc: Doc,
  byId: ReadonlyMap<string, Evidence>,
  dicts: DictionarySet,
  options: FocusOptionsT,
  home: string | undefined,
): FocusEntryT[] {
  const named = [...byId.values()].filter(
    (e) => (e.reasons.has('title') || e.reasons.has('lead')) && !reportsNews(e.id, dicts, options),
  );
  const only = named.length === 1 ? named[0] : undefined;
  if (only === undefined || only.type === 'country' || only.id === home) return [];
  // A name no dictionary holds, read once, is as often the recognizer's misreading of a calligraphy's words (神州焕彩).
  if (only.id.includes(':~') && only.mentions < 2) return [];
  // Nor a body that only gives the figures (国家税务总局最新数据显示, 交通运输部预计): a source, not a subject.
  const own = (doc.mentions ?? []).filter((m) => m.entity === only.id);
  const figures = (m: MentionT): boolean =>
    FIGURES_AFTER.test(doc.blocks[m.block]?.text.slice(m.end, m.end + 16) ?? '');
  if (only.type === 'organization' && own.length > 0 && own.every(figures)) return [];
  return [toEntry(only, options)];
}

/** The focus stage: each article's focus (countries, places, people, organizations), scored by documented rules. */
export const focusStage = defineStage({
  name: 'focus',
  options: FocusOptions,
  requires: ['tag'],
  create(options, ctx) {
    const tables = tablesOf(ctx.dictionaries, options, ctx.resources.institutions());
    return {
      name: 'focus',
      run(doc: Doc): Doc {
        return { ...doc, focus: focusOf(doc, ctx.dictionaries, options, tables) };
      },
    };
  },
});
