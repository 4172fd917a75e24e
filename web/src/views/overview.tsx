import { type OverviewAnswerT, apiUrl, useApi } from '../api.js';
import { Bars } from '../components/bars.js';
import { EntityLink, GranularitySelect, Show } from '../components/common.js';
import { Timeline } from '../components/timeline.js';
import { useApp } from '../context.js';
import { num } from '../format.js';
import { typeName } from '../i18n.js';

function RunFacts() {
  const { t, run, lang } = useApp();
  const rows: Array<[string, string]> = [
    [t('pipeline'), `${run.pipeline} (${run.pipelineHash.slice(0, 12)})`],
    [t('dictionaries'), run.dictionaries.join(', ')],
    [t('inputs'), (run.inputs ?? []).join(', ') || '—'],
    [t('timezone'), run.timezone],
    [t('dateRange'), `${run.dateRange.from ?? '—'} – ${run.dateRange.to ?? '—'}`],
    [t('articles'), num(run.articles, lang)],
    [t('entities'), num(run.entities, lang)],
    [t('mentions'), num(run.mentions, lang)],
    [t('version'), `guanxi ${run.guanxiVersion}`],
  ];
  return (
    <section class="card">
      <h2>{t('run')}</h2>
      <dl class="facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function InRange(props: { data: OverviewAnswerT }) {
  const { t, lang } = useApp();
  const articles = props.data.volume.reduce((s, v) => s + v.articles, 0);
  const mentions = props.data.volume.reduce((s, v) => s + v.mentions, 0);
  return (
    <p class="stats" data-testid="in-range">
      <span>{t('inRange')}:</span> <strong data-stat="articles">{num(articles, lang)}</strong> {t('articles')} ·{' '}
      <strong data-stat="mentions">{num(mentions, lang)}</strong> {t('mentions')}
    </p>
  );
}

function TopEntities(props: { top: OverviewAnswerT['top'] }) {
  const { t, lang, run } = useApp();
  const types = [
    ...run.types.filter((ty) => ty in props.top),
    ...Object.keys(props.top).filter((ty) => !run.types.includes(ty)),
  ];
  return (
    <section>
      <h2>{t('top')}</h2>
      <div class="grid">
        {types.map((ty) => {
          const items = (props.top[ty] ?? []).map((e) => ({ ...e, value: e.mentions }));
          return (
            <section class="card" key={ty}>
              <h3>{typeName(lang, ty)}</h3>
              <Bars items={items} title={`${t('top')}: ${typeName(lang, ty)}`} />
            </section>
          );
        })}
      </div>
    </section>
  );
}

function Diagnostics(props: { data: OverviewAnswerT }) {
  const { t, lang } = useApp();
  return (
    <div class="grid">
      <section class="card">
        <h2>{t('diagnostics')}</h2>
        {props.data.diagnostics.length === 0 ? (
          <p class="muted">{t('none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('severity')}</th>
                <th scope="col">{t('count')}</th>
              </tr>
            </thead>
            <tbody>
              {props.data.diagnostics.map((d) => (
                <tr key={`${d.code}/${d.severity}`}>
                  <td>
                    <code>{d.code}</code>
                  </td>
                  <td>{d.severity}</td>
                  <td class="num">{num(d.count, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <Unresolved items={props.data.unresolved} />
    </div>
  );
}

function Unresolved(props: { items: OverviewAnswerT['unresolved'] }) {
  const { t, lang } = useApp();
  return (
    <section class="card">
      <h2>{t('unresolved')}</h2>
      {props.items.length === 0 ? (
        <p class="muted">{t('none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('text')}</th>
              <th scope="col">{t('count')}</th>
              <th scope="col">{t('articles')}</th>
              <th scope="col">{t('candidates')}</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((u) => (
              <tr key={u.text}>
                <td lang="zh-CN">{u.text}</td>
                <td class="num">{num(u.count, lang)}</td>
                <td class="num">{num(u.articles, lang)}</td>
                <td>
                  {u.candidates.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 ? '、' : ''}
                      <EntityLink entity={c} />
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The overview: what run this is, articles over time, top entities of each type, diagnostics and unresolved shorthand. */
export function OverviewView() {
  const { t, route, range, run } = useApp();
  const gran = route.params.get('gran') ?? 'month';
  const loaded = useApi<OverviewAnswerT>(apiUrl('overview', { granularity: gran, ...range }));
  return (
    <>
      <h1>
        {t('overview')} <span class="muted">{run.out}</span>
      </h1>
      <Show loaded={loaded}>
        {(data) => (
          <>
            <InRange data={data} />
            <section class="card">
              <div class="toolbar">
                <h2>{t('volume')}</h2>
                <GranularitySelect />
              </div>
              <Timeline
                title={t('volume')}
                lines={[
                  {
                    label: t('articles'),
                    color: '#1f6fb2',
                    values: new Map(data.volume.map((v) => [v.period, v.articles])),
                  },
                ]}
              />
            </section>
            <TopEntities top={data.top} />
            <Diagnostics data={data} />
          </>
        )}
      </Show>
      <RunFacts />
    </>
  );
}
