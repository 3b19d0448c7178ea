// A minimal PNG reader and writer (8-bit RGBA, no interlace): enough to make Chamber's icons from one source
// image with nothing but Node, so the icons can be rebuilt on any machine.
import { deflateSync, inflateSync } from 'node:zlib';

const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** image: { width, height, pixels: Uint8Array RGBA } */
export function encodePng({ width, height, pixels }) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y += 1) {
    rows[y * (width * 4 + 1)] = 0;
    rows.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const idat = deflateSync(rows, { level: 9 });
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function decodePng(file) {
  if (!file.subarray(0, 8).equals(signature)) throw new Error('Not a PNG file.');
  let offset = 8;
  let width = 0;
  let height = 0;
  const data = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0) throw new Error('Only 8-bit RGBA PNGs are read.');
    }
    if (type === 'IDAT') data.push(body);
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

function paeth(a, b, c) {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Shrink by averaging every source pixel under each target pixel (premultiplied, so edges stay clean). */
export function resize(image, size) {
  const { width, pixels } = image;
  const out = new Uint8Array(size * size * 4);
  const scale = width / size;
  for (let ty = 0; ty < size; ty += 1) {
    for (let tx = 0; tx < size; tx += 1) {
      const sum = [0, 0, 0, 0];
      let count = 0;
      for (let sy = Math.floor(ty * scale); sy < Math.floor((ty + 1) * scale); sy += 1) {
        for (let sx = Math.floor(tx * scale); sx < Math.floor((tx + 1) * scale); sx += 1) {
          const i = (sy * width + sx) * 4;
          const alpha = pixels[i + 3] / 255;
          sum[0] += pixels[i] * alpha;
          sum[1] += pixels[i + 1] * alpha;
          sum[2] += pixels[i + 2] * alpha;
          sum[3] += alpha;
          count += 1;
        }
      }
      const o = (ty * size + tx) * 4;
      const alpha = sum[3] / count;
      for (let c = 0; c < 3; c += 1) out[o + c] = alpha > 0 ? Math.round(sum[c] / sum[3]) : 0;
      out[o + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, pixels: out };
}
