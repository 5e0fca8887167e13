// The read-only site state against the emulator: a site nobody has set up (the workbench started
// with --unprovisioned) has nothing of the product; after provisionSite everything is ok; a column
// or index someone changed in SharePoint is reported with its fix; a member who may not see the
// permissions or the handlers' lists gets "unknown", never "missing".
// REST used, from Microsoft's documentation:
// - $batch of GETs, one round trip each: https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis
// - web/lists with ReadSecurity/WriteSecurity (1 all items, 2 only own; write 4 none):
//   https://learn.microsoft.com/en-us/sharepoint/dev/schema/security-element
// - list/roleassignments?$expand=Member,RoleDefinitionBindings and web/roleDefinitions:
//   https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj245420(v=office.15)
//   and https://learn.microsoft.com/en-us/answers/questions/208656/sharepoint-rest-api-to-retrieve-acls-of-a-sharepoi
// - a list's default view is SP.List.DefaultViewUrl (server-relative, e.g. /sites/x/Lists/y/AllItems.aspx).
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { body } from '@pnp/queryable';
import { SPQueryable, spPostMerge } from '@pnp/sp';
import { withSafeRetries } from '../../src/data/createSp';
import { provisionSite } from '../../src/data/provisioning';
import { inspectSite } from '../../src/data/provisioning/inspectSite';
import { allChecks, SiteCheck, SiteState, summarize } from '../../src/data/provisioning/siteState';
import { LISTS } from '../../src/schema/lists';
import { ROLES } from '../../src/schema/permissions';
import { Emulator, startEmulator } from '../support/emulator';
import { recordRequests } from '../support/requestLog';

jest.setTimeout(120000);

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ args: ['--unprovisioned'] });
});
afterAll(async () => {
  await emu?.stop();
});

const inspectAs = (login: string): Promise<SiteState> => inspectSite(withSafeRetries(emu.sp(login)));
const problems = (state: SiteState): SiteCheck[] => allChecks(state).filter((c) => c.status !== 'ok');
/** The HTTP requests one inspection sends (the form digest aside); fails on any write. */
async function roundTrips(): Promise<string[]> {
  const log = recordRequests();
  try {
    await inspectAs('lars');
    expect(log.requests.filter((r) => r.method !== 'GET' && !/^(\$batch|contextinfo)$/.test(r.path))).toEqual([]);
    return log.http.filter((c) => c.path !== 'contextinfo').map((c) => `${c.method} ${c.path}`);
  } finally {
    log.stop();
  }
}
const find = (state: SiteState, kind: SiteCheck['kind'], name: string, list?: string): SiteCheck | undefined =>
  allChecks(state).find((c) => c.kind === kind && c.name === name && c.list === list);

describe('a site nobody has set up', () => {
  let state: SiteState;
  beforeAll(async () => {
    state = await inspectAs('lars');
  });

  it('has none of the lists, each fixed by setup, and no link to a list that is not there', () => {
    expect(state.asOwner).toBe(true);
    expect(state.lists.map((l) => [l.title, l.found, l.url])).toEqual(LISTS.map((def) => [def.title, false, undefined]));
    for (const list of state.lists) expect(list.checks).toEqual([expect.objectContaining({ kind: 'list', status: 'missing', remedy: { by: 'setup' } })]);
  });

  it("lacks the solution's permission levels and groups; the built-in ones and the site's own groups are there", () => {
    for (const role of ROLES.filter((r) => r.access !== 'none')) {
      const expected = role.access === 'full' || role.access === 'read' ? 'ok' : 'missing';
      expect([role.name, find(state, 'role', role.name)?.status]).toEqual([role.name, expected]);
    }
    const groups = allChecks(state).filter((c) => c.kind === 'group');
    expect(groups.filter((g) => g.status === 'ok').map((g) => g.name).sort()).toEqual(['Utbildning – besökare', 'Utbildning – medlemmar', 'Utbildning – ägare']);
    expect(groups.filter((g) => g.status === 'missing').map((g) => g.name).sort()).toEqual(['Utbildningsavrop – avropshandläggare', 'Utbildningsavrop – uppföljning']);
    expect(allChecks(state).filter((c) => c.kind === 'siteAccess').map((c) => c.status)).toEqual(['missing', 'missing']);
    expect(allChecks(state).filter((c) => c.kind === 'timeZone').map((c) => c.status)).toEqual(['ok']);
  });

  it('needs one $batch round trip (there is no list to look into) and writes nothing', async () => {
    expect(await roundTrips()).toEqual(['POST $batch']);
  });
});

describe('after setup', () => {
  beforeAll(async () => {
    await provisionSite(emu.sp('lars'));
  });

  it('everything the schema names is ok, with a link to each list\'s default view', async () => {
    const state = await inspectAs('lars');
    expect(problems(state)).toEqual([]);
    expect(summarize(state)).toMatchObject({ missing: 0, different: 0, unknown: 0, bySetup: 0, manual: 0 });
    for (const def of LISTS) {
      const list = state.lists.find((l) => l.key === def.key)!;
      expect([list.found, list.canRead, list.url]).toEqual([true, true, `${emu.siteUrl}/Lists/${def.url}/AllItems.aspx`]);
      expect(list.checks.filter((c) => c.kind === 'field').length).toBe(def.fields.length + 1);
    }
    // Every index the schema names has its own check (columns, Title, built-ins such as Author).
    expect(find(state, 'index', 'Author', 'Avrop')?.status).toBe('ok');
    expect(find(state, 'index', 'EventAt', 'Avropshändelser')?.status).toBe('ok');
  });

  it('needs two $batch round trips for the site and every list', async () => {
    expect(await roundTrips()).toEqual(['POST $batch', 'POST $batch']);
  });

  it('a member sees the lists she may read, "unknown" where she may not look, and never "missing"', async () => {
    const state = await inspectAs('anna');
    expect(state.asOwner).toBe(false);
    expect(allChecks(state).filter((c) => c.status === 'missing')).toEqual([]);
    const hidden = state.lists.filter((l) => !l.found).map((l) => l.title).sort();
    // Orderers have no access to the handlers' lists (src/schema/lists.ts: members 'none').
    expect(hidden).toEqual(LISTS.filter((def) => def.access.members === 'none').map((def) => def.title).sort());
    expect(hidden).toEqual(expect.arrayContaining(['Avropshändelser', 'Avropsstatus']));
    for (const list of state.lists.filter((l) => !l.found)) expect(list.checks).toEqual([expect.objectContaining({ status: 'unknown', reason: 'notVisible' })]);
    const areas = state.lists.find((l) => l.title === 'Avtalsområden')!;
    expect([areas.found, areas.canRead, areas.url]).toEqual([true, true, `${emu.siteUrl}/Lists/Avtalsomraden/AllItems.aspx`]);
    // Fields are readable to her; role assignments need Enumerate Permissions, which Edit lacks.
    expect(areas.checks.filter((c) => c.kind === 'field').every((c) => c.status === 'ok')).toBe(true);
    expect(areas.checks.find((c) => c.kind === 'access')).toMatchObject({ status: 'unknown', reason: 'noRights' });
  });

  it('reports a dropped index, a column made optional, a deleted column, a list open to all and a changed permission level, each with its fix', async () => {
    const sp = emu.sp('lars');
    const field = (list: string, name: string) => sp.web.lists.getByTitle(list).fields.getByInternalNameOrTitle(name);
    await field('Avropshändelser', 'EventAt').update({ Indexed: false });
    await field('Avrop', 'Unit').update({ Required: false });
    await field('Avrop', 'Place').delete();
    await sp.web.lists.getByTitle('Avrop').update({ ReadSecurity: 1 });
    const roles: Array<{ Id: number; Name: string }> = await SPQueryable(sp.web, 'roledefinitions')();
    const readAll = roles.find((r) => r.Name === 'Utbildningsavrop – läsa alla avrop')!;
    await spPostMerge(SPQueryable(sp.web, `roledefinitions(${readAll.Id})`), body({ BasePermissions: { High: '0', Low: '1' } }));

    const state = await inspectAs('lars');
    const summary = problems(state).map((c) => ({ kind: c.kind, list: c.list, name: c.name, status: c.status, differences: c.differences, remedy: c.remedy }));
    expect(summary).toEqual(
      expect.arrayContaining([
        { kind: 'index', list: 'Avropshändelser', name: 'EventAt', status: 'missing', differences: [], remedy: { by: 'setup' } },
        { kind: 'field', list: 'Avrop', name: 'Unit', status: 'different', differences: [{ property: 'required', expected: true }], remedy: { by: 'setup' } },
        { kind: 'field', list: 'Avrop', name: 'Place', status: 'missing', differences: [], remedy: { by: 'setup' } },
        { kind: 'security', list: 'Avrop', name: 'Avrop', status: 'different', differences: [{ property: 'readSecurity', expected: 2, actual: 1 }], remedy: { by: 'setup' } },
        { kind: 'role', list: undefined, name: readAll.Name, status: 'different', differences: [{ property: 'permissions' }], remedy: { by: 'manual', step: 'roleMask' } }
      ])
    );
    // Nothing else is reported.
    expect(summary.map((c) => `${c.kind} ${c.list ?? ''} ${c.name}`).sort()).toEqual(
      ['field Avrop Place', 'field Avrop Unit', 'index Avropshändelser EventAt', `role  ${readAll.Name}`, 'security Avrop Avrop'].sort()
    );

    // Setup puts back what it can; the permission level stays a manual step.
    await provisionSite(sp);
    const after = await inspectAs('lars');
    expect(problems(after).map((c) => `${c.kind} ${c.name} ${c.remedy.by}`)).toEqual([`role ${readAll.Name} manual`]);
  });
});
