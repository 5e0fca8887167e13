// Seeded randomness for generated data: the same seed gives the same data, run after run.

export type Random = () => number;

/** mulberry32: small, fast, and good enough to make data look varied. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: Random, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)];
}

/** A whole number from `min` to `max`, both included. */
export function between(r: Random, min: number, max: number): number {
  return min + Math.floor(r() * (max - min + 1));
}

function hex8(r: Random): string {
  return Math.floor(r() * 4294967296).toString(16).padStart(8, '0');
}

/**
 * A UUID-shaped (version 4 layout) value that depends only on `seed` and `n`, so a second batch
 * with the same seed still gets keys of its own (its item ids differ).
 */
export function seededGuid(seed: number, n: number): string {
  const r = seededRandom(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(n, 0xc2b2ae35));
  const h = hex8(r) + hex8(r) + hex8(r) + hex8(r);
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
