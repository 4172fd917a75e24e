import { useEffect, useState } from 'preact/hooks';

export type {
  ArticleAnswerT,
  ArticleItemT,
  ArticlesAnswerT,
  CompareAnswerT,
  EntityAnswerT,
  EvidenceAnswerT,
  GranularityT,
  MeasureT,
  NetworkAnswerT,
  OverviewAnswerT,
  PartnersAnswerT,
  PlacesAnswerT,
  RunAnswerT,
  SearchAnswerT,
  TimelineAnswerT,
  WindowKindT,
} from '../../src/server/api-schema.js';

/** Query parameters of an API call; undefined, null and '' are left out. */
export type Query = Record<string, string | number | boolean | null | undefined>;

/** The URL of an API path with its query. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    params.set(k, v === true ? '1' : String(v));
  }
  const q = params.toString();
  return `/api/${path}${q === '' ? '' : `?${q}`}`;
}

/** An entity id as one path segment. */
export const idPath = (id: string): string => encodeURIComponent(id);

/** What a component knows of one API answer. */
export type Loaded<T> =
  | { state: 'loading'; data?: undefined; error?: undefined }
  | { state: 'done'; data: T; error?: undefined }
  | { state: 'error'; data?: undefined; error: string };

/** Fetches `url` (null: nothing to fetch) and follows it when it changes; an older answer never replaces a newer. */
export function useApi<T>(url: string | null): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (url === null) return;
    const abort = new AbortController();
    setLoaded({ state: 'loading' });
    fetchJson<T>(url, abort.signal).then(
      (data) => {
        if (!abort.signal.aborted) setLoaded({ state: 'done', data });
      },
      (e: unknown) => {
        if (!abort.signal.aborted) setLoaded({ state: 'error', error: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => abort.abort();
  }, [url]);
  return loaded;
}

/** GETs JSON; an error answer's message becomes the thrown error's. */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, signal === undefined ? {} : { signal });
  // An error answer may not be JSON (a proxy's page); a good one must be, and a failure to read it is an error.
  const body: unknown = res.ok ? await res.json() : await res.json().catch(() => null);
  if (!res.ok) {
    const message =
      body !== null && typeof body === 'object' && 'error' in body ? String(body.error) : `${res.status} ${url}`;
    throw new Error(message);
  }
  // The server validates its answers against the shared schemas (its tests do), so the shape is trusted here.
  return body as T;
}
