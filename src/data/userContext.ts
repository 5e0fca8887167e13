// Who is signed in and what they may do, from SharePoint's effective permissions. The UI uses
// this to show or hide handler features; SharePoint itself still enforces every right.
import { SPFI, SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { LISTS } from '../schema/lists';
import { PermissionKind } from '../schema/permissions';
import { FirstReadBatch, takePrimed } from './firstReads';
import { listOf } from './listQuery';
import { BasePermissions, hasPermission } from './permissions';
import { CurrentUser, ListRights, UserContext } from './ports';

interface UserJson {
  Id: number;
  Title?: string;
  Email?: string;
  LoginName?: string;
}

export function isSiteOwnerMask(mask: BasePermissions): boolean {
  return hasPermission(mask, PermissionKind.ManageWeb) && hasPermission(mask, PermissionKind.ManagePermissions);
}

/**
 * Rights on a list. "All" rights matter under item-level security: there only Override List
 * Behaviors (CancelCheckout; in Design and Full Control) reaches other people's items. Manage
 * Lists does not: the site Members' Edit level has it and still sees only its own items
 * (https://learn.microsoft.com/en-us/sharepoint/technical-reference/user-permissions-and-permission-levels).
 * On lists without item-level security, reading or editing at all means reading or editing everything.
 */
export function listRightsOf(mask: BasePermissions, readSecurity: 1 | 2, writeSecurity: 1 | 2 | 4): ListRights {
  const canRead = hasPermission(mask, PermissionKind.ViewListItems);
  const canEdit = hasPermission(mask, PermissionKind.EditListItems);
  const overrides = hasPermission(mask, PermissionKind.CancelCheckout);
  return {
    canRead,
    canAdd: hasPermission(mask, PermissionKind.AddListItems),
    canReadAll: canRead && (readSecurity === 1 || overrides),
    canEditAll: canEdit && (writeSecurity === 1 || overrides)
  };
}

export class SpUserContext implements UserContext {
  private user: Promise<CurrentUser> | undefined;
  /** List rights asked in a screen's first $batch, used by the next listRights of that list. */
  private readonly primedRights = new Map<string, Promise<ListRights>>();

  constructor(private readonly sp: SPFI) {}

  /** Asks who is signed in and her rights on `listTitles` in `batch` (firstReads.ts). */
  prime(batch: FirstReadBatch, listTitles: readonly string[]): { rights: Map<string, Promise<ListRights>> } {
    if (!this.user) this.user = this.cacheUser(batch.part(this.readUser(batch.sp)).catch(() => this.readUser(this.sp)));
    const rights = new Map<string, Promise<ListRights>>();
    for (const title of listTitles) {
      const read = batch.part(this.readRights(batch.sp, title));
      this.primedRights.set(title, read);
      rights.set(title, read);
    }
    return { rights };
  }

  currentUser(): Promise<CurrentUser> {
    if (!this.user) this.user = this.cacheUser(this.readUser(this.sp));
    return this.user;
  }

  private readUser(sp: SPFI): Promise<CurrentUser> {
    return SPQueryable(sp.web, 'currentuser')
      .select('Id', 'Title', 'Email', 'LoginName')()
      .then((json: UserJson) => ({ id: json.Id, title: json.Title ?? '', email: json.Email ?? '', loginName: json.LoginName ?? '' }));
  }

  /** A failed read must not stick: the next caller asks again. */
  private cacheUser(reading: Promise<CurrentUser>): Promise<CurrentUser> {
    reading.catch(() => {
      if (this.user === reading) this.user = undefined;
    });
    return reading;
  }

  async hasSiteOwnerRights(): Promise<boolean> {
    const mask: BasePermissions = await SPQueryable(this.sp.web, 'EffectiveBasePermissions')();
    return isSiteOwnerMask(mask);
  }

  listRights(listTitle: string): Promise<ListRights> {
    const primed = this.primedRights.get(listTitle);
    this.primedRights.delete(listTitle);
    return takePrimed(primed, () => this.readRights(this.sp, listTitle));
  }

  private async readRights(sp: SPFI, listTitle: string): Promise<ListRights> {
    const mask: BasePermissions = await SPQueryable(listOf(sp, listTitle), 'EffectiveBasePermissions')();
    const def = LISTS.find((list) => list.title === listTitle);
    return listRightsOf(mask, def?.readSecurity ?? 2, def?.writeSecurity ?? 2);
  }
}
