/**
 * The fallback of global search: an in-memory MiniSearch index of roles (title, team,
 * company, location), requirements (text and evidence) and notes (title, body, tags).
 * Used only when the persisted word index (persisted-search.ts) cannot be written (storage
 * full): building it reads every record, which takes seconds at 100,000 notes. Once built
 * it is kept in step by Dexie hooks as each write transaction commits.
 */
import MiniSearch from 'minisearch';
import type { Table, Transaction } from 'dexie';
import type { Note, Requirement, Role } from '../../../../shared/domain/model';
import type { ShortlistDb } from '../db';

interface SearchDoc {
  id: string;
  roleId: string;
  text: string;
}

type Op = (index: MiniSearch<SearchDoc>) => void;

/**
 * Documents indexed between pauses. Indexing 100,000 notes takes seconds; in slices of
 * this size the window keeps answering clicks and keys while it runs.
 */
const SLICE = 2000;

/** Lets the browser handle input and paint before the next slice. */
const pause = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

const roleDoc = (role: Role): SearchDoc => ({
  id: `role:${role.id}`,
  roleId: role.id,
  text: [role.title, role.team, role.company, role.location].join(' '),
});
const requirementDoc = (item: Requirement): SearchDoc => ({
  id: `req:${item.id}`,
  roleId: item.roleId,
  text: `${item.text} ${item.evidence}`,
});
const noteDoc = (note: Note): SearchDoc => ({
  id: `note:${note.id}`,
  roleId: note.roleId,
  text: `${note.title} ${note.body} ${note.tags.join(' ')}`,
});

function upsert(index: MiniSearch<SearchDoc>, doc: SearchDoc): void {
  if (index.has(doc.id)) index.replace(doc);
  else index.add(doc);
}

function remove(index: MiniSearch<SearchDoc>, id: string): void {
  if (index.has(id)) index.discard(id);
}

function newIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({ fields: ['text'], storeFields: ['roleId'] });
}

/** Role ids matching every word of a query (each word may match a different record). */
export class MemorySearch {
  private index: MiniSearch<SearchDoc> | null = null;
  private building: Promise<MiniSearch<SearchDoc>> | null = null;
  /** Changes committed while the index was being built, replayed after it. */
  private queued: Op[] = [];

  constructor(private readonly db: ShortlistDb) {
    this.watch(db.roles, roleDoc);
    this.watch(db.requirements, requirementDoc);
    this.watch(db.notes, noteDoc);
  }

  /** The ids of roles that match all words of `query` (prefix and slightly fuzzy). */
  async search(query: string): Promise<Set<string>> {
    const words = query.trim().split(/\s+/).filter(Boolean);
    const index = await this.ready();
    const perWord = words.map(
      (word) =>
        new Set(
          index
            .search(word, { prefix: true, fuzzy: word.length > 4 ? 0.2 : false })
            .map((hit) => String(hit.roleId)),
        ),
    );
    const [first, ...rest] = perWord;
    if (!first) return new Set();
    return new Set([...first].filter((id) => rest.every((set) => set.has(id))));
  }

  /** Builds the index now, in the background, so the first search does not wait. */
  async prepare(): Promise<void> {
    await this.ready();
  }

  private ready(): Promise<MiniSearch<SearchDoc>> {
    if (this.index) return Promise.resolve(this.index);
    this.building ??= this.build();
    return this.building;
  }

  private async build(): Promise<MiniSearch<SearchDoc>> {
    const db = this.db;
    const [roles, requirements, notes] = await db.transaction(
      'r',
      [db.roles, db.requirements, db.notes],
      () => Promise.all([db.roles.toArray(), db.requirements.toArray(), db.notes.toArray()]),
    );
    const index = newIndex();
    const docs = [
      ...roles.map(roleDoc),
      ...requirements.map(requirementDoc),
      ...notes.map(noteDoc),
    ];
    for (let start = 0; start < docs.length; start += SLICE) {
      if (start > 0) await pause();
      index.addAll(docs.slice(start, start + SLICE));
    }
    // Writes committed since the read, in order (upserts and removals are idempotent).
    for (const op of this.queued) op(index);
    this.queued = [];
    this.index = index;
    return index;
  }

  private apply(op: Op): void {
    if (this.index) op(this.index);
    // Before the first search nothing is indexed yet: the build will read the database.
    else if (this.building) this.queued.push(op);
  }

  /** Mirrors a table's committed writes into the index. */
  private watch<T extends object, TInsert>(
    table: Table<T, string, TInsert>,
    toDoc: (record: T) => SearchDoc,
  ): void {
    const onCommit = (transaction: Transaction, op: Op) => {
      transaction.on('complete', () => {
        this.apply(op);
      });
    };
    table.hook('creating', (_key, record, transaction) => {
      const doc = toDoc(record);
      onCommit(transaction, (index) => {
        upsert(index, doc);
      });
    });
    table.hook('updating', (changes, _key, record, transaction) => {
      // Our updates change top-level fields only, so a shallow merge is the new record.
      const doc = toDoc(Object.assign({} as T, record, changes));
      onCommit(transaction, (index) => {
        upsert(index, doc);
      });
    });
    table.hook('deleting', (_key, record, transaction) => {
      const id = toDoc(record).id;
      onCommit(transaction, (index) => {
        remove(index, id);
      });
    });
  }
}
