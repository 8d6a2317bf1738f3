/**
 * Writes the Windows `.ico` and macOS `.icns` containers from images already rendered
 * at each size. Both formats are simple enough to write by hand, which keeps the icon
 * script free of native image libraries. Pure: bytes in, bytes out.
 */

/**
 * One square image: its PNG bytes and, for the sizes the `.ico` stores as bitmaps (below
 * 256 px), its raw RGBA pixels (row by row, top first).
 */
export interface IconImage {
  size: number;
  png: Uint8Array;
  rgba: Uint8Array;
}

/** The sizes the `.ico` holds: what Windows asks for in lists, taskbar and installer. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/**
 * The `.icns` entries: each OSType holds a PNG of one pixel size (macOS 10.7 and later
 * read PNG in all of them; the `@2x` types reuse the next size up).
 */
export const ICNS_TYPES: readonly { type: string; size: number }[] = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'ic11', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic12', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic13', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic14', size: 512 },
  { type: 'ic10', size: 1024 },
];

function imageOfSize(images: readonly IconImage[], size: number): IconImage {
  const image = images.find((candidate) => candidate.size === size);
  if (!image) throw new Error(`No ${size}×${size} image was rendered`);
  return image;
}

/**
 * A 32-bit DIB as an `.ico` stores it: a BITMAPINFOHEADER whose height counts the colour
 * rows and the mask rows, BGRA rows bottom first, then a 1-bit AND mask (all zero: the
 * alpha channel already says what is transparent).
 */
export function icoBitmap(image: IconImage): Uint8Array {
  const { size, rgba } = image;
  if (rgba.length !== size * size * 4) throw new Error(`${size}px pixels have the wrong length`);
  const maskRowBytes = Math.ceil(size / 32) * 4;
  const out = new Uint8Array(40 + size * size * 4 + maskRowBytes * size);
  const view = new DataView(out.buffer);
  view.setUint32(0, 40, true);
  view.setInt32(4, size, true);
  view.setInt32(8, size * 2, true);
  view.setUint16(12, 1, true); // planes
  view.setUint16(14, 32, true); // bits per pixel
  view.setUint32(20, size * size * 4, true); // image size (BI_RGB, uncompressed)
  for (let row = 0; row < size; row += 1) {
    const sourceRow = size - 1 - row;
    for (let column = 0; column < size; column += 1) {
      const from = (sourceRow * size + column) * 4;
      const to = 40 + (row * size + column) * 4;
      out[to] = rgba[from + 2] ?? 0;
      out[to + 1] = rgba[from + 1] ?? 0;
      out[to + 2] = rgba[from] ?? 0;
      out[to + 3] = rgba[from + 3] ?? 0;
    }
  }
  return out;
}

/**
 * An `.ico` with one entry per ICO_SIZES size: uncompressed bitmaps below 256 px, which
 * every Windows reader (NSIS included) accepts, and a PNG for 256 px, as Windows expects.
 */
export function buildIco(images: readonly IconImage[]): Uint8Array {
  const entries = ICO_SIZES.map((size) => {
    const image = imageOfSize(images, size);
    return { size, data: size >= 256 ? image.png : icoBitmap(image) };
  });
  const headerLength = 6 + 16 * entries.length;
  const total = headerLength + entries.reduce((sum, entry) => sum + entry.data.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, entries.length, true);
  let offset = headerLength;
  for (const [index, entry] of entries.entries()) {
    const at = 6 + 16 * index;
    // 0 means 256 in the one-byte width and height fields.
    view.setUint8(at, entry.size >= 256 ? 0 : entry.size);
    view.setUint8(at + 1, entry.size >= 256 ? 0 : entry.size);
    view.setUint16(at + 4, 1, true); // colour planes
    view.setUint16(at + 6, 32, true); // bits per pixel
    view.setUint32(at + 8, entry.data.length, true);
    view.setUint32(at + 12, offset, true);
    out.set(entry.data, offset);
    offset += entry.data.length;
  }
  return out;
}

function fourCC(view: DataView, at: number, code: string): void {
  for (let index = 0; index < 4; index += 1) view.setUint8(at + index, code.charCodeAt(index));
}

/** An `.icns`: the `icns` header, then one (type, length, PNG) block per ICNS_TYPES entry. */
export function buildIcns(images: readonly IconImage[]): Uint8Array {
  const blocks = ICNS_TYPES.map(({ type, size }) => ({ type, png: imageOfSize(images, size).png }));
  const total = 8 + blocks.reduce((sum, block) => sum + 8 + block.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  fourCC(view, 0, 'icns');
  view.setUint32(4, total, false);
  let offset = 8;
  for (const block of blocks) {
    fourCC(view, offset, block.type);
    view.setUint32(offset + 4, 8 + block.png.length, false);
    out.set(block.png, offset + 8);
    offset += 8 + block.png.length;
  }
  return out;
}
