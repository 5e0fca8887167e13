// Rangordning as list owners edit it, and its change log (Rangordningsändringar). Reads are
// whole-list reads ordered by ID in pages of 5,000 (an unfiltered read by ID touches only the
// rows it returns, see workbench/server/threshold.ts); both lists stay small (rows per area, one
// log entry per save). Writes go over each row at the version it was read (If-Match), so an edit
// made meanwhile in the SharePoint list is never overwritten: SharePoint answers 412.
import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import { AreaRankingNow, RankingChange, RankingInForce, rankingInForceAt, RankingRow } from '../domain/rankingInForce';
import { RANKING_CHANGES, RANKINGS, SUPPLIERS } from '../schema/lists';
import { CatalogueLookup } from './catalogueIds';
import { itemsQuery, listOf, MAX_PAGE } from './listQuery';
import { ListQuery } from './mapping/catalogue';
import { etagOf } from './mapping/order';
import { bool, lookupId, num, SpItem, str } from './mapping/values';
import { httpStatus, isNotFound, isPreconditionFailed, literal } from './odata';
import { readAll, readPage } from './paging';
import { addOnce, RowWithId, writeWithRecovery } from './writeOnce';

export const RANKING_ROW_QUERY: ListQuery = {
  listTitle: RANKINGS.title,
  select: ['Id', 'Area/Id', 'Supplier/Id', 'Rank', 'Modified'],
  expand: ['Area', 'Supplier']
};

export const RANKING_SUPPLIER_QUERY: ListQuery = {
  listTitle: SUPPLIERS.title,
  select: ['Id', 'Title', 'SupplierKey', 'Active', 'Email', 'Modified'],
  expand: []
};

export const RANKING_CHANGE_QUERY: ListQuery = {
  listTitle: RANKING_CHANGES.title,
  select: ['Id', 'Title', 'AreaKey', 'RankingBefore', 'RankingAfter', 'BasisModified', 'ChangedBy', 'Created'],
  expand: []
};

/** A Rangordning row with the version it was read at. */
export interface RankingRowRecord {
  id: number;
  etag: string;
  areaKey: string;
  /** '' when the row's supplier was deleted. */
  supplierKey: string;
  rank: number;
  modified: string;
}

export interface SupplierRecord {
  id: number;
  etag: string;
  key: string;
  name: string;
  active: boolean;
  email: string;
}

export interface RankingState {
  rows: RankingRowRecord[];
  suppliers: SupplierRecord[];
  changes: RankingChange[];
}

/** What the editor wants an area to hold: suppliers in rank order, and suppliers' active flags changed. */
export interface RankingEdit {
  areaKey: string;
  supplierKeys: string[];
  /** supplier key -> new Active value (only changed ones). */
  activeChanges: Record<string, boolean>;
}

/** Someone changed Rangordning or Leverantörer after the editor read it; nothing, or only part, was written. */
export class RankingConflictError extends Error {
  constructor(readonly fresh: RankingState, readonly writtenAny: boolean) {
    super('Rangordningen har ändrats av någon annan sedan du läste in den.');
    this.name = 'RankingConflictError';
    Object.setPrototypeOf(this, RankingConflictError.prototype);
  }
}

/** The rows were written but the log entry could not be: the change is not documented yet. */
export class RankingLogError extends Error {
  constructor(readonly cause: unknown) {
    super('Ändringen sparades men kunde inte loggas i Rangordningsändringar.');
    this.name = 'RankingLogError';
    Object.setPrototypeOf(this, RankingLogError.prototype);
  }
}

function rankingRowsOf(state: RankingState, areaKey: string): RankingRow[] {
  const suppliers = new Map(state.suppliers.map((s) => [s.key, s]));
  return state.rows
    .filter((r) => r.areaKey === areaKey)
    .map((r) => {
      const supplier = suppliers.get(r.supplierKey);
      return { rowKey: String(r.id), supplierKey: supplier ? r.supplierKey : '', supplierName: supplier?.name ?? '', rank: r.rank, active: supplier?.active ?? false };
    });
}

function latest(times: string[]): string {
  return times.reduce((max, t) => (Date.parse(t) > Date.parse(max || '1970-01-01T00:00:00Z') ? t : max), '');
}

/** An area's ranking now, with the latest Modified of its rows. */
export function areaNow(state: RankingState, areaKey: string): AreaRankingNow {
  const rows = state.rows.filter((r) => r.areaKey === areaKey);
  return { rows: rankingRowsOf(state, areaKey), latestModified: latest(rows.map((r) => r.modified)) };
}

function parseRows(value: unknown): RankingRow[] | undefined {
  try {
    const parsed: unknown = JSON.parse(String(value));
    if (!Array.isArray(parsed)) return undefined;
    const rows: RankingRow[] = [];
    for (const r of parsed) {
      if (!r || typeof r !== 'object') return undefined;
      const o = r as Record<string, unknown>;
      rows.push({ rowKey: str(o.rowKey), supplierKey: str(o.supplierKey), supplierName: str(o.supplierName), rank: num(o.rank, Number.NaN), active: o.active === true });
    }
    return rows;
  } catch {
    return undefined;
  }
}

/** A log entry that cannot be read is left out (the reader then cannot place that change: see rankingInForceAt). */
export function changeFromItem(item: SpItem): RankingChange | undefined {
  const before = parseRows(item.RankingBefore);
  const after = parseRows(item.RankingAfter);
  const at = str(item.Created);
  if (!before || !after || !at) return undefined;
  return { areaKey: str(item.AreaKey), at, by: str(item.ChangedBy), before, after, basisModified: str(item.BasisModified) };
}

export type InForceLookup = (areaKey: string, submittedAt: string) => RankingInForce;

/** What the order desk needs to know which ranking was in force when an order was submitted. */
export interface RankingInForceSource {
  inForceLookup(): Promise<InForceLookup>;
}

/** What the rankings editor asks of the data layer. */
export interface RankingEditorRepository {
  state(refresh?: boolean): Promise<RankingState>;
  save(basis: RankingState, edit: RankingEdit): Promise<RankingState>;
}

export class SpRankingRepository implements RankingInForceSource, RankingEditorRepository {
  private cached: Promise<RankingState> | undefined;

  constructor(
    private readonly sp: SPFI,
    private readonly lookup: CatalogueLookup,
    private readonly who: () => Promise<string> = async () => ''
  ) {}

  /** The rows, suppliers and change log; reread when `refresh` (the editor always does). */
  state(refresh = false): Promise<RankingState> {
    if (!this.cached || refresh) {
      const reading = this.read();
      this.cached = reading;
      reading.catch(() => {
        if (this.cached === reading) this.cached = undefined;
      });
    }
    return this.cached;
  }

  /** Answers, for an area and a submission time, the ranking then in force (from one read). */
  async inForceLookup(): Promise<InForceLookup> {
    const state = await this.state();
    return (areaKey, submittedAt) => rankingInForceAt(areaKey, submittedAt, areaNow(state, areaKey), state.changes);
  }

  private async read(): Promise<RankingState> {
    const [ids, rowItems, supplierItems, changeItems] = await Promise.all([
      this.lookup.catalogueIds(true),
      readAll<SpItem>(itemsQuery(this.sp, RANKING_ROW_QUERY, MAX_PAGE)),
      readAll<SpItem>(itemsQuery(this.sp, RANKING_SUPPLIER_QUERY, MAX_PAGE)),
      // Orderers may not read the log (and need not): then no history is known.
      readAll<SpItem>(itemsQuery(this.sp, RANKING_CHANGE_QUERY, MAX_PAGE)).catch((error: unknown) => {
        const status = httpStatus(error);
        if (status === 401 || status === 403 || isNotFound(error)) return [] as SpItem[];
        throw error;
      })
    ]);
    const suppliers: SupplierRecord[] = supplierItems.map((item) => ({
      id: num(item.Id ?? item.ID),
      etag: etagOf(item),
      key: str(item.SupplierKey),
      name: str(item.Title),
      active: bool(item.Active, true),
      email: str(item.Email)
    }));
    const supplierKeyById = new Map(suppliers.map((s) => [s.id, s.key]));
    const rows: RankingRowRecord[] = [];
    for (const item of rowItems) {
      const areaId = lookupId(item, 'Area');
      const areaKey = areaId === undefined ? undefined : ids.areas.key(areaId);
      if (areaKey === undefined) continue;
      const supplierId = lookupId(item, 'Supplier');
      rows.push({
        id: num(item.Id ?? item.ID),
        etag: etagOf(item),
        areaKey,
        supplierKey: (supplierId === undefined ? undefined : supplierKeyById.get(supplierId)) ?? '',
        rank: num(item.Rank, Number.NaN),
        modified: str(item.Modified)
      });
    }
    const changes: RankingChange[] = [];
    for (const item of changeItems) {
      const change = changeFromItem(item);
      if (change) changes.push(change);
    }
    return { rows, suppliers, changes };
  }

  /**
   * Writes `edit` over the state `basis` was read at: rows of the area are renumbered 1, 2, 3 …
   * in the order given (rows kept where they are, added for new suppliers, deleted for removed
   * ones), suppliers' Active set, each at its read version. Then one log entry per area whose
   * ranking changed. A 412 stops the writing and answers the fresh state (RankingConflictError).
   */
  async save(basis: RankingState, edit: RankingEdit): Promise<RankingState> {
    const fresh = await this.state(true);
    if (changedSince(basis, fresh, edit)) throw new RankingConflictError(fresh, false);
    const suppliersByKey = new Map(basis.suppliers.map((s) => [s.key, s]));
    const affected = new Set<string>([edit.areaKey]);
    for (const key of Object.keys(edit.activeChanges)) for (const row of basis.rows) if (row.supplierKey === key) affected.add(row.areaKey);
    const beforeByArea = new Map(Array.from(affected).map((a) => [a, rankingRowsOf(basis, a)]));
    const basisModified = new Map(Array.from(affected).map((a) => [a, areaNow(basis, a).latestModified]));

    let writtenAny = false;
    try {
      const areaRows = basis.rows.filter((r) => r.areaKey === edit.areaKey);
      const kept = new Set<number>();
      for (let i = 0; i < edit.supplierKeys.length; i++) {
        const key = edit.supplierKeys[i];
        const rank = i + 1;
        const row = areaRows.find((r) => r.supplierKey === key && !kept.has(r.id));
        if (row) {
          kept.add(row.id);
          if (row.rank !== rank) writtenAny = (await this.updateRow(RANKINGS.title, row.id, row.etag, { Rank: rank }, (item) => num(item.Rank) === rank)) || writtenAny;
          continue;
        }
        const supplier = suppliersByKey.get(key);
        if (!supplier) continue;
        const areaId = (await this.lookup.catalogueIds()).areas.id(edit.areaKey);
        if (areaId === undefined) continue;
        await this.addRow({ Title: `${edit.areaKey} ${rank}`, AreaId: areaId, SupplierId: supplier.id, Rank: rank }, areaId, supplier.id);
        writtenAny = true;
      }
      for (const row of areaRows) {
        if (kept.has(row.id)) continue;
        await this.deleteRow(row.id, row.etag);
        writtenAny = true;
      }
      for (const [key, active] of Object.entries(edit.activeChanges)) {
        const supplier = suppliersByKey.get(key);
        if (!supplier || supplier.active === active) continue;
        writtenAny = (await this.updateRow(SUPPLIERS.title, supplier.id, supplier.etag, { Active: active }, (item) => bool(item.Active, true) === active)) || writtenAny;
      }
    } catch (error) {
      if (!isPreconditionFailed(error) && !isNotFound(error)) throw error;
      const now = await this.state(true);
      if (writtenAny) await this.logChanges(now, beforeByArea, basisModified).catch(() => undefined);
      throw new RankingConflictError(await this.state(true), writtenAny);
    }
    const after = await this.state(true);
    try {
      await this.logChanges(after, beforeByArea, basisModified);
    } catch (error) {
      throw new RankingLogError(error);
    }
    return this.state(true);
  }

  private items(listTitle: string): IItems {
    return listOf(this.sp, listTitle).items;
  }

  /** true when written; an unknown outcome is settled by reading the item again. */
  private async updateRow(listTitle: string, id: number, etag: string, body: SpItem, isDone: (item: SpItem) => boolean): Promise<boolean> {
    await writeWithRecovery(
      async () => {
        await this.items(listTitle).getById(id).update(body, etag || '*');
        return true;
      },
      async () => {
        const item: SpItem = await this.items(listTitle).getById(id)();
        if (isDone(item)) return true;
        if (etagOf(item) === etag) return undefined;
        throw Object.assign(new Error('412'), { status: 412 });
      }
    );
    return true;
  }

  private async addRow(body: SpItem, areaId: number, supplierId: number): Promise<void> {
    const find = async (): Promise<Array<SpItem & RowWithId>> =>
      (
        await readPage<SpItem>(
          this.items(RANKINGS.title).select('Id', 'Rank').filter(`Area/Id eq ${areaId} and Supplier/Id eq ${supplierId}`).orderBy('ID', true).top(20)
        )
      ).items.filter((item) => num(item.Rank) === body.Rank) as Array<SpItem & RowWithId>;
    await addOnce<SpItem & RowWithId>({
      find,
      add: async () => (await this.items(RANKINGS.title).add(body)) as SpItem & RowWithId,
      remove: (id) => this.items(RANKINGS.title).getById(id).delete()
    });
  }

  private async deleteRow(id: number, etag: string): Promise<void> {
    await writeWithRecovery(
      async () => {
        await this.items(RANKINGS.title).getById(id).delete(etag || '*');
        return true;
      },
      async () => {
        let item: SpItem;
        try {
          item = await this.items(RANKINGS.title).getById(id)();
        } catch (error) {
          // Gone: the lost answer was ours.
          if (isNotFound(error)) return true;
          throw error;
        }
        if (etagOf(item) === etag) return undefined;
        throw Object.assign(new Error('412'), { status: 412 });
      }
    );
  }

  /** One entry per area whose ranking now differs from before; written once even when answers get lost. */
  private async logChanges(now: RankingState, before: Map<string, RankingRow[]>, basisModified: Map<string, string>): Promise<void> {
    const by = await this.who();
    for (const [areaKey, rows] of Array.from(before.entries())) {
      const after = rankingRowsOf(now, areaKey);
      if (JSON.stringify(after) === JSON.stringify(rows)) continue;
      const token = `${areaKey} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      const body: SpItem = {
        Title: token,
        AreaKey: areaKey,
        RankingBefore: JSON.stringify(rows),
        RankingAfter: JSON.stringify(after),
        BasisModified: basisModified.get(areaKey) || null,
        ChangedBy: by || '–'
      };
      await addOnce<SpItem & RowWithId>({
        find: async () =>
          (await readPage<SpItem>(this.items(RANKING_CHANGES.title).select('Id').filter(`AreaKey eq ${literal(areaKey)} and Title eq ${literal(token)}`).top(5)))
            .items as Array<SpItem & RowWithId>,
        add: async () => (await this.items(RANKING_CHANGES.title).add(body)) as SpItem & RowWithId,
        remove: (id) => this.items(RANKING_CHANGES.title).getById(id).delete()
      });
    }
  }
}

/** Whether a row of the edited area, or a supplier the edit touches, has another version now. */
function changedSince(basis: RankingState, fresh: RankingState, edit: RankingEdit): boolean {
  const version = (rows: RankingRowRecord[]): string =>
    rows
      .filter((r) => r.areaKey === edit.areaKey)
      .map((r) => `${r.id}:${r.etag}`)
      .sort()
      .join('|');
  if (version(basis.rows) !== version(fresh.rows)) return true;
  for (const key of Object.keys(edit.activeChanges)) {
    const a = basis.suppliers.find((s) => s.key === key);
    const b = fresh.suppliers.find((s) => s.key === key);
    if (!a || !b || a.etag !== b.etag) return true;
  }
  return false;
}
