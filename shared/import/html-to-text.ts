/**
 * HTML to readable posting text, with no DOM. htmlparser2's tokenizer only splits
 * tokens: nothing is fetched, no script can run and no element tree is built, so hostile
 * or deeply nested markup costs one linear pass and constant recursion depth (see
 * `HtmlWalker`). The output is shaped for the posting parser: headings become `#`/`##`
 * lines, list items `- ` lines, blocks line breaks, and everything else plain text with
 * whitespace collapsed.
 */
import { Tokenizer } from 'htmlparser2';
import { HtmlWalker } from './html-walker';

/** What {@link htmlToPostingText} found: the text and the page's canonical URL, if any. */
export interface HtmlPosting {
  text: string;
  /**
   * `<link rel="canonical">` or `og:url`, else the link on the `<h1>` title, when it is an
   * http(s) URL; else `''`.
   */
  canonicalUrl: string;
}

/**
 * Converts HTML to text and reads the page's canonical URL.
 *
 * @param html - Untrusted HTML (a saved page or a copied fragment).
 * @returns Readable text (see {@link htmlToText}) and the canonical http(s) URL or `''`.
 */
export function htmlToPostingText(html: string): HtmlPosting {
  const walker = new HtmlWalker();
  let tagName = '';
  let attribs: Record<string, string> = {};
  let attribName = '';
  let attribValue = '';
  const openTag = () => {
    walker.open(tagName, attribs);
    tagName = '';
  };
  // htmlparser2's tokenizer decodes entities and reads script, style, title, textarea
  // and iframe content as raw text, exactly as a browser splits tokens. Comments, CDATA,
  // declarations and processing instructions get no-op handlers: they carry no text.
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
        attribs = {};
      },
      onattribname(start, end) {
        attribName = html.slice(start, end).toLowerCase();
        attribValue = '';
      },
      onattribdata(start, end) {
        attribValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        attribValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        attribs[attribName] ??= attribValue;
      },
      onopentagend: openTag,
      // In HTML, "/>" closes only void and foreign elements (<svg/>); on others it is ignored.
      onselfclosingtag() {
        const name = tagName;
        openTag();
        if (name === 'svg' || name === 'math') walker.close(name);
      },
      onclosetag(start, end) {
        walker.close(html.slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        walker.text(html.slice(start, end));
      },
      ontextentity(codepoint) {
        walker.text(String.fromCodePoint(codepoint));
      },
      oncdata: () => undefined,
      oncomment: () => undefined,
      ondeclaration: () => undefined,
      onprocessinginstruction: () => undefined,
      onend: () => undefined,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  const text = walker.finish();
  // The page's own canonical URL wins; else the link on its title.
  return { text, canonicalUrl: walker.canonicalUrl || walker.titleLink };
}

/**
 * Readable text from HTML with no DOM: headings become `# ` (h1) or `## ` lines, list
 * items `- ` lines, paragraphs/br/div become line breaks, whitespace collapses and
 * entities are decoded (`&lt;script&gt;` comes out as the literal text `<script>`);
 * script, style, noscript, template, iframe, object, embed, svg, head, comments and
 * page chrome (nav, button, select) are dropped; links keep their text only. Nothing is
 * fetched and no script runs. When the page names an http(s) canonical URL
 * (`<link rel=canonical>` or `og:url`, else a link on its `<h1>` title), it is the first
 * line, so the parser can take it as the source URL. Linear in the input size.
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

/** Markdown structure: a heading line or a bullet line. */
const MARKDOWN_LINE = /^(?:#{1,6}[ \t]|[ \t]*[-*+][ \t])/gm;

/**
 * Whether pasted text is HTML source rather than prose or markdown: it starts like a
 * document, or it holds at least four common tags including a closing one and does not
 * read as markdown (two or more `#` heading or bullet lines). Markdown with HTML
 * remnants (a stray `<h3>`, `<br>`) or "<5 years" stays text, since converting it would
 * lose its line structure.
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
    if (tags >= 4 && closing) return !readsAsMarkdown(text);
  }
  return false;
}

function readsAsMarkdown(text: string): boolean {
  const first = MARKDOWN_LINE.exec(text);
  const second = first ? MARKDOWN_LINE.exec(text) : null;
  MARKDOWN_LINE.lastIndex = 0;
  return second !== null;
}
