/**
 * The player's settings, kept in this browser: motion, contrast, text size,
 * font, sound and captions. Read like progress (validated, migrated, unreadable
 * data set aside), and applied before anything is drawn or played.
 */
import { readStored, writeStored, type KeyValueStore, type Stored, type StorageNotice } from './storage.ts';
import { z } from './validation.ts';

export const SETTINGS_KEY = 'fts:settings';
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;

const volume = z.number().check(z.gte(0), z.lte(1));

const settingsSchema = z.object({
  version: z.literal(1),
  /** "system" follows the device's reduced-motion preference. */
  motion: z.enum(['system', 'reduced', 'full']),
  contrast: z.enum(['standard', 'high']),
  /** Percent of the standard text size. */
  textSize: z.int().check(z.refine((size) => (TEXT_SIZES as readonly number[]).includes(size), `must be one of ${TEXT_SIZES.join(', ')}`)),
  /** "readable": Atkinson Hyperlegible with wider letter and line spacing. */
  font: z.enum(['standard', 'readable']),
  sound: z.object({ muted: z.boolean(), master: volume, music: volume, effects: volume }),
  /** "auto": captions whenever sound is off or muted. */
  captions: z.enum(['auto', 'on', 'off']),
  /** The player's language; absent until chosen, when the browser's preferences decide. */
  language: z.optional(z.string().check(z.minLength(2))),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings = (): Settings => ({
  version: 1,
  motion: 'system',
  contrast: 'standard',
  textSize: 100,
  font: 'standard',
  sound: { muted: false, master: 0.8, music: 0.4, effects: 0.8 },
  captions: 'auto',
});

const migrate = (data: unknown): Settings | undefined => {
  const parsed = settingsSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
};

export function readSettings(store: KeyValueStore, now: Date): Stored<Settings> {
  return readStored(store, SETTINGS_KEY, migrate, defaultSettings, now);
}

export function saveSettings(store: KeyValueStore, settings: Settings): StorageNotice | undefined {
  return writeStored(store, SETTINGS_KEY, settings);
}

/** Whether motion is reduced, given the device's preference. */
export const reducesMotion = (settings: Settings, systemPrefersReduced: boolean) => (settings.motion === 'system' ? systemPrefersReduced : settings.motion === 'reduced');

/** Whether sound is effectively off: muted, or the master volume at zero. */
export const isSilent = (settings: Settings) => settings.sound.muted || settings.sound.master === 0;

/** Captions show when asked for, and by default whenever no sound can be heard (muted, or no audio at all). */
export const showsCaptions = (settings: Settings, audioAvailable: boolean) => settings.captions === 'on' || (settings.captions === 'auto' && (isSilent(settings) || !audioAvailable));
