/**
 * The contract between the HTML game and the map drawn on the canvas.
 * The Phaser implementation lives in src/map/ (the only folder that imports
 * Phaser) and is downloaded only when a level opens.
 */
import type { FlowDirection, Place, TransportMode } from '../core/content/schema.ts';
import type { Leg } from '../core/trace.ts';

export interface MapPlace extends Place {
  readonly name: string;
  /** Region and country, shown when the pointer rests on the place. */
  readonly detail: string;
}

export interface MapLeg extends Leg {
  /** Set on the overview map: the leg is drawn in its direction's colour instead of its mode's. */
  readonly direction?: FlowDirection;
}

/** What the map should show right now; the map only draws this and reports picks. */
export interface MapScene {
  readonly places: readonly MapPlace[];
  /** Where the cargo stands; null shows no cargo (the campaign map). */
  readonly position: string | null;
  /** Legs already traced, drawn in full. */
  readonly legs: readonly MapLeg[];
  /** Places the player may pick now (empty when not choosing). */
  readonly candidates: readonly string[];
  /** Candidates already tried and found wrong at this step. */
  readonly tried: readonly string[];
  /** A place the player has selected (e.g. the answer to a map question), drawn as chosen. */
  readonly chosen: string | null;
  /** Places the camera should keep in view. */
  readonly focus: readonly string[];
}

export interface MapView {
  show(scene: MapScene): void;
  /** Moves the cargo along a leg; resolves when it has arrived (at once with reduced motion). */
  travel(leg: Leg): Promise<void>;
  destroy(): void;
}

export interface MapViewOptions {
  readonly container: HTMLElement;
  /** The region's map file as downloaded; the engine validates it. */
  readonly map: unknown;
  /** URL of the cargo's icon and of each transport mode's icon. */
  readonly cargoIconUrl: string;
  readonly modeIconUrls: Readonly<Record<TransportMode, string>>;
  readonly reducedMotion: boolean;
  /** Text drawn on the canvas, already translated. */
  readonly labels: { readonly unknownLeg: string; readonly countries: Readonly<Record<string, string>> };
  /** CSS font family list for canvas text; its faces are loaded before the view is created. */
  readonly labelFont: string;
  /** Right-to-left text (Arabic): canvas text is laid out right to left. */
  readonly rtl: boolean;
  readonly onPick: (placeId: string) => void;
}

export type CreateMapView = (options: MapViewOptions) => Promise<MapView>;
