// Who reads the trail decides what it shows. Handlers see every comment; the orderer sees a
// handler's comment only when the handler marked it for her ("svar per e-post från Karin S" is
// a note between handlers, not a message to her). People are shown by name, identified by login.
import { textOf } from './swedishText';
import { OrderTrailEntry } from './types';

/**
 * The name to show for whoever made the entry: her recorded name, else her login without the
 * claims prefix ("i:0#.f|membership|anna@region.example" reads "anna@region.example"). Entries
 * from before names were recorded, and rows written by scripts, have only the login.
 */
export function actorName(entry: OrderTrailEntry): string {
  const name = textOf(entry.byName).trim();
  if (name) return name;
  const login = textOf(entry.by).trim();
  const bar = login.lastIndexOf('|');
  return bar >= 0 ? login.slice(bar + 1) : login;
}

/** The trail as the orderer may read it: unmarked comments are left out, nothing else changes. */
export function trailForOrderer(trail: readonly OrderTrailEntry[]): OrderTrailEntry[] {
  return trail.map((entry) => (entry.commentForOrderer === true || entry.comment === '' ? entry : { ...entry, comment: '' }));
}
