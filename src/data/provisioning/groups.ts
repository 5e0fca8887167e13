// Site groups. Owners and members are the site's own associated groups when it has them (so
// the people already in them keep working); otherwise, and for the other audiences, groups are
// found or created by title.
import { body } from '@pnp/queryable';
import { SPFI, SPQueryable, spPost } from '@pnp/sp';
import '@pnp/sp/webs';
import { GROUPS } from '../../schema/permissions';
import { Audience } from '../../schema/types';
import { isNotFound } from '../odata';
import { ReportBuilder } from './report';

export interface GroupJson {
  Id: number;
  Title: string;
}

export type GroupIds = Map<Audience, { id: number; title: string }>;

export const ASSOCIATED: Partial<Record<Audience, string>> = {
  owners: 'AssociatedOwnerGroup',
  members: 'AssociatedMemberGroup',
  visitors: 'AssociatedVisitorGroup'
};

async function associatedGroup(sp: SPFI, property: string): Promise<GroupJson | undefined> {
  try {
    const group: Partial<GroupJson> & { 'odata.null'?: boolean } = await SPQueryable(sp.web, property).select('Id', 'Title')();
    return group && typeof group.Id === 'number' && group.Id > 0 ? { Id: group.Id, Title: group.Title ?? '' } : undefined;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export async function ensureGroups(sp: SPFI, report: ReportBuilder): Promise<GroupIds> {
  const ids: GroupIds = new Map();
  let siteGroups: GroupJson[] | undefined;
  for (const def of GROUPS) {
    const property = ASSOCIATED[def.audience];
    const associated = property ? await associatedGroup(sp, property) : undefined;
    if (associated) {
      ids.set(def.audience, { id: associated.Id, title: associated.Title });
      continue;
    }
    const all: GroupJson[] = siteGroups ?? (await SPQueryable(sp.web, 'sitegroups').select('Id', 'Title')());
    siteGroups = all;
    const found = all.find((group) => group.Title.toLowerCase() === def.title.toLowerCase());
    if (found) {
      ids.set(def.audience, { id: found.Id, title: found.Title });
      continue;
    }
    const created: GroupJson = await spPost(SPQueryable(sp.web, 'sitegroups'), body({ Title: def.title, Description: def.description }));
    all.push(created);
    ids.set(def.audience, { id: created.Id, title: created.Title ?? def.title });
    report.created(`grupp ${def.title}`, `Skapade gruppen "${def.title}".`);
  }
  return ids;
}
