/**
 * Writes the JSON Schemas of the content files (content/*.schema.json) from the
 * code's own schemas, for editor autocompletion and validation while writing a
 * level. Run: npm run schemas. A unit test keeps them in sync.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codexFileSchema, levelSchema, sourcesFileSchema } from '../src/core/content/schema.ts';
import { z } from '../src/core/validation.ts';

const root = join(fileURLToPath(import.meta.url), '../..');

/** File name (in content/) → its JSON Schema text. */
export function buildSchemas(): Map<string, string> {
  const render = (schema: z.ZodMiniType, title: string) =>
    `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input' }), title }, null, 2)}\n`;
  return new Map([
    ['level.schema.json', render(levelSchema, 'Follow the Shipment: a case (content/levels/<id>.json)')],
    ['sources.schema.json', render(sourcesFileSchema, 'Follow the Shipment: the sources every fact cites (content/sources/*.json)')],
    ['codex.schema.json', render(codexFileSchema, 'Follow the Shipment: the sanctions codex (content/codex.json)')],
  ]);
}

export const SCHEMA_DIR = join(root, 'content');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, text] of buildSchemas()) writeFileSync(join(SCHEMA_DIR, file), text);
  console.log(`Wrote ${[...buildSchemas().keys()].map((f) => `content/${f}`).join(', ')}`);
}
