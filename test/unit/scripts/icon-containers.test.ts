import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildIcns,
  buildIco,
  icoBitmap,
  ICNS_TYPES,
  ICO_SIZES,
  type IconImage,
} from '../../../scripts/icon-containers';

const buildDir = fileURLToPath(new URL('../../../build', import.meta.url));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A fake image: PNG bytes that say their size, pixels that say their position. */
function image(size: number): IconImage {
  const png = Uint8Array.from([...PNG_SIGNATURE, size >> 8, size & 255]);
  const rgba = new Uint8Array(size * size * 4);
  for (let pixel = 0; pixel < size * size; pixel += 1)
    rgba.set([pixel % 256, 1, 2, 200], pixel * 4);
  return { size, png, rgba };
}
const allSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024].map(image);

interface IcoEntry {
  width: number;
  bits: number;
  data: Uint8Array;
}

function readIco(bytes: Uint8Array): IcoEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint16(0, true)).toBe(0);
  expect(view.getUint16(2, true)).toBe(1);
  return Array.from({ length: view.getUint16(4, true) }, (_, index) => {
    const at = 6 + 16 * index;
    const length = view.getUint32(at + 8, true);
    const offset = view.getUint32(at + 12, true);
    return {
      width: view.getUint8(at) || 256,
      bits: view.getUint16(at + 6, true),
      data: bytes.subarray(offset, offset + length),
    };
  });
}

function readIcns(bytes: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  expect(text(0)).toBe('icns');
  expect(view.getUint32(4, false)).toBe(bytes.length);
  const blocks = [];
  for (let at = 8; at < bytes.length; at += view.getUint32(at + 4, false)) {
    blocks.push({
      type: text(at),
      data: bytes.subarray(at + 8, at + view.getUint32(at + 4, false)),
    });
  }
  return blocks;
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): [number, number] {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16, false), view.getUint32(20, false)];
}

describe('icoBitmap', () => {
  it('stores BGRA rows bottom first after a 40-byte header, with an empty AND mask', () => {
    const source = image(16);
    const dib = icoBitmap(source);
    const view = new DataView(dib.buffer);
    expect(view.getUint32(0, true)).toBe(40);
    expect(view.getInt32(4, true)).toBe(16);
    expect(view.getInt32(8, true)).toBe(32); // colour rows + mask rows
    expect(view.getUint16(14, true)).toBe(32);
    // The first stored pixel is the bottom-left one: row 15, column 0 → index 240.
    expect([...dib.subarray(40, 44)]).toEqual([2, 1, 240, 200]);
    expect(dib.length).toBe(40 + 16 * 16 * 4 + 4 * 16);
    expect(dib.subarray(40 + 16 * 16 * 4).every((byte) => byte === 0)).toBe(true);
  });

  it('refuses pixels of the wrong length', () => {
    expect(() => icoBitmap({ size: 16, png: new Uint8Array(), rgba: new Uint8Array(4) })).toThrow();
  });
});

describe('buildIco', () => {
  it('has one entry per size: bitmaps below 256 px, the PNG at 256 px', () => {
    const entries = readIco(buildIco(allSizes));
    expect(entries.map((entry) => entry.width)).toEqual([...ICO_SIZES]);
    for (const entry of entries) {
      expect(entry.bits).toBe(32);
      if (entry.width === 256) expect([...entry.data]).toEqual([...image(256).png]);
      else
        expect(new DataView(entry.data.buffer, entry.data.byteOffset).getUint32(0, true)).toBe(40);
    }
  });

  it('says which size is missing', () => {
    expect(() => buildIco(allSizes.filter((one) => one.size !== 48))).toThrow('48×48');
  });
});

describe('buildIcns', () => {
  it('holds each OSType with the PNG of its pixel size, lengths big-endian', () => {
    const blocks = readIcns(buildIcns(allSizes));
    expect(blocks.map((block) => block.type)).toEqual(ICNS_TYPES.map((entry) => entry.type));
    for (const [index, block] of blocks.entries()) {
      const wanted = ICNS_TYPES[index]?.size ?? 0;
      expect([...block.data]).toEqual([...image(wanted).png]);
    }
  });
});

describe('the checked-in icon set (npm run icons)', () => {
  it('has Linux PNGs named by their real size', () => {
    const files = readdirSync(join(buildDir, 'icons')).sort();
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const size = Number(/^(\d+)x\1\.png$/.exec(file)?.[1]);
      expect(pngSize(readFileSync(join(buildDir, 'icons', file)))).toEqual([size, size]);
    }
  });

  it('has an .ico and an .icns with every size', () => {
    const ico = readIco(new Uint8Array(readFileSync(join(buildDir, 'icon.ico'))));
    expect(ico.map((entry) => entry.width)).toEqual([...ICO_SIZES]);
    const icns = readIcns(new Uint8Array(readFileSync(join(buildDir, 'icon.icns'))));
    for (const [index, block] of icns.entries()) {
      const size = ICNS_TYPES[index]?.size ?? 0;
      expect(pngSize(block.data)).toEqual([size, size]);
    }
  });
});
