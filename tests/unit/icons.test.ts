import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildIcons, ICON_DIR } from '../../scripts/build-icons.ts';

test('assets/icons holds exactly the icons scripts/build-icons.ts extracts (run `npm run icons` after changing the list)', () => {
  const built = buildIcons();
  const committed = readdirSync(ICON_DIR).filter((f) => f.endsWith('.svg'));
  expect(committed.sort()).toEqual([...built.keys()].map((id) => `${id}.svg`).sort());
  for (const [id, svg] of built) expect(readFileSync(join(ICON_DIR, `${id}.svg`), 'utf8'), id).toBe(svg);
});
