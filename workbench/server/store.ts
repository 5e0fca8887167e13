// Storage of the emulated site: node:sqlite in DATA_DIR/site.db.
//
// The site's metadata (web, users, groups, permission levels, lists with their fields, views and
// role assignments) is one small JSON document. A list item is a row of `item_meta` (system
// columns and a copy of the indexed/unique column values, all loaded at start: the in-memory
// index that answers indexed queries and item-level security) and a row of `item_data` (every
// field value as JSON, read only when a query needs a column that is not indexed, then cached).
import { DatabaseSync } from 'node:sqlite';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Mask } from './perms';

export interface UserRec {
  id: number;
  login: string;
  title: string;
  email: string;
  isSiteAdmin: boolean;
}

export interface GroupRec {
  id: number;
  title: string;
  description: string;
  ownerId: number;
  members: number[];
}

export interface RoleDefRec {
  id: number;
  name: string;
  description: string;
  roleTypeKind: number;
  mask: Mask;
  order: number;
  hidden: boolean;
}

export interface RoleAssignment {
  principalId: number;
  roleDefIds: number[];
}

export interface FieldRec {
  id: string;
  internalName: string;
  staticName: string;
  title: string;
  description: string;
  /** TypeAsString. */
  type: string;
  required: boolean;
  unique: boolean;
  indexed: boolean;
  hidden: boolean;
  readOnly: boolean;
  builtIn: boolean;
  sealed: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  decimals?: number;
  choices?: string[];
  fillIn?: boolean;
  defaultValue?: string | null;
  /** DateTime: DateOnly | DateTime; Choice: Dropdown | RadioButtons. */
  format?: string;
  lookupList?: string;
  lookupField?: string;
  group?: string;
  /** Attributes of the creating XML that the emulator does not interpret, kept for SchemaXml. */
  extraAttrs?: Record<string, string>;
}

export interface ListRec {
  id: string;
  title: string;
  description: string;
  baseTemplate: number;
  /** Server-relative URL of the root folder, e.g. /sites/utbildning/Lists/Avrop. */
  url: string;
  entityTypeName: string;
  created: string;
  lastModified: string;
  readSecurity: number;
  writeSecurity: number;
  enableVersioning: boolean;
  enableAttachments: boolean;
  hidden: boolean;
  onQuickLaunch: boolean;
  noCrawl: boolean;
  allowContentTypes: boolean;
  contentTypesEnabled: boolean;
  hasUniqueRoleAssignments: boolean;
  roleAssignments: RoleAssignment[];
  fields: FieldRec[];
  defaultViewId: string;
  viewFields: string[];
  system?: boolean;
}

export interface SiteState {
  version: 1;
  siteId: string;
  webId: string;
  title: string;
  description: string;
  created: string;
  nextPrincipalId: number;
  users: UserRec[];
  groups: GroupRec[];
  roleDefs: RoleDefRec[];
  nextRoleDefId: number;
  webRoleAssignments: RoleAssignment[];
  associatedOwnerGroupId: number;
  associatedMemberGroupId: number;
  associatedVisitorGroupId: number;
  lists: ListRec[];
  provisioned: boolean;
}

export interface ItemRec {
  listId: string;
  id: number;
  authorId: number;
  editorId: number;
  created: string;
  modified: string;
  version: number;
  uniqueId: string;
  /** Values of indexed and unique columns (copies of `data`). */
  ix: Record<string, unknown>;
  /** All field values; null until read from item_data. */
  data: Record<string, unknown> | null;
}

export interface ListItems {
  items: Map<number, ItemRec>;
  /** Unique columns: field -> normalised value -> item id. */
  uniq: Map<string, Map<string, number>>;
  metaFields: Set<string>;
}

let dataLoader: ((listId: string, id: number) => string | undefined) | null = null;
/** Items whose data is cached, oldest first; bounded so a long session does not grow forever. */
const cachedData: ItemRec[] = [];
const MAX_CACHED = 150000;

export function itemData(rec: ItemRec): Record<string, unknown> {
  if (!rec.data) {
    const raw = dataLoader ? dataLoader(rec.listId, rec.id) : undefined;
    rec.data = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    noteCached(rec);
  }
  return rec.data;
}

function noteCached(rec: ItemRec): void {
  cachedData.push(rec);
  if (cachedData.length > MAX_CACHED) {
    for (const old of cachedData.splice(0, MAX_CACHED / 5)) old.data = null;
  }
}

/** Comparable key for a unique column's value (SharePoint compares text case-insensitively). */
export function uniqueKey(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return 's:' + value.trim().toLocaleLowerCase('sv');
  return typeof value + ':' + JSON.stringify(value);
}

export class Store {
  readonly db: DatabaseSync;
  readonly dataDir: string;
  site!: SiteState;
  private lists = new Map<string, ListItems>();
  private nextIds = new Map<string, number>();
  private stmts: {
    putMeta: ReturnType<DatabaseSync['prepare']>;
    putData: ReturnType<DatabaseSync['prepare']>;
    getData: ReturnType<DatabaseSync['prepare']>;
    delMeta: ReturnType<DatabaseSync['prepare']>;
    delData: ReturnType<DatabaseSync['prepare']>;
    putCounter: ReturnType<DatabaseSync['prepare']>;
    putKv: ReturnType<DatabaseSync['prepare']>;
  };
  private inTx = 0;

  constructor(dataDir: string) {
    this.dataDir = dataDir;
    if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
    this.db = new DatabaseSync(join(dataDir, 'site.db'));
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = NORMAL;
      PRAGMA cache_size = -131072;
      CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY, v TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS counters (list_id TEXT PRIMARY KEY, next_id INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS item_meta (
        list_id TEXT NOT NULL,
        id INTEGER NOT NULL,
        author_id INTEGER NOT NULL,
        editor_id INTEGER NOT NULL,
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        version INTEGER NOT NULL,
        unique_id TEXT NOT NULL,
        ix TEXT NOT NULL,
        PRIMARY KEY (list_id, id)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS item_data (
        list_id TEXT NOT NULL,
        id INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (list_id, id)
      );
    `);
    this.stmts = {
      putMeta: this.db.prepare('INSERT OR REPLACE INTO item_meta (list_id, id, author_id, editor_id, created, modified, version, unique_id, ix) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      putData: this.db.prepare('INSERT OR REPLACE INTO item_data (list_id, id, data) VALUES (?, ?, ?)'),
      getData: this.db.prepare('SELECT data FROM item_data WHERE list_id = ? AND id = ?'),
      delMeta: this.db.prepare('DELETE FROM item_meta WHERE list_id = ? AND id = ?'),
      delData: this.db.prepare('DELETE FROM item_data WHERE list_id = ? AND id = ?'),
      putCounter: this.db.prepare('INSERT OR REPLACE INTO counters (list_id, next_id) VALUES (?, ?)'),
      putKv: this.db.prepare('INSERT OR REPLACE INTO kv (k, v) VALUES (?, ?)')
    };
  }

  /** Loads the site; returns false if the database is empty. */
  load(): boolean {
    this.installLoader();
    const row = this.db.prepare("SELECT v FROM kv WHERE k = 'site'").get() as { v: string } | undefined;
    if (!row) return false;
    this.site = JSON.parse(row.v) as SiteState;
    for (const c of this.db.prepare('SELECT list_id, next_id FROM counters').all() as Array<{ list_id: string; next_id: number }>) {
      this.nextIds.set(c.list_id, c.next_id);
    }
    for (const list of this.site.lists) this.lists.set(list.id, this.emptyListItems(list));
    // item_meta is clustered by (list_id, id): rows come in list and id order.
    const stmt = this.db.prepare('SELECT list_id, id, author_id, editor_id, created, modified, version, unique_id, ix FROM item_meta ORDER BY list_id, id');
    stmt.setReturnArrays?.(true);
    const rows = (stmt as unknown as { iterate?: () => Iterable<unknown> }).iterate ? (stmt as unknown as { iterate: () => Iterable<unknown> }).iterate() : stmt.all();
    let li: ListItems | undefined;
    let current = '';
    for (const row of rows as Iterable<unknown>) {
      const r = Array.isArray(row)
        ? row
        : (() => {
            const o = row as Record<string, unknown>;
            return [o.list_id, o.id, o.author_id, o.editor_id, o.created, o.modified, o.version, o.unique_id, o.ix];
          })();
      const listId = r[0] as string;
      if (listId !== current) {
        current = listId;
        li = this.lists.get(listId);
      }
      if (!li) continue;
      li.items.set(r[1] as number, {
        listId,
        id: r[1] as number,
        authorId: r[2] as number,
        editorId: r[3] as number,
        created: r[4] as string,
        modified: r[5] as string,
        version: r[6] as number,
        uniqueId: r[7] as string,
        ix: JSON.parse(r[8] as string) as Record<string, unknown>,
        data: null
      });
    }
    for (const list of this.site.lists) this.rebuildIndexes(list, false);
    return true;
  }

  private installLoader(): void {
    const getData = this.stmts.getData;
    dataLoader = (listId, id) => (getData.get(listId, id) as { data: string } | undefined)?.data;
  }

  init(site: SiteState): void {
    this.installLoader();
    this.site = site;
    for (const list of site.lists) this.lists.set(list.id, this.emptyListItems(list));
    this.saveSite();
  }

  close(): void {
    try {
      this.db.close();
    } catch {
      // already closed
    }
  }

  saveSite(): void {
    this.stmts.putKv.run('site', JSON.stringify(this.site));
  }

  transaction<T>(fn: () => T): T {
    if (this.inTx > 0) return fn();
    this.db.exec('BEGIN');
    this.inTx++;
    try {
      const result = fn();
      this.inTx--;
      this.db.exec('COMMIT');
      return result;
    } catch (e) {
      this.inTx--;
      this.db.exec('ROLLBACK');
      throw e;
    }
  }

  // ---- lists -------------------------------------------------------------------------------

  private emptyListItems(list: ListRec): ListItems {
    return { items: new Map(), uniq: new Map(), metaFields: metaFieldsOf(list) };
  }

  addList(list: ListRec): void {
    this.site.lists.push(list);
    this.lists.set(list.id, this.emptyListItems(list));
    this.saveSite();
  }

  removeList(list: ListRec): void {
    this.site.lists = this.site.lists.filter((l) => l.id !== list.id);
    this.lists.delete(list.id);
    this.transaction(() => {
      this.db.prepare('DELETE FROM item_meta WHERE list_id = ?').run(list.id);
      this.db.prepare('DELETE FROM item_data WHERE list_id = ?').run(list.id);
      this.db.prepare('DELETE FROM counters WHERE list_id = ?').run(list.id);
      this.saveSite();
    });
  }

  listItems(list: ListRec): ListItems {
    let li = this.lists.get(list.id);
    if (!li) {
      li = this.emptyListItems(list);
      this.lists.set(list.id, li);
    }
    return li;
  }

  /**
   * Recomputes the in-memory copies of indexed/unique values after a column's Indexed or
   * EnforceUniqueValues changed (and rewrites the rows' meta when `persist`).
   */
  rebuildIndexes(list: ListRec, persist = true): void {
    const li = this.listItems(list);
    const metaFields = metaFieldsOf(list);
    const changed = !sameSet(metaFields, li.metaFields);
    li.metaFields = metaFields;
    if (changed || !persist) {
      const wanted = [...metaFields];
      for (const rec of li.items.values()) {
        if (wanted.every((f) => f in rec.ix) && Object.keys(rec.ix).length === wanted.length) continue;
        const ix: Record<string, unknown> = {};
        const needsData = wanted.some((f) => !(f in rec.ix));
        const data = needsData ? itemData(rec) : null;
        for (const f of wanted) ix[f] = f in rec.ix ? rec.ix[f] : data ? (data[f] ?? null) : null;
        rec.ix = ix;
        if (persist) this.writeMeta(rec);
      }
    }
    li.uniq = new Map();
    for (const f of list.fields) {
      if (!f.unique) continue;
      const map = new Map<string, number>();
      for (const rec of li.items.values()) {
        const key = uniqueKey(rec.ix[f.internalName]);
        if (key !== null && !map.has(key)) map.set(key, rec.id);
      }
      li.uniq.set(f.internalName, map);
    }
  }

  // ---- items -------------------------------------------------------------------------------

  allocateItemId(list: ListRec): number {
    const li = this.listItems(list);
    let next = this.nextIds.get(list.id);
    if (next === undefined) {
      let max = 0;
      for (const id of li.items.keys()) if (id > max) max = id;
      next = max + 1;
    }
    this.nextIds.set(list.id, next + 1);
    this.stmts.putCounter.run(list.id, next + 1);
    return next;
  }

  private writeMeta(rec: ItemRec): void {
    this.stmts.putMeta.run(rec.listId, rec.id, rec.authorId, rec.editorId, rec.created, rec.modified, rec.version, rec.uniqueId, JSON.stringify(rec.ix));
  }

  /** Stores a new or changed item (its `data` is the full set of values). */
  putItem(list: ListRec, rec: ItemRec, previous?: ItemRec): void {
    const li = this.listItems(list);
    const data = rec.data;
    if (!data) throw new Error('putItem needs the item data');
    rec.listId = list.id;
    const ix: Record<string, unknown> = {};
    for (const f of li.metaFields) ix[f] = data[f] ?? null;
    rec.ix = ix;
    this.transaction(() => {
      this.writeMeta(rec);
      this.stmts.putData.run(list.id, rec.id, JSON.stringify(data));
    });
    li.items.set(rec.id, rec);
    noteCached(rec);
    for (const [field, map] of li.uniq) {
      if (previous) {
        const old = uniqueKey(previous.ix[field]);
        if (old !== null && map.get(old) === rec.id) map.delete(old);
      }
      const key = uniqueKey(ix[field]);
      if (key !== null) map.set(key, rec.id);
    }
  }

  deleteItem(list: ListRec, rec: ItemRec): void {
    const li = this.listItems(list);
    this.transaction(() => {
      this.stmts.delMeta.run(list.id, rec.id);
      this.stmts.delData.run(list.id, rec.id);
    });
    li.items.delete(rec.id);
    for (const [field, map] of li.uniq) {
      const key = uniqueKey(rec.ix[field]);
      if (key !== null && map.get(key) === rec.id) map.delete(key);
    }
  }

  /** Bulk insert used by the order generator: ids must come from allocateItemIds. */
  bulkInsert(list: ListRec, recs: ItemRec[]): void {
    this.transaction(() => {
      for (const rec of recs) this.putItem(list, rec);
    });
  }

  allocateItemIds(list: ListRec, count: number): number {
    const first = this.allocateItemId(list);
    if (count > 1) {
      this.nextIds.set(list.id, first + count);
      this.stmts.putCounter.run(list.id, first + count);
    }
    return first;
  }
}

export function metaFieldsOf(list: ListRec): Set<string> {
  const set = new Set<string>();
  for (const f of list.fields) {
    if (f.builtIn && f.internalName !== 'Title') continue;
    if (f.indexed || f.unique) set.add(f.internalName);
  }
  return set;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * One process at a time owns a data directory: the server keeps its index in memory, so a second
 * writer (another server, the order generator) would corrupt ids and indexes.
 */
export function acquireDataLock(dataDir: string, what: string): () => void {
  if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'workbench.lock');
  if (existsSync(file)) {
    let holder: { pid?: number; what?: string } = {};
    try {
      holder = JSON.parse(readFileSync(file, 'utf8')) as { pid?: number; what?: string };
    } catch {
      // unreadable: treat as stale
    }
    let alive = false;
    if (holder.pid && holder.pid !== process.pid) {
      try {
        process.kill(holder.pid, 0);
        alive = true;
      } catch {
        alive = false;
      }
    }
    if (alive) {
      const e = new Error(
        `${dataDir} används redan av ${holder.what ?? 'en annan process'} (pid ${holder.pid}). Stoppa den först, eller använd POST /_workbench/generate-orders mot den körande servern.`
      );
      (e as Error & { expected?: boolean }).expected = true;
      throw e;
    }
  }
  writeFileSync(file, JSON.stringify({ pid: process.pid, what, since: new Date().toISOString() }));
  return () => {
    try {
      const holder = JSON.parse(readFileSync(file, 'utf8')) as { pid?: number };
      if (holder.pid === process.pid) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
}
