import { GroupDef, RoleDef } from './types';

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

export const GROUPS: readonly GroupDef[] = [
  { audience: 'owners', title: 'Utbildningsavrop – ägare', description: 'Listägare: avtalsområden, leverantörer och rangordning.' },
  { audience: 'handlers', title: 'Utbildningsavrop – avropshandläggare', description: 'Utbildningsenheten: skickar avrop till leverantörer och registrerar svar.' },
  { audience: 'followUp', title: 'Utbildningsavrop – uppföljning', description: 'Läser alla avrop för styrkort och uppföljning.' },
  { audience: 'members', title: 'Utbildningsavrop – beställare', description: 'Medarbetare och chefer som läser katalogen och gör avrop.' }
];

export const ROLES: readonly RoleDef[] = [
  { access: 'full', name: 'Fullständig behörighet', description: 'Inbyggd nivå.', permissions: [P.FullMask] },
  {
    access: 'edit-all',
    name: 'Utbildningsavrop – hantera alla avrop',
    description: 'Läsa och ändra alla poster, även andras, trots behörighet på objektnivå.',
    permissions: [...READ, P.AddListItems, P.EditListItems, P.CancelCheckout]
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
