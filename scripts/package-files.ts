/**
 * Which of a build's files make a SCORM package, listed once at build time in `package-files.json` at
 * the build's root: the teachers' page fetches and zips the deployed site's own files from that list
 * (src/ui/services/scormPackage.ts), and `npm run build:scorm` packages the same list from disk.
 *
 * Left out: the service worker and its Workbox runtime. Inside an LMS the game must not install itself
 * for offline play (a worker in the LMS's folder would precache 6 MB on a school network and offer
 * updates of a package the LMS owns). Without the file the registration that
 * src/ui/components/OfflineStatus.tsx attempts fails: the browser logs the missing sw.js, the game
 * warns that offline play is not available, and plays online as usual.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { PACKAGE_FILES } from '../src/core/lms/packageManifest.ts';

const NOT_PACKAGED = [/^sw\.js$/, /^workbox-[\w-]+\.js$/, /\.map$/];

/** The packaged files among a build's files (paths from its root, with "/"), sorted. */
export const packagedFiles = (files: readonly string[]): string[] => files.filter((f) => f !== PACKAGE_FILES && !NOT_PACKAGED.some((pattern) => pattern.test(f))).sort();

const filesUnder = (dir: string, prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));

/** Writes the list into the build once everything else has been written. */
export function packageFiles(): Plugin {
  let outDir = 'dist';
  return {
    name: 'package-files',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      handler() {
        writeFileSync(join(outDir, PACKAGE_FILES), JSON.stringify(packagedFiles(filesUnder(outDir))));
      },
    },
  };
}
