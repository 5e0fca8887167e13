// Role assignments: each list holds exactly the groups src/schema names for it, and the groups
// that have rights on lists only also get Read on the site (the access model is described in
// src/schema/permissions.ts and the README).
import { ISPQueryable, SPFI, SPQueryable, spPost } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { IList } from '@pnp/sp/lists';
import { roleFor, SITE_ACCESS } from '../../schema/permissions';
import { Access, Audience, ListDef } from '../../schema/types';
import { GroupIds } from './groups';
import { ReportBuilder } from './report';
import { RoleIds } from './roles';

export interface BindingJson {
  Id: number;
  Name?: string;
  RoleTypeKind?: number;
}

export interface RoleAssignmentJson {
  PrincipalId: number;
  Member?: { Title?: string; PrincipalType?: number };
  RoleDefinitionBindings?: BindingJson[] | { results: BindingJson[] };
}

export interface AccessContext {
  sp: SPFI;
  report: ReportBuilder;
  roles: RoleIds;
  groups: GroupIds;
}

/** SP.RoleType.Guest: "Limited Access", which SharePoint adds by itself and is not a grant. */
export const LIMITED_ACCESS = 1;
/** SP.PrincipalType.User. */
export const USER = 1;

export function bindingsOf(assignment: RoleAssignmentJson): BindingJson[] {
  const bindings = assignment.RoleDefinitionBindings;
  if (Array.isArray(bindings)) return bindings;
  return bindings?.results ?? [];
}

export function readAssignments(scope: ISPQueryable): Promise<RoleAssignmentJson[]> {
  return SPQueryable(scope, 'roleassignments').expand('Member', 'RoleDefinitionBindings')();
}

/** Gives each audience its level on `scope`; returns the principals the model put there. */
async function grantModel(ctx: AccessContext, scope: ISPQueryable, where: string, access: Partial<Record<Audience, Access>>, assignments: RoleAssignmentJson[]): Promise<Set<number>> {
  const wanted = new Set<number>();
  for (const [audience, level] of Object.entries(access) as Array<[Audience, Access]>) {
    if (level === 'none') continue;
    const group = ctx.groups.get(audience);
    const roleId = ctx.roles.get(roleFor(level).access);
    if (!group || roleId === undefined) throw new Error(`Grupp eller behörighetsnivå saknas för ${audience}/${level}.`);
    wanted.add(group.id);
    const bindings = assignments.filter((a) => a.PrincipalId === group.id).flatMap(bindingsOf);
    if (!bindings.some((binding) => binding.Id === roleId)) {
      await spPost(SPQueryable(scope, `roleassignments/addroleassignment(principalid=${group.id},roledefid=${roleId})`));
      ctx.report.updated(`behörighet ${where}/${group.title}`, `Gav gruppen "${group.title}" nivån "${roleFor(level).name}" i ${where}.`);
    }
    const others = bindings.filter((binding) => binding.Id !== roleId && binding.RoleTypeKind !== LIMITED_ACCESS);
    if (others.length > 0) {
      ctx.report.warn(`Gruppen "${group.title}" har fler behörighetsnivåer än lösningen anger i ${where}. Kontrollera behörigheterna.`);
    }
  }
  return wanted;
}

/** Handlers and follow-up get Read on the site so that they can open the pages with their web parts. */
export async function ensureSiteAccess(ctx: AccessContext): Promise<void> {
  const web = ctx.sp.web;
  await grantModel(ctx, web, 'webbplatsen', SITE_ACCESS, await readAssignments(web));
}

export async function ensureListAccess(ctx: AccessContext, def: ListDef, list: IList): Promise<void> {
  const unique: unknown = await SPQueryable(list, 'HasUniqueRoleAssignments')();
  const hasUnique = typeof unique === 'boolean' ? unique : !!(unique as { HasUniqueRoleAssignments?: boolean } | null)?.HasUniqueRoleAssignments;
  if (!hasUnique) {
    // Without copying: the site's own assignments (Members' Edit among them) must not reach the
    // lists. SharePoint leaves the current user with Full Control instead; removed below.
    await spPost(SPQueryable(list, 'breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)'));
    ctx.report.updated(`behörigheter ${def.title}`, `Bröt arvet av behörigheter för ${def.title}.`);
  }
  const assignments = await readAssignments(list);
  const wanted = await grantModel(ctx, list, def.title, def.access, assignments);
  const extra = assignments.filter((a) => !wanted.has(a.PrincipalId) && bindingsOf(a).some((b) => b.RoleTypeKind !== LIMITED_ACCESS));
  if (extra.length === 0) return;
  const me: { Id: number } = await SPQueryable(ctx.sp.web, 'currentuser').select('Id')();
  const ours = new Set([...ctx.groups.values()].map((group) => group.id));
  for (const assignment of extra) {
    const name = assignment.Member?.Title || `#${assignment.PrincipalId}`;
    // One of the solution's audiences that the model now gives nothing here (an upgrade that
    // took the orderers' rights on the audit list away): its grant goes.
    const revoked = ours.has(assignment.PrincipalId);
    if (revoked || (assignment.PrincipalId === me.Id && assignment.Member?.PrincipalType === USER)) {
      for (const binding of bindingsOf(assignment).filter((b) => b.RoleTypeKind !== LIMITED_ACCESS)) {
        await spPost(SPQueryable(list, `roleassignments/removeroleassignment(principalid=${assignment.PrincipalId},roledefid=${binding.Id})`));
      }
      ctx.report.updated(
        `behörighet ${def.title}/${name}`,
        revoked ? `Tog bort behörigheten för gruppen "${name}" i ${def.title}, som den inte ska ha.` : `Tog bort den direkta behörigheten för ${name} i ${def.title}; ägarna når listan genom ägargruppen.`
      );
    } else {
      ctx.report.warn(`${name} har behörighet i ${def.title} utöver lösningens grupper. Kontrollera listans behörigheter.`);
    }
  }
}
