/**
 * A SCORM package of an assignment: the game's built files with an imsmanifest.xml at the root, for
 * SCORM 1.2 or SCORM 2004 4th edition. One SCO; the LMS opens it at the assignment's link, and also
 * hands the assignment over as launch data (the game reads either: see connection.ts), with the pass mark
 * as the LMS's mastery score.
 *
 * The XSD files the manifest's schemaLocation names are not included: LMSes read the manifest without
 * them (they validate against their own copies, if at all). Only a checker that wants them inside the
 * package, such as ADL's conformance test suite, would need ADL's files added at the root.
 */
// The default import: crc-32 is CommonJS, and Node (build-scorm.ts) sees no named exports in it.
import CRC32 from 'crc-32';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { assignmentHash, assignmentQuery, type Assignment } from '../assignment/link.ts';

export type ScormVersion = '1.2' | '2004';

const MANIFEST_FILE = 'imsmanifest.xml';
/** At a build's root: the JSON list of the files a package holds (see scripts/package-files.ts). */
export const PACKAGE_FILES = 'package-files.json';

/** Where the LMS opens the game: the assignment's own link, relative to the package's root. */
export const launchHref = (assignment: Assignment): string => `index.html${assignmentHash(assignment)}`;

/** Text for an XML attribute or element: escaped, without the characters XML 1.0 cannot hold at all. */
export function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** A file's path as a URI reference: each segment percent-encoded. */
const fileHref = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** The namespaces, schema locations and metadata of each version; everything else is shared. */
const VERSIONS = {
  '1.2': {
    namespaces: {
      '': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
      adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    },
    schemas: {
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
      'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1': 'imsmd_rootv1p2p1.xsd',
      'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
    },
    schemaVersion: '1.2',
    scormType: 'adlcp:scormtype',
  },
  '2004': {
    namespaces: {
      '': 'http://www.imsglobal.org/xsd/imscp_v1p1',
      adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
      imsss: 'http://www.imsglobal.org/xsd/imsss',
    },
    schemas: {
      'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
      'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
      'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
    },
    schemaVersion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
  },
} as const;

/** SCORM 1.2's schema caps titles at 200 characters and launch data at 255. */
const MAX_TITLE = 200;
const MAX_DATA_FROM_LMS_12 = 255;

/** What the item adds for the LMS: the assignment as launch data, and the pass mark. */
function itemData(version: ScormVersion, assignment: Assignment): string[] {
  const query = assignmentQuery(assignment);
  if (version === '1.2') {
    // A longer assignment reaches the game by the launch address alone.
    const data = query.length <= MAX_DATA_FROM_LMS_12 ? [`<adlcp:datafromlms>${xmlText(query)}</adlcp:datafromlms>`] : [];
    return [...data, `<adlcp:masteryscore>${assignment.passPercent}</adlcp:masteryscore>`];
  }
  // Satisfied by measure: the LMS sets cmi.scaled_passing_score from the minimum and judges the final score against it.
  return [
    `<adlcp:dataFromLMS>${xmlText(query)}</adlcp:dataFromLMS>`,
    '<imsss:sequencing>',
    '  <imsss:objectives>',
    '    <imsss:primaryObjective objectiveID="pass-mark" satisfiedByMeasure="true">',
    `      <imsss:minNormalizedMeasure>${assignment.passPercent / 100}</imsss:minNormalizedMeasure>`,
    '    </imsss:primaryObjective>',
    '  </imsss:objectives>',
    // The game reports completion and success itself: the LMS must not assume them when the session ends.
    '  <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
    '</imsss:sequencing>',
  ];
}

/** The imsmanifest.xml of the package whose other files are `files` (paths from its root, with "/"). */
export function packageManifest(version: ScormVersion, title: string, assignment: Assignment, files: readonly string[]): string {
  const v = VERSIONS[version];
  const namespaces = Object.entries(v.namespaces).map(([prefix, uri]) => `${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}="${uri}"`);
  const schemaLocation = Object.entries(v.schemas).flat().join(' ');
  // The same assignment always makes the same package identifier, another assignment another one.
  const identifier = `follow-the-shipment-${(CRC32.str(assignmentQuery(assignment)) >>> 0).toString(16).padStart(8, '0')}`;
  const name = xmlText([...title].slice(0, MAX_TITLE).join(''));
  const indent = (depth: number, lines: readonly string[]) => lines.map((line) => `${'  '.repeat(depth)}${line}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${identifier}" version="1" ${namespaces.join(' ')} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${schemaLocation}">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    `    <schemaversion>${v.schemaVersion}</schemaversion>`,
    '  </metadata>',
    '  <organizations default="organization">',
    '    <organization identifier="organization">',
    `      <title>${name}</title>`,
    '      <item identifier="assignment" identifierref="game">',
    `        <title>${name}</title>`,
    ...indent(4, itemData(version, assignment)),
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="game" type="webcontent" ${v.scormType}="sco" href="${xmlText(launchHref(assignment))}">`,
    ...files.map((file) => `      <file href="${xmlText(fileHref(file))}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** Formats that are compressed already: stored as they are, which is as small and much faster. */
const STORED = /\.(woff2?|png|jpe?g|webp|ico|webm|mp3|zip)$/i;

/** The package as a zip: the manifest at the root, then the game's files (path → content). */
export function zipScormPackage(version: ScormVersion, title: string, assignment: Assignment, files: ReadonlyMap<string, Uint8Array>): Uint8Array<ArrayBuffer> {
  const entries: Zippable = { [MANIFEST_FILE]: strToU8(packageManifest(version, title, assignment, [...files.keys()])) };
  for (const [path, data] of files) entries[path] = [data, { level: STORED.test(path) ? 0 : 6 }];
  return zipSync(entries);
}
