/**
 * The game's audio service for every screen and the map alike. Howler is
 * downloaded only at the first user gesture (browsers allow sound only after
 * one anyway), so menus stay light; until then, sounds are skipped and the
 * chosen music waits.
 */
import { AudioService, type AudioBackend, type MusicId, type SoundId } from '../../core/audio.ts';
import type { Settings } from '../../core/settings.ts';

class DeferredBackend implements AudioBackend {
  private real: AudioBackend | null = null;
  private music: { id: MusicId | null; volume: number } = { id: null, volume: 0 };
  private suspended = false;

  /** Until Howler has arrived nothing can be heard, which is what captions need to know. */
  get available(): boolean {
    return this.real?.available ?? false;
  }

  attach(real: AudioBackend): void {
    this.real = real;
    if (this.music.id) real.playMusic(this.music.id, this.music.volume);
    if (this.suspended) real.setSuspended(true);
  }

  playEffect(id: SoundId, volume: number): void {
    this.real?.playEffect(id, volume);
  }

  playMusic(id: MusicId | null, volume: number): void {
    this.music = { id, volume };
    this.real?.playMusic(id, volume);
  }

  setMusicVolume(volume: number): void {
    this.music = { ...this.music, volume };
    this.real?.setMusicVolume(volume);
  }

  setSuspended(suspended: boolean): void {
    this.suspended = suspended;
    this.real?.setSuspended(suspended);
  }
}

export function createAudio(settings: Settings, onCaption: (id: SoundId) => void): AudioService {
  const backend = new DeferredBackend();
  const service = new AudioService(backend, settings, onCaption);
  const start = () => {
    window.removeEventListener('pointerdown', start, true);
    window.removeEventListener('keydown', start, true);
    import('./howlerBackend.ts').then(
      ({ createHowlerBackend }) => backend.attach(createHowlerBackend()),
      (error: unknown) => console.warn('Sound unavailable:', error),
    );
  };
  window.addEventListener('pointerdown', start, true);
  window.addEventListener('keydown', start, true);
  document.addEventListener('visibilitychange', () => service.setHidden(document.hidden));
  return service;
}
