import { useEffect, useState } from 'preact/hooks';
import { type CompareAnswerT, type EntityAnswerT, apiUrl, idPath, useApi } from '../api.js';
import { GranularitySelect, Show } from '../components/common.js';
import { SearchBox } from '../components/search-box.js';
import { Timeline } from '../components/timeline.js';
import { useApp } from '../context.js';
import { communityColor, displayName, num } from '../format.js';

function Chip(props: { id: string; color: string; onRemove: () => void; onName: (id: string, name: string) => void }) {
  const { t, lang, href } = useApp();
  const loaded = useApi<EntityAnswerT>(apiUrl(`entities/${idPath(props.id)}`));
  const name = loaded.data === undefined ? props.id : displayName(loaded.data, lang);
  useEffect(() => props.onName(props.id, name), [name]);
  return (
    <li class="chip" style={{ borderColor: props.color }}>
      <a href={href('entity', props.id)}>{name}</a>
      <button type="button" class="link" aria-label={`${t('remove')}: ${name}`} onClick={props.onRemove}>
        ×
      </button>
    </li>
  );
}

function Together(props: { data: CompareAnswerT; names: ReadonlyMap<string, string> }) {
  const { t, lang, href } = useApp();
  const name = (id: string) => props.names.get(id) ?? id;
  return (
    <section class="card">
      <h2>{t('together')}</h2>
      {props.data.together.length === 0 ? (
        <p class="muted">{t('none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('pair')}</th>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('count')}</th>
            </tr>
          </thead>
          <tbody>
            {props.data.together.map((x) => (
              <tr key={`${x.a}|${x.b}|${x.period}`}>
                <td>
                  <a href={href('entity', x.a, { partner: x.b })}>
                    {name(x.a)} + {name(x.b)}
                  </a>
                </td>
                <td>{x.period}</td>
                <td class="num">{num(x.count, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Chart(props: { ids: string[]; names: ReadonlyMap<string, string> }) {
  const { t, route, range } = useApp();
  const gran = route.params.get('gran') ?? 'month';
  const loaded = useApi<CompareAnswerT>(apiUrl('compare', { ids: props.ids.join(','), granularity: gran, ...range }));
  return (
    <Show loaded={loaded}>
      {(data) => (
        <>
          <section class="card">
            <div class="toolbar">
              <h2>{t('mentions')}</h2>
              <GranularitySelect />
            </div>
            <Timeline
              title={t('compare')}
              lines={props.ids.map((id, i) => ({
                label: props.names.get(id) ?? id,
                color: communityColor(i),
                values: new Map((data.series[id] ?? []).map((s) => [s.period, s.mentions])),
              }))}
            />
          </section>
          <Together data={data} names={props.names} />
        </>
      )}
    </Show>
  );
}

/** Several entities' timelines on one chart, and the periods in which two of them share a sentence. */
export function CompareView() {
  const { t, route, set } = useApp();
  const ids = (route.params.get('ids') ?? '').split(',').filter((s) => s !== '');
  const [q, setQ] = useState('');
  // Names as the chips learn them, for the chart's legend and the table.
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const setIds = (next: string[]) => set({ ids: next.join(',') });
  const named = (id: string, name: string) =>
    setNames((prev) => (prev.get(id) === name ? prev : new Map(prev).set(id, name)));
  return (
    <>
      <h1>{t('compare')}</h1>
      <ul class="chips" aria-label={t('entities')}>
        {ids.map((id, i) => (
          <Chip
            key={id}
            id={id}
            color={communityColor(i)}
            onName={named}
            onRemove={() => setIds(ids.filter((x) => x !== id))}
          />
        ))}
      </ul>
      <SearchBox
        q={q}
        type=""
        limit={8}
        label={`${t('add')}: ${t('chooseEntity')}`}
        onQuery={setQ}
        onPick={(hit) => {
          setQ('');
          if (!ids.includes(hit.id)) setIds([...ids, hit.id]);
        }}
      />
      {ids.length === 0 ? <p class="muted">{t('chooseEntity')}</p> : <Chart ids={ids} names={names} />}
    </>
  );
}
