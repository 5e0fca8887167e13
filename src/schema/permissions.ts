import { Access, Audience, GroupDef, RoleDef } from './types';

// SharePoint PermissionKind values (SP.PermissionKind). Only those the solution uses.
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  OpenItems: 6,
  ViewVersions: 7,
  /** Shown as "Override List Behaviors": reads/edits others' items despite item-level security. */
  CancelCheckout: 9,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  BrowseUserInfo: 28,
  ManagePermissions: 26,
  EnumeratePermissions: 63,
  ManageWeb: 31,
  FullMask: 65
} as const;

const P = PermissionKind;
const READ = [P.ViewListItems, P.OpenItems, P.ViewVersions, P.ViewFormPages, P.Open, P.ViewPages, P.BrowseUserInfo];

/*
 * The access model (README, "Deploy"):
 * - Every employee who can open the site orders. On an intranet that is usually the site's
 *   Visitors group (Read on the site), sometimes its Members (Edit): both get Read on the
 *   catalogue lists and "own orders" on Avrop and Avropshändelser. Edit's Manage Lists does not
 *   lift item-level security; only Override List Behaviors (CancelCheckout) does.
 * - Owners (the site's Owners group) are the list owners: Full Control on every list.
 * - Handlers and follow-up are the solution's own groups. Rights on a list alone give only
 *   Limited Access on the site, which does not open pages, so both also get Read on the site
 *   (SITE_ACCESS) and can open the pages that hold their web parts.
 * - Every list has unique permissions holding exactly these groups: the assignment SharePoint
 *   gives the installing person when inheritance is broken is removed again.
 */
export const GROUPS: readonly GroupDef[] = [
  { audience: 'owners', title: 'Utbildningsavrop – ägare', description: 'Listägare: avtalsområden, leverantörer och rangordning.' },
  { audience: 'handlers', title: 'Utbildningsavrop – avropshandläggare', description: 'Utbildningsenheten: skickar avrop till leverantörer och registrerar svar.' },
  { audience: 'followUp', title: 'Utbildningsavrop – uppföljning', description: 'Läser alla avrop för styrkort och uppföljning.' },
  { audience: 'members', title: 'Utbildningsavrop – beställare', description: 'Medarbetare och chefer som läser katalogen och gör avrop.' },
  { audience: 'visitors', title: 'Utbildningsavrop – besökare', description: 'Alla medarbetare: läser katalogen och gör egna avrop.' }
];

/** Rights on the site itself, beyond what the site's own groups already have. */
export const SITE_ACCESS: Partial<Record<Audience, Access>> = { handlers: 'read', followUp: 'read' };

export const ROLES: readonly RoleDef[] = [
  { access: 'full', name: 'Fullständig behörighet', description: 'Inbyggd nivå.', permissions: [P.FullMask] },
  {
    access: 'edit-all',
    name: 'Utbildningsavrop – hantera alla avrop',
    description: 'Läsa och ändra alla poster, även andras, trots behörighet på objektnivå.',
    permissions: [...READ, P.AddListItems, P.EditListItems, P.CancelCheckout]
  },
  {
    // Handlers add audit rows and can never change or remove one, their own included.
    access: 'add-only',
    name: 'Utbildningsavrop – lägga till händelser',
    description: 'Läsa alla poster och lägga till nya. Inte ändra eller ta bort några.',
    permissions: [...READ, P.AddListItems]
  },
  {
    access: 'read-all',
    name: 'Utbildningsavrop – läsa alla avrop',
    description: 'Läsa alla poster, även andras, trots behörighet på objektnivå.',
    permissions: [...READ, P.CancelCheckout]
  },
  {
    access: 'contribute-own',
    name: 'Utbildningsavrop – egna avrop',
    description: 'Skapa poster och läsa och ändra sina egna.',
    permissions: [...READ, P.AddListItems, P.EditListItems]
  },
  { access: 'read', name: 'Läsa', description: 'Inbyggd nivå.', permissions: READ },
  { access: 'none', name: '', description: 'Ingen åtkomst.', permissions: [] }
];

export function roleFor(access: string): RoleDef {
  const role = ROLES.find((r) => r.access === access);
  if (!role) throw new Error(`Okänd behörighetsnivå: ${access}`);
  return role;
}
