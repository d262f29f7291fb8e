import { defineConfig } from '@playwright/test';

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
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
  },
  projects: [
    // Tests tagged @phone-only check what a small screen stresses most (translations that run long).
    { name: 'desktop', grepInvert: /@phone-only/, use: { viewport: { width: 1280, height: 720 } } },
    // Every case plays through once, on the desktop: the phone layout is tested in depth on the first case.
    { name: 'phone', testIgnore: /cases\.spec\.ts/, use: { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } },
  ],
  webServer: {
    command: `vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
