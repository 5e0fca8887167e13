// The emulated site collection /sites/utbildning: its initial state (web, permission levels,
// associated groups, the seeded people) and the permission model.
import { builtinFields } from './fields';
import { BUILTIN_ROLE_DEFINITIONS, EMPTY, FULL, Mask, union } from './perms';
import { GroupRec, ListRec, RoleAssignment, SiteState, Store, UserRec } from './store';
import { isoSeconds, newGuid } from './util';

export const SITE_PATH = '/sites/utbildning';
export const EMAIL_DOMAIN = 'region.example';
export const CLAIMS_PREFIX = 'i:0#.f|membership|';

export interface SeedUser {
  login: string;
  title: string;
  role: string;
  description: string;
  siteAdmin?: boolean;
  /**
   * Audience in src/schema GROUPS whose group the user joins. Members and visitors are the site's
   * own groups (there from the start); the others are the solution's groups, which the
   * provisioner creates, so handlers and follow-up readers have no access before setup.
   */
  audience: 'owners' | 'handlers' | 'followUp' | 'members' | 'visitors';
}

export const SEED_USERS: SeedUser[] = [
  { login: 'anna', title: 'Anna Andersson', role: 'Beställare', description: 'Medarbetare som gör avrop för sin enhet.', audience: 'members' },
  { login: 'erik', title: 'Erik Ek', role: 'Beställare', description: 'En andra beställare: ser bara sina egna avrop, inte Annas.', audience: 'members' },
  { login: 'hanna', title: 'Hanna Holm', role: 'Avropshandläggare', description: 'Utbildningsenheten: skickar avrop till leverantörer och registrerar svar. Ser alla avrop.', audience: 'handlers' },
  { login: 'lars', title: 'Lars Lind', role: 'Listägare och webbplatsägare', description: 'Äger avtalsområden, leverantörer och rangordning; webbplatsens ägare och administratör.', siteAdmin: true, audience: 'owners' },
  { login: 'ulla', title: 'Ulla Uhr', role: 'Uppföljning', description: 'Läser alla avrop för uppföljning och styrkort.', audience: 'followUp' },
  { login: 'vera', title: 'Vera Viklund', role: 'Medarbetare (besökare)', description: 'Som de flesta anställda bara besökare på webbplatsen: läser katalogen och gör egna avrop.', audience: 'visitors' }
];

export function claimsLogin(login: string): string {
  return `${CLAIMS_PREFIX}${login}@${EMAIL_DOMAIN}`;
}

export const ROLE = {
  full: 1073741829,
  design: 1073741828,
  edit: 1073741830,
  contribute: 1073741827,
  read: 1073741826,
  limited: 1073741825
};

function systemList(id: string, title: string, urlName: string, baseTemplate: number, entity: string, created: string): ListRec {
  return {
    id,
    title,
    description: '',
    baseTemplate,
    url: `${SITE_PATH}/${urlName}`,
    entityTypeName: entity,
    created,
    lastModified: created,
    readSecurity: 1,
    writeSecurity: 1,
    enableVersioning: true,
    enableAttachments: false,
    hidden: false,
    onQuickLaunch: true,
    noCrawl: false,
    allowContentTypes: true,
    contentTypesEnabled: false,
    hasUniqueRoleAssignments: false,
    roleAssignments: [],
    fields: builtinFields(baseTemplate === 101 ? 'Rubrik' : 'Rubrik'),
    defaultViewId: newGuid(),
    viewFields: ['LinkTitle'],
    system: true
  };
}

export function createSiteState(): SiteState {
  const created = isoSeconds(Date.now());
  let nextId = 3;
  const ownerGroup: GroupRec = { id: nextId++, title: 'Utbildning – ägare', description: 'Använd den här gruppen för att ge personer fullständig behörighet till webbplatsen: Utbildning', ownerId: 0, members: [] };
  const visitorGroup: GroupRec = { id: nextId++, title: 'Utbildning – besökare', description: 'Använd den här gruppen för att ge personer läsbehörighet till webbplatsen: Utbildning', ownerId: 0, members: [] };
  const memberGroup: GroupRec = { id: nextId++, title: 'Utbildning – medlemmar', description: 'Använd den här gruppen för att ge personer redigeringsbehörighet till webbplatsen: Utbildning', ownerId: 0, members: [] };
  const users: UserRec[] = [
    { id: 1073741823, login: 'SHAREPOINT\\system', title: 'Systemkonto', email: '', isSiteAdmin: true }
  ];
  for (const u of SEED_USERS) {
    users.push({ id: nextId++, login: claimsLogin(u.login), title: u.title, email: `${u.login}@${EMAIL_DOMAIN}`, isSiteAdmin: !!u.siteAdmin });
  }
  const byLogin = (l: string) => users.find((u) => u.login === claimsLogin(l))!;
  const lars = byLogin('lars');
  for (const g of [ownerGroup, visitorGroup, memberGroup]) g.ownerId = ownerGroup.id;
  ownerGroup.members.push(lars.id);
  // Anna and Erik are site members, Vera only a visitor (as most employees on an intranet).
  // Hanna and Ulla are in no site group: their access comes from the solution's groups.
  for (const u of SEED_USERS) {
    if (u.audience === 'members') memberGroup.members.push(byLogin(u.login).id);
    else if (u.audience === 'visitors') visitorGroup.members.push(byLogin(u.login).id);
  }
  // SharePoint Online's defaults: Owners Full Control, Members Edit, Visitors Read
  // (https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels).
  const webRoleAssignments: RoleAssignment[] = [
    { principalId: ownerGroup.id, roleDefIds: [ROLE.full] },
    { principalId: visitorGroup.id, roleDefIds: [ROLE.read] },
    { principalId: memberGroup.id, roleDefIds: [ROLE.edit] }
  ];
  return {
    version: 1,
    siteId: newGuid(),
    webId: newGuid(),
    title: 'Utbildning',
    description: 'Utbildningsavrop: regionens ramavtal om utbildning.',
    created,
    nextPrincipalId: nextId,
    users,
    groups: [ownerGroup, visitorGroup, memberGroup],
    roleDefs: BUILTIN_ROLE_DEFINITIONS.map((r) => ({ id: r.id, name: r.name, description: r.description, roleTypeKind: r.roleTypeKind, mask: r.mask, order: r.order, hidden: r.hidden })),
    nextRoleDefId: 1073741831,
    webRoleAssignments,
    associatedOwnerGroupId: ownerGroup.id,
    associatedMemberGroupId: memberGroup.id,
    associatedVisitorGroupId: visitorGroup.id,
    lists: [
      systemList(newGuid(), 'Dokument', 'Delade dokument', 101, 'Shared_x0020_Documents', created),
      systemList(newGuid(), 'Webbplatssidor', 'SitePages', 119, 'SitePages', created)
    ],
    provisioned: false
  };
}

// ---- principals ----------------------------------------------------------------------------

export function findUserByLogin(site: SiteState, login: string): UserRec | undefined {
  const l = login.trim().toLowerCase();
  if (!l) return undefined;
  return site.users.find(
    (u) => u.login.toLowerCase() === l || u.email.toLowerCase() === l || u.login.toLowerCase() === claimsLogin(l) || u.login.toLowerCase() === `${CLAIMS_PREFIX}${l}`
  );
}

export function groupsOf(site: SiteState, userId: number): GroupRec[] {
  return site.groups.filter((g) => g.members.includes(userId));
}

export function roleDefById(site: SiteState, id: number) {
  return site.roleDefs.find((r) => r.id === id);
}

function maskOfAssignments(site: SiteState, assignments: RoleAssignment[], user: UserRec): Mask {
  const principals = new Set<number>([user.id, ...groupsOf(site, user.id).map((g) => g.id)]);
  let mask = EMPTY;
  for (const ra of assignments) {
    if (!principals.has(ra.principalId)) continue;
    for (const id of ra.roleDefIds) {
      const def = roleDefById(site, id);
      if (def) mask = union(mask, def.mask);
    }
  }
  return mask;
}

export function webPermissions(site: SiteState, user: UserRec): Mask {
  if (user.isSiteAdmin) return FULL;
  return maskOfAssignments(site, site.webRoleAssignments, user);
}

export function listPermissions(site: SiteState, list: ListRec, user: UserRec): Mask {
  if (user.isSiteAdmin) return FULL;
  return maskOfAssignments(site, list.hasUniqueRoleAssignments ? list.roleAssignments : site.webRoleAssignments, user);
}

export function ensureUserRec(store: Store, login: string, title?: string): UserRec {
  const site = store.site;
  const existing = findUserByLogin(site, login);
  if (existing) return existing;
  const short = login.replace(CLAIMS_PREFIX, '').split('@')[0];
  const user: UserRec = {
    id: site.nextPrincipalId++,
    login: claimsLogin(short),
    title: title ?? short.charAt(0).toUpperCase() + short.slice(1),
    email: `${short}@${EMAIL_DOMAIN}`,
    isSiteAdmin: false
  };
  site.users.push(user);
  return user;
}
