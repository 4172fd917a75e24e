import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { type ArticlesAnswerT, type PlacesAnswerT, apiUrl, useApi } from '../api.js';
import { Articles } from '../components/article-list.js';
import { EntityLink, ParamSelect, Show, TypeBadge } from '../components/common.js';
import { useApp } from '../context.js';
import { displayName, num, typeColor } from '../format.js';

type Place = PlacesAnswerT[number];
type SizeBy = 'mentions' | 'focusArticles';

// The world's outlines, bundled (Natural Earth 1:110m via world-atlas): the map needs no network.
const WORLD = feature(
  countries110m as unknown as Topology<{ countries: GeometryCollection }>,
  (countries110m as unknown as Topology<{ countries: GeometryCollection }>).objects.countries,
);

function WorldMap(props: { places: PlacesAnswerT; sizeBy: SizeBy }) {
  const { t, href, lang } = useApp();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    // Biggest first, so that small points stay on top and can be clicked.
    const rows = [...props.places]
      .filter((p) => p[props.sizeBy] > 0)
      .sort((a, b) => b[props.sizeBy] - a[props.sizeBy])
      .map((p) => ({ ...p, label: `${displayName(p, lang)}: ${p[props.sizeBy]}`, link: href('entity', p.id) }));
    const chart = Plot.plot({
      width: Math.max(320, el.clientWidth),
      projection: 'equal-earth',
      r: { range: [2, 28] },
      marks: [
        Plot.sphere({ fill: '#f4f8fb', stroke: '#c9d3dd' }),
        Plot.geo(WORLD, { fill: '#e4e9ee', stroke: '#ffffff', strokeWidth: 0.5 }),
        Plot.dot(rows, {
          x: 'lon',
          y: 'lat',
          r: props.sizeBy,
          fill: (p: Place) => typeColor(p.type),
          fillOpacity: 0.6,
          stroke: '#fff',
          sort: null,
          href: 'link',
          title: 'label',
          ariaLabel: 'label',
        }),
      ],
    });
    chart.setAttribute('aria-label', `${t('map')}: ${rows.length} ${t('places')}`);
    el.replaceChildren(chart);
    el.dataset.points = String(rows.length);
    return () => {
      chart.remove();
      delete el.dataset.points;
    };
  }, [props.places, props.sizeBy, lang]);
  return <div class="map" ref={box} />;
}

function PlaceTable(props: { places: PlacesAnswerT; sizeBy: SizeBy }) {
  const { t, lang, set, route } = useApp();
  const focus = route.params.get('focus');
  const rows = [...props.places].sort((a, b) => b[props.sizeBy] - a[props.sizeBy]).slice(0, 30);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('places')}</th>
          <th scope="col">{t('type')}</th>
          <th scope="col">{t('mentions')}</th>
          <th scope="col">{t('articles')}</th>
          <th scope="col">{t('focusArticles')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.id} class={p.id === focus ? 'selected' : undefined}>
            <td>
              <EntityLink entity={p} />
            </td>
            <td>
              <TypeBadge type={p.type} />
            </td>
            <td class="num">{num(p.mentions, lang)}</td>
            <td class="num">{num(p.articles, lang)}</td>
            <td class="num">
              <button
                type="button"
                class="link"
                disabled={p.focusArticles === 0}
                aria-label={`${t('articlesAbout')} ${displayName(p, lang)}`}
                onClick={() => set({ focus: p.id, offset: null })}
              >
                {num(p.focusArticles, lang)}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FocusArticles(props: { id: string; name: string }) {
  const { t, route, range } = useApp();
  const offset = Number(route.params.get('offset') ?? '0') || 0;
  const loaded = useApi<ArticlesAnswerT>(apiUrl('articles', { focus: props.id, offset, limit: 20, ...range }));
  return (
    <section class="card" aria-live="polite">
      <h2>
        {t('articlesAbout')} {props.name}
      </h2>
      <Show loaded={loaded}>{(data) => <Articles data={data} />}</Show>
    </section>
  );
}

/** Countries and places as points sized by mentions (or articles about them) on a world map, and articles by focus. */
export function MapView() {
  const { t, route, range, lang } = useApp();
  const sizeBy: SizeBy = route.params.get('size') === 'focus' ? 'focusArticles' : 'mentions';
  const focus = route.params.get('focus') ?? '';
  const loaded = useApi<PlacesAnswerT>(apiUrl('places', range));
  const options = [
    ['mentions', t('mentions')],
    ['focus', t('focusArticles')],
  ] as const;
  return (
    <>
      <h1>{t('map')}</h1>
      <div class="toolbar">
        <p class="muted">{t('mapHelp')}</p>
        <ParamSelect param="size" label={t('sizeBy')} options={options} fallback="mentions" />
      </div>
      <Show loaded={loaded}>
        {(places) => {
          const chosen = places.find((p) => p.id === focus);
          return (
            <>
              <figure class="card">
                <WorldMap places={places} sizeBy={sizeBy} />
              </figure>
              {focus === '' ? null : (
                <FocusArticles id={focus} name={chosen === undefined ? focus : displayName(chosen, lang)} />
              )}
              <section class="card">
                <h2>{t('places')}</h2>
                <PlaceTable places={places} sizeBy={sizeBy} />
              </section>
            </>
          );
        }}
      </Show>
    </>
  );
}
