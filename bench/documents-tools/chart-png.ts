import { deflateSync } from 'node:zlib';

/**
 * A bar chart as a real PNG, as officers paste from Excel: bars shaded with a little grain (as a chart exported
 * at screen resolution with anti-aliasing and gradients is), gridlines and axes. About 60-150 KB, like a picture
 * in a real report, not a 1 KB placeholder that costs nothing to copy.
 */
export function chartPng(random: () => number, width = 900, height = 500): Uint8Array {
  const stride = width * 3 + 1;
  const raw = new Uint8Array(stride * height);
  const bars = 6 + Math.floor(random() * 6);
  const values = Array.from({ length: bars }, () => 0.2 + random() * 0.75);
  const palette = [
    [47, 85, 151],
    [197, 90, 17],
    [112, 173, 71],
    [255, 192, 0],
  ] as const;
  const left = 60;
  const bottom = height - 40;
  const slot = (width - left - 20) / bars;
  for (let y = 0; y < height; y += 1) {
    raw[y * stride] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      let colour: readonly [number, number, number] = [255, 255, 255];
      const bar = Math.floor((x - left) / slot);
      const within = (x - left) % slot;
      const value = values[bar];
      if (x === left || y === bottom) colour = [64, 64, 64];
      else if (y < bottom && (bottom - y) % 50 === 0 && x > left) colour = [217, 217, 217];
      if (
        value !== undefined &&
        x > left &&
        within > slot * 0.15 &&
        within < slot * 0.85 &&
        y < bottom &&
        y > bottom - value * (bottom - 20)
      ) {
        const base = palette[bar % palette.length] as readonly [number, number, number];
        const shade = Math.round((y / height) * 30 - 15 + (random() - 0.5) * 6);
        colour = [base[0] + shade, base[1] + shade, base[2] + shade].map((c) =>
          Math.max(0, Math.min(255, c)),
        ) as unknown as [number, number, number];
      }
      const at = y * stride + 1 + x * 3;
      raw[at] = colour[0];
      raw[at + 1] = colour[1];
      raw[at + 2] = colour[2];
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
