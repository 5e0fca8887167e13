// Whether an agreement area can take a new order. Shared by the form validation and by
// createOrder so the orderer and the data layer see the same reason in the same words.
import { DomainErrorCode } from './errors';
import { data, Message, message, renderMessage } from './messages';
import { blockingRankingProblems, rankedSuppliers, RankingProblem } from './ranking';
import { Catalogue } from './types';

export interface OrderabilityProblem {
  code: DomainErrorCode;
  /** Swedish wording of `text`. */
  message: string;
  text: Message;
  /** For 'ranking-unhealthy': what is wrong, so a screen can explain it in its own language. */
  rankingProblems?: RankingProblem[];
}

function problem(code: DomainErrorCode, text: Message): OrderabilityProblem {
  return { code, message: renderMessage(text, 'sv'), text };
}

export function areaOrderingProblem(areaKey: string, catalogue: Catalogue): OrderabilityProblem | null {
  if (!areaKey) return problem('unknown-area', message('area.none'));
  const area = catalogue.areas.find((a) => a.key === areaKey);
  if (!area) return problem('unknown-area', message('area.unknown'));
  const title = data(area.title);
  if (area.status === 'Kommer') return problem('area-not-active', message('area.coming', { area: title }));
  if (area.status !== 'Aktiv') return problem('area-not-active', message('area.ended', { area: title }));
  if (!area.orderingOpen) return problem('area-not-open', message('area.closed', { area: title }));
  // A ranking with a tie or a gap cannot say which supplier gets the order: no order until it is fixed.
  const unhealthy = blockingRankingProblems(area.key, catalogue).filter((p) => p.kind !== 'no-suppliers');
  if (unhealthy.length > 0) {
    const text = message('area.rankingUnhealthy', { area: title, problems: unhealthy.map((p) => p.message).join(' ') });
    return { ...problem('ranking-unhealthy', text), rankingProblems: unhealthy };
  }
  if (rankedSuppliers(area.key, catalogue).length === 0) {
    return problem('no-suppliers', message('area.noSuppliers', { area: title }));
  }
  return null;
}

export function canOrderArea(areaKey: string, catalogue: Catalogue): boolean {
  return areaOrderingProblem(areaKey, catalogue) === null;
}
