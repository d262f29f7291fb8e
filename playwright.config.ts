import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';

/**
 * Browser tests against the production build (`vite preview`), in Debian's
 * Chromium: Playwright's own browser download is not available everywhere.
 */
const PORT = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results/playwright',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
    trace: 'off',
    // Each test sees the network as it is; tests/e2e/offline.spec.ts turns service workers on.
    serviceWorkers: 'block',
  },
  projects: [
    // Tests tagged @phone-only check what a small screen stresses most (translations that run long).
    { name: 'desktop', grepInvert: /@phone-only/, use: { viewport: { width: 1280, height: 720 } } },
    // Every case plays through once, offline, in an LMS and over a long session on the desktop: the phone layout is tested in depth on the first case.
    { name: 'phone', grepInvert: /@desktop-only/, testIgnore: /(cases|offline|xapi|scorm|soak)\.spec\.ts/, use: { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } },
  ],
  webServer: {
    command: `vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
