// A screen's first reads in one $batch: whatever the first rows need (the rights check, who is
// signed in, the catalogue and its ids, the site's time zone, the rows themselves) is registered
// on one batched SPFI by the repositories that own it, and sent together. Each repository keeps
// the answer where its own read would have put it, and uses it once.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';

/** One $batch being filled; `part` wraps every read registered on `sp`. */
export interface FirstReadBatch {
  sp: SPFI;
  /**
   * The read's own promise, but one that also rejects when the $batch itself fails: PnPjs resolves
   * a part only from the $batch's answer, so without one it would never settle.
   */
  part<T>(read: Promise<T>): Promise<T>;
}

/** More than the 20 parts PnPjs puts in a $batch by default would split it into two round trips. */
const MAX_FIRST_READS = 100;

export function firstReadBatch(sp: SPFI): { batch: FirstReadBatch; execute: () => Promise<void> } {
  const [batched, send] = sp.batched({ maxRequests: MAX_FIRST_READS });
  let failBatch: (error: unknown) => void = () => undefined;
  const batchFailed = new Promise<never>((_, reject) => {
    failBatch = reject;
  });
  batchFailed.catch(() => undefined);
  const part = <T>(read: Promise<T>): Promise<T> => {
    const settled = Promise.race([read, batchFailed]);
    // Nobody may ask for a part (a screen that went elsewhere): its failure is not an error then.
    settled.catch(() => undefined);
    return settled;
  };
  const execute = (): Promise<void> =>
    send().catch((error: unknown) => {
      failBatch(error);
      throw error;
    });
  return { batch: { sp: batched, part }, execute };
}

/**
 * The primed answer once, else `read()`: an early answer is an optimisation, never the only way,
 * so a primed read that failed is read again on its own (a refusal then fails the same way).
 */
export function takePrimed<T>(primed: Promise<T> | undefined, read: () => Promise<T>): Promise<T> {
  return primed ? primed.catch(() => read()) : read();
}
