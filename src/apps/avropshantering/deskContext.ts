import * as React from 'react';
import type { CurrentUser } from '../../data/ports';
import type { Catalogue } from '../../domain/types';
import type { AppServices } from '../shared/services';

/** What every screen of the desk needs: the data ports, the catalogue, who acts and what time it is. */
export interface Desk {
  services: AppServices;
  catalogue: Catalogue;
  /** Recorded as `by` on every trail entry the handler makes. */
  actor: string;
  /** The current time; tests give a fixed clock. */
  clock: () => Date;
}

/**
 * Who made a change, as it appears in the order's history. The e-mail address reads better than
 * SharePoint's claims login (i:0#.f|membership|…) and identifies the person just as well.
 */
export function actorOf(user: CurrentUser): string {
  return user.email || user.loginName || user.title;
}

/** The time, refreshed every minute so an answer deadline passing while the page is open shows. */
export function useNow(clock: () => Date, intervalMs = 60000): Date {
  const [now, setNow] = React.useState(clock);
  React.useEffect(() => {
    setNow(clock());
    const timer = setInterval(() => setNow(clock()), intervalMs);
    return () => clearInterval(timer);
  }, [clock, intervalMs]);
  return now;
}

export function catalogueNames(catalogue: Catalogue): {
  area: (key: string) => string;
  supplier: (key: string) => string;
  organisation: (key: string) => string;
} {
  return {
    area: (key) => catalogue.areas.find((a) => a.key === key)?.title || key,
    supplier: (key) => catalogue.suppliers.find((s) => s.key === key)?.name || key,
    organisation: (key) => catalogue.organisations.find((o) => o.key === key)?.name || key
  };
}
