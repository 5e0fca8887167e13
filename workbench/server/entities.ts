// JSON of the non-item entities (web, users, groups, permission levels, lists, views, role
// assignments) and the generic $select/$expand/$filter/$orderby/$top over them.
import { fieldJson } from './fields';
import { Accessor, compareValues, compile, parseFilter, parseList, parseOrderBy, ValueType } from './odata';
import { maskJson } from './perms';
import { GroupRec, ListRec, RoleAssignment, RoleDefRec, SiteState, Store, UserRec } from './store';
import { SITE_PATH } from './site';
import { err } from './util';

export interface Entity {
  props: Record<string, unknown>;
  nav?: Record<string, () => Entity | Entity[] | null>;
}

function findKey(obj: Record<string, unknown>, name: string): string | undefined {
  if (name in obj) return name;
  const l = name.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === l);
}

function navKey(e: Entity, name: string): string | undefined {
  if (!e.nav) return undefined;
  if (name in e.nav) return name;
  const l = name.toLowerCase();
  return Object.keys(e.nav).find((k) => k.toLowerCase() === l);
}

/** Applies $select/$expand to one entity. `selects`/`expands` are paths relative to it. */
export function shape(e: Entity | null, selects: string[], expands: string[]): unknown {
  if (!e) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e.props)) if (k.startsWith('odata.')) out[k] = v;
  const expandHeads = new Map<string, string[]>();
  for (const x of expands) {
    const [head, ...rest] = x.split('/');
    const key = navKey(e, head);
    if (!key) continue;
    const list = expandHeads.get(key) ?? [];
    if (rest.length) list.push(rest.join('/'));
    expandHeads.set(key, list);
  }
  const subSelects = new Map<string, string[]>();
  const plainSelects: string[] = [];
  for (const s of selects) {
    if (s.includes('/')) {
      const [head, ...rest] = s.split('/');
      const key = navKey(e, head);
      if (!key) continue;
      if (!expandHeads.has(key)) throw err.badRequest(`The query to field '${s}' is not valid. The $expand query string must contain ${head}.`);
      const list = subSelects.get(key) ?? [];
      list.push(rest.join('/'));
      subSelects.set(key, list);
    } else plainSelects.push(s);
  }
  const all = selects.length === 0 || selects.includes('*');
  if (all) {
    for (const [k, v] of Object.entries(e.props)) if (!k.startsWith('odata.')) out[k] = v;
  } else {
    for (const s of plainSelects) {
      const key = findKey(e.props, s);
      if (key) out[key] = e.props[key];
      else {
        const nk = navKey(e, s);
        if (nk && !expandHeads.has(nk)) out[nk] = { __deferred: {} };
      }
    }
  }
  for (const [key, subExpands] of expandHeads) {
    const sel = subSelects.get(key) ?? [];
    if (!all && !plainSelects.some((s) => s.toLowerCase() === key.toLowerCase()) && sel.length === 0) continue;
    const value = e.nav![key]();
    out[key] = Array.isArray(value) ? value.map((v) => shape(v, sel, subExpands)) : shape(value, sel, subExpands);
  }
  return out;
}

function typeOfValue(v: unknown): ValueType {
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  return 'text';
}

/** A collection answer: $filter, $orderby, $top, then $select/$expand per entity. */
export function collection(entities: Entity[], q: URLSearchParams): { value: unknown[] } {
  let list = entities;
  const filter = q.get('$filter');
  if (filter && filter.trim()) {
    const node = parseFilter(filter);
    const sample = (path: string) => {
      for (const e of entities) {
        const v = getPath(e, path);
        if (v !== null && v !== undefined) return v;
      }
      return null;
    };
    const pred = compile<Entity>(node, (path): Accessor<Entity> => ({ type: typeOfValue(sample(path)), get: (e) => getPath(e, path) }));
    list = list.filter(pred);
  }
  const order = parseOrderBy(q.get('$orderby'));
  if (order.length) {
    list = [...list].sort((a, b) => {
      for (const t of order) {
        const va = getPath(a, t.path);
        const c = compareValues(typeOfValue(va ?? getPath(b, t.path)), va, getPath(b, t.path));
        if (c !== 0) return t.desc ? -c : c;
      }
      return 0;
    });
  }
  const top = q.get('$top');
  if (top !== null && Number.isInteger(Number(top))) list = list.slice(0, Number(top));
  const selects = parseList(q.get('$select'));
  const expands = parseList(q.get('$expand'));
  return { value: list.map((e) => shape(e, selects, expands)) };
}

function getPath(e: Entity, path: string): unknown {
  const [head, ...rest] = path.split('/');
  if (rest.length === 0) {
    const key = findKey(e.props, head);
    return key ? e.props[key] : null;
  }
  const nk = navKey(e, head);
  if (!nk) return null;
  const v = e.nav![nk]();
  if (!v || Array.isArray(v)) return null;
  return getPath(v, rest.join('/'));
}

// ---- builders ------------------------------------------------------------------------------

export interface EntityCtx {
  store: Store;
  siteUrl: string;
  origin: string;
}

export function userEntity(ctx: EntityCtx, u: UserRec): Entity {
  const site = ctx.store.site;
  return {
    props: {
      'odata.type': 'SP.User',
      'odata.id': `${ctx.siteUrl}/_api/Web/GetUserById(${u.id})`,
      'odata.editLink': `Web/GetUserById(${u.id})`,
      Id: u.id,
      IsHiddenInUI: false,
      LoginName: u.login,
      Title: u.title,
      PrincipalType: 1,
      Email: u.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: u.isSiteAdmin,
      UserId: u.email ? { NameId: `1003${String(u.id).padStart(12, '0')}`, NameIdIssuer: 'urn:federation:microsoftonline' } : null,
      UserPrincipalName: u.email || null
    },
    nav: {
      Groups: () => site.groups.filter((g) => g.members.includes(u.id)).map((g) => groupEntity(ctx, g))
    }
  };
}

export function groupEntity(ctx: EntityCtx, g: GroupRec): Entity {
  const site = ctx.store.site;
  const owner = site.groups.find((x) => x.id === g.ownerId);
  return {
    props: {
      'odata.type': 'SP.Group',
      'odata.id': `${ctx.siteUrl}/_api/Web/SiteGroups/GetById(${g.id})`,
      'odata.editLink': `Web/SiteGroups/GetById(${g.id})`,
      Id: g.id,
      IsHiddenInUI: false,
      LoginName: g.title,
      Title: g.title,
      PrincipalType: 8,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: g.description,
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: owner?.title ?? site.users.find((u) => u.id === g.ownerId)?.title ?? '',
      RequestToJoinLeaveEmailSetting: ''
    },
    nav: {
      Users: () => g.members.map((id) => site.users.find((u) => u.id === id)).filter((u): u is UserRec => !!u).map((u) => userEntity(ctx, u))
    }
  };
}

export function principalEntity(ctx: EntityCtx, id: number): Entity | null {
  const site = ctx.store.site;
  const g = site.groups.find((x) => x.id === id);
  if (g) return groupEntity(ctx, g);
  const u = site.users.find((x) => x.id === id);
  return u ? userEntity(ctx, u) : null;
}

export function roleDefEntity(ctx: EntityCtx, d: RoleDefRec): Entity {
  return {
    props: {
      'odata.type': 'SP.RoleDefinition',
      'odata.id': `${ctx.siteUrl}/_api/Web/RoleDefinitions(${d.id})`,
      'odata.editLink': `Web/RoleDefinitions(${d.id})`,
      BasePermissions: maskJson(d.mask),
      Description: d.description,
      Hidden: d.hidden,
      Id: d.id,
      Name: d.name,
      Order: d.order,
      RoleTypeKind: d.roleTypeKind
    }
  };
}

export function roleAssignmentEntity(ctx: EntityCtx, ra: RoleAssignment, scopePath: string): Entity {
  const site = ctx.store.site;
  return {
    props: {
      'odata.type': 'SP.RoleAssignment',
      'odata.id': `${ctx.siteUrl}/_api/${scopePath}/RoleAssignments/GetByPrincipalId(${ra.principalId})`,
      'odata.editLink': `${scopePath}/RoleAssignments/GetByPrincipalId(${ra.principalId})`,
      PrincipalId: ra.principalId
    },
    nav: {
      Member: () => principalEntity(ctx, ra.principalId),
      RoleDefinitionBindings: () =>
        ra.roleDefIds
          .map((id) => site.roleDefs.find((d) => d.id === id))
          .filter((d): d is RoleDefRec => !!d)
          .map((d) => roleDefEntity(ctx, d))
    }
  };
}

export function viewEntity(ctx: EntityCtx, list: ListRec): Entity {
  return {
    props: {
      'odata.type': 'SP.View',
      'odata.id': `${ctx.siteUrl}/_api/Web/Lists(guid'${list.id}')/Views(guid'${list.defaultViewId}')`,
      'odata.editLink': `Web/Lists(guid'${list.id}')/Views(guid'${list.defaultViewId}')`,
      DefaultView: true,
      Hidden: false,
      Id: list.defaultViewId,
      MobileDefaultView: true,
      MobileView: true,
      Paged: true,
      PersonalView: false,
      RowLimit: 30,
      ServerRelativeUrl: `${list.url}/AllItems.aspx`,
      Title: 'Alla objekt',
      ViewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>',
      ViewType: 'HTML'
    },
    nav: {
      ViewFields: () => viewFieldsEntity(ctx, list)
    }
  };
}

export function viewFieldsEntity(ctx: EntityCtx, list: ListRec): Entity {
  return {
    props: {
      'odata.type': 'SP.ViewFieldCollection',
      'odata.id': `${ctx.siteUrl}/_api/Web/Lists(guid'${list.id}')/Views(guid'${list.defaultViewId}')/ViewFields`,
      SchemaXml: list.viewFields.map((f) => `<FieldRef Name="${f}" />`).join(''),
      Items: [...list.viewFields]
    }
  };
}

export function listEntity(ctx: EntityCtx, list: ListRec): Entity {
  const count = ctx.store.listItems(list).items.size;
  const rootName = list.url.split('/').pop() ?? '';
  return {
    props: {
      'odata.type': 'SP.List',
      'odata.id': `${ctx.siteUrl}/_api/Web/Lists(guid'${list.id}')`,
      'odata.editLink': `Web/Lists(guid'${list.id}')`,
      AllowContentTypes: list.allowContentTypes,
      BaseTemplate: list.baseTemplate,
      BaseType: list.baseTemplate === 101 || list.baseTemplate === 119 ? 1 : 0,
      ContentTypesEnabled: list.contentTypesEnabled,
      Created: list.created,
      DefaultViewUrl: `${list.url}/AllItems.aspx`,
      Description: list.description,
      EnableAttachments: list.enableAttachments,
      EnableFolderCreation: false,
      EnableVersioning: list.enableVersioning,
      EntityTypeName: list.entityTypeName,
      HasUniqueRoleAssignments: list.hasUniqueRoleAssignments,
      Hidden: list.hidden,
      Id: list.id,
      ItemCount: count,
      LastItemDeletedDate: list.lastModified,
      LastItemModifiedDate: list.lastModified,
      ListItemEntityTypeFullName: `SP.Data.${list.entityTypeName}Item`,
      NoCrawl: list.noCrawl,
      OnQuickLaunch: list.onQuickLaunch,
      ParentWebUrl: SITE_PATH,
      ReadSecurity: list.readSecurity,
      Title: list.title,
      WriteSecurity: list.writeSecurity
    },
    nav: {
      RootFolder: () => ({
        props: {
          'odata.type': 'SP.Folder',
          Exists: true,
          ItemCount: count,
          Name: rootName,
          ServerRelativeUrl: list.url,
          UniqueId: list.id,
          ServerRelativePath: { DecodedUrl: list.url }
        } as Record<string, unknown>
      }),
      DefaultView: () => viewEntity(ctx, list),
      Fields: () => list.fields.map((f) => ({ props: fieldJson(f, list, ctx.siteUrl) })),
      RoleAssignments: () => list.roleAssignments.map((ra) => roleAssignmentEntity(ctx, ra, `Web/Lists(guid'${list.id}')`)),
      ParentWeb: () => webEntity(ctx)
    }
  };
}

export function webEntity(ctx: EntityCtx): Entity {
  const site: SiteState = ctx.store.site;
  const group = (id: number) => () => {
    const g = site.groups.find((x) => x.id === id);
    return g ? groupEntity(ctx, g) : null;
  };
  return {
    props: {
      'odata.type': 'SP.Web',
      'odata.id': `${ctx.siteUrl}/_api/Web`,
      'odata.editLink': 'Web',
      AllowRssFeeds: true,
      Configuration: 0,
      Created: site.created,
      Description: site.description,
      HasUniqueRoleAssignments: true,
      Id: site.webId,
      IsMultilingual: false,
      Language: 1053,
      LastItemModifiedDate: site.created,
      ServerRelativeUrl: SITE_PATH,
      Title: site.title,
      Url: ctx.siteUrl,
      WebTemplate: 'STS'
    },
    nav: {
      AssociatedOwnerGroup: group(site.associatedOwnerGroupId),
      AssociatedMemberGroup: group(site.associatedMemberGroupId),
      AssociatedVisitorGroup: group(site.associatedVisitorGroupId),
      RoleDefinitions: () => site.roleDefs.map((d) => roleDefEntity(ctx, d)),
      SiteGroups: () => site.groups.map((g) => groupEntity(ctx, g)),
      RoleAssignments: () => site.webRoleAssignments.map((ra) => roleAssignmentEntity(ctx, ra, 'Web')),
      Lists: () => site.lists.map((l) => listEntity(ctx, l))
    }
  };
}
