// The state of a site compared with src/schema: one check per thing the product expects (list,
// column, index, item-level security, default view, permission level, group, role assignment,
// time zone), each ok / missing / different / unknown, with how to put it right. The checks are
// codes and parameters; the app renders them in Swedish and English.

export type CheckStatus = 'ok' | 'missing' | 'different' | 'unknown';

/** Steps setup cannot take; the app explains each one. */
export type ManualStep = 'fieldType' | 'builtInName' | 'lookupTarget' | 'roleMask' | 'builtInRole' | 'extraGrant' | 'timeZone';

/** Who puts it right: nobody needs to, setup does, or a person by hand. */
export type Remedy = { by: 'none' } | { by: 'setup' } | { by: 'manual'; step: ManualStep };

/** Why a check could not be made. */
export type UnknownReason = 'noRights' | 'notVisible' | 'failed';

export type CheckKind = 'list' | 'field' | 'index' | 'security' | 'view' | 'inheritance' | 'access' | 'otherAccess' | 'role' | 'group' | 'siteAccess' | 'timeZone';

export type Difference =
  | { property: 'type'; expected: string; actual: string }
  | { property: 'required' | 'unique' | 'indexed'; expected: boolean }
  | { property: 'title'; expected: string; actual: string }
  | { property: 'readSecurity' | 'writeSecurity'; expected: number; actual: number }
  | { property: 'builtIn' }
  | { property: 'lookupList'; expected: string }
  | { property: 'viewFields'; expected: string[]; actual: string[] }
  | { property: 'inherits' }
  | { property: 'levels'; expected: string; actual: string[] }
  | { property: 'notExpected'; actual: string[] }
  | { property: 'permissions' }
  | { property: 'timeZone'; actual: string };

export interface SiteCheck {
  kind: CheckKind;
  /** Title of the list the check belongs to; none for site-wide checks. */
  list?: string;
  /** What is checked: internal field name, group or permission level name. */
  name: string;
  status: CheckStatus;
  differences: Difference[];
  remedy: Remedy;
  reason?: UnknownReason;
}

export interface ListState {
  key: string;
  title: string;
  /** The list as it stands on the site, when the reader can see it. */
  found: boolean;
  /** Absolute URL of the list's default view; only for a list the reader can see. */
  url?: string;
  /** Whether the signed-in person may read the list's items. */
  canRead: boolean;
  checks: SiteCheck[];
}

export interface SiteState {
  /** The reader is a site owner: everything could be checked and setup can fix what it fixes. */
  asOwner: boolean;
  /** Absolute URL of the site the lists are on. */
  siteUrl: string;
  site: SiteCheck[];
  lists: ListState[];
}

export interface StateSummary {
  ok: number;
  missing: number;
  different: number;
  unknown: number;
  /** Problems setup fixes. */
  bySetup: number;
  /** Problems only a person can fix. */
  manual: number;
}

export function allChecks(state: SiteState): SiteCheck[] {
  return [...state.site, ...state.lists.reduce<SiteCheck[]>((all, list) => all.concat(list.checks), [])];
}

export function summarize(state: SiteState): StateSummary {
  const summary: StateSummary = { ok: 0, missing: 0, different: 0, unknown: 0, bySetup: 0, manual: 0 };
  for (const check of allChecks(state)) {
    summary[check.status] += 1;
    if (check.status === 'missing' || check.status === 'different') {
      if (check.remedy.by === 'setup') summary.bySetup += 1;
      if (check.remedy.by === 'manual') summary.manual += 1;
    }
  }
  return summary;
}

export const OK: Remedy = { by: 'none' };
export const BY_SETUP: Remedy = { by: 'setup' };
export const manual = (step: ManualStep): Remedy => ({ by: 'manual', step });
