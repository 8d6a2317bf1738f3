// `npm run icons`: renders build/icon.svg (the one source) into the checked-in icon set
// electron-builder packs: build/icons/<n>x<n>.png for Linux, build/icon.icns for macOS,
// build/icon.ico for Windows. Chromium (Debian's, as for the E2E tests) rasterizes the
// SVG, so the icon looks exactly as the browser draws it and no native image library is
// needed; the containers are written by icon-containers.ts (Node 24 loads it as it is).
// Run it after editing the SVG and commit what it writes.
/* global document, Image -- the function given to page.evaluate runs in Chromium */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { buildIcns, buildIco, ICNS_TYPES, ICO_SIZES } from './icon-containers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildDir = join(root, 'build');
/** What Linux desktops look up in the hicolor theme, plus the large sizes the other sets need. */
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** Renders the SVG at each size in Chromium: PNG bytes and, below 256 px, RGBA pixels. */
async function render(svg, sizes) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const rendered = await page.evaluate(
      async ({ url, wanted }) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        return wanted.map((size) => {
          const canvas = document.createElement('canvas');
          canvas.width = size;
          canvas.height = size;
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no 2d canvas');
          context.drawImage(image, 0, 0, size, size);
          // Only the .ico's bitmaps need raw pixels; big arrays are slow to hand back.
          const rgba = size < 256 ? Array.from(context.getImageData(0, 0, size, size).data) : [];
          const png = canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
          return { size, png, rgba };
        });
      },
      { url: dataUrl, wanted: [...sizes] },
    );
    return rendered.map((image) => ({
      size: image.size,
      png: new Uint8Array(Buffer.from(image.png, 'base64')),
      rgba: Uint8Array.from(image.rgba),
    }));
  } finally {
    await browser.close();
  }
}

const svg = readFileSync(join(buildDir, 'icon.svg'), 'utf8');
const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map((t) => t.size)])];
const images = await render(
  svg,
  sizes.sort((a, b) => a - b),
);

const linuxDir = join(buildDir, 'icons');
rmSync(linuxDir, { recursive: true, force: true });
mkdirSync(linuxDir, { recursive: true });
for (const image of images) {
  if (LINUX_SIZES.includes(image.size)) {
    writeFileSync(join(linuxDir, `${image.size}x${image.size}.png`), image.png);
  }
}
writeFileSync(join(buildDir, 'icon.ico'), buildIco(images));
writeFileSync(join(buildDir, 'icon.icns'), buildIcns(images));
console.log(`Wrote ${LINUX_SIZES.length} PNGs, icon.ico and icon.icns in ${buildDir}`);
