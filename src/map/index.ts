/**
 * The map engine: the only module that imports Phaser. The app loads it with a
 * dynamic import, so Phaser's ~360 KB arrive only when a level opens.
 */
import * as Phaser from 'phaser';
import { parseMapFile } from '../core/map/mapData.ts';
import type { CreateMapView, MapView } from '../ui/mapView.ts';
import { MapScene, type MapSceneData } from './MapScene.ts';

export const createMapView: CreateMapView = async (options) => {
  const { container } = options;
  const parsed = parseMapFile(options.map);
  if (!parsed.ok) throw new Error(`The map file is malformed: ${parsed.error.slice(0, 3).join('; ')}`);
  // Phaser has no device-pixel-ratio option: render at dpr × size and scale the canvas down.
  const dpr = Math.min(window.devicePixelRatio || 1, 2);
  const size = () => {
    const rect = container.getBoundingClientRect();
    return { width: Math.max(1, Math.round(rect.width * dpr)), height: Math.max(1, Math.round(rect.height * dpr)) };
  };
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: container,
    backgroundColor: '#0e1a26',
    banner: false,
    autoFocus: false,
    audio: { noAudio: true },
    // No Phaser input at all: the page keeps its keys, wheel and touch; picks go through HTML hit targets.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // Multisampling halves the frame rate on a weak or software GPU; at 2× pixels edges are smooth without it.
    render: { antialias: true, antialiasGL: dpr < 2, powerPreference: 'low-power' },
    scale: { mode: Phaser.Scale.NONE, ...size(), zoom: 1 / dpr, expandParent: false },
  });
  const scene = await new Promise<MapScene>((resolve) => {
    game.events.once('map-ready', resolve);
    const data: MapSceneData = { options, map: parsed.value, dpr };
    game.scene.add('map', MapScene, true, data);
  });
  const observer = new ResizeObserver(() => {
    const { width, height } = size();
    if (width !== game.scale.width || height !== game.scale.height) game.scale.resize(width, height);
  });
  observer.observe(container);

  const view: MapView = {
    show: (state) => scene.show(state),
    travel: (leg) => scene.travel(leg),
    destroy: () => {
      observer.disconnect();
      // Phaser tears down on its next frame (so the loop must be running); the scene's shutdown removes its hit targets.
      scene.wake();
      game.destroy(true);
    },
  };
  return view;
};
