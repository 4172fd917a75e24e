import { useEffect, useState } from 'preact/hooks';

/** The dashboard's views, as they appear in the URL. */
export const VIEWS = ['overview', 'search', 'entity', 'network', 'compare', 'article', 'map'] as const;

/** One of the views. */
export type ViewName = (typeof VIEWS)[number];

/** Where the dashboard is: `#/<view>[/<arg>]?<params>`; every view keeps its whole state in `params`. */
export interface Route {
  view: ViewName;
  /** The entity or article id of the entity and article views ('' elsewhere). */
  arg: string;
  params: URLSearchParams;
}

/** Parameters that follow the reader from view to view. */
export const GLOBAL_PARAMS = ['from', 'to', 'lang'] as const;

/** New parameter values: a string sets, null or '' removes. */
export type ParamChanges = Record<string, string | null | undefined>;

/** Reads a location hash (`#/entity/person%3Axi-jinping?from=2024-01-01`). */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const path = q < 0 ? body : body.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : body.slice(q + 1));
  const slash = path.indexOf('/');
  const head = slash < 0 ? path : path.slice(0, slash);
  const view = (VIEWS as readonly string[]).includes(head) ? (head as ViewName) : 'overview';
  const arg = slash < 0 ? '' : safeDecode(path.slice(slash + 1));
  return { view, arg, params };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The hash of a route; parameters sorted so that one state has one URL. */
export function formatHash(route: Route): string {
  const params = new URLSearchParams(
    [...route.params].filter(([, v]) => v !== '').sort(([a], [b]) => a.localeCompare(b)),
  );
  const query = params.toString();
  const arg = route.arg === '' ? '' : `/${encodeURIComponent(route.arg)}`;
  return `#/${route.view}${arg}${query === '' ? '' : `?${query}`}`;
}

/** `params` with `changes` applied. */
export function withChanges(params: URLSearchParams, changes: ParamChanges): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') next.delete(k);
    else next.set(k, v);
  }
  return next;
}

/** The hash of `view` (with `arg` and `params`), carrying the global parameters of `from`. */
export function linkTo(from: Route, view: ViewName, arg = '', params: ParamChanges = {}): string {
  const kept = new URLSearchParams();
  for (const k of GLOBAL_PARAMS) {
    const v = from.params.get(k);
    if (v !== null) kept.set(k, v);
  }
  return formatHash({ view, arg, params: withChanges(kept, params) });
}

/** Goes to `hash`: a new history entry, or in place of the current one (typing in a field). */
export function navigate(hash: string, replace = false): void {
  if (hash === window.location.hash) return;
  if (replace) {
    window.history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

/** The current route, following the location (links, back and forward). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
