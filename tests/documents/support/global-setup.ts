import { missingSystemPackages } from '../../../scripts/system-deps.mjs';

/** Document tests need a real reader: refuse to run (rather than skip) when LibreOffice or poppler is missing. */
export function setup(): void {
  const missing = missingSystemPackages().filter((name) => name !== 'chromium');
  if (missing.length > 0) {
    throw new Error(
      `Document tests need these Debian packages: ${missing.join(' ')} (apt-get install -y ${missing.join(' ')})`,
    );
  }
}
