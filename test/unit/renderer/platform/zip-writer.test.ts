import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createZipWriter } from '../../../../renderer/src/platform/zip-writer';

describe('the browser’s zip writer', () => {
  it('zips each batch as it comes and downloads one .zip when finished', async () => {
    const saved: { zip: Blob; name: string }[] = [];
    const writer = createZipWriter('Shortlist roles', (zip, name) => saved.push({ zip, name }));
    expect(await writer.write([{ name: 'a.md', content: '# A ☃\n' }])).toEqual({
      ok: true,
      value: null,
    });
    await writer.write([
      { name: 'b.md', content: '# B\n'.repeat(1000) },
      { name: 'index.md', content: '# Index\n' },
    ]);
    expect(saved).toEqual([]);
    expect(await writer.finish()).toEqual({
      ok: true,
      value: { status: 'saved', path: 'Shortlist roles.zip' },
    });
    expect(saved.map((item) => item.name)).toEqual(['Shortlist roles.zip']);
    const entries = unzipSync(new Uint8Array(await (saved[0]?.zip ?? new Blob()).arrayBuffer()));
    expect(Object.keys(entries)).toEqual([
      'Shortlist roles/a.md',
      'Shortlist roles/b.md',
      'Shortlist roles/index.md',
    ]);
    expect(strFromU8(entries['Shortlist roles/a.md'] ?? new Uint8Array())).toBe('# A ☃\n');
    expect(strFromU8(entries['Shortlist roles/b.md'] ?? new Uint8Array())).toBe(
      '# B\n'.repeat(1000),
    );
  });

  it('given up, downloads nothing and takes no more files', async () => {
    const saved: string[] = [];
    const writer = createZipWriter('roles', (_zip, name) => saved.push(name));
    await writer.write([{ name: 'a.md', content: 'a' }]);
    await writer.abort();
    expect(await writer.write([{ name: 'b.md', content: 'b' }])).toMatchObject({ ok: false });
    expect(await writer.finish()).toMatchObject({ ok: false });
    expect(saved).toEqual([]);
  });
});
