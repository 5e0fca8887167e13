// The list view threshold as SharePoint Online applies it to an item query on a list of more
// than 5,000 items. What is limited is the number of rows the database has to touch, not the
// number of rows returned, so `$top` does not help:
//
// - "The list view threshold does not apply simply to the number of results returned by your
//   query. Instead, it restricts the numbers of database rows that can be accessed in order to
//   complete execution of the query" (Query Throttling and Indexing,
//   https://learn.microsoft.com/en-us/previous-versions/msp-n-p/ff798465(v=pandp.10)); the
//   threshold is "the maximum number of list or library items that a database operation, such as
//   a query, can process at the same time" (Software boundaries and limits,
//   https://learn.microsoft.com/en-us/sharepoint/install/software-boundaries-and-limits).
// - A query on a large list works only if it is filtered by an indexed column first, and that
//   first filter brings the rows down to 5,000 or fewer (Living Large with Large Lists,
//   https://learn.microsoft.com/en-us/microsoft-365/community/large-lists-large-libraries-in-sharepoint;
//   Manage large lists and libraries, https://support.microsoft.com/office/b8588dae-9387-48c2-9248-c24122f07c59;
//   Add an index to a list or library column, https://support.microsoft.com/office/f3f00554-b7dc-44d1-a2ed-d477eac463b0).
//   The PnPjs maintainers on the same rule: "What you cannot do is use a filter condition that
//   returns more than 5,000 items when it evaluates" (https://github.com/pnp/pnpjs/issues/3163,
//   https://github.com/pnp/pnpjs/issues/3149, https://github.com/pnp/pnpjs/issues/1158 with $top).
// - ID is always indexed; an ordered-by-ID read without a filter only touches the rows it returns
//   (ff798465 above), which is what paging through a list and a `$orderby=ID desc&$top=1` probe do.
//   A range on ID (`ID ge a and ID lt b`) is a seek on that index: both bounds together are the
//   first clause (the ID paging Get-PnPListItem uses on large lists, https://github.com/pnp/PnP-PowerShell/pull/2066).
// - Rows count before security trimming: the database touches them to answer the query whether or
//   not the caller may see them, so a user who can read only her own items is refused the same
//   query as a handler (the limit is on rows processed, ff798465 and the boundaries page above).
import { Accessor, compile, FilterNode } from './odata';
import { ItemRec } from './store';
import { err } from './util';

export const THRESHOLD = 5000;

type IndexedAccessor = Accessor<ItemRec> & { indexed: boolean };
type Resolve = (path: string) => IndexedAccessor;

/** Can SharePoint answer the filter from an index at all (its first clause on indexed columns)? */
function indexUsable(node: FilterNode, acc: Resolve): boolean {
  switch (node.t) {
    case 'and':
      return indexUsable(node.l, acc);
    case 'or':
      return indexUsable(node.l, acc) && indexUsable(node.r, acc);
    case 'not':
      return false;
    case 'fn':
      return node.fn === 'startswith' && acc(node.path).indexed;
    case 'cmp':
      return node.op !== 'ne' && acc(node.path).indexed;
  }
}

function andChain(node: FilterNode): FilterNode[] {
  return node.t === 'and' ? [...andChain(node.l), ...andChain(node.r)] : [node];
}

/** The first clause, with the further bounds on the same column that make it one index range. */
function leadingClause(node: FilterNode): FilterNode {
  const [first, ...rest] = andChain(node);
  if (first.t !== 'cmp') return first;
  let lead: FilterNode = first;
  for (const next of rest) {
    if (next.t !== 'cmp' || next.path !== first.path || next.op === 'ne') break;
    lead = { t: 'and', l: lead, r: next };
  }
  return lead;
}

const isId = (path: string): boolean => path === 'ID' || path === 'Id';

/**
 * The ids a filter can match when its first clause is a bounded range on ID (a superset: every
 * row the filter matches lies in it), or undefined. Lets the emulator seek, as SharePoint's index does.
 */
export function idRangeOf(filter: FilterNode | null): { lo: number; hi: number } | undefined {
  if (!filter) return undefined;
  const lead = andChain(leadingClause(filter));
  let lo = 1;
  let hi = Number.POSITIVE_INFINITY;
  for (const clause of lead) {
    if (clause.t !== 'cmp' || !isId(clause.path) || clause.lit.k !== 'number') return undefined;
    const v = clause.lit.v;
    if (clause.op === 'ge' || clause.op === 'eq') lo = Math.max(lo, Math.ceil(v));
    if (clause.op === 'gt') lo = Math.max(lo, Math.floor(v) + 1);
    if (clause.op === 'le' || clause.op === 'eq') hi = Math.min(hi, Math.floor(v));
    if (clause.op === 'lt') hi = Math.min(hi, Math.ceil(v) - 1);
  }
  return Number.isFinite(hi) ? { lo, hi } : undefined;
}

/**
 * Throws SPQueryThrottledException when a query on a list of more than THRESHOLD items would make
 * SharePoint touch more than THRESHOLD rows. `rows` are all the list's items, visible or not.
 */
export function enforceThreshold(rows: Map<number, ItemRec>, filter: FilterNode | null, orderIndexed: boolean, acc: Resolve): void {
  if (rows.size <= THRESHOLD) return;
  if (!filter) {
    if (!orderIndexed) throw err.throttled();
    return;
  }
  if (!indexUsable(filter, acc)) throw err.throttled();
  const range = idRangeOf(filter);
  if (range && range.hi - range.lo + 1 <= THRESHOLD) return;
  const matches = compile(leadingClause(filter), acc);
  let count = 0;
  for (const rec of rows.values()) {
    if (matches(rec) && ++count > THRESHOLD) throw err.throttled();
  }
}
