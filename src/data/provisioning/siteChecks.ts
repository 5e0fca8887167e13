// Compares what the site answered with src/schema, one check at a time. "Setup fixes it" is said
// only where provisionSite really writes the difference away (lists.ts, access.ts, roles.ts,
// groups.ts); where it only warns, the check names a manual step.
import { GROUPS, roleFor, ROLES, SITE_ACCESS } from '../../schema/permissions';
import { Access, Audience, FieldDef, ListDef } from '../../schema/types';
import { BasePermissions, maskOf, sameMask } from '../permissions';
import { BindingJson, bindingsOf, LIMITED_ACCESS, RoleAssignmentJson, USER } from './access';
import { FieldJson, TYPE_NAMES } from './lists';
import { BUILT_IN, findBuiltIn, RoleDefinitionJson } from './roles';
import { BY_SETUP, Difference, manual, OK, Remedy, SiteCheck, UnknownReason } from './siteState';

export interface GroupRef {
  id: number;
  title: string;
}

/** Audience -> the site group that serves it (associated group or the solution's by title). */
export type GroupMap = Map<Audience, GroupRef>;

export function unknownCheck(kind: SiteCheck['kind'], name: string, reason: UnknownReason, list?: string): SiteCheck {
  return { kind, list, name, status: 'unknown', differences: [], remedy: OK, reason };
}

function check(kind: SiteCheck['kind'], name: string, differences: Difference[], remedy: Remedy, list?: string): SiteCheck {
  return { kind, list, name, status: differences.length ? 'different' : 'ok', differences, remedy: differences.length ? remedy : OK };
}

const missing = (kind: SiteCheck['kind'], name: string, remedy: Remedy, list?: string): SiteCheck => ({ kind, list, name, status: 'missing', differences: [], remedy });

const bareId = (id: string | undefined): string => (id ?? '').replace(/[{}]/g, '').toLowerCase();

// ---- lists ------------------------------------------------------------------------------

export interface FoundList {
  Id: string;
  Title: string;
  ReadSecurity?: number;
  WriteSecurity?: number;
  HasUniqueRoleAssignments?: boolean;
}

export function listChecks(def: ListDef, list: FoundList): SiteCheck[] {
  const title: Difference[] = list.Title === def.title ? [] : [{ property: 'title', expected: def.title, actual: list.Title }];
  const security: Difference[] = [];
  if (list.ReadSecurity !== undefined && list.ReadSecurity !== def.readSecurity) security.push({ property: 'readSecurity', expected: def.readSecurity, actual: list.ReadSecurity });
  if (list.WriteSecurity !== undefined && list.WriteSecurity !== def.writeSecurity) security.push({ property: 'writeSecurity', expected: def.writeSecurity, actual: list.WriteSecurity });
  return [check('list', def.title, title, BY_SETUP, def.title), check('security', def.title, security, BY_SETUP, def.title)];
}

function titleFieldCheck(def: ListDef, field: FieldJson | undefined): SiteCheck {
  if (!field) return missing('field', 'Title', BY_SETUP, def.title);
  const wanted = def.titleField;
  const differences: Difference[] = [];
  if (field.Title !== wanted.title) differences.push({ property: 'title', expected: wanted.title, actual: field.Title });
  if (!!field.Required !== wanted.required) differences.push({ property: 'required', expected: wanted.required });
  if (!!field.EnforceUniqueValues !== !!wanted.unique) differences.push({ property: 'unique', expected: !!wanted.unique });
  return check('field', 'Title', differences, BY_SETUP, def.title);
}

function fieldCheck(def: ListDef, wanted: FieldDef, field: FieldJson | undefined, listIds: Map<string, string>): SiteCheck {
  if (!field) return missing('field', wanted.internalName, BY_SETUP, def.title);
  // SharePoint's own column under the schema's name: setup refuses to adopt it.
  if (field.FromBaseType) return { kind: 'field', list: def.title, name: wanted.internalName, status: 'different', differences: [{ property: 'builtIn' }], remedy: manual('builtInName') };
  const differences: Difference[] = [];
  let remedy: Remedy = BY_SETUP;
  if (field.TypeAsString && !TYPE_NAMES[wanted.type].includes(field.TypeAsString)) {
    differences.push({ property: 'type', expected: TYPE_NAMES[wanted.type][0], actual: field.TypeAsString });
    remedy = manual('fieldType');
  }
  if (!!field.Required !== !!wanted.required) differences.push({ property: 'required', expected: !!wanted.required });
  if (!!field.EnforceUniqueValues !== !!wanted.unique) differences.push({ property: 'unique', expected: !!wanted.unique });
  const target = wanted.lookupListKey ? listIds.get(wanted.lookupListKey) : undefined;
  if (wanted.type === 'Lookup' && target && field.LookupList !== undefined && bareId(field.LookupList) !== bareId(target)) {
    differences.push({ property: 'lookupList', expected: wanted.lookupListKey ?? '' });
    if (remedy.by === 'setup') remedy = manual('lookupTarget');
  }
  return check('field', wanted.internalName, differences, remedy, def.title);
}

/** Every column the schema indexes (its own, the Title column, built-ins such as Author). */
function indexedColumns(def: ListDef): string[] {
  const names = def.fields.filter((f) => f.indexed || f.unique).map((f) => f.internalName);
  if (def.titleField.indexed || def.titleField.unique) names.unshift('Title');
  return [...names, ...def.indexedBuiltIns];
}

export function fieldChecks(def: ListDef, fields: FieldJson[], listIds: Map<string, string>): SiteCheck[] {
  const byName = new Map(fields.map((field) => [field.InternalName, field]));
  const checks = [titleFieldCheck(def, byName.get('Title')), ...def.fields.map((wanted) => fieldCheck(def, wanted, byName.get(wanted.internalName), listIds))];
  for (const name of indexedColumns(def)) {
    const field = byName.get(name);
    // A missing column is reported once, as a column; setup adds it with its index.
    if (field && !field.Indexed) checks.push(missing('index', name, BY_SETUP, def.title));
    else if (field) checks.push(check('index', name, [], BY_SETUP, def.title));
  }
  return checks;
}

export function viewCheck(def: ListDef, actual: string[]): SiteCheck {
  const same = actual.length === def.viewFields.length && actual.every((name, i) => name === def.viewFields[i]);
  return check('view', def.title, same ? [] : [{ property: 'viewFields', expected: [...def.viewFields], actual }], BY_SETUP, def.title);
}

// ---- permissions ------------------------------------------------------------------------

const grants = (bindings: BindingJson[]): BindingJson[] => bindings.filter((b) => b.RoleTypeKind !== LIMITED_ACCESS);

const levelName = (binding: BindingJson, roles: RoleDefinitionJson[]): string => binding.Name ?? roles.find((r) => r.Id === binding.Id)?.Name ?? `#${binding.Id}`;

/** The id of the permission level that `access` stands for on this site, if it exists. */
export function roleIdFor(access: Access, roles: RoleDefinitionJson[]): number | undefined {
  const def = roleFor(access);
  if (BUILT_IN[access]) return findBuiltIn(roles, def)?.Id;
  return roles.find((r) => r.Name === def.name)?.Id;
}

function accessCheck(
  kind: 'access' | 'siteAccess',
  scope: string | undefined,
  group: GroupRef | undefined,
  audienceTitle: string,
  level: Access,
  assignments: RoleAssignmentJson[],
  roles: RoleDefinitionJson[]
): SiteCheck | undefined {
  const name = group?.title ?? audienceTitle;
  const held = group ? grants(assignments.filter((a) => a.PrincipalId === group.id).reduce<BindingJson[]>((all, a) => all.concat(bindingsOf(a)), [])) : [];
  if (level === 'none') {
    return held.length ? { kind, list: scope, name, status: 'different', differences: [{ property: 'notExpected', actual: held.map((b) => levelName(b, roles)) }], remedy: BY_SETUP } : undefined;
  }
  const roleId = roleIdFor(level, roles);
  if (!group || roleId === undefined || !held.some((b) => b.Id === roleId)) return missing(kind, name, BY_SETUP, scope);
  const others = held.filter((b) => b.Id !== roleId);
  if (others.length === 0) return check(kind, name, [], OK, scope);
  return { kind, list: scope, name, status: 'different', differences: [{ property: 'levels', expected: roleFor(level).name, actual: held.map((b) => levelName(b, roles)) }], remedy: manual('extraGrant') };
}

const audienceTitle = (audience: Audience): string => GROUPS.find((g) => g.audience === audience)?.title ?? audience;

export interface AccessFacts {
  groups: GroupMap;
  roles: RoleDefinitionJson[];
  /** The signed-in person's user id (setup removes the direct grant SharePoint gives them). */
  me: number | undefined;
}

export function listAccessChecks(def: ListDef, hasUnique: boolean, assignments: RoleAssignmentJson[], facts: AccessFacts): SiteCheck[] {
  if (!hasUnique) return [{ kind: 'inheritance', list: def.title, name: def.title, status: 'different', differences: [{ property: 'inherits' }], remedy: BY_SETUP }];
  const checks: SiteCheck[] = [check('inheritance', def.title, [], OK, def.title)];
  for (const [audience, level] of Object.entries(def.access) as Array<[Audience, Access]>) {
    const result = accessCheck('access', def.title, facts.groups.get(audience), audienceTitle(audience), level, assignments, facts.roles);
    if (result) checks.push(result);
  }
  const ours = new Set([...facts.groups.values()].map((g) => g.id));
  for (const assignment of assignments) {
    if (ours.has(assignment.PrincipalId) || grants(bindingsOf(assignment)).length === 0) continue;
    const mine = assignment.PrincipalId === facts.me && assignment.Member?.PrincipalType === USER;
    checks.push({
      kind: 'otherAccess',
      list: def.title,
      name: assignment.Member?.Title || `#${assignment.PrincipalId}`,
      status: 'different',
      differences: [{ property: 'notExpected', actual: grants(bindingsOf(assignment)).map((b) => levelName(b, facts.roles)) }],
      remedy: mine ? BY_SETUP : manual('extraGrant')
    });
  }
  return checks;
}

export function siteAccessChecks(assignments: RoleAssignmentJson[], facts: AccessFacts): SiteCheck[] {
  const checks: SiteCheck[] = [];
  for (const [audience, level] of Object.entries(SITE_ACCESS) as Array<[Audience, Access]>) {
    const result = accessCheck('siteAccess', undefined, facts.groups.get(audience), audienceTitle(audience), level, assignments, facts.roles);
    if (result) checks.push(result);
  }
  return checks;
}

export function roleChecks(roles: RoleDefinitionJson[]): SiteCheck[] {
  return ROLES.filter((role) => role.access !== 'none').map((role) => {
    if (BUILT_IN[role.access]) return findBuiltIn(roles, role) ? check('role', role.name, [], OK) : missing('role', role.name, manual('builtInRole'));
    const found = roles.find((r) => r.Name === role.name);
    if (!found) return missing('role', role.name, BY_SETUP);
    const same = !found.BasePermissions || sameMask(found.BasePermissions as BasePermissions, maskOf(role.permissions));
    return check('role', role.name, same ? [] : [{ property: 'permissions' }], manual('roleMask'));
  });
}

export function groupChecks(groups: GroupMap): SiteCheck[] {
  return GROUPS.map((def) => {
    const group = groups.get(def.audience);
    return group ? check('group', group.title, [], OK) : missing('group', def.title, BY_SETUP);
  });
}
