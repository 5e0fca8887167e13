// Permission levels. 'full' and 'read' are SharePoint's built-in levels, found by their role type
// (or Swedish/English name, for hosts that leave the type out); the others are created.
import { body } from '@pnp/queryable';
import { SPFI, SPQueryable, spPost } from '@pnp/sp';
import '@pnp/sp/webs';
import { ROLES } from '../../schema/permissions';
import { Access, RoleDef } from '../../schema/types';
import { BasePermissions, maskOf, sameMask } from '../permissions';
import { ReportBuilder } from './report';

export interface RoleDefinitionJson {
  Id: number;
  Name: string;
  RoleTypeKind?: number;
  BasePermissions?: BasePermissions;
}

/** SP.RoleType of the built-in levels. */
export const BUILT_IN: Partial<Record<Access, { roleType: number; names: string[] }>> = {
  full: { roleType: 5, names: ['Fullständig behörighet', 'Full Control'] },
  read: { roleType: 2, names: ['Läsa', 'Read'] }
};

/** Where the solution's own levels go in SharePoint's list of levels. */
const CUSTOM_ORDER = 1000;

export type RoleIds = Map<Access, number>;

export function findBuiltIn(existing: RoleDefinitionJson[], role: RoleDef): RoleDefinitionJson | undefined {
  const builtIn = BUILT_IN[role.access];
  if (!builtIn) return undefined;
  const names = [role.name, ...builtIn.names].map((name) => name.toLowerCase());
  return existing.find((def) => def.RoleTypeKind === builtIn.roleType) ?? existing.find((def) => names.includes(def.Name.toLowerCase()));
}

export async function ensureRoles(sp: SPFI, report: ReportBuilder): Promise<RoleIds> {
  const existing: RoleDefinitionJson[] = await SPQueryable(sp.web, 'roledefinitions')();
  const ids: RoleIds = new Map();
  let order = CUSTOM_ORDER;
  for (const role of ROLES) {
    if (role.access === 'none') continue;
    if (BUILT_IN[role.access]) {
      const found = findBuiltIn(existing, role);
      if (!found) throw new Error(`Den inbyggda behörighetsnivån "${role.name}" finns inte på webbplatsen.`);
      ids.set(role.access, found.Id);
      continue;
    }
    order += 1;
    const mask = maskOf(role.permissions);
    const found = existing.find((def) => def.Name === role.name);
    if (found) {
      ids.set(role.access, found.Id);
      if (found.BasePermissions && !sameMask(found.BasePermissions, mask)) {
        report.warn(`Behörighetsnivån "${role.name}" har andra rättigheter än lösningen anger. Den ändras inte automatiskt.`);
      }
      continue;
    }
    const added: RoleDefinitionJson = await spPost(
      SPQueryable(sp.web, 'roledefinitions'),
      body({ Name: role.name, Description: role.description, Order: order, BasePermissions: mask })
    );
    ids.set(role.access, added.Id);
    report.created(`behörighetsnivå ${role.name}`, `Skapade behörighetsnivån "${role.name}".`);
  }
  return ids;
}
