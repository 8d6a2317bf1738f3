import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  briefFileName,
  calendarFileName,
  exportFolderName,
  roleFileName,
} from '../../../../shared/export/file-names';
import { seededExport } from './seeded-role';

const { role, stages } = seededExport();
const named = (title: string, company = '') => ({ ...role, title, company });
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/iu;

describe('export file names', () => {
  it('are readable slugs of title and company', () => {
    expect(roleFileName(named('Engineering Manager', 'Ubuntu Pro'))).toBe(
      'engineering-manager-ubuntu-pro.md',
    );
    expect(roleFileName(named('C++ / Rust: Lead!!', 'Acme, Inc.'))).toBe('c-rust-lead-acme-inc.md');
    expect(roleFileName(named('   ', ''))).toBe('role.md');
  });

  it('stay the same for the same role and de-duplicate against taken names', () => {
    const taken = new Set<string>(['index.md']);
    const a = named('Lead', 'X');
    expect(roleFileName(a)).toBe(roleFileName(a));
    expect([roleFileName(a, taken), roleFileName(a, taken), roleFileName(a, taken)]).toEqual([
      'lead-x.md',
      'lead-x-2.md',
      'lead-x-3.md',
    ]);
    expect(roleFileName(named('Index'), taken)).toBe('index-2.md');
  });

  it('avoid Windows device names', () => {
    expect(roleFileName(named('CON'))).toBe('con-role.md');
    expect(roleFileName(named('lpt1'))).toBe('lpt1-role.md');
    expect(calendarFileName('nul')).toBe('nul-interviews.ics');
  });

  it('are safe and short for any title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 80 }), (title, company) => {
        const taken = new Set<string>();
        roleFileName(named(title, company), taken);
        const name = roleFileName(named(title, company), taken);
        expect(name).toMatch(/\.md$/u);
        // eslint-disable-next-line no-control-regex -- control characters are what is checked for
        expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/u);
        expect(name).not.toMatch(WINDOWS_RESERVED);
        expect(name).not.toMatch(/^[-.]|[-. ]\.md$/u);
        expect(Array.from(name).length).toBeLessThanOrEqual(100);
        expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(200);
        expect(name).toMatch(/-2\.md$/u);
      }),
    );
  });

  it('cut long titles at a character boundary', () => {
    const name = roleFileName(named('ロール'.repeat(100)));
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(200);
    expect(name).toMatch(/^(ロール)+ロ?ー?\.md$/u);
  });

  it('name briefs, calendars and the export folder', () => {
    const [, technical] = stages;
    if (!technical) throw new Error('no stage');
    expect(briefFileName(role, technical)).toBe(
      'brief-technical-interview-engineering-manager-lxd-canonical.md',
    );
    expect(calendarFileName('Technical interview')).toBe('technical-interview.ics');
    expect(calendarFileName('')).toBe('interviews.ics');
    // 23:30 UTC on 1 Dec is already 2 Dec in Tokyo.
    const at = Date.UTC(2026, 11, 1, 23, 30);
    expect(exportFolderName(at, 'Europe/London')).toBe('Shortlist roles 2026-12-01');
    expect(exportFolderName(at, 'Asia/Tokyo')).toBe('Shortlist roles 2026-12-02');
  });
});
