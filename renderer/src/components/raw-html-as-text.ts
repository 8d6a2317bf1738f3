/**
 * A remark plugin for the user's Markdown: raw HTML is shown as the text the user typed
 * (`<script>alert(1)</script>`, escaped by React), not dropped. Dropping only the tags
 * showed their inner text ("alert(1)"), which misrepresents what the note says.
 */
import type { Html, Nodes, Paragraph, Root, Text } from 'mdast';

function asText(node: Html): Text {
  return node.position
    ? { type: 'text', value: node.value, position: node.position }
    : { type: 'text', value: node.value };
}

/** Block HTML stands where a paragraph would; inline HTML where text would. */
function replaceHtml(node: Nodes): void {
  if (!('children' in node)) return;
  const flow = node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem';
  node.children = node.children.map((child) => {
    if (child.type !== 'html') {
      replaceHtml(child);
      return child;
    }
    if (!flow) return asText(child);
    const paragraph: Paragraph = { type: 'paragraph', children: [asText(child)] };
    return paragraph;
  });
}

/** The plugin: turns every raw HTML node of the tree into visible text. */
export function remarkRawHtmlAsText() {
  return (tree: Root) => {
    replaceHtml(tree);
  };
}
