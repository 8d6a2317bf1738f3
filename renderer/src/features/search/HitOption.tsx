/** One search result in the palette: its title, where it is, and a snippet with the hits marked. */
import type { SearchHit } from '../../db/search/everything-search';
import type { SnippetPart } from '../../../../shared/domain/search-terms';

/** The parts as text and <mark> elements: never HTML, whatever the text holds. */
export function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

interface HitOptionProps {
  hit: SearchHit;
  id: string;
  active: boolean;
  onOpen: () => void;
  onPoint: () => void;
}

export function HitOption({ hit, id, active, onOpen, onPoint }: HitOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`palette-option${active ? ' palette-active' : ''}`}
      onMouseDown={(event) => {
        // Keep focus in the input, so the keyboard goes on working after a click.
        event.preventDefault();
      }}
      onClick={onOpen}
      onMouseMove={onPoint}
    >
      <span className="palette-title">
        <Highlighted parts={hit.titleParts} />
      </span>
      {hit.context && <span className="palette-context">{hit.context}</span>}
      {hit.snippet.length > 0 && (
        <span className="palette-snippet">
          <Highlighted parts={hit.snippet} />
        </span>
      )}
    </li>
  );
}
