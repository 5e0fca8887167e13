// Ranking problems in the reader's language, each with what to do about it. The domain finds
// the problems (kind + names + ranks); the admin page, the order form and the desk word them here.
import type { OrderRankingProblem, RankingProblem, RankingProblemKind } from '../../domain';
import { joinSwedish } from '../../domain';
import type { Lang } from './appTypes';
import { defineStrings, format } from '../../i18n/strings';

type DeskKey = 'deskChanged' | 'deskUncertainEdited' | 'deskUncertainRemoved' | 'deskCheck' | 'deskProblems' | 'deskAreaProblems' | 'deskFlag' | 'formUnavailable';
type Key = `${RankingProblemKind}` | `${RankingProblemKind}Fix` | 'contact' | 'noEmail' | 'noEmailFix' | 'noEmailAreas' | 'noRank' | DeskKey;

export const rankingStrings = defineStrings<Key>({
  sv: {
    'duplicate-rank': '{area}: {suppliers} har samma rang, {rank}. Det går inte att avgöra vem som får avropet först.',
    'duplicate-rankFix': 'Ge varje leverantör en egen rang enligt avtalet (1, 2, 3 …) i rangordningen för {area}.',
    gap: '{area}: rang {rank} saknas (rangerna är {ranks}).',
    gapFix: 'Numrera om leverantörerna i {area} till 1, 2, 3 … utan luckor, i avtalets ordning.',
    'invalid-rank': '{area}: {suppliers} har {rankText}. En rang är ett heltal från 1 och uppåt.',
    'invalid-rankFix': 'Ge {suppliers} en hel rang från 1 och uppåt i {area}.',
    'inactive-supplier': '{area}: {suppliers} på rang {ranks} är inte aktiv. Avrop hoppar över leverantören.',
    'inactive-supplierFix': 'Ta bort {suppliers} ur rangordningen för {area} och numrera om, eller gör leverantören aktiv igen om avtalet gäller.',
    'unknown-supplier': '{area}: leverantören "{suppliers}" på rang {rank} finns inte i leverantörslistan.',
    'unknown-supplierFix': 'Lägg till leverantören i Leverantörer eller ta bort raden ur rangordningen för {area}.',
    'deleted-supplier': '{area}: raden på rang {rank} pekar på en leverantör som har tagits bort ur leverantörslistan.',
    'deleted-supplierFix': 'Ta bort raden ur rangordningen för {area} och numrera om, eller välj rätt leverantör på raden.',
    'unknown-area': 'Rangordningen har rader för avtalsområdet "{area}", som inte finns ({suppliers}).',
    'unknown-areaFix': 'Ta bort raderna i listan Rangordning, eller lägg tillbaka avtalsområdet i Avtalsområden.',
    'supplier-twice': '{area}: {suppliers} står mer än en gång (rang {ranks}).',
    'supplier-twiceFix': 'Låt {suppliers} stå en gång, på sin rang enligt avtalet, och numrera om de andra i {area}.',
    'no-suppliers': '{area} är öppet för avrop men har ingen aktiv leverantör.',
    'no-suppliersFix': 'Lägg till leverantörerna för {area} i rangordningen, eller stäng avtalsområdet för avrop.',
    contact: 'Kontakta listägarna för Utbildningsavrop (gruppen Utbildningsavrop – ägare).',
    noEmail: '{supplier} saknar e-postadress för avrop.',
    noEmailFix: 'Skriv in leverantörens e-postadress för avrop i listan Leverantörer (kolumnen E-post för avrop).',
    noEmailAreas: 'Rangordnad i {areas}.',
    noRank: 'ingen rang',
    deskChanged:
      'Rangordningen för avtalsområdet ändrades {at} av {by}, efter att avropet skickades. Avropet följer rangordningen som gällde när det skickades, och den visas nedan.',
    deskUncertainEdited:
      'Vi kan inte vara säkra på vilken rangordning som gällde när avropet skickades: listan Rangordning har ändrats direkt i SharePoint efter det, utan att ändringen loggades i Rangordningsändringar.',
    deskUncertainRemoved:
      'Vi kan inte vara säkra på vilken rangordning som gällde när avropet skickades: en rad har tagits bort ur listan Rangordning direkt i SharePoint, utan att det loggades i Rangordningsändringar.',
    deskCheck:
      'Kontrollera innan du skickar: öppna listan Rangordning, välj områdets rader och Versionshistorik, och jämför med tiden då avropet skickades. Fråga listägarna om det är oklart.',
    deskProblems: 'Avropets rangordning går inte att följa:',
    deskAreaProblems: 'Rangordningen för avtalsområdet har just nu problem, och nya avrop tas inte emot:',
    deskFlag: 'Rangordningen har problem',
    formUnavailable: 'Några avtalsområden tar inte emot avrop just nu eftersom rangordningen av leverantörer behöver rättas:',
    
  },
  en: {
    'duplicate-rank': '{area}: {suppliers} have the same rank, {rank}. There is no telling who gets the order first.',
    'duplicate-rankFix': 'Give each supplier its own rank as the agreement says (1, 2, 3 …) in the ranking of {area}.',
    gap: '{area}: rank {rank} is missing (the ranks are {ranks}).',
    gapFix: 'Renumber the suppliers of {area} as 1, 2, 3 … without gaps, in the agreement\'s order.',
    'invalid-rank': '{area}: {suppliers} has {rankText}. A rank is a whole number from 1 up.',
    'invalid-rankFix': 'Give {suppliers} a whole rank from 1 up in {area}.',
    'inactive-supplier': '{area}: {suppliers} at rank {ranks} is not active. Orders skip this supplier.',
    'inactive-supplierFix': 'Remove {suppliers} from the ranking of {area} and renumber, or make the supplier active again if the agreement still applies.',
    'unknown-supplier': '{area}: the supplier "{suppliers}" at rank {rank} is not in the supplier list.',
    'unknown-supplierFix': 'Add the supplier to Leverantörer or remove the row from the ranking of {area}.',
    'deleted-supplier': '{area}: the row at rank {rank} points to a supplier that was deleted from the supplier list.',
    'deleted-supplierFix': 'Remove the row from the ranking of {area} and renumber, or choose the right supplier on the row.',
    'unknown-area': 'The ranking has rows for the agreement area "{area}", which does not exist ({suppliers}).',
    'unknown-areaFix': 'Delete the rows in the Rangordning list, or put the agreement area back in Avtalsområden.',
    'supplier-twice': '{area}: {suppliers} is listed more than once (rank {ranks}).',
    'supplier-twiceFix': 'Keep {suppliers} once, at its rank in the agreement, and renumber the others in {area}.',
    'no-suppliers': '{area} is open for orders but has no active supplier.',
    'no-suppliersFix': 'Add the suppliers of {area} to the ranking, or close the agreement area for orders.',
    contact: 'Contact the list owners of Utbildningsavrop (the group Utbildningsavrop – ägare).',
    noEmail: '{supplier} has no e-mail address for call-offs.',
    noEmailFix: 'Enter the supplier\'s call-off e-mail address in the Leverantörer list (column E-post för avrop).',
    noEmailAreas: 'Ranked in {areas}.',
    noRank: 'no rank',
    deskChanged:
      'The ranking of the agreement area was changed {at} by {by}, after the order was sent. The order follows the ranking in force when it was sent, shown below.',
    deskUncertainEdited:
      'We cannot be sure which ranking was in force when the order was sent: the Rangordning list was changed directly in SharePoint after that, and the change was not logged in Rangordningsändringar.',
    deskUncertainRemoved:
      'We cannot be sure which ranking was in force when the order was sent: a row was removed from the Rangordning list directly in SharePoint, and this was not logged in Rangordningsändringar.',
    deskCheck:
      'Check before sending: open the Rangordning list, select the area\'s rows and Version history, and compare with the time the order was sent. Ask the list owners if it is unclear.',
    deskProblems: 'The order\'s ranking cannot be followed:',
    deskAreaProblems: 'The ranking of the agreement area has problems right now, and new orders are not taken:',
    deskFlag: 'The ranking has problems',
    formUnavailable: 'Some agreement areas take no orders right now because their ranking of suppliers needs fixing:',
    
  }
});

function joinIn(lang: Lang, items: readonly string[]): string {
  if (lang === 'sv-SE') return joinSwedish(items);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface ProblemText {
  message: string;
  fix: string;
}

function rankText(rank: number | undefined, t: Record<Key, string>, lang: Lang): string {
  if (rank === undefined || !Number.isFinite(rank)) return t.noRank;
  return `${lang === 'sv-SE' ? 'rang' : 'rank'} ${String(rank).replace('.', lang === 'sv-SE' ? ',' : '.')}`;
}

/** The templates of a problem and the values to fill in; `names` are the list names, for a page to mark. */
export function rankingProblemParts(problem: RankingProblem, lang: Lang): { message: string; fix: string; values: Record<string, string>; names: string[] } {
  const t = lang === 'en-US' ? rankingStrings.en : rankingStrings.sv;
  const values = rankingValues(problem, t, lang);
  return { message: t[problem.kind], fix: t[`${problem.kind}Fix` as Key], values, names: ['area', 'suppliers'] };
}

function rankingValues(problem: RankingProblem, t: Record<Key, string>, lang: Lang): Record<string, string> {
  return {
    area: problem.areaTitle,
    suppliers: joinIn(lang, problem.supplierNames ?? []),
    rank: problem.rank === undefined ? '' : String(problem.rank),
    ranks: joinIn(lang, (problem.ranks ?? (problem.rank === undefined ? [] : [problem.rank])).map(String)),
    rankText: rankText(problem.rank, t, lang)
  };
}

export function rankingProblemText(problem: RankingProblem, lang: Lang): ProblemText {
  const parts = rankingProblemParts(problem, lang);
  return { message: format(parts.message, parts.values), fix: format(parts.fix, parts.values) };
}

/** The same for the ranking an order carries (no area title: the order names its area). */
export function orderRankingProblemText(problem: OrderRankingProblem, areaTitle: string, lang: Lang): ProblemText {
  return rankingProblemText({ ...problem, areaKey: '', areaTitle, blocking: true, message: '' }, lang);
}

export function rankingContact(lang: Lang): string {
  return (lang === 'en-US' ? rankingStrings.en : rankingStrings.sv).contact;
}
