import { useRef } from 'preact/hooks';
import { type SearchAnswerT, apiUrl, useApi } from '../api.js';
import { useApp } from '../context.js';
import { displayName, num } from '../format.js';
import { KNOWN_TYPES, typeName } from '../i18n.js';
import { TypeBadge } from './common.js';

/** One search result. */
export type SearchHit = SearchAnswerT[number];

/** Moves focus between the results with the arrow keys (from the field into the list and back). */
function moveFocus(list: HTMLElement | null, field: HTMLInputElement | null, e: KeyboardEvent): void {
  if (list === null || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
  const items = [...list.querySelectorAll<HTMLElement>('[data-result]')];
  if (items.length === 0) return;
  e.preventDefault();
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) field?.focus();
  else items[Math.min(next, items.length - 1)]?.focus();
}

/** The type filter of a search. */
export function TypeFilter(props: { value: string; onChange: (type: string) => void }) {
  const { t, lang, run } = useApp();
  const types = run.types.length > 0 ? run.types : KNOWN_TYPES;
  return (
    <label class="control">
      <span>{t('type')}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{t('allTypes')}</option>
        {types.map((ty) => (
          <option key={ty} value={ty}>
            {typeName(lang, ty)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * A search field with its results as you type: ↓ moves into the results, ↑/↓ between them, Enter opens one (in the
 * field: the first). Results are links to entity pages, or buttons calling `onPick` when given.
 */
export function SearchBox(props: {
  q: string;
  type: string;
  onQuery: (q: string) => void;
  onPick?: (hit: SearchHit) => void;
  label: string;
  limit?: number;
  autoFocus?: boolean;
}) {
  const { t, href, lang, range } = useApp();
  const field = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const q = props.q.trim();
  const loaded = useApi<SearchAnswerT>(
    q === '' ? null : apiUrl('search', { q, type: props.type, limit: props.limit ?? 20, ...range }),
  );
  const hits = q === '' ? [] : (loaded.data ?? []);
  const pick = (hit: SearchHit) => {
    if (props.onPick !== undefined) props.onPick(hit);
    else window.location.hash = href('entity', hit.id);
  };
  return (
    <div class="search-box">
      <input
        ref={field}
        type="search"
        value={props.q}
        aria-label={props.label}
        placeholder={t('searchPlaceholder')}
        // biome-ignore lint/a11y/noAutofocus: the search view exists to type into this field.
        autoFocus={props.autoFocus ?? false}
        onInput={(e) => props.onQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits[0] !== undefined) pick(hits[0]);
          else moveFocus(list.current, field.current, e);
        }}
      />
      <p class="status" aria-live="polite">
        {q === '' ? '' : loaded.state === 'done' && hits.length === 0 ? t('noResults') : ''}
        {loaded.state === 'error' ? loaded.error : ''}
      </p>
      <ul class="results" ref={list} onKeyDown={(e) => moveFocus(list.current, field.current, e)}>
        {hits.map((hit) => (
          <li key={hit.id}>
            {props.onPick === undefined ? (
              <a data-result href={href('entity', hit.id)}>
                <HitBody hit={hit} />
              </a>
            ) : (
              <button type="button" data-result onClick={() => pick(hit)}>
                <HitBody hit={hit} />
              </button>
            )}
          </li>
        ))}
      </ul>
      <span class="sr-only">{hits.length > 0 ? `${num(hits.length, lang)} ${t('entities')}` : ''}</span>
    </div>
  );
}

function HitBody(props: { hit: SearchHit }) {
  const { t, lang } = useApp();
  const { hit } = props;
  const name = displayName(hit, lang);
  const other = name === hit.name ? hit.nameEn : hit.name;
  return (
    <>
      <span class="hit-name">{name}</span>
      {other !== undefined && other !== name ? <span class="muted"> {other}</span> : null} <TypeBadge type={hit.type} />
      {hit.matched !== hit.name && hit.matched !== hit.nameEn ? (
        <span class="muted">
          {' '}
          {t('matched')}: {hit.matched}
        </span>
      ) : null}
      <span class="hit-count">
        {num(hit.mentions, lang)} {t('mentions')}
      </span>
    </>
  );
}
