/**
 * The benchmark's reference (see scripts/bench.ts): the smallest Phaser 4 game — one rectangle and
 * one text — built from the same node_modules as the game. Its first frame is the yardstick.
 */
import * as Phaser from 'phaser';

class Reference extends Phaser.Scene {
  create(): void {
    this.add.rectangle(200, 150, 160, 90, 0xf0e442);
    this.add.text(120, 260, 'Reference', { fontFamily: 'sans-serif', fontSize: '32px', color: '#ffffff' });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('first-frame'));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 400, backgroundColor: '#0e1a26', banner: false, audio: { noAudio: true }, scene: Reference });
