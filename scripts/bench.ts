/**
 * `npm run bench`: builds the game and a reference page (a blank Phaser 4 game, from the same
 * node_modules), serves both with gzip like a static host, measures them in the same run in
 * Chromium throttled like a mid-range phone on slow 4G, and writes BENCHMARKS.md.
 *
 * Options: --runs N (default 5) for the timed loads; --quick skips Lighthouse and the 10-case soak.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { Driver } from '../tests/e2e/driver.ts';
import { ALL_LEVEL_IDS, LEVEL_ID, loadLevel, seedWithEveryType } from '../tests/e2e/support.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { startStaticServer, type StaticSite } from './static-server.ts';

const root = join(fileURLToPath(import.meta.url), '../..');
const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '5' }, quick: { type: 'boolean', default: false } } });
const RUNS = Number(options.runs);

/** Lighthouse's mobile "slow 4G": 150 ms round trip, 1.6 Mbps down, 750 kbps up; CPU 4× slower. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function buildSites(): Promise<{ game: string; reference: string }> {
  const game = join(root, 'dist');
  const reference = join(root, 'test-results/bench-reference');
  await build({ root, logLevel: 'warn' });
  await build({ root: join(root, 'scripts/bench-reference'), configFile: false, logLevel: 'warn', build: { outDir: reference, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1600 } });
  return { game, reference };
}

/** A fresh phone-sized page (empty cache, no service worker) with the network and CPU throttled. */
async function throttledPage(browser: Browser, network: boolean, pixelRatio = PHONE.deviceScaleFactor): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ ...PHONE, deviceScaleFactor: pixelRatio, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, cdp };
}

interface Load {
  readonly ms: number;
  /** Bytes on the wire (gzip) for the page and every resource finished by the mark. */
  readonly bytes: number;
  /** First contentful paint: when the screen is seen, which a software-rendered page may show after the mark (NaN: none). */
  readonly fcp: number;
}

/** Loads `url` cold and waits for the performance mark `mark`: its time, and the bytes fetched by then. */
async function timeToMark(browser: Browser, url: string, mark: string): Promise<Load> {
  const { context, page } = await throttledPage(browser, true);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 180_000, polling: 100 });
    const load = await page.evaluate((m) => {
      const at = (performance.getEntriesByName(m)[0] as PerformanceEntry).startTime;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.responseEnd <= at);
      return { ms: at, bytes: navigation.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0) };
    }, mark);
    // A page that is only a WebGL canvas (the reference) may never report one.
    const painted = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 15_000 }).then(() => true, () => false);
    const fcp = painted ? await page.evaluate(() => (performance.getEntriesByName('first-contentful-paint')[0] as PerformanceEntry).startTime) : Number.NaN;
    return { ...load, fcp };
  } finally {
    await context.close();
  }
}

async function medianLoad(browser: Browser, url: string, mark: string): Promise<Load & { runs: number[] }> {
  const loads: Load[] = [];
  for (let i = 0; i < RUNS; i++) loads.push(await timeToMark(browser, url, mark));
  return { ms: median(loads.map((l) => l.ms)), bytes: median(loads.map((l) => l.bytes)), fcp: median(loads.map((l) => l.fcp)), runs: loads.map((l) => Math.round(l.ms)) };
}

/**
 * Median frames per second in the page, from requestAnimationFrame intervals: while the shipment
 * travels (`travelling`), or for a fixed time (ms).
 */
function sampleFps(page: Page, until: 'travelling' | number): Promise<number> {
  return page.evaluate(
    (stop) =>
      new Promise<number>((resolve) => {
        const gaps: number[] = [];
        const start = performance.now();
        let last = start;
        const going = (now: number) => (stop === 'travelling' ? document.querySelector('.trace')?.getAttribute('data-view') === 'travelling' : now - start < stop);
        const tick = (now: number) => {
          gaps.push(now - last);
          last = now;
          if (going(now)) requestAnimationFrame(tick);
          else {
            const sorted = gaps.slice(1).sort((a, b) => a - b);
            resolve(1000 / (sorted[Math.floor(sorted.length / 2)] ?? 1000));
          }
        };
        requestAnimationFrame(tick);
      }),
    until,
  );
}

/** Frames per second while the first leg of the first case animates, at 4× CPU slowdown. */
async function legFps(browser: Browser, site: string, pixelRatio?: number): Promise<number> {
  const { context, page } = await throttledPage(browser, false, pixelRatio);
  try {
    const first = loadLevel(LEVEL_ID).level.steps[0];
    if (!first) throw new Error(`${LEVEL_ID} has no steps`);
    await page.goto(`${site}/#/play/${LEVEL_ID}`);
    await page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0, undefined, { timeout: 120_000 });
    await page.locator('.briefing button').first().click();
    await page.locator(`.stop[data-place="${first.answer}"]`).click();
    return await sampleFps(page, 'travelling');
  } finally {
    await context.close();
  }
}

/** The reference game's frame rate over 3 s at the same CPU slowdown: what this machine allows a Phaser page. */
async function referenceFps(browser: Browser, site: string): Promise<number> {
  const { context, page } = await throttledPage(browser, false);
  try {
    await page.goto(`${site}/`);
    await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0, undefined, { timeout: 120_000 });
    return await sampleFps(page, 3000);
  } finally {
    await context.close();
  }
}

/**
 * Share of one processor core the whole browser (page, GPU process and all) uses over 3 s once a page
 * holds still: a case's briefing, or the reference game, two seconds after their marks. Without the CPU
 * slowdown, which itself keeps the page's process busy (about 87 % of a core here, whatever the page).
 */
async function stillCpu(browser: Browser, url: string, mark: string): Promise<number> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const system = await browser.newBrowserCDPSession();
  const cpuSeconds = async () => (await system.send('SystemInfo.getProcessInfo')).processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
  try {
    await page.goto(url);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 120_000 });
    await page.waitForTimeout(2000);
    const before = await cpuSeconds();
    await page.waitForTimeout(3000);
    return ((await cpuSeconds()) - before) / 3;
  } finally {
    await system.detach();
    await context.close();
  }
}

/** JS heap (after garbage collection) once one case is played, and once ten are, in one page session. */
async function heapSoak(browser: Browser, site: string, cases: number): Promise<{ afterEach: number[]; cases: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL: site, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const ids = Array.from({ length: cases }, (_, i) => ALL_LEVEL_IDS[i % ALL_LEVEL_IDS.length] as string);
  const afterEach: number[] = [];
  try {
    for (const [i, id] of ids.entries()) {
      const { level, text } = loadLevel(id);
      const driver = new Driver(page, 'mouse', level, text);
      await driver.open(seedWithEveryType(level));
      await driver.trace();
      await driver.solveRest();
      // Back to the case list, as a player would go on to the next case.
      await page.goto('/#/levels');
      await page.locator('.case-card').first().waitFor();
      // Phaser tears a game down on its next frame: measure once the map is gone and a few frames have run.
      await page.waitForFunction(() => document.querySelector('canvas') === null);
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
      afterEach.push(await heap());
      process.stdout.write(`  soak: ${i + 1}/${ids.length} ${id}\n`);
    }
    return { afterEach, cases };
  } finally {
    await context.close();
  }
}

interface LighthouseRun {
  readonly score: number;
  /** Its main metrics, as Lighthouse displays them ("2.1 s"). */
  readonly metrics: string;
}

/** Lighthouse's mobile performance score (its own simulated throttling): the run with the median score. */
async function lighthouseRun(url: string, runs: number): Promise<LighthouseRun> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const audits = result?.lhr.audits ?? {};
      const shown = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'cumulative-layout-shift'];
      results.push({
        score: Math.round((result?.lhr.categories['performance']?.score ?? 0) * 100),
        metrics: shown.map((id) => `${audits[id]?.title ?? id} ${audits[id]?.displayValue ?? '?'}`).join(', '),
      });
    } finally {
      chrome.kill();
    }
  }
  return [...results].sort((a, b) => a.score - b.score)[Math.floor(results.length / 2)] as LighthouseRun;
}

interface Row {
  readonly metric: string;
  readonly value: string;
  readonly target: string;
  readonly met: boolean | undefined;
}

function report(rows: readonly Row[], notes: readonly string[], browserVersion: string): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts); do not edit by hand.',
    '',
    `Run on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, ${osType()} ${release()}, Chromium ${browserVersion}, Node ${process.version}.`,
    `Loads are cold (empty cache, no service worker) on a 360×640 phone page, throttled to ${SLOW_4G.latency} ms RTT, 1.6 Mbps down and ${CPU_SLOWDOWN}× CPU slowdown, served with gzip; medians of ${RUNS} runs.`,
    'The reference is a blank Phaser 4 game (one rectangle, one text: scripts/bench-reference) built in the same run; its first frame is the yardstick.',
    '',
    '| metric | measured | target | met |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.metric} | ${r.value} | ${r.target} | ${r.met === undefined ? '—' : r.met ? 'yes' : '**no**'} |`),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const dirs = await buildSites();
  const sites: StaticSite[] = [await startStaticServer(dirs.game), await startStaticServer(dirs.reference)];
  const [game, reference] = sites as [StaticSite, StaticSite];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    console.log('reference: first frame');
    const ref = await medianLoad(browser, `${reference.url}/`, 'first-frame');
    console.log('game: menu-interactive');
    const menu = await medianLoad(browser, `${game.url}/#/levels`, 'menu-interactive');
    console.log('game: map-interactive');
    const map = await medianLoad(browser, `${game.url}/#/play/${LEVEL_ID}`, 'map-interactive');
    console.log('game: frames per second on a leg');
    const fps: number[] = [];
    const refFps: number[] = [];
    // The same phone with one device pixel per CSS pixel: a quarter of the pixels to fill.
    const lowResFps: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      fps.push(await legFps(browser, game.url));
      refFps.push(await referenceFps(browser, reference.url));
      lowResFps.push(await legFps(browser, game.url, 1));
    }

    console.log('game: processor time while the map holds still');
    const stillGame: number[] = [];
    const stillReference: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      stillGame.push(await stillCpu(browser, `${game.url}/#/play/${LEVEL_ID}`, 'map-interactive'));
      stillReference.push(await stillCpu(browser, `${reference.url}/`, 'first-frame'));
    }

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const pct = (share: number) => `${(share * 100).toFixed(0)} %`;
    const rows: Row[] = [
      { metric: 'reference: first frame', value: `${s(ref.ms)} (${kb(ref.bytes)})`, target: 'yardstick', met: undefined },
      { metric: '`menu-interactive` (case list accepts input)', value: `${s(menu.ms)} = ${(menu.ms / ref.ms).toFixed(2)}×`, target: '≤ 0.35× reference', met: menu.ms <= 0.35 * ref.ms },
      { metric: '`map-interactive` (first case, opened by link)', value: `${s(map.ms)} = ${(map.ms / ref.ms).toFixed(2)}×`, target: '≤ 1.10× reference', met: map.ms <= 1.1 * ref.ms },
      { metric: 'bytes before `menu-interactive`', value: kb(menu.bytes), target: '≤ 60 KB', met: menu.bytes <= 60 * 1024 },
      { metric: 'frames per second on a leg, 4× CPU', value: `${median(fps).toFixed(1)} (reference game: ${median(refFps).toFixed(1)}; this case at pixel ratio 1: ${median(lowResFps).toFixed(1)})`, target: '≥ 58', met: median(fps) >= 58 },
      { metric: 'processor while a case’s map holds still (briefing), no CPU slowdown', value: `${pct(median(stillGame))} of one core (reference game: ${pct(median(stillReference))})`, target: '≤ 5 %', met: median(stillGame) <= 0.05 },
    ];
    const notes = [
      `Single runs (ms): reference ${ref.runs.join(', ')}; menu ${menu.runs.join(', ')}; map ${map.runs.join(', ')}; fps ${fps.map((f) => f.toFixed(1)).join(', ')}; reference fps ${refFps.map((f) => f.toFixed(1)).join(', ')}.`,
      `First contentful paint (median), when the page's first text or image is seen: case list ${s(menu.fcp)}, first case ${s(map.fcp)} (the reference, a WebGL canvas alone, reports none). The marks come when the screen is built and accepts input; in this software-rendered browser its first frame can reach the screen later.`,
    ];
    if (!options.quick) {
      console.log('game: heap over ten cases');
      const soak = await heapSoak(browser, game.url, 10);
      const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
      const first = soak.afterEach[0] ?? 0;
      const last = soak.afterEach.at(-1) ?? 0;
      const growth = last / first - 1;
      rows.push({ metric: `JS heap after ${soak.cases} cases vs after 1`, value: `${mb(first)} → ${mb(last)} MB (${(growth * 100).toFixed(1)} %)`, target: '≤ +10 %', met: growth <= 0.1 });
      notes.push(`JS heap after each case (MB, after garbage collection): ${soak.afterEach.map(mb).join(', ')}.`);
      console.log('game: Lighthouse');
      const run = await lighthouseRun(`${game.url}/`, 3);
      rows.push({ metric: 'Lighthouse performance (mobile), median of 3', value: String(run.score), target: '≥ 95', met: run.score >= 95 });
      notes.push(`Lighthouse, the median run: ${run.metrics}.`);
    }
    const markdown = report(rows, notes, browser.version());
    writeFileSync(join(root, 'BENCHMARKS.md'), markdown);
    console.log(markdown);
  } finally {
    await browser.close();
    await Promise.all(sites.map((site) => site.stop()));
  }
}

await main();
