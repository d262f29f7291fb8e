import { fileURLToPath } from 'node:url';
import { minimal2023Preset } from '@vite-pwa/assets-generator/config';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentBundles } from './scripts/content-bundles.ts';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { packageFiles } from './scripts/package-files.ts';

/**
 * Phaser's build flags, as its own builds set them: both renderers, no debugging, no sound (Howler
 * plays the game's), no 3D camera or Facebook plugins; and the global it registers itself on.
 */
const PHASER_FLAGS = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
  global: 'globalThis',
};

export default defineConfig({
  // Relative URLs: the same build runs at a site's root, in a sub-folder, and inside an LMS's SCORM package.
  base: './',
  // The app icons, generated there from app-icon.svg at build time, are served at the site's root.
  publicDir: 'assets/pwa',
  resolve: {
    alias: [
      // The map's Phaser is a smaller build of it (see src/map/engine.ts), made from the package's source.
      { find: /^phaser$/, replacement: fileURLToPath(new URL('./src/map/engine.ts', import.meta.url)) },
      { find: /^phaser-source\/(.*)$/, replacement: fileURLToPath(new URL('./node_modules/phaser/src/$1', import.meta.url)) },
    ],
  },
  define: PHASER_FLAGS,
  // In development Phaser's source is pre-bundled: with the same flags.
  optimizeDeps: { rolldownOptions: { transform: { define: PHASER_FLAGS } } },
  build: {
    target: 'es2022',
    // Content and map files are fetched as files (never inlined), so a broken one is reported by name.
    assetsInlineLimit: 0,
    // Phaser is one ~1.4 MB module that cannot be split; it is loaded only when a level opens.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  plugins: [
    contentBundles(),
    contentSecurityPolicy(),
    packageFiles(),
    VitePWA({
      // A new version waits until the player says so: a silent swap mid-case would lose the case.
      registerType: 'prompt',
      injectRegister: false,
      pwaAssets: {
        image: 'assets/pwa/app-icon.svg',
        // The icon brings its own background and margins, as a maskable icon needs them.
        preset: {
          transparent: { ...minimal2023Preset.transparent, padding: 0 },
          maskable: { ...minimal2023Preset.maskable, padding: 0 },
          apple: { ...minimal2023Preset.apple, padding: 0 },
        },
        overrideManifestIcons: true,
      },
      manifest: {
        name: 'Follow the Shipment',
        short_name: 'Shipment',
        description: 'Trace real shipments between Russia and North Korea on a map, and learn to tell a fact from a claim.',
        lang: 'en',
        start_url: '.',
        display: 'standalone',
        background_color: '#09121b',
        theme_color: '#0e1a26',
        categories: ['education', 'games'],
      },
      workbox: {
        // Every case, map, language, sound and the engine, so that every case plays offline after one visit.
        globPatterns: ['**/*.{js,css,html,json,svg,png,ico,woff2,webm,mp3}'],
        // Hangul comes in ~300 small pieces per weight (12 MB in all): those a page has used are kept as it
        // uses them (below), instead of all of them being downloaded on the first visit.
        globIgnores: ['**/ibm-plex-sans-kr-*'],
        runtimeCaching: [
          {
            urlPattern: ({ request }) => request.destination === 'font',
            handler: 'CacheFirst',
            options: { cacheName: 'fonts', expiration: { maxEntries: 1000 } },
          },
        ],
        // The first visit's own page is taken over as soon as everything is kept: from then on it plays
        // without a connection too, as the player is told, not only after a reload.
        clientsClaim: true,
        // The route lives in the URL fragment, so every page is index.html.
        navigateFallback: 'index.html',
      },
    }),
  ],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
