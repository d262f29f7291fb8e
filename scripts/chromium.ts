/**
 * The browser every test and the benchmark run in: Debian's Chromium (Playwright's own download is
 * not available everywhere), with software WebGL (SwiftShader) so the map draws without a GPU.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
