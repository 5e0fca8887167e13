// Whether an agreement area can take a new order. Shared by the form validation and by
// createOrder so the orderer and the data layer see the same reason in the same words.
import { DomainErrorCode } from './errors';
import { blockingRankingProblems, rankedSuppliers, RankingProblem } from './ranking';
import { Catalogue } from './types';

export interface OrderabilityProblem {
  code: DomainErrorCode;
  message: string;
  /** For 'ranking-unhealthy': what is wrong, so a screen can explain it in its own language. */
  rankingProblems?: RankingProblem[];
}

/** Who fixes a ranking: the list owners (the solution's owners group, see schema/permissions). */
export const RANKING_CONTACT_SV = 'listägarna för Utbildningsavrop (gruppen Utbildningsavrop – ägare)';

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
  // A ranking with a tie or a gap cannot say which supplier gets the order: no order until it is fixed.
  const unhealthy = blockingRankingProblems(area.key, catalogue).filter((p) => p.kind !== 'no-suppliers');
  if (unhealthy.length > 0) {
    return {
      code: 'ranking-unhealthy',
      message: `${area.title} tar inte emot avrop just nu eftersom rangordningen inte går att följa: ${unhealthy.map((p) => p.message).join(' ')} Kontakta ${RANKING_CONTACT_SV}.`,
      rankingProblems: unhealthy
    };
  }
  if (rankedSuppliers(area.key, catalogue).length === 0) {
    return { code: 'no-suppliers', message: `${area.title} har just nu ingen leverantör som kan ta emot avrop. Kontakta avropshandläggarna.` };
  }
  return null;
}

export function canOrderArea(areaKey: string, catalogue: Catalogue): boolean {
  return areaOrderingProblem(areaKey, catalogue) === null;
}
