// The preset periods, counted in Swedish calendar days from today.
import { addDays } from '../../domain/calendar';

export type PresetKey = 'last12' | 'thisYear' | 'lastYear' | 'custom';
export const PRESETS: readonly PresetKey[] = ['last12', 'thisYear', 'lastYear', 'custom'];

export interface Period {
  from: string;
  to: string;
}

/** `today` is a Swedish date (YYYY-MM-DD). */
export function presetPeriod(key: Exclude<PresetKey, 'custom'>, today: string): Period {
  const year = Number(today.slice(0, 4));
  if (key === 'thisYear') return { from: `${year}-01-01`, to: today };
  if (key === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  return { from: addDays(today, -364), to: today };
}
