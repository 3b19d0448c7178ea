#!/usr/bin/env node
// The Electron security scan (Electronegativity) over electron/, run by `npm test`. It fails on any HIGH or
// MEDIUM finding whose check is not explained in the README's desktop section (a finding that needs a human
// to review, such as "review the use of preload scripts", is explained there once reviewed).
// The scanner would reach the internet for translations and Electron's release list; tests never touch the
// network, so its HTTP client is replaced by one that fails at once, and the release check is left out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const scanner = require.resolve('@doyensec/electronegativity/dist/index.js');
const got = createRequire(scanner).resolve('got');
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;

const work = mkdtempSync(join(tmpdir(), 'chamber-scan-'));
const offline = join(work, 'offline.cjs');
writeFileSync(
  offline,
  `const refuse = () => Promise.reject(new Error('The security scan runs offline.'));
refuse.head = refuse; refuse.get = refuse;
require.cache[${JSON.stringify(got)}] = { id: 'got', loaded: true, exports: refuse };
// The scanner writes its CSV header and its rows with two async writeFile calls that race: the header's
// truncating write can land after the rows and cut them. Writing each call at once keeps them in order.
const fs = require('fs');
fs.writeFile = (file, data, options, done) => {
  const callback = typeof options === 'function' ? options : done;
  try { fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options); callback(null); }
  catch (error) { callback(error); }
};\n`,
);
const report = join(work, 'electronegativity.csv');
const args = ['--require', offline, scanner, '-i', 'electron', '-e', electronVersion];
const scan = spawnSync(
  process.execPath,
  [...args, '-x', 'AvailableSecurityFixesGlobalCheck', '-r', '-o', report],
  { encoding: 'utf8' },
);
if (scan.status !== 0) {
  console.error(scan.stdout, scan.stderr);
  console.error('Electronegativity did not finish: see its output above.');
  process.exit(1);
}

// issue, severity, confidence, filename, location, sample, description, url
const findings = readFileSync(report, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([check, severity, , file, location]) => ({
    check,
    severity: severity.replaceAll('"', ''),
    where: `${file.replaceAll('"', '')}:${location.replaceAll('"', '')}`,
  }));

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## The desktop app'));
const serious = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM');
const unexplained = serious.filter((finding) => !section.includes(`\`${finding.check}\``));

for (const finding of findings) {
  const note = unexplained.includes(finding)
    ? 'NOT EXPLAINED'
    : serious.includes(finding)
      ? 'explained in README'
      : '';
  console.log(`${finding.severity.padEnd(13)} ${finding.check} at electron/${finding.where} ${note}`);
}
if (unexplained.length > 0) {
  console.error(
    `\n${unexplained.length} high or medium finding(s) are neither fixed nor explained in the README's ` +
      '"## The desktop app" section: fix them, or explain each check by name there.',
  );
  process.exit(1);
}
console.log(`Electronegativity: ${findings.length} finding(s), no high or medium one unexplained.`);
