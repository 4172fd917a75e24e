/** One file of the dashboard's bundle, as the server sends it. */
export interface DashboardAsset {
  contentType: string;
  body: Uint8Array;
}

/**
 * The dashboard's files by URL path ("/" → index.html, "/assets/app.js" …), built from `web/` (placeholder until the
 * bundle lands: the server serves whatever this returns).
 */
export async function loadDashboardAssets(): Promise<Map<string, DashboardAsset>> {
  const html = '<!doctype html><meta charset="utf-8"><title>guanxi</title><p>dashboard bundle not built yet</p>';
  return new Map([["/", { contentType: "text/html; charset=utf-8", body: new TextEncoder().encode(html) }]]);
}
