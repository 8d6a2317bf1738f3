import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';

describe('bundled sample roles', () => {
  it('are the five seed postings, byte-for-byte, with their manifest metadata', () => {
    expect(SAMPLE_ROLES.map((s) => [s.originalName, s.title])).toEqual([
      ['000_0c6a167acd6ab0e4.txt', 'Engineering Manager, LXD'],
      ['001_dfa62d79bcfee1ee.txt', 'Linux Server Software Engineering Manager'],
      ['002_f97417a821afd7d2.txt', 'Engineering Director, Landscape'],
      ['003_9fd662947349757c.txt', 'Engineering Manager, HPC'],
      ['004_61980487fae0b1e4.txt', 'Engineering Manager - MLOps & Analytics'],
    ]);
    for (const sample of SAMPLE_ROLES) {
      expect(sample.text).toBe(readFileSync(`seeds/${sample.file}`, 'utf8'));
    }
    expect(new Set(SAMPLE_ROLES.map((s) => s.seedKey)).size).toBe(5);
  });
});
