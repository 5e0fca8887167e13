// Writes that happen once although answers get lost. The send behaviour (requestRetry.ts) never
// re-sends a write that may have been done; these helpers decide what to do instead: wait and
// send again when SharePoint throttled the request (it did nothing), look at what is stored when
// the outcome is unknown, and after every add look again, because another tab or device with
// the same key may have added the same row at the same moment. Lists that read own items cannot
// enforce unique values (tests/emulator/uniqueReadSecurity.test.ts), so the lowest item id is
// the one that counts and later copies are removed.
import { delay } from '@pnp/core';
import { httpStatus, mayHaveBeenApplied } from './odata';
import { isThrottlingAnswer, waitBeforeRetry } from './requestRetry';

/** Attempts of one write, the first included, before its last error is passed on. */
export const WRITE_ATTEMPTS = 6;

interface ErrorWithResponse {
  response?: Response;
}

/** SharePoint throttled the request (429, or 503 with Retry-After): it refused it and did nothing. */
export function isThrottled(error: unknown): boolean {
  const response = (error as ErrorWithResponse | undefined)?.response;
  if (response instanceof Response) return isThrottlingAnswer(response);
  return httpStatus(error) === 429;
}

function throttleWait(error: unknown, attempt: number): number {
  const response = (error as ErrorWithResponse | undefined)?.response;
  return waitBeforeRetry(response instanceof Response ? response : undefined, 500 * 2 ** (attempt - 1), 120000);
}

/**
 * Runs `attempt` until it answers. After a throttling answer it waits and sends again; when the
 * outcome is unknown it asks `recover` what is stored: a value means the write was done (that
 * value is the result), undefined means it was not and may be sent again. `recover` may throw to
 * stop (for instance when someone else changed the item meanwhile).
 */
export async function writeWithRecovery<T>(attempt: () => Promise<T>, recover: () => Promise<T | undefined>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const last = n >= WRITE_ATTEMPTS;
      if (isThrottled(error) && !last) {
        await delay(throttleWait(error, n));
        continue;
      }
      if (!mayHaveBeenApplied(error)) throw error;
      const stored = await recover();
      if (stored !== undefined) return stored;
      if (last) throw error;
    }
  }
}

export interface RowWithId {
  Id: number;
}

/** An add that must leave exactly one row behind, found by a key the caller can query. */
export interface OnceTarget<T extends RowWithId> {
  /** The rows holding the key, lowest id first. */
  find(): Promise<T[]>;
  add(): Promise<T>;
  remove(id: number): Promise<void>;
}

/** Removes every row after the first; one that cannot be removed is left to the readers, which skip later copies. */
async function keepFirst<T extends RowWithId>(rows: T[], target: OnceTarget<T>): Promise<void> {
  for (const extra of rows.slice(1)) {
    try {
      await writeWithRecovery(
        () => target.remove(extra.Id),
        async () => undefined
      );
    } catch {
      // Already gone (404), or not ours to remove: readers count the lowest id only.
    }
  }
}

/** Adds the row unless a row with its key exists, and returns the one that counts: the lowest id. */
export async function addOnce<T extends RowWithId>(target: OnceTarget<T>): Promise<T> {
  const before = await target.find();
  if (before.length > 0) {
    await keepFirst(before, target);
    return before[0];
  }
  const added = await writeWithRecovery(
    () => target.add(),
    async () => (await target.find())[0]
  );
  const after = await target.find();
  if (after.length === 0) return added;
  await keepFirst(after, target);
  return after[0];
}
