/**
 * Every checklist item's text, held once per database for "Also asked by", with the
 * similarity index built from it. Reading all 60,000 items for each suggestion took most
 * of a second, and rebuilding the index seconds, so both are kept between suggestions:
 * - this window's writes reach the copy through table hooks, applied once their
 *   transaction commits; only a new, deleted, reworded or moved item makes the index
 *   stale (ticks and story links do not);
 * - a write to the items from another window (Dexie says so through `storagemutated`)
 *   drops the copy, and the next suggestion reads everything again.
 */
import Dexie, { type ObservabilitySet, type Transaction } from 'dexie';
import type { Requirement } from '../../../shared/domain/model';
import { buildSuggestionIndex, type SuggestionIndex } from '../../../shared/similarity/index';
import type { ShortlistDb } from './db';

/** What the similarity reads of an item. */
export interface IndexedAsk {
  id: string;
  roleId: string;
  text: string;
}

/** Per transaction, the items it adds, rewords or moves (a record) or deletes (null). */
type Changes = Map<string, IndexedAsk | null>;

function askOf(item: Requirement): IndexedAsk {
  return { id: item.id, roleId: item.roleId, text: item.text };
}

export class AskCorpus {
  private items: Map<string, IndexedAsk> | null = null;
  private index: SuggestionIndex<IndexedAsk> | null = null;
  /** Moves on with every change that reaches the copy, so a read racing one is redone. */
  private generation = 0;
  /** This window's transactions writing items, until they end. */
  private readonly open = new Map<Transaction, Changes>();
  private readonly itemsPart: string;

  constructor(private readonly db: ShortlistDb) {
    this.itemsPart = `idb://${db.name}/requirements/`;
    this.watch();
    Dexie.on.storagemutated.subscribe(this.mutated);
  }

  /** The index of every item, built from the current texts (in id order, as before). */
  async suggestionIndex(): Promise<SuggestionIndex<IndexedAsk>> {
    const items = await this.load();
    if (!this.index) {
      const sorted = [...items.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.index = buildSuggestionIndex(sorted);
    }
    return this.index;
  }

  /** Stops following the database (it is going away). */
  close(): void {
    Dexie.on.storagemutated.unsubscribe(this.mutated);
  }

  private async load(): Promise<Map<string, IndexedAsk>> {
    while (!this.items) {
      const started = this.generation;
      const read = await this.db.requirements.toArray();
      // A commit landed meanwhile: the read may predate it, so read again.
      if (started !== this.generation) continue;
      this.items = new Map(read.map((item) => [item.id, askOf(item)]));
      this.index = null;
    }
    return this.items;
  }

  /** Dexie's notice of committed writes, from this window or another. */
  private readonly mutated = (parts: ObservabilitySet): void => {
    if (!Object.keys(parts).some((part) => part.startsWith(this.itemsPart))) return;
    // This window's commits fire it as they end (their changes are applied by the hooks);
    // anything else wrote from another window.
    const ours = [...this.open.keys()].some((transaction) => !transaction.active);
    if (ours) return;
    this.generation += 1;
    this.items = null;
    this.index = null;
  };

  private changesOf(transaction: Transaction): Changes {
    let changes = this.open.get(transaction);
    if (!changes) {
      const created: Changes = new Map();
      changes = created;
      this.open.set(transaction, created);
      transaction.on('complete', () => {
        this.open.delete(transaction);
        this.apply(created);
      });
      transaction.on('abort', () => {
        this.open.delete(transaction);
      });
      transaction.on('error', () => {
        this.open.delete(transaction);
      });
    }
    return changes;
  }

  private apply(changes: Changes): void {
    if (changes.size === 0) return;
    this.generation += 1;
    this.index = null;
    if (!this.items) return;
    for (const [id, ask] of changes) {
      if (ask) this.items.set(id, ask);
      else this.items.delete(id);
    }
  }

  private watch(): void {
    const table = this.db.requirements;
    table.hook('creating', (_key, item, transaction) => {
      this.changesOf(transaction).set(item.id, askOf(item));
    });
    table.hook('updating', (changes, key, item, transaction) => {
      const record = this.changesOf(transaction);
      const next = askOf({ ...item, ...(changes as Partial<Requirement>) });
      if (next.text === item.text && next.roleId === item.roleId) return;
      record.set(key, next);
    });
    table.hook('deleting', (key, _item, transaction) => {
      this.changesOf(transaction).set(key, null);
    });
  }
}

const corpora = new WeakMap<ShortlistDb, AskCorpus>();

/** The database's corpus, created (and its hooks installed) on first use. */
export function askCorpus(db: ShortlistDb): AskCorpus {
  let corpus = corpora.get(db);
  if (!corpus) {
    corpus = new AskCorpus(db);
    corpora.set(db, corpus);
  }
  return corpus;
}
