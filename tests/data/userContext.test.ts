import { createBrowserSp } from '../../src/data/createSp';
import { hasPermission, maskOf } from '../../src/data/permissions';
import { listRightsOf, SpUserContext } from '../../src/data/userContext';
import { PermissionKind } from '../../src/schema/permissions';
import { CONTRIBUTE_MASK, FakeSharePoint, FULL_MASK, maskFor, READ_MASK, SITE } from './support/fakeSharePoint';
import { spFor } from './support/fixtures';

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
});

describe('SpUserContext', () => {
  it('reads the current user with $select, once', async () => {
    const fake = new FakeSharePoint();
    const context = new SpUserContext(spFor(fake));
    expect(await context.currentUser()).toEqual({ id: 7, title: 'Anna Andersson', email: 'anna.andersson@example.se', loginName: 'i:0#.f|membership|anna.andersson@example.se' });
    await context.currentUser();
    expect(fake.requests.map((r) => [r.method, r.url])).toEqual([['GET', `${SITE}/_api/web/currentuser?%24select=Id%2CTitle%2CEmail%2CLoginName`]]);
  });

  it('is a site owner only with ManageWeb and ManagePermissions on the web', async () => {
    const fake = new FakeSharePoint();
    const context = new SpUserContext(spFor(fake));
    expect(await context.hasSiteOwnerRights()).toBe(true);
    expect(fake.requests[0].path).toBe('web/EffectiveBasePermissions');
    fake.webPermissions = READ_MASK;
    expect(await context.hasSiteOwnerRights()).toBe(false);
    fake.webPermissions = maskFor([31]);
    expect(await context.hasSiteOwnerRights()).toBe(false);
    fake.webPermissions = maskFor([26, 31]);
    expect(await context.hasSiteOwnerRights()).toBe(true);
  });

  it('tells own rights from all-items rights under item-level security', async () => {
    const fake = new FakeSharePoint();
    fake.createList('Avrop', 'Avrop');
    fake.createList('Leverantörer', 'Leverantorer');
    const context = new SpUserContext(spFor(fake));

    fake.listPermissions.set('Avrop', CONTRIBUTE_MASK);
    expect(await context.listRights('Avrop')).toEqual({ canRead: true, canAdd: true, canEditAll: false, canReadAll: false });
    expect(fake.requests[0].path).toBe("web/lists/getByTitle('Avrop')/EffectiveBasePermissions");

    fake.listPermissions.set('Avrop', maskFor([1, 2, 3, 6, 7, 9, 13, 17, 18, 20]));
    expect(await context.listRights('Avrop')).toEqual({ canRead: true, canAdd: true, canEditAll: true, canReadAll: true });

    fake.listPermissions.set('Avrop', maskFor([1, 6, 7, 9, 13, 17, 18, 20]));
    expect(await context.listRights('Avrop')).toEqual({ canRead: true, canAdd: false, canEditAll: false, canReadAll: true });

    fake.listPermissions.set('Leverantörer', READ_MASK);
    expect(await context.listRights('Leverantörer')).toEqual({ canRead: true, canAdd: false, canEditAll: false, canReadAll: true });
    expect(listRightsOf(maskFor([]), 1, 1)).toEqual({ canRead: false, canAdd: false, canEditAll: false, canReadAll: false });
  });
});

describe('createBrowserSp', () => {
  it('sends absolute URLs under the site, with the cookie (credentials: include) and JSON headers', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const sp = createBrowserSp(`${SITE}/`).using((instance) => {
      instance.on.send.replace(async (url: URL, init: RequestInit) => {
        seen.push({ url: url.toString(), init });
        return new Response(JSON.stringify({ Id: 7, Title: 'A', Email: '', LoginName: 'x' }), { status: 200 });
      });
      return instance;
    });
    await new SpUserContext(sp).currentUser();
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${SITE}/_api/web/currentuser?%24select=Id%2CTitle%2CEmail%2CLoginName`);
    expect(seen[0].init.credentials).toBe('include');
    expect(seen[0].init.method).toBe('GET');
    expect(seen[0].init.headers).toMatchObject({ Accept: 'application/json', 'Content-Type': 'application/json;charset=utf-8' });
  });
});
