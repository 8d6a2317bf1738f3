/**
 * `electron-builder --dir` for real, with electron-builder.yml and the afterPack hook,
 * against a stand-in Electron (no binary can be downloaded here): a folder whose
 * "executable" is a small file carrying Electron's fuse sentinel and wire, so the hook's
 * fuse writes land in it and can be read back. Needs a build in out/: it reuses one when
 * present (`npm test` builds before end-to-end tests, not before this) and builds once
 * otherwise.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile, getRawHeader, listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Every fuse the hook sets starts in the opposite state, so each one must be written;
// index 6 (V8 snapshot) and 8 (Wasm trap handlers) are not the hook's and must not move.
const WIRE_BEFORE = '101100011';
const BUILT = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

let work = '';
let unpacked = '';
let asar = '';
let builderOutput = '';

/** A stand-in for an unpacked Linux Electron: an "executable", locales and resources. */
function makeStandInElectron(dir: string): void {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.from(WIRE_BEFORE);
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\n# stand-in for the Electron executable\nexit 0\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, wire.length]),
    wire,
  ]);
  writeFileSync(join(dir, 'electron'), binary);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'locales', 'en-US.pak'), 'stand-in');
  writeFileSync(join(dir, 'resources', 'default_app.asar'), 'stand-in');
  writeFileSync(join(dir, 'version'), '45.4.1');
}

function run(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, ELECTRON_BUILDER_CACHE: join(work, 'cache') },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'shortlist-dist-'));
  if (!BUILT.every((file) => existsSync(join(root, file)))) {
    const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    const build = run(process.execPath, [bin, 'build']);
    if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.output}`);
  }
  const electronDist = join(work, 'electron');
  makeStandInElectron(electronDist);
  const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
  const result = run(process.execPath, [
    cli,
    '--dir',
    '--linux',
    '--x64',
    '--publish',
    'never',
    `--config.electronDist=${electronDist}`,
    `--config.directories.output=${join(work, 'dist')}`,
  ]);
  builderOutput = result.output;
  if (result.status !== 0) throw new Error(`electron-builder --dir failed:\n${builderOutput}`);
  unpacked = join(work, 'dist', 'linux-unpacked');
  asar = join(unpacked, 'resources', 'app.asar');
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run dist:dir (electron-builder --dir)', () => {
  it('packs the built app into resources/app.asar and nothing beside it', () => {
    expect(existsSync(asar)).toBe(true);
    expect(existsSync(join(unpacked, 'resources', 'app.asar.unpacked'))).toBe(false);
    expect(existsSync(join(unpacked, 'resources', 'app'))).toBe(false);
    expect(existsSync(join(unpacked, 'resources', 'default_app.asar'))).toBe(false);
    expect(existsSync(join(unpacked, 'shortlist'))).toBe(true);
  });

  it('holds what the app runs: the main bundle, the preload, the renderer, package.json', () => {
    const files = listPackage(asar, { isPack: false });
    for (const needed of [...BUILT, 'package.json']) expect(files).toContain(`/${needed}`);
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as {
      main: string;
      productName: string;
    };
    expect(manifest.main).toBe('out/main/index.js');
    expect(manifest.productName).toBe('Shortlist');
  });

  it('holds nothing else: no sources, tests, scripts, screenshots, corpus or dependencies', () => {
    const files = listPackage(asar, { isPack: false });
    const outside = files.filter((file) => file !== '/package.json' && !/^\/out(\/|$)/.test(file));
    expect(outside).toEqual([]);
    const forbidden = /^\/(?:renderer\/src|test|scripts|\.github|seeds|build|node_modules)(?:\/|$)/;
    expect(files.filter((file) => forbidden.test(file))).toEqual([]);
    expect(files.filter((file) => /\/node_modules\//.test(file))).toEqual([]);
    // Source files, source maps and type declarations have no place in a release.
    expect(files.filter((file) => /\.(?:tsx?|map|d\.ts)$/.test(file))).toEqual([]);
  });

  it('records an integrity hash for every file, as the asar integrity fuse needs', () => {
    const { header } = getRawHeader(asar);
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      const entry = node as { files?: Record<string, unknown>; integrity?: { algorithm?: string } };
      if (entry.files) {
        for (const [name, child] of Object.entries(entry.files)) walk(child, `${path}/${name}`);
      } else if (entry.integrity?.algorithm !== 'SHA256') {
        missing.push(path);
      }
    };
    walk(header, '');
    expect(missing).toEqual([]);
  });

  it('keeps the asar integrity settings in electron-builder.yml', () => {
    const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(config.asar).toBe(true);
    expect(config.disableAsarIntegrity ?? false).toBe(false);
    expect(config.asarUnpack ?? []).toEqual([]);
    expect(config.afterPack).toBe('./scripts/after-pack.ts');
    expect(config.afterExtract).toBe('./scripts/after-pack.ts');
    expect(config.electronFuses).toBeUndefined();
  });

  it('runs the afterPack hook: the packed binary carries exactly the fuses it writes', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'shortlist'));
    const state = (option: FuseV1Options) => wire[option];
    expect(state(FuseV1Options.RunAsNode)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.WasmTrapHandlers)).toBe(FuseState.ENABLE);
  });
});
