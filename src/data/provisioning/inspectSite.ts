// Reads the site's state without changing anything, in two $batch round trips: first the site
// (the reader's rights, lists, permission levels, groups, the site's role assignments, time zone),
// then every list found (columns, default view, role assignments, the reader's rights on it).
// A part the reader may not read (403) becomes an "unknown" check, not a failure of the whole.
// Endpoints: web/lists, list/fields, list/DefaultView/ViewFields, web|list/roleassignments with
// $expand=Member,RoleDefinitionBindings, web/roledefinitions, web/sitegroups,
// web/AssociatedOwnerGroup and web/RegionalSettings/TimeZone (sources in tests/data/inspectSite.test.ts).
import { SPFI, SPQueryable } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { isOnSwedishTime } from '../../domain/time';
import { GROUPS, PermissionKind } from '../../schema/permissions';
import { LISTS } from '../../schema/lists';
import { classifyFailure } from '../errors';
import { BasePermissions, hasPermission } from '../permissions';
import { siteTimeZoneOf } from '../siteSettings';
import { isSiteOwnerMask } from '../userContext';
import { RoleAssignmentJson } from './access';
import { ASSOCIATED, GroupJson } from './groups';
import { FieldJson, findList, ListJson, viewFieldNames } from './lists';
import { RoleDefinitionJson } from './roles';
import {
  AccessFacts,
  fieldChecks,
  GroupMap,
  groupChecks,
  listAccessChecks,
  listChecks,
  roleChecks,
  siteAccessChecks,
  unknownCheck,
  viewCheck
} from './siteChecks';
import { BY_SETUP, ListState, manual, OK, SiteCheck, SiteState, UnknownReason } from './siteState';

/** SharePoint takes at most 100 operations in one $batch (make-batch-requests-with-the-rest-apis); PnPjs splits at 20 unless told. */
const BATCH_LIMIT = 100;

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error })
  );

const reasonOf = (error: unknown): UnknownReason => (classifyFailure(error) === 'forbidden' ? 'noRights' : 'failed');

interface FoundListJson extends ListJson {
  DefaultViewUrl?: string;
  HasUniqueRoleAssignments?: boolean;
}

interface TimeZoneJson {
  Id?: number;
  Description?: string;
  Information?: { Bias?: number; StandardBias?: number; DaylightBias?: number };
}

const ROLE_ASSIGNMENTS = (scope: Parameters<typeof SPQueryable>[0]) => SPQueryable(scope, 'roleassignments').expand('Member', 'RoleDefinitionBindings');

/** Throws only when the site itself cannot be read (no rights at all, network); everything else is in the state. */
export async function inspectSite(sp: SPFI): Promise<SiteState> {
  const [site, runSite] = sp.batched({ maxRequests: BATCH_LIMIT });
  const web = site.web;
  const first = Promise.all([
    settle(web.select('Url')<{ Url: string }>()),
    settle(SPQueryable(web, 'EffectiveBasePermissions')<BasePermissions>()),
    settle(
      web.lists.select('Id', 'Title', 'ReadSecurity', 'WriteSecurity', 'HasUniqueRoleAssignments', 'DefaultViewUrl', 'RootFolder/ServerRelativeUrl').expand('RootFolder')<FoundListJson[]>()
    ),
    settle(SPQueryable(web, 'roledefinitions')<RoleDefinitionJson[]>()),
    settle(SPQueryable(web, 'sitegroups').select('Id', 'Title')<GroupJson[]>()),
    Promise.all(GROUPS.map((def) => (ASSOCIATED[def.audience] ? settle(SPQueryable(web, ASSOCIATED[def.audience] as string).select('Id', 'Title')<GroupJson>()) : Promise.resolve(undefined)))),
    settle(ROLE_ASSIGNMENTS(web)<RoleAssignmentJson[]>()),
    settle(SPQueryable(web, 'currentuser').select('Id')<{ Id: number }>()),
    settle(SPQueryable(web, 'RegionalSettings/TimeZone').select('Id', 'Description', 'Information')<TimeZoneJson>())
  ]);
  const [[webJson, mask, listsJson, rolesJson, siteGroups, associated, webAssignments, me, zone]] = await Promise.all([first, runSite()]);
  if (!webJson.ok) throw webJson.error;
  if (!listsJson.ok) throw listsJson.error;
  const asOwner = mask.ok && isSiteOwnerMask(mask.value);
  const siteUrl = webJson.value.Url.replace(/\/+$/, '');

  const groups: GroupMap = new Map();
  GROUPS.forEach((def, i) => {
    const assoc = associated[i];
    if (assoc && assoc.ok && assoc.value && typeof assoc.value.Id === 'number' && assoc.value.Id > 0) {
      groups.set(def.audience, { id: assoc.value.Id, title: assoc.value.Title });
      return;
    }
    const found = siteGroups.ok ? siteGroups.value.find((g) => g.Title.toLowerCase() === def.title.toLowerCase()) : undefined;
    if (found) groups.set(def.audience, { id: found.Id, title: found.Title });
  });
  const roles = rolesJson.ok ? rolesJson.value : [];
  const facts: AccessFacts = { groups, roles, me: me.ok ? me.value.Id : undefined };

  const checks: SiteCheck[] = [];
  if (rolesJson.ok) checks.push(...roleChecks(roles));
  else checks.push(unknownCheck('role', '', reasonOf(rolesJson.error)));
  if (siteGroups.ok) checks.push(...groupChecks(groups));
  else checks.push(unknownCheck('group', '', reasonOf(siteGroups.error)));
  if (webAssignments.ok && rolesJson.ok) checks.push(...siteAccessChecks(webAssignments.value, facts));
  else checks.push(unknownCheck('siteAccess', '', reasonOf(webAssignments.ok ? (rolesJson as { error: unknown }).error : webAssignments.error)));
  if (zone.ok) {
    const timeZone = siteTimeZoneOf(zone.value);
    checks.push({
      kind: 'timeZone',
      name: timeZone.description || String(timeZone.id),
      status: isOnSwedishTime(timeZone) ? 'ok' : 'different',
      differences: isOnSwedishTime(timeZone) ? [] : [{ property: 'timeZone', actual: timeZone.description || String(timeZone.id) }],
      remedy: isOnSwedishTime(timeZone) ? OK : manual('timeZone')
    });
  } else checks.push(unknownCheck('timeZone', '', reasonOf(zone.error)));

  const found = LISTS.map((def) => ({ def, list: findList(listsJson.value, def) as FoundListJson | undefined }));
  const listIds = new Map(found.filter((f) => f.list).map((f) => [f.def.key, f.list!.Id]));

  const [perList, runLists] = sp.batched({ maxRequests: BATCH_LIMIT });
  const second = Promise.all(
    found.map(({ list }) => {
      if (!list) return Promise.resolve(undefined);
      const handle = perList.web.lists.getById(list.Id);
      return Promise.all([
        settle(handle.fields.select('InternalName', 'Title', 'TypeAsString', 'Required', 'EnforceUniqueValues', 'Indexed', 'FromBaseType', 'LookupList')<FieldJson[]>()),
        settle(SPQueryable(handle, 'DefaultView/ViewFields')<unknown>()),
        settle(ROLE_ASSIGNMENTS(handle)<RoleAssignmentJson[]>()),
        settle(SPQueryable(handle, 'EffectiveBasePermissions')<BasePermissions>())
      ]);
    })
  );
  const [details] = await Promise.all([second, runLists()]);

  const lists: ListState[] = found.map(({ def, list }, i): ListState => {
    if (!list) {
      // An owner sees every list the solution made; anyone else may simply not be let in.
      const check: SiteCheck = asOwner
        ? { kind: 'list', list: def.title, name: def.title, status: 'missing', differences: [], remedy: BY_SETUP }
        : unknownCheck('list', def.title, 'notVisible', def.title);
      return { key: def.key, title: def.title, found: false, canRead: false, checks: [check] };
    }
    const [fields, view, assignments, rights] = details[i]!;
    const listChecksFor: SiteCheck[] = listChecks(def, list);
    listChecksFor.push(...(fields.ok ? fieldChecks(def, fields.value, listIds) : [unknownCheck('field', '', reasonOf(fields.error), def.title)]));
    listChecksFor.push(view.ok ? viewCheck(def, viewFieldNames(view.value)) : unknownCheck('view', def.title, reasonOf(view.error), def.title));
    if (assignments.ok && rolesJson.ok) listChecksFor.push(...listAccessChecks(def, list.HasUniqueRoleAssignments !== false, assignments.value, facts));
    else listChecksFor.push(unknownCheck('access', '', reasonOf(assignments.ok ? (rolesJson as { error: unknown }).error : assignments.error), def.title));
    const path = list.DefaultViewUrl || (list.RootFolder?.ServerRelativeUrl ? `${list.RootFolder.ServerRelativeUrl}/AllItems.aspx` : '');
    return {
      key: def.key,
      title: def.title,
      found: true,
      url: path ? new URL(path, `${siteUrl}/`).toString() : undefined,
      canRead: rights.ok && hasPermission(rights.value, PermissionKind.ViewListItems),
      checks: listChecksFor
    };
  });

  return { asOwner, siteUrl, site: checks, lists };
}

