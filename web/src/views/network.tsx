import { useState } from 'preact/hooks';
import { type NetworkAnswerT, apiUrl, useApi } from '../api.js';
import { MeasureSelect, ParamSelect, Show, TypeBadge, WindowSelect } from '../components/common.js';
import { Evidence } from '../components/evidence.js';
import { GraphCanvas } from '../components/graph.js';
import { LazyDetails } from '../components/lazy-details.js';
import { SearchBox } from '../components/search-box.js';
import { useApp } from '../context.js';
import { communityColor, num } from '../format.js';
import { KNOWN_TYPES, typeName } from '../i18n.js';

const DEFAULT_TYPES = 'person,country';

function NumberParam(props: { param: string; label: string; fallback: number; min: number; max: number }) {
  const { route, set } = useApp();
  return (
    <label class="control">
      <span>{props.label}</span>
      <input
        type="number"
        min={props.min}
        max={props.max}
        value={route.params.get(props.param) ?? String(props.fallback)}
        onChange={(e) =>
          set({ [props.param]: e.currentTarget.value === String(props.fallback) ? null : e.currentTarget.value })
        }
      />
    </label>
  );
}

function TypeChecks() {
  const { t, lang, route, run, set } = useApp();
  const chosen = (route.params.get('types') ?? DEFAULT_TYPES).split(',').filter((s) => s !== '');
  const types = run.types.length > 0 ? run.types : KNOWN_TYPES;
  const toggle = (ty: string, on: boolean) => {
    const next = on ? [...chosen, ty] : chosen.filter((x) => x !== ty);
    set({ types: next.sort().join(',') === DEFAULT_TYPES ? null : next.join(',') });
  };
  return (
    <fieldset class="checks">
      <legend>{t('types')}</legend>
      {types.map((ty) => (
        <label key={ty} class="control check">
          <input type="checkbox" checked={chosen.includes(ty)} onChange={(e) => toggle(ty, e.currentTarget.checked)} />
          <span>{typeName(lang, ty)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Controls(props: { mode: string }) {
  const { t } = useApp();
  const modes = [
    ['ego', t('ego')],
    ['corpus', t('corpus')],
  ] as const;
  return (
    <div class="toolbar">
      <ParamSelect param="mode" label={t('network')} options={modes} fallback="ego" />
      <MeasureSelect />
      <WindowSelect />
      {props.mode === 'ego' ? (
        <NumberParam param="limit" label={t('limit')} fallback={15} min={1} max={100} />
      ) : (
        <>
          <NumberParam param="minCount" label={t('minCount')} fallback={2} min={1} max={100000} />
          <NumberParam param="maxNodes" label={t('maxNodes')} fallback={2000} min={10} max={10000} />
          <TypeChecks />
        </>
      )}
    </div>
  );
}

function Lists(props: { data: NetworkAnswerT }) {
  const { t, href, lang, set } = useApp();
  const label = new Map(props.data.nodes.map((n) => [n.id, n.label]));
  return (
    <LazyDetails
      class="card"
      summary={
        <>
          {t('nodeList')} ({num(props.data.nodes.length, lang)} {t('nodes')}, {num(props.data.edges.length, lang)}{' '}
          {t('edges')})
        </>
      }
    >
      {() => (
        <>
          <ul class="node-list">
            {props.data.nodes.map((n) => (
              <li key={n.id}>
                <span class="swatch" style={{ background: communityColor(n.community) }} aria-hidden="true" />
                <a href={href('entity', n.id)}>{n.label}</a> <TypeBadge type={n.type} />{' '}
                <span class="muted">{num(n.mentions, lang)}</span>
              </li>
            ))}
          </ul>
          <ul class="edge-list">
            {props.data.edges.map((e) => (
              <li key={`${e.source}|${e.target}`}>
                <button type="button" class="link" onClick={() => set({ edge: `${e.source}|${e.target}` })}>
                  {label.get(e.source) ?? e.source} — {label.get(e.target) ?? e.target}
                </button>{' '}
                <span class="muted">
                  {num(e.count, lang)} · {num(e.weight, lang)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </LazyDetails>
  );
}

function Drawing(props: { url: string }) {
  const { t, route, set, lang, href } = useApp();
  const loaded = useApi<NetworkAnswerT>(props.url);
  const edge = route.params.get('edge')?.split('|') ?? [];
  const egoId = route.params.get('mode') === 'corpus' ? null : route.params.get('id');
  return (
    <Show loaded={loaded}>
      {(data) => {
        const ego = data.nodes.find((n) => n.id === egoId);
        return (
          <>
            {ego === undefined ? null : (
              <h2>
                {t('ego')}: <a href={href('entity', ego.id)}>{ego.label}</a>
              </h2>
            )}
            <p class="muted">
              {t('networkHelp')} {num(data.nodes.length, lang)} {t('nodes')} · {num(data.edges.length, lang)}{' '}
              {t('edges')}
            </p>
            <GraphCanvas
              data={data}
              label={`${t('network')}: ${data.nodes.length} ${t('nodes')}`}
              onNode={(id) => {
                window.location.hash = href('entity', id);
              }}
              onEdge={(a, b) => set({ edge: `${a}|${b}` })}
            />
            {edge[0] !== undefined && edge[1] !== undefined ? (
              <Evidence
                a={edge[0]}
                b={edge[1]}
                window={route.params.get('window') ?? 'sentence'}
                heading={t('evidenceFor')}
              />
            ) : null}
            <Lists data={data} />
          </>
        );
      }}
    </Show>
  );
}

/** The ego network of an entity, or the corpus network filtered by types and counts, drawn by sigma. */
export function NetworkView() {
  const { t, route, range, set } = useApp();
  const [q, setQ] = useState('');
  const p = route.params;
  const mode = p.get('mode') ?? 'ego';
  const id = p.get('id') ?? '';
  const common = { window: p.get('window') ?? 'sentence', measure: p.get('measure') ?? 'npmi', ...range };
  const url =
    mode === 'ego'
      ? id === ''
        ? null
        : apiUrl('network/ego', { id, limit: p.get('limit') ?? 15, ...common })
      : apiUrl('network/corpus', {
          types: p.get('types') ?? DEFAULT_TYPES,
          minCount: p.get('minCount') ?? 2,
          maxNodes: p.get('maxNodes') ?? 2000,
          ...common,
        });
  return (
    <>
      <h1>{t('network')}</h1>
      <Controls mode={mode} />
      {mode === 'ego' ? (
        <SearchBox
          q={q}
          type=""
          limit={8}
          label={t('chooseEntity')}
          onQuery={setQ}
          onPick={(hit) => {
            setQ('');
            set({ id: hit.id, edge: null });
          }}
        />
      ) : null}
      {url === null ? <p class="muted">{t('chooseEntity')}</p> : <Drawing key={url} url={url} />}
    </>
  );
}
