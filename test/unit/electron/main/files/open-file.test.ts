import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule, fake, resetElectronMock } from '../../electron-mock';

vi.mock('electron', async () => (await import('../../electron-mock')).electronModule);

const { openFile, stripBom } = await import('../../../../../electron/main/files/open-file');
const { readLastFolder } = await import('../../../../../electron/main/files/last-folder');

const { dialog } = electronModule;
let dir: string;

/** Whether this system can make a FIFO (Linux and macOS can; Windows cannot). */
function canMakeFifo(): boolean {
  const probe = join(tmpdir(), `shortlist-fifo-probe-${String(process.pid)}`);
  try {
    execFileSync('mkfifo', [probe], { stdio: 'ignore' });
    rmSync(probe);
    return true;
  } catch {
    return false;
  }
}
const HAS_MKFIFO = canMakeFifo();
if (!HAS_MKFIFO) console.warn('Skipping the FIFO test: mkfifo is not available here.');

beforeEach(async () => {
  resetElectronMock();
  dir = await mkdtemp(join(tmpdir(), 'shortlist-open-'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

function userPicks(path: string): void {
  dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
}

describe('file:open', () => {
  it('returns cancelled when the dialog is cancelled', async () => {
    expect(await openFile('posting', null)).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it.each([
    ['backup', ['json']],
    ['posting', ['txt', 'md', 'markdown', 'html', 'htm']],
  ] as const)('filters a %s dialog by its extensions', async (kind, extensions) => {
    await openFile(kind, null);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: fake.app.getPath('documents'),
        filters: [
          expect.objectContaining({ extensions }),
          { name: 'All Files', extensions: ['*'] },
        ],
        properties: ['openFile'],
      }),
    );
  });

  it('reads the chosen file as UTF-8 with its name and size, and remembers the folder', async () => {
    const path = join(dir, 'posting.md');
    const text = 'Senior Engineer — Zürich\n';
    await writeFile(path, text);
    userPicks(path);
    expect(await openFile('posting', null)).toEqual({
      ok: true,
      value: {
        status: 'opened',
        file: { name: 'posting.md', content: text, size: Buffer.byteLength(text) },
      },
    });
    expect(await readLastFolder()).toBe(dir);
  });

  it('strips a byte-order mark', async () => {
    const path = join(dir, 'backup.json');
    await writeFile(path, '\uFEFF{"a":1}');
    userPicks(path);
    const result = await openFile('backup', null);
    expect(result).toMatchObject({ value: { file: { content: '{"a":1}', size: 10 } } });
    expect(stripBom('\uFEFF\uFEFFx')).toBe('\uFEFFx');
    expect(stripBom('x\uFEFF')).toBe('x\uFEFF');
  });

  it('refuses a posting over 2 MB before reading it', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, 2 * 1024 * 1024 + 1);
    userPicks(path);
    const result = await openFile('posting', null);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok)
      expect(result.error).toMatch(/“huge\.txt” is too large for a posting.*limit is 2 MB/);
  });

  it('accepts a posting of exactly 2 MB', async () => {
    const path = join(dir, 'big.txt');
    await writeFile(path, '');
    await truncate(path, 2 * 1024 * 1024);
    userPicks(path);
    expect(await openFile('posting', null)).toMatchObject({ ok: true });
  });

  it('refuses a backup over 256 MB (a sparse file: nothing is read)', async () => {
    const path = join(dir, 'huge.json');
    await writeFile(path, '');
    await truncate(path, 256 * 1024 * 1024 + 1);
    userPicks(path);
    const result = await openFile('backup', null);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/too large for a backup.*limit is 256 MB/);
  });

  it.runIf(HAS_MKFIFO)(
    'refuses a FIFO without opening it (opening would wait for a writer forever)',
    async () => {
      const path = join(dir, 'pipe.json');
      execFileSync('mkfifo', [path]);
      userPicks(path);
      const result = await openFile('backup', null);
      expect(result).toEqual({ ok: false, error: '“pipe.json” is not a file.' });
    },
    5000,
  );

  it('refuses a folder and a missing file with a message', async () => {
    userPicks(dir);
    expect(await openFile('backup', null)).toMatchObject({ ok: false });
    userPicks(join(dir, 'gone.json'));
    const result = await openFile('backup', null);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/no longer exists/);
  });
});
