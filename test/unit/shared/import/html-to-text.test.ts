import { describe, expect, it } from 'vitest';
import {
  htmlToPostingText,
  htmlToText,
  looksLikeHtml,
} from '../../../../shared/import/html-to-text';
import { postingTextFrom } from '../../../../shared/import/posting-input';
import { parsePosting } from '../../../../shared/parser';

/** A job-board page as saved by a browser: chrome, scripts, tracking and the posting. */
const JOB_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Senior Frontend Engineer - Northwind Labs</title>
  <link rel="canonical" href="https://boards.example.com/northwind/jobs/4821">
  <script>window.dataLayer = [{"event": "job_view"}];</script>
  <style>.apply { color: red }</style>
</head>
<body>
  <nav class="top"><a href="/">All jobs</a> <a href="/login">Sign in</a></nav>
  <main>
    <h1 class="app-title">Senior Frontend Engineer</h1>
    <div class="company-name">Northwind Labs</div>
    <div class="location">Remote (EU)</div>
    <div id="content">
      <p>Northwind Labs builds scheduling software for clinics.
         We are a team of 40 people &amp; growing.</p>
      <h3><strong>What you&rsquo;ll do</strong></h3>
      <ul>
        <li>Build accessible React interfaces</li>
        <li>Own our design system</li>
      </ul>
      <h3><strong>Requirements</strong></h3>
      <ul>
        <li><p>5+ years of experience building web applications with <b>TypeScript</b></p></li>
        <li><p>Deep knowledge of <a href="https://react.dev">React</a> and state management</p></li>
        <li><p>Experience with automated testing (Vitest, Playwright)</p></li>
      </ul>
      <h3><strong>Nice to have</strong></h3>
      <ul>
        <li>Experience with healthcare software</li>
        <li>Contributions to open source</li>
      </ul>
      <h3>Benefits</h3>
      <p>Flexible hours<br>Learning budget</p>
    </div>
    <button class="apply">Apply for this job</button>
  </main>
  <noscript><img src="https://tracker.example.com/pixel.gif"></noscript>
  <script src="https://cdn.example.com/app.js"></script>
</body>
</html>`;

describe('htmlToText: structure', () => {
  it('turns headings, list items, paragraphs and breaks into lines the parser reads', () => {
    expect(
      htmlToText(
        '<h2>Requirements</h2><ul><li>TypeScript</li><li>SQL</li></ul><p>One<br>Two</p><div>Three</div>',
      ),
    ).toBe('## Requirements\n\n- TypeScript\n- SQL\n\nOne\nTwo\n\nThree');
  });

  it('marks h1 as a title line and every other heading level as a section heading', () => {
    expect(htmlToText('<h1>Title</h1><h4>About us</h4>')).toBe('# Title\n\n## About us');
  });

  it('collapses whitespace and joins inline pieces without adding spaces', () => {
    expect(htmlToText('<p>  We   are\n\t<b>Acme</b>.&nbsp;Join <i>us</i>!  </p>')).toBe(
      'We are Acme. Join us!',
    );
  });

  it('keeps a link’s text only', () => {
    expect(htmlToText('<p>Know <a href="https://react.dev" title="x">React</a> well</p>')).toBe(
      'Know React well',
    );
  });

  it('keeps the item marker when a list item wraps its text in a paragraph', () => {
    expect(htmlToText('<ul><li><p>Go</p></li><li><p>Rust</p></li></ul>')).toBe('- Go\n- Rust');
  });

  it('keeps nested lists tight and drops empty items and headings', () => {
    expect(
      htmlToText('<ul><li>Cloud<ul><li>AWS</li></ul></li><li></li></ul><h2> </h2><p>x</p>'),
    ).toBe('- Cloud\n- AWS\n\nx');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(htmlToText('<pre>line one\nline   two</pre>')).toBe('line one\nline two');
  });

  it('separates table cells and rows', () => {
    expect(
      htmlToText('<table><tr><td>Salary</td><td>90k</td></tr><tr><td>Remote</td></tr></table>'),
    ).toBe('Salary 90k\nRemote');
  });

  it('returns empty text for empty or tag-only input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<div><span></span></div>')).toBe('');
  });
});

describe('htmlToText: hostile HTML', () => {
  it('drops scripts, including ones hidden in svg, and event-handler attributes', () => {
    const text = htmlToText(
      '<p>Safe</p><script>alert(1)</script><img src=x onerror="alert(2)"><svg><script>alert(3)</script><text>svg text</text></svg><p>End</p>',
    );
    expect(text).toBe('Safe\n\nEnd');
  });

  it('drops iframes, objects, embeds, styles, templates and noscript', () => {
    const text = htmlToText(
      '<iframe src="https://evil.example">frame text</iframe><object data="x.swf">obj</object><embed src="y"><style>body{}</style><template><p>tpl</p></template><noscript>ns</noscript><p>Kept</p>',
    );
    expect(text).toBe('Kept');
  });

  it('drops comments, CDATA and processing instructions', () => {
    expect(
      htmlToText('<p>A<!-- <script>x</script> -->B</p><![CDATA[ hidden ]]><?php echo 1 ?>'),
    ).toBe('AB');
  });

  it('drops hidden elements and application-form labels', () => {
    const html =
      '<p>Shown</p><div hidden><p>Hidden</p></div><ul><li style="display: none">Secret</li><li>Seen</li></ul>' +
      '<div style="visibility:hidden">Invisible</div><form><label for="n">First Name *</label><input id="n"></form><p>End</p>';
    expect(htmlToText(html)).toBe('Shown\n\n- Seen\n\nEnd');
  });

  it('keeps javascript: links as their text, never the URL', () => {
    const text = htmlToText('<p><a href="javascript:alert(document.cookie)">Apply</a> now</p>');
    expect(text).toBe('Apply now');
    expect(text).not.toContain('javascript');
  });

  it('decodes entity-encoded tags to literal text, not markup', () => {
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#60;b&#62;</p>')).toBe(
      '<script>alert(1)</script> &amp; <b>',
    );
  });

  it('survives unclosed and stray tags', () => {
    expect(htmlToText('<ul><li>One<li>Two</ul></div></span><p>Three')).toBe(
      '- One\n- Two\n\nThree',
    );
    expect(htmlToText('<script>never closed <p>text')).toBe('');
    expect(htmlToText('</script><p>after a stray close</p>')).toBe('after a stray close');
  });

  it('reads the body when <head> is never closed, and after self-closed or void drops', () => {
    expect(
      htmlToText('<html><head><title>T</title><meta charset="utf-8"><h2>Role</h2><p>Text'),
    ).toBe('## Role\n\nText');
    expect(htmlToText('<p>A</p><svg/><embed src="x.swf"><p>B</p>')).toBe('A\n\nB');
  });

  it('ignores close tags for elements that are not open, however many', () => {
    expect(htmlToText(`<p>a</p>${'</span></nav></script>'.repeat(50_000)}<p>b</p>`)).toBe('a\n\nb');
  });

  it('handles 50,000 nested divs without a stack overflow', () => {
    const depth = 50_000;
    const html = `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;
    expect(htmlToText(html)).toBe('deep');
    expect(htmlToText(`${'<div><span>'.repeat(depth)}unclosed`)).toBe('unclosed');
  });

  it('converts a 2 MB page in time linear in its size', () => {
    const chunk =
      '<div><p>Experience with <b>TypeScript</b> &amp; React</p><ul><li>Item</li></ul></div>';
    const small = chunk.repeat(Math.ceil(200_000 / chunk.length));
    const large = chunk.repeat(Math.ceil(2_000_000 / chunk.length));
    // The fastest of three runs, so a busy machine does not make the test flaky.
    const time = (html: string) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const start = performance.now();
          htmlToText(html);
          return performance.now() - start;
        }),
      );
    time(small); // warm-up
    const smallMs = Math.max(time(small), 1);
    const largeMs = time(large);
    // 10× the input; linear ≈ 10× the time. Quadratic would be ~100×.
    expect(largeMs).toBeLessThan(smallMs * 30 + 200);
  });

  it('does not let a huge whitespace run or a long line slow it down', () => {
    const start = performance.now();
    const text = htmlToText(`<p>${' '.repeat(1_000_000)}x${'a'.repeat(1_000_000)}</p>`);
    expect(text.length).toBe(1_000_001);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('htmlToText: a real job page', () => {
  it('keeps the posting, drops the page chrome, and the parser finds its requirements', () => {
    const text = htmlToText(JOB_PAGE);
    expect(text).not.toMatch(/dataLayer|color: red|Sign in|Apply for this job|pixel/);
    expect(text.split('\n')[0]).toBe('https://boards.example.com/northwind/jobs/4821');
    const parsed = parsePosting(text);
    expect(parsed.title).toBe('Senior Frontend Engineer');
    expect(parsed.sourceUrl).toBe('https://boards.example.com/northwind/jobs/4821');
    expect(parsed.requirements).toMatchObject([
      {
        text: '5+ years of experience building web applications with TypeScript',
        kind: 'required',
      },
      { text: 'Deep knowledge of React and state management', kind: 'required' },
      { text: 'Experience with automated testing (Vitest, Playwright)', kind: 'required' },
      { text: 'Experience with healthcare software', kind: 'preferred' },
      { text: 'Contributions to open source', kind: 'preferred' },
    ]);
  });

  it('reads a board page whose headings are bold paragraphs', () => {
    const html = `<div id="app_body"><div id="header"><h1 class="app-title">Staff Data Scientist</h1>
      <span class="company-name">at Meadowlark</span><div class="location">New York, NY</div></div>
      <div id="content"><p><strong>About the role</strong></p><p>You will build models.&nbsp;</p>
      <p><strong>What you'll bring:</strong></p>
      <ul>
        <li>7+ years of experience in applied statistics or machine learning</li>
        <li>Fluency in Python and SQL</li>
        <li>Experience with causal inference&nbsp;</li>
      </ul>
      <p><strong>Bonus points:</strong></p><ul><li>PhD in a quantitative field</li></ul>
      <p><strong>Benefits</strong></p><ul><li>Health insurance</li></ul></div></div>`;
    const parsed = parsePosting(htmlToText(html));
    expect(parsed.title).toBe('Staff Data Scientist');
    expect(parsed.requirements).toMatchObject([
      {
        text: '7+ years of experience in applied statistics or machine learning',
        kind: 'required',
      },
      { text: 'Fluency in Python and SQL', kind: 'required' },
      { text: 'Experience with causal inference', kind: 'required' },
      { text: 'PhD in a quantitative field', kind: 'preferred' },
    ]);
  });

  it('reads the canonical URL from og:url too, and only if it is http(s)', () => {
    expect(
      htmlToPostingText('<meta property="og:url" content="https://x.example/j/1"><p>a</p>'),
    ).toEqual({
      text: 'a',
      canonicalUrl: 'https://x.example/j/1',
    });
    expect(
      htmlToPostingText('<link rel="canonical" href="javascript:alert(1)"><p>a</p>').canonicalUrl,
    ).toBe('');
  });
});

describe('looksLikeHtml', () => {
  it('recognises documents and fragments with several tags', () => {
    expect(looksLikeHtml('<!doctype html><p>x</p>')).toBe(true);
    expect(looksLikeHtml('  <html><body>x')).toBe(true);
    expect(looksLikeHtml('<h2>Req</h2><ul><li>a</li><li>b</li></ul>')).toBe(true);
  });

  it('leaves markdown with HTML remnants alone', () => {
    const markdown =
      '# Developer\n\n<h3>Team</h3>\n<div class="x"><section>\n\n#### You have\n  * Rust\n  * Solidity</section></div>';
    expect(looksLikeHtml(markdown)).toBe(false);
    expect(postingTextFrom({ text: markdown })).toBe(markdown);
  });

  it('leaves markdown and prose with a stray angle bracket alone', () => {
    expect(looksLikeHtml('## Requirements\n- <5 years is fine\n- a<br>b')).toBe(false);
    expect(looksLikeHtml('Use <b>bold</b> sparingly')).toBe(false);
    expect(looksLikeHtml('')).toBe(false);
  });
});

describe('postingTextFrom', () => {
  it('converts .html files and sniffed HTML pastes', () => {
    expect(postingTextFrom({ text: '<p>Hi</p>', fileName: 'job.HTML' })).toBe('Hi');
    expect(postingTextFrom({ text: '<h2>A</h2><ul><li>b</li><li>c</li></ul>' })).toBe(
      '## A\n\n- b\n- c',
    );
  });

  it('never converts .txt and .md files', () => {
    const md = '<h2>A</h2><ul><li>b</li><li>c</li></ul>';
    expect(postingTextFrom({ text: md, fileName: 'posting.md' })).toBe(md);
    expect(postingTextFrom({ text: md, fileName: 'posting.txt' })).toBe(md);
  });

  it('removes a BOM, normalises line endings and trims the end', () => {
    expect(postingTextFrom({ text: '\uFEFFTitle\r\nLine\rMore\n\n  ', fileName: 'a.txt' })).toBe(
      'Title\nLine\nMore',
    );
  });
});
