/**
 * Groups lines into sections: finds the headings (markdown `#`, `**bold**` lines, and
 * plain-text heading lines), then collects each section's paragraphs and list items.
 * Plain-text items (one per line, no marker) and glued items are recognised here.
 */

import {
  classifyHeading,
  classifyPlainHeading,
  isKnownOtherHeading,
  matchHeading,
} from './heading-kinds';
import {
  boldHeading,
  couldBeHeading,
  countWords,
  headingText,
  isBareItem,
  isProse,
  looksStyledAsHeading,
  LOWER_START,
  MAX_HEADING_LINE,
} from './heading-lines';
import { splitGluedItems } from './glued-items';
import { cleanInline, cleanItem } from './inline';
import type { Line } from './lines';
import {
  inheritKind,
  LIST_SECTIONS,
  MAX_REQUIREMENT_LINE,
  MIN_REQUIREMENT_LINES,
  PSEUDO_HEADING_LEVEL,
  refineSectionKind,
  REQUIREMENT_SECTIONS,
} from './section-kinds';
import type { ParsedSection, SectionKind } from './types';

/** A paragraph line that splits into this many glued items is a list, not prose. */
const MIN_GLUED_ITEMS = 3;
/** Longest lead-in ending in a colon that may open a section by its wording. */
const MAX_LEAD_IN_WORDS = 25;
/** A line ending in a colon, possibly inside emphasis (`**Perks:**`). */
const LABEL_END = /[:：][*_\s]*$/;
const TERMINAL = /[.!?:;]$/;
interface OpenItem {
  text: string;
  indent: number;
  subItems: string[];
}

interface Draft {
  section: ParsedSection;
  level: number;
}

/** Builds sections line by line; see {@link buildSections}. */
class SectionBuilder {
  private readonly drafts: Draft[] = [];
  private current: ParsedSection;
  private pending: string[] = [];
  private open: OpenItem | undefined;
  private blankSinceItem = false;

  constructor(
    private readonly lines: readonly Line[],
    private readonly consumed: ReadonlySet<number>,
  ) {
    this.current = { heading: '', kind: 'summary', paragraphs: [], items: [] };
    this.drafts.push({ section: this.current, level: 0 });
  }

  /** The line at `i`, with header lines and out-of-range positions read as blank. */
  private lineAt(i: number): Line | undefined {
    if (this.consumed.has(i)) return undefined;
    const line = this.lines[i];
    return line === undefined || line.kind === 'blank' ? undefined : line;
  }

  /** Whether the neighbour at `i` is a short text line, as inside a plain-text list. */
  private isListLine(i: number): boolean {
    const line = this.lineAt(i);
    return line?.kind === 'text' && !isProse(line.content);
  }

  /** Decides whether text line `i` is a heading, and which. */
  private plainHeading(i: number, content: string): [string, SectionKind] | undefined {
    if (content.length > MAX_HEADING_LINE) return undefined;
    const bold = boldHeading(content);
    if (bold !== undefined) return [bold, classifyHeading(bold)];
    const text = headingText(content);
    if (LABEL_END.test(content)) {
      // "Requirements:" or "In this role, you will:" introduce what follows, and so does a
      // longer lead-in that names a kind at its start ("Nice to haves, not required…:").
      if (couldBeHeading(text)) return [text, classifyHeading(text)];
      const named = classifyPlainHeading(text, true);
      return named !== undefined && countWords(text) <= MAX_LEAD_IN_WORDS
        ? [text, named]
        : undefined;
    }
    if (!couldBeHeading(text)) return undefined;
    const named = classifyPlainHeading(text);
    if (named !== undefined && !(this.isListLine(i - 1) && this.isListLine(i + 1))) {
      return [text, named];
    }
    if (isKnownOtherHeading(text)) return [text, 'other'];
    // Unknown wording: only a line standing alone and styled like a heading (Title Case,
    // CAPITALS or a question) counts, and not when the nearest lines around it are short
    // lines standing alone too: that is a list with blank lines between its items.
    if (!looksStyledAsHeading(text)) return undefined;
    const previous = this.lineAt(i - 1);
    const next = this.lineAt(i + 1);
    const alonePrevious = previous === undefined || previous.kind === 'heading';
    // A lead-in right under it ("The package for this role includes:") leaves it alone too.
    const aloneNext =
      next === undefined ||
      next.kind !== 'text' ||
      isProse(next.content) ||
      LABEL_END.test(next.content);
    if (!alonePrevious || !aloneNext) return undefined;
    if (this.isLooseItem(this.nearest(i, 1)) || this.isLooseItem(this.nearest(i, -1))) {
      return undefined;
    }
    return [text, classifyHeading(text)];
  }

  /** Index of the nearest non-blank line from `i` in direction `step` (±1), or -1. */
  private nearest(i: number, step: 1 | -1): number {
    for (let j = i + step, seen = 0; j >= 0 && j < this.lines.length && seen < 4; j += step) {
      if (this.lineAt(j) !== undefined) return j;
      seen++;
    }
    return -1;
  }

  /** Whether line `j` is a short text line alone between blank lines (a loose list item). */
  private isLooseItem(j: number): boolean {
    const line = this.lineAt(j);
    if (line?.kind !== 'text' || isProse(line.content)) return false;
    if (this.lineAt(j - 1) !== undefined || this.lineAt(j + 1) !== undefined) return false;
    return couldBeHeading(headingText(line.content)) && !LABEL_END.test(line.content);
  }

  private startSection(
    heading: string,
    ownKind: SectionKind,
    level: number,
    isLabel: boolean,
  ): void {
    this.flush();
    const before = this.drafts[this.drafts.length - 1];
    const kind = inheritKind({ text: heading, kind: ownKind, level, isLabel }, before);
    this.current = { heading, kind, paragraphs: [], items: [] };
    this.drafts.push({ section: this.current, level });
  }

  private closeItem(): void {
    const open = this.open;
    this.open = undefined;
    if (open === undefined) return;
    let text = cleanItem(open.text);
    const subItems = open.subItems.map(cleanItem).filter((sub) => sub !== '');
    if (subItems.length > 0) text = `${text} ${subItems.join('; ')}`.trim();
    if (text !== '') this.current.items.push(text);
  }

  /** Turns the pending plain-text lines into list items or paragraphs. */
  private flushText(): void {
    if (this.pending.length === 0) return;
    const joined: string[] = [];
    for (const raw of this.pending) {
      const cleaned = cleanInline(raw);
      const last = joined[joined.length - 1];
      // A line starting in lower case continues the previous one (a wrapped line).
      if (last !== undefined && LOWER_START.test(cleaned) && !TERMINAL.test(last)) {
        joined[joined.length - 1] = `${last} ${cleaned}`;
      } else if (cleaned !== '') {
        joined.push(cleaned);
      }
    }
    this.pending = [];
    // A block is a list when most of its lines are short; lines of prose make it paragraphs.
    const prose = joined.filter(isProse).length;
    // In a list section, a lone short line without a final period is an item of a list
    // with blank lines between its items; a lone sentence is a lead-in paragraph.
    // Once prose follows the list, later lone lines are notes ("Remote - USA"), not items.
    const loneItem =
      joined.length === 1 &&
      LIST_SECTIONS.has(this.current.kind) &&
      this.current.paragraphs.length === 0 &&
      isBareItem(joined[0] ?? '');
    // Under a requirements heading, a block of several short lines is one item per line
    // even when the items have sentences of their own ("Leader. You do…").
    const requirementLines =
      joined.length >= MIN_REQUIREMENT_LINES &&
      REQUIREMENT_SECTIONS.has(this.current.kind) &&
      joined.every((line) => line.length <= MAX_REQUIREMENT_LINE && !LABEL_END.test(line));
    const isList =
      loneItem || requirementLines || (joined.length >= 2 && prose * 2 < joined.length);
    // A line alone in a list section is a whole list when it splits into glued items;
    // among one-item-per-line lines two pieces are more often a false split
    // ("ScrumMaster") than two items.
    const minGlued =
      joined.length === 1 && LIST_SECTIONS.has(this.current.kind) ? 2 : MIN_GLUED_ITEMS;
    for (const line of joined) {
      const pieces = splitGluedItems(line);
      if (isList || pieces.length >= minGlued) {
        for (const piece of pieces.length >= minGlued ? pieces : [line]) {
          const item = cleanItem(piece);
          if (item !== '') this.current.items.push(item);
        }
      } else {
        this.current.paragraphs.push(line);
      }
    }
  }

  private flush(): void {
    this.flushText();
    this.closeItem();
  }

  private addBullet(line: Line): void {
    this.flushText();
    const bold = boldHeading(line.content);
    if (bold !== undefined && matchHeading(bold, false) !== undefined) {
      this.startSection(bold, classifyHeading(bold), PSEUDO_HEADING_LEVEL, false);
      return;
    }
    const open = this.open;
    if (open !== undefined && line.indent > open.indent + 1 && /[:：]\s*$/.test(open.text)) {
      open.subItems.push(line.content);
    } else {
      this.closeItem();
      this.open = { text: line.content, indent: line.indent, subItems: [] };
    }
    this.blankSinceItem = false;
  }

  private addText(i: number, line: Line): void {
    const heading = this.plainHeading(i, line.content);
    if (heading !== undefined) {
      const isLabel = LABEL_END.test(line.content);
      this.startSection(heading[0], heading[1], PSEUDO_HEADING_LEVEL, isLabel);
      return;
    }
    const open = this.open;
    const continues = line.indent > (open?.indent ?? 0) || LOWER_START.test(line.content);
    if (open !== undefined && !this.blankSinceItem && continues) {
      if (open.subItems.length > 0) {
        const lastSub = open.subItems.length - 1;
        open.subItems[lastSub] = `${open.subItems[lastSub] ?? ''} ${line.content}`;
      } else {
        open.text = `${open.text} ${line.content}`;
      }
      return;
    }
    this.closeItem();
    this.pending.push(line.content);
  }

  /** Runs over all lines and returns the finished sections. */
  build(): ParsedSection[] {
    this.lines.forEach((line, i) => {
      if (this.consumed.has(i) || line.kind === 'blank') {
        this.flushText();
        this.blankSinceItem = true;
      } else if (line.kind === 'heading') {
        const heading = headingText(line.content);
        if (heading === '') return;
        this.startSection(heading, classifyHeading(heading), line.level, false);
      } else if (line.kind === 'bullet') {
        this.addBullet(line);
      } else {
        this.addText(i, line);
      }
    });
    this.flush();
    return this.drafts
      .map((draft) => refineSectionKind(draft.section))
      .filter((s) => s.heading !== '' || s.paragraphs.length > 0 || s.items.length > 0);
  }
}

/**
 * Splits a posting's lines into sections with their headings, kinds, paragraphs and items.
 *
 * @param lines - Lines from `readLines`.
 * @param consumed - Indexes of header lines (title, company…) to skip.
 * @returns The sections in order; text before the first heading is a `summary` section
 *   with an empty heading (left out when empty).
 */
export function buildSections(
  lines: readonly Line[],
  consumed: ReadonlySet<number>,
): ParsedSection[] {
  return new SectionBuilder(lines, consumed).build();
}
