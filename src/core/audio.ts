/**
 * Sound, as the game asks for it: which sound goes with which moment, at what
 * volume, with which caption. The actual playing is behind `AudioBackend`
 * (Howler in the browser, a fake in tests), so this logic knows nothing of it.
 */
import type { TransportMode } from './content/schema.ts';
import type { Verdict } from './quiz/answers.ts';
import { isSilent, showsCaptions, type Settings } from './settings.ts';

export const SOUND_IDS = ['select', 'correct', 'wrong', 'hint', 'evidence', 'leg-rail', 'leg-sea', 'leg-air', 'leg-road', 'complete'] as const;
export type SoundId = (typeof SOUND_IDS)[number];
export const MUSIC_IDS = ['menu', 'map'] as const;
export type MusicId = (typeof MUSIC_IDS)[number];

/** Sounds that carry meaning get a caption (a key under `captions.` in the UI strings); the rest are decoration. */
export const CAPTIONED: ReadonlySet<SoundId> = new Set(['correct', 'wrong', 'hint', 'evidence', 'leg-rail', 'leg-sea', 'leg-air', 'leg-road', 'complete']);

export const legSound = (mode: TransportMode): SoundId => `leg-${mode}`;
export const verdictSound = (verdict: Verdict): SoundId => (verdict === 'right' ? 'correct' : 'wrong');

/** What plays the sounds. Every method must be safe to call when audio is unavailable. */
export interface AudioBackend {
  /** False when the browser has no usable audio (blocked or unsupported). */
  readonly available: boolean;
  playEffect(id: SoundId, volume: number): void;
  /** Starts a music loop (stopping any other), or stops music with null. */
  playMusic(id: MusicId | null, volume: number): void;
  setMusicVolume(volume: number): void;
  /** Pauses everything (tab hidden) or resumes it. */
  setSuspended(suspended: boolean): void;
}

export class AudioService {
  private settings: Settings;
  private music: MusicId | null = null;
  private readonly backend: AudioBackend;
  private readonly onCaption: (id: SoundId) => void;

  constructor(backend: AudioBackend, settings: Settings, onCaption: (id: SoundId) => void) {
    this.backend = backend;
    this.settings = settings;
    this.onCaption = onCaption;
  }

  private musicVolume(): number {
    return isSilent(this.settings) ? 0 : this.settings.sound.master * this.settings.sound.music;
  }

  /** New settings apply at once, including to music already playing. */
  applySettings(settings: Settings): void {
    this.settings = settings;
    this.backend.setMusicVolume(this.musicVolume());
  }

  play(id: SoundId): void {
    // Captions do not depend on audio working: they are the visual channel.
    if (CAPTIONED.has(id) && showsCaptions(this.settings, this.backend.available)) this.onCaption(id);
    if (isSilent(this.settings) || this.settings.sound.effects === 0) return;
    this.backend.playEffect(id, this.settings.sound.master * this.settings.sound.effects);
  }

  /** The loop for the current screen; the same loop keeps playing across screens. */
  setMusic(id: MusicId | null): void {
    if (id === this.music) return;
    this.music = id;
    this.backend.playMusic(id, this.musicVolume());
  }

  /** The page went out of sight (another tab, a minimised window) or came back. */
  setHidden(hidden: boolean): void {
    this.backend.setSuspended(hidden);
  }
}
