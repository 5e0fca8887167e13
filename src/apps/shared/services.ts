import type { SPFI } from '@pnp/sp';

// Placeholder until src/data lands; replaced by the real composition root.
export interface AppServices {
  sp: SPFI;
}

export function createServices(sp: SPFI): AppServices {
  return { sp };
}
