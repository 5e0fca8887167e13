// The SharePoint REST surface of docs/rest-surface.md under /sites/utbildning/_api.
import { storageEntityJson, timeZoneJson } from './regional';
import { randomBytes } from 'node:crypto';
import { parseBatch, serializeBatch, BatchResponse } from './batch';
import {
  collection,
  Entity,
  EntityCtx,
  groupEntity,
  listEntity,
  principalEntity,
  roleAssignmentEntity,
  roleDefEntity,
  shape,
  userEntity,
  viewEntity,
  viewFieldsEntity,
  webEntity
} from './entities';
import { builtinFields, encodeInternalName, fieldFromXml, fieldJson, refuseOwnItemsWithUniqueColumns, refuseUniqueOnOwnItemsList, typedFieldUpdate } from './fields';
import { createItem, deleteItem, etagOf, findVisibleItem, itemJson, buildProjection, queryItems, updateItem, permsFor } from './items';
import { parseList } from './odata';
import { has, Kind, Mask, maskJson, parseMask, EMPTY } from './perms';
import { ensureUserRec, findUserByLogin, listPermissions, ROLE, SITE_PATH, webPermissions } from './site';
import { FieldRec, GroupRec, itemData, ListRec, RoleAssignment, Store, uniqueKey, UserRec } from './store';
import { CODES, err, isoSeconds, newGuid, SpError, unquote } from './util';

export interface ApiRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string;
  user: UserRec;
  /** Inside a $batch: no digest needed, no nested batches. */
  inner?: boolean;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

const JSON_TYPE = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';

export function json(status: number, value: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(value) };
}

// Accept: application/json;odata=nometadata leaves out the per-entity annotations (type, id,
// etag, editLink) but keeps paging: "JSON Light support in REST SharePoint API" (Microsoft 365
// Developer Blog, 2014), https://www.kofrimpong.com/sharepoint-rest-api-request-header/ (the
// nometadata answer with odata.nextLink). Minimal metadata stays the default.
const ENTITY_ANNOTATIONS = new Set(['odata.type', 'odata.id', 'odata.etag', 'odata.editLink', 'odata.metadata']);

function withoutAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAnnotations);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!ENTITY_ANNOTATIONS.has(k)) out[k] = withoutAnnotations(v);
  return out;
}

function atMetadataLevel(accept: string | undefined, res: ApiResponse): ApiResponse {
  if (!/odata=nometadata/i.test(accept ?? '') || res.body === null || res.headers['Content-Type'] !== JSON_TYPE) return res;
  return { ...res, headers: { ...res.headers, 'Content-Type': JSON_TYPE.replace('minimalmetadata', 'nometadata') }, body: JSON.stringify(withoutAnnotations(JSON.parse(res.body))) };
}

export function errorResponse(e: SpError): ApiResponse {
  return json(e.status, { 'odata.error': { code: e.code, message: { lang: 'en-US', value: e.message } } }, e.headers);
}

interface Ctx extends EntityCtx {
  user: UserRec;
  method: string;
  q: URLSearchParams;
  headers: Record<string, string>;
  rawBody: string;
  path: string;
}

function body(ctx: Ctx): Record<string, unknown> {
  if (!ctx.rawBody.trim()) return {};
  try {
    const v = JSON.parse(ctx.rawBody);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
    return v as Record<string, unknown>;
  } catch {
    throw err.badRequest('Invalid JSON. A token was not recognized in the JSON content.');
  }
}

// ---- path parsing --------------------------------------------------------------------------

interface Seg {
  name: string;
  lname: string;
  args: string | null;
}

export function splitSegments(path: string): Seg[] {
  const out: Seg[] = [];
  let cur = '';
  let inQ = false;
  let depth = 0;
  const flush = () => {
    if (!cur) return;
    const m = /^([^(]*)(?:\(([\s\S]*)\))?$/.exec(cur);
    const name = m ? m[1] : cur;
    out.push({ name, lname: name.toLowerCase(), args: m && m[2] !== undefined ? m[2] : null });
    cur = '';
  };
  for (const ch of path) {
    if (ch === "'") inQ = !inQ;
    if (!inQ) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (ch === '/' && depth === 0) {
        flush();
        continue;
      }
    }
    cur += ch;
  }
  flush();
  return out;
}

function alias(ctx: Ctx, raw: string): string {
  const t = raw.trim();
  if (t.startsWith('@')) {
    const v = ctx.q.get(t);
    if (v === null) throw err.badRequest(`The parameter alias '${t}' has no value.`);
    return v;
  }
  return t;
}

function argString(ctx: Ctx, raw: string | null): string {
  if (raw === null) throw err.badRequest('A parameter is missing.');
  return unquote(alias(ctx, raw));
}

function argGuid(ctx: Ctx, raw: string | null): string {
  const v = alias(ctx, raw ?? '').replace(/^guid/i, '');
  return unquote(v).replace(/[{}]/g, '').toLowerCase();
}

function argInt(ctx: Ctx, raw: string | null): number {
  const v = Number(unquote(alias(ctx, raw ?? '')));
  if (!Number.isInteger(v)) throw err.badRequest(`Invalid argument '${raw}'.`, CODES.argument);
  return v;
}

function namedArgs(ctx: Ctx, raw: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw) return out;
  let cur = '';
  let inQ = false;
  const parts: string[] = [];
  for (const ch of raw) {
    if (ch === "'") inQ = !inQ;
    if (ch === ',' && !inQ) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  for (const p of parts) {
    const i = p.indexOf('=');
    if (i < 0) continue;
    out[p.slice(0, i).trim().toLowerCase()] = unquote(alias(ctx, p.slice(i + 1)));
  }
  return out;
}

// ---- permission helpers --------------------------------------------------------------------

function webMask(ctx: Ctx): Mask {
  return webPermissions(ctx.store.site, ctx.user);
}

function requireWeb(ctx: Ctx, kind: number): void {
  if (!has(webMask(ctx), kind)) throw err.accessDenied();
}

function requireList(ctx: Ctx, list: ListRec, kind: number): void {
  if (!has(listPermissions(ctx.store.site, list, ctx.user), kind)) throw err.accessDenied();
}

// ---- lookups -------------------------------------------------------------------------------

function listByTitle(ctx: Ctx, title: string): ListRec {
  const l = title.toLowerCase();
  const list = ctx.store.site.lists.find((x) => x.title.toLowerCase() === l);
  if (!list) throw new SpError(404, CODES.listMissing, `List '${title}' does not exist at site with URL '${ctx.siteUrl}'.`);
  return list;
}

function listById(ctx: Ctx, id: string): ListRec {
  const list = ctx.store.site.lists.find((x) => x.id === id);
  if (!list) {
    throw new SpError(404, '-2130575322, Microsoft.SharePoint.SPException', 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.');
  }
  return list;
}

function listByUrl(ctx: Ctx, url: string): ListRec {
  const u = decodeURIComponent(url).replace(/\/+$/, '').toLowerCase();
  const list = ctx.store.site.lists.find((x) => x.url.toLowerCase() === u || x.url.toLowerCase() === `${SITE_PATH}/${u.replace(/^\/+/, '')}`.toLowerCase());
  if (!list) throw new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
  return list;
}

function fieldByNameOrTitle(list: ListRec, name: string): FieldRec {
  const l = name.toLowerCase();
  const f = list.fields.find((x) => x.internalName.toLowerCase() === l) ?? list.fields.find((x) => x.title.toLowerCase() === l);
  if (!f) throw new SpError(400, CODES.argument, `Column '${name}' does not exist. It may have been deleted by another user.  ${list.url}`);
  return f;
}

function groupById(ctx: Ctx, id: number): GroupRec {
  const g = ctx.store.site.groups.find((x) => x.id === id);
  if (!g) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
  return g;
}

function userById(ctx: Ctx, id: number): UserRec {
  const u = ctx.store.site.users.find((x) => x.id === id);
  if (!u) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
  return u;
}

function userByLogin(ctx: Ctx, login: string): UserRec {
  const u = findUserByLogin(ctx.store.site, login);
  if (!u) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
  return u;
}

// ---- resources -----------------------------------------------------------------------------

type Node =
  | { k: 'web' }
  | { k: 'site' }
  | { k: 'lists' }
  | { k: 'list'; list: ListRec }
  | { k: 'fields'; list: ListRec }
  | { k: 'field'; list: ListRec; field: FieldRec }
  | { k: 'items'; list: ListRec }
  | { k: 'item'; list: ListRec; id: number }
  | { k: 'views'; list: ListRec }
  | { k: 'view'; list: ListRec }
  | { k: 'viewfields'; list: ListRec }
  | { k: 'ras'; list: ListRec | null }
  | { k: 'ra'; list: ListRec | null; principalId: number }
  | { k: 'bindings'; list: ListRec | null; principalId: number }
  | { k: 'roledefs' }
  | { k: 'roledef'; id: number }
  | { k: 'groups' }
  | { k: 'group'; id: number }
  | { k: 'users'; groupId: number | null }
  | { k: 'user'; id: number }
  | { k: 'usergroups'; userId: number }
  | { k: 'perms'; list: ListRec | null; userId: number | null }
  | { k: 'value'; get: () => unknown }
  | { k: 'entity'; get: () => Entity | null }
  | { k: 'action'; run: () => ApiResponse };

function notFoundSeg(seg: Seg): never {
  throw err.unknownResource(seg.name + (seg.args !== null ? `(${seg.args})` : ''));
}

function scopePath(list: ListRec | null): string {
  return list ? `Web/Lists(guid'${list.id}')` : 'Web';
}

function step(ctx: Ctx, node: Node, seg: Seg): Node {
  const n = seg.lname;
  switch (node.k) {
    case 'web':
      switch (n) {
        case 'currentuser':
          return { k: 'user', id: ctx.user.id };
        case 'siteusers':
          if (seg.args !== null) return { k: 'user', id: userByLogin(ctx, argString(ctx, seg.args)).id };
          return { k: 'users', groupId: null };
        case 'getuserbyid':
          return { k: 'user', id: userById(ctx, argInt(ctx, seg.args)).id };
        case 'sitegroups':
          if (seg.args !== null) return { k: 'group', id: groupById(ctx, argInt(ctx, seg.args)).id };
          return { k: 'groups' };
        case 'associatedownergroup':
          return { k: 'group', id: ctx.store.site.associatedOwnerGroupId };
        case 'associatedmembergroup':
          return { k: 'group', id: ctx.store.site.associatedMemberGroupId };
        case 'associatedvisitorgroup':
          return { k: 'group', id: ctx.store.site.associatedVisitorGroupId };
        case 'roledefinitions':
          if (seg.args !== null) return roleDefNode(ctx, argInt(ctx, seg.args));
          return { k: 'roledefs' };
        case 'roleassignments':
          if (seg.args !== null) return { k: 'ra', list: null, principalId: argInt(ctx, seg.args) };
          return { k: 'ras', list: null };
        case 'lists':
          if (seg.args !== null) return { k: 'list', list: listById(ctx, argGuid(ctx, seg.args)) };
          return { k: 'lists' };
        case 'getlist':
          return { k: 'list', list: listByUrl(ctx, argString(ctx, seg.args)) };
        case 'effectivebasepermissions':
          return { k: 'perms', list: null, userId: null };
        case 'getusereffectivepermissions':
          return { k: 'perms', list: null, userId: userByLogin(ctx, argString(ctx, seg.args)).id };
        case 'ensureuser':
          return { k: 'action', run: () => ensureUserAction(ctx, seg) };
        case 'hasuniqueroleassignments':
          return { k: 'value', get: () => true };
        case 'getstorageentity':
          return { k: 'value', get: () => storageEntityJson(ctx.siteUrl, argString(ctx, seg.args)) };
        case 'regionalsettings':
          return { k: 'entity', get: () => ({ props: { 'odata.type': 'SP.RegionalSettings' }, nav: { TimeZone: () => ({ props: timeZoneJson(ctx.siteUrl) }) } }) };
        default: {
          const e = webEntity(ctx);
          return entityProp(e, seg) ?? notFoundSeg(seg);
        }
      }
    case 'site':
      return notFoundSeg(seg);
    case 'lists':
      switch (n) {
        case 'getbytitle':
          return { k: 'list', list: listByTitle(ctx, argString(ctx, seg.args)) };
        case 'getbyid':
          return { k: 'list', list: listById(ctx, argGuid(ctx, seg.args)) };
        default:
          return notFoundSeg(seg);
      }
    case 'list': {
      const list = node.list;
      switch (n) {
        case 'fields':
          if (seg.args !== null) {
            const id = argGuid(ctx, seg.args);
            const f = list.fields.find((x) => x.id === id);
            if (!f) throw new SpError(404, CODES.argument, 'Invalid field name.');
            return { k: 'field', list, field: f };
          }
          return { k: 'fields', list };
        case 'items':
          if (seg.args !== null) return { k: 'item', list, id: argInt(ctx, seg.args) };
          return { k: 'items', list };
        case 'getitembyid':
          return { k: 'item', list, id: argInt(ctx, seg.args) };
        case 'defaultview':
          return { k: 'view', list };
        case 'views':
          if (seg.args !== null) {
            if (argGuid(ctx, seg.args) !== list.defaultViewId) throw err.notFound('The specified view is invalid.');
            return { k: 'view', list };
          }
          return { k: 'views', list };
        case 'roleassignments':
          if (seg.args !== null) return { k: 'ra', list, principalId: argInt(ctx, seg.args) };
          return { k: 'ras', list };
        case 'breakroleinheritance':
          return { k: 'action', run: () => breakInheritance(ctx, list, seg) };
        case 'resetroleinheritance':
          return {
            k: 'action',
            run: () => {
              requireList(ctx, list, Kind.ManagePermissions);
              list.hasUniqueRoleAssignments = false;
              list.roleAssignments = [];
              ctx.store.saveSite();
              return json(200, { 'odata.null': true });
            }
          };
        case 'effectivebasepermissions':
          return { k: 'perms', list, userId: null };
        case 'getusereffectivepermissions':
          return { k: 'perms', list, userId: userByLogin(ctx, argString(ctx, seg.args)).id };
        case 'hasuniqueroleassignments':
          return { k: 'value', get: () => list.hasUniqueRoleAssignments };
        default: {
          const e = listEntity(ctx, list);
          return entityProp(e, seg) ?? notFoundSeg(seg);
        }
      }
    }
    case 'fields':
      switch (n) {
        case 'createfieldasxml':
          return { k: 'action', run: () => createFieldAction(ctx, node.list) };
        case 'getbyinternalnameortitle':
        case 'getbytitle':
          return { k: 'field', list: node.list, field: fieldByNameOrTitle(node.list, argString(ctx, seg.args)) };
        case 'getbyid': {
          const id = argGuid(ctx, seg.args);
          const f = node.list.fields.find((x) => x.id === id);
          if (!f) throw new SpError(404, CODES.argument, 'Invalid field name.');
          return { k: 'field', list: node.list, field: f };
        }
        default:
          return notFoundSeg(seg);
      }
    case 'view':
      if (n === 'viewfields') return { k: 'viewfields', list: node.list };
      return entityProp(viewEntity(ctx, node.list), seg) ?? notFoundSeg(seg);
    case 'views':
      if (n === 'getbytitle') return { k: 'view', list: node.list };
      return notFoundSeg(seg);
    case 'viewfields': {
      const list = node.list;
      switch (n) {
        case 'removeallviewfields':
          return { k: 'action', run: () => viewFieldsAction(ctx, list, () => (list.viewFields = [])) };
        case 'addviewfield':
          return {
            k: 'action',
            run: () =>
              viewFieldsAction(ctx, list, () => {
                const f = fieldByNameOrTitle(list, argString(ctx, seg.args));
                if (!list.viewFields.includes(f.internalName)) list.viewFields.push(f.internalName);
              })
          };
        case 'removeviewfield':
          return {
            k: 'action',
            run: () =>
              viewFieldsAction(ctx, list, () => {
                const f = fieldByNameOrTitle(list, argString(ctx, seg.args));
                list.viewFields = list.viewFields.filter((x) => x !== f.internalName);
              })
          };
        case 'moveviewfieldto':
          return {
            k: 'action',
            run: () =>
              viewFieldsAction(ctx, list, () => {
                const b = body(ctx);
                const name = String(b.field ?? '');
                const index = Number(b.index ?? 0);
                if (!list.viewFields.includes(name)) throw err.badRequest(`Column '${name}' is not in the view.`, CODES.argument);
                list.viewFields = list.viewFields.filter((x) => x !== name);
                list.viewFields.splice(Math.max(0, Math.min(index, list.viewFields.length)), 0, name);
              })
          };
        default:
          return notFoundSeg(seg);
      }
    }
    case 'ras':
      switch (n) {
        case 'addroleassignment':
          return { k: 'action', run: () => roleAssignmentAction(ctx, node.list, seg, true) };
        case 'removeroleassignment':
          return { k: 'action', run: () => roleAssignmentAction(ctx, node.list, seg, false) };
        case 'getbyprincipalid':
          return { k: 'ra', list: node.list, principalId: argInt(ctx, seg.args) };
        default:
          return notFoundSeg(seg);
      }
    case 'ra':
      if (n === 'member') return { k: 'entity', get: () => principalEntity(ctx, node.principalId) };
      if (n === 'roledefinitionbindings') return { k: 'bindings', list: node.list, principalId: node.principalId };
      return notFoundSeg(seg);
    case 'roledefs':
      switch (n) {
        case 'getbyid':
          return roleDefNode(ctx, argInt(ctx, seg.args));
        case 'getbyname': {
          const name = argString(ctx, seg.args).toLowerCase();
          const d = ctx.store.site.roleDefs.find((x) => x.name.toLowerCase() === name);
          if (!d) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
          return { k: 'roledef', id: d.id };
        }
        case 'getbytype': {
          const kind = argInt(ctx, seg.args);
          const d = ctx.store.site.roleDefs.find((x) => x.roleTypeKind === kind);
          if (!d) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
          return { k: 'roledef', id: d.id };
        }
        default:
          return notFoundSeg(seg);
      }
    case 'groups':
      switch (n) {
        case 'getbyid':
          return { k: 'group', id: groupById(ctx, argInt(ctx, seg.args)).id };
        case 'getbyname': {
          const name = argString(ctx, seg.args).toLowerCase();
          const g = ctx.store.site.groups.find((x) => x.title.toLowerCase() === name);
          if (!g) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
          return { k: 'group', id: g.id };
        }
        case 'removebyid':
          return { k: 'action', run: () => removeGroup(ctx, groupById(ctx, argInt(ctx, seg.args))) };
        case 'removebyloginname': {
          const name = argString(ctx, seg.args).toLowerCase();
          return { k: 'action', run: () => removeGroup(ctx, ctx.store.site.groups.find((x) => x.title.toLowerCase() === name) ?? groupById(ctx, -1)) };
        }
        default:
          return notFoundSeg(seg);
      }
    case 'group':
      if (n === 'users') {
        if (seg.args !== null) return { k: 'user', id: userByLogin(ctx, argString(ctx, seg.args)).id };
        return { k: 'users', groupId: node.id };
      }
      return entityProp(groupEntity(ctx, groupById(ctx, node.id)), seg) ?? notFoundSeg(seg);
    case 'users':
      switch (n) {
        case 'getbyid':
          return { k: 'user', id: userById(ctx, argInt(ctx, seg.args)).id };
        case 'getbyemail': {
          const email = argString(ctx, seg.args).toLowerCase();
          const u = ctx.store.site.users.find((x) => x.email.toLowerCase() === email);
          if (!u) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
          return { k: 'user', id: u.id };
        }
        case 'getbyloginname':
          return { k: 'user', id: userByLogin(ctx, argString(ctx, seg.args)).id };
        case 'removebyid':
          return { k: 'action', run: () => removeGroupMember(ctx, node.groupId, userById(ctx, argInt(ctx, seg.args))) };
        case 'removebyloginname':
          return { k: 'action', run: () => removeGroupMember(ctx, node.groupId, userByLogin(ctx, argString(ctx, seg.args))) };
        default:
          return notFoundSeg(seg);
      }
    case 'user':
      if (n === 'groups') return { k: 'usergroups', userId: node.id };
      return entityProp(userEntity(ctx, userById(ctx, node.id)), seg) ?? notFoundSeg(seg);
    case 'item':
      if (n === 'effectivebasepermissions') {
        return {
          k: 'value',
          get: () => {
            findVisibleItem(ctx, node.list, node.id);
            return maskJson(permsFor(ctx, node.list));
          }
        };
      }
      return notFoundSeg(seg);
    case 'entity': {
      const e = node.get();
      if (!e) return notFoundSeg(seg);
      return entityProp(e, seg) ?? notFoundSeg(seg);
    }
    default:
      return notFoundSeg(seg);
  }
}

function roleDefNode(ctx: Ctx, id: number): Node {
  if (!ctx.store.site.roleDefs.some((d) => d.id === id)) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
  return { k: 'roledef', id };
}

/** A property or navigation property of an entity as its own resource (web/Title, list/RootFolder). */
function entityProp(e: Entity, seg: Seg): Node | undefined {
  if (seg.args !== null) return undefined;
  const l = seg.lname;
  const navKey = Object.keys(e.nav ?? {}).find((k) => k.toLowerCase() === l);
  if (navKey) {
    const v = e.nav![navKey]();
    if (Array.isArray(v)) return { k: 'value', get: () => ({ __collection: v }) };
    return { k: 'entity', get: () => v };
  }
  const key = Object.keys(e.props).find((k) => k.toLowerCase() === l && !k.startsWith('odata.'));
  if (key) return { k: 'value', get: () => e.props[key] };
  return undefined;
}

// ---- actions -------------------------------------------------------------------------------

function ensureUserAction(ctx: Ctx, _seg: Seg): ApiResponse {
  const b = body(ctx);
  const logon = String(b.logonName ?? b.LogonName ?? '');
  if (!logon) throw err.badRequest('The parameter logonName is missing.', CODES.argument);
  let user = findUserByLogin(ctx.store.site, logon);
  if (!user) {
    if (!/@region\.example$/i.test(logon)) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logon} could not be found.`);
    }
    user = ensureUserRec(ctx.store, logon);
    ctx.store.saveSite();
  }
  return json(200, shape(userEntity(ctx, user), [], []));
}

function breakInheritance(ctx: Ctx, list: ListRec, seg: Seg): ApiResponse {
  requireList(ctx, list, Kind.ManagePermissions);
  const args = namedArgs(ctx, seg.args);
  const copy = /^true$/i.test(args.copyroleassignments ?? 'false');
  if (!list.hasUniqueRoleAssignments) {
    list.hasUniqueRoleAssignments = true;
    list.roleAssignments = copy ? ctx.store.site.webRoleAssignments.map((ra) => ({ principalId: ra.principalId, roleDefIds: [...ra.roleDefIds] })) : [];
    if (!copy) {
      // As in SharePoint: whoever breaks inheritance without copying keeps Full Control.
      list.roleAssignments.push({ principalId: ctx.user.id, roleDefIds: [ROLE.full] });
    }
    ctx.store.saveSite();
  }
  return json(200, { 'odata.null': true });
}

function roleAssignmentAction(ctx: Ctx, list: ListRec | null, seg: Seg, add: boolean): ApiResponse {
  if (list) requireList(ctx, list, Kind.ManagePermissions);
  else requireWeb(ctx, Kind.ManagePermissions);
  const args = namedArgs(ctx, seg.args);
  const principalId = Number(args.principalid);
  const roleDefId = Number(args.roledefid);
  if (!principalEntity(ctx, principalId)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Cannot find a principal with id ${principalId}.`);
  if (!ctx.store.site.roleDefs.some((d) => d.id === roleDefId)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Cannot find a permission level with id ${roleDefId}.`);
  if (list && !list.hasUniqueRoleAssignments) {
    throw new SpError(400, '-2147024891, System.UnauthorizedAccessException', 'This operation is not allowed on an object that inherits permissions.');
  }
  const assignments: RoleAssignment[] = list ? list.roleAssignments : ctx.store.site.webRoleAssignments;
  let ra = assignments.find((x) => x.principalId === principalId);
  if (add) {
    if (!ra) {
      ra = { principalId, roleDefIds: [] };
      assignments.push(ra);
    }
    if (!ra.roleDefIds.includes(roleDefId)) ra.roleDefIds.push(roleDefId);
    if (list) grantLimitedAccessOnWeb(ctx, principalId);
  } else if (ra) {
    ra.roleDefIds = ra.roleDefIds.filter((x) => x !== roleDefId);
    if (ra.roleDefIds.length === 0) assignments.splice(assignments.indexOf(ra), 1);
  }
  ctx.store.saveSite();
  return json(200, { 'odata.null': true });
}

/**
 * SharePoint adds Limited Access on the site for a principal given rights on a list only: enough
 * to reach that list through the API, not to view the site's pages.
 * https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels
 */
function grantLimitedAccessOnWeb(ctx: Ctx, principalId: number): void {
  const web = ctx.store.site.webRoleAssignments;
  if (!web.some((x) => x.principalId === principalId)) web.push({ principalId, roleDefIds: [ROLE.limited] });
}

function viewFieldsAction(ctx: Ctx, list: ListRec, change: () => void): ApiResponse {
  requireList(ctx, list, Kind.ManageLists);
  change();
  ctx.store.saveSite();
  return json(200, { 'odata.null': true });
}

function createFieldAction(ctx: Ctx, list: ListRec): ApiResponse {
  requireList(ctx, list, Kind.ManageLists);
  const b = body(ctx);
  const params = (b.parameters ?? b) as Record<string, unknown>;
  const schemaXml = String(params.SchemaXml ?? '');
  if (!schemaXml) throw err.badRequest('The parameter SchemaXml is missing.', CODES.argument);
  const options = Number(params.Options ?? 0) || 0;
  const { field, addToDefaultView } = fieldFromXml(list, schemaXml, options, (ref) => {
    const id = ref.replace(/[{}]/g, '').toLowerCase();
    return ctx.store.site.lists.find((l) => l.id === id || l.title.toLowerCase() === ref.toLowerCase() || l.url.toLowerCase().endsWith('/' + ref.toLowerCase()));
  });
  list.fields.push(field);
  if (addToDefaultView) list.viewFields.push(field.internalName);
  ctx.store.saveSite();
  ctx.store.rebuildIndexes(list);
  return json(201, fieldJson(field, list, ctx.siteUrl));
}

function removeGroup(ctx: Ctx, g: GroupRec): ApiResponse {
  requireWeb(ctx, Kind.CreateGroups);
  const site = ctx.store.site;
  if ([site.associatedMemberGroupId, site.associatedOwnerGroupId, site.associatedVisitorGroupId].includes(g.id)) {
    throw err.badRequest('The associated groups of the site cannot be removed here.', CODES.spException);
  }
  site.groups = site.groups.filter((x) => x.id !== g.id);
  for (const l of site.lists) l.roleAssignments = l.roleAssignments.filter((ra) => ra.principalId !== g.id);
  site.webRoleAssignments = site.webRoleAssignments.filter((ra) => ra.principalId !== g.id);
  ctx.store.saveSite();
  return json(200, { 'odata.null': true });
}

function removeGroupMember(ctx: Ctx, groupId: number | null, u: UserRec): ApiResponse {
  if (groupId === null) throw err.badRequest('Removing site users is not supported by the emulator.', CODES.argument);
  requireWeb(ctx, Kind.ManagePermissions);
  const g = groupById(ctx, groupId);
  g.members = g.members.filter((id) => id !== u.id);
  ctx.store.saveSite();
  return json(200, { 'odata.null': true });
}

// ---- list and field writes -----------------------------------------------------------------

const LIST_PROPS: Record<string, (list: ListRec, v: unknown) => void> = {
  Title: (l, v) => (l.title = String(v)),
  Description: (l, v) => (l.description = String(v ?? '')),
  ReadSecurity: (l, v) => {
    const n = Number(v);
    if (n !== 1 && n !== 2) throw err.badRequest(`ReadSecurity must be 1 or 2, not ${String(v)}.`, CODES.argument);
    if (n === 2 && l.readSecurity !== 2) refuseOwnItemsWithUniqueColumns(l);
    l.readSecurity = n;
  },
  WriteSecurity: (l, v) => {
    const n = Number(v);
    if (n !== 1 && n !== 2 && n !== 4) throw err.badRequest(`WriteSecurity must be 1, 2 or 4, not ${String(v)}.`, CODES.argument);
    l.writeSecurity = n;
  },
  EnableVersioning: (l, v) => (l.enableVersioning = !!v),
  EnableAttachments: (l, v) => (l.enableAttachments = !!v),
  Hidden: (l, v) => (l.hidden = !!v),
  OnQuickLaunch: (l, v) => (l.onQuickLaunch = !!v),
  NoCrawl: (l, v) => (l.noCrawl = !!v),
  AllowContentTypes: (l, v) => (l.allowContentTypes = !!v),
  ContentTypesEnabled: (l, v) => (l.contentTypesEnabled = !!v),
  EnableFolderCreation: () => undefined,
  EnableMinorVersions: () => undefined,
  MajorVersionLimit: () => undefined,
  ForceCheckout: () => undefined,
  EnableModeration: () => undefined,
  BaseTemplate: () => undefined,
  Direction: () => undefined
};

function applyListProps(ctx: Ctx, list: ListRec, b: Record<string, unknown>, creating: boolean): void {
  for (const [k, v] of Object.entries(b)) {
    if (k === '__metadata' || k.startsWith('odata.')) continue;
    const setter = LIST_PROPS[k];
    if (!setter) throw err.badRequest(`The property '${k}' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.`);
    if (k === 'Title') {
      const title = String(v ?? '').trim();
      if (!title) throw err.badRequest('The list title cannot be empty.', CODES.argument);
      const clash = ctx.store.site.lists.find((x) => x.id !== list.id && x.title.toLowerCase() === title.toLowerCase());
      if (clash) {
        throw new SpError(400, CODES.listExists, 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
      }
    }
    if (k === 'BaseTemplate' && creating) continue;
    setter(list, v);
  }
}

function createList(ctx: Ctx): ApiResponse {
  requireWeb(ctx, Kind.ManageLists);
  const b = body(ctx);
  const title = String(b.Title ?? '').trim();
  if (!title) throw err.badRequest('The list title cannot be empty.', CODES.argument);
  const template = Number(b.BaseTemplate ?? 100);
  if (template !== 100) throw err.badRequest(`The emulator only creates custom lists (BaseTemplate 100), not ${template}.`, CODES.argument);
  const site = ctx.store.site;
  let urlName = title.replace(/[^A-Za-z0-9 _-]/g, '').trim() || 'List';
  const base = urlName;
  for (let i = 1; site.lists.some((l) => l.url.toLowerCase() === `${SITE_PATH}/lists/${urlName}`.toLowerCase()); i++) urlName = `${base}${i}`;
  const now = isoSeconds(Date.now());
  const list: ListRec = {
    id: newGuid(),
    title,
    description: '',
    baseTemplate: 100,
    url: `${SITE_PATH}/Lists/${urlName}`,
    entityTypeName: `${encodeInternalName(urlName.replace(/ /g, '_x0020_')).replace(/_x005f_/g, '_')}List`,
    created: now,
    lastModified: now,
    readSecurity: 1,
    writeSecurity: 1,
    enableVersioning: false,
    enableAttachments: true,
    hidden: false,
    onQuickLaunch: false,
    noCrawl: false,
    allowContentTypes: false,
    contentTypesEnabled: false,
    hasUniqueRoleAssignments: false,
    roleAssignments: [],
    fields: builtinFields('Rubrik'),
    defaultViewId: newGuid(),
    viewFields: ['LinkTitle']
  };
  if (site.lists.some((x) => x.title.toLowerCase() === title.toLowerCase())) {
    throw new SpError(400, CODES.listExists, 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
  }
  applyListProps(ctx, list, b, true);
  ctx.store.addList(list);
  return json(201, shape(listEntity(ctx, list), [], []));
}

function updateField(ctx: Ctx, list: ListRec, f: FieldRec): void {
  requireList(ctx, list, Kind.ManageLists);
  const { props } = typedFieldUpdate(f, body(ctx), ctx.headers['content-type'] ?? '');
  const next: FieldRec = { ...f };
  for (const [k, v] of Object.entries(props)) {
    const systemOnlyIndex = f.builtIn && f.internalName !== 'Title';
    if (systemOnlyIndex && k !== 'Indexed') {
      throw new SpError(400, CODES.spException, `The property '${k}' of the built-in field '${f.internalName}' cannot be changed.`);
    }
    switch (k) {
      case 'Title':
        next.title = String(v);
        break;
      case 'Description':
        next.description = String(v ?? '');
        break;
      case 'Required':
        next.required = !!v;
        break;
      case 'Indexed':
        next.indexed = !!v;
        break;
      case 'EnforceUniqueValues':
        next.unique = !!v;
        break;
      case 'Hidden':
        next.hidden = !!v;
        break;
      case 'MaxLength': {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 255) throw err.badRequest(`Invalid MaxLength ${String(v)}.`, CODES.argument);
        next.maxLength = n;
        break;
      }
      case 'DefaultValue':
        next.defaultValue = v === null ? null : String(v);
        break;
      case 'Choices': {
        const arr = Array.isArray(v) ? v : (v as { results?: unknown[] })?.results;
        if (!Array.isArray(arr) || (f.type !== 'Choice' && f.type !== 'MultiChoice')) throw err.badRequest(`Invalid Choices for field '${f.internalName}'.`, CODES.argument);
        next.choices = arr.map(String);
        break;
      }
      case 'MinimumValue':
        next.min = Number(v);
        break;
      case 'MaximumValue':
        next.max = Number(v);
        break;
      case 'FillInChoice':
        next.fillIn = !!v;
        break;
      case 'Group':
        next.group = String(v);
        break;
      case 'ValidationFormula':
      case 'ValidationMessage':
      case 'JSLink':
        break;
      default:
        throw err.badRequest(`The property '${k}' does not exist on type 'SP.Field'. Make sure to only use property names that are defined by the type.`);
    }
  }
  if (next.unique && !next.indexed) {
    throw new SpError(400, CODES.spException, `This field must be indexed to enforce unique values. (Field '${f.internalName}': set Indexed to true first.)`);
  }
  if (next.unique && !f.unique) {
    refuseUniqueOnOwnItemsList(list, f.internalName);
    const seen = new Set<string>();
    const li = ctx.store.listItems(list);
    for (const rec of li.items.values()) {
      const v = f.internalName in rec.ix ? rec.ix[f.internalName] : itemData(rec)[f.internalName];
      const key = uniqueKey(v);
      if (key === null) continue;
      if (seen.has(key)) {
        throw new SpError(400, CODES.duplicate, `Cannot enforce unique values on '${f.internalName}': the list already holds duplicate values ('${String(v)}').`);
      }
      seen.add(key);
    }
  }
  Object.assign(f, next);
  ctx.store.saveSite();
  ctx.store.rebuildIndexes(list);
}

// ---- dispatch ------------------------------------------------------------------------------

function effectiveMethod(req: ApiRequest): string {
  const m = req.method.toUpperCase();
  const x = (req.headers['x-http-method'] ?? '').toUpperCase();
  if (m === 'POST' && x) return x === 'PATCH' ? 'MERGE' : x;
  if (m === 'PATCH') return 'MERGE';
  return m;
}

function methodNotAllowed(ctx: Ctx): never {
  throw new SpError(405, CODES.invalidQuery, `The HTTP method '${ctx.method}' cannot be used for this resource.`);
}

function handleNode(ctx: Ctx, node: Node): ApiResponse {
  const m = ctx.method;
  const selects = parseList(ctx.q.get('$select'));
  const expands = parseList(ctx.q.get('$expand'));
  const one = (e: Entity | null) => {
    if (!e) return json(200, { 'odata.null': true });
    return json(200, shape(e, selects, expands));
  };
  switch (node.k) {
    case 'action':
      if (m !== 'POST') methodNotAllowed(ctx);
      return node.run();
    case 'web':
      if (m === 'GET') return one(webEntity(ctx));
      return methodNotAllowed(ctx);
    case 'site':
      if (m === 'GET') {
        return one({ props: { 'odata.type': 'SP.Site', Id: ctx.store.site.siteId, Url: ctx.siteUrl, ServerRelativeUrl: SITE_PATH, ReadOnly: false } });
      }
      return methodNotAllowed(ctx);
    case 'lists':
      if (m === 'GET') {
        const visible = ctx.store.site.lists.filter((l) => {
          const mask = listPermissions(ctx.store.site, l, ctx.user);
          return mask.high !== 0 || mask.low !== 0;
        });
        return json(200, collection(visible.map((l) => listEntity(ctx, l)), ctx.q));
      }
      if (m === 'POST') return createList(ctx);
      return methodNotAllowed(ctx);
    case 'list': {
      const list = node.list;
      if (m === 'GET') {
        const mask = listPermissions(ctx.store.site, list, ctx.user);
        if (mask.high === 0 && mask.low === 0) throw err.accessDenied();
        return one(listEntity(ctx, list));
      }
      if (m === 'MERGE') {
        requireList(ctx, list, Kind.ManageLists);
        applyListProps(ctx, list, body(ctx), false);
        ctx.store.saveSite();
        return { status: 204, headers: {}, body: null };
      }
      if (m === 'DELETE') {
        requireList(ctx, list, Kind.ManageLists);
        ctx.store.removeList(list);
        return { status: 200, headers: {}, body: '' };
      }
      return methodNotAllowed(ctx);
    }
    case 'fields':
      if (m === 'GET') {
        const mask = listPermissions(ctx.store.site, node.list, ctx.user);
        if (mask.high === 0 && mask.low === 0) throw err.accessDenied();
        return json(200, collection(node.list.fields.map((f) => ({ props: fieldJson(f, node.list, ctx.siteUrl) })), ctx.q));
      }
      if (m === 'POST') throw err.badRequest('The emulator creates fields through createfieldasxml only.', CODES.argument);
      return methodNotAllowed(ctx);
    case 'field':
      if (m === 'GET') return one({ props: fieldJson(node.field, node.list, ctx.siteUrl) });
      if (m === 'MERGE') {
        updateField(ctx, node.list, node.field);
        return { status: 204, headers: {}, body: null };
      }
      if (m === 'DELETE') {
        requireList(ctx, node.list, Kind.ManageLists);
        if (node.field.builtIn) throw new SpError(400, CODES.spException, 'You cannot delete a built-in field.');
        node.list.fields = node.list.fields.filter((f) => f !== node.field);
        node.list.viewFields = node.list.viewFields.filter((f) => f !== node.field.internalName);
        ctx.store.saveSite();
        ctx.store.rebuildIndexes(node.list);
        return { status: 200, headers: {}, body: '' };
      }
      return methodNotAllowed(ctx);
    case 'views':
      if (m === 'GET') return json(200, collection([viewEntity(ctx, node.list)], ctx.q));
      return methodNotAllowed(ctx);
    case 'view':
      if (m === 'GET') return one(viewEntity(ctx, node.list));
      return methodNotAllowed(ctx);
    case 'viewfields':
      if (m === 'GET') return one(viewFieldsEntity(ctx, node.list));
      return methodNotAllowed(ctx);
    case 'ras': {
      if (m !== 'GET') methodNotAllowed(ctx);
      if (node.list) requireList(ctx, node.list, Kind.EnumeratePermissions);
      else requireWeb(ctx, Kind.EnumeratePermissions);
      const assignments = node.list ? (node.list.hasUniqueRoleAssignments ? node.list.roleAssignments : ctx.store.site.webRoleAssignments) : ctx.store.site.webRoleAssignments;
      return json(200, collection(assignments.map((ra) => roleAssignmentEntity(ctx, ra, scopePath(node.list))), ctx.q));
    }
    case 'ra':
    case 'bindings': {
      if (m !== 'GET') methodNotAllowed(ctx);
      if (node.list) requireList(ctx, node.list, Kind.EnumeratePermissions);
      else requireWeb(ctx, Kind.EnumeratePermissions);
      const assignments = node.list ? node.list.roleAssignments : ctx.store.site.webRoleAssignments;
      const ra = assignments.find((x) => x.principalId === node.principalId);
      if (!ra) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + node.principalId + '.');
      const e = roleAssignmentEntity(ctx, ra, scopePath(node.list));
      if (node.k === 'ra') return one(e);
      return json(200, collection(e.nav!.RoleDefinitionBindings() as Entity[], ctx.q));
    }
    case 'roledefs':
      if (m === 'GET') return json(200, collection(ctx.store.site.roleDefs.map((d) => roleDefEntity(ctx, d)), ctx.q));
      if (m === 'POST') {
        requireWeb(ctx, Kind.ManagePermissions);
        const b = body(ctx);
        const name = String(b.Name ?? '').trim();
        if (!name) throw err.badRequest('The permission level needs a name.', CODES.argument);
        if (ctx.store.site.roleDefs.some((d) => d.name.toLowerCase() === name.toLowerCase())) {
          throw new SpError(400, CODES.nameInUse, 'The role definition cannot be added. A role definition with this name already exists.');
        }
        let mask: Mask;
        try {
          mask = parseMask(b.BasePermissions as { High?: unknown; Low?: unknown });
        } catch {
          throw err.badRequest('Invalid BasePermissions.', CODES.argument);
        }
        const d = { id: ctx.store.site.nextRoleDefId++, name, description: String(b.Description ?? ''), roleTypeKind: 0, mask, order: Number(b.Order ?? 1000), hidden: false };
        ctx.store.site.roleDefs.push(d);
        ctx.store.saveSite();
        return json(201, shape(roleDefEntity(ctx, d), [], []));
      }
      return methodNotAllowed(ctx);
    case 'roledef': {
      const d = ctx.store.site.roleDefs.find((x) => x.id === node.id)!;
      if (m === 'GET') return one(roleDefEntity(ctx, d));
      if (m === 'MERGE') {
        requireWeb(ctx, Kind.ManagePermissions);
        if (d.roleTypeKind !== 0) throw new SpError(400, CODES.spException, 'Built-in permission levels cannot be changed.');
        const b = body(ctx);
        if (b.Name !== undefined) d.name = String(b.Name);
        if (b.Description !== undefined) d.description = String(b.Description);
        if (b.Order !== undefined) d.order = Number(b.Order);
        if (b.BasePermissions !== undefined) d.mask = parseMask(b.BasePermissions as { High?: unknown; Low?: unknown });
        ctx.store.saveSite();
        return { status: 204, headers: {}, body: null };
      }
      if (m === 'DELETE') {
        requireWeb(ctx, Kind.ManagePermissions);
        if (d.roleTypeKind !== 0) throw new SpError(400, CODES.spException, 'Built-in permission levels cannot be deleted.');
        const site = ctx.store.site;
        site.roleDefs = site.roleDefs.filter((x) => x !== d);
        for (const l of site.lists) for (const ra of l.roleAssignments) ra.roleDefIds = ra.roleDefIds.filter((x) => x !== d.id);
        ctx.store.saveSite();
        return { status: 200, headers: {}, body: '' };
      }
      return methodNotAllowed(ctx);
    }
    case 'groups':
      if (m === 'GET') return json(200, collection(ctx.store.site.groups.map((g) => groupEntity(ctx, g)), ctx.q));
      if (m === 'POST') {
        requireWeb(ctx, Kind.CreateGroups);
        const b = body(ctx);
        const title = String(b.Title ?? '').trim();
        if (!title) throw err.badRequest('The group needs a title.', CODES.argument);
        const site = ctx.store.site;
        if (site.groups.some((g) => g.title.toLowerCase() === title.toLowerCase()) || site.users.some((u) => u.title.toLowerCase() === title.toLowerCase())) {
          throw new SpError(400, CODES.nameInUse, 'The specified name is already in use.');
        }
        const g: GroupRec = { id: site.nextPrincipalId++, title, description: String(b.Description ?? ''), ownerId: ctx.user.id, members: [ctx.user.id] };
        site.groups.push(g);
        ctx.store.saveSite();
        return json(201, shape(groupEntity(ctx, g), [], []));
      }
      return methodNotAllowed(ctx);
    case 'group': {
      const g = groupById(ctx, node.id);
      if (m === 'GET') return one(groupEntity(ctx, g));
      if (m === 'MERGE') {
        requireWeb(ctx, Kind.ManagePermissions);
        const b = body(ctx);
        if (b.Title !== undefined) g.title = String(b.Title);
        if (b.Description !== undefined) g.description = String(b.Description);
        ctx.store.saveSite();
        return { status: 204, headers: {}, body: null };
      }
      return methodNotAllowed(ctx);
    }
    case 'users': {
      const site = ctx.store.site;
      if (m === 'GET') {
        const users = node.groupId === null ? site.users : groupById(ctx, node.groupId).members.map((id) => site.users.find((u) => u.id === id)).filter((u): u is UserRec => !!u);
        return json(200, collection(users.map((u) => userEntity(ctx, u)), ctx.q));
      }
      if (m === 'POST') {
        const b = body(ctx);
        const login = String(b.LoginName ?? '');
        if (!login) throw err.badRequest('The parameter LoginName is missing.', CODES.argument);
        if (!findUserByLogin(site, login) && !/@region\.example$/i.test(login)) {
          throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);
        }
        if (node.groupId !== null) requireWeb(ctx, Kind.ManagePermissions);
        const u = ensureUserRec(ctx.store, login);
        if (node.groupId !== null) {
          const g = groupById(ctx, node.groupId);
          if (!g.members.includes(u.id)) g.members.push(u.id);
        }
        ctx.store.saveSite();
        return json(201, shape(userEntity(ctx, u), [], []));
      }
      return methodNotAllowed(ctx);
    }
    case 'user':
      if (m === 'GET') return one(userEntity(ctx, userById(ctx, node.id)));
      return methodNotAllowed(ctx);
    case 'usergroups': {
      if (m !== 'GET') methodNotAllowed(ctx);
      const groups = ctx.store.site.groups.filter((g) => g.members.includes(node.userId));
      return json(200, collection(groups.map((g) => groupEntity(ctx, g)), ctx.q));
    }
    case 'perms': {
      if (m !== 'GET') methodNotAllowed(ctx);
      let user = ctx.user;
      if (node.userId !== null) {
        if (node.list) requireList(ctx, node.list, Kind.EnumeratePermissions);
        else requireWeb(ctx, Kind.EnumeratePermissions);
        user = userById(ctx, node.userId);
      }
      const mask = node.list ? listPermissions(ctx.store.site, node.list, user) : webPermissions(ctx.store.site, user);
      return json(200, maskJson(mask ?? EMPTY));
    }
    case 'value': {
      if (m !== 'GET') methodNotAllowed(ctx);
      const v = node.get();
      if (v && typeof v === 'object' && '__collection' in (v as object)) {
        return json(200, collection((v as { __collection: Entity[] }).__collection, ctx.q));
      }
      if (v && typeof v === 'object' && !Array.isArray(v)) return json(200, v);
      return json(200, { value: v });
    }
    case 'entity':
      if (m !== 'GET') methodNotAllowed(ctx);
      return one(node.get());
    case 'items': {
      if (m === 'GET') {
        const r = queryItems(ctx, node.list, ctx.q, ctx.path);
        const out: Record<string, unknown> = { value: r.value };
        if (r.nextLink) out['odata.nextLink'] = r.nextLink;
        return json(200, out);
      }
      if (m === 'POST') {
        const rec = createItem(ctx, node.list, body(ctx));
        const proj = buildProjection(ctx.store, node.list, null, null);
        return json(201, itemJson(ctx, node.list, rec, proj), { ETag: etagOf(rec), Location: `${ctx.siteUrl}/_api/Web/Lists(guid'${node.list.id}')/Items(${rec.id})` });
      }
      return methodNotAllowed(ctx);
    }
    case 'item': {
      if (m === 'GET') {
        const proj = buildProjection(ctx.store, node.list, ctx.q.get('$select'), ctx.q.get('$expand'));
        const { rec } = findVisibleItem(ctx, node.list, node.id);
        return json(200, itemJson(ctx, node.list, rec, proj), { ETag: etagOf(rec) });
      }
      if (m === 'MERGE' || m === 'PUT') {
        const rec = updateItem(ctx, node.list, node.id, body(ctx), ctx.headers['if-match']);
        return { status: 204, headers: { ETag: etagOf(rec) }, body: null };
      }
      if (m === 'DELETE') {
        deleteItem(ctx, node.list, node.id, ctx.headers['if-match']);
        return { status: 200, headers: {}, body: '' };
      }
      return methodNotAllowed(ctx);
    }
  }
}

function contextInfo(ctx: Ctx): ApiResponse {
  const digest = `0x${randomBytes(64).toString('hex').toUpperCase()},${new Date().toUTCString()}`;
  return json(200, {
    'odata.type': 'SP.ContextWebInformation',
    FormDigestTimeoutSeconds: 1800,
    FormDigestValue: digest,
    LibraryVersion: '16.0.25000.12003',
    SiteFullUrl: ctx.siteUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.siteUrl
  });
}

export interface RestOptions {
  /** Runs the $batch requests; the server wires in its own handler (faults, users). */
  onBatchPart?: (part: ApiRequest) => ApiResponse;
}

export function handleApi(store: Store, req: ApiRequest): ApiResponse {
  const origin = `${req.url.protocol}//${req.url.host}`;
  const siteUrl = `${origin}${SITE_PATH}`;
  const prefix = `${SITE_PATH}/_api/`;
  try {
    const pathname = req.url.pathname;
    if (!pathname.toLowerCase().startsWith(prefix.toLowerCase()) && pathname.toLowerCase() !== `${SITE_PATH}/_api`) {
      throw err.notFound(`The resource ${pathname} is not part of the emulated site ${SITE_PATH}.`, CODES.notSupported);
    }
    let rest = pathname.slice(prefix.length);
    try {
      rest = decodeURIComponent(rest);
    } catch {
      throw err.badRequest('The request URL is not valid.');
    }
    const segs = splitSegments(rest);
    const ctx: Ctx = {
      store,
      siteUrl,
      origin,
      user: req.user,
      method: effectiveMethod(req),
      q: req.url.searchParams,
      headers: req.headers,
      rawBody: req.body,
      path: req.url.pathname
    };
    if (segs.length === 0) throw err.unknownResource('_api');
    const first = segs[0].lname;
    if (first === 'contextinfo') {
      if (ctx.method !== 'POST') methodNotAllowed(ctx);
      return contextInfo(ctx);
    }
    if (ctx.method !== 'GET' && !req.inner && !req.headers['x-requestdigest'] && !req.headers['authorization']) {
      throw new SpError(403, '-2130575252, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.');
    }
    if (first === '$batch') {
      if (req.inner) throw err.badRequest('Nested batches are not supported.');
      if (ctx.method !== 'POST') methodNotAllowed(ctx);
      return runBatch(store, req);
    }
    let node: Node;
    if (first === 'web') node = { k: 'web' };
    else if (first === 'site') node = { k: 'site' };
    else throw err.unknownResource(segs[0].name);
    // Every request needs some access to the web.
    const wm = webPermissions(store.site, req.user);
    if (wm.high === 0 && wm.low === 0) throw err.accessDenied();
    for (const seg of segs.slice(1)) node = step(ctx, node, seg);
    return atMetadataLevel(req.headers['accept'], handleNode(ctx, node));
  } catch (e) {
    if (e instanceof SpError) return errorResponse(e);
    const message = e instanceof Error ? e.message : String(e);
    return errorResponse(new SpError(500, '-2146233088, System.InvalidOperationException', `Emulator error: ${message}`));
  }
}

function runBatch(store: Store, req: ApiRequest): ApiResponse {
  let parsed;
  try {
    parsed = parseBatch(req.body, req.headers['content-type']);
  } catch (e) {
    throw err.badRequest(`Invalid batch request: ${(e as Error).message}`);
  }
  const responses: BatchResponse[] = [];
  for (const part of parsed.requests) {
    let url: URL;
    try {
      url = new URL(part.url, req.url);
    } catch {
      responses.push(errorResponse(err.badRequest(`Invalid URL in batch: ${part.url}`)));
      continue;
    }
    const res = handleApi(store, { method: part.method, url, headers: part.headers, body: part.body, user: req.user, inner: true });
    responses.push(res);
  }
  const boundary = `batchresponse_${newGuid()}`;
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body: serializeBatch(responses, boundary) };
}

export function batchHasWrites(body: string): boolean {
  return /changeset_/i.test(body);
}
