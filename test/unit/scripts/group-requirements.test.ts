import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type CliIo, type GroupedItem } from '../../../scripts/group-requirements';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) => readFileSync(path, 'utf8'),
  };
  const code = main(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('group-requirements', () => {
  it('prints groups of same asks from different files, as JSON', () => {
    const landscape = `${SEEDS}002_f97417a821afd7d2.txt`;
    const mlops = `${SEEDS}004_61980487fae0b1e4.txt`;
    const { code, out, err } = run(['--', landscape, mlops]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const groups = JSON.parse(out) as GroupedItem[][];
    for (const group of groups) {
      expect(new Set(group.map((item) => item.file)).size).toBeGreaterThanOrEqual(2);
      for (const item of group) expect(Object.keys(item).sort()).toEqual(['file', 'text']);
    }
    const travel = groups.find((group) => group.some((item) => /travel/i.test(item.text)));
    expect(travel?.map((item) => item.file)).toEqual([landscape, mlops]);
    expect(travel?.every((item) => /^Willingness to travel/.test(item.text))).toBe(true);
  });

  it('says which file it cannot read and prints nothing, or how to use it', () => {
    const missing = run([`${SEEDS}000_0c6a167acd6ab0e4.txt`, '/no/such/file.txt']);
    expect(missing).toEqual({
      code: 1,
      out: '',
      err: 'group-requirements: cannot read /no/such/file.txt: no such file\n',
    });
    const usage = run([]);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/^usage: group-requirements FILE/);
  });
});
