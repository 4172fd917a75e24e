// The dashboard in a real browser: Debian's Chromium driven by playwright-core over `guanxi serve` on a run of the
// bundled examples. Assertions read the page's state and compare it with the API's answers (never pixels: WebGL is
// rendered in software here); every view is saved as a screenshot under output/screenshots/.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../src/batch/run.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import type * as S from '../src/server/api-schema.js';
import { startServer } from '../src/server/index.js';
import type { RunningServer } from '../src/server/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.GUANXI_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'output/screenshots');
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.warn(
    `Dashboard browser tests skipped: no Chromium at ${CHROMIUM}. Install it (Debian/Ubuntu: \`sudo apt-get install -y chromium fonts-noto-cjk\`, as .ci/run does) or point GUANXI_CHROMIUM at a Chromium binary.`,
  );
}

let server: RunningServer;
let context: BrowserContext;
let page: Page;
/** Console errors and uncaught exceptions of the page. */
const errors: string[] = [];
/** Requests to anything but the local server (refused). */
const foreign: string[] = [];

/** An API answer, as the page would get it. */
async function api<T>(path: string): Promise<T> {
  const r = await fetch(new URL(`api/${path}`, server.url));
  expect(r.status, path).toBe(200);
  return (await r.json()) as T;
}

/** Opens a view by its hash and waits for the app to render it. */
async function open(hash: string): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector('main[data-view]');
}

/** The number a `data-stat` element shows (digits only, so that grouping separators do not matter). */
async function stat(name: string): Promise<number> {
  const text = await page.locator(`[data-stat="${name}"]`).first().textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

describe.skipIf(!hasChromium)('dashboard in Chromium', () => {
  beforeAll(async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'guanxi-dashboard-'));
    const out = join(scratch, 'out');
    const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
    await runBatch({ inputs: [join(ROOT, 'examples')], out, pipeline, workers: 1 });
    server = await startServer({ out, port: 0 });
    mkdirSync(SHOTS, { recursive: true });
    // A new, empty profile inside the scratch folder: nothing of the machine's browser state leaks in.
    context = await chromium.launchPersistentContext(join(scratch, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => errors.push(e.message));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('search → entity page → evidence → article view', async () => {
    await open('#/search?lang=en');
    const field = page.getByRole('searchbox', { name: 'Search' });
    await expect.poll(() => page.locator('input[type="search"]:focus').count()).toBe(1);
    await field.fill('习近');
    const first = page.locator('[data-result]').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Xi Jinping');
    expect(page.url()).toContain('q=%E4%B9%A0%E8%BF%91');
    await shot('search');
    // ↓ moves from the field into the results, Enter opens the one focused.
    await field.press('ArrowDown');
    expect(await page.locator('[data-result]:focus').textContent()).toContain('Xi Jinping');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/entity\/person%3Axi-jinping/);
    const entity = await api<S.EntityAnswerT>('entities/person%3Axi-jinping');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Xi Jinping');
    expect(await stat('mentions')).toBe(entity.mentions);
    expect(await stat('articles')).toBe(entity.articles);
    const roles = await page.locator('.card', { hasText: 'Roles' }).locator('tbody tr').count();
    expect(roles).toBe(entity.roles.length);
    // Named in every article about him: no note on articles about him without his name.
    expect(entity.focusArticles).toBeLessThanOrEqual(entity.articles);
    expect(await page.locator('[data-note="focus-unnamed"]').count()).toBe(0);

    const partners = await api<S.PartnersAnswerT>('entities/person%3Axi-jinping/partners?window=sentence&measure=npmi');
    expect(partners.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('table.partners tbody tr').count()).toBe(partners.length);
    const partner = partners[0] as S.PartnerT;
    await page.locator('table.partners tbody tr').first().getByRole('button').click();
    await page.waitForURL(
      new RegExp(`partner=${encodeURIComponent(partner.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    const evidence = await api<S.EvidenceAnswerT>(
      `evidence?a=person%3Axi-jinping&b=${encodeURIComponent(partner.id)}&window=sentence&limit=20`,
    );
    const items = page.locator('.evidence-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(evidence.length);
    // Both entities highlighted in the first sentence, as the API's spans say.
    const e0 = evidence[0] as S.EvidenceAnswerT[number];
    const marked = await items.first().locator('mark').allInnerTexts();
    expect(marked).toEqual(e0.spans.map((s) => e0.text.slice(s.start, s.end)));
    expect(await items.first().locator('mark.hl-a').count()).toBeGreaterThan(0);
    expect(await items.first().locator('mark.hl-b').count()).toBeGreaterThan(0);
    await shot('entity');

    await items.first().locator('.source a').click();
    await page.waitForURL(/#\/article\//);
    const article = await api<S.ArticleAnswerT>(`articles/${encodeURIComponent(e0.article)}`);
    await page.locator('.article-text').waitFor();
    // Every mention has a link (nested ones, 中国 in 一个中国原则, split their outer one in pieces).
    const shown = await page
      .locator('.article-text a.mention')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-mention')));
    expect(new Set(shown).size).toBe(article.mentions.length);
    expect(await page.locator('.article-text .block .unresolved').count()).toBe(article.unresolved.length);
    expect(await page.locator('.block.target').getAttribute('data-block')).toBe(String(e0.block));
    // Focus on a mention (keyboard) tells what it is.
    const m0 = article.mentions[0] as S.ArticleAnswerT['mentions'][number];
    await page.locator('.article-text a.mention').first().focus();
    const tip = page.locator('#mention-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(m0.entity);
    expect(await tip.textContent()).toContain(m0.source);
    await shot('article');
  });

  it('draws the ego network and the corpus network with sigma, from the server’s positions', async () => {
    await open('#/network?lang=en&mode=ego&id=person%3Axi-jinping');
    const ego = await api<S.NetworkAnswerT>('network/ego?id=person%3Axi-jinping&window=sentence&measure=npmi&limit=15');
    expect(ego.nodes.length).toBeGreaterThan(1);
    const graph = page.locator('.graph[data-nodes]');
    await graph.waitFor({ timeout: 60_000 });
    expect(Number(await graph.getAttribute('data-nodes'))).toBe(ego.nodes.length);
    expect(Number(await graph.getAttribute('data-edges'))).toBe(ego.edges.length);
    expect(await page.locator('.graph canvas').count()).toBeGreaterThan(0);
    // An edge (from the list, the keyboard's way to the edges) shows its evidence.
    await page.locator('details.card summary').click();
    await page.locator('.edge-list button').first().click();
    await page.waitForURL(/edge=/);
    await page.locator('.evidence-item').first().waitFor();
    await shot('network-ego');

    await open('#/network?lang=en&mode=corpus&minCount=1&types=country,person,place');
    const corpus = await api<S.NetworkAnswerT>(
      'network/corpus?types=country,person,place&minCount=1&maxNodes=2000&window=sentence&measure=npmi',
    );
    const drawn = page.locator('.graph[data-nodes]');
    await drawn.waitFor({ timeout: 60_000 });
    expect(Number(await drawn.getAttribute('data-nodes'))).toBe(corpus.nodes.length);
    await shot('network-corpus');
  });

  it('the date range changes the numbers of every view, and back restores them', async () => {
    await open('#/overview?lang=en');
    const all = await api<S.OverviewAnswerT>('overview?granularity=month');
    const total = all.volume.reduce((s, v) => s + v.articles, 0);
    await expect.poll(() => stat('articles')).toBe(total);
    // Every bar label is whole: none starts left of its chart (long English names were cut at the edge).
    await page.locator('.bars svg').first().waitFor();
    const overhang = await page.$$eval('.bars svg', (svgs) =>
      svgs.flatMap((svg) => {
        const left = svg.getBoundingClientRect().left;
        return [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().left - left);
      }),
    );
    expect(overhang.length).toBeGreaterThan(20);
    expect(Math.min(...overhang)).toBeGreaterThanOrEqual(0);
    await shot('overview');
    await page.locator('input[name="from"]').fill('2024-01-01');
    await page.waitForURL(/from=2024-01-01/);
    await page.locator('input[name="to"]').fill('2024-06-30');
    await page.waitForURL(/to=2024-06-30/);
    const part = await api<S.OverviewAnswerT>('overview?granularity=month&from=2024-01-01&to=2024-06-30');
    const inRange = part.volume.reduce((s, v) => s + v.articles, 0);
    expect(inRange).toBeGreaterThan(0);
    expect(inRange).toBeLessThan(total);
    await expect.poll(() => stat('articles')).toBe(inRange);

    // The range follows the reader to another view.
    await page.getByRole('link', { name: 'Xi Jinping' }).first().click();
    await page.waitForURL(/#\/entity\/.*from=2024-01-01/);
    const ranged = await api<S.EntityAnswerT>('entities/person%3Axi-jinping?from=2024-01-01&to=2024-06-30');
    await expect.poll(() => stat('mentions')).toBe(ranged.mentions);
    const whole = await api<S.EntityAnswerT>('entities/person%3Axi-jinping');
    expect(ranged.mentions).toBeLessThan(whole.mentions);

    // Back walks the same states again: the range, then half of it, then none.
    await page.goBack();
    await page.waitForURL(/#\/overview.*to=2024-06-30/);
    await expect.poll(() => stat('articles')).toBe(inRange);
    await page.goBack();
    await page.waitForURL((u) => u.hash.includes('from=2024-01-01') && !u.hash.includes('to='));
    const fromOnly = await api<S.OverviewAnswerT>('overview?granularity=month&from=2024-01-01');
    await expect.poll(() => stat('articles')).toBe(fromOnly.volume.reduce((s, v) => s + v.articles, 0));
    await page.goBack();
    await page.waitForURL((u) => !u.hash.includes('from='));
    await expect.poll(() => stat('articles')).toBe(total);
  });

  it('says why the home country has more articles about it than articles naming it', async () => {
    const china = await api<S.EntityAnswerT>('entities/country%3ACN');
    expect(china.focusArticles).toBeGreaterThan(china.articles);
    await open('#/entity/country%3ACN?lang=en');
    await expect.poll(() => stat('focusArticles')).toBe(china.focusArticles);
    expect(await stat('articles')).toBe(china.articles);
    expect(await page.locator('[data-note="focus-unnamed"]').textContent()).toContain('without being named');
  });

  it('the map shows countries and places as points, each a link to its entity; articles by focus', async () => {
    await open('#/map?lang=en');
    const places = await api<S.PlacesAnswerT>('places');
    const shown = places.filter((p) => p.mentions > 0).length;
    const map = page.locator('.map[data-points]');
    await map.waitFor();
    expect(Number(await map.getAttribute('data-points'))).toBe(shown);
    expect(await page.locator('.map svg a circle').count()).toBe(shown);
    await shot('map');

    const china = places.find((p) => p.id === 'country:CN');
    expect(china?.focusArticles).toBeGreaterThan(0);
    await page.getByRole('button', { name: /Articles about China/ }).click();
    await page.waitForURL(/focus=country%3ACN/);
    const about = await api<S.ArticlesAnswerT>('articles?focus=country%3ACN&limit=20');
    await expect.poll(() => page.locator('ol.articles li').count()).toBe(about.items.length);

    // Points are links: the keyboard reaches them too.
    const point = page.locator('.map svg a').first();
    const target = await point.getAttribute('href');
    await point.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.hash === target);
    await page.locator('h1').waitFor();
  });

  it('compares timelines, switches language, and is usable from the keyboard', async () => {
    await open('#/compare?lang=en&ids=person%3Axi-jinping,country%3ABR');
    await page.locator('.chart [data-points]').waitFor();
    expect(await page.locator('.chip').count()).toBe(2);
    const compare = await api<S.CompareAnswerT>('compare?ids=person%3Axi-jinping,country%3ABR&granularity=month');
    await expect
      .poll(() => page.locator('.card', { hasText: 'together' }).locator('tbody tr').count())
      .toBe(compare.together.length);
    await shot('compare');

    await open('#/overview?lang=en');
    await page.getByRole('button', { name: /Language/ }).click();
    await page.waitForURL(/lang=zh/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('概览');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await shot('overview-zh');

    // The first Tab stop of a fresh page is the skip button; it moves focus to the main content.
    await page.reload();
    await page.waitForSelector('main[data-view]');
    await page.keyboard.press('Tab');
    expect(await page.locator('.skip:focus').count()).toBe(1);
    await page.keyboard.press('Enter');
    expect(await page.locator('main:focus').count()).toBe(1);
  });

  it('made no request outside the local server and logged no error', () => {
    expect(foreign, `requests outside the server: ${foreign.join(', ')}`).toEqual([]);
    expect(errors, `console errors: ${errors.join('; ')}`).toEqual([]);
  });
});
