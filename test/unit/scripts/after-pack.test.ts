import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Arch } from 'electron-builder';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { afterPack, type FuseContext } from '../../../scripts/after-pack';

vi.mock('@electron/fuses', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@electron/fuses')>()),
  flipFuses: vi.fn(() => Promise.resolve(1)),
}));
const { flipFuses } = await import('@electron/fuses');

/** The fuse list, written out by name: the afterPack module must write exactly it. */
const EXPECTED_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

function context(electronPlatformName: string, arch: Arch): FuseContext {
  return {
    appOutDir: '/dist/unpacked',
    electronPlatformName,
    arch,
    packager: {
      appInfo: { productFilename: 'Shortlist' },
      ...(electronPlatformName === 'linux' ? { executableName: 'shortlist' } : {}),
    },
  };
}

describe('afterPack', () => {
  beforeEach(() => {
    vi.mocked(flipFuses).mockClear();
  });

  it.each([
    ['linux', Arch.x64, '/dist/unpacked/shortlist', false],
    ['win32', Arch.x64, '/dist/unpacked/Shortlist.exe', false],
    ['darwin', Arch.x64, '/dist/unpacked/Shortlist.app', false],
    ['darwin', Arch.arm64, '/dist/unpacked/Shortlist.app', true],
    ['mas', Arch.arm64, '/dist/unpacked/Shortlist.app', false],
  ])('%s %s: flips exactly the issue’s fuses in %s', async (platform, arch, path, resign) => {
    await afterPack(context(platform, arch));

    expect(flipFuses).toHaveBeenCalledTimes(1);
    const [target, config] = vi.mocked(flipFuses).mock.calls[0] ?? [];
    expect(target).toBe(path);
    // toStrictEqual: no fuse more, none fewer, none left undefined.
    expect(config).toStrictEqual({ ...EXPECTED_FUSES, resetAdHocDarwinSignature: resign });
    expect(Object.keys(config ?? {}).sort()).toEqual(
      ['0', '1', '2', '3', '4', '5', '7', 'resetAdHocDarwinSignature', 'version'].sort(),
    );
  });

  it('leaves LoadBrowserProcessSpecificV8Snapshot and WasmTrapHandlers as Electron ships them', async () => {
    await afterPack(context('linux', Arch.x64));
    const config = vi.mocked(flipFuses).mock.calls[0]?.[1] as Record<number, unknown>;
    expect(config[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBeUndefined();
    expect(config[FuseV1Options.WasmTrapHandlers]).toBeUndefined();
  });

  it('fails the packaging when the fuses cannot be written', async () => {
    vi.mocked(flipFuses).mockRejectedValueOnce(new Error('Could not find sentinel'));
    await expect(afterPack(context('linux', Arch.x64))).rejects.toThrow('sentinel');
  });
});
