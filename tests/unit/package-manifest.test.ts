/** The SCORM package: imsmanifest.xml for 1.2 and 2004 4th edition, and the zip around the game's files. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8, strToU8, type UnzipFileInfo } from 'fflate';
import { describe, expect, test } from 'vitest';
import { packageName, writeScormPackages } from '../../scripts/build-scorm.ts';
import { packagedFiles } from '../../scripts/package-files.ts';
import { assignmentQuery, type Assignment } from '../../src/core/assignment/link.ts';
import { launchHref, PACKAGE_FILES, packageManifest, xmlText, zipScormPackage } from '../../src/core/lms/packageManifest.ts';

const assignment: Assignment = { levels: ['horse-train-2022', 'vip-flight'], hints: false, extraPercent: 0, passPercent: 70, language: 'ko', classLabel: 'Year 9 & 10 <B>' };
const files = ['index.html', 'assets/index-Ab_1.js', 'assets/ibm plex.woff2', 'manifest.webmanifest'];

/** Tags nest and close, and every "&" starts an entity: enough of XML's well-formedness to catch a missed escape. */
function expectWellFormed(xml: string) {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const open: string[] = [];
  for (const [, closing, name, selfClosing] of xml.slice(xml.indexOf('?>') + 2).matchAll(/<(\/?)([A-Za-z:]+)(?:\s+[A-Za-z:]+="[^"<]*")*\s*(\/?)>/g)) {
    if (closing) expect(open.pop()).toBe(name);
    else if (!selfClosing) open.push(name as string);
  }
  expect(open).toEqual([]);
  expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/&/);
  // Outside tags, no "<" or ">" is left unescaped.
  expect(xml.replace(/<[^<>]*>/g, '')).not.toMatch(/[<>]/);
}

describe('imsmanifest.xml', () => {
  test('SCORM 1.2: one SCO opened at the assignment’s link, its query as launch data and the pass mark as mastery score', () => {
    const xml = packageManifest('1.2', 'Follow the Shipment', assignment, files);
    expectWellFormed(xml);
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toContain('xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"');
    expect(xml).toContain('<schema>ADL SCORM</schema>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('<organizations default="organization">');
    expect(xml).toContain('<item identifier="assignment" identifierref="game">');
    expect(xml).toContain(`<adlcp:datafromlms>${xmlText(assignmentQuery(assignment))}</adlcp:datafromlms>`);
    expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(xml).toContain(`<resource identifier="game" type="webcontent" adlcp:scormtype="sco" href="${xmlText(launchHref(assignment))}">`);
    expect(launchHref(assignment)).toBe(`index.html#/assignment?${assignmentQuery(assignment)}`);
    expect([...xml.matchAll(/<file href="([^"]*)"\/>/g)].map((m) => m[1])).toEqual(['index.html', 'assets/index-Ab_1.js', 'assets/ibm%20plex.woff2', 'manifest.webmanifest']);
    expect(xml).not.toContain('imsss');
  });

  test('SCORM 2004 4th edition: the pass mark as the primary objective’s minimum normalized measure, the query as data from the LMS', () => {
    const xml = packageManifest('2004', 'Follow the Shipment', { ...assignment, passPercent: 65 }, files);
    expectWellFormed(xml);
    expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss"');
    expect(xml).toContain('xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"');
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain(`<adlcp:dataFromLMS>${xmlText(assignmentQuery({ ...assignment, passPercent: 65 }))}</adlcp:dataFromLMS>`);
    expect(xml).toMatch(/<imsss:sequencing>\s*<imsss:objectives>\s*<imsss:primaryObjective objectiveID="pass-mark" satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.65<\/imsss:minNormalizedMeasure>/);
    expect(xml).toContain('<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>');
    expect(xml).toContain('adlcp:scormType="sco"');
    // The element order the schemas ask for: title, data from the LMS, then sequencing.
    expect(xml.indexOf('<adlcp:dataFromLMS>')).toBeGreaterThan(xml.lastIndexOf('<title>'));
    expect(xml.indexOf('<imsss:sequencing>')).toBeGreaterThan(xml.indexOf('<adlcp:dataFromLMS>'));
    expect(packageManifest('2004', 'x', { ...assignment, passPercent: 100 }, [])).toContain('<imsss:minNormalizedMeasure>1</imsss:minNormalizedMeasure>');
  });

  test('everything a teacher typed is escaped, and characters XML cannot hold are dropped', () => {
    const title = `Tom & Jerry's "<b>quiz</b>"\u0001\ud800`;
    for (const version of ['1.2', '2004'] as const) {
      const xml = packageManifest(version, title, assignment, files);
      expectWellFormed(xml);
      expect(xml).toContain('<title>Tom &amp; Jerry&apos;s &quot;&lt;b&gt;quiz&lt;/b&gt;&quot;</title>');
      // The class label is in the query, percent-encoded there and XML-escaped on top.
      expect(xml).toContain('class=Year%209%20%26%2010%20%3CB%3E');
      expect(xml).toContain('&amp;class=');
    }
    expect(xmlText('a\u0000b\u0009c\ud83d\ude00')).toBe('ab\u0009c\ud83d\ude00');
  });

  test('within SCORM 1.2’s schema limits: titles of 200 characters, launch data of 255 (longer assignments go by the address alone)', () => {
    const long: Assignment = { ...assignment, levels: Array.from({ length: 30 }, (_, i) => `case-number-${i}`) };
    expect(assignmentQuery(long).length).toBeGreaterThan(255);
    const xml12 = packageManifest('1.2', 'é'.repeat(250), long, files);
    expect(xml12).toContain(`<title>${'é'.repeat(200)}</title>`);
    expect(xml12).not.toContain('datafromlms');
    expect(xml12).toContain(`href="${xmlText(launchHref(long))}"`);
    expect(packageManifest('2004', 'x', long, files)).toContain(`<adlcp:dataFromLMS>${xmlText(assignmentQuery(long))}</adlcp:dataFromLMS>`);
  });

  test('one identifier per assignment, the same every time', () => {
    const id = (a: Assignment) => /<manifest identifier="([^"]+)"/.exec(packageManifest('1.2', 't', a, []))?.[1];
    expect(id(assignment)).toMatch(/^follow-the-shipment-[0-9a-f]{8}$/);
    expect(id(assignment)).toBe(id({ ...assignment }));
    expect(id(assignment)).not.toBe(id({ ...assignment, passPercent: 71 }));
  });
});

describe('the zip', () => {
  test('holds imsmanifest.xml at the root and every file unchanged; compressed formats are stored, text is deflated', () => {
    const content = new Map(files.map((f, i) => [f, strToU8(`${f} `.repeat(50 + i))]));
    const zipped = zipScormPackage('2004', 'Follow the Shipment', assignment, content);
    const info: UnzipFileInfo[] = [];
    const unzipped = unzipSync(zipped, { filter: (file) => (info.push(file), true) });
    expect(Object.keys(unzipped).sort()).toEqual(['imsmanifest.xml', ...files].sort());
    for (const [f, data] of content) expect(unzipped[f]).toEqual(data);
    expect(strFromU8(unzipped['imsmanifest.xml'] as Uint8Array)).toBe(packageManifest('2004', 'Follow the Shipment', assignment, files));
    expect(Object.fromEntries(info.map((i) => [i.name, i.compression]))).toMatchObject({ 'assets/ibm plex.woff2': 0, 'assets/index-Ab_1.js': 8, 'imsmanifest.xml': 8 });
  });
});

describe('the build’s files', () => {
  test('a package holds every file of the build but the service worker, its runtime, source maps and the list itself', () => {
    expect(packagedFiles(['sw.js', 'index.html', 'workbox-2ff6bd68.js', 'assets/index-Ab.js', 'assets/index-Ab.js.map', PACKAGE_FILES, 'manifest.webmanifest', 'assets/sw.js'])).toEqual([
      'assets/index-Ab.js',
      'assets/sw.js',
      'index.html',
      'manifest.webmanifest',
    ]);
  });

  test('npm run build:scorm packages the files its build lists, one zip per version', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    mkdirSync(join(dist, 'assets'));
    for (const file of ['index.html', 'assets/a.js', 'sw.js']) writeFileSync(join(dist, file), `<${file}>`);
    writeFileSync(join(dist, PACKAGE_FILES), JSON.stringify(['index.html', 'assets/a.js']));
    const out = join(dist, 'out');
    const paths = writeScormPackages(dist, out, assignment, 'Class 9');
    expect(paths).toEqual({ '1.2': join(out, packageName('1.2')), '2004': join(out, packageName('2004')) });
    expect(packageName('1.2')).toBe('follow-the-shipment-scorm12.zip');
    for (const version of ['1.2', '2004'] as const) {
      const unzipped = unzipSync(readFileSync(paths[version]));
      expect(Object.keys(unzipped)).toEqual(['imsmanifest.xml', 'index.html', 'assets/a.js']);
      expect(strFromU8(unzipped['imsmanifest.xml'] as Uint8Array)).toBe(packageManifest(version, 'Class 9', assignment, ['index.html', 'assets/a.js']));
      expect(strFromU8(unzipped['assets/a.js'] as Uint8Array)).toBe('<assets/a.js>');
    }
    rmSync(dist, { recursive: true });
  });
});
