/**
 * SCORM packages made in the browser, for the teachers' page: the deployed build's own files, as listed at
 * build time in package-files.json (scripts/package-files.ts), zipped with the assignment's imsmanifest.xml.
 */
import type { Assignment } from '../../core/assignment/link.ts';
import { PACKAGE_FILES, zipScormPackage, type ScormVersion } from '../../core/lms/packageManifest.ts';

/** Downloads at a time: enough to keep the connection busy without flooding a school's network. */
const PARALLEL = 6;

/**
 * A file of the site as the server has it now. The query keeps the service worker's precache out of the way:
 * while an update waits, it still serves the old version's files, which the new list does not name.
 */
async function download(path: string): Promise<Uint8Array> {
  const url = new URL(path, document.baseURI);
  url.search = 'scorm-package';
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${path} could not be downloaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The package as a zip file; rejects, naming the file, when one cannot be had (offline, or not a build). */
export async function buildScormPackage(version: ScormVersion, assignment: Assignment, title: string): Promise<Blob> {
  let list: unknown;
  try {
    list = JSON.parse(new TextDecoder().decode(await download(PACKAGE_FILES)));
  } catch (error) {
    throw new Error(`No list of the game's files: packages are made from a build of the game (npm run build). ${String(error)}`);
  }
  if (!Array.isArray(list) || !list.every((f): f is string => typeof f === 'string')) throw new Error(`${PACKAGE_FILES} is damaged`);
  const files = new Map<string, Uint8Array>();
  const queue = [...list];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) files.set(path, await download(path));
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  // In the list's order, so the same build always makes the same manifest.
  const ordered = new Map(list.map((path) => [path, files.get(path) as Uint8Array]));
  return new Blob([zipScormPackage(version, title, assignment, ordered)], { type: 'application/zip' });
}
