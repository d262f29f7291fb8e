/**
 * The Phaser the map runs on. Phaser does not tree-shake: the npm package's build is ~360 KB gzip
 * of physics, tilemaps, particles, sound and more that a map never uses. This is the package's own
 * "core" build (game, scenes, cameras, loader, tweens, text, graphics, images), assembled from its
 * source, plus the few parts the map adds. vite.config.ts points the map's `phaser` imports here;
 * their types still come from the package.
 */
import Phaser from 'phaser-source/phaser-core.js';
import 'phaser-source/gameobjects/container/ContainerFactory.js';
import 'phaser-source/gameobjects/rendertexture/RenderTextureFactory.js';
import 'phaser-source/loader/filetypes/SVGFile.js';

export const { AUTO, Game, Scale, Scene, Scenes, Tweens } = Phaser;
