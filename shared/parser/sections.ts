/**
 * Groups lines into sections: finds the headings (markdown `#`, `**bold**` lines, and
 * plain-text heading lines), then collects each section's paragraphs and list items.
 * Plain-text items (one per line, no marker) and glued items are recognised here.
 */

import {
  classifyHeading,
  classifyPlainHeading,
  matchHeading,
  refineSectionKind,
} from './heading-kinds';
import {
  boldHeading,
  couldBeHeading,
  countWords,
  headingText,
  isProse,
  looksStyledAsHeading,
  LOWER_START,
  MAX_HEADING_LINE,
  SENTENCE_BREAK,
} from './heading-lines';
import { splitGluedItems } from './glued-items';
import { cleanInline, cleanItem, stripLeadingMarkers } from './inline';
import type { Line } from './lines';
import type { ParsedSection, SectionKind } from './types';

/** Bold and plain-text headings sit below every markdown `#` level. */
const PSEUDO_HEADING_LEVEL = 7;
/** A paragraph line that splits into this many glued items is a list, not prose. */
const MIN_GLUED_ITEMS = 3;

/** A sibling heading this short is a category label within a list ("Health:", "Tools"). */
const MAX_CATEGORY_WORDS = 3;
/** Kinds whose lists are often split under category labels. */
const LIST_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'requirements',
  'nice-to-haves',
  'benefits',
]);

/** Kinds an unknown sub-heading inherits from the heading it sits under. */
const INHERITED: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'requirements',
  'nice-to-haves',
  'responsibilities',
  'benefits',
  'about',
  'equal-opportunity',
]);

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
  private kindAt(i: number): Line | undefined {
    if (this.consumed.has(i)) return undefined;
    const line = this.lines[i];
    return line === undefined || line.kind === 'blank' ? undefined : line;
  }

  /** Whether the neighbour at `i` is a short text line, as inside a plain-text list. */
  private isListLine(i: number): boolean {
    const line = this.kindAt(i);
    return line?.kind === 'text' && !isProse(line.content);
  }

  /** Decides whether text line `i` is a heading, and which. */
  private plainHeading(i: number, content: string): [string, SectionKind] | undefined {
    if (content.length > MAX_HEADING_LINE) return undefined;
    const bold = boldHeading(content);
    if (bold !== undefined) return [bold, classifyHeading(bold)];
    const cleaned = stripLeadingMarkers(cleanInline(content));
    const text = headingText(content);
    if (!couldBeHeading(text)) return undefined;
    // "Requirements:" or "In this role, you will:" introduce what follows.
    if (/[:：]$/.test(cleaned)) return [text, classifyHeading(text)];
    const named = classifyPlainHeading(text);
    if (named !== undefined && !(this.isListLine(i - 1) && this.isListLine(i + 1))) {
      return [text, named];
    }
    // Unknown wording: only a line standing alone and styled like a heading (Title Case,
    // CAPITALS or a question) counts, so short items separated by blank lines stay items.
    if (!looksStyledAsHeading(text)) return undefined;
    const previous = this.kindAt(i - 1);
    const next = this.kindAt(i + 1);
    const alonePrevious = previous === undefined || previous.kind === 'heading';
    const aloneNext = next === undefined || next.kind !== 'text' || isProse(next.content);
    return alonePrevious && aloneNext ? [text, classifyHeading(text)] : undefined;
  }

  private startSection(heading: string, ownKind: SectionKind, level: number): void {
    this.flush();
    // An unknown heading continues what came just before it when that was an empty
    // heading ("### Qualifications" then "**Votre profil**"; "**Benefits**" then
    // "Health:") or a sibling pseudo-heading ("Health:" then "Financial:"). It does not
    // inherit from a filled markdown section, whose next unknown heading is often a new
    // topic ("Remote - USA" after the requirements).
    const before = this.drafts[this.drafts.length - 1];
    let kind = ownKind;
    if (kind === 'other' && before !== undefined && INHERITED.has(before.section.kind)) {
      const empty = before.section.paragraphs.length === 0 && before.section.items.length === 0;
      const sibling =
        before.level === PSEUDO_HEADING_LEVEL &&
        level === PSEUDO_HEADING_LEVEL &&
        countWords(heading) <= MAX_CATEGORY_WORDS &&
        LIST_KINDS.has(before.section.kind);
      if (empty || sibling) kind = before.section.kind;
    }
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
    const prose = joined.filter(isProse).length;
    const isList = joined.length >= 2 && prose * 2 < joined.length;
    for (const line of joined) {
      const pieces = splitGluedItems(line);
      // In a list block, a line of several sentences is a paragraph among the items (a
      // closing statement), not an item; long single-sentence lines are still items.
      const listItem = isList && !SENTENCE_BREAK.test(line);
      if (listItem || pieces.length >= MIN_GLUED_ITEMS) {
        for (const piece of pieces) {
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
      this.startSection(bold, classifyHeading(bold), PSEUDO_HEADING_LEVEL);
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
      this.startSection(heading[0], heading[1], PSEUDO_HEADING_LEVEL);
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
        this.startSection(heading, classifyHeading(heading), line.level);
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
