import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type RunAnswerT, apiUrl, useApi } from './api.js';
import { DateRange } from './components/date-range.js';
import { AppProvider, makeApp, useApp } from './context.js';
import { type Lang, asLang, label } from './i18n.js';
import { type Route, type ViewName, useRoute } from './route.js';
import { ArticleView } from './views/article.js';
import { CompareView } from './views/compare.js';
import { EntityView } from './views/entity.js';
import { OverviewView } from './views/overview.js';
import { SearchView } from './views/search.js';

const LANG_KEY = 'guanxi.lang';

/** The language: the URL's, else the one chosen last time, else the browser's. */
function chooseLang(route: Route): Lang {
  const stored = (() => {
    try {
      return window.localStorage.getItem(LANG_KEY);
    } catch {
      return null;
    }
  })();
  return asLang(route.params.get('lang')) ?? asLang(stored) ?? (navigator.language.startsWith('zh') ? 'zh' : 'en');
}

/** A view module loaded on first use (the network and the map bring large libraries). */
function useLazy(load: () => Promise<ComponentType>): ComponentType | null {
  const [view, setView] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    load().then((c) => live && setView(() => c));
    return () => {
      live = false;
    };
  }, []);
  return view;
}

function NetworkLazy() {
  const View = useLazy(() => import('./views/network.js').then((m) => m.NetworkView));
  return View === null ? <p class="muted">{label(useApp().lang, 'loading')}</p> : <View />;
}

function MapLazy() {
  const View = useLazy(() => import('./views/map.js').then((m) => m.MapView));
  return View === null ? <p class="muted">{label(useApp().lang, 'loading')}</p> : <View />;
}

const VIEW_COMPONENTS: Record<ViewName, ComponentType> = {
  overview: OverviewView,
  search: SearchView,
  entity: EntityView,
  network: NetworkLazy,
  compare: CompareView,
  article: ArticleView,
  map: MapLazy,
};

const NAV: readonly ViewName[] = ['overview', 'search', 'network', 'compare', 'map'];

function Header() {
  const { t, href, route, lang, set } = useApp();
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <header class="top">
      <a class="brand" href={href('overview')}>
        {t('appName')}
      </a>
      <nav class="views" aria-label={t('views')}>
        {NAV.map((v) => (
          <a key={v} href={href(v)} aria-current={route.view === v ? 'page' : undefined}>
            {t(v)}
          </a>
        ))}
      </nav>
      <DateRange />
      <button
        type="button"
        class="lang"
        lang={other === 'zh' ? 'zh-CN' : 'en'}
        aria-label={`${t('language')}: ${t('otherLang')}`}
        onClick={() => {
          try {
            window.localStorage.setItem(LANG_KEY, other);
          } catch {
            // Storage can be refused (private mode): the URL still carries the language.
          }
          set({ lang: other });
        }}
      >
        {t('otherLang')}
      </button>
    </header>
  );
}

function Shell() {
  const { t, route } = useApp();
  const View = VIEW_COMPONENTS[route.view];
  useEffect(() => {
    document.title = `${t(route.view)} · guanxi`;
  }, [route.view, t]);
  return (
    <>
      <button type="button" class="skip" onClick={skipToMain}>
        {t('skip')}
      </button>
      <Header />
      <main id="main" tabIndex={-1} data-view={route.view}>
        <View />
      </main>
    </>
  );
}

// A skip button rather than a link to #main: the hash is the route.
function skipToMain(): void {
  document.getElementById('main')?.focus();
}

/** The dashboard: the run's facts first, then the view the URL names. */
export function App() {
  const route = useRoute();
  const lang = chooseLang(route);
  const run = useApi<RunAnswerT>(apiUrl('run'));
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  if (run.state !== 'done') {
    return (
      <p class={run.state === 'error' ? 'error' : 'muted'} role={run.state === 'error' ? 'alert' : undefined}>
        {run.state === 'error' ? `${label(lang, 'error')}: ${run.error}` : label(lang, 'loading')}
      </p>
    );
  }
  return (
    <AppProvider value={makeApp(route, lang, run.data)}>
      <Shell />
    </AppProvider>
  );
}
