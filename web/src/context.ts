import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RunAnswerT } from './api.js';
import { type LabelKey, type Lang, label } from './i18n.js';
import { type ParamChanges, type Route, type ViewName, formatHash, linkTo, navigate, withChanges } from './route.js';

/** What every view needs: where it is, the language, the date range, and how to move. */
export interface App {
  route: Route;
  lang: Lang;
  run: RunAnswerT;
  /** The date range (`YYYY-MM-DD`, inclusive; '' for open), as every API call takes it. */
  range: { from: string; to: string };
  t: (key: LabelKey) => string;
  /** The hash of a view, keeping the date range and language. */
  href: (view: ViewName, arg?: string, params?: ParamChanges) => string;
  /** Changes parameters of the current view (a new history entry unless `replace`). */
  set: (changes: ParamChanges, replace?: boolean) => void;
}

const AppContext = createContext<App | null>(null);

/** Provides the app state to the views. */
export const AppProvider = AppContext.Provider;

/** The app state. */
export function useApp(): App {
  const app = useContext(AppContext);
  if (app === null) throw new Error('useApp outside AppProvider');
  return app;
}

/** The app state for a route, language and run. */
export function makeApp(route: Route, lang: Lang, run: RunAnswerT): App {
  return {
    route,
    lang,
    run,
    range: { from: route.params.get('from') ?? '', to: route.params.get('to') ?? '' },
    t: (key) => label(lang, key),
    href: (view, arg = '', params = {}) => linkTo(route, view, arg, params),
    set: (changes, replace = false) =>
      navigate(formatHash({ ...route, params: withChanges(route.params, changes) }), replace),
  };
}
