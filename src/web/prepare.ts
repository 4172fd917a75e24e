// `npm run prepare` (run by `npm install` and `npm ci`): builds the dashboard into web/dist/. A failure here must not
// fail the install: `guanxi serve` builds the bundle in memory when web/dist/ is missing or stale.
import { WEB_DIR, writeDashboard } from './assets.js';

try {
  const files = await writeDashboard();
  console.log(`guanxi dashboard: ${files.length} files built into ${WEB_DIR}dist`);
} catch (e) {
  console.warn(
    `guanxi dashboard not built (guanxi serve will build it in memory): ${e instanceof Error ? e.message : e}`,
  );
}
