import { describe, expect, test } from 'vitest';
import { AudioService, legSound, verdictSound, type AudioBackend, type MusicId, type SoundId } from '../../src/core/audio.ts';
import { defaultSettings, readSettings, reducesMotion, saveSettings, SETTINGS_KEY, showsCaptions, type Settings } from '../../src/core/settings.ts';
import { MemoryStore } from '../../src/core/storage.ts';

const NOW = new Date('2026-11-23T10:00:00.000Z');

describe('settings', () => {
  test('start from defaults and survive a reload', () => {
    const store = new MemoryStore();
    expect(readSettings(store, NOW)).toEqual({ value: defaultSettings() });
    const changed: Settings = { ...defaultSettings(), contrast: 'high', textSize: 200, sound: { ...defaultSettings().sound, muted: true } };
    expect(saveSettings(store, changed)).toBeUndefined();
    expect(readSettings(store, NOW).value).toEqual(changed);
  });

  test('unreadable settings are set aside and the defaults used', () => {
    const store = new MemoryStore();
    store.setItem(SETTINGS_KEY, JSON.stringify({ ...defaultSettings(), textSize: 300 }));
    const read = readSettings(store, NOW);
    expect(read.value).toEqual(defaultSettings());
    expect(read.notice).toEqual({ kind: 'recovered', setAsideKey: `${SETTINGS_KEY}:unreadable:${NOW.toISOString()}` });
  });

  test('motion follows the device unless set; captions by default when no sound can be heard', () => {
    const s = defaultSettings();
    expect(reducesMotion(s, true)).toBe(true);
    expect(reducesMotion(s, false)).toBe(false);
    expect(reducesMotion({ ...s, motion: 'full' }, true)).toBe(false);
    expect(reducesMotion({ ...s, motion: 'reduced' }, false)).toBe(true);
    expect(showsCaptions(s, true)).toBe(false);
    expect(showsCaptions(s, false)).toBe(true);
    expect(showsCaptions({ ...s, sound: { ...s.sound, muted: true } }, true)).toBe(true);
    expect(showsCaptions({ ...s, sound: { ...s.sound, master: 0 } }, true)).toBe(true);
    expect(showsCaptions({ ...s, captions: 'on' }, true)).toBe(true);
    expect(showsCaptions({ ...s, captions: 'off', sound: { ...s.sound, muted: true } }, false)).toBe(false);
  });
});

class FakeBackend implements AudioBackend {
  readonly calls: string[] = [];
  readonly available: boolean;
  constructor(available = true) {
    this.available = available;
  }
  playEffect(id: SoundId, volume: number) {
    this.calls.push(`effect ${id} ${volume.toFixed(2)}`);
  }
  playMusic(id: MusicId | null, volume: number) {
    this.calls.push(`music ${id} ${volume.toFixed(2)}`);
  }
  setMusicVolume(volume: number) {
    this.calls.push(`music volume ${volume.toFixed(2)}`);
  }
  setSuspended(suspended: boolean) {
    this.calls.push(suspended ? 'suspend' : 'resume');
  }
}

describe('audio service', () => {
  const setup = (settings = defaultSettings(), available = true) => {
    const backend = new FakeBackend(available);
    const captions: SoundId[] = [];
    return { backend, captions, audio: new AudioService(backend, settings, (id) => captions.push(id)) };
  };

  test('plays effects at master × effects volume; music at master × music', () => {
    const { backend, audio } = setup();
    audio.play('select');
    audio.setMusic('menu');
    audio.setMusic('menu');
    audio.setMusic('map');
    expect(backend.calls).toEqual(['effect select 0.64', 'music menu 0.32', 'music map 0.32']);
  });

  test('muting silences effects and music at once; unmuting restores the volume', () => {
    const { backend, audio } = setup();
    audio.setMusic('menu');
    const muted = { ...defaultSettings(), sound: { ...defaultSettings().sound, muted: true } };
    audio.applySettings(muted);
    audio.play('correct');
    audio.applySettings(defaultSettings());
    expect(backend.calls).toEqual(['music menu 0.32', 'music volume 0.00', 'music volume 0.32']);
  });

  test('captions: for meaningful sounds only, when sound is off or unavailable, or when asked for', () => {
    const silent = setup({ ...defaultSettings(), sound: { ...defaultSettings().sound, muted: true } });
    for (const id of ['select', 'correct', legSound('sea'), verdictSound('partial')] as const) silent.audio.play(id);
    expect(silent.captions).toEqual(['correct', 'leg-sea', 'wrong']);
    const blocked = setup(defaultSettings(), false);
    blocked.audio.play('evidence');
    expect(blocked.captions).toEqual(['evidence']);
    const loud = setup();
    loud.audio.play('evidence');
    expect(loud.captions).toEqual([]);
  });

  test('pauses while the page is hidden', () => {
    const { backend, audio } = setup();
    audio.setHidden(true);
    audio.setHidden(false);
    expect(backend.calls).toEqual(['suspend', 'resume']);
  });
});

describe('sound cues', () => {
  test('each moment of play asks for its sound', async () => {
    const { testLevel } = await import('./fixtures/parsed.ts');
    const { playReducer, startPlay } = await import('../../src/core/flow.ts');
    const { cuesFor } = await import('../../src/core/cues.ts');
    const level = testLevel();
    let state = playReducer(level, startPlay(level, 1), { type: 'begin-trace' }).state;
    const step = (action: Parameters<typeof playReducer>[2]) => {
      const before = state;
      const { state: after, outcome } = playReducer(level, state, action);
      state = after;
      return cuesFor(level, before, after, outcome);
    };
    expect(step({ type: 'pick', place: 'd' })).toEqual(['wrong']);
    expect(step({ type: 'pick', place: 'b' })).toEqual(['leg-rail']);
    step({ type: 'pick', place: 'c' });
    step({ type: 'pick', place: 'unknown' });
    expect(step({ type: 'end-trace' })).toEqual([]);
    expect(step({ type: 'submit-manifest', answer: { stallions: 5, medicine: null } })).toEqual(['correct']);
    step({ type: 'begin-quiz' });
    expect(step({ type: 'hint' })).toEqual(['hint']);
    expect(step({ type: 'answer', answer: { type: 'single', choice: 'z' } })).toEqual(['wrong']);
    expect(step({ type: 'next-question' })).toEqual([]);
    expect(step({ type: 'answer', answer: { type: 'multiple', choices: ['x', 'y'] } })).toEqual(['correct']);
  });
});
