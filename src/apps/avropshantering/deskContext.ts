import * as React from 'react';
import type { Actor } from '../../data/actor';
import type { Catalogue } from '../../domain/types';
import type { AppServices } from '../shared/services';

/** What every screen of the desk needs: the data ports, the catalogue, who acts and what time it is. */
export interface Desk {
  services: AppServices;
  catalogue: Catalogue;
  /** Recorded as `by` (login) and `byName` on every trail entry the handler makes. */
  actor: Actor;
  /** The current time; tests give a fixed clock. */
  clock: () => Date;
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
