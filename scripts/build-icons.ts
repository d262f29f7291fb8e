/**
 * Extracts the few icons the game uses from Fluent Emoji Flat (MIT, Microsoft)
 * into assets/icons/<id>.svg, so the browser never downloads the whole set.
 * Run: npm run icons. A unit test keeps the committed files in sync with this list.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getIconData, iconToHTML, iconToSVG } from '@iconify/utils';
import type { IconifyJSON } from '@iconify/types';

/** Our icon id → Fluent Emoji Flat name. */
export const ICONS: Readonly<Record<string, string>> = {
  horse: 'horse',
  car: 'automobile',
  dog: 'dog',
  goat: 'goat',
  lion: 'lion',
  oil: 'oil-drum',
  crates: 'package',
  missile: 'rocket',
  money: 'money-bag',
  watch: 'telescope',
  gift: 'wrapped-gift',
  settings: 'gear',
  speaker: 'speaker-high-volume',
  train: 'locomotive',
  ship: 'ship',
  plane: 'airplane',
  truck: 'delivery-truck',
  case: 'open-file-folder',
  evidence: 'magnifying-glass-tilted-left',
  right: 'check-mark-button',
  wrong: 'cross-mark',
  partial: 'balance-scale',
  hint: 'light-bulb',
  star: 'star',
  unknown: 'white-question-mark',
  map: 'world-map',
  pin: 'round-pushpin',
  calendar: 'spiral-calendar',
  trophy: 'trophy',
  assignment: 'clipboard',
  teacher: 'teacher',
  detective: 'detective',
  'official-statement': 'classical-building',
  'state-media': 'television',
  'government-claim': 'speaking-head',
  'satellite-imagery': 'satellite',
  'news-report': 'newspaper',
  'expert-assessment': 'bust-in-silhouette',
  reference: 'books',
  inference: 'puzzle-piece',
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_DIR = join(root, 'assets/icons');

export function buildIcons(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const set = JSON.parse(readFileSync(require.resolve('@iconify-json/fluent-emoji-flat/icons.json'), 'utf8')) as IconifyJSON;
  const out = new Map<string, string>();
  for (const [id, name] of Object.entries(ICONS)) {
    const data = getIconData(set, name);
    if (!data) throw new Error(`Fluent Emoji Flat has no icon "${name}" (for "${id}")`);
    const svg = iconToSVG(data, { height: 32 });
    out.set(id, `${iconToHTML(svg.body, svg.attributes)}\n`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const file of readdirSync(ICON_DIR)) if (file.endsWith('.svg')) rmSync(join(ICON_DIR, file));
  for (const [id, svg] of buildIcons()) writeFileSync(join(ICON_DIR, `${id}.svg`), svg);
  console.log(`Wrote ${Object.keys(ICONS).length} icons to assets/icons/`);
}
