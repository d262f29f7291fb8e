import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSchemas, SCHEMA_DIR } from '../../scripts/build-schemas.ts';

test('the published JSON Schemas match the code (run `npm run schemas` after changing the content format)', () => {
  for (const [file, text] of buildSchemas()) expect(readFileSync(join(SCHEMA_DIR, file), 'utf8'), file).toBe(text);
});
