import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../scripts/parse-posting';
import type { CliIo, PostingReport } from '../../../../scripts/parse-posting';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Runs `main` with captured output and real file reads. */
function run(argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => readFileSync(new URL(path, `file://${root}`), 'utf8'),
  };
  const code = main(argv, io);
  return { code, stdout, stderr };
}

describe('parse-posting main()', () => {
  it('prints one JSON array with an object per file, in argument order', () => {
    const { code, stdout, stderr } = run([
      'seeds/004_61980487fae0b1e4.txt',
      'seeds/001_dfa62d79bcfee1ee.txt',
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const reports = JSON.parse(stdout) as PostingReport[];
    expect(reports.map((r) => r.file)).toEqual([
      'seeds/004_61980487fae0b1e4.txt',
      'seeds/001_dfa62d79bcfee1ee.txt',
    ]);
    expect(reports.map((r) => r.title)).toEqual([
      'Engineering Manager - MLOps & Analytics',
      'Linux Server Software Engineering Manager',
    ]);
    const first = reports[0];
    expect(Object.keys(first ?? {})).toEqual([
      'file',
      'title',
      'company',
      'team',
      'location',
      'sourceUrl',
      'responsibilities',
      'requirements',
      'possibleRequirements',
      'sections',
    ]);
    expect(first?.responsibilities).toHaveLength(9);
    expect(first?.requirements.find((r) => r.source === 'list')).toMatchObject({
      text: 'A proven track record of professional experience of software delivery',
      kind: 'required',
    });
  });

  it('names each unreadable file and the reason on stderr, prints nothing, exits 1', () => {
    const { code, stdout, stderr } = run([
      'seeds/001_dfa62d79bcfee1ee.txt',
      'seeds/missing.txt',
      'seeds',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'parse-posting: cannot read seeds/missing.txt: no such file\n' +
        'parse-posting: cannot read seeds: is a directory\n',
    );
  });

  it('prints usage and exits 2 without arguments', () => {
    const { code, stdout, stderr } = run([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^usage: parse-posting FILE\.\.\./);
  });

  it('accepts a leading "--" separator', () => {
    const { code, stdout } = run(['--', 'seeds/000_0c6a167acd6ab0e4.txt']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as PostingReport[]).map((r) => r.company)).toEqual(['Canonical']);
  });
});

describe('parse-posting as a process', () => {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const spawn = (args: string[]) =>
    spawnSync(process.execPath, [tsx, 'scripts/parse-posting.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  it('prints the array for the seeds on stdout', () => {
    const result = spawn(['seeds/002_f97417a821afd7d2.txt', 'seeds/003_9fd662947349757c.txt']);
    expect(result.status).toBe(0);
    const reports = JSON.parse(result.stdout) as PostingReport[];
    expect(reports.map((r) => [r.file, r.requirements.length])).toEqual([
      ['seeds/002_f97417a821afd7d2.txt', 22],
      ['seeds/003_9fd662947349757c.txt', 12],
    ]);
  }, 30_000);

  it('exits non-zero with a one-line message and no stack trace for a missing file', () => {
    const result = spawn(['seeds/nope.txt']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('parse-posting: cannot read seeds/nope.txt: no such file\n');
  }, 30_000);
});
