import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  atomicWriteOps,
  tempPathFor,
  writeFileAtomic,
} from '../../../../../electron/main/files/atomic-write';
import { readErrorMessage, writeErrorMessage } from '../../../../../electron/main/files/fs-errors';

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shortlist-atomic-'));
  target = join(dir, 'role.md');
});

const systemError = (code: string): Error => Object.assign(new Error(`${code}: fake`), { code });

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file', async () => {
    await writeFileAtomic(target, '# Role\n');
    expect(await readFile(target, 'utf8')).toBe('# Role\n');
    expect(await readdir(dir)).toEqual(['role.md']);
  });

  it('replaces an existing file, keeping its permissions', async () => {
    await writeFile(target, 'old', { mode: 0o600 });
    await writeFileAtomic(target, 'new ✓');
    expect(await readFile(target, 'utf8')).toBe('new ✓');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['role.md']);
  });

  it('puts the temporary file next to the target, hidden and unique', () => {
    const a = tempPathFor(target);
    const b = tempPathFor(target);
    expect(a).not.toBe(b);
    expect(a.startsWith(join(dir, '.role.md.'))).toBe(true);
    expect(a.endsWith('.tmp')).toBe(true);
  });

  it('leaves the old file intact and no temp file when the disk fills mid-write', async () => {
    await writeFile(target, 'the old, complete file');
    const ops = {
      ...atomicWriteOps,
      // Half the content reaches the disk, then ENOSPC.
      async writeTemp(path: string, content: string, mode: number) {
        await writeFile(path, content.slice(0, content.length / 2), { mode });
        throw systemError('ENOSPC');
      },
    };
    await expect(writeFileAtomic(target, 'x'.repeat(1000), ops)).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(await readFile(target, 'utf8')).toBe('the old, complete file');
    expect(await readdir(dir)).toEqual(['role.md']);
  });

  it('leaves the old file intact and no temp file when the rename fails', async () => {
    await writeFile(target, 'the old, complete file');
    const ops = {
      ...atomicWriteOps,
      rename: () => Promise.reject(systemError('EACCES')),
    };
    await expect(writeFileAtomic(target, 'new', ops)).rejects.toMatchObject({ code: 'EACCES' });
    expect(await readFile(target, 'utf8')).toBe('the old, complete file');
    expect(await readdir(dir)).toEqual(['role.md']);
  });

  it('never clobbers an existing temp-named file (exclusive create)', async () => {
    const squatter = join(dir, '.role.md.fixed.tmp');
    await writeFile(squatter, 'not ours');
    const ops = { ...atomicWriteOps };
    const error = await writeFileAtomic(target, 'new', {
      ...ops,
      writeTemp: (_path, content, mode) => ops.writeTemp(squatter, content, mode),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'EEXIST' });
    expect(await readFile(squatter, 'utf8')).toBe('not ours');
  });

  it('fails into a folder that does not exist, creating nothing', async () => {
    const missing = join(dir, 'gone', 'role.md');
    await expect(writeFileAtomic(missing, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not fail when only the folder sync fails', async () => {
    const ops = { ...atomicWriteOps, syncFolder: () => Promise.reject(systemError('EINVAL')) };
    await writeFileAtomic(target, 'ok', ops);
    expect(await readFile(target, 'utf8')).toBe('ok');
  });
});

describe('file error messages', () => {
  const path = '/home/ana/Documents/role.md';

  it.each([
    ['ENOSPC', /disk is full/],
    ['EACCES', /not allowed to write in “\/home\/ana\/Documents”/],
    ['EPERM', /not allowed to write/],
    ['EROFS', /read-only disk/],
    ['ENOENT', /no longer exists/],
  ])('explains %s in words', (code, expected) => {
    const message = writeErrorMessage(systemError(code), path);
    expect(message).toMatch(/^“role\.md” could not be saved/);
    expect(message).toMatch(expected);
    expect(message).not.toContain(code);
  });

  it('has a fallback for anything else, thrown or not', () => {
    expect(writeErrorMessage(new Error('weird'), path)).toMatch(/could not be saved\. Try again/);
    expect(writeErrorMessage('a string', path)).toMatch(/could not be saved/);
    expect(readErrorMessage(null, path)).toMatch(/could not be read/);
    expect(readErrorMessage(systemError('EACCES'), path)).toMatch(/not allowed to read/);
  });
});
