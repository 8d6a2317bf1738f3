import { describe, expect, it } from 'vitest';
import {
  MAX_FOLDER_FILES,
  MAX_FOLDER_TEXT_CHARS,
  fileName,
  requestSchemas,
} from '../../../../shared/ipc/schemas';

describe('IPC file names', () => {
  it.each([
    'con',
    'CON.md',
    'con .md',
    'con  . .txt',
    'nul.tar.gz',
    'CONIN$',
    'conin$.md',
    'CONOUT$.txt',
    'clock$',
    'Clock$.md',
    'com1 .md',
    'lpt9',
  ])('refuses the Windows device name %j', (name) => {
    expect(fileName.safeParse(name).success).toBe(false);
  });

  it.each([
    ['RLO', 'evil\u202Edm.exe'],
    ['LRE', 'a\u202Ab.md'],
    ['PDF', 'a\u202Cb.md'],
    ['LRI', 'a\u2066b.md'],
    ['PDI', 'a\u2069b.md'],
    ['RLM', 'a\u200Fb.md'],
  ])('refuses a bidirectional control (%s)', (_label, name) => {
    const result = fileName.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/text-direction/u);
  });

  it('keeps ordinary names, device-like words included', () => {
    for (const name of ['console.md', 'conference notes.md', 'com10.md', 'clock.md', 'Résumé.md']) {
      expect(fileName.safeParse(name).success, name).toBe(true);
    }
  });

  it('normalizes names to NFC, so a folder cannot hold two spellings of one name', () => {
    const decomposed = 'Re\u0301sume\u0301.md';
    expect(fileName.parse(decomposed)).toBe('Résumé.md');
    const folder = requestSchemas['file:save-folder'].safeParse({
      suggestedName: 'roles',
      files: [
        { name: 'Résumé.md', content: 'a' },
        { name: decomposed, content: 'b' },
      ],
    });
    expect(folder.success).toBe(false);
    expect(folder.error?.issues[0]?.message).toBe('File names must be unique.');
  });
});

describe('file:save-folder limits', () => {
  const schema = requestSchemas['file:save-folder'];

  it('caps the number of files with a clear message', () => {
    const files = Array.from({ length: MAX_FOLDER_FILES + 1 }, (_, i) => ({
      name: `f${String(i)}.md`,
      content: '',
    }));
    const result = schema.safeParse({ suggestedName: 'roles', files });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('An export can hold at most 10,000 files.');
    expect(schema.safeParse({ suggestedName: 'roles', files: files.slice(1) }).success).toBe(true);
  });

  it('caps the total size of all files with a clear message', () => {
    const half = 'x'.repeat(MAX_FOLDER_TEXT_CHARS / 2);
    const files = [
      { name: 'a.md', content: half },
      { name: 'b.md', content: half },
      { name: 'c.md', content: 'one more' },
    ];
    const result = schema.safeParse({ suggestedName: 'roles', files });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^An export can hold at most 512 MB of text/u);
    expect(schema.safeParse({ suggestedName: 'roles', files: files.slice(0, 2) }).success).toBe(
      true,
    );
  });
});
