import type { ComponentChildren } from 'preact';
import type { Loaded } from '../api.js';
import { useApp } from '../context.js';
import { displayName, typeColor } from '../format.js';
import { typeName } from '../i18n.js';

/** Shows a loading note or an error, else the children made from the data. */
export function Show<T>(props: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  const { t } = useApp();
  const { loaded } = props;
  if (loaded.state === 'loading')
    return (
      <p class="muted" aria-busy="true">
        {t('loading')}
      </p>
    );
  if (loaded.state === 'error') {
    return (
      <p class="error" role="alert">
        {t('error')}: {loaded.error}
      </p>
    );
  }
  return <>{props.children(loaded.data)}</>;
}

/** An entity type as a small coloured label. */
export function TypeBadge(props: { type: string }) {
  const { lang } = useApp();
  return (
    <span class="badge" style={{ borderColor: typeColor(props.type), color: typeColor(props.type) }}>
      {typeName(lang, props.type)}
    </span>
  );
}

/** A link to an entity's page, in the reader's language. */
export function EntityLink(props: { entity: { id: string; name: string; nameEn?: string | undefined } }) {
  const { href, lang } = useApp();
  const { entity } = props;
  return (
    <a href={href('entity', entity.id)} title={entity.id}>
      {displayName(entity, lang)}
    </a>
  );
}

/** A labelled select whose value lives in the URL parameter `param`. */
export function ParamSelect(props: {
  param: string;
  label: string;
  options: ReadonlyArray<readonly [string, string]>;
  fallback: string;
}) {
  const { route, set } = useApp();
  const value = route.params.get(props.param) ?? props.fallback;
  return (
    <label class="control">
      <span>{props.label}</span>
      <select
        value={value}
        onChange={(e) =>
          set({ [props.param]: e.currentTarget.value === props.fallback ? null : e.currentTarget.value })
        }
      >
        {props.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The granularity select (`gran`, default month). */
export function GranularitySelect() {
  const { t } = useApp();
  const options = [
    ['day', t('day')],
    ['week', t('week')],
    ['month', t('month')],
  ] as const;
  return <ParamSelect param="gran" label={t('granularity')} options={options} fallback="month" />;
}

/** The window-kind select (`window`, default sentence). */
export function WindowSelect() {
  const { t } = useApp();
  const options = [
    ['sentence', t('sentence')],
    ['block', t('block')],
    ['article', t('articleWindow')],
  ] as const;
  return <ParamSelect param="window" label={t('window')} options={options} fallback="sentence" />;
}

/** The measure select (`measure`, default npmi). */
export function MeasureSelect() {
  const { t } = useApp();
  const options = [
    ['npmi', 'NPMI'],
    ['g2', 'G²'],
    ['count', t('count')],
  ] as const;
  return <ParamSelect param="measure" label={t('measure')} options={options} fallback="npmi" />;
}

/** Previous and next page buttons over `total` items, the offset in the URL parameter `param`. */
export function Pager(props: { total: number; limit: number; param: string }) {
  const { route, set, t, lang } = useApp();
  const offset = Number(route.params.get(props.param) ?? '0') || 0;
  if (props.total <= props.limit) return null;
  const last = Math.min(offset + props.limit, props.total);
  return (
    <nav class="pager" aria-label={t('articles')}>
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => set({ [props.param]: String(offset - props.limit) })}
      >
        {t('previous')}
      </button>
      <span>
        {(offset + 1).toLocaleString(lang)}–{last.toLocaleString(lang)} / {props.total.toLocaleString(lang)}
      </span>
      <button type="button" disabled={last >= props.total} onClick={() => set({ [props.param]: String(last) })}>
        {t('next')}
      </button>
    </nav>
  );
}
