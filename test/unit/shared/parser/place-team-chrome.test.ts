import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../../shared/parser';
import { isSiteChrome } from '../../../../shared/parser/site-chrome';

const REQUIREMENTS = [
  '## What we are looking for',
  '',
  '- Experience leading engineering teams',
  '- Deep knowledge of Linux',
  '- Strong written communication',
].join('\n');

function posting(...lines: string[]): string {
  return ['# Engineering Manager', '', 'We build clouds.', '', ...lines, '', REQUIREMENTS].join(
    '\n',
  );
}

describe('location lines the header does not see', () => {
  it('reads a heading that is a label, trimmed of framing', () => {
    const parsed = parsePosting(posting('### Location: This is a Globally remote role'));
    expect(parsed.location).toBe('Globally remote');
  });

  it('reads "Location: EMEA - Home based" and a bare "Home based - Worldwide" line', () => {
    expect(parsePosting(posting('Location: EMEA - Home based')).location).toBe('EMEA - Home based');
    expect(parsePosting(posting('Home based - Worldwide')).location).toBe('Home based - Worldwide');
  });

  it('reads the list of countries under a Location heading, and keeps it in the text', () => {
    const text = posting('## Location', '', '- Germany', '- Poland', '- Portugal');
    const parsed = parsePosting(text);
    expect(parsed.location).toBe('Germany, Poland, Portugal');
    expect(text).toContain('- Poland');
    expect(parsed.requirements.map((item) => item.text)).not.toContain('Poland');
  });

  it('a header location still wins', () => {
    expect(parsePosting(posting('Location: Berlin', '## Location', '', '- Spain')).location).toBe(
      'Berlin',
    );
  });
});

describe('the team', () => {
  it('comes from a "Team:" line, else from prose that names it', () => {
    expect(parsePosting(posting('Team: BootStack')).team).toBe('BootStack');
    const prose = posting('You will join the BootStack team, which runs clouds for customers.');
    expect(parsePosting(prose).team).toBe('BootStack');
  });

  it('is empty when the posting names none, and generic phrases are not names', () => {
    expect(parsePosting(posting('You will work with the whole team.')).team).toBe('');
    expect(parsePosting(posting('You will shape the Whole team culture.')).team).toBe('');
  });
});

describe('page chrome', () => {
  it('drops copyright footers and calls to apply from the sections', () => {
    const text = posting('**CLICK TO APPLY**', '', '© 2024 Canonical Ltd. All rights reserved.');
    const parsed = parsePosting(text);
    const words = JSON.stringify(parsed.sections);
    expect(words).not.toMatch(/CLICK TO APPLY|Canonical Ltd/u);
    expect(parsed.requirements).toHaveLength(3);
  });

  it('tells chrome from prose that mentions it', () => {
    expect(isSiteChrome('Apply now!')).toBe(true);
    expect(isSiteChrome('Copyright 2025 Example Inc.')).toBe(true);
    expect(isSiteChrome('Click here to apply')).toBe(true);
    expect(isSiteChrome('Apply your knowledge of copyright law to product decisions.')).toBe(false);
    expect(isSiteChrome('You apply now-proven patterns to new problems.')).toBe(false);
  });
});
