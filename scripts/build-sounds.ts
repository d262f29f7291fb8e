/**
 * Makes every sound of the game from code (no recordings, no third-party
 * samples): short effects in one audio sprite and two calm music loops, written
 * to assets/audio/ as WebM/Opus with an MP3 fallback. Released under CC0 like
 * the rest of the generated assets. Run: npm run sounds (needs ffmpeg with
 * libopus and libmp3lame; the committed files are what the game uses).
 *
 * The synthesis is deterministic (seeded noise), so the sprite map can be
 * checked against the code by a unit test without re-encoding.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MusicId, SoundId } from '../src/core/audio.ts';
import { seededRandom } from '../src/core/random.ts';

export const SAMPLE_RATE = 48_000;
/** Silence between two effects in the sprite, so that no effect bleeds into the next. */
const GAP_SECONDS = 0.25;
export const AUDIO_DIR = join(fileURLToPath(import.meta.url), '../../assets/audio');

type Signal = Float32Array;

const samples = (seconds: number) => new Float32Array(Math.round(seconds * SAMPLE_RATE));

/** A tone made of harmonics (frequency multiples with their gains), with an attack and an exponential decay. */
function tone(freq: number, seconds: number, options: { gain?: number; attack?: number; decay?: number; partials?: readonly (readonly [number, number])[] } = {}): Signal {
  const { gain = 0.3, attack = 0.005, decay = seconds / 4, partials = [[1, 1]] } = options;
  const out = samples(seconds);
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const envelope = Math.min(1, t / attack) * Math.exp(-t / decay);
    let v = 0;
    for (const [multiple, level] of partials) v += level * Math.sin(2 * Math.PI * freq * multiple * t);
    out[i] = gain * envelope * v;
  }
  return out;
}

/** Seeded white noise through a one-pole low-pass whose cutoff may move over time. */
function noise(seconds: number, seed: number, cutoff: (t: number) => number, gain: number, envelope: (t: number) => number): Signal {
  const random = seededRandom(seed);
  const out = samples(seconds);
  let y = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const a = 1 - Math.exp((-2 * Math.PI * cutoff(t)) / SAMPLE_RATE);
    y += a * (random() * 2 - 1 - y);
    out[i] = gain * envelope(t) * y;
  }
  return out;
}

/** Adds `part` into `into` starting at `at` seconds. */
function mixAt(into: Signal, part: Signal, at: number): Signal {
  const start = Math.round(at * SAMPLE_RATE);
  for (let i = 0; i < part.length && start + i < into.length; i++) into[start + i] = (into[start + i] ?? 0) + (part[i] ?? 0);
  return into;
}

const bell = (freq: number, seconds: number, gain: number) => tone(freq, seconds, { gain, decay: seconds / 3, partials: [[1, 1], [2.01, 0.35], [3.02, 0.12]] });

function chord(freqs: readonly number[], seconds: number, gain: number): Signal {
  // A soft pad: slow attack, slow release, a slight detune for warmth.
  const out = samples(seconds);
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const envelope = Math.min(1, t / 0.8) * Math.min(1, (seconds - t) / 1.2);
    let v = 0;
    for (const f of freqs) v += Math.sin(2 * Math.PI * f * t) + 0.5 * Math.sin(2 * Math.PI * f * 1.003 * t);
    out[i] = (gain * envelope * v) / freqs.length;
  }
  return out;
}

/** The effects, in sprite order. */
export function effects(): Record<SoundId, Signal> {
  const rail = samples(1.0);
  for (let k = 0; k < 4; k++) mixAt(rail, noise(0.12, 11 + k, () => 700, 0.5, (t) => Math.exp(-t / 0.04)), 0.05 + k * 0.22);
  const road = samples(0.9);
  for (let i = 0; i < road.length; i++) {
    const t = i / SAMPLE_RATE;
    let v = 0;
    for (let h = 1; h <= 8; h++) v += Math.sin(2 * Math.PI * 55 * h * t) / h;
    road[i] = 0.12 * v * (0.75 + 0.25 * Math.sin(2 * Math.PI * 8 * t)) * Math.min(1, t / 0.1) * Math.min(1, (0.9 - t) / 0.2);
  }
  return {
    select: tone(1200, 0.06, { gain: 0.18, decay: 0.015 }),
    correct: mixAt(bell(659.3, 0.45, 0.25), bell(987.8, 0.34, 0.25), 0.11),
    wrong: mixAt(tone(329.6, 0.22, { gain: 0.18, decay: 0.08, partials: [[1, 1], [3, 0.1]] }), tone(261.6, 0.3, { gain: 0.18, decay: 0.1, partials: [[1, 1], [3, 0.1]] }), 0.16),
    hint: mixAt(mixAt(bell(1046.5, 0.25, 0.12), bell(1318.5, 0.25, 0.12), 0.08), bell(1568, 0.3, 0.12), 0.16),
    evidence: mixAt(noise(0.2, 7, (t) => 2500 - 8000 * t, 0.35, (t) => Math.sin(Math.PI * Math.min(1, t / 0.2))), tone(90, 0.09, { gain: 0.3, decay: 0.03 }), 0.14),
    'leg-rail': rail,
    'leg-sea': tone(98, 0.95, { gain: 0.1, attack: 0.15, decay: 0.6, partials: [[1, 1], [2, 0.6], [3, 0.35], [4, 0.2]] }),
    'leg-air': noise(1.1, 23, (t) => 300 + 1200 * Math.sin((Math.PI * t) / 1.1), 0.45, (t) => Math.sin((Math.PI * t) / 1.1)),
    'leg-road': road,
    complete: [523.3, 659.3, 784, 1046.5].reduce<Signal>((out, f, i) => mixAt(out, bell(f, 0.5, 0.18), i * 0.12), samples(1.0)),
  };
}

/** Two calm loops of 12 seconds: chords for the menus, a drone with plucks for the map. */
export function music(): Record<MusicId, Signal> {
  const menu = samples(12);
  const chords = [
    [220, 261.6, 329.6],
    [174.6, 220, 261.6],
    [261.6, 329.6, 392],
    [196, 246.9, 293.7],
  ];
  chords.forEach((c, i) => mixAt(menu, chord(c, 3, 0.16), i * 3));
  const map = samples(12);
  mixAt(map, chord([73.4, 110], 12, 0.12), 0);
  [293.7, 349.2, 440, 392, 293.7, 523.3].forEach((f, i) => mixAt(map, bell(f, 1.6, 0.06), 0.5 + i * 2));
  return { menu, map };
}

/** Where each effect starts in the sprite and how long it lasts, in milliseconds (Howler's format). */
export function spriteMap(): Record<SoundId, [number, number]> {
  let at = 0;
  const map = {} as Record<SoundId, [number, number]>;
  for (const [id, signal] of Object.entries(effects()) as [SoundId, Signal][]) {
    const seconds = signal.length / SAMPLE_RATE;
    map[id] = [Math.round(at * 1000), Math.round(seconds * 1000)];
    at += seconds + GAP_SECONDS;
  }
  return map;
}

function wav(signal: Signal): Buffer {
  const data = Buffer.alloc(signal.length * 2);
  signal.forEach((v, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, v)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

function encode(signal: Signal, name: string, bitrate: string, temp: string): void {
  const source = join(temp, `${name}.wav`);
  writeFileSync(source, wav(signal));
  const run = (args: string[]) => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', source, ...args], { stdio: 'inherit' });
  run(['-c:a', 'libopus', '-b:a', bitrate, '-ac', '1', '-map_metadata', '-1', join(AUDIO_DIR, `${name}.webm`)]);
  run(['-c:a', 'libmp3lame', '-b:a', bitrate, '-ac', '1', '-map_metadata', '-1', join(AUDIO_DIR, `${name}.mp3`)]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(AUDIO_DIR, { recursive: true });
  const temp = mkdtempSync(join(tmpdir(), 'fts-sounds-'));
  try {
    const all = effects();
    const sprite = samples(Object.values(all).reduce((n, s) => n + s.length / SAMPLE_RATE + GAP_SECONDS, 0));
    for (const [id, [start]] of Object.entries(spriteMap()) as [SoundId, [number, number]][]) mixAt(sprite, all[id], start / 1000);
    encode(sprite, 'effects', '32k', temp);
    for (const [id, signal] of Object.entries(music())) encode(signal, `music-${id}`, '24k', temp);
    writeFileSync(join(AUDIO_DIR, 'effects.json'), `${JSON.stringify(spriteMap(), null, 2)}\n`);
    console.log('Wrote assets/audio/');
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
