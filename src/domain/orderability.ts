// Whether an agreement area can take a new order. Shared by the form validation and by
// createOrder so the orderer and the data layer see the same reason in the same words.
import { DomainErrorCode } from './errors';
import { rankedSuppliers } from './ranking';
import { Catalogue } from './types';

export interface OrderabilityProblem {
  code: DomainErrorCode;
  message: string;
}

export function areaOrderingProblem(areaKey: string, catalogue: Catalogue): OrderabilityProblem | null {
  if (!areaKey) return { code: 'unknown-area', message: 'Välj vilket avtalsområde avropet gäller.' };
  const area = catalogue.areas.find((a) => a.key === areaKey);
  if (!area) return { code: 'unknown-area', message: 'Avtalsområdet finns inte i katalogen. Välj ett avtalsområde i listan.' };
  if (area.status === 'Kommer') {
    return { code: 'area-not-active', message: `${area.title} går inte att avropa än. Avtalsområdet är på gång och mer information kommer.` };
  }
  if (area.status !== 'Aktiv') {
    return { code: 'area-not-active', message: `Avtalet för ${area.title} har upphört, så det går inte längre att avropa.` };
  }
  if (!area.orderingOpen) return { code: 'area-not-open', message: `${area.title} är stängt för avrop just nu.` };
  if (rankedSuppliers(area.key, catalogue).length === 0) {
    return { code: 'no-suppliers', message: `${area.title} har just nu ingen leverantör som kan ta emot avrop. Kontakta avropshandläggarna.` };
  }
  return null;
}

export function canOrderArea(areaKey: string, catalogue: Catalogue): boolean {
  return areaOrderingProblem(areaKey, catalogue) === null;
}
