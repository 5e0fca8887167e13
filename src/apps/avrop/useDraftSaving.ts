// The order form's draft in the browser: where the form starts, and when what it holds is written.
import * as React from 'react';
import { DRAFT_VERSION, DraftStore, newRequestKey } from './draft';
import type { FormValues } from './formModel';

/** How long typing may pause before the draft is written. */
export const DRAFT_SAVE_DELAY_MS = 400;
/** How often an open form renews its claim on its draft (well within LEASE_MS). */
const DRAFT_TOUCH_MS = 60 * 1000;

interface Start {
  values: FormValues;
  requestKey: string;
  restored: boolean;
  savedAt: string;
}

/** What the form opens with: this tab's draft, or `fresh` (an empty form, perhaps with the linked area). */
export function startingPoint(store: DraftStore, fresh: FormValues): Start {
  const draft = store.load(fresh);
  if (draft) {
    const values = draft.values.areaKey === '' && fresh.areaKey ? { ...draft.values, areaKey: fresh.areaKey } : draft.values;
    return { values, requestKey: draft.requestKey, restored: true, savedAt: draft.savedAt };
  }
  return { values: fresh, requestKey: newRequestKey(), restored: false, savedAt: '' };
}

export interface DraftContent {
  values: FormValues;
  requestKey: string;
}

/**
 * Written shortly after typing stops, and at once when the page or the form goes away; only once
 * `dirty` says the person changed something (or the form opened on a draft). Returns the save.
 */
export function useDraftSaving(
  store: DraftStore,
  now: () => Date,
  dirty: React.MutableRefObject<boolean>,
  latest: React.MutableRefObject<DraftContent>
): () => void {
  const saveDraft = React.useCallback((): void => {
    if (!dirty.current) return;
    store.save({ version: DRAFT_VERSION, requestKey: latest.current.requestKey, savedAt: now().toISOString(), values: latest.current.values });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  const { values, requestKey } = latest.current;
  React.useEffect(() => {
    if (!dirty.current) return undefined;
    const timer = setTimeout(saveDraft, DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, requestKey, saveDraft]);

  React.useEffect(() => {
    const onHide = (): void => saveDraft();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') saveDraft();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      saveDraft();
    };
  }, [saveDraft]);

  // An open form keeps its claim on its draft, so another tab never takes it up.
  React.useEffect(() => {
    const timer = setInterval(() => store.touch(), DRAFT_TOUCH_MS);
    return () => clearInterval(timer);
  }, [store]);

  return saveDraft;
}
