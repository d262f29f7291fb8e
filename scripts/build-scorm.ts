/**
 * `npm run build:scorm`: builds the game, then packages an assignment for a learning management system
 * as dist-scorm/follow-the-shipment-scorm12.zip (SCORM 1.2) and …-scorm2004.zip (SCORM 2004 4th
 * edition): the build's files as listed in its package-files.json, with imsmanifest.xml at the root.
 *
 * Options: --cases a,b (default: every case, in play order) --pass 70 --lang ko --hints on|off
 * --title "…" (the name the LMS shows). They are checked like an assignment link's settings.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { LINK_VERSION, readAssignment, type Assignment } from '../src/core/assignment/link.ts';
import { PACKAGE_FILES, zipScormPackage, type ScormVersion } from '../src/core/lms/packageManifest.ts';
import { checkContent } from './content-check.ts';

export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];
export const DEFAULT_TITLE = 'Follow the Shipment';

export const packageName = (version: ScormVersion): string => `follow-the-shipment-scorm${version.replace('.', '')}.zip`;

/** Packages the build in `dist` (already built) into `outDir`, one zip per version; returns their paths. */
export function writeScormPackages(dist: string, outDir: string, assignment: Assignment, title = DEFAULT_TITLE): Record<ScormVersion, string> {
  const list = JSON.parse(readFileSync(join(dist, PACKAGE_FILES), 'utf8')) as string[];
  const files = new Map(list.map((path) => [path, new Uint8Array(readFileSync(join(dist, path)))]));
  mkdirSync(outDir, { recursive: true });
  const paths = SCORM_VERSIONS.map((version) => {
    const path = join(outDir, packageName(version));
    writeFileSync(path, zipScormPackage(version, title, assignment, files));
    return [version, path] as const;
  });
  return Object.fromEntries(paths) as Record<ScormVersion, string>;
}

const USAGE = `npm run build:scorm -- [--cases a,b] [--pass 70] [--lang ko] [--hints on|off] [--title "…"]
  --cases  case ids in play order (default: every case)
  --pass   pass mark in percent (default: 70)
  --lang   language of the cases (default: each learner's own)
  --hints  allow hints: on or off (default: on)
  --title  the name the LMS shows (default: ${DEFAULT_TITLE})`;

async function main(): Promise<number> {
  const root = join(fileURLToPath(import.meta.url), '../..');
  const options = { cases: { type: 'string' }, pass: { type: 'string', default: '70' }, lang: { type: 'string' }, hints: { type: 'string', default: 'on' }, title: { type: 'string', default: DEFAULT_TITLE }, help: { type: 'boolean' } } as const;
  let values;
  try {
    ({ values } = parseArgs({ options }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 1;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const levelIds = checkContent(root).levels.map((l) => l.id);
  const languages = readdirSync(join(root, 'content/locales'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const params = new Map([
    ['v', String(LINK_VERSION)],
    ['cases', values.cases ?? levelIds.join(',')],
    ['pass', values.pass],
    ['hints', values.hints],
    ...(values.lang === undefined ? [] : [['lang', values.lang] as [string, string]]),
  ]);
  const { assignment, problems } = readAssignment(params, { levelIds: new Set(levelIds), languages: new Set(languages) });
  for (const problem of problems) console.error(`Not a valid assignment: ${JSON.stringify(problem)}`);
  if (!assignment || problems.length > 0) return 1;

  await build({ root, logLevel: 'warn' });
  const paths = writeScormPackages(join(root, 'dist'), join(root, 'dist-scorm'), assignment, values.title);
  console.log(`${assignment.levels.length} case(s), pass mark ${assignment.passPercent} %, hints ${assignment.hints ? 'on' : 'off'}${assignment.language ? `, in ${assignment.language}` : ''}:`);
  for (const version of SCORM_VERSIONS) console.log(`  ${paths[version]}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
