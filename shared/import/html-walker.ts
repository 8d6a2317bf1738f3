/**
 * The state machine behind `htmlToText`: which elements are dropped, which end a line,
 * and the open-element stack, fed token by token by htmlparser2's tokenizer.
 */
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
  'label',
  'nav',
]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** An element the page never shows (`hidden`, or hidden by its inline style). */
function isHidden(attribs: Record<string, string>): boolean {
  return 'hidden' in attribs || HIDDEN_STYLE.test(attribs.style ?? '');
}

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

/** Elements with no content and no end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** What may sit in `<head>`; anything else means the body started without a `<body>` tag. */
const HEAD_CONTENT = new Set([
  'title',
  'meta',
  'link',
  'style',
  'script',
  'base',
  'noscript',
  'template',
]);

/**
 * Walks the tokens with its own open-element stack: push and pop are O(1), and a close
 * tag for an element that is not open is ignored in O(1) thanks to per-name counts, so
 * the whole walk is linear however deep or broken the nesting (htmlparser2's `Parser`
 * keeps its stack with `unshift`, quadratic for 50,000 nested elements).
 */
export class HtmlWalker {
  readonly sink = new TextSink();
  canonicalUrl = '';
  /** The first http(s) link inside an `<h1>`: job boards link the title to the posting. */
  titleLink = '';
  private readonly stack: string[] = [];
  /** Parallel to `stack`: whether that element is hidden (and so counted in `dropped`). */
  private readonly hiddenStack: boolean[] = [];
  private readonly openCounts = new Map<string, number>();
  private dropped = 0;
  private pre = 0;
  private lists = 0;

  open(name: string, attribs: Record<string, string>): void {
    this.canonicalUrl ||= canonicalFrom(name, attribs);
    if (name === 'a' && this.dropped === 0 && (this.openCounts.get('h1') ?? 0) > 0) {
      const href = (attribs.href ?? '').trim();
      if (HTTP_URL.test(href)) this.titleLink ||= href;
    }
    if ((this.openCounts.get('head') ?? 0) > 0 && !HEAD_CONTENT.has(name)) this.close('head');
    const hidden = !VOID.has(name) && isHidden(attribs);
    // Counted before `enter`, so a hidden <li> or <h2> leaves no marker behind.
    if (hidden) this.dropped++;
    this.enter(name);
    if (VOID.has(name)) this.leave(name);
    else {
      this.stack.push(name);
      this.hiddenStack.push(hidden);
      this.openCounts.set(name, (this.openCounts.get(name) ?? 0) + 1);
    }
  }

  close(name: string): void {
    if ((this.openCounts.get(name) ?? 0) === 0) {
      // Browsers read a stray </p> as an empty paragraph and </br> as <br>.
      if (name === 'p' || name === 'br') this.open(name, {});
      if (name === 'p') this.close('p');
      return;
    }
    for (let top = this.pop(); top !== undefined; top = this.pop()) {
      this.openCounts.set(top, (this.openCounts.get(top) ?? 1) - 1);
      if (top === name) return;
    }
  }

  text(data: string): void {
    if (this.dropped > 0) return;
    if (this.pre > 0) this.sink.preformatted(data);
    else this.sink.text(data);
  }

  finish(): string {
    while (this.pop() !== undefined);
    return this.sink.result();
  }

  /** Closes the innermost open element; returns its name (undefined when none is open). */
  private pop(): string | undefined {
    const name = this.stack.pop();
    if (name === undefined) return undefined;
    this.leave(name);
    if (this.hiddenStack.pop() === true) this.dropped--;
    return name;
  }

  private enter(name: string): void {
    if (DROPPED.has(name)) this.dropped++;
    if (this.dropped > 0) return;
    const sink = this.sink;
    const heading = HEADING.exec(name);
    if (heading) {
      sink.endParagraph();
      sink.startLine(heading[1] === '1' ? '# ' : '## ');
    } else if (name === 'li') sink.startLine('- ');
    else if (name === 'pre') this.pre++;
    // Inside a list, paragraphs and nested lists are plain line breaks (a tight list).
    if (PARAGRAPHS.has(name) && this.lists === 0) sink.endParagraph();
    else if (PARAGRAPHS.has(name) || LINE_BREAKS.has(name)) sink.endLine();
    if (name === 'ul' || name === 'ol') this.lists++;
    else if (name === 'td' || name === 'th') sink.text(' ');
  }

  private leave(name: string): void {
    if (DROPPED.has(name)) {
      this.dropped--;
      return;
    }
    if (this.dropped > 0) return;
    const sink = this.sink;
    if (name === 'pre') this.pre--;
    if (name === 'ul' || name === 'ol') this.lists--;
    if (HEADING.test(name)) {
      sink.endItem();
      sink.endParagraph();
    } else if (name === 'li') sink.endItem();
    else if (PARAGRAPHS.has(name) && this.lists === 0) sink.endParagraph();
    else if (PARAGRAPHS.has(name) || LINE_BREAKS.has(name)) sink.endLine();
  }
}
