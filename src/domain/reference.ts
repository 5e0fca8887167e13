// Order references: AVR-<year>-<serial>, the serial zero-padded to at least four digits.
import { DomainError } from './errors';
import { message } from './messages';

export interface ParsedReference {
  year: number;
  number: number;
}

const CANONICAL = /^AVR-(\d{4})-(\d{4,})$/;

export function formatReference(year: number, n: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new DomainError('invalid-reference', message('reference.year', { year: String(year) }));
  }
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new DomainError('invalid-reference', message('reference.serial', { serial: String(n) }));
  }
  return `AVR-${year}-${String(n).padStart(4, '0')}`;
}

/**
 * Reads a reference typed by a person: surrounding spaces and lower case are accepted, but the
 * digits must be written the way formatReference writes them, so each order has one spelling.
 */
export function parseReference(value: string): ParsedReference | null {
  const m = CANONICAL.exec(typeof value === 'string' ? value.trim().toUpperCase() : '');
  if (!m) return null;
  const year = Number(m[1]);
  const serial = m[2];
  const number = Number(serial);
  if (year < 1000 || number < 1 || !Number.isSafeInteger(number)) return null;
  if (serial.length > 4 && serial.startsWith('0')) return null;
  return { year, number };
}

/** True only for the exact stored form, e.g. "AVR-2026-0001". */
export function isReference(value: string): boolean {
  const parsed = parseReference(value);
  return parsed !== null && formatReference(parsed.year, parsed.number) === value;
}

/** The reference after the highest one of `year` among `existing` (others are ignored). */
export function nextReference(year: number, existing: readonly string[]): string {
  let highest = 0;
  for (const ref of existing) {
    const parsed = parseReference(ref);
    if (parsed && parsed.year === year && parsed.number > highest) highest = parsed.number;
  }
  return formatReference(year, highest + 1);
}
