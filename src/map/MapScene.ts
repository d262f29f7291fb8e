/**
 * The map: real coastlines and borders, the places of a level, the legs traced
 * so far and the moving cargo. It draws what the HTML game tells it and reports
 * clicks on candidate places; it holds no rules of its own.
 */
import * as Phaser from 'phaser';
import type { MapFile, MapLod } from '../core/map/mapData.ts';
import { findRegion, northAngle, regionProjection, type RegionProjection } from '../core/map/projection.ts';
import { fitView, placeLabels, polylineLength, polylinePrefix, type LabelRequest, type LabelSide, type Point, type ViewFit } from '../core/map/view.ts';
import { legPath, type Leg } from '../core/trace.ts';
import type { MapPlace, MapScene as SceneState, MapViewOptions } from '../ui/mapView.ts';
import { DIRECTION_COLORS, drawRoute, tracePath } from './draw.ts';

export interface MapSceneData {
  readonly options: MapViewOptions;
  readonly map: MapFile;
  readonly dpr: number;
}

const COLORS = {
  land: 0x243241,
  landInvolved: 0x2f435a,
  border: 0x8a9aad,
  sea: 0x0e1a26,
  countryLabel: '#8fa2b6',
  label: '#e9eef4',
  labelHalo: '#0e1a26',
  candidate: 0xf0e442,
  tried: 0x8a9aad,
  visited: 0xe69f00,
  place: 0xb4c0cd,
};
/** Countries the game is about, drawn a shade lighter. */
const INVOLVED = new Set(['643', '408']);
/** Screen pixels per map unit above which each finer level of detail is drawn. */
const LOD_MIN_ZOOM = [0, 0.3, 1.4];
const FLY_MS = 700;

interface LodLayer {
  readonly lod: MapLod;
  readonly sea: Phaser.GameObjects.Graphics | null;
  readonly land: Phaser.GameObjects.Graphics;
  readonly borders: Phaser.GameObjects.Graphics;
  readonly labels: Phaser.GameObjects.Text[];
}

interface Camera {
  x: number;
  y: number;
  zoom: number;
  rotation: number;
}

const layerParts = (layer: LodLayer): Phaser.GameObjects.Graphics[] => [...(layer.sea ? [layer.sea] : []), layer.land, layer.borders];

export class MapScene extends Phaser.Scene {
  private options!: MapViewOptions;
  private map!: MapFile;
  private dpr = 1;
  private projection!: RegionProjection;
  private layers: LodLayer[] = [];
  /**
   * The map's layers drawn once into a texture while the camera holds still: redrawing thousands of
   * coastline vertices on every frame halves the frame rate of a slow device.
   */
  private stillMap!: Phaser.GameObjects.RenderTexture;
  /** The camera and canvas size the still map was drawn for ('' while the camera flies). */
  private stillFor = '';
  /** The layers to draw into the still map on the next frame. */
  private stillPending: readonly LodLayer[] | null = null;
  private routes!: Phaser.GameObjects.Graphics;
  private travelLine!: Phaser.GameObjects.Graphics;
  private markers!: Phaser.GameObjects.Graphics;
  private placeLabels = new Map<string, Phaser.GameObjects.Text>();
  private labelSides = new Map<string, LabelSide>();
  private detail!: Phaser.GameObjects.Text;
  /** "? not reported" at the end of each unknown leg; grown as needed. */
  private unknownMarks: Phaser.GameObjects.Text[] = [];
  private hotspotLayer!: HTMLDivElement;
  private hotspots = new Map<string, HTMLDivElement>();
  private cargo!: Phaser.GameObjects.Container;
  /** The picture in the cargo badge: the cargo at rest, its vehicle (train, ship…) on the move. */
  private cargoIcon!: Phaser.GameObjects.Image;
  private state: SceneState | null = null;
  private camera: Camera = { x: 0, y: 0, zoom: 1, rotation: 0 };
  private flight: Phaser.Tweens.Tween | null = null;
  private pulse = 0;
  private hovered: string | null = null;
  /** Index of the finest level of detail drawn now: its country names are the ones shown. */
  private finestLayer = 0;
  /** The leg being animated: drawn by the travel line, not by `routes`. */
  private moving: { leg: Leg; points: Point[]; progress: number } | null = null;
  /** Frames drawn since anything last changed or moved; a few after, the loop sleeps (see update()). */
  private stillFrames = 0;

  constructor() {
    super('map');
  }

  init(data: MapSceneData): void {
    this.options = data.options;
    this.map = data.map;
    this.dpr = data.dpr;
    const region = findRegion(this.map.region);
    if (!region) throw new Error(`Unknown map region "${this.map.region}"`);
    this.projection = regionProjection(region);
  }

  preload(): void {
    // SVG icons are rasterised once, so load them at their largest on-screen size.
    const size = Math.round(40 * this.dpr);
    this.load.svg('cargo', this.options.cargoIconUrl, { width: size, height: size });
    for (const [mode, url] of Object.entries(this.options.modeIconUrls)) this.load.svg(`mode-${mode}`, url, { width: size, height: size });
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLORS.sea);
    this.layers = this.map.lods.map((lod, i) => this.createLayer(lod, i));
    this.stillMap = this.add.renderTexture(0, 0, this.scale.width, this.scale.height).setVisible(false);
    this.routes = this.add.graphics();
    this.travelLine = this.add.graphics();
    this.markers = this.add.graphics();
    this.detail = this.makeText('', 13, '#b4c0cd').setVisible(false);
    this.cargo = this.createCargo();
    this.hotspotLayer = document.createElement('div');
    this.hotspotLayer.className = 'map-hotspots';
    this.options.container.append(this.hotspotLayer);
    this.setCamera(this.fitTo([{ x: 0, y: 0 }, { x: this.map.width, y: this.map.height }]));
    if (!this.options.reducedMotion) {
      this.tweens.addCounter({ from: 0, to: 1, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', onUpdate: (t) => this.setPulse(t.getValue() ?? 0) });
    }
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    // The game is destroyed when the player leaves the level: take the hit targets with it.
    for (const event of [Phaser.Scenes.Events.SHUTDOWN, Phaser.Scenes.Events.DESTROY]) {
      this.events.once(event, () => {
        this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
        this.hotspotLayer.remove();
      });
    }
    this.game.events.emit('map-ready', this);
  }

  /** Shows a new state: places, legs, candidates; flies the camera to what matters now. */
  show(state: SceneState): void {
    this.wake();
    const first = this.state === null;
    this.state = state;
    for (const place of state.places) {
      const label = this.placeLabels.get(place.id);
      if (label) label.setText(this.directed(place.name));
      else this.placeLabels.set(place.id, this.makeText(place.name, 15, COLORS.label).setVisible(false));
    }
    this.syncHotspots();
    const target = this.fitTo(this.focusPoints());
    if (first || this.options.reducedMotion) this.setCamera(target);
    else void this.flyTo(target);
    this.relabel();
    this.redraw();
  }

  /** Moves the cargo along a leg; the promise settles when it has arrived. */
  async travel(leg: Leg): Promise<void> {
    const points = this.legPoints(leg);
    if (points.length < 2) return;
    this.wake();
    if (this.options.reducedMotion) {
      this.redraw();
      return;
    }
    this.moving = { leg, points, progress: 0 };
    await this.flyTo(this.fitTo(this.focusPoints()));
    const screenLength = polylineLength(points) * this.camera.zoom;
    const duration = Math.min(2600, Math.max(1100, screenLength * 3));
    await new Promise<void>((resolve) => {
      const tween = this.tweens.addCounter({
        from: 0,
        to: 1,
        duration,
        ease: 'Sine.easeInOut',
        onUpdate: (t) => {
          if (this.moving) this.moving.progress = t.getValue() ?? 0;
          // The camera holds still while the cargo moves: only the route and the markers change.
          this.drawRoutes();
          this.drawMarkers();
        },
      });
      tween.once(Phaser.Tweens.Events.TWEEN_COMPLETE, () => resolve());
      tween.once(Phaser.Tweens.Events.TWEEN_STOP, () => resolve());
      this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => resolve());
    });
    this.moving = null;
    this.redraw();
  }

  // ---------- building ----------

  private createLayer(lod: MapLod, index: number): LodLayer {
    const [x0, y0, x1, y1] = lod.clip;
    // A finer layer first paints the sea over its rectangle, then its own land on top.
    const sea = index === 0 ? null : this.add.graphics().fillStyle(COLORS.sea, 1).fillRect(x0, y0, x1 - x0, y1 - y0);
    const land = this.add.graphics();
    for (const country of lod.countries) {
      land.fillStyle(INVOLVED.has(country.id) ? COLORS.landInvolved : COLORS.land, 1);
      for (const polygon of country.polygons) {
        const [outer, ...holes] = polygon;
        if (!outer) continue;
        land.beginPath();
        tracePath(land, outer, true);
        land.fillPath();
        // Phaser does not cut holes: paint them in the sea colour instead.
        if (holes.length > 0) {
          land.fillStyle(COLORS.sea, 1);
          for (const hole of holes) {
            land.beginPath();
            tracePath(land, hole, true);
            land.fillPath();
          }
          land.fillStyle(INVOLVED.has(country.id) ? COLORS.landInvolved : COLORS.land, 1);
        }
      }
    }
    const borders = this.add.graphics();
    const labels = lod.labels.map((l) => {
      const name = this.options.labels.countries[l.id] ?? lod.countries.find((c) => c.id === l.id)?.name ?? l.id;
      // Letter spacing draws character by character, which would break joined scripts such as Arabic.
      const text = this.makeText(name.toLocaleUpperCase(), 13, COLORS.countryLabel, this.options.rtl ? 0 : 3).setAlpha(0.9);
      text.setData('anchor', { x: l.x, y: l.y });
      return text;
    });
    return { lod, sea, land, borders, labels };
  }

  private createCargo(): Phaser.GameObjects.Container {
    const badge = this.add.graphics();
    badge.fillStyle(0xf5f0e6, 1).fillCircle(0, 0, 20).lineStyle(3, 0xe69f00, 1).strokeCircle(0, 0, 20);
    this.cargoIcon = this.add.image(0, 0, 'cargo').setDisplaySize(28, 28);
    return this.add.container(0, 0, [badge, this.cargoIcon]).setVisible(false).setDepth(10);
  }

  /**
   * Right-to-left text is isolated with RLI…PDI instead of Phaser's `rtl` style, which
   * places the text outside its canvas when the resolution is above 1 (Phaser 4.0).
   */
  private directed(text: string): string {
    return this.options.rtl && text ? `\u2067${text}\u2069` : text;
  }

  private makeText(text: string, size: number, color: string, spacing = 0): Phaser.GameObjects.Text {
    return this.add
      .text(0, 0, this.directed(text), {
        fontFamily: this.options.labelFont,
        fontSize: `${size}px`,
        fontStyle: '600',
        color,
        stroke: COLORS.labelHalo,
        strokeThickness: 4,
        letterSpacing: spacing,
        resolution: this.dpr,
      })
      .setDepth(20);
  }

  // ---------- geometry ----------

  private placesOf(): readonly MapPlace[] {
    return this.state?.places ?? [];
  }

  private place(id: string): MapPlace | undefined {
    return this.placesOf().find((p) => p.id === id);
  }

  private pointOf(id: string): Point | undefined {
    const place = this.place(id);
    if (!place) return undefined;
    const [x, y] = this.projection.project(place.lon, place.lat);
    return { x, y };
  }

  /**
   * The focused places, plus the whole path of every leg (traced or moving)
   * between focused places: a long rail leg bulges far beyond its two ends.
   */
  private focusPoints(): Point[] {
    const focus = this.state?.focus ?? [];
    const places = focus.flatMap((id) => this.pointOf(id) ?? []);
    const legs = [...(this.state?.legs ?? []), ...(this.moving ? [this.moving.leg] : [])];
    const paths = legs.filter((l) => focus.includes(l.from) && focus.includes(l.to ?? l.from)).flatMap((l) => this.legPoints(l));
    return [...places, ...paths];
  }

  private lonLatPoint(lonLat: readonly [number, number]): Point {
    const [x, y] = this.projection.project(lonLat[0], lonLat[1]);
    return { x, y };
  }

  private legPoints(leg: Leg): Point[] {
    return legPath(leg, this.placesOf()).map((v) => this.lonLatPoint(v));
  }

  // ---------- camera ----------

  private viewport(): { width: number; height: number } {
    return { width: this.scale.width / this.dpr, height: this.scale.height / this.dpr };
  }

  /** The view that shows these points, turned so that north is up in the middle of it. */
  private fitTo(points: readonly Point[]): ViewFit & { rotation: number } {
    const { width, height } = this.viewport();
    const centre = points.length > 0 ? { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length } : { x: this.map.width / 2, y: this.map.height / 2 };
    const [lon, lat] = this.projection.unproject(centre.x, centre.y);
    const rotation = -northAngle(lon, lat, this.projection.region);
    const fit = fitView(points, width, height, { padding: { x: Math.min(100, width * 0.2), y: 40 }, minSpan: 24, maxZoom: 60, minZoom: 0.05, rotation });
    return { ...fit, rotation };
  }

  private setCamera(view: Camera): void {
    this.camera = { ...view };
    const cam = this.cameras.main;
    cam.setZoom(view.zoom * this.dpr);
    cam.centerOn(view.x, view.y);
    cam.setRotation(view.rotation);
    this.redraw();
  }

  private flyTo(target: Camera): Promise<void> {
    this.flight?.stop();
    const from = { ...this.camera };
    const logFrom = Math.log(from.zoom);
    const logTo = Math.log(target.zoom);
    return new Promise<void>((resolve) => {
      const tween = this.tweens.addCounter({
        from: 0,
        to: 1,
        duration: FLY_MS,
        ease: 'Sine.easeInOut',
        onUpdate: (t) => {
          const k = t.getValue() ?? 0;
          this.setCamera({
            x: from.x + (target.x - from.x) * k,
            y: from.y + (target.y - from.y) * k,
            zoom: Math.exp(logFrom + (logTo - logFrom) * k),
            rotation: from.rotation + (target.rotation - from.rotation) * k,
          });
        },
      });
      this.flight = tween;
      const done = () => {
        if (this.flight === tween) this.flight = null;
        this.relabel();
        this.redraw();
        resolve();
      };
      tween.once(Phaser.Tweens.Events.TWEEN_COMPLETE, done);
      tween.once(Phaser.Tweens.Events.TWEEN_STOP, done);
      this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => resolve());
    });
  }

  private onResize(): void {
    this.wake();
    const target = this.state ? this.fitTo(this.focusPoints()) : this.camera;
    this.flight?.stop();
    this.setCamera(target);
    this.relabel();
  }

  /** World point → screen (CSS px, from the viewport's top-left). */
  private toScreen(p: Point): Point {
    const { width, height } = this.viewport();
    const dx = (p.x - this.camera.x) * this.camera.zoom;
    const dy = (p.y - this.camera.y) * this.camera.zoom;
    const c = Math.cos(this.camera.rotation);
    const s = Math.sin(this.camera.rotation);
    return { x: width / 2 + dx * c - dy * s, y: height / 2 + dx * s + dy * c };
  }

  /** Screen point (CSS px) → world. */
  private toWorld(p: Point): Point {
    const { width, height } = this.viewport();
    const dx = (p.x - width / 2) / this.camera.zoom;
    const dy = (p.y - height / 2) / this.camera.zoom;
    const c = Math.cos(-this.camera.rotation);
    const s = Math.sin(-this.camera.rotation);
    return { x: this.camera.x + dx * c - dy * s, y: this.camera.y + dx * s + dy * c };
  }

  private visibleRadius(): number {
    const { width, height } = this.viewport();
    return Math.hypot(width, height) / 2 / this.camera.zoom;
  }

  // ---------- drawing ----------

  /** Whether candidate markers pulse now: in full motion, while some are still to be tried. */
  private pulsing(): boolean {
    return !this.options.reducedMotion && (this.state?.candidates.some((id) => !this.state?.tried.includes(id)) ?? false);
  }

  private setPulse(value: number): void {
    this.pulse = value;
    if (this.state && this.state.candidates.length > 0) this.drawMarkers();
  }

  private redraw(): void {
    this.drawLayers();
    this.drawRoutes();
    this.drawMarkers();
    this.positionTexts();
  }

  private drawLayers(): void {
    const zoom = this.camera.zoom;
    const radius = this.visibleRadius();
    const view = { x0: this.camera.x - radius, y0: this.camera.y - radius, x1: this.camera.x + radius, y1: this.camera.y + radius };
    const active = this.layers.map((layer, i) => {
      const [x0, y0, x1, y1] = layer.lod.clip;
      const intersects = x0 < view.x1 && view.x0 < x1 && y0 < view.y1 && view.y0 < y1;
      return zoom >= (LOD_MIN_ZOOM[i] ?? Infinity) && intersects;
    });
    // The finest layer whose rectangle covers the whole view hides the coarser ones beneath it.
    const covering = this.layers.findLastIndex((layer, i) => {
      const [x0, y0, x1, y1] = layer.lod.clip;
      return active[i] && x0 <= view.x0 && y0 <= view.y0 && x1 >= view.x1 && y1 >= view.y1;
    });
    const finest = active.lastIndexOf(true);
    const shown = this.layers.filter((_, i) => active[i] === true && i >= Math.max(0, covering));
    for (const layer of shown) {
      layer.borders.clear().lineStyle(1.25 / zoom, COLORS.border, 0.9);
      layer.borders.beginPath();
      for (const border of layer.lod.borders) for (const line of border.lines) tracePath(layer.borders, line, false);
      layer.borders.strokePath();
    }
    this.finestLayer = finest;
    // While the camera flies the layers draw live; once it holds still, they are drawn into the still
    // map on the next frame (in update(), inside Phaser's loop) and drawn from it after that.
    const { width, height } = this.scale;
    const key = this.flight ? '' : `${this.camera.x},${this.camera.y},${this.camera.zoom},${this.camera.rotation},${width}x${height},${shown.length}`;
    if (key !== '' && key === this.stillFor) return;
    this.stillFor = key;
    this.stillPending = key === '' ? null : shown;
    for (const layer of this.layers) for (const part of layerParts(layer)) part.setVisible(shown.includes(layer));
    this.stillMap.setVisible(false);
  }

  override update(): void {
    if (this.stillPending) this.drawStillMap(this.stillPending);
    this.stillPending = null;
    // A map that holds still is not drawn again 60 times a second: on a slow Chromebook (or a software
    // GPU) that alone keeps the processor busy and the page slow. A frame or two after the last change
    // has been drawn, the loop sleeps until the next change wakes it.
    if (this.flight || this.moving || this.pulsing()) this.stillFrames = 0;
    else if (++this.stillFrames > 2) this.game.loop.sleep();
  }

  /** Restarts the loop after a change made while it slept. */
  wake(): void {
    this.stillFrames = 0;
    const loop = this.game.loop;
    if (loop.running) return;
    // Time asleep is not time to catch up on: the clock restarts now (waking draws a frame at once).
    loop.resetDelta();
    loop.wake();
  }

  private drawStillMap(shown: readonly LodLayer[]): void {
    const { width, height } = this.scale;
    if (this.stillMap.width !== width || this.stillMap.height !== height) this.stillMap.resize(width, height);
    const parts = shown.flatMap(layerParts);
    // The camera's matrices are brought up to date when a frame renders; this comes before that.
    this.cameras.main.preRender();
    this.stillMap.clear().fill(COLORS.sea, 1);
    for (const part of parts) this.stillMap.capture(part, { camera: this.cameras.main });
    this.stillMap.render();
    for (const part of parts) part.setVisible(false);
    // The texture is in screen pixels: undo the camera so that it lies exactly over the screen.
    const scale = 1 / this.cameras.main.zoom;
    this.stillMap.setPosition(this.camera.x, this.camera.y).setScale(scale).setRotation(-this.camera.rotation).setVisible(true);
  }

  private drawRoutes(): void {
    const zoom = this.camera.zoom;
    const radius = this.visibleRadius();
    const visible = (p: Point) => Math.hypot(p.x - this.camera.x, p.y - this.camera.y) <= radius;
    this.routes.clear();
    this.travelLine.clear();
    const unknownAt: Point[] = [];
    for (const leg of this.state?.legs ?? []) {
      const points = this.legPoints(leg);
      const color = leg.direction ? DIRECTION_COLORS[leg.direction] : undefined;
      drawRoute(this.routes, points, { mode: leg.mode, certainty: leg.certainty, zoom, visible, ...(color === undefined ? {} : { color }) });
      // A leg no source reports is marked "? not reported": at the end of a stub into the unknown,
      // halfway along a leg whose destination is known but not the way there.
      const mark = leg.to === null ? points.at(-1) : leg.certainty === 'unknown' ? polylinePrefix(points, 0.5).at(-1) : undefined;
      if (mark) unknownAt.push(mark);
    }
    this.showUnknownMarks(unknownAt);
    if (this.moving) {
      const done = polylinePrefix(this.moving.points, this.moving.progress);
      drawRoute(this.travelLine, done, { mode: this.moving.leg.mode, certainty: this.moving.leg.certainty, zoom, visible });
    }
  }

  private showUnknownMarks(ends: readonly Point[]): void {
    while (this.unknownMarks.length < ends.length) this.unknownMarks.push(this.makeText(this.options.labels.unknownLeg, 14, '#e9eef4'));
    this.unknownMarks.forEach((mark, i) => {
      const at = ends[i];
      mark.setVisible(at !== undefined);
      if (at) mark.setOrigin(0.5, -0.3).setPosition(at.x, at.y).setScale(1 / this.camera.zoom).setRotation(-this.camera.rotation);
    });
  }

  private drawMarkers(): void {
    const state = this.state;
    const g = this.markers.clear();
    if (!state) return;
    const px = (n: number) => n / this.camera.zoom;
    const visited = new Set(state.legs.flatMap((l) => [l.from, l.to ?? l.from]));
    for (const place of state.places) {
      const p = this.pointOf(place.id);
      if (!p) continue;
      if (place.id === state.chosen) {
        // The player's pick: a filled marker, so it reads without colour too.
        g.fillStyle(COLORS.candidate, 0.3).fillCircle(p.x, p.y, px(16));
        g.fillStyle(COLORS.candidate, 1).fillCircle(p.x, p.y, px(8));
        g.lineStyle(px(3), 0x0e1a26, 1).strokeCircle(p.x, p.y, px(8));
      } else if (state.candidates.includes(place.id)) {
        const tried = state.tried.includes(place.id);
        const color = tried ? COLORS.tried : COLORS.candidate;
        if (!tried) {
          g.fillStyle(COLORS.candidate, 0.18 + 0.17 * this.pulse).fillCircle(p.x, p.y, px(13 + 5 * this.pulse));
        }
        g.fillStyle(0x0e1a26, 1).fillCircle(p.x, p.y, px(7));
        g.lineStyle(px(3), color, 1).strokeCircle(p.x, p.y, px(8));
        if (tried) {
          g.lineStyle(px(2.5), COLORS.tried, 1);
          g.lineBetween(p.x - px(4), p.y - px(4), p.x + px(4), p.y + px(4));
          g.lineBetween(p.x - px(4), p.y + px(4), p.x + px(4), p.y - px(4));
        }
      } else if (visited.has(place.id) || place.id === state.position) {
        g.fillStyle(COLORS.visited, 1).fillCircle(p.x, p.y, px(5));
        g.lineStyle(px(1.5), 0x09121b, 1).strokeCircle(p.x, p.y, px(5));
      }
    }
    const resting = state.position === null ? undefined : this.pointOf(state.position);
    const here = this.moving ? polylinePrefix(this.moving.points, this.moving.progress).at(-1) : resting;
    // An unknown leg leaves the cargo where it was last seen.
    const cargoAt = this.moving?.leg.to === null ? resting : here;
    this.cargo.setVisible(cargoAt !== undefined);
    const texture = this.moving && this.moving.leg.to !== null ? `mode-${this.moving.leg.mode}` : 'cargo';
    if (this.cargoIcon.texture.key !== texture) this.cargoIcon.setTexture(texture).setDisplaySize(28, 28);
    if (cargoAt) this.cargo.setPosition(cargoAt.x, cargoAt.y).setScale(1 / this.camera.zoom).setRotation(-this.camera.rotation);
  }

  /** Size of what is drawn on a place, in screen pixels: labels keep clear of it. */
  private markerRadius(id: string): number {
    if (id === this.state?.position) return 22;
    if (id === this.state?.chosen) return 16;
    return this.state?.candidates.includes(id) ? 16 : 9;
  }

  /**
   * Places that may get a name now, most important first: where the cargo is
   * and the candidates always; places already visited and landmarks (the
   * bridge, close up) only where there is room.
   */
  private labelRequests(): LabelRequest[] {
    const state = this.state;
    if (!state) return [];
    const required = [...(state.position === null ? [] : [state.position]), ...state.candidates, ...(state.chosen === null ? [] : [state.chosen])];
    const visited = state.legs.flatMap((l) => [l.from, l.to ?? l.from]);
    const landmarks = this.camera.zoom > 8 ? state.places.filter((p) => p.kind === 'border-crossing').map((p) => p.id) : [];
    const ids = [...new Set([...required, ...visited, ...landmarks])];
    return ids.flatMap((id) => {
      const p = this.pointOf(id);
      const text = this.placeLabels.get(id);
      if (!p || !text) return [];
      const s = this.toScreen(p);
      return [{ id, x: s.x, y: s.y, markerRadius: this.markerRadius(id), width: text.width, height: text.height, optional: !required.includes(id) }];
    });
  }

  /**
   * Re-chooses where every label goes, places first, then country names where
   * they hide nothing; called when the camera settles, not on every frame.
   */
  private relabel(): void {
    const countries = this.layers.flatMap((layer) =>
      layer.labels.map((label) => {
        const s = this.toScreen(label.getData('anchor') as Point);
        return { id: `country:${this.layers.indexOf(layer)}:${layer.labels.indexOf(label)}`, x: s.x, y: s.y, markerRadius: 0, width: label.width, height: label.height, sides: ['center'] as const, optional: true };
      }),
    );
    const { width, height } = this.viewport();
    const placed = placeLabels([...this.labelRequests(), ...countries], width, height);
    this.labelSides = new Map(placed.map((l) => [l.id, l.side]));
    this.positionTexts();
  }

  private positionTexts(): void {
    const scale = 1 / this.camera.zoom;
    const rotation = -this.camera.rotation;
    for (const [id, text] of this.placeLabels) {
      const p = this.pointOf(id);
      const side = this.labelSides.get(id);
      if (!p || !side) {
        text.setVisible(false);
        continue;
      }
      const candidate = this.state?.candidates.includes(id) ?? false;
      const tried = this.state?.tried.includes(id) ?? false;
      // Setting a colour redraws the text's texture: only when it changes, not on every frame.
      const color = tried ? '#8a9aad' : candidate ? '#f0e442' : COLORS.label;
      if (text.style.color !== color) text.setColor(color);
      this.placeText(text, p, side, this.markerRadius(id));
    }
    this.layers.forEach((layer, li) => {
      layer.labels.forEach((label, i) => {
        const anchor = label.getData('anchor') as Point;
        label.setOrigin(0.5, 0.5).setPosition(anchor.x, anchor.y).setScale(scale).setRotation(rotation);
        // Shown only at the finest level of detail in view, and only where it hides no place name.
        label.setVisible(li === this.finestLayer && this.labelSides.has(`country:${li}:${i}`));
      });
    });
    const hovered = this.hovered ? this.pointOf(this.hovered) : undefined;
    const hoveredPlace = this.hovered ? this.place(this.hovered) : undefined;
    if (hovered && hoveredPlace) {
      this.detail.setText(this.directed(hoveredPlace.detail)).setVisible(true);
      this.placeText(this.detail, hovered, 'below', 34);
    } else {
      this.detail.setVisible(false);
    }
    this.positionHotspots();
  }

  /** Puts a text next to a point, on a side, at constant screen size and upright. */
  private placeText(text: Phaser.GameObjects.Text, at: Point, side: LabelSide, markerRadius: number): void {
    const s = this.toScreen(at);
    // Text sizes are in CSS pixels: Phaser keeps `resolution` out of width and height.
    const w = text.width;
    const h = text.height;
    const d = markerRadius + 4;
    const topLeft = {
      right: { x: s.x + d, y: s.y - h / 2 },
      left: { x: s.x - d - w, y: s.y - h / 2 },
      above: { x: s.x - w / 2, y: s.y - d - h },
      below: { x: s.x - w / 2, y: s.y + d },
      center: { x: s.x - w / 2, y: s.y - h / 2 },
    }[side];
    const world = this.toWorld(topLeft);
    text.setVisible(true).setOrigin(0, 0).setPosition(world.x, world.y).setScale(1 / this.camera.zoom).setRotation(-this.camera.rotation);
  }

  // ---------- input ----------

  /**
   * Candidates are picked through plain HTML hit targets laid over the canvas
   * (44 px circles, see .map-hotspot): they follow the camera, need no canvas
   * hit-testing, and leave the page's keyboard, wheel and touch alone.
   */
  private syncHotspots(): void {
    const candidates = new Set(this.state?.candidates ?? []);
    for (const [id, spot] of this.hotspots) {
      if (!candidates.has(id)) {
        spot.remove();
        this.hotspots.delete(id);
      }
    }
    for (const id of candidates) {
      if (this.hotspots.has(id)) continue;
      const spot = document.createElement('div');
      spot.className = 'map-hotspot';
      spot.dataset['place'] = id;
      spot.addEventListener('click', () => this.options.onPick(id));
      // Hover details are for mice; a tap picks at once and must not leave a stale label behind.
      spot.addEventListener('pointerenter', (e) => e.pointerType === 'mouse' && this.setHovered(id));
      spot.addEventListener('pointerleave', () => this.setHovered(this.hovered === id ? null : this.hovered));
      this.hotspotLayer.append(spot);
      this.hotspots.set(id, spot);
    }
    if (this.hovered && !candidates.has(this.hovered)) this.hovered = null;
  }

  /**
   * Each hit target is a 44 px circle centred on its place, shrunk when two
   * candidates sit closer than that, so each can still be hit at its centre.
   */
  private positionHotspots(): void {
    const centres = [...this.hotspots.keys()].map((id) => {
      const p = this.pointOf(id);
      return { id, s: p ? this.toScreen(p) : undefined };
    });
    for (const { id, s } of centres) {
      const spot = this.hotspots.get(id);
      if (!spot || !s) continue;
      const nearest = Math.min(Infinity, ...centres.filter((o) => o.id !== id && o.s).map((o) => Math.hypot((o.s as Point).x - s.x, (o.s as Point).y - s.y)));
      const size = Math.max(16, Math.min(44, nearest));
      spot.style.width = spot.style.height = `${size}px`;
      spot.style.transform = `translate(${(s.x - size / 2).toFixed(1)}px, ${(s.y - size / 2).toFixed(1)}px)`;
    }
  }

  private setHovered(id: string | null): void {
    this.wake();
    this.hovered = id;
    this.positionTexts();
  }
}
