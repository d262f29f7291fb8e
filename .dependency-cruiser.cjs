/** Architecture rules, checked by `npm run deps:check` (part of `npm test`). */
module.exports = {
  forbidden: [
    {
      name: 'core-stays-pure',
      comment: 'Game rules (src/core) import neither the UI, the map engine, Phaser, Preact nor i18next.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^src/ui/', '^src/map/', 'node_modules/(phaser|preact|i18next)/'] },
    },
    {
      name: 'only-src-map-imports-phaser',
      comment: 'Phaser is one big chunk loaded on demand: exactly one folder may import it.',
      severity: 'error',
      from: { pathNot: '^src/map/' },
      to: { path: 'node_modules/phaser/' },
    },
    {
      name: 'map-engine-loads-lazily',
      comment: 'The UI reaches the map engine only through a dynamic import(), so menus work before Phaser arrives.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^src/map/', dynamic: false },
    },
    {
      name: 'map-draws-only',
      comment: 'The map engine draws and forwards input; it may use the core and the map contract, not the HTML screens.',
      severity: 'error',
      from: { path: '^src/map/' },
      to: { path: '^src/ui/', pathNot: '^src/ui/mapView\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'] },
    exclude: { path: '\\.(css|svg|json)$' },
  },
};
