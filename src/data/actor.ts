// Who acts, as every trail entry and audit row records her: the claims login SharePoint gives the
// signed-in person (i:0#.f|membership|anna@region.example), which stays the same when her name or
// e-mail changes, with her display name beside it so the trail can show people, not logins.
import type { CurrentUser } from './ports';

export interface Actor {
  /** The claims login: the one identity recorded as `by`. */
  user: string;
  /** Her display name on the site, recorded as `byName`. */
  userName: string;
}

export function actorOf(user: CurrentUser): Actor {
  return { user: user.loginName.trim(), userName: user.title.trim() };
}
