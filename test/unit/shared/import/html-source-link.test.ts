import { describe, expect, it } from 'vitest';
import { htmlToPostingText, htmlToText } from '../../../../shared/import/html-to-text';
import { parsePosting } from '../../../../shared/parser';

describe('the source link of a saved posting page', () => {
  const body =
    '<h1><a href="https://jobs.example.com/em-42">Engineering Manager</a></h1><p>About the role.</p>';

  it('takes the link on the h1 title when the page names no canonical URL', () => {
    expect(htmlToPostingText(`<html><body>${body}</body></html>`)).toEqual({
      text: '# Engineering Manager\n\nAbout the role.',
      canonicalUrl: 'https://jobs.example.com/em-42',
    });
    const parsed = parsePosting(htmlToText(`<html><body>${body}</body></html>`));
    expect(parsed.sourceUrl).toBe('https://jobs.example.com/em-42');
    expect(parsed.title).toBe('Engineering Manager');
  });

  it('prefers the canonical URL, and ignores unsafe or non-title links', () => {
    const head = '<head><link rel="canonical" href="https://jobs.example.com/canonical"></head>';
    expect(htmlToPostingText(`<html>${head}<body>${body}</body></html>`).canonicalUrl).toBe(
      'https://jobs.example.com/canonical',
    );
    expect(htmlToPostingText('<h1><a href="javascript:alert(1)">Role</a></h1>').canonicalUrl).toBe(
      '',
    );
    expect(
      htmlToPostingText('<h2><a href="https://x.example/a">Apply</a></h2><p>x</p>').canonicalUrl,
    ).toBe('');
  });
});
