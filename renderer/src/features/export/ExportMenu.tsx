/**
 * A menu button (WAI-ARIA "menu button" pattern): the button opens a list of actions;
 * arrow keys, Home and End move between them, a letter jumps to the next action starting
 * with it, Enter or Space runs one, Escape closes and focus returns to the button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuAction {
  label: string;
  run: () => void;
  /** Shown but not run: e.g. "Add to calendar" for an interview with no date yet. */
  disabled?: boolean;
  /** Says why an action is disabled, or what it does. */
  hint?: string;
}

interface ExportMenuProps {
  /** The button's text; also names the menu. */
  label: string;
  items: readonly MenuAction[];
  /** Overrides the button's accessible name when its text alone is ambiguous. */
  accessibleName?: string;
  className?: string;
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
}

export function ExportMenu({
  label,
  items,
  accessibleName,
  className = 'button',
  align = 'end',
}: ExportMenuProps) {
  const id = useId();
  const [active, setActive] = useState<number | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const open = active !== null;

  useEffect(() => {
    if (active !== null) itemRefs.current[active]?.focus();
  }, [active]);

  // A press anywhere else closes the menu, leaving focus where the user put it.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setActive(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  function close() {
    setActive(null);
    buttonRef.current?.focus();
  }

  function choose(item: MenuAction) {
    if (item.disabled) return;
    close();
    item.run();
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(event.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (active === null) return;
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active === last ? 0 : active + 1,
      ArrowUp: active === 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      setActive(target);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      // Tab leaves the menu for the next control, as it would from the button.
      setActive(null);
    } else if (
      event.key.length === 1 &&
      /\S/.test(event.key) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
      // A letter jumps to the next action starting with it; shortcuts pass through.
      const letter = event.key.toLowerCase();
      const order = items.map((_, index) => (active + 1 + index) % items.length);
      const next = order.find((index) => items[index]?.label.toLowerCase().startsWith(letter));
      if (next !== undefined) setActive(next);
    }
  }

  return (
    <div ref={rootRef} className="action-menu">
      <button
        ref={buttonRef}
        id={`${id}-button`}
        type="button"
        className={className}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={accessibleName}
        onClick={() => {
          setActive(open ? null : 0);
        }}
        onKeyDown={onButtonKeyDown}
      >
        {label}
        <span className="action-menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className={`action-menu-list action-menu-${align}`}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item, index) => (
            <button
              key={item.label}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              className="action-menu-item"
              tabIndex={index === active ? 0 : -1}
              aria-disabled={item.disabled ?? undefined}
              aria-describedby={item.hint ? `${id}-hint-${String(index)}` : undefined}
              onClick={() => {
                choose(item);
              }}
              onMouseEnter={() => {
                setActive(index);
              }}
            >
              {item.label}
              {item.hint && (
                // Hidden from the name (it describes the item instead), shown to the eye.
                <span
                  id={`${id}-hint-${String(index)}`}
                  className="action-menu-hint"
                  aria-hidden="true"
                >
                  {item.hint}
                </span>
              )}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
