/**
 * The browser's audio, through Howler: one audio context, unlocked by Howler on
 * the first user gesture; Phaser's own audio is off. Effects come from one
 * sprite, music from two loops, in WebM/Opus with an MP3 fallback.
 */
import { Howl, Howler } from 'howler';
import type { AudioBackend, MusicId, SoundId } from '../../core/audio.ts';
import sprite from '../../../assets/audio/effects.json';
import effectsMp3 from '../../../assets/audio/effects.mp3?url';
import effectsWebm from '../../../assets/audio/effects.webm?url';
import menuMp3 from '../../../assets/audio/music-menu.mp3?url';
import menuWebm from '../../../assets/audio/music-menu.webm?url';
import mapMp3 from '../../../assets/audio/music-map.mp3?url';
import mapWebm from '../../../assets/audio/music-map.webm?url';

const MUSIC_SOURCES: Readonly<Record<MusicId, readonly string[]>> = { menu: [menuWebm, menuMp3], map: [mapWebm, mapMp3] };
const FADE_MS = 800;

export function createHowlerBackend(): AudioBackend {
  // A file that fails to load or play leaves the game silent, never broken,
  // and counts as no audio, so captions come on when set to "when the sound is off".
  let failed = !(Howler.codecs('webm') || Howler.codecs('mp3'));
  const quietly = (what: string) => (_id: number, error: unknown) => {
    failed = true;
    console.warn(`Sound unavailable (${what}):`, error);
  };
  const effects = new Howl({ src: [effectsWebm, effectsMp3], sprite: sprite as Record<SoundId, [number, number]>, onloaderror: quietly('effects'), onplayerror: quietly('effects') });
  const loops = new Map<MusicId, Howl>();
  let current: Howl | null = null;
  return {
    get available() {
      return !Howler.noAudio && !failed;
    },
    playEffect(id, volume) {
      const instance = effects.play(id);
      effects.volume(volume, instance);
    },
    playMusic(id, volume) {
      const previous = current;
      if (previous) {
        previous.fade(previous.volume(), 0, FADE_MS);
        previous.once('fade', () => previous.stop());
      }
      current = null;
      if (!id) return;
      let loop = loops.get(id);
      if (!loop) {
        loop = new Howl({ src: [...MUSIC_SOURCES[id]], loop: true, volume: 0, onloaderror: quietly(`music ${id}`), onplayerror: quietly(`music ${id}`) });
        loops.set(id, loop);
      }
      current = loop;
      loop.play();
      loop.fade(0, volume, FADE_MS);
    },
    setMusicVolume(volume) {
      current?.volume(volume);
    },
    setSuspended(suspended) {
      void (suspended ? Howler.ctx?.suspend() : Howler.ctx?.resume());
    },
  };
}
