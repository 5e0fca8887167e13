// SharePoint permission masks: kind k is bit (k - 1) of a 64-bit mask split into Low (kinds 1..32)
// and High (33..64) words. Arithmetic instead of bitwise operators, because JavaScript's bit
// operators work on signed 32-bit integers and Low can exceed 2^31.
import { PermissionKind } from '../schema/permissions';

export interface BasePermissions {
  High: number | string;
  Low: number | string;
}

function bitSet(word: number, bit: number): boolean {
  return Math.floor(word / Math.pow(2, bit)) % 2 === 1;
}

export function hasPermission(mask: BasePermissions, kind: number): boolean {
  const high = Number(mask.High) || 0;
  const low = Number(mask.Low) || 0;
  if (kind === PermissionKind.FullMask) return high === 2147483647 && low === 4294967295;
  if (kind < 1 || kind > 64) return false;
  return kind <= 32 ? bitSet(low, kind - 1) : bitSet(high, kind - 33);
}

/** The mask holding exactly `kinds`, as SharePoint expects it in a role definition (strings). */
export function maskOf(kinds: readonly number[]): { High: string; Low: string } {
  if (kinds.includes(PermissionKind.FullMask)) return { High: '2147483647', Low: '4294967295' };
  let high = 0;
  let low = 0;
  for (const kind of new Set(kinds)) {
    if (kind >= 1 && kind <= 32) low += Math.pow(2, kind - 1);
    else if (kind >= 33 && kind <= 64) high += Math.pow(2, kind - 33);
  }
  return { High: String(high), Low: String(low) };
}

export function sameMask(a: BasePermissions, b: BasePermissions): boolean {
  return Number(a.High) === Number(b.High) && Number(a.Low) === Number(b.Low);
}
