// Installs Utbildningsavrop on a site with plain REST calls through PnPjs (not the Feature
// Framework: Teams' tenant-wide deployment never runs feature XML). Safe to run any number of
// times: it reads what is there and writes only what differs from src/schema.
import { SPFI, SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import { SEED_CATALOGUE } from '../../domain/seed';
import { Catalogue } from '../../domain/types';
import { LISTS } from '../../schema/lists';
import { NoRightsError } from '../errors';
import { BasePermissions } from '../permissions';
import { isSiteOwnerMask } from '../userContext';
import { ensureSiteAccess } from './access';
import { ensureGroups } from './groups';
import { ensureList, ListContext, readLists } from './lists';
import { ProvisionReport, ReportBuilder } from './report';
import { ensureRoles } from './roles';
import { seedCatalogue } from './seed';
import { warnUnlessSwedishTime } from './timeZoneCheck';

/** Where a run is, for a progress bar: `index` of `total` steps, the list being done when it is one. */
export interface ProvisionProgress {
  step: 'rights' | 'roles' | 'groups' | 'list' | 'seed';
  list?: string;
  index: number;
  total: number;
}

export interface ProvisionOptions {
  log?: (line: string) => void;
  onStep?: (progress: ProvisionProgress) => void;
  /** Catalogue for empty lists; the built-in seed when left out. */
  seed?: Catalogue;
}

export async function provisionSite(sp: SPFI, opts: ProvisionOptions = {}): Promise<ProvisionReport> {
  const report = new ReportBuilder(opts.log ?? (() => undefined));
  const total = 4 + LISTS.length;
  let index = 0;
  const step = (name: ProvisionProgress['step'], list?: string) => opts.onStep?.({ step: name, list, index: index++, total });

  step('rights');
  report.info('Kontrollerar behörighet…');
  const mask: BasePermissions = await SPQueryable(sp.web, 'EffectiveBasePermissions')();
  if (!isSiteOwnerMask(mask)) throw new NoRightsError();

  await warnUnlessSwedishTime(sp, report);

  step('roles');
  report.info('Kontrollerar behörighetsnivåer…');
  const roles = await ensureRoles(sp, report);
  step('groups');
  report.info('Kontrollerar grupper…');
  const groups = await ensureGroups(sp, report);
  await ensureSiteAccess({ sp, report, roles, groups });

  const existing = await readLists(sp);
  const ctx: ListContext = { sp, report, roles, groups, lists: new Map() };
  for (const def of LISTS) {
    step('list', def.title);
    report.info(`Kontrollerar listan ${def.title}…`);
    ctx.lists.set(def.key, await ensureList(ctx, def, existing));
  }

  step('seed');
  report.info('Kontrollerar startdata…');
  await seedCatalogue(sp, opts.seed ?? SEED_CATALOGUE, report);

  const result = report.result();
  report.info(result.changed ? 'Installationen är klar.' : 'Allt var redan installerat. Inget behövde ändras.');
  return result;
}
