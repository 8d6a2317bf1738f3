import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule, resetElectronMock } from '../../electron-mock';

vi.mock('electron', async () => (await import('../../electron-mock')).electronModule);

const { abortFolder, abortFoldersOf, beginFolder, finishFolder, writeFolder } =
  await import('../../../../../electron/main/files/folder-stream');
const { atomicWriteOps } = await import('../../../../../electron/main/files/atomic-write');

const { dialog } = electronModule;
const owner = { id: 1 };
let parentDir: string;
const folder = () => join(parentDir, 'Shortlist roles');

beforeEach(async () => {
  resetElectronMock();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  parentDir = await mkdtemp(join(tmpdir(), 'shortlist-stream-'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

function userPicksFolder(): void {
  dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [parentDir] });
}

/** Opens an export in `parentDir` and returns its token. */
async function begin(): Promise<string> {
  userPicksFolder();
  const begun = await beginFolder('Shortlist roles', null, owner);
  if (!begun.ok || begun.value.status !== 'opened') throw new Error('not opened');
  return begun.value.token;
}

const file = (name: string, content = `# ${name}\n`) => ({ name, content });

describe('a folder export written batch by batch', () => {
  it('keeps the files out of the folder until finished, then moves them all in', async () => {
    const token = await begin();
    expect(await writeFolder({ token, files: [file('a.md'), file('b.md')] }, owner)).toEqual({
      ok: true,
      value: null,
    });
    expect(await writeFolder({ token, files: [file('index.md')] }, owner)).toMatchObject({
      ok: true,
    });
    // Written so far, but only in the hidden staging folder.
    expect(await readdir(folder())).toEqual([]);
    expect(await finishFolder(token, owner)).toEqual({
      ok: true,
      value: { status: 'saved', path: folder() },
    });
    expect((await readdir(folder())).sort()).toEqual(['a.md', 'b.md', 'index.md']);
    expect(await readFile(join(folder(), 'a.md'), 'utf8')).toBe('# a.md\n');
    // Nothing else is left beside it.
    expect(await readdir(parentDir)).toEqual(['Shortlist roles']);
  });

  it('cancelled in the dialog, opens nothing and creates nothing', async () => {
    expect(await beginFolder('Shortlist roles', null, owner)).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(await readdir(parentDir)).toEqual([]);
  });

  it('given up, leaves no file and no folder behind', async () => {
    const token = await begin();
    await writeFolder({ token, files: [file('a.md')] }, owner);
    expect(await abortFolder(token, owner)).toEqual({ ok: true, value: null });
    expect(await readdir(parentDir)).toEqual([]);
    // The token is spent.
    expect(await writeFolder({ token, files: [file('b.md')] }, owner)).toMatchObject({
      ok: false,
    });
    expect(await finishFolder(token, owner)).toMatchObject({ ok: false });
  });

  it('given up after Replace, leaves the existing folder exactly as it was', async () => {
    await mkdir(folder());
    await writeFile(join(folder(), 'a.md'), 'old a');
    userPicksFolder();
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    const begun = await beginFolder('Shortlist roles', null, owner);
    if (!begun.ok || begun.value.status !== 'opened') throw new Error('not opened');
    const { token } = begun.value;
    await writeFolder({ token, files: [file('a.md', 'new a'), file('b.md')] }, owner);
    expect(await readFile(join(folder(), 'a.md'), 'utf8')).toBe('old a');
    await abortFolder(token, owner);
    expect(await readdir(parentDir)).toEqual(['Shortlist roles']);
    expect(await readdir(folder())).toEqual(['a.md']);
    expect(await readFile(join(folder(), 'a.md'), 'utf8')).toBe('old a');
  });

  it('a failed write gives the whole export up, saying nothing was exported', async () => {
    const token = await begin();
    await writeFolder({ token, files: [file('a.md')] }, owner);
    vi.spyOn(atomicWriteOps, 'writeTemp').mockRejectedValueOnce(
      Object.assign(new Error('no space'), { code: 'ENOSPC' }),
    );
    const failed = await writeFolder({ token, files: [file('b.md')] }, owner);
    expect(failed).toMatchObject({ ok: false });
    expect(failed.ok ? '' : failed.error).toMatch(/Nothing was exported\.$/u);
    expect(await readdir(parentDir)).toEqual([]);
  });

  it('refuses a name written twice (in any case) and gives the export up', async () => {
    const token = await begin();
    await writeFolder({ token, files: [file('a.md')] }, owner);
    expect(await writeFolder({ token, files: [file('A.md')] }, owner)).toMatchObject({
      ok: false,
    });
    expect(await readdir(parentDir)).toEqual([]);
  });

  it('only the window that opened an export can write, finish or give it up', async () => {
    const token = await begin();
    const stranger = { id: 2 };
    expect(await writeFolder({ token, files: [file('a.md')] }, stranger)).toMatchObject({
      ok: false,
    });
    expect(await finishFolder(token, stranger)).toMatchObject({ ok: false });
    await abortFolder(token, stranger);
    expect(await writeFolder({ token, files: [file('a.md')] }, owner)).toMatchObject({ ok: true });
  });

  it('a window that goes away gives up its open exports', async () => {
    const token = await begin();
    await writeFolder({ token, files: [file('a.md')] }, owner);
    await abortFoldersOf(owner);
    expect(await readdir(parentDir)).toEqual([]);
  });
});
