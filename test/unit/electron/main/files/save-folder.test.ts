import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule, fake, resetElectronMock } from '../../electron-mock';

vi.mock('electron', async () => (await import('../../electron-mock')).electronModule);

const { resolveInside, saveFolder } =
  await import('../../../../../electron/main/files/save-folder');
const { atomicWriteOps } = await import('../../../../../electron/main/files/atomic-write');
const { readLastFolder } = await import('../../../../../electron/main/files/last-folder');

const { dialog } = electronModule;
let parentDir: string;

beforeEach(async () => {
  resetElectronMock();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  parentDir = await mkdtemp(join(tmpdir(), 'shortlist-folder-'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

function userPicksFolder(path: string): void {
  dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
}
function userAnswers(response: number): void {
  dialog.showMessageBox.mockResolvedValueOnce({ response, checkboxChecked: false });
}

const request = {
  suggestedName: 'Shortlist roles',
  files: [
    { name: 'index.md', content: '# Roles\n' },
    { name: 'Acme - Engineer.md', content: '# Acme\n' },
  ],
};
const folder = () => join(parentDir, 'Shortlist roles');

describe('file:save-folder', () => {
  it('asks for a parent folder and creates the named folder in it', async () => {
    userPicksFolder(parentDir);
    expect(await saveFolder(request, null)).toEqual({
      ok: true,
      value: { status: 'saved', path: folder() },
    });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith({
      title: 'Choose where to put the exported folder',
      buttonLabel: 'Export Here',
      defaultPath: fake.app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    });
    expect((await readdir(folder())).sort()).toEqual(['Acme - Engineer.md', 'index.md']);
    expect(await readFile(join(folder(), 'index.md'), 'utf8')).toBe('# Roles\n');
    expect(await readLastFolder()).toBe(parentDir);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('returns cancelled and creates nothing when the dialog is cancelled', async () => {
    expect(await saveFolder(request, null)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await readdir(parentDir)).toEqual([]);
  });

  it('creates a parent folder the user typed (promptToCreate)', async () => {
    userPicksFolder(join(parentDir, 'new', 'exports'));
    expect(await saveFolder(request, null)).toMatchObject({
      value: { path: join(parentDir, 'new', 'exports', 'Shortlist roles') },
    });
  });

  describe('when the folder exists', () => {
    beforeEach(async () => {
      await mkdir(folder());
      await writeFile(join(folder(), 'index.md'), 'old index');
      await writeFile(join(folder(), 'mine.txt'), 'not Shortlist’s');
    });

    it('asks Replace / Keep Both / Cancel, and Cancel changes nothing', async () => {
      userPicksFolder(parentDir);
      userAnswers(2);
      expect(await saveFolder(request, null)).toEqual({
        ok: true,
        value: { status: 'cancelled' },
      });
      expect(dialog.showMessageBox).toHaveBeenCalledWith(
        expect.objectContaining({
          message: 'Replace files in “Shortlist roles”?',
          buttons: ['Replace', 'Keep Both', 'Cancel'],
          cancelId: 2,
        }),
      );
      expect((await readdir(folder())).sort()).toEqual(['index.md', 'mine.txt']);
      expect(await readFile(join(folder(), 'index.md'), 'utf8')).toBe('old index');
      expect(await readdir(parentDir)).toEqual(['Shortlist roles']);
    });

    it('Keep Both writes a new "<name> 2" folder and leaves the old one alone', async () => {
      userPicksFolder(parentDir);
      userAnswers(1);
      const second = join(parentDir, 'Shortlist roles 2');
      expect(await saveFolder(request, null)).toMatchObject({ value: { path: second } });
      expect(await readFile(join(folder(), 'index.md'), 'utf8')).toBe('old index');
      expect(await readFile(join(second, 'index.md'), 'utf8')).toBe('# Roles\n');
    });

    it('Keep Both skips numbers already taken', async () => {
      await mkdir(join(parentDir, 'Shortlist roles 2'));
      userPicksFolder(parentDir);
      userAnswers(1);
      expect(await saveFolder(request, null)).toMatchObject({
        value: { path: join(parentDir, 'Shortlist roles 3') },
      });
      expect(await readdir(join(parentDir, 'Shortlist roles 2'))).toEqual([]);
    });

    it('Replace overwrites same-named files only', async () => {
      userPicksFolder(parentDir);
      userAnswers(0);
      expect(await saveFolder(request, null)).toMatchObject({ value: { path: folder() } });
      expect(await readFile(join(folder(), 'index.md'), 'utf8')).toBe('# Roles\n');
      expect(await readFile(join(folder(), 'mine.txt'), 'utf8')).toBe('not Shortlist’s');
    });
  });

  it('a file in the way gets a numbered folder without asking', async () => {
    await writeFile(folder(), 'a file, not a folder');
    userPicksFolder(parentDir);
    expect(await saveFolder(request, null)).toMatchObject({
      value: { path: join(parentDir, 'Shortlist roles 2') },
    });
    expect(await readFile(folder(), 'utf8')).toBe('a file, not a folder');
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('refuses a file name that would land outside the folder, writing nothing', async () => {
    userPicksFolder(parentDir);
    // The schema refuses this first; the handler must not rely on that alone.
    const hostile = {
      ...request,
      files: [...request.files, { name: '../escape.md', content: 'x' }],
    };
    const result = await saveFolder(hostile, null);
    expect(result).toMatchObject({ ok: false });
    expect(await readdir(parentDir)).toEqual([]);
  });

  it('removes a new folder again when a write fails, and says why', async () => {
    userPicksFolder(parentDir);
    const realRename = atomicWriteOps.rename;
    // The first file is written, the second hits a full disk.
    vi.spyOn(atomicWriteOps, 'rename')
      .mockImplementationOnce(realRename)
      .mockRejectedValueOnce(Object.assign(new Error('full'), { code: 'ENOSPC' }));
    const result = await saveFolder(request, null);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/disk is full.*Nothing was exported/);
    expect(atomicWriteOps.rename).toHaveBeenCalledTimes(2);
    expect(await readdir(parentDir)).toEqual([]);
  });
});

describe('resolveInside', () => {
  it.each(['../x.md', '..', '.', 'a/b.md', '/etc/passwd', 'sub/../../x'])('refuses %j', (name) => {
    expect(resolveInside('/home/ana/export', name)).toBeNull();
  });

  it('accepts a plain name', () => {
    expect(resolveInside('/home/ana/export', 'Acme - Engineer.md')).toBe(
      '/home/ana/export/Acme - Engineer.md',
    );
  });
});
