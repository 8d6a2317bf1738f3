import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule, fake, resetElectronMock } from '../../electron-mock';

vi.mock('electron', async () => (await import('../../electron-mock')).electronModule);

const { saveFile } = await import('../../../../../electron/main/files/save-file');
const { atomicWriteOps } = await import('../../../../../electron/main/files/atomic-write');
const { lastFolderFile, readLastFolder } =
  await import('../../../../../electron/main/files/last-folder');

const { dialog } = electronModule;
let dir: string;

beforeEach(async () => {
  resetElectronMock();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  dir = await mkdtemp(join(tmpdir(), 'shortlist-save-'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The user picks `path` in the save dialog. */
function userPicks(path: string): void {
  dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
}

const request = {
  kind: 'markdown' as const,
  suggestedName: 'Acme - Engineer.md',
  content: '# A\n',
};

describe('file:save', () => {
  it('returns cancelled and writes nothing when the dialog is cancelled', async () => {
    expect(await saveFile(request, null)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('shows a titled, filtered dialog in Documents with the suggested name', async () => {
    await saveFile({ ...request, kind: 'calendar', suggestedName: 'interviews' }, null);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({
      title: 'Export to Calendar',
      defaultPath: join(fake.app.getPath('documents'), 'interviews.ics'),
      filters: [{ name: 'Calendar (iCalendar)', extensions: ['ics'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
  });

  it('saves contacts as a .vcf file with its own title and filter', async () => {
    await saveFile({ ...request, kind: 'vcard', suggestedName: 'ada-lovelace.vcf' }, null);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({
      title: 'Export Contacts',
      defaultPath: join(fake.app.getPath('documents'), 'ada-lovelace.vcf'),
      filters: [{ name: 'Contacts (vCard)', extensions: ['vcf'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
  });

  it('parents the dialog on the window that asked', async () => {
    const parent = new electronModule.BrowserWindow({});
    await saveFile(request, parent as unknown as Electron.BrowserWindow);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(parent, expect.any(Object));
  });

  it('writes exactly where the user chose and remembers the folder', async () => {
    const path = join(dir, 'chosen.md');
    userPicks(path);
    expect(await saveFile(request, null)).toEqual({ ok: true, value: { status: 'saved', path } });
    expect(await readFile(path, 'utf8')).toBe('# A\n');
    expect(await readdir(dir)).toEqual(['chosen.md']);
    expect(await readLastFolder()).toBe(dir);
    // The next dialog starts there.
    await saveFile(request, null);
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ defaultPath: join(dir, 'Acme - Engineer.md') }),
    );
  });

  it('appends the extension the user removed', async () => {
    userPicks(join(dir, 'notes'));
    const result = await saveFile({ ...request, kind: 'backup', content: '{}' }, null);
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: join(dir, 'notes.json') } });
    expect(await readdir(dir)).toEqual(['notes.json']);
  });

  it('keeps an extension typed in another case', async () => {
    userPicks(join(dir, 'Role.MD'));
    expect(await saveFile(request, null)).toMatchObject({ value: { path: join(dir, 'Role.MD') } });
  });

  it('asks before replacing a file the new extension collides with; Cancel keeps it', async () => {
    await writeFile(join(dir, 'notes.md'), 'precious');
    userPicks(join(dir, 'notes'));
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await saveFile(request, null)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: '“notes.md” already exists. Replace it?',
        buttons: ['Replace', 'Cancel'],
        cancelId: 1,
        defaultId: 1,
      }),
    );
    expect(await readFile(join(dir, 'notes.md'), 'utf8')).toBe('precious');
  });

  it('replaces that file only when the user says Replace', async () => {
    await writeFile(join(dir, 'notes.md'), 'old');
    userPicks(join(dir, 'notes'));
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(await saveFile(request, null)).toMatchObject({ value: { status: 'saved' } });
    expect(await readFile(join(dir, 'notes.md'), 'utf8')).toBe('# A\n');
  });

  it('does not ask again when the dialog itself confirmed the overwrite', async () => {
    await writeFile(join(dir, 'notes.md'), 'old');
    userPicks(join(dir, 'notes.md'));
    expect(await saveFile(request, null)).toMatchObject({ value: { status: 'saved' } });
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('refuses a relative path from the dialog', async () => {
    userPicks('relative/notes.md');
    expect(await saveFile(request, null)).toMatchObject({ ok: false });
  });

  it.each([
    ['ENOSPC', /disk is full/],
    ['EACCES', /not allowed to write/],
    ['EROFS', /read-only/],
  ])('reports %s clearly, the old file intact, no temp file left', async (code, message) => {
    await writeFile(join(dir, 'role.md'), 'old');
    userPicks(join(dir, 'role.md'));
    vi.spyOn(atomicWriteOps, 'rename').mockRejectedValueOnce(
      Object.assign(new Error(code), { code }),
    );
    const result = await saveFile(request, null);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await readFile(join(dir, 'role.md'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['role.md']);
    // A failed save does not move the remembered folder.
    expect(await readLastFolder()).toBe(fake.app.getPath('documents'));
  });
});

describe('the remembered folder', () => {
  it.each([
    ['not JSON', '{"version":1,"folder":'],
    ['the wrong shape', '{"version":2,"folder":"/tmp"}'],
    ['a relative folder', '{"version":1,"folder":"Documents"}'],
    ['a folder that is gone', '{"version":1,"folder":"/no/such/folder/anywhere"}'],
    ['a hostile object', '{"__proto__":{"folder":"/etc"},"version":1}'],
  ])('falls back to Documents when the file holds %s', async (_label, text) => {
    await writeFile(lastFolderFile(), text);
    expect(await readLastFolder()).toBe(fake.app.getPath('documents'));
  });

  it('falls back to Documents on first launch', async () => {
    expect(await readLastFolder()).toBe(fake.app.getPath('documents'));
  });
});
