// The Debian packages the browser and document tests need, and how to tell whether each is installed.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const fontInstalled = (family) => spawnSync('sh', ['-c', `fc-list | grep -qi "${family}"`]).status === 0;

export const systemPackages = [
  { name: 'chromium', present: () => existsSync(chromiumPath()) },
  { name: 'libreoffice-writer-nogui', present: () => onPath('soffice') },
  { name: 'poppler-utils', present: () => onPath('pdftotext') && onPath('pdftoppm') },
  { name: 'fonts-liberation2', present: () => fontInstalled('Liberation Sans') },
  { name: 'fonts-crosextra-carlito', present: () => fontInstalled('Carlito') },
];

export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function missingSystemPackages() {
  return systemPackages.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
}
