// The unsent order is kept in the browser (localStorage), per site and per signed-in person,
// together with its idempotency key: a send retried after a reload reuses the same key, so the
// data layer can recognise the order if the first attempt did reach SharePoint.
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
}

function normaliseSite(siteUrl: string): string {
  return (siteUrl || '').trim().replace(/\/+$/, '').toLowerCase();
}

export function userKey(user: Pick<CurrentUser, 'id' | 'loginName' | 'email'>): string {
  return user.loginName || user.email || `id-${user.id}`;
}

export function draftKey(siteUrl: string, login: string): string {
  return `utbildningsavrop:draft:${normaliseSite(siteUrl)}:${login}`;
}

function browserStorage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : undefined;
  } catch {
    // Access itself can throw when storage is blocked.
    return undefined;
  }
}

export function createDraftStore(key: string, storage: Storage | undefined = browserStorage()): DraftStore {
  return {
    key,
    load(fallback) {
      if (!storage) return undefined;
      let raw: string | null = null;
      try {
        raw = storage.getItem(key);
      } catch {
        return undefined;
      }
      if (!raw) return undefined;
      try {
        const parsed = JSON.parse(raw) as Partial<Draft>;
        if (!parsed || typeof parsed.requestKey !== 'string' || parsed.requestKey.trim() === '') return undefined;
        return {
          version: DRAFT_VERSION,
          requestKey: parsed.requestKey,
          savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : '',
          values: sanitizeValues(parsed.values, fallback)
        };
      } catch {
        return undefined;
      }
    },
    save(draft) {
      if (!storage) return false;
      try {
        storage.setItem(key, JSON.stringify(draft));
        return true;
      } catch {
        return false;
      }
    },
    remove() {
      try {
        storage?.removeItem(key);
      } catch {
        // nothing more to do
      }
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
