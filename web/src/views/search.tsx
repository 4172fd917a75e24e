import { SearchBox, TypeFilter } from '../components/search-box.js';
import { useApp } from '../context.js';

/** Search as you type over names, aliases, English names and ids, filtered by type; the query lives in the URL. */
export function SearchView() {
  const { t, route, set } = useApp();
  const q = route.params.get('q') ?? '';
  const type = route.params.get('type') ?? '';
  return (
    <>
      <h1>{t('search')}</h1>
      <p class="muted" id="search-help">
        {t('searchHelp')}
      </p>
      <div class="toolbar">
        <TypeFilter value={type} onChange={(v) => set({ type: v })} />
      </div>
      <SearchBox
        q={q}
        type={type}
        label={t('search')}
        autoFocus
        // Typing replaces the history entry: Back leaves the search, not one letter.
        onQuery={(v) => set({ q: v }, true)}
      />
    </>
  );
}
