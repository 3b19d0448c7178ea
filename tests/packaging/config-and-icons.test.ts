import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iconsFrom, linuxSizes, macTypes, windowsSizes } from '../../build/make-icons.mjs';
import { builderConfig } from './support/builder-config';

const config = builderConfig();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the installers', () => {
  it('are NSIS for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('name the app and install in British English', () => {
    expect(config.appId).toBe('uk.gov.chamber.desktop');
    expect(config.productName).toBe('Chamber');
    expect(config.nsis).toMatchObject({ installerLanguages: ['en_GB'], language: '2057' });
    expect(config.electronLanguages).toContain('en-GB');
  });

  it('open .chamber files with Chamber', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'chamber', name: 'Chamber export' }),
    ]);
  });
});

describe('the icons', () => {
  const source = readFileSync('build/icon-source.png');
  const made = iconsFrom(source);

  it('on disk are exactly those made from the one source image', () => {
    for (const [name, bytes] of made)
      expect(readFileSync(join('build', name)).equals(bytes), name).toBe(true);
  });

  it('come in every size Linux asks for', () => {
    for (const size of linuxSizes) {
      expect(pngSize(readFileSync(`build/icons/${size}x${size}.png`))).toEqual([size, size]);
    }
  });

  it('hold 16 to 256 pixels for Windows', () => {
    const ico = readFileSync('build/icon.ico');
    expect(ico.readUInt16LE(4)).toBe(windowsSizes.length);
    const sizes = windowsSizes.map((_, index) => ico.readUInt8(6 + 16 * index) || 256);
    expect(sizes).toEqual(windowsSizes);
  });

  it('hold 16 to 1024 pixels for macOS', () => {
    const icns = readFileSync('build/icon.icns');
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      types.push(icns.toString('latin1', offset, offset + 4));
    }
    expect(types).toEqual(Object.values(macTypes));
  });
});
