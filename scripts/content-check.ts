/**
 * `npm run content:check`: validates every level file and cross-reference the
 * way the game does at load, and lists each problem as file, JSON path and
 * message. Exits 1 when anything is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, type Catalog, type FileText } from '../src/core/content/catalog.ts';
import { formatContentError } from '../src/core/content/errors.ts';

const BASE_LOCALE = 'en';

const idsIn = (dir: string, extension: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(extension))
    .map((f) => f.slice(0, -extension.length));

function read(root: string, path: string): FileText {
  const file = relative(root, path).split('\\').join('/');
  try {
    return { file, text: readFileSync(path, 'utf8') };
  } catch (e) {
    return { file, text: '', loadError: `cannot be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** Checks the content folder of the project rooted at `root`. */
export function checkContent(root: string): Catalog {
  const levelsDir = join(root, 'content/levels');
  const levelIds = idsIn(levelsDir, '.json');
  return buildCatalog({
    sources: idsIn(join(root, 'content/sources'), '.json').map((id) => read(root, join(root, 'content/sources', `${id}.json`))),
    codex: read(root, join(root, 'content/codex.json')),
    codexText: read(root, join(root, 'content/locales', BASE_LOCALE, 'codex.json')),
    levels: levelIds.map((id) => read(root, join(levelsDir, `${id}.json`))),
    levelTexts: new Map(levelIds.map((id) => [id, read(root, join(root, 'content/locales', BASE_LOCALE, 'levels', `${id}.json`))])),
    regionIds: new Set(idsIn(join(root, 'assets/maps'), '.json')),
    iconIds: new Set(idsIn(join(root, 'assets/icons'), '.svg')),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), '../..');
  const catalog = checkContent(root);
  for (const error of catalog.errors) console.error(formatContentError(error));
  const questions = catalog.levels.reduce((n, l) => n + l.questions.length, 0);
  console.log(`${catalog.levels.length} level(s) valid, ${catalog.rejected.length} rejected, ${questions} questions, ${catalog.sources.size} sources, ${catalog.codex.length} codex entries.`);
  process.exitCode = catalog.errors.length > 0 ? 1 : 0;
}
