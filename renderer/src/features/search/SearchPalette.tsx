/**
 * The search palette (Ctrl+K / ⌘K, View → Search…): one box that searches roles,
 * requirements, evidence, notes and stories, results grouped by kind. Up and Down move
 * through them, Enter opens the role at the matching item, note or tab, Escape closes.
 * A modal <dialog>, so the browser keeps focus inside it; the input is a combobox whose
 * active option is announced through aria-activedescendant.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { HitKind, SearchHit } from '../../db/search/everything-search';
import { useAppCommand } from '../../services/commands';
import { HitOption } from './HitOption';
import { openHit } from './open-hit';
import { usePaletteSearch } from './use-palette-search';

const GROUP_LABELS: Record<HitKind, string> = {
  role: 'Roles',
  requirement: 'Requirements',
  evidence: 'Evidence',
  note: 'Notes',
  story: 'Stories',
};

interface Group {
  kind: HitKind;
  /** The position of the group's first hit among all hits. */
  start: number;
  hits: SearchHit[];
}

function groupsOf(hits: SearchHit[]): Group[] {
  const groups: Group[] = [];
  hits.forEach((hit, i) => {
    const last = groups.at(-1);
    if (last?.kind === hit.kind) last.hits.push(hit);
    else groups.push({ kind: hit.kind, start: i, hits: [hit] });
  });
  return groups;
}

export function SearchPalette() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  useAppCommand('open-search', () => {
    setOpen(true);
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = () => {
    setOpen(false);
  };

  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-label="Search everything"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, outside its box) closes it.
        if (event.target === event.currentTarget) close();
      }}
    >
      {open && <PaletteBody onClose={close} />}
    </dialog>
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = usePaletteSearch(query);
  const listId = useId();
  const hits = results?.hits ?? [];
  const optionId = (index: number) => `${listId}-option-${String(index)}`;
  const current = hits.length > 0 ? Math.min(active, hits.length - 1) : -1;

  useEffect(() => {
    document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    openHit(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setActive((current + move + hits.length) % hits.length);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : hits.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[current]);
    }
  };

  const trimmed = query.trim();
  const status = !trimmed
    ? 'Type to search roles, requirements, evidence, notes and stories.'
    : !results || results.query !== trimmed
      ? 'Searching…'
      : hits.length === 0
        ? `Nothing matches “${trimmed}”.`
        : `${hits.length === 1 ? '1 result' : `${String(hits.length)} results`}. Up and Down to choose, Enter to open.`;

  return (
    <div className="palette-body">
      <input
        type="text"
        className="search-input palette-input"
        role="combobox"
        aria-label="Search everything"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        placeholder="Search roles, requirements, evidence, notes, stories"
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p className="palette-status muted" role="status">
        {status}
      </p>
      <ul id={listId} role="listbox" aria-label="Search results" className="palette-list">
        {groupsOf(hits).map((group) => (
          <li key={group.kind} role="presentation">
            <ul role="group" aria-labelledby={`${listId}-${group.kind}`}>
              <li role="presentation" id={`${listId}-${group.kind}`} className="palette-group">
                {GROUP_LABELS[group.kind]}
              </li>
              {group.hits.map((hit, i) => {
                const at = group.start + i;
                return (
                  <HitOption
                    key={`${hit.kind}:${hit.id}`}
                    hit={hit}
                    id={optionId(at)}
                    active={at === current}
                    onOpen={() => {
                      choose(hit);
                    }}
                    onPoint={() => {
                      if (at !== current) setActive(at);
                    }}
                  />
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
