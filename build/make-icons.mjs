#!/usr/bin/env node
// Make every icon Chamber's installers need from ONE source image, build/icon-source.png (1024 x 1024):
//   build/icons/<n>x<n>.png  Linux (AppImage, deb)     build/icon.ico   Windows (NSIS), 16-256 px
//   build/icon.icns          macOS (dmg), 16-1024 px    build/icon.png   the 1024 px master electron-builder reads
// `node build/make-icons.mjs --draw` first redraws the source: a white "C" monogram with a gold dot on civic
// navy. To change the icon, replace icon-source.png with any 1024 x 1024 RGBA PNG and run without --draw.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng, encodePng, resize } from './png.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const sourceFile = join(here, 'icon-source.png');
export const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const windowsSizes = [16, 24, 32, 48, 64, 128, 256];
/** Apple's icon types that hold PNG data, by pixel size. */
export const macTypes = {
  16: 'icp4',
  32: 'icp5',
  64: 'icp6',
  128: 'ic07',
  256: 'ic08',
  512: 'ic09',
  1024: 'ic10',
};

function drawMonogram(size) {
  const pixels = new Uint8Array(size * size * 4);
  const navy = [31, 58, 95];
  const white = [255, 255, 255];
  const gold = [212, 160, 23];
  const samples = 4;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const colour = [0, 0, 0];
      let alpha = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const u = (x + (sx + 0.5) / samples) / size - 0.5;
          const v = (y + (sy + 0.5) / samples) / size - 0.5;
          const paint = paintAt(u, v, navy, white, gold);
          if (!paint) continue;
          alpha += 1;
          for (let c = 0; c < 3; c += 1) colour[c] += paint[c];
        }
      }
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c += 1) pixels[i + c] = alpha ? Math.round(colour[c] / alpha) : 0;
      pixels[i + 3] = Math.round((alpha / (samples * samples)) * 255);
    }
  }
  return { width: size, height: size, pixels };
}

/** u, v in -0.5..0.5 from the centre. Returns the colour there, or nothing outside the rounded square. */
function paintAt(u, v, navy, white, gold) {
  const half = 0.46;
  const radius = 0.1;
  const qx = Math.max(Math.abs(u) - (half - radius), 0);
  const qy = Math.max(Math.abs(v) - (half - radius), 0);
  if (Math.hypot(qx, qy) > radius) return undefined;
  const distance = Math.hypot(u, v);
  const angle = Math.abs(Math.atan2(v, u));
  if (distance >= 0.2 && distance <= 0.3 && angle > Math.PI / 4) return white;
  if (distance <= 0.07) return gold;
  return navy;
}

function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

function icns(images) {
  const entries = images.map(({ size, png }) => {
    const head = Buffer.alloc(8);
    head.write(macTypes[size], 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + entries.reduce((sum, entry) => sum + entry.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

/** Every icon file, by path relative to build/, made from the source PNG's bytes. */
export function iconsFrom(sourcePng) {
  const source = decodePng(sourcePng);
  if (source.width !== 1024 || source.height !== 1024)
    throw new Error('The source icon must be 1024 x 1024.');
  const png = new Map(
    linuxSizes.map((size) => [size, size === 1024 ? sourcePng : encodePng(resize(source, size))]),
  );
  const files = new Map(linuxSizes.map((size) => [join('icons', `${size}x${size}.png`), png.get(size)]));
  files.set('icon.png', sourcePng);
  files.set('icon.ico', ico(windowsSizes.map((size) => ({ size, png: png.get(size) }))));
  files.set('icon.icns', icns(Object.keys(macTypes).map((size) => ({ size, png: png.get(Number(size)) }))));
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--draw')) writeFileSync(sourceFile, encodePng(drawMonogram(1024)));
  for (const [name, bytes] of iconsFrom(readFileSync(sourceFile))) {
    mkdirSync(dirname(join(here, name)), { recursive: true });
    writeFileSync(join(here, name), bytes);
  }
  console.log('Made the icons in build/ from build/icon-source.png');
}
