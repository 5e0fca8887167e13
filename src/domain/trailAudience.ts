// Who reads the trail decides what it shows. Handlers see every comment; the orderer sees a
// handler's comment only when the handler marked it for her ("svar per e-post från Karin S" is
// a note between handlers, not a message to her). People are shown by name, identified by login.
import { textOf } from './swedishText';
import { OrderTrailEntry } from './types';

/** The name to show for whoever made the entry: her recorded name, else the identity itself. */
export function actorName(entry: OrderTrailEntry): string {
  return textOf(entry.byName).trim() || textOf(entry.by);
}

/** The trail as the orderer may read it: unmarked comments are left out, nothing else changes. */
export function trailForOrderer(trail: readonly OrderTrailEntry[]): OrderTrailEntry[] {
  return trail.map((entry) => (entry.commentForOrderer === true || entry.comment === '' ? entry : { ...entry, comment: '' }));
}
