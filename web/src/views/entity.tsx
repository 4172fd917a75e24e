import { type EntityAnswerT, type TimelineAnswerT, apiUrl, idPath, useApi } from '../api.js';
import { ArticleList } from '../components/article-list.js';
import { GranularitySelect, Show, TypeBadge } from '../components/common.js';
import { Partners } from '../components/partners.js';
import { Timeline } from '../components/timeline.js';
import { useApp } from '../context.js';
import { day, displayName, num } from '../format.js';

function Facts(props: { e: EntityAnswerT }) {
  const { t, lang, href } = useApp();
  const { e } = props;
  const country = e.country ?? e.iso2;
  return (
    <dl class="facts">
      <div>
        <dt>{t('mentions')}</dt>
        <dd data-stat="mentions">{num(e.mentions, lang)}</dd>
      </div>
      <div>
        <dt>{t('articles')}</dt>
        <dd data-stat="articles">{num(e.articles, lang)}</dd>
      </div>
      <div>
        <dt>{t('focusArticles')}</dt>
        <dd>
          <span data-stat="focusArticles">{num(e.focusArticles, lang)}</span>
          {/* The home country can be what an article is about without being named in it (docs/outputs.md, Focus). */}
          {e.focusArticles > e.articles ? (
            <small class="note" data-note="focus-unnamed">
              {t('focusUnnamed')}
            </small>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('dateRange')}</dt>
        <dd>
          {day(e.firstDate) || '—'} – {day(e.lastDate) || '—'}
        </dd>
      </div>
      {country === undefined ? null : (
        <div>
          <dt>{t('country')}</dt>
          <dd>{e.type === 'country' ? country : <a href={href('entity', `country:${country}`)}>{country}</a>}</dd>
        </div>
      )}
      <div>
        <dt>{t('aliases')}</dt>
        <dd lang="zh-CN">{e.aliases.length === 0 ? '—' : e.aliases.join('、')}</dd>
      </div>
      <div>
        <dt>{t('source')}</dt>
        <dd>{e.source}</dd>
      </div>
    </dl>
  );
}

function Roles(props: { roles: EntityAnswerT['roles'] }) {
  const { t, lang } = useApp();
  if (props.roles.length === 0) return null;
  return (
    <section class="card">
      <h2>{t('roles')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('articles')}</th>
            <th scope="col">{t('first')}</th>
            <th scope="col">{t('last')}</th>
          </tr>
        </thead>
        <tbody>
          {props.roles.map((r) => (
            <tr key={r.role}>
              <td lang="zh-CN">{r.role}</td>
              <td class="num">{num(r.articles, lang)}</td>
              <td>{day(r.first)}</td>
              <td>{day(r.last)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function EntityTimeline(props: { id: string }) {
  const { t, route, range } = useApp();
  const gran = route.params.get('gran') ?? 'month';
  const loaded = useApi<TimelineAnswerT>(
    apiUrl(`entities/${idPath(props.id)}/timeline`, { granularity: gran, ...range }),
  );
  return (
    <section class="card">
      <div class="toolbar">
        <h2>{t('timeline')}</h2>
        <GranularitySelect />
      </div>
      <Show loaded={loaded}>
        {(data) => (
          <Timeline
            title={t('timeline')}
            lines={[
              {
                label: t('mentions'),
                color: '#c0392b',
                values: new Map(data.series.map((s) => [s.period, s.mentions])),
              },
              {
                label: t('articles'),
                color: '#1f6fb2',
                values: new Map(data.series.map((s) => [s.period, s.articles])),
              },
            ]}
          />
        )}
      </Show>
    </section>
  );
}

function Heading(props: { e: EntityAnswerT }) {
  const { t, lang, href } = useApp();
  const { e } = props;
  const name = displayName(e, lang);
  const other = name === e.name ? e.nameEn : e.name;
  return (
    <header class="entity-head">
      <h1>
        {name} {other === undefined || other === name ? null : <span class="muted">{other}</span>}{' '}
        <TypeBadge type={e.type} />
      </h1>
      <p class="muted">
        <code>{e.id}</code>
      </p>
      <p class="actions">
        <a href={href('network', '', { mode: 'ego', id: e.id })}>{t('openNetwork')}</a>
        <a href={href('compare', '', { ids: e.id })}>{t('addCompare')}</a>
        {e.lat === undefined ? null : <a href={href('map', '', { focus: e.id })}>{t('showOnMap')}</a>}
      </p>
    </header>
  );
}

/** An entity: names, roles, timeline, partners with their evidence, and its articles. */
export function EntityView() {
  const { route, range } = useApp();
  const id = route.arg;
  const loaded = useApi<EntityAnswerT>(apiUrl(`entities/${idPath(id)}`, range));
  return (
    <Show loaded={loaded}>
      {(e) => (
        <>
          <Heading e={e} />
          <Facts e={e} />
          <Roles roles={e.roles} />
          <EntityTimeline id={e.id} />
          <Partners id={e.id} />
          <ArticleList id={e.id} />
        </>
      )}
    </Show>
  );
}
