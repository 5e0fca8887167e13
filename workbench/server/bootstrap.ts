// Runs the project's own provisioner (src/data/provisioning) against the emulator over real HTTP
// as the site owner, then puts the seeded people into the solution's groups.
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import { GROUPS } from '../../src/schema/permissions';
import { provisionSite } from '../../src/data/provisioning';
import { SEED_USERS, claimsLogin } from './site';
import { GroupRec, Store } from './store';

export const BOOTSTRAP_HEADER = 'x-workbench-bootstrap';

export interface ProvisionRun {
  ms: number;
  summary: string;
}

export async function runProvisioner(siteUrl: string, token: string, log: (line: string) => void): Promise<ProvisionRun> {
  if (typeof provisionSite !== 'function') {
    throw new Error('src/data/provisioning exports no provisionSite(sp, opts). The emulator cannot create the lists without the project\'s provisioner.');
  }
  const started = Date.now();
  const sp = spfi(siteUrl).using(
    SPBrowser({ baseUrl: siteUrl }),
    InjectHeaders({ 'X-Workbench-User': 'lars', 'X-Workbench-Bootstrap': token })
  );
  const report = await provisionSite(sp, { log });
  const summary =
    `${report.created.length} skapade, ${report.updated.length} ändrade, ` +
    `${report.seeded.reduce((n, s) => n + s.count, 0)} katalogposter, ${report.warnings.length} varningar`;
  for (const w of report.warnings) log(`VARNING: ${w}`);
  return { ms: Date.now() - started, summary };
}

/**
 * The provisioner creates the groups; the emulator (like a site owner would) puts people in them.
 * Owners and members may be the site's associated groups (the provisioner's choice), the others
 * are found by the titles in src/schema. Nobody is added to the site's Visitors behind the
 * provisioner's back: handlers and follow-up readers open the site through their own groups'
 * Read on the web, which the provisioner grants.
 */
export function assignSeedMemberships(store: Store): string[] {
  const site = store.site;
  const notes: string[] = [];
  const byTitle = (title: string) => site.groups.find((g) => g.title.toLowerCase() === title.toLowerCase());
  const groupFor = (audience: string): GroupRec | undefined => {
    const def = GROUPS.find((g) => g.audience === audience);
    const titled = def ? byTitle(def.title) : undefined;
    if (titled) return titled;
    if (audience === 'owners') return site.groups.find((g) => g.id === site.associatedOwnerGroupId);
    if (audience === 'members') return site.groups.find((g) => g.id === site.associatedMemberGroupId);
    if (audience === 'visitors') return site.groups.find((g) => g.id === site.associatedVisitorGroupId);
    return undefined;
  };
  const add = (g: GroupRec, userId: number) => {
    if (!g.members.includes(userId)) g.members.push(userId);
  };
  for (const seed of SEED_USERS) {
    const user = site.users.find((u) => u.login === claimsLogin(seed.login));
    if (!user) continue;
    const group = groupFor(seed.audience);
    if (!group) {
      notes.push(`Gruppen för ${seed.audience} saknas efter installationen; ${seed.title} lades inte till.`);
      continue;
    }
    add(group, user.id);
  }
  store.saveSite();
  return notes;
}
