// List items: column paths, the item query pipeline ($filter/$orderby/$top/paging, the list view
// threshold, item-level security), item JSON and validated writes.
import { entityPropertyName, SYSTEM_FIELDS } from './fields';
import { Accessor, compareValues, compile, filterPaths, OrderTerm, parseFilter, parseList, parseOrderBy, ValueType } from './odata';
import { bypassesItemSecurity, has, Kind, Mask } from './perms';
import { listPermissions } from './site';
import { enforceThreshold, idRangeOf } from './threshold';
import { FieldRec, ItemRec, itemData, ListRec, Store, uniqueKey, UserRec } from './store';
import { CODES, err, isoSeconds, newGuid, parseSpDate, SpError, SITE_TIME_ZONE } from './util';

export const MAX_TOP = 5000;
export const DEFAULT_TOP = 100;

export interface ItemCtx {
  store: Store;
  user: UserRec;
  origin: string;
  siteUrl: string;
}

type ItemAccessor = Accessor<ItemRec> & { indexed: boolean };

const USER_PROPS: Record<string, (u: UserRec) => unknown> = {
  Id: (u) => u.id,
  ID: (u) => u.id,
  Title: (u) => u.title,
  Name: (u) => u.login,
  EMail: (u) => u.email,
  UserName: (u) => u.email,
  LoginName: (u) => u.login,
  FirstName: (u) => u.title.split(' ')[0],
  LastName: (u) => u.title.split(' ').slice(1).join(' '),
  JobTitle: () => null,
  Department: () => null,
  Office: () => null
};

export function valueType(f: FieldRec): ValueType {
  switch (f.type) {
    case 'Number':
    case 'Integer':
    case 'Currency':
    case 'Counter':
    case 'Lookup':
    case 'User':
      return 'number';
    case 'Boolean':
      return 'bool';
    case 'DateTime':
      return 'date';
    case 'MultiChoice':
      return 'multi';
    case 'Guid':
      return 'guid';
    default:
      return 'text';
  }
}

export function fieldByName(list: ListRec, name: string): FieldRec | undefined {
  return list.fields.find((f) => f.internalName === name);
}

/** The value of a custom column (or Title) on an item. */
export function columnValue(store: Store, list: ListRec, rec: ItemRec, name: string): unknown {
  const li = store.listItems(list);
  if (li.metaFields.has(name)) return rec.ix[name] ?? null;
  return itemData(rec)[name] ?? null;
}

function systemAccessor(list: ListRec, name: string): ItemAccessor | undefined {
  const f = fieldByName(list, name);
  switch (name) {
    case 'ID':
    case 'Id':
      return { type: 'number', indexed: true, get: (r) => r.id };
    case 'Created':
      return { type: 'date', indexed: !!f?.indexed, get: (r) => r.created };
    case 'Modified':
      return { type: 'date', indexed: !!f?.indexed, get: (r) => r.modified };
    case 'AuthorId':
      return { type: 'number', indexed: !!fieldByName(list, 'Author')?.indexed, get: (r) => r.authorId };
    case 'EditorId':
      return { type: 'number', indexed: !!fieldByName(list, 'Editor')?.indexed, get: (r) => r.editorId };
    case 'GUID':
      return { type: 'guid', indexed: false, get: (r) => r.uniqueId };
    default:
      return undefined;
  }
}

/**
 * Resolves a column path of $filter/$orderby. `expanded` is the set of $expand names; lookup
 * projections other than Id need their lookup expanded, as in SharePoint.
 */
export function resolvePath(store: Store, list: ListRec, path: string, expanded: Set<string>, usage: 'filter' | 'orderby'): ItemAccessor {
  const sys = systemAccessor(list, path);
  if (sys) return sys;
  const parts = path.split('/');
  if (parts.length === 1) {
    const f = fieldByName(list, path) ?? list.fields.find((x) => entityPropertyName(x) === path);
    if (f && !SYSTEM_FIELDS.has(f.internalName)) {
      if (f.type === 'Lookup' || f.type === 'User') {
        throw err.badRequest(`The field '${f.internalName}' of type '${f.type}' cannot be used in the query ${usage} expression.`, CODES.argument);
      }
      if (f.type === 'Note' || (usage === 'orderby' && f.type === 'MultiChoice')) {
        throw err.badRequest(`The field '${f.internalName}' of type '${f.type === 'Note' ? 'Note' : f.type}' cannot be used in the query ${usage} expression.`, CODES.argument);
      }
      const name = f.internalName;
      return { type: valueType(f), indexed: f.indexed, get: (r) => columnValue(store, list, r, name) };
    }
    if (path.endsWith('Id')) {
      const lf = fieldByName(list, path.slice(0, -2));
      if (lf && lf.type === 'Lookup') {
        const name = lf.internalName;
        return { type: 'number', indexed: lf.indexed, get: (r) => columnValue(store, list, r, name) };
      }
    }
    throw err.columnMissing(path);
  }
  if (parts.length !== 2) throw err.columnMissing(path);
  const [head, prop] = parts;
  const f = fieldByName(list, head);
  if (!f || (f.type !== 'Lookup' && f.type !== 'User')) throw err.columnMissing(path);
  if (f.type === 'User') {
    if (prop === 'Id' || prop === 'ID') return systemAccessor(list, `${head}Id`)!;
    const getter = USER_PROPS[prop];
    if (!getter) throw err.columnMissing(path);
    if (!expanded.has(head)) throw err.badRequest(`The query to field '${path}' is not valid. The $expand query string must contain ${head}.`, CODES.argument);
    const sysId = systemAccessor(list, `${head}Id`)!;
    return {
      type: prop === 'Id' ? 'number' : 'text',
      indexed: false,
      get: (r) => {
        const u = store.site.users.find((x) => x.id === sysId.get(r));
        return u ? getter(u) : null;
      }
    };
  }
  const name = f.internalName;
  if (prop === 'Id' || prop === 'ID') return { type: 'number', indexed: f.indexed, get: (r) => columnValue(store, list, r, name) };
  if (!expanded.has(head)) throw err.badRequest(`The query to field '${path}' is not valid. The $expand query string must contain ${head}.`, CODES.argument);
  const target = store.site.lists.find((l) => l.id === f.lookupList);
  if (!target) throw err.columnMissing(path);
  const tf = fieldByName(target, prop);
  if (!tf) throw err.columnMissing(path);
  const tli = store.listItems(target);
  return {
    type: valueType(tf),
    indexed: false,
    get: (r) => {
      const id = columnValue(store, list, r, name) as number | null;
      const t = id ? tli.items.get(id) : undefined;
      return t ? columnValue(store, target, t, prop) : null;
    }
  };
}

// ---- permissions on items ------------------------------------------------------------------

export function permsFor(ctx: ItemCtx, list: ListRec): Mask {
  return listPermissions(ctx.store.site, list, ctx.user);
}

export function canSee(ctx: ItemCtx, list: ListRec, mask: Mask, rec: ItemRec): boolean {
  return list.readSecurity !== 2 || bypassesItemSecurity(mask) || rec.authorId === ctx.user.id;
}

export function requireKind(mask: Mask, kind: number): void {
  if (!has(mask, kind)) throw err.accessDenied();
}

// ---- item JSON -----------------------------------------------------------------------------

export function etagOf(rec: ItemRec): string {
  return `"${rec.uniqueId},${rec.version}"`;
}

interface Column {
  key: string;
  get: (rec: ItemRec) => unknown;
}

function entityTypeOf(list: ListRec): string {
  return `SP.Data.${list.entityTypeName}Item`;
}

function outputValue(f: FieldRec, v: unknown): unknown {
  if (v === undefined) return null;
  if (f.type === 'MultiChoice') return Array.isArray(v) && v.length ? v : null;
  return v;
}

function columnFor(store: Store, list: ListRec, f: FieldRec): Column {
  const name = f.internalName;
  if (f.type === 'Lookup') return { key: `${entityPropertyName(f)}Id`, get: (r) => columnValue(store, list, r, name) };
  return { key: entityPropertyName(f), get: (r) => outputValue(f, columnValue(store, list, r, name)) };
}

const SYSTEM_COLUMNS: Record<string, (r: ItemRec) => unknown> = {
  FileSystemObjectType: () => 0,
  Id: (r) => r.id,
  ID: (r) => r.id,
  ServerRedirectedEmbedUri: () => null,
  ServerRedirectedEmbedUrl: () => '',
  ContentTypeId: () => '0x0100A0B1C2D3E4F5061728394A5B6C7D8E9F',
  ComplianceAssetId: () => null,
  Modified: (r) => r.modified,
  Created: (r) => r.created,
  AuthorId: (r) => r.authorId,
  EditorId: (r) => r.editorId,
  OData__UIVersionString: (r) => `${r.version}.0`,
  Attachments: () => false,
  GUID: (r) => r.uniqueId
};

function defaultColumns(store: Store, list: ListRec): Column[] {
  const cols: Column[] = [];
  const sys = (k: string) => cols.push({ key: k, get: SYSTEM_COLUMNS[k] });
  sys('FileSystemObjectType');
  sys('Id');
  sys('ServerRedirectedEmbedUri');
  sys('ServerRedirectedEmbedUrl');
  sys('ContentTypeId');
  const title = fieldByName(list, 'Title');
  if (title) cols.push(columnFor(store, list, title));
  sys('ComplianceAssetId');
  for (const f of list.fields) {
    if (f.builtIn || f.hidden) continue;
    cols.push(columnFor(store, list, f));
  }
  for (const k of ['ID', 'Modified', 'Created', 'AuthorId', 'EditorId', 'OData__UIVersionString', 'Attachments', 'GUID']) sys(k);
  return cols;
}

export interface Projection {
  columns: Column[];
  expands: Array<{ key: string; build: (rec: ItemRec) => unknown }>;
  expanded: Set<string>;
}

export function buildProjection(store: Store, list: ListRec, selectRaw: string | null, expandRaw: string | null): Projection {
  const selects = parseList(selectRaw);
  const expands = parseList(expandRaw);
  const expanded = new Set<string>();
  for (const e of expands) {
    const f = fieldByName(list, e);
    if (!f) throw err.badRequest(`The field or property '${e}' does not exist.`);
    if (f.type !== 'Lookup' && f.type !== 'User') throw err.badRequest(`The query to field '${e}' is not valid. Only lookup and person fields can be expanded.`, CODES.argument);
    expanded.add(f.internalName);
  }
  const columns: Column[] = [];
  const seen = new Set<string>();
  const push = (c: Column) => {
    if (!seen.has(c.key)) {
      seen.add(c.key);
      columns.push(c);
    }
  };
  const subProps = new Map<string, string[]>();
  const wantAll = selects.length === 0 || selects.includes('*');
  if (wantAll) for (const c of defaultColumns(store, list)) push(c);
  for (const s of selects) {
    if (s === '*') continue;
    if (s.includes('/')) {
      const [head, prop, ...rest] = s.split('/');
      if (rest.length) throw err.badRequest(`The field or property '${s}' does not exist.`);
      const f = fieldByName(list, head);
      if (!f) throw err.badRequest(`The field or property '${head}' does not exist.`);
      if (f.type !== 'Lookup' && f.type !== 'User') throw err.badRequest(`The query to field '${s}' is not valid.`, CODES.argument);
      if (!expanded.has(head)) {
        throw err.badRequest(`The query to field '${head}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`, CODES.argument);
      }
      const list2 = subProps.get(head) ?? [];
      list2.push(prop);
      subProps.set(head, list2);
      continue;
    }
    if (SYSTEM_COLUMNS[s]) {
      push({ key: s, get: SYSTEM_COLUMNS[s] });
      continue;
    }
    if (s === '_UIVersionString') {
      push({ key: 'OData__UIVersionString', get: SYSTEM_COLUMNS.OData__UIVersionString });
      continue;
    }
    const f = fieldByName(list, s) ?? list.fields.find((x) => entityPropertyName(x) === s);
    if (f && !SYSTEM_FIELDS.has(f.internalName)) {
      if (f.type === 'Lookup') {
        if (!expanded.has(f.internalName)) {
          throw err.badRequest(`The query to field '${s}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${s}.`, CODES.argument);
        }
        if (!subProps.has(s)) subProps.set(s, []);
        continue;
      }
      push(columnFor(store, list, f));
      continue;
    }
    if (f && (f.internalName === 'Author' || f.internalName === 'Editor')) {
      if (!expanded.has(f.internalName)) {
        throw err.badRequest(`The query to field '${s}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${s}.`, CODES.argument);
      }
      if (!subProps.has(s)) subProps.set(s, []);
      continue;
    }
    if (s.endsWith('Id')) {
      const lf = fieldByName(list, s.slice(0, -2));
      if (lf && lf.type === 'Lookup') {
        push(columnFor(store, list, lf));
        continue;
      }
    }
    if (f && (f.internalName === 'LinkTitle' || f.internalName === 'LinkTitleNoMenu')) {
      const title = fieldByName(list, 'Title')!;
      push({ key: f.internalName, get: (r) => columnValue(store, list, r, title.internalName) });
      continue;
    }
    throw err.badRequest(`The field or property '${s}' does not exist.`);
  }
  // Expanded fields without explicit sub-selection still come back as objects.
  for (const e of expanded) if (!subProps.has(e) && wantAll) subProps.set(e, []);
  const expandBuilders: Projection['expands'] = [];
  for (const [head, props] of subProps) {
    const f = fieldByName(list, head)!;
    if (f.type === 'User') {
      const getters = (props.length ? props : ['Id', 'Title', 'EMail', 'Name']).map((p) => {
        const g = USER_PROPS[p];
        if (!g) throw err.badRequest(`The field or property '${head}/${p}' does not exist.`);
        return [p, g] as const;
      });
      const idOf = head === 'Author' ? (r: ItemRec) => r.authorId : (r: ItemRec) => r.editorId;
      expandBuilders.push({
        key: head,
        build: (r) => {
          const u = store.site.users.find((x) => x.id === idOf(r));
          if (!u) return null;
          const o: Record<string, unknown> = { 'odata.type': 'SP.Data.UserInfoItem' };
          for (const [p, g] of getters) o[p] = g(u);
          return o;
        }
      });
      continue;
    }
    const target = store.site.lists.find((l) => l.id === f.lookupList);
    if (!target) throw err.badRequest(`The field or property '${head}' does not exist.`);
    const showField = f.lookupField ?? 'Title';
    const wanted = props.length ? props : ['Id', showField];
    const getters = wanted.map((p) => {
      if (p === 'Id' || p === 'ID') return [p, (t: ItemRec) => t.id] as const;
      const tf = fieldByName(target, p);
      if (!tf || tf.type === 'Note' || tf.type === 'MultiChoice') throw err.badRequest(`The field or property '${head}/${p}' does not exist.`);
      return [p, (t: ItemRec) => columnValue(store, target, t, p)] as const;
    });
    const tli = store.listItems(target);
    expandBuilders.push({
      key: head,
      build: (r) => {
        const id = columnValue(store, list, r, head) as number | null;
        const t = id ? tli.items.get(id) : undefined;
        if (!t) return null;
        const o: Record<string, unknown> = { 'odata.type': entityTypeOf(target) };
        for (const [p, g] of getters) o[p] = g(t);
        return o;
      }
    });
  }
  return { columns, expands: expandBuilders, expanded };
}

export function itemJson(ctx: ItemCtx, list: ListRec, rec: ItemRec, proj: Projection): Record<string, unknown> {
  const o: Record<string, unknown> = {
    'odata.type': entityTypeOf(list),
    'odata.id': `${ctx.siteUrl}/_api/Web/Lists(guid'${list.id}')/Items(${rec.id})`,
    'odata.etag': etagOf(rec),
    'odata.editLink': `Web/Lists(guid'${list.id}')/Items(${rec.id})`
  };
  for (const e of proj.expands) o[e.key] = e.build(rec);
  for (const c of proj.columns) o[c.key] = c.get(rec);
  return o;
}

// ---- queries -------------------------------------------------------------------------------

export interface QueryResult {
  value: Record<string, unknown>[];
  nextLink?: string;
}

/** The items with ids in `range`, in id order (or reversed): a seek on the ID index. */
function* idsInRange(items: Map<number, ItemRec>, range: { lo: number; hi: number }, desc: boolean): Generator<ItemRec> {
  for (let id = desc ? range.hi : range.lo; desc ? id >= range.lo : id <= range.hi; id += desc ? -1 : 1) {
    const rec = items.get(id);
    if (rec) yield rec;
  }
}

export function queryItems(ctx: ItemCtx, list: ListRec, q: URLSearchParams, requestPath: string): QueryResult {
  const store = ctx.store;
  const mask = permsFor(ctx, list);
  requireKind(mask, Kind.ViewListItems);
  const li = store.listItems(list);
  const proj = buildProjection(store, list, q.get('$select'), q.get('$expand'));
  const filterRaw = q.get('$filter');
  const accessors = new Map<string, ItemAccessor>();
  const acc = (usage: 'filter' | 'orderby') => (path: string) => {
    const key = `${usage}:${path}`;
    let a = accessors.get(key);
    if (!a) {
      a = resolvePath(store, list, path, proj.expanded, usage);
      accessors.set(key, a);
    }
    return a;
  };
  const filterNode = filterRaw && filterRaw.trim() ? parseFilter(filterRaw) : null;
  if (filterNode) for (const p of filterPaths(filterNode)) acc('filter')(p);
  const order: OrderTerm[] = parseOrderBy(q.get('$orderby'));
  const orderAcc = order.map((t) => ({ acc: acc('orderby')(t.path), desc: t.desc, path: t.path }));

  enforceThreshold(li.items, filterNode, orderAcc.every((o) => o.acc.indexed), acc('filter'));

  let top = DEFAULT_TOP;
  const topRaw = q.get('$top');
  if (topRaw !== null) {
    const n = Number(topRaw);
    if (!Number.isInteger(n) || n < 0) throw err.badRequest(`Invalid $top value '${topRaw}'.`);
    top = Math.min(n, MAX_TOP);
  }

  const predicate = filterNode ? compile(filterNode, acc('filter')) : null;
  const bypass = bypassesItemSecurity(mask);
  const ownOnly = list.readSecurity === 2 && !bypass;
  const uid = ctx.user.id;
  const matches = (r: ItemRec) => (!ownOnly || r.authorId === uid) && (!predicate || predicate(r));

  // Sort order: the $orderby terms, then ID ascending (unless ID is ordered explicitly).
  const idTerm = orderAcc.find((o) => o.path === 'ID' || o.path === 'Id');
  const terms = idTerm ? orderAcc : [...orderAcc, { acc: systemAccessor(list, 'ID')!, desc: false, path: 'ID' }];
  const cmp = (a: ItemRec, b: ItemRec): number => {
    for (const t of terms) {
      const c = compareValues(t.acc.type, t.acc.get(a), t.acc.get(b));
      if (c !== 0) return t.desc ? -c : c;
    }
    return 0;
  };

  // Position from $skiptoken (Paged=TRUE&p_ID=N[&p_Field=value...]).
  const skip = q.get('$skiptoken');
  let after: ((r: ItemRec) => boolean) | null = null;
  if (skip) {
    const sp = new URLSearchParams(skip);
    const pid = Number(sp.get('p_ID'));
    if (!Number.isFinite(pid)) throw err.badRequest(`Invalid $skiptoken '${skip}'.`);
    const tokenVals = terms.map((t) => {
      if (t.path === 'ID' || t.path === 'Id') return pid;
      const raw = sp.get(`p_${t.path.replace('/', '_')}`);
      if (raw === null || raw === '') return null;
      if (t.acc.type === 'number') return Number(raw);
      if (t.acc.type === 'bool') return raw === '1' || raw === 'true';
      return raw;
    });
    after = (r) => {
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i];
        const c = compareValues(t.acc.type, t.acc.get(r), tokenVals[i]);
        if (c !== 0) return (t.desc ? -c : c) > 0;
      }
      return false;
    };
  }

  let page: ItemRec[] = [];
  let more = false;
  const plainIdOrder = terms.length === 1 && (terms[0].path === 'ID' || terms[0].path === 'Id');
  if (plainIdOrder) {
    const desc = terms[0].desc;
    const range = idRangeOf(filterNode);
    const all = range && range.hi - range.lo < li.items.size ? idsInRange(li.items, range, desc) : desc ? Array.from(li.items.values()).reverse() : li.items.values();
    for (const r of all) {
      if (after && !after(r)) continue;
      if (!matches(r)) continue;
      if (page.length === top) {
        more = true;
        break;
      }
      page.push(r);
    }
  } else {
    const hits: ItemRec[] = [];
    for (const r of li.items.values()) if (matches(r)) hits.push(r);
    hits.sort(cmp);
    const start = after ? hits.findIndex((r) => after!(r)) : 0;
    const from = start < 0 ? hits.length : start;
    page = hits.slice(from, from + top);
    more = from + top < hits.length;
  }

  const value = page.map((r) => itemJson(ctx, list, r, proj));
  const result: QueryResult = { value };
  if (more && page.length > 0) {
    const last = page[page.length - 1];
    const token = new URLSearchParams();
    token.set('Paged', 'TRUE');
    for (const t of terms) {
      if (t.path === 'ID' || t.path === 'Id') continue;
      const v = t.acc.get(last);
      token.set(`p_${t.path.replace('/', '_')}`, v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
    }
    token.set('p_ID', String(last.id));
    const next = new URLSearchParams();
    for (const k of ['$select', '$expand', '$filter', '$orderby']) {
      const v = q.get(k);
      if (v !== null) next.set(k, v);
    }
    next.set('$top', String(top));
    next.set('$skiptoken', token.toString());
    result.nextLink = `${ctx.origin}${requestPath}?${next.toString()}`;
  }
  return result;
}

export function findVisibleItem(ctx: ItemCtx, list: ListRec, id: number): { rec: ItemRec; mask: Mask } {
  const mask = permsFor(ctx, list);
  requireKind(mask, Kind.ViewListItems);
  const rec = ctx.store.listItems(list).items.get(id);
  if (!rec || !canSee(ctx, list, mask, rec)) throw err.itemNotFound();
  return { rec, mask };
}

// ---- writes --------------------------------------------------------------------------------

const READ_ONLY_KEYS = new Set(['Id', 'ID', 'Created', 'Modified', 'AuthorId', 'EditorId', 'Author', 'Editor', 'GUID', 'Attachments', 'ContentTypeId', 'FileSystemObjectType', 'OData__UIVersionString']);

const SITE_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

function toDateValue(f: FieldRec, v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v !== 'string') throw err.fieldValue(`Field or property "${f.internalName}": '${String(v)}' is not a valid date.`);
  let ms = parseSpDate(v);
  if (Number.isNaN(ms)) throw err.fieldValue(`Field or property "${f.internalName}": '${v}' is not a valid date.`);
  if (f.format === 'DateOnly') {
    // Date-only columns hold midnight of the date in the site's time zone.
    const day = SITE_DAY.format(new Date(ms));
    ms = parseSpDate(`${day}T00:00:00`);
  }
  return isoSeconds(ms);
}

function convertValue(store: Store, list: ListRec, f: FieldRec, v: unknown): unknown {
  const name = f.internalName;
  const empty = v === null || v === undefined || v === '';
  switch (f.type) {
    case 'Text':
    case 'Note': {
      if (empty) return null;
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw err.fieldValue(`Field or property "${name}" expects a text value.`);
      const s = String(v);
      const max = f.maxLength ?? (f.type === 'Text' ? 255 : undefined);
      if (max !== undefined && s.length > max) {
        throw err.fieldValue(`Field or property "${name}": the value is ${s.length} characters long, more than the field's maximum length of ${max} characters.`);
      }
      return s;
    }
    case 'Number':
    case 'Currency':
    case 'Integer': {
      if (empty) return null;
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      if (!Number.isFinite(n)) throw err.fieldValue(`Field or property "${name}": '${String(v)}' is not a valid number.`);
      if (f.type === 'Integer' && !Number.isInteger(n)) throw err.fieldValue(`Field or property "${name}": '${String(v)}' is not a valid integer.`);
      if (f.min !== undefined && n < f.min) throw err.fieldValue(`Field or property "${name}": the value ${n} is below the minimum allowed value ${f.min}.`);
      if (f.max !== undefined && n > f.max) throw err.fieldValue(`Field or property "${name}": the value ${n} is above the maximum allowed value ${f.max}.`);
      return n;
    }
    case 'Boolean': {
      if (v === null || v === undefined) return null;
      if (typeof v === 'boolean') return v;
      if (v === 1 || v === 0) return v === 1;
      if (typeof v === 'string' && /^(true|false|1|0)$/i.test(v)) return /^(true|1)$/i.test(v);
      throw err.fieldValue(`Field or property "${name}": '${String(v)}' is not a valid Yes/No value.`);
    }
    case 'Choice': {
      if (empty) return null;
      if (typeof v !== 'string') throw err.fieldValue(`Field or property "${name}" expects a choice value (text).`);
      if (!f.fillIn && !(f.choices ?? []).includes(v)) {
        throw err.fieldValue(`Field or property "${name}": '${v}' is not one of the field's choices (${(f.choices ?? []).map((c) => `'${c}'`).join(', ')}).`);
      }
      return v;
    }
    case 'MultiChoice': {
      if (v === null || v === undefined) return null;
      const arr = Array.isArray(v) ? v : typeof v === 'object' && Array.isArray((v as { results?: unknown[] }).results) ? (v as { results: unknown[] }).results : null;
      if (!arr) throw err.fieldValue(`Field or property "${name}" expects an array of choice values.`);
      for (const c of arr) {
        if (typeof c !== 'string' || (!f.fillIn && !(f.choices ?? []).includes(c))) {
          throw err.fieldValue(`Field or property "${name}": '${String(c)}' is not one of the field's choices.`);
        }
      }
      return arr.length ? [...new Set(arr as string[])] : null;
    }
    case 'DateTime':
      return toDateValue(f, v);
    case 'Lookup': {
      if (v === null || v === undefined || v === '' || v === 0 || v === -1) return null;
      const id = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(id) || id < 1) throw err.fieldValue(`Field or property "${name}Id": '${String(v)}' is not a valid lookup id.`);
      const target = store.site.lists.find((l) => l.id === f.lookupList);
      if (!target || !store.listItems(target).items.has(id)) {
        throw err.fieldValue(`Field or property "${name}Id": there is no item ${id} in the list '${target?.title ?? f.lookupList}' to look up.`);
      }
      return id;
    }
    default:
      throw err.badRequest(`The field '${name}' of type '${f.type}' cannot be set.`, CODES.argument);
  }
}

const writableCache = new WeakMap<ListRec, { fields: FieldRec[]; length: number; map: Map<string, FieldRec> }>();

/** Body property name -> writable field (lookups as <Field>Id). */
function writableFields(list: ListRec): Map<string, FieldRec> {
  const cached = writableCache.get(list);
  if (cached && cached.fields === list.fields && cached.length === list.fields.length) return cached.map;
  const map = new Map<string, FieldRec>();
  for (const f of list.fields) {
    if (SYSTEM_FIELDS.has(f.internalName) || f.readOnly) continue;
    const prop = entityPropertyName(f);
    map.set(f.type === 'Lookup' ? `${prop}Id` : prop, f);
  }
  writableCache.set(list, { fields: list.fields, length: list.fields.length, map });
  return map;
}

function defaultOf(f: FieldRec): unknown {
  const d = f.defaultValue;
  if (d === undefined || d === null || d === '') return null;
  switch (f.type) {
    case 'Boolean':
      return d === '1' || /^true$/i.test(d);
    case 'Number':
    case 'Integer':
    case 'Currency':
      return Number.isFinite(Number(d)) ? Number(d) : null;
    case 'MultiChoice':
      return d.split(';#').filter(Boolean);
    case 'DateTime':
      return /^\[today\]$/i.test(d) ? toDateValue(f, new Date().toISOString()) : null;
    default:
      return d;
  }
}

/**
 * Validates `body` and returns the item's new data. `existing` is undefined when adding.
 * Strict like SharePoint: unknown properties, bad values and duplicate values in unique columns
 * are 400s. Required columns are not checked: SharePoint enforces them in its forms, not on REST
 * item writes (https://github.com/SharePoint/PnP-JS-Core/issues/376).
 */
export function applyBody(store: Store, list: ListRec, body: unknown, existing: ItemRec | undefined): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw err.badRequest('The request body must be a JSON object.');
  const data: Record<string, unknown> = existing ? { ...itemData(existing) } : {};
  const touched = new Set<string>();
  const writable = writableFields(list);
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '__metadata' || key.startsWith('odata.') || key.startsWith('@odata')) continue;
    const f = writable.get(key);
    if (!f) {
      if (READ_ONLY_KEYS.has(key)) {
        throw err.badRequest(`The property '${key}' is read-only and cannot be set on type '${entityTypeOf(list)}'.`);
      }
      const lookup = list.fields.find((x) => x.type === 'Lookup' && entityPropertyName(x) === key);
      const hint = lookup ? ` Lookup values are set through '${key}Id'.` : '';
      throw err.badRequest(`The property '${key}' does not exist on type '${entityTypeOf(list)}'. Make sure to only use property names that are defined by the type.${hint}`);
    }
    data[f.internalName] = convertValue(store, list, f, value);
    touched.add(f.internalName);
  }
  if (!existing) {
    for (const f of list.fields) {
      if (f.builtIn && f.internalName !== 'Title') continue;
      if (!touched.has(f.internalName)) {
        const d = defaultOf(f);
        if (d !== null) data[f.internalName] = d;
      }
    }
  }
  const li = store.listItems(list);
  for (const f of list.fields) {
    if (!f.unique || !touched.has(f.internalName)) continue;
    const key = uniqueKey(data[f.internalName]);
    if (key === null) continue;
    const holder = li.uniq.get(f.internalName)?.get(key);
    if (holder !== undefined && holder !== existing?.id) {
      // SharePoint Online answers 500 (pnp/pnpcore#1280: "HttpResponseCode: 500 … duplicate values
      // were found"; nittygritty-uk/Atvero-Issues#135: PnPjs in the browser got "[500] …
      // SPDuplicateValuesFoundException"). A 500 also tells a client that the outcome is unknown,
      // which is what it must then check.
      throw new SpError(
        500,
        CODES.duplicate,
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${f.internalName}]. The value '${String(data[f.internalName])}' is already used.`
      );
    }
  }
  return data;
}

export function createItem(ctx: ItemCtx, list: ListRec, body: unknown): ItemRec {
  const mask = permsFor(ctx, list);
  requireKind(mask, Kind.AddListItems);
  const store = ctx.store;
  const data = applyBody(store, list, body, undefined);
  return store.transaction(() => {
    const now = isoSeconds(Date.now());
    const rec: ItemRec = {
      id: store.allocateItemId(list),
      authorId: ctx.user.id,
      editorId: ctx.user.id,
      created: now,
      modified: now,
      version: 1,
      uniqueId: newGuid(),
      ix: {},
      listId: list.id,
      data
    };
    store.putItem(list, rec);
    list.lastModified = now;
    return rec;
  });
}

export function checkEtag(ifMatch: string | undefined, rec: ItemRec): void {
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') return;
  const given = ifMatch.trim().replace(/^W\//, '');
  if (given !== etagOf(rec)) {
    throw new SpError(412, CODES.etag, `The request ETag value '${given}' does not match the object's ETag value '${etagOf(rec)}'.`);
  }
}

function checkWrite(ctx: ItemCtx, list: ListRec, mask: Mask, rec: ItemRec, kind: number): void {
  requireKind(mask, kind);
  if (bypassesItemSecurity(mask)) return;
  if (list.writeSecurity === 4) throw err.accessDenied();
  if (list.writeSecurity === 2 && rec.authorId !== ctx.user.id) throw err.accessDenied();
}

export function updateItem(ctx: ItemCtx, list: ListRec, id: number, body: unknown, ifMatch: string | undefined): ItemRec {
  const { rec, mask } = findVisibleItem(ctx, list, id);
  checkWrite(ctx, list, mask, rec, Kind.EditListItems);
  checkEtag(ifMatch, rec);
  const data = applyBody(ctx.store, list, body, rec);
  const now = isoSeconds(Date.now());
  const next: ItemRec = { ...rec, data, editorId: ctx.user.id, modified: now, version: rec.version + 1 };
  ctx.store.transaction(() => ctx.store.putItem(list, next, rec));
  list.lastModified = now;
  return next;
}

export function deleteItem(ctx: ItemCtx, list: ListRec, id: number, ifMatch: string | undefined): void {
  const { rec, mask } = findVisibleItem(ctx, list, id);
  checkWrite(ctx, list, mask, rec, Kind.DeleteListItems);
  checkEtag(ifMatch, rec);
  ctx.store.deleteItem(list, rec);
}
