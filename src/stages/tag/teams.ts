import { derivedEntityId } from '../../core/entity-id.js';
import type { NormBlock } from '../../core/text.js';
import type { DictionarySet } from '../../schema/dictionary.js';
import type { Coverage } from './coverage.js';

/** Sports whose national teams the press names by country, sport and 队 (中国举重队, 美国游泳队). */
const SPORTS = [
  '举重',
  '跳水',
  '游泳',
  '花样游泳',
  '拳击',
  '射击',
  '射箭',
  '水球',
  '乒乓球',
  '羽毛球',
  '网球',
  '篮球',
  '排球',
  '足球',
  '手球',
  '冰球',
  '曲棍球',
  '棒球',
  '垒球',
  '短道速滑',
  '速度滑冰',
  '花样滑冰',
  '滑雪',
  '体操',
  '艺术体操',
  '蹦床',
  '田径',
  '柔道',
  '摔跤',
  '跆拳道',
  '击剑',
  '赛艇',
  '皮划艇',
  '帆船',
  '龙舟',
  '自行车',
  '马术',
  '登山',
  '围棋',
  '象棋',
  '国际象棋',
  '桥牌',
];

/**
 * A national team after its country's name: (国家)(男子|女子) sport (男|女)队 (中国举重队, 中国乒乓球女队), or the short
 * names of the ball teams (中国女排, 中国男篮). Longest sports first (花样游泳 before 游泳).
 */
const TEAM = new RegExp(
  `^(?:国家)?(?:男子|女子)?(?:${[...SPORTS].sort((x, y) => y.length - x.length).join('|')})[男女]?队|^[男女](?:排|篮|足|乒)(?!球)`,
);

/**
 * A country's sports delegation to games (中国体育代表团, 中国游泳代表团, 中国残奥代表团): the team of all its sports. The
 * segmenter holds 中国体育代表团 as one word, so the dictionaries leave its country unread: found in the text.
 */
const DELEGATION = new RegExp(`(?:体育|奥运|残奥|${SPORTS.join('|')})代表团`, 'g');

/** What follows two countries to name the friendship association of the first with the second (俄中友协). */
const FRIENDSHIP = /^(?:友好协会|友协)/;

/**
 * Two countries written together before 友好协会 or 友协 (俄中友协, 俄罗斯中国友好协会, 柬中友好协会): the first one's
 * association for friendship with the second, one organization named in full (organization:~俄罗斯中国友好协会).
 */
function matchFriendshipAssociations(dicts: DictionarySet, a: Coverage): void {
  const countries = a.out.filter((m) => m.type === 'country' && m.entity !== null);
  for (const first of countries) {
    const second = countries.find((m) => m.block === first.block && m.start === first.end);
    if (second === undefined) continue;
    const nb = a.norm[first.block] as NormBlock;
    const start = a.normalized(first.block, first.start, first.end).start;
    const end = a.normalized(second.block, second.start, second.end).end;
    const word = FRIENDSHIP.exec(nb.text.slice(end, end + 4));
    const [x, y] = [dicts.entities.get(first.entity as string), dicts.entities.get(second.entity as string)];
    if (word === null || x === undefined || y === undefined || x.id === y.id) continue;
    a.remove((m) => m === first || m === second);
    a.cover(first.block, start, end + word[0].length);
    a.add(first.sentence, start, end + word[0].length, {
      entity: derivedEntityId('organization', `${x.name}${y.name}友好协会`),
      type: 'organization',
      source: 'rule',
      rule: 'friendship-association',
      confidence: 0.85,
    });
  }
}

/** Reads each sports delegation after a country's name (中国体育代表团) as an organization of its own. */
function matchDelegations(dicts: DictionarySet, a: Coverage): void {
  a.sentences.forEach((s, si) => {
    const text = (a.norm[s.block] as NormBlock).text.slice(0, s.nend);
    if (!text.includes('代表团', s.nstart)) return;
    // matchAll works on a copy of the pattern: the module's own keeps no position between calls.
    for (const found of text.slice(s.nstart).matchAll(DELEGATION)) {
      const [at, word] = [s.nstart + found.index, found[0]];
      // The longest country form ending right before it (中国, 中华人民共和国), no farther back than the sentence.
      for (let start = Math.max(s.nstart, at - 9); start < at; start++) {
        const m = dicts.trie.longestAt(text, start, at);
        const entry = m === null ? undefined : dicts.formList[m.value];
        const country = entry === undefined ? undefined : dicts.entities.get(entry.claim.entity);
        if (m?.end !== at || country?.type !== 'country' || entry?.claim.kind === 'qualified') continue;
        const end = at + word.length;
        // The country's own mention, where the dictionaries read it (中国 of 中国游泳代表团), gives way to the team's.
        const own = a.out.find((x) => {
          if (x.block !== s.block || x.type !== 'country') return false;
          const n = a.normalized(x.block, x.start, x.end);
          return n.start === start && n.end === at;
        });
        if (!a.isFree(s.block, own === undefined ? start : at, end)) break;
        if (own !== undefined) a.remove((x) => x === own);
        a.cover(s.block, start, end);
        a.add(si, start, end, {
          entity: derivedEntityId('organization', `${country.name}${word}`),
          type: 'organization',
          source: 'rule',
          rule: 'national-team',
          confidence: 0.85,
        });
        break;
      }
    }
  });
}

/**
 * Creates the pass that reads a country's national team (中国举重队, 中国女排) as one organization of its own
 * (`organization:~中国举重队`): the country's name there names the team, not the country acting, so it is no mention
 * of the country (nor, in the focus, a reason for it). So are two countries' friendship associations (俄中友协).
 */
export function createTeamPass(dicts: DictionarySet): (a: Coverage) => void {
  return function matchTeams(a: Coverage): void {
    matchFriendshipAssociations(dicts, a);
    matchDelegations(dicts, a);
    const countries = a.out.filter((m) => m.type === 'country' && m.entity !== null && m.source === 'dictionary');
    for (const c of countries) {
      const nb = a.norm[c.block] as NormBlock;
      const { start, end } = a.normalized(c.block, c.start, c.end);
      const team = TEAM.exec(nb.text.slice(end, end + 12));
      if (team === null || !a.isFree(c.block, end, end + team[0].length)) continue;
      const country = dicts.entities.get(c.entity as string);
      if (country === undefined) continue;
      a.remove((m) => m === c);
      a.cover(c.block, start, end + team[0].length);
      a.add(c.sentence, start, end + team[0].length, {
        entity: derivedEntityId('organization', `${country.name}${team[0]}`),
        type: 'organization',
        source: 'rule',
        rule: 'national-team',
        confidence: 0.85,
      });
    }
  };
}
