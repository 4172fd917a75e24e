// Which person a dictionary form names, read from what is written before it: the chain of titles (沙特王储兼首相) and
// the country that opens it. One form can be several people's (萨勒曼: the Saudi king, his son the crown prince, the
// crown prince of Bahrain); the dictionary's roles and countries say which one fits, or that none does.
import type { DictionarySet, Entity } from '../../schema/dictionary.js';
import type { MentionT } from '../../schema/document.js';
import { HEAD_OFFICES, NATIONAL_OFFICES, titleChainBefore } from './titles.js';

/**
 * Words before a chain of titles that make it a past or stand-in office (前总理, 时任外长, 代总统): the person need
 * not be known to hold it.
 */
const FORMER = ['前', '原', '时任', '已故', '首任', '末任', '代', '代理', '临时', '署理'];

/** Words between a country and an office that qualify the office (乍得当选总统, 伊朗新任外长). */
const QUALIFIERS = ['当选', '新任', '候任'];

/** Particles of Arabic patronymics (哈立德·本·萨勒曼: 萨勒曼 is his father). */
const PATRONYMIC = new Set(['本', '宾']);

/** Whether the text before `at` (a middle dot) ends in a patronymic particle: the name after it is a father's. */
export function afterPatronymic(text: string, at: number): boolean {
  const dot = text[at - 1] ?? '';
  return (dot === '·' || dot === '•' || dot === '・') && PATRONYMIC.has(text[at - 2] ?? '');
}

/** Short forms the press writes for offices that dictionaries spell out (外长 for 外交部长, 众议长 for 众议院议长). */
const SHORT_OFFICES: ReadonlyMap<string, string> = new Map([
  ['外长', '外交部长'],
  ['防长', '国防部长'],
  ['财长', '财政部长'],
  ['副外长', '副外交部长'],
  ['众议长', '众议院议长'],
  ['参议长', '参议院议长'],
]);

/** The forms a title may write for a dictionary role: the role and the press's short forms of it (外交部长, 外长). */
export function officeForms(role: string): string[] {
  return [role, ...[...SHORT_OFFICES].filter(([, full]) => full === role).map(([short]) => short)];
}

/** Whether a written title and a dictionary role title name the same office (国务院总理 and 总理, 外长 and 外交部长). */
function sameOffice(written: string, role: string): boolean {
  const w = SHORT_OFFICES.get(written) ?? written;
  const r = SHORT_OFFICES.get(role) ?? role;
  return w === r || w.endsWith(r) || r.endsWith(w);
}

/**
 * Whether the person holds or held the office a written title names, not as a deputy (穆罕默德总统 for Chad's
 * president; 副总统 is not 总统): on `date`, or at any date when it is null.
 */
export function holdsOffice(e: Entity, written: string, date: string | null = null): boolean {
  return rolesOn(e, date).some((r) => sameOffice(written, r.title) && !r.title.endsWith(`副${written}`));
}

/**
 * Posts that speak for, represent or play for others (发言人, 驻华大使, 选手), or head a state's or city's government
 * abroad (里约州州长, 市长), which heads of state never hold.
 */
const SERVING_POST = /(?:发言人|大使|特使|选手|运动员|州长|省长|市长)$/;

/** Whether a written or a dictionary title is such a post (外交部发言人, 驻华大使, 种子选手). */
function isServingPost(t: string): boolean {
  return SERVING_POST.test(t);
}

/** Whether a person is a foreign office holder the dictionary gives no such post (an athlete has no office at all). */
function foreignLeader(e: Entity): boolean {
  return e.country !== 'CN' && e.roles.length > 0 && !e.roles.some((r) => isServingPost(r.title));
}

/** Whether a written title is, or ends with, a head of state's or government's title (国务院总理, 沙特国王). */
function isHeadOffice(t: string): boolean {
  if (HEAD_OFFICES.has(t)) return true;
  for (const h of HEAD_OFFICES) if (t.endsWith(h)) return true;
  return false;
}

/** Whether an ISO date (or its prefix) falls in a role's period; a role without dates fits any date. */
function inPeriod(date: string, from: string | undefined, to: string | undefined): boolean {
  if (from !== undefined && date.slice(0, from.length) < from) return false;
  if (to !== undefined && date.slice(0, to.length) > to) return false;
  return true;
}

/** The person's roles held on `date` (every role when the date is unknown). */
export function rolesOn(e: Entity, date: string | null): Entity['roles'] {
  return date === null ? e.roles : e.roles.filter((r) => inPeriod(date, r.from, r.to));
}

/** Whether every office of the person is dated and began after `date` (比奥, president from 2018, in 1998). */
export function beforeAnyOffice(e: Entity, date: string | null): boolean {
  if (date === null || e.roles.length === 0) return false;
  return e.roles.every((r) => r.from !== undefined && date.slice(0, r.from.length) < r.from);
}

/**
 * How well the person's roles fit the written titles (on `date` when given): 2 for a title that is one of the roles
 * (副总统 and 副总统), 1 for one that only ends with a role or that a role ends with (总理 and 国务院总理; also 副总统 and
 * 总统), 0 for none.
 */
function roleFit(e: Entity, written: readonly string[], date: string | null): number {
  let best = 0;
  for (const r of e.roles) {
    if (date !== null && !inPeriod(date, r.from, r.to)) continue;
    for (const w of written) {
      if ((SHORT_OFFICES.get(w) ?? w) === (SHORT_OFFICES.get(r.title) ?? r.title)) return 2;
      if (sameOffice(w, r.title)) best = 1;
    }
  }
  return best;
}

/** The best fit on the article's date, else at any date (a date written nowhere: at any date only). */
function chooseByRoles(pool: readonly Entity[], written: readonly string[], date: string | null): Entity | undefined {
  return (date !== null ? bestFit(pool, written, date) : undefined) ?? bestFit(pool, written, null);
}

/** The first person of the pool whose roles fit the titles exactly, else the first whose roles fit them at all. */
function bestFit(pool: readonly Entity[], written: readonly string[], date: string | null): Entity | undefined {
  let loose: Entity | undefined;
  for (const e of pool) {
    const f = roleFit(e, written, date);
    if (f === 2) return e;
    if (f === 1) loose ??= e;
  }
  return loose;
}

/** People who claim the same matching form, for the forms more than one person claims (the winner first). */
export function personAlternatives(dicts: DictionarySet): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const clash of dicts.clashes) {
    const people = clash.claims
      .map((c) => dicts.entities.get(c.entity))
      .filter((e): e is Entity => e?.type === 'person');
    if (people.length > 1) out.set(clash.form, people);
  }
  return out;
}

/** The country whose dictionary form ends exactly at `end` in text (沙特 of 沙特王储), or null. */
function countryEndingAt(dicts: DictionarySet, text: string, end: number, places = false): string | null {
  // 当选总统, 新任总理: the country comes before the word that qualifies the office (乍得当选总统).
  for (const w of QUALIFIERS)
    if (text.startsWith(w, end - w.length)) return countryEndingAt(dicts, text, end - w.length, places);
  for (let len = Math.min(8, end); len >= 2; len--) {
    const claim = dicts.forms.get(text.slice(end - len, end));
    if (claim === undefined) continue;
    const e = dicts.entities.get(claim.entity);
    if (e?.type === 'country') return e.iso2 ?? null;
    // With `places`, a place of a country counts for it (阿布扎比王储: the UAE).
    if (places && e?.type === 'place' && e.country !== undefined) return e.country;
  }
  return null;
}

/**
 * The person a form at `start` of text names, among the people who claim it (`candidates`, the form's winner first),
 * or null when what is written before it fits none of them:
 * - a country opening a chain of national offices (巴林王储兼首相) keeps the people of that country (and those
 *   whose country the dictionary does not give);
 * - of those, the first who held a written title at the article's date, else at any date, is chosen;
 * - a head of state's or government's title that none of them ever held, while each is known to have held another
 *   (吉尔吉斯总理 before the name of its president), means someone else, unless it is a past or acting office (前总理,
 *   代总统). A person whose roles name no such office (a minister) is not ruled out: his data may be incomplete.
 * Without titles before the form, the one of them in a dated office on the article's date, else the winner.
 */
export function personInContext(
  dicts: DictionarySet,
  candidates: readonly Entity[],
  text: string,
  start: number,
  date: string | null,
): Entity | null {
  const first = candidates[0];
  if (first === undefined) return null;
  const read = readTitles(dicts, candidates, text, start);
  if (read === null) return inOfficeOn(candidates, date) ?? first;
  const { roles, former, pool } = read;
  if (pool.length === 0) return null;
  const fitting = chooseByRoles(pool, roles, date);
  if (fitting !== undefined) return fitting;
  if (!former && roles.some(isHeadOffice) && pool.every((e) => e.roles.some((r) => isHeadOffice(r.title)))) return null;
  // A spokesman, an envoy or a player is no foreign leader who never held such a post (哈马斯发言人卡西姆 is not
  // Hezbollah's leader, 赤道几内亚驻华大使奥巴马 not the US president, 种子选手梅德韦杰夫 not Russia's former president);
  // China's officials speak at press conferences and serve as envoys (大会发言人娄勤俭, 特使彭丽媛).
  if (!former && roles.some(isServingPost) && pool.every(foreignLeader)) return null;
  return pool[0] ?? null;
}

/**
 * The one person of those sharing a bare name who held a dated office on the article's date (阿萨德 in 1998 is Hafez,
 * in 2023 Bashar), or undefined when none or several did: the form's winner stays.
 */
function inOfficeOn(candidates: readonly Entity[], date: string | null): Entity | undefined {
  if (date === null || candidates.length < 2) return undefined;
  const serving = candidates.filter((e) => e.roles.some((r) => r.from !== undefined && inPeriod(date, r.from, r.to)));
  return serving.length === 1 ? serving[0] : undefined;
}

/**
 * The person a `titled` form names (穆罕默德 after 阿联酋总统): among the candidates, the one the titles written
 * before it fit (as in {@link personInContext}), or null when no title is written or none fits — the form is then
 * not read as any of them (先知穆罕默德, 卡塔尔首相穆罕默德).
 */
export function personByTitles(
  dicts: DictionarySet,
  candidates: readonly Entity[],
  text: string,
  start: number,
  date: string | null,
): Entity | null {
  const read = readTitles(dicts, candidates, text, start, true);
  if (read === null) return null;
  return chooseByRoles(read.pool, read.roles, date) ?? null;
}

/** The person of the candidates whose roles fit one title written right after the form (穆罕默德总统), or null. */
export function personByTitleAfter(candidates: readonly Entity[], title: string, date: string | null): Entity | null {
  return chooseByRoles(candidates, [title], date) ?? null;
}

/**
 * The titles written before `start`, whether they are past or acting offices, and the candidates a country written
 * before national offices leaves (all of them when none is written); null when no title is written. `strict`: a
 * country before a chain with any national office counts (卡塔尔首相兼外交大臣), not only before one of them all, and
 * so do a place of a country (阿布扎比王储) and one before a past office (时任).
 */
function readTitles(
  dicts: DictionarySet,
  candidates: readonly Entity[],
  text: string,
  start: number,
  strict = false,
): { roles: string[]; former: boolean; pool: readonly Entity[] } | null {
  const { roles, from } = titleChainBefore(text, start);
  if (roles.length === 0) return null;
  const former = FORMER.some((w) => text.startsWith(w, from - w.length));
  let pool = candidates;
  const national = (r: string): boolean => NATIONAL_OFFICES.has(r);
  // Strictly read, a past office still belongs to the country written before it (时任阿联酋阿布扎比王储).
  if ((strict || !former) && (strict ? roles.some(national) : roles.every(national)) && text[from - 1] !== '驻') {
    const iso = countryEndingAt(dicts, text, from, strict);
    // A person whose country the dictionary does not give is not contradicted by one.
    if (iso !== null) pool = pool.filter((e) => e.country === undefined || e.country === iso);
  }
  return { roles, former, pool };
}

/** What stands between a country and a person's name in an office title: Chinese characters only (总统, 合作共和国总统). */
const OFFICE_RUN = /^[\u4e00-\u9fff]{1,12}$/;

/**
 * The country mention written last before a person's name in its block (`text`), with nothing but office titles
 * between, ending with one of the person's roles (马拉维 of 马拉维总统查克维拉, 圭亚那合作共和国 of 圭亚那合作共和国总统阿里);
 * undefined where there is none. With `type` another type's mention (联合国 of 联合国秘书长古特雷斯).
 */
export function countryBeforeOffice(
  mentions: readonly MentionT[],
  text: string,
  m: MentionT,
  type = 'country',
): MentionT | undefined {
  let country: MentionT | undefined;
  for (const c of mentions)
    if (c.block === m.block && c.type === type && c.end <= m.start && (country === undefined || c.end > country.end))
      country = c;
  if (country === undefined) return undefined;
  const between = text.slice(country.end, m.start);
  return OFFICE_RUN.test(between) && (m.roles ?? []).some((r) => between.endsWith(r)) ? country : undefined;
}

/**
 * An organization's dictionary form written before a person's titles whose mention is no longer there, the office
 * step having taken it as part of the title (联合国 of 联合国秘书长古特雷斯): where it starts and ends, and its entity.
 * The nearest first: a body further back may be followed by other words (上海合作组织峰会期间会见联合国秘书长).
 */
export function organizationFormBeforeOffice(
  dicts: DictionarySet,
  text: string,
  m: MentionT,
): { start: number; end: number; entity: string } | undefined {
  const roles = m.roles ?? [];
  for (let start = m.start - 3; start >= Math.max(0, m.start - 20); start--)
    for (let end = Math.min(m.start - 1, start + 8); end >= start + 2; end--) {
      const entity = dicts.forms.get(text.slice(start, end))?.entity;
      if (entity === undefined || dicts.entities.get(entity)?.type !== 'organization') continue;
      const between = text.slice(end, m.start);
      if (OFFICE_RUN.test(between) && roles.some((r) => between.endsWith(r))) return { start, end, entity };
    }
  return undefined;
}
