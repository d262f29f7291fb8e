/**
 * Map regions and their projections — shared by the build script
 * (scripts/build-maps.ts) and the browser, so that both put a lon/lat at
 * exactly the same place.
 *
 * Pure TypeScript: no DOM, no Phaser. Only d3-geo.
 *
 * OUTPUT SPACE ("map units")
 * --------------------------
 * Every region has its own flat coordinate space: the projected bounding box
 * of the region's lon/lat bounds is mapped onto 0..width × 0..height,
 * x to the east, y DOWN (like a screen). width is fixed per region (4096 for
 * russia-korea); height follows from the aspect ratio. One map unit is about
 * `kmPerUnit` km on the ground (exact on the two standard parallels; the
 * projection is equal-area, so elsewhere the scale along a parallel and along
 * a meridian differ by a few percent in opposite directions).
 *
 * PROJECTION CHOICE
 * -----------------
 * Albers conic equal-area (d3.geoConicEqualArea), central meridian 90°E,
 * standard parallels 40°N and 60°N. Equal-area keeps the relative size of
 * Russia, China, Mongolia and the Koreas honest — a teaching point in itself
 * (web-Mercator maps make Siberia look several times too big). Shape
 * distortion stays small: maximum angular deformation 0.5° at 42°N (Tumen,
 * Vladivostok), under 2° anywhere on the route (42°N–57°N), 2.5° at 33°N and
 * 4.3° at 66°N; linear scale is within ±4% of true inside 33°N–66°N. (A
 * Lambert conformal conic would give zero angular deformation but lets areas
 * grow by up to ~8% at the edges; for a map whose point is "how far, how big"
 * equal-area is the better trade. Region definitions are plain data, so a
 * later region can pick 'conicConformal'.)
 *
 * Side effect of any conic centred at 90°E: meridians converge, so "north" is
 * not screen-up away from 90°E. In Primorye and Korea (130°E) north points
 * about 30° anticlockwise from screen-up; around Moscow (38°E) about 39°
 * clockwise (see northAngle; for a conic it is n × (lon − 90°) anticlockwise,
 * n = (sin 40° + sin 60°) / 2 ≈ 0.754 for equal-area). The output box is the projected bounding box of the lon/lat
 * bounds, so it reaches beyond them: ~77°N at the top centre (Taymyr), ~17°N
 * in the bottom corners (Red Sea, Pacific). All land inside the box is drawn.
 *
 * Data source of the map files built with these definitions: Natural Earth
 * (public domain, https://www.naturalearthdata.com/) version 4.1.0, via the
 * npm package world-atlas 2.0.2 (ISC licence, Mike Bostock).
 */
import { geoConicConformal, geoConicEqualArea, type GeoProjection } from 'd3-geo';

/** A lon/lat rectangle in degrees (west < east, no antimeridian crossing). */
export interface GeoBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** Projection parameters of a region (everything but scale and translate, which are derived). */
export interface ProjectionSpec {
  readonly type: 'conicEqualArea' | 'conicConformal';
  /** d3 rotate: [-centralMeridian, 0]. */
  readonly rotate: readonly [number, number];
  /** Standard parallels in degrees north. */
  readonly parallels: readonly [number, number];
}

/** A country label anchor, given in lon/lat and projected by the build. */
export interface LabelSpec {
  /** Country id as written in the map file (ISO 3166-1 numeric, e.g. "643"). */
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
}

export type MapSource = 'countries-110m' | 'countries-50m' | 'countries-10m';

/** One level of detail of a region. */
export interface LodSpec {
  readonly id: string;
  /** world-atlas file the LOD is built from (Natural Earth 1:110m, 1:50m, 1:10m). */
  readonly source: MapSource;
  /**
   * Area the LOD covers; null: the whole region. The LOD's clip rectangle is
   * derived from it according to `fit`, rounded outwards to whole map units
   * and intersected with the region.
   */
  readonly box: GeoBox | null;
  /**
   * 'cover': the clip rectangle is the projected bounding box of `box` (it
   * contains all of it, plus extra land at the corners because meridians are
   * tilted in a conic projection).
   * 'edges': the clip rectangle passes through the projected midpoints of the
   * four edges of `box` — about the same area as the box, corners cut.
   */
  readonly fit: 'cover' | 'edges';
  /** Visvalingam simplification: drop vertices whose triangle is smaller than this, in map units². 0 = none. */
  readonly simplifyArea: number;
  /** The same for vertices outside the region's lon/lat bounds (edges of the map, less important). */
  readonly simplifyAreaOutside: number;
  /** Drop islands (rings not touching any other ring) smaller than this, in map units². 0 = keep all. */
  readonly minIslandArea: number;
  /** Decimals kept in the coordinates of this LOD (0 = integers). */
  readonly precision: number;
  /** Country label anchors for this LOD (must lie inside its box). */
  readonly labels: readonly LabelSpec[];
}

/** A map region: plain data, so that more regions can be added later. */
export interface RegionSpec {
  readonly id: string;
  readonly name: string;
  /** The lon/lat area the region must show; the output space is its projected bounding box. */
  readonly bounds: GeoBox;
  /** Output width in map units; height follows from the aspect ratio. */
  readonly width: number;
  readonly projection: ProjectionSpec;
  /**
   * Natural Earth areas without an ISO code that are drawn as part of a country:
   * Natural Earth name -> ISO numeric id of the country they are merged into.
   * Other areas without an ISO code keep their name and get the id "x-<name>".
   */
  readonly mergeInto: Readonly<Record<string, string>>;
  /** Coarse to fine. LOD 0 must cover the whole region (box: null). */
  readonly lods: readonly LodSpec[];
}

/** The first region: European Russia to the Sea of Japan and the whole Korean peninsula. */
export const RUSSIA_KOREA: RegionSpec = {
  id: 'russia-korea',
  name: 'Russia, China and the Koreas',
  bounds: { west: 28, south: 33, east: 150, north: 66 },
  width: 4096,
  projection: { type: 'conicEqualArea', rotate: [-90, 0], parallels: [40, 60] },
  mergeInto: { Baikonur: '398' },
  lods: [
    {
      // The whole region, for the full route (Suzdal to Korea, ~6,000 km across the screen).
      id: 'lod0',
      source: 'countries-50m',
      box: null,
      fit: 'cover',
      simplifyArea: 5, // ~2 units (5 km) of detail: about one screen pixel with the whole route in view
      simplifyAreaOutside: 60,
      minIslandArea: 30,
      precision: 0,
      labels: [
        { id: '643', lon: 96, lat: 61 }, // Russia: central Siberia, north of the Trans-Siberian
        { id: '156', lon: 107, lat: 36.5 }, // China: Loess plateau, inside the map
        { id: '496', lon: 103, lat: 46.8 },
        { id: '408', lon: 127.1, lat: 40.3 },
        { id: '410', lon: 128.1, lat: 36.4 },
        { id: '392', lon: 139.4, lat: 36.9 }, // Honshu
        { id: '398', lon: 68, lat: 48.3 },
        { id: '804', lon: 31.5, lat: 49.2 },
      ],
    },
    {
      // Far East: Primorye, northeast China and North Korea down to Pyongyang and Nampho.
      id: 'lod1',
      source: 'countries-10m',
      box: { west: 125, south: 38.5, east: 134, north: 44.5 },
      fit: 'cover',
      simplifyArea: 0.15, // ~0.5 unit (1.4 km) of detail
      simplifyAreaOutside: 0.15,
      minIslandArea: 0.5,
      precision: 1,
      labels: [
        { id: '643', lon: 133.3, lat: 44.6 },
        { id: '156', lon: 127.6, lat: 43.6 },
        { id: '408', lon: 127.1, lat: 40.3 },
      ],
    },
    {
      // Primorye close-up: Ussuriysk, Vladivostok, Vostochny, Khasan, the Tumen mouth and Rason.
      id: 'lod2',
      source: 'countries-10m',
      box: { west: 129.8, south: 41.8, east: 133.2, north: 44.0 },
      fit: 'cover',
      simplifyArea: 0, // Natural Earth 1:10m as is (its own vertex spacing is ~200-300 m, 0.1 unit)
      simplifyAreaOutside: 0,
      minIslandArea: 0,
      precision: 2,
      labels: [
        { id: '643', lon: 132.4, lat: 43.7 },
        { id: '156', lon: 130.6, lat: 43.5 },
        { id: '408', lon: 130.0, lat: 42.2 },
      ],
    },
  ],
};

export const REGIONS: readonly RegionSpec[] = [RUSSIA_KOREA];

export function findRegion(id: string): RegionSpec | undefined {
  return REGIONS.find((r) => r.id === id);
}

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** The derived frame of a region: size of the output space and the d3 scale/translate that produce it. */
export interface RegionFrame {
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  readonly translate: readonly [number, number];
  /** Kilometres per map unit on the standard parallels. */
  readonly kmPerUnit: number;
}

function rawProjection(spec: ProjectionSpec): GeoProjection {
  const p = spec.type === 'conicEqualArea' ? geoConicEqualArea() : geoConicConformal();
  return p.parallels([spec.parallels[0], spec.parallels[1]]).rotate([spec.rotate[0], spec.rotate[1]]);
}

/** Points along the outline of a lon/lat box, every `step` degrees (and the corners). */
export function boxOutline(box: GeoBox, step = 0.25): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  const nLon = Math.max(1, Math.ceil((box.east - box.west) / step));
  const nLat = Math.max(1, Math.ceil((box.north - box.south) / step));
  for (let i = 0; i <= nLon; i++) {
    const lon = box.west + ((box.east - box.west) * i) / nLon;
    pts.push([lon, box.south], [lon, box.north]);
  }
  for (let j = 0; j <= nLat; j++) {
    const lat = box.south + ((box.north - box.south) * j) / nLat;
    pts.push([box.west, lat], [box.east, lat]);
  }
  return pts;
}

/** Bounding box [x0, y0, x1, y1] of the projected outline of a lon/lat box. */
export function projectedBox(project: (p: [number, number]) => [number, number] | null, box: GeoBox): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of boxOutline(box)) {
    const q = project(p);
    if (!q) throw new Error(`cannot project ${p[0]},${p[1]}`);
    if (q[0] < x0) x0 = q[0];
    if (q[0] > x1) x1 = q[0];
    if (q[1] < y0) y0 = q[1];
    if (q[1] > y1) y1 = q[1];
  }
  return [x0, y0, x1, y1];
}

/**
 * Clip rectangle [x0, y0, x1, y1] of a LOD in map units (see LodSpec.fit):
 * whole map units, inside the region.
 */
export function lodClipRect(region: RegionSpec, lod: LodSpec, frame: RegionFrame = regionFrame(region)): [number, number, number, number] {
  if (!lod.box) return [0, 0, frame.width, frame.height];
  const geo = createGeoProjection(region, frame);
  const b = lod.box;
  let r: [number, number, number, number];
  if (lod.fit === 'cover') r = projectedBox(geo, b);
  else {
    const midLon = (b.west + b.east) / 2;
    const midLat = (b.south + b.north) / 2;
    const pt = (lon: number, lat: number): [number, number] => {
      const q = geo([lon, lat]);
      if (!q) throw new Error(`cannot project ${lon},${lat}`);
      return q;
    };
    r = [pt(b.west, midLat)[0], pt(midLon, b.north)[1], pt(b.east, midLat)[0], pt(midLon, b.south)[1]];
  }
  return [Math.max(0, Math.floor(r[0])), Math.max(0, Math.floor(r[1])), Math.min(frame.width, Math.ceil(r[2])), Math.min(frame.height, Math.ceil(r[3]))];
}

/** Derive the output frame of a region: fit the projected bounds to 0..width horizontally. */
export function regionFrame(region: RegionSpec): RegionFrame {
  const unit = rawProjection(region.projection).scale(1).translate([0, 0]);
  const [x0, y0, x1, y1] = projectedBox(unit, region.bounds);
  const scale = region.width / (x1 - x0);
  return {
    width: region.width,
    height: Math.round((y1 - y0) * scale),
    scale,
    translate: [-x0 * scale, -y0 * scale],
    kmPerUnit: EARTH_RADIUS_KM / scale,
  };
}

/**
 * A fresh d3 projection producing map units of the region (no clip extent).
 * The build script adds clipExtent per LOD; the browser may use it with d3's geoPath.
 */
export function createGeoProjection(region: RegionSpec, frame: RegionFrame = regionFrame(region)): GeoProjection {
  return rawProjection(region.projection).scale(frame.scale).translate([frame.translate[0], frame.translate[1]]);
}

/** Projection helpers of one region. */
export interface RegionProjection {
  readonly region: RegionSpec;
  readonly frame: RegionFrame;
  /** lon/lat (degrees) -> map units [x, y], y down. */
  project(lon: number, lat: number): [number, number];
  /** map units -> [lon, lat] in degrees. */
  unproject(x: number, y: number): [number, number];
}

const cache = new Map<string, RegionProjection>();

export function regionProjection(region: RegionSpec = RUSSIA_KOREA): RegionProjection {
  const hit = cache.get(region.id);
  if (hit && hit.region === region) return hit;
  const frame = regionFrame(region);
  const geo = createGeoProjection(region, frame);
  const rp: RegionProjection = {
    region,
    frame,
    project(lon, lat) {
      const q = geo([lon, lat]);
      if (!q) throw new Error(`cannot project ${lon},${lat}`);
      return [q[0], q[1]];
    },
    unproject(x, y) {
      const q = geo.invert?.([x, y]);
      if (!q) throw new Error(`cannot unproject ${x},${y}`);
      return [q[0], q[1]];
    },
  };
  cache.set(region.id, rp);
  return rp;
}

/** lon/lat (degrees) -> map units of the region (default russia-korea), y down. Not rounded. */
export function project(lon: number, lat: number, region: RegionSpec = RUSSIA_KOREA): [number, number] {
  return regionProjection(region).project(lon, lat);
}

/** Map units of the region (default russia-korea) -> [lon, lat] in degrees. */
export function unproject(x: number, y: number, region: RegionSpec = RUSSIA_KOREA): [number, number] {
  return regionProjection(region).unproject(x, y);
}

/** Step (degrees of latitude) northAngle looks ahead: far below map precision, far above float noise. */
const NORTH_STEP = 1e-3;

/**
 * The screen angle, in radians, of true north at a lon/lat relative to
 * screen-up, in the region's map space (y down):
 *   0     north is straight up (on the central meridian, 90°E for russia-korea);
 *   > 0   north is turned CLOCKWISE from up (points up-right: west of the
 *         central meridian, e.g. Moscow ≈ +0.69);
 *   < 0   north is turned ANTICLOCKWISE (points up-left: east of it, e.g.
 *         Khasan ≈ −0.53).
 * Range (−π, π]. To show a view with north up, rotate it by −northAngle.
 * Computed from the projection itself (the direction from the point to one a
 * little further north), so it holds for any region and projection type.
 */
export function northAngle(lon: number, lat: number, region: RegionSpec = RUSSIA_KOREA): number {
  const rp = regionProjection(region);
  // Near the pole, look south instead and turn the direction round.
  const step = lat + NORTH_STEP <= 90 ? NORTH_STEP : -NORTH_STEP;
  const [x0, y0] = rp.project(lon, lat);
  const [x1, y1] = rp.project(lon, lat + step);
  const dx = (x1 - x0) * Math.sign(step);
  const dy = (y1 - y0) * Math.sign(step);
  // Clockwise angle from up (0, −1) to (dx, dy) in y-down space.
  return Math.atan2(dx, -dy);
}
