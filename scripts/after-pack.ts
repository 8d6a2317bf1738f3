/**
 * electron-builder's `afterExtract` and `afterPack` hooks (see electron-builder.yml).
 * `afterPack` flips the Electron fuses in the packaged binary. It runs after the app is
 * copied in and before anything is signed, which is where fuses must change (a signature
 * covers the binary's bytes).
 * electron-builder loads this file with Node's own TypeScript support (Node 24), so it
 * uses only erasable syntax and no local imports.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import { Arch } from 'electron-builder';
import type { AfterPackContext } from 'electron-builder';

/**
 * Shortlist's fuses. Nothing in the app needs what is turned off: it never runs Electron
 * as plain Node, takes no NODE_OPTIONS or --inspect from outside, loads its code only from
 * the integrity-checked app.asar, and serves its pages from `app://`, not `file://`.
 */
export const SHORTLIST_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies FuseV1Config;

/** The part of electron-builder's context this hook reads. */
export type FuseContext = Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'arch'> & {
  packager: {
    appInfo: { productFilename: string };
    /** Only the Linux packager has it: the executable's file name. */
    executableName?: string;
  };
};

/**
 * The file @electron/fuses edits: the `.app` bundle on macOS (it finds the framework
 * inside), `<Product>.exe` on Windows, the renamed executable on Linux.
 */
export function electronBinaryPath(context: FuseContext): string {
  const { appOutDir, electronPlatformName, packager } = context;
  const product = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${product}.app`);
    case 'win32':
      return join(appOutDir, `${product}.exe`);
    default:
      return join(appOutDir, packager.executableName ?? product);
  }
}

/**
 * The configuration written for one target: the fuses above, plus an ad-hoc re-signature
 * on Apple silicon, whose kernel refuses to run a binary whose signature no longer
 * matches (flipping a fuse changes the bytes; a real signature is applied later).
 */
export function fuseConfigFor(context: Pick<FuseContext, 'electronPlatformName' | 'arch'>) {
  const appleSilicon = context.electronPlatformName === 'darwin' && context.arch === Arch.arm64;
  return { ...SHORTLIST_FUSES, resetAdHocDarwinSignature: appleSilicon };
}

/**
 * Where Electron's own resources are in the unpacked app: inside the bundle on macOS,
 * `resources/` next to the executable elsewhere.
 */
export function resourcesDir(context: FuseContext): string {
  const { appOutDir, electronPlatformName } = context;
  return electronPlatformName === 'darwin' || electronPlatformName === 'mas'
    ? join(appOutDir, 'Electron.app', 'Contents', 'Resources')
    : join(appOutDir, 'resources');
}

/**
 * The `afterExtract` hook: removes Electron's default app. electron-builder drops it from
 * the Electron it downloads, but keeps every file of an unpacked `electronDist` (which
 * `npm run dist` uses), and a release has no use for a second app that opens any URL.
 */
export async function afterExtract(context: FuseContext): Promise<void> {
  await rm(join(resourcesDir(context), 'default_app.asar'), { force: true });
}

/** The `afterPack` hook: flips the fuses in the binary electron-builder just packed. */
export async function afterPack(context: FuseContext): Promise<void> {
  await flipFuses(electronBinaryPath(context), fuseConfigFor(context));
}
