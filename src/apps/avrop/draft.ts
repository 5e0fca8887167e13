// The unsent order is kept in the browser (localStorage), per site, per signed-in person and per
// tab, together with its idempotency key: a send retried after a reload reuses the same key, so
// the data layer can recognise the order if the first attempt did reach SharePoint.
import type { CurrentUser } from '../../data/ports';
import { FormValues, sanitizeValues } from './formModel';

export const DRAFT_VERSION = 1;

export interface Draft {
  version: number;
  /** Idempotency key of the order this draft becomes (Order.requestKey). */
  requestKey: string;
  /** ISO timestamp of the last save. */
  savedAt: string;
  values: FormValues;
}

export interface DraftStore {
  readonly key: string;
  load(fallback: FormValues): Draft | undefined;
  /** False when the browser refuses to store (private mode, full storage). */
  save(draft: Draft): boolean;
  remove(): void;
  /** Keeps this tab's claim on its draft fresh while the form is open (see LEASE_MS). */
  touch(): void;
  /** Records that the order with this key was received, for the person's other tabs to see. */
  markSent(requestKey: string, reference: string): void;
  /** The reference of the order sent with this key, in this tab or another; undefined if none. */
  sentReference(requestKey: string): string | undefined;
  /** Calls `listener` when another tab sends the order with this key. Returns the unsubscribe. */
  onSentElsewhere(requestKey: string, listener: (reference: string) => void): () => void;
  /** Whether another open tab holds a draft of its own (this tab then starts a fresh one). */
  readonly otherTabDraft: boolean;
}

/**
 * How long a tab's claim on its draft lasts without a save or touch. Browsers wake background
 * tabs' timers at least once a minute, so an open tab renews well within this; a draft whose
 * tab was closed becomes free for the next tab to take up, key and all.
 */
export const LEASE_MS = 3 * 60 * 1000;
/** Sent markers are kept this long, long enough for any tab left open to notice. */
const SENT_KEEP_MS = 7 * 24 * 60 * 60 * 1000;
const TAB_KEY = 'utbildningsavrop:tab';

interface Slot extends Draft {
  /** When the owning tab last saved or touched it (ms since epoch). */
  seen: number;
}

function normaliseSite(siteUrl: string): string {
  return (siteUrl || '').trim().replace(/\/+$/, '').toLowerCase();
}

export function userKey(user: Pick<CurrentUser, 'id' | 'loginName' | 'email'>): string {
  return user.loginName || user.email || `id-${user.id}`;
}

/** The prefix of every draft of one person on one site; each tab keeps its draft under `<prefix>#<tab>`. */
export function draftKey(siteUrl: string, login: string): string {
  return `utbildningsavrop:draft:${normaliseSite(siteUrl)}:${login}`;
}

function sentKey(base: string, requestKey: string): string {
  return `${base.replace('utbildningsavrop:draft:', 'utbildningsavrop:sent:')}|${requestKey}`;
}

function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return typeof window !== 'undefined' && window[kind] ? window[kind] : undefined;
  } catch {
    // Access itself can throw when storage is blocked.
    return undefined;
  }
}

function get(storage: Storage | undefined, key: string): string | null {
  try {
    return storage ? storage.getItem(key) : null;
  } catch {
    return null;
  }
}

function set(storage: Storage | undefined, key: string, value: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function drop(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // nothing more to do
  }
}

function keysOf(storage: Storage | undefined): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
  } catch {
    // blocked storage has no keys
  }
  return keys;
}

function readSlot(raw: string | null, fallback: FormValues): Slot | undefined {
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<Slot>;
    if (!parsed || typeof parsed.requestKey !== 'string' || parsed.requestKey.trim() === '') return undefined;
    return {
      version: DRAFT_VERSION,
      requestKey: parsed.requestKey,
      savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : '',
      values: sanitizeValues(parsed.values, fallback),
      seen: typeof parsed.seen === 'number' && Number.isFinite(parsed.seen) ? parsed.seen : 0
    };
  } catch {
    return undefined;
  }
}

/** This tab's id: kept in sessionStorage, so it survives a reload of the tab and nothing else. */
function tabId(session: Storage | undefined): string {
  const existing = get(session, TAB_KEY);
  if (existing) return existing;
  const id = newRequestKey().slice(0, 8);
  set(session, TAB_KEY, id);
  return id;
}

export interface DraftStoreOptions {
  storage?: Storage;
  session?: Storage;
  /** The clock, in ms since epoch. */
  now?: () => number;
}

/**
 * Drafts belong to one tab. Two tabs never share a draft's key: a second tab started while the
 * first still holds its draft begins a fresh one, and a tab finds out (storage event, and the
 * sent marker before it sends) when the order with its key was sent from elsewhere.
 */
export function createDraftStore(base: string, options: DraftStoreOptions = {}): DraftStore {
  const storage = 'storage' in options ? options.storage : browserStorage('localStorage');
  const session = 'session' in options ? options.session : browserStorage('sessionStorage');
  const now = options.now ?? (() => Date.now());
  const key = `${base}#${tabId(session)}`;
  let current: Draft | undefined;
  let otherTabDraft = false;

  const write = (draft: Draft): boolean => {
    current = draft;
    return set(storage, key, JSON.stringify({ ...draft, seen: now() }));
  };

  const pruneSent = (): void => {
    const prefix = sentKey(base, '');
    for (const k of keysOf(storage)) {
      if (!k.startsWith(prefix)) continue;
      const at = Number((JSON.parse(get(storage, k) || '{}') as { at?: number }).at);
      if (!Number.isFinite(at) || now() - at > SENT_KEEP_MS) drop(storage, k);
    }
  };

  return {
    key,
    get otherTabDraft() {
      return otherTabDraft;
    },
    load(fallback) {
      try {
        pruneSent();
      } catch {
        // a malformed marker is dropped next time
      }
      const own = readSlot(get(storage, key), fallback);
      if (own) {
        current = own;
        return own;
      }
      // A draft whose tab is gone (closed, crashed) is taken up with its key, so a send whose
      // answer was lost there is recognised here. One whose tab is still open is left to it.
      const others = keysOf(storage)
        .filter((k) => k === base || (k.startsWith(`${base}#`) && k !== key))
        .map((k) => ({ k, slot: readSlot(get(storage, k), fallback) }))
        .filter((o): o is { k: string; slot: Slot } => o.slot !== undefined);
      otherTabDraft = others.some((o) => now() - o.slot.seen < LEASE_MS);
      const free = others.filter((o) => now() - o.slot.seen >= LEASE_MS).sort((a, b) => b.slot.seen - a.slot.seen)[0];
      if (!free) return undefined;
      const draft: Draft = { version: DRAFT_VERSION, requestKey: free.slot.requestKey, savedAt: free.slot.savedAt, values: free.slot.values };
      if (write(draft)) drop(storage, free.k);
      return draft;
    },
    save(draft) {
      return write(draft);
    },
    remove() {
      current = undefined;
      drop(storage, key);
    },
    touch() {
      if (current && get(storage, key)) write(current);
    },
    markSent(requestKey, reference) {
      set(storage, sentKey(base, requestKey), JSON.stringify({ reference, at: now() }));
    },
    sentReference(requestKey) {
      const raw = get(storage, sentKey(base, requestKey));
      if (!raw) return undefined;
      try {
        const reference = (JSON.parse(raw) as { reference?: unknown }).reference;
        return typeof reference === 'string' ? reference : '';
      } catch {
        return '';
      }
    },
    onSentElsewhere(requestKey, listener) {
      if (typeof window === 'undefined') return () => undefined;
      const watched = sentKey(base, requestKey);
      const onStorage = (event: StorageEvent): void => {
        if (event.key !== watched || !event.newValue) return;
        try {
          const reference = (JSON.parse(event.newValue) as { reference?: unknown }).reference;
          listener(typeof reference === 'string' ? reference : '');
        } catch {
          listener('');
        }
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    }
  };
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A random UUID (v4): crypto.randomUUID where available, else built from getRandomValues or Math.random. */
export function newRequestKey(): string {
  const c: Crypto | undefined = typeof globalThis !== 'undefined' ? (globalThis as { crypto?: Crypto }).crypto : undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
