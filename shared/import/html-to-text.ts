/**
 * HTML to readable posting text, with no DOM. htmlparser2 only tokenises: nothing is
 * fetched, no script can run and no element tree is built, so hostile or deeply nested
 * markup costs one linear pass and constant recursion depth. The output is shaped for
 * the posting parser: headings become `#`/`##` lines, list items `- ` lines, blocks
 * line breaks, and everything else plain text with whitespace collapsed.
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is never text a reader saw (or could be hostile). */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'head',
  'title',
  'select',
  'textarea',
  'button',
  'nav',
]);

/** Elements that end the current line. */
const LINE_BREAKS = new Set([
  'br',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'tr',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'dl',
  'dt',
  'dd',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'caption',
  'center',
  'body',
  'html',
]);

/** Elements set apart from their neighbours by a blank line. */
const PARAGRAPHS = new Set(['p', 'ul', 'ol', 'blockquote', 'pre', 'hr']);

const HEADING = /^h([1-6])$/;
const HTTP_URL = /^https?:\/\/[^\s<>"']+$/i;

/** Builds the output line by line; every method is O(length of what it adds). */
class TextSink {
  private readonly lines: string[] = [];
  /** Raw text of the current line; whitespace is collapsed once, when the line ends. */
  private parts: string[] = [];
  private prefix = '';
  private pendingBlank = false;

  /** Inline text. Entities and tags split text into pieces, so words join when the line ends. */
  text(data: string): void {
    this.parts.push(data);
  }

  /** Text inside `<pre>`: its own line breaks count. */
  preformatted(data: string): void {
    const parts = data.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) this.endLine();
      this.text(part);
    });
  }

  /**
   * Ends the current line; an empty line adds nothing and keeps its marker, so
   * `<li><p>text</p></li>` still reads `- text`.
   */
  endLine(): void {
    const line = this.parts.join('').replace(/\s+/g, ' ').trim();
    this.parts = [];
    if (line === '') return;
    if (this.pendingBlank && this.lines.length > 0) this.lines.push('');
    this.pendingBlank = false;
    this.lines.push(this.prefix + line);
    this.prefix = '';
  }

  /** Ends a list item or heading: its marker never carries over to the next line. */
  endItem(): void {
    this.endLine();
    this.prefix = '';
  }

  /** Ends the line and asks for a blank line before the next one. */
  endParagraph(): void {
    this.endLine();
    this.pendingBlank = true;
  }

  /** Starts a new line with a marker (`- `, `## `). */
  startLine(prefix: string): void {
    this.endItem();
    this.prefix = prefix;
  }

  result(): string {
    this.endLine();
    return this.lines.join('\n');
  }
}

/** What {@link htmlToPostingText} found: the text and the page's canonical URL, if any. */
export interface HtmlPosting {
  text: string;
  /** `<link rel="canonical">` or `og:url`, when it is an http(s) URL; else `''`. */
  canonicalUrl: string;
}

/** Canonical URL from a `<link>` or `<meta>` tag's attributes, or `''`. */
function canonicalFrom(name: string, attribs: Record<string, string>): string {
  let url = '';
  if (name === 'link' && (attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
    url = attribs.href ?? '';
  } else if (name === 'meta' && (attribs.property ?? attribs.name ?? '') === 'og:url') {
    url = attribs.content ?? '';
  }
  url = url.trim();
  return HTTP_URL.test(url) ? url : '';
}

/**
 * Converts HTML to text and reads the page's canonical URL.
 *
 * @param html - Untrusted HTML (a saved page or a copied fragment).
 * @returns Readable text (see {@link htmlToText}) and the canonical http(s) URL or `''`.
 */
export function htmlToPostingText(html: string): HtmlPosting {
  const sink = new TextSink();
  let dropped = 0;
  let pre = 0;
  let lists = 0;
  let canonicalUrl = '';
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        canonicalUrl ||= canonicalFrom(name, attribs);
        if (DROPPED.has(name)) dropped++;
        if (dropped > 0) return;
        const heading = HEADING.exec(name);
        if (heading) {
          sink.endParagraph();
          sink.startLine(heading[1] === '1' ? '# ' : '## ');
        } else if (name === 'li') sink.startLine('- ');
        else if (name === 'pre') pre++;
        // Inside a list, paragraphs and nested lists are plain line breaks (a tight list).
        if (PARAGRAPHS.has(name) && lists === 0) sink.endParagraph();
        else if (PARAGRAPHS.has(name) || LINE_BREAKS.has(name)) sink.endLine();
        if (name === 'ul' || name === 'ol') lists++;
        else if (name === 'td' || name === 'th') sink.text(' ');
      },
      onclosetag(name) {
        if (DROPPED.has(name)) {
          dropped = Math.max(0, dropped - 1);
          return;
        }
        if (dropped > 0) return;
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (name === 'ul' || name === 'ol') lists = Math.max(0, lists - 1);
        if (HEADING.test(name)) {
          sink.endItem();
          sink.endParagraph();
        } else if (name === 'li') sink.endItem();
        else if (PARAGRAPHS.has(name) && lists === 0) sink.endParagraph();
        else if (PARAGRAPHS.has(name) || LINE_BREAKS.has(name)) sink.endLine();
      },
      ontext(data) {
        if (dropped > 0) return;
        if (pre > 0) sink.preformatted(data);
        else sink.text(data);
      },
      // Comments, CDATA and processing instructions carry no visible text: no handlers.
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { text: sink.result(), canonicalUrl };
}

/**
 * Readable text from HTML with no DOM: headings become `# ` (h1) or `## ` lines, list
 * items `- ` lines, paragraphs/br/div become line breaks, whitespace collapses and
 * entities are decoded (`&lt;script&gt;` comes out as the literal text `<script>`);
 * script, style, noscript, template, iframe, object, embed, svg, head, comments and
 * page chrome (nav, button, select) are dropped; links keep their text only. Nothing is
 * fetched and no script runs. When the page names an http(s) canonical URL
 * (`<link rel=canonical>` or `og:url`), it is the first line, so the parser can take it
 * as the source URL. Linear in the input size.
 *
 * @param html - Untrusted HTML.
 * @returns The text; `''` when there is none.
 */
export function htmlToText(html: string): string {
  const { text, canonicalUrl } = htmlToPostingText(html);
  if (canonicalUrl === '' || text.includes(canonicalUrl)) return text;
  return text === '' ? canonicalUrl : `${canonicalUrl}\n\n${text}`;
}

const DOCUMENT_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const TAG =
  /<\/?(?:p|div|span|li|ul|ol|h[1-6]|br|strong|b|em|i|a|section|article|table|tr|td)\b[^<>]{0,500}>/gi;

/**
 * Whether pasted text is HTML source rather than prose or markdown: it starts like a
 * document, or it holds at least four common tags including a closing one. Markdown
 * with a stray `<br>` or "<5 years" stays text.
 *
 * @param text - Pasted text.
 */
export function looksLikeHtml(text: string): boolean {
  if (DOCUMENT_START.test(text)) return true;
  let tags = 0;
  let closing = false;
  for (const match of text.matchAll(TAG)) {
    tags++;
    if (match[0].startsWith('</')) closing = true;
    if (tags >= 4 && closing) return true;
  }
  return false;
}
