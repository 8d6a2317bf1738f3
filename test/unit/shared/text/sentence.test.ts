import { describe, expect, it } from 'vitest';
import { withoutDoubledStop } from '../../../../shared/text/sentence';

describe('withoutDoubledStop', () => {
  it('drops the full stop after a quote that already ends a sentence', () => {
    expect(withoutDoubledStop('Deleted “Deep experience with Python.”.')).toBe(
      'Deleted “Deep experience with Python.”',
    );
    expect(withoutDoubledStop('Deleted “Are you remote?”.')).toBe('Deleted “Are you remote?”');
    expect(withoutDoubledStop('Deleted “Wait…”.')).toBe('Deleted “Wait…”');
  });

  it('keeps the full stop when the quote does not end a sentence', () => {
    expect(withoutDoubledStop('Deleted “Go”.')).toBe('Deleted “Go”.');
    expect(withoutDoubledStop('Saved.')).toBe('Saved.');
    expect(withoutDoubledStop('Version 1.2 is out.')).toBe('Version 1.2 is out.');
    expect(withoutDoubledStop('')).toBe('');
    expect(withoutDoubledStop('It failed (Disk full.).')).toBe('It failed (Disk full.).');
  });
});
