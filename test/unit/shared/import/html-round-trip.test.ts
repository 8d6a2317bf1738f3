import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { htmlToText } from '../../../../shared/import/html-to-text';
import { parsePosting } from '../../../../shared/parser';

// Real postings (the parse-eval subset, markdown originals) rendered to HTML the way a
// job board's page shows them, then converted back with htmlToText: the parser should
// find the same requirement items as in the markdown. This measures the conversion,
// not the parser: both sides go through the same parser.

interface Fixture {
  postings: { id: string; text: string }[];
}

const subset = JSON.parse(
  readFileSync(new URL('../../../fixtures/parse-eval/subset.json', import.meta.url), 'utf8'),
) as Fixture;

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A small mdast-to-HTML renderer, enough for postings (no DOM, no extra dependency). */
function toHtml(node: Nodes): string {
  const inner = () => ('children' in node ? node.children.map(toHtml).join('') : '');
  switch (node.type) {
    case 'root':
      return `<html><head><title>Job</title><script>track()</script></head><body>${inner()}</body></html>`;
    case 'heading':
      return `<h${node.depth}>${inner()}</h${node.depth}>\n`;
    case 'paragraph':
      return `<p>${inner()}</p>\n`;
    case 'list':
      return node.ordered ? `<ol>\n${inner()}</ol>\n` : `<ul>\n${inner()}</ul>\n`;
    case 'listItem':
      return `<li>${inner()}</li>\n`;
    case 'text':
      return escapeHtml(node.value);
    case 'strong':
      return `<strong>${inner()}</strong>`;
    case 'emphasis':
      return `<em>${inner()}</em>`;
    case 'delete':
      return `<del>${inner()}</del>`;
    case 'link':
      return `<a href="${escapeHtml(node.url)}" rel="nofollow">${inner()}</a>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'code':
      return `<pre><code>${escapeHtml(node.value)}</code></pre>\n`;
    case 'break':
      return '<br>\n';
    case 'thematicBreak':
      return '<hr>\n';
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>\n`;
    case 'html':
      // Raw HTML in a posting's markdown is page markup, passed through as a board would.
      return node.value;
    case 'table':
      return `<table>${inner()}</table>\n`;
    case 'tableRow':
      return `<tr>${inner()}</tr>`;
    case 'tableCell':
      return `<td>${inner()}</td>`;
    case 'image':
    case 'imageReference':
      return `<img src="x.png" alt="${escapeHtml(node.alt ?? '')}">`;
    case 'linkReference':
      return `<a>${inner()}</a>`;
    case 'definition':
    case 'footnoteDefinition':
    case 'footnoteReference':
    case 'yaml':
      return '';
  }
}

function markdownToHtml(markdown: string): string {
  return toHtml(
    fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
  );
}

/** Items as comparable keys: kind and wording without case, punctuation or spacing. */
function itemKeys(text: string): string[] {
  return parsePosting(text).requirements.map(
    (item) => `${item.kind}:${(item.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')}`,
  );
}

describe('HTML round trip on real postings', () => {
  it('has postings to check', () => {
    expect(subset.postings.length).toBeGreaterThanOrEqual(50);
  });

  it('finds the markdown’s requirement items in the converted HTML (F1 ≥ 0.98)', () => {
    let truePositives = 0;
    let fromMarkdownCount = 0;
    let fromHtmlCount = 0;
    for (const posting of subset.postings) {
      const expected = itemKeys(posting.text);
      const actual = itemKeys(htmlToText(markdownToHtml(posting.text)));
      const remaining = new Map<string, number>();
      for (const key of expected) remaining.set(key, (remaining.get(key) ?? 0) + 1);
      for (const key of actual) {
        const left = remaining.get(key) ?? 0;
        if (left > 0) {
          truePositives++;
          remaining.set(key, left - 1);
        }
      }
      fromMarkdownCount += expected.length;
      fromHtmlCount += actual.length;
    }
    const precision = truePositives / Math.max(fromHtmlCount, 1);
    const recall = truePositives / Math.max(fromMarkdownCount, 1);
    const f1 = (2 * precision * recall) / Math.max(precision + recall, Number.EPSILON);
    expect(fromMarkdownCount).toBeGreaterThan(200);
    expect(f1).toBeGreaterThanOrEqual(0.98);
  });
});
