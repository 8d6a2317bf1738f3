// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  isPostingFileName,
  loadDroppedFile,
  loadOpenedFile,
  postingTextProblem,
  postingTextToReview,
  textFromClipboard,
} from '../../../../../renderer/src/features/import/posting-source';

const LIMIT = 2 * 1024 * 1024;

describe('posting sources', () => {
  it('knows the posting file types, whatever the case', () => {
    expect(['a.txt', 'B.MD', 'c.markdown', 'd.html', 'e.HTM'].map(isPostingFileName)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['resume.pdf', 'notes.docx', 'html', 'archive.md.zip'].map(isPostingFileName)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('refuses empty and oversized text, counting bytes, not characters', () => {
    expect(postingTextProblem(' \n\t ')).toMatch(/no posting text/);
    expect(postingTextProblem('x'.repeat(LIMIT))).toBeNull();
    expect(postingTextProblem('x'.repeat(LIMIT + 1))).toMatch(/too large .* 2 MB/);
    // 'é' is two bytes in UTF-8.
    expect(postingTextProblem('é'.repeat(LIMIT / 2 + 1))).toMatch(/too large/);
  });

  it('converts an opened HTML file and leaves a markdown file as it is', () => {
    const html = loadOpenedFile({
      name: 'job.html',
      content: '<h2>Requirements</h2><script>alert(1)</script><ul><li>Go</li></ul>',
      size: 70,
    });
    expect(html.ok && html.text).toBe('## Requirements\n\n- Go');
    const markdown = loadOpenedFile({
      name: 'job.md',
      content: '# Job\r\n- <b>Go</b>\r\n',
      size: 20,
    });
    expect(markdown).toEqual({ ok: true, text: '# Job\n- <b>Go</b>', fileName: 'job.md' });
  });

  it('refuses unknown types, oversized and empty files with a message naming the file', async () => {
    expect(loadOpenedFile({ name: 'cv.pdf', content: '%PDF', size: 4 })).toEqual({
      ok: false,
      error: '“cv.pdf” is not a posting file Shortlist can read. Use a .txt, .md or .html file.',
    });
    const big = loadOpenedFile({ name: 'big.txt', content: 'x', size: LIMIT + 1 });
    expect(!big.ok && big.error).toMatch(/“big.txt” is too large/);
    const empty = loadOpenedFile({ name: 'empty.html', content: '<script>x()</script>', size: 20 });
    expect(!empty.ok && empty.error).toBe('“empty.html” has no text in it.');
    const dropped = await loadDroppedFile(new File(['%PDF'], 'scan.pdf'));
    expect(dropped.ok).toBe(false);
    const droppedText = await loadDroppedFile(new File(['Title\r\n\r\nBody'], 'p.txt'));
    expect(droppedText).toEqual({ ok: true, text: 'Title\n\nBody', fileName: 'p.txt' });
  });

  it('takes plain text from the clipboard, else its HTML converted', () => {
    const both = new DataTransfer();
    both.setData('text/plain', 'Plain posting');
    both.setData('text/html', '<p>Rich posting</p>');
    expect(textFromClipboard(both)).toBe('Plain posting');
    const htmlOnly = new DataTransfer();
    htmlOnly.setData('text/html', '<ul><li>Rust</li></ul><img src="https://x.example/a.png">');
    expect(textFromClipboard(htmlOnly)).toBe('- Rust');
    expect(textFromClipboard(new DataTransfer())).toBe('');
  });

  it('reviews a file’s text as read, and converts pasted or typed text', () => {
    // Plain lines with a few inline tags: sniffed as HTML when pasted.
    const markdown =
      'Data Analyst\nAcme Ltd\n\nRequirements\nExperience with <b>SQL</b>.\nGood <em>communication</em> skills.';
    const opened = loadOpenedFile({ name: 'analyst.md', content: markdown, size: markdown.length });
    expect(opened.ok).toBe(true);
    const text = opened.ok ? opened.text : '';
    expect(postingTextToReview(text, 'analyst.md')).toBe(markdown);
    expect(postingTextToReview(text, 'analyst.md').split('\n')).toHaveLength(6);
    // The same text typed or pasted over the file (no file name) is converted.
    expect(postingTextToReview(markdown, undefined)).not.toContain('<b>');
    expect(postingTextToReview(markdown, undefined).split('\n').length).toBeLessThan(6);
    // An .html file was converted when read: its text is not converted again.
    const html = loadOpenedFile({
      name: 'job.html',
      content: '<h1>Engineer</h1><ul><li>Python &amp; SQL</li><li>Go</li></ul>',
      size: 60,
    });
    const htmlText = html.ok ? html.text : '';
    expect(postingTextToReview(htmlText, 'job.html')).toBe(htmlText);
  });
});
