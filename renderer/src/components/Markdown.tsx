/**
 * Renders the user's Markdown (notes, evidence) with GFM. Raw HTML is shown as the text
 * it is, never rendered; links go through the platform's external-link check and never navigate the
 * app; images are shown as their alt text, because loading them would be a network
 * request.
 */
import type { MouseEvent, ReactNode } from 'react';
import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { parseExternalUrl } from '../../../shared/security/external-links';
import { usePlatform } from '../platform';
import { useNotify } from './notices';
import { remarkRawHtmlAsText } from './raw-html-as-text';

const REMARK_PLUGINS = [remarkGfm, remarkRawHtmlAsText];

function ExternalLink({ href, children }: { href?: string; children?: ReactNode }) {
  const platform = usePlatform();
  const notify = useNotify();
  const safe = parseExternalUrl(href);
  if (!safe) {
    // Not an http(s) link (javascript:, file:, a relative path): show it, inertly.
    return (
      <span className="dead-link" title="This link cannot be opened">
        {children}
      </span>
    );
  }
  const open = (event: MouseEvent) => {
    event.preventDefault();
    void platform.openExternal(safe).then((result) => {
      if (!result.ok) notify(`Could not open the link: ${result.error}`, 'error');
    });
  };
  return (
    <a href={safe} onClick={open} rel="noreferrer noopener" title={safe}>
      {children}
    </a>
  );
}

const COMPONENTS: Components = {
  a: ({ href, children }) => <ExternalLink href={href}>{children}</ExternalLink>,
  img: ({ alt }) => <span className="md-image-alt">[image: {alt ?? ''}]</span>,
};

export function Markdown({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className ? `markdown ${className}` : 'markdown'}>
      <ReactMarkdown
        remarkPlugins={REMARK_PLUGINS}
        skipHtml
        urlTransform={defaultUrlTransform}
        components={COMPONENTS}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
