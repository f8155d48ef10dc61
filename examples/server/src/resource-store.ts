import Database from "better-sqlite3";

/** One stored resource: its JSON body and a version that grows by one on every write (the ETag). */
export interface StoredResource {
  readonly body: unknown;
  readonly version: number;
}

interface Row {
  body: string;
  version: number;
}

/**
 * Resources of every kind in one SQLite table, keyed by kind, scope (the parent ids from the URL, such as
 * `project-456/integration-1`) and id. The body is stored as JSON text.
 */
export class ResourceStore {
  readonly filename: string;
  private readonly db: Database.Database;
  private readonly selectRow: Database.Statement<[string, string, string], Row>;
  private readonly upsertRow: Database.Statement<[string, string, string, string]>;
  private readonly updateRow: Database.Statement<[string, number, string, string, string]>;

  /** Opens (and creates when needed) the database; `:memory:` keeps everything in this process. */
  constructor(filename = ":memory:") {
    this.filename = filename;
    this.db = new Database(filename);
    if (filename !== ":memory:") {
      // WAL lets readers run while a PATCH writes; busy_timeout makes a second process wait instead of failing.
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("busy_timeout = 5000");
    }
    this.db.exec(`CREATE TABLE IF NOT EXISTS resources (
      kind TEXT NOT NULL,
      scope TEXT NOT NULL,
      id TEXT NOT NULL,
      body TEXT NOT NULL,
      version INTEGER NOT NULL,
      PRIMARY KEY (kind, scope, id)
    ) STRICT`);
    this.selectRow = this.db.prepare(
      "SELECT body, version FROM resources WHERE kind = ? AND scope = ? AND id = ?",
    );
    this.upsertRow = this.db.prepare(
      `INSERT INTO resources (kind, scope, id, body, version) VALUES (?, ?, ?, ?, 1)
       ON CONFLICT (kind, scope, id) DO UPDATE SET body = excluded.body, version = version + 1`,
    );
    this.updateRow = this.db.prepare(
      "UPDATE resources SET body = ?, version = version + 1 WHERE version = ? AND kind = ? AND scope = ? AND id = ?",
    );
  }

  /** The stored resource, or `undefined` when there is none. */
  get(kind: string, scope: string, id: string): StoredResource | undefined {
    const row = this.selectRow.get(kind, scope, id);
    return row === undefined ? undefined : { body: JSON.parse(row.body) as unknown, version: row.version };
  }

  /** Creates or replaces a resource; returns its new version. */
  put(kind: string, scope: string, id: string, body: unknown): number {
    return this.transaction(() => {
      this.upsertRow.run(kind, scope, id, JSON.stringify(body));
      return (this.selectRow.get(kind, scope, id) as Row).version;
    });
  }

  /**
   * Writes a new body over the version that was read; returns the new version. Throws when the row changed in
   * between, which cannot happen inside {@link ResourceStore.transaction} (and would roll it back if it did).
   */
  replace(kind: string, scope: string, id: string, readVersion: number, body: unknown): number {
    const info = this.updateRow.run(JSON.stringify(body), readVersion, kind, scope, id);
    if (info.changes !== 1) throw new Error(`resource ${kind} ${scope}/${id} changed during the transaction`);
    return readVersion + 1;
  }

  /**
   * Runs `work` in one SQLite transaction, begun IMMEDIATE so the write lock is taken before the read: a
   * read-modify-write cannot interleave with another writer, even from a second process. A throw rolls back.
   */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  /** Number of stored resources of a kind (used to seed an empty database). */
  count(kind: string): number {
    const row = this.db.prepare("SELECT count(*) AS n FROM resources WHERE kind = ?").get(kind) as {
      n: number;
    };
    return row.n;
  }

  /** Closes the database. */
  close(): void {
    this.db.close();
  }
}
