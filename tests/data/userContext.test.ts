// The current user and their rights, read from the emulator as the seeded people (the site owner
// lars, the orderer anna, the handler hanna, the follow-up reader ulla). Rights come from
// EffectiveBasePermissions of the web and of each list, as SharePoint reports them:
// https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee556747(v=office.15)
import { createBrowserSp } from '../../src/data/createSp';
import { hasPermission, maskOf } from '../../src/data/permissions';
import { listRightsOf, SpUserContext } from '../../src/data/userContext';
import { PermissionKind } from '../../src/schema/permissions';
import type { Emulator } from '../support/emulator';
import type { RequestLog } from '../support/requestLog';
import { useLoggedEmulator } from '../support/loggedEmulator';

jest.setTimeout(60000);

const FULL_MASK = { High: '2147483647', Low: '4294967295' };
const READ_MASK = maskOf([1, 6, 7, 9, 13, 17, 18, 20]);

let emu: Emulator;
let log: RequestLog;
useLoggedEmulator((started, recorded) => {
  emu = started;
  log = recorded;
});

describe('permission masks', () => {
  it('puts kind k at bit k-1 of Low (k <= 32) and of High (k > 32)', () => {
    expect(maskOf([1])).toEqual({ High: '0', Low: '1' });
    expect(maskOf([9])).toEqual({ High: '0', Low: '256' });
    expect(maskOf([32])).toEqual({ High: '0', Low: '2147483648' });
    expect(maskOf([63])).toEqual({ High: '1073741824', Low: '0' });
    expect(maskOf([PermissionKind.FullMask])).toEqual(FULL_MASK);
    expect(hasPermission({ High: '0', Low: '2147483648' }, 32)).toBe(true);
    expect(hasPermission({ High: '0', Low: '2147483648' }, 31)).toBe(false);
    expect(hasPermission({ High: 1073741824, Low: 0 }, PermissionKind.EnumeratePermissions)).toBe(true);
    expect(hasPermission(FULL_MASK, PermissionKind.ManageWeb)).toBe(true);
    expect(hasPermission(FULL_MASK, PermissionKind.FullMask)).toBe(true);
    expect(hasPermission(READ_MASK, PermissionKind.FullMask)).toBe(false);
  });

  it('gives all-items rights under item-level security only with CancelCheckout (override check-out)', () => {
    // Avrop: ReadSecurity 2, WriteSecurity 2; Leverantörer: 1, 1.
    expect(listRightsOf(maskOf([1, 2, 3, 6, 7, 9, 13, 17, 18, 20]), 2, 2)).toEqual({ canRead: true, canAdd: true, canEditAll: true, canReadAll: true });
    expect(listRightsOf(maskOf([1, 6, 7, 9, 13, 17, 18, 20]), 2, 2)).toEqual({ canRead: true, canAdd: false, canEditAll: false, canReadAll: true });
    expect(listRightsOf(maskOf([1, 2, 3, 6, 7]), 2, 2)).toEqual({ canRead: true, canAdd: true, canEditAll: false, canReadAll: false });
    expect(listRightsOf(maskOf([]), 1, 1)).toEqual({ canRead: false, canAdd: false, canEditAll: false, canReadAll: false });
  });
});

describe('SpUserContext', () => {
  it('reads the current user with $select, once', async () => {
    const context = new SpUserContext(emu.sp('anna'));
    const user = await context.currentUser();
    expect(user).toMatchObject({ title: 'Anna Andersson', loginName: expect.stringMatching(/^i:0#\.f\|membership\|anna/) });
    expect(user.id).toBeGreaterThan(0);
    await context.currentUser();
    expect(log.requests.map((r) => [r.method, r.url])).toEqual([['GET', `${emu.siteUrl}/_api/web/currentuser?%24select=Id%2CTitle%2CEmail%2CLoginName`]]);
  });

  it('is a site owner only with ManageWeb and ManagePermissions on the web, read from web/EffectiveBasePermissions', async () => {
    expect(await new SpUserContext(emu.sp('lars')).hasSiteOwnerRights()).toBe(true);
    expect(log.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET web/EffectiveBasePermissions']);
    for (const login of ['anna', 'hanna', 'ulla']) expect({ login, owner: await new SpUserContext(emu.sp(login)).hasSiteOwnerRights() }).toEqual({ login, owner: false });
  });

  it('tells own rights from all-items rights under item-level security', async () => {
    const rights = (login: string, list: string) => new SpUserContext(emu.sp(login)).listRights(list);
    expect(await rights('anna', 'Avrop')).toEqual({ canRead: true, canAdd: true, canEditAll: false, canReadAll: false });
    expect(log.requests.map((r) => `${r.method} ${r.path}`)).toContain("GET web/lists/getByTitle('Avrop')/EffectiveBasePermissions");
    expect(await rights('hanna', 'Avrop')).toEqual({ canRead: true, canAdd: true, canEditAll: true, canReadAll: true });
    expect(await rights('ulla', 'Avrop')).toEqual({ canRead: true, canAdd: false, canEditAll: false, canReadAll: true });
    expect(await rights('anna', 'Leverantörer')).toEqual({ canRead: true, canAdd: false, canEditAll: false, canReadAll: true });
  });
});

describe('createBrowserSp', () => {
  it('sends absolute URLs under the site, with the cookie (credentials: include) and JSON headers', async () => {
    const site = 'https://contoso.sharepoint.com/sites/utbildning';
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const sp = createBrowserSp(`${site}/`).using((instance) => {
      instance.on.send.replace(async (url: URL, init: RequestInit) => {
        seen.push({ url: url.toString(), init });
        return new Response(JSON.stringify({ Id: 7, Title: 'A', Email: '', LoginName: 'x' }), { status: 200 });
      });
      return instance;
    });
    await new SpUserContext(sp).currentUser();
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${site}/_api/web/currentuser?%24select=Id%2CTitle%2CEmail%2CLoginName`);
    expect(seen[0].init.credentials).toBe('include');
    expect(seen[0].init.method).toBe('GET');
    expect(seen[0].init.headers).toMatchObject({ Accept: 'application/json', 'Content-Type': 'application/json;charset=utf-8' });
  });
});
