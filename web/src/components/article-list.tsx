import { type ArticlesAnswerT, apiUrl, idPath, useApi } from '../api.js';
import { useApp } from '../context.js';
import { day, num } from '../format.js';
import { Pager, Show } from './common.js';

const LIMIT = 20;

/** Articles, newest first, each a link to the article view; a star marks those about the entity. */
export function Articles(props: { data: ArticlesAnswerT }) {
  const { t, href, lang, route } = useApp();
  const offset = Number(route.params.get('offset') ?? '0') || 0;
  if (props.data.items.length === 0) return <p class="muted">{t('none')}</p>;
  return (
    <>
      <ol class="articles" start={offset + 1}>
        {props.data.items.map((a) => (
          <li key={a.id}>
            <span class="muted date">{day(a.date)}</span> <a href={href('article', a.id)}>{a.title ?? a.id}</a>{' '}
            <span class="muted">
              {num(a.mentions, lang)} {t('mentions')}
            </span>
            {a.focus ? (
              <span class="focus-mark" title={t('focus')}>
                {' '}
                ★ <span class="sr-only">{t('focus')}</span>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <Pager total={props.data.total} limit={LIMIT} param="offset" />
    </>
  );
}

/** An entity's articles, newest first; `focus=1` in the URL keeps only the articles about it. */
export function ArticleList(props: { id: string }) {
  const { t, route, range, set, lang } = useApp();
  const focus = route.params.get('focus') === '1';
  const offset = Number(route.params.get('offset') ?? '0') || 0;
  const loaded = useApi<ArticlesAnswerT>(
    apiUrl(`entities/${idPath(props.id)}/articles`, { offset, limit: LIMIT, focus, ...range }),
  );
  return (
    <section class="card">
      <div class="toolbar">
        <h2>
          {t('articles')} <span class="muted">({t('newest')})</span>
          {loaded.data === undefined ? null : <span class="muted"> · {num(loaded.data.total, lang)}</span>}
        </h2>
        <label class="control check">
          <input
            type="checkbox"
            checked={focus}
            onChange={(e) => set({ focus: e.currentTarget.checked ? '1' : null, offset: null })}
          />
          <span>{t('focusOnly')}</span>
        </label>
      </div>
      <Show loaded={loaded}>{(data) => <Articles data={data} />}</Show>
    </section>
  );
}
