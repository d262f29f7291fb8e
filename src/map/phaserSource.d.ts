/** Phaser's source modules (see engine.ts): the core build is the package's namespace; the rest register themselves. */
declare module 'phaser-source/phaser-core.js' {
  const Phaser: typeof import('phaser');
  export default Phaser;
}
declare module 'phaser-source/*';
